import * as fs from 'fs';
import * as path from 'path';
import type { ConfigLayer, LintConfig } from '../core/config';
import { CONFIG_FILE_NAMES, defaultConfig, mergeConfig, parseConfig } from '../core/config';
import { formatLocalDate } from '../core/dates';
import { lintDocument } from '../core/lint';
import type { Interview } from '../core/model';
import { readInterview } from '../core/model';
import type { InterviewDocument } from '../core/parse';
import { parseInterview } from '../core/parse';
import { RULE_IDS } from '../core/rules';
import type { WorkspaceView } from '../core/rules/rule';
import type { Issue, Severity } from '../core/types';
import { SEVERITIES } from '../core/types';
import { contactKey, PathLookups } from '../core/workspace';
import { parseArgs, USAGE, UsageError } from './args';
import { discover, toPosix } from './discover';
import type { FileResult } from './report';
import { formatJson, formatSarif, formatStylish, printable, totals } from './report';
import { version } from '../../package.json';

const DOCS = 'https://github.com/notes-as-code/informational-interviews/blob/main/docs/rules.md';

interface Loaded {
  file: string;
  path: string;
  config: LintConfig;
}

/** Runs the linter; returns the exit code. Output goes to the given writers so tests can read it. */
export function run(argv: readonly string[], cwd: string, out: (text: string) => void, err: (text: string) => void, env: Record<string, string | undefined> = {}, isTty = false): number {
  let options;
  try {
    options = parseArgs(argv, isTty && !env.NO_COLOR);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`interview-lint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    out(`${version}\n`);
    return 0;
  }
  const today = options.today ?? formatLocalDate(new Date());
  const found = discover(options.paths, cwd);
  let unreadable = found.problems.length > 0;
  for (const problem of found.problems) err(`interview-lint: ${printable(problem)}\n`);

  const configs = new ConfigFinder(cwd);
  const minimum = SEVERITIES.indexOf(options.minSeverity);
  const keep = (issue: Issue) => SEVERITIES.indexOf(issue.severity) <= minimum;
  // Every path is known before any file is read; the contacts only as the files are read. Each file
  // is linted as soon as it is read, so its parse can go before the next file's (keeping ten
  // thousand parsed files alive until the last one is read made garbage collection a fifth of
  // the run); one whose contact questions have more answers once every file is read is linted again.
  const knownPaths = new Set(found.files.map((file) => relative(cwd, file)));
  const lookups = new PathLookups([...knownPaths]);
  const contactFiles = new Map<string, string[]>();
  let asked: Map<string, number> | undefined;
  const workspace: WorkspaceView = {
    exists: (link) => knownPaths.has(link) || fs.existsSync(path.resolve(cwd, link)),
    filesWithContact: (name, company) => {
      const key = contactKey(name, company);
      const files = contactFiles.get(key) ?? [];
      asked?.set(key, files.length);
      return files;
    },
    named: (base) => lookups.named(base),
    neighbours: (folder, base) => lookups.neighbours(folder, base),
  };
  const lintFile = (entry: Loaded, document: InterviewDocument, interview: Interview): Issue[] =>
    // The command line reports and never applies or prints fixes: planning them is most of a lint's cost beyond the parse.
    lintDocument(document, { today, config: entry.config, path: entry.path, workspace, fixes: false }, interview);
  const loaded: { entry: Loaded; text: string; asked: Map<string, number>; result: FileResult }[] = [];
  for (const file of found.files) {
    let text: string;
    try {
      text = decode(fs.readFileSync(file));
    } catch (error) {
      err(`interview-lint: cannot read ${printable(relative(cwd, file))}: ${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message}\n`);
      unreadable = true;
      continue;
    }
    const entry: Loaded = { file, path: relative(cwd, file), config: configs.for(path.dirname(file)) };
    const document = parseInterview(text, { maxSize: entry.config.maxFileSize });
    const interview = readInterview(document);
    if (interview.name) {
      const key = contactKey(interview.name, interview.company);
      contactFiles.set(key, [...(contactFiles.get(key) ?? []), entry.path]);
    }
    asked = new Map();
    const issues = lintFile(entry, document, interview);
    loaded.push({ entry, text, asked, result: { path: entry.path, issues: issues.filter(keep).sort(byPosition) } });
  }
  asked = undefined;
  const results: FileResult[] = [...configs.problems()].map(([configPath, issues]) => ({ path: configPath, issues: issues.filter(keep).sort(byPosition) }));
  for (const file of loaded) {
    const stale = [...file.asked].some(([key, count]) => (contactFiles.get(key)?.length ?? 0) !== count);
    if (stale) {
      const document = parseInterview(file.text, { maxSize: file.entry.config.maxFileSize });
      file.result.issues = lintFile(file.entry, document, readInterview(document)).filter(keep).sort(byPosition);
    }
    results.push(file.result);
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  if (options.format === 'json') out(formatJson(results));
  else if (options.format === 'sarif') out(formatSarif(results, version, DOCS));
  else out(formatStylish(results, options.color));

  if (unreadable) return 2;
  const count = totals(results);
  if (count.error > 0) return 1;
  if (options.maxWarnings !== undefined && count.warning > options.maxWarnings) {
    err(`interview-lint: ${count.warning} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

/** Finds and reads the `.interviewlintrc.yaml` nearest each folder, once per folder. */
class ConfigFinder {
  private readonly byFolder = new Map<string, LintConfig>();
  private readonly layers = new Map<string, ConfigLayer | undefined>();
  private readonly issues = new Map<string, Issue[]>();

  constructor(private readonly cwd: string) {}

  for(folder: string): LintConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const config = mergeConfig(defaultConfig(), this.layerFor(folder));
    this.byFolder.set(folder, config);
    return config;
  }

  problems(): Map<string, Issue[]> {
    return this.issues;
  }

  private layerFor(folder: string): ConfigLayer | undefined {
    let current = folder;
    const walked: string[] = [];
    for (;;) {
      if (this.layers.has(current)) {
        const layer = this.layers.get(current);
        for (const visited of walked) this.layers.set(visited, layer);
        return layer;
      }
      walked.push(current);
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = path.join(current, name);
        let text: string | undefined;
        try {
          // Only a regular file: reading a pipe of that name would wait forever.
          text = fs.statSync(candidate).isFile() ? decode(fs.readFileSync(candidate)) : undefined;
        } catch {
          text = undefined;
        }
        if (text !== undefined) {
          const layer = this.read(candidate, text);
          for (const visited of walked) this.layers.set(visited, layer);
          return layer;
        }
      }
      const parent = path.dirname(current);
      if (parent === current) {
        for (const visited of walked) this.layers.set(visited, undefined);
        return undefined;
      }
      current = parent;
    }
  }

  private read(file: string, text: string): ConfigLayer {
    const { layer, problems } = parseConfig(text, RULE_IDS);
    if (problems.length > 0) {
      const lines = parseInterview(text, { maxSize: Infinity }).lines;
      this.issues.set(
        relative(this.cwd, file),
        problems.map((problem) => ({ ruleId: 'config', severity: 'error' as Severity, message: problem.message, range: lines.range(problem.start, problem.end) })),
      );
    }
    return layer;
  }
}

function byPosition(a: Issue, b: Issue): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function relative(cwd: string, file: string): string {
  return toPosix(path.relative(cwd, file)) || path.basename(file);
}

/** UTF-8 text without its byte-order mark, as the editor shows it. */
function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** The command-line entry: runs with the process's arguments and sets its exit code; never prints a stack trace. */
export function main(): void {
  const write = (stream: NodeJS.WriteStream) => (text: string) => stream.write(text);
  let code: number;
  try {
    code = run(process.argv.slice(2), process.cwd(), write(process.stdout), write(process.stderr), process.env, Boolean(process.stdout.isTTY));
  } catch (error) {
    process.stderr.write(`interview-lint: unexpected failure: ${error instanceof Error ? error.message : String(error)}\nPlease report it with the file that caused it.\n`);
    code = 2;
  }
  process.exitCode = code;
}
