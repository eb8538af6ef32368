import * as fs from 'fs';
import * as path from 'path';
import type { ConfigLayer, LintConfig } from '../core/config';
import { CONFIG_FILE_NAMES, defaultConfig, mergeConfig, parseConfig } from '../core/config';
import { formatLocalDate } from '../core/dates';
import { lintDocument } from '../core/lint';
import { readInterview } from '../core/model';
import type { InterviewDocument } from '../core/parse';
import { parseInterview } from '../core/parse';
import { RULE_IDS } from '../core/rules';
import type { Issue, Severity } from '../core/types';
import { SEVERITIES } from '../core/types';
import { createWorkspaceView } from '../core/workspace';
import { parseArgs, USAGE, UsageError } from './args';
import { discover, toPosix } from './discover';
import type { FileResult } from './report';
import { formatJson, formatSarif, formatStylish, printable, totals } from './report';
import { version } from '../../package.json';

const DOCS = 'https://github.com/notes-as-code/informational-interviews/blob/main/docs/rules.md';

interface Loaded {
  file: string;
  path: string;
  document: InterviewDocument;
  config: LintConfig;
  configIssues?: { path: string; issues: Issue[] };
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
  const loaded: Loaded[] = [];
  for (const file of found.files) {
    let text: string;
    try {
      text = decode(fs.readFileSync(file));
    } catch (error) {
      err(`interview-lint: cannot read ${printable(relative(cwd, file))}: ${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message}\n`);
      unreadable = true;
      continue;
    }
    const config = configs.for(path.dirname(file));
    loaded.push({ file, path: relative(cwd, file), document: parseInterview(text, { maxSize: config.maxFileSize }), config });
  }
  const interviews = loaded.map((entry) => readInterview(entry.document));
  const contacts = loaded.map((entry, at) => ({ path: entry.path, name: interviews[at].name, company: interviews[at].company }));
  const knownPaths = new Set(loaded.map((entry) => entry.path));
  const baseView = createWorkspaceView(knownPaths, contacts);
  const workspace = {
    ...baseView,
    exists: (link: string) => baseView.exists(link) || fs.existsSync(path.resolve(cwd, link)),
  };
  const minimum = SEVERITIES.indexOf(options.minSeverity);
  const keep = (issue: Issue) => SEVERITIES.indexOf(issue.severity) <= minimum;
  const results: FileResult[] = [...configs.problems()].map(([configPath, issues]) => ({ path: configPath, issues: issues.filter(keep).sort(byPosition) }));
  for (const [at, entry] of loaded.entries()) {
    // The command line reports and never applies or prints fixes: planning them is most of a lint's cost beyond the parse.
    const issues = lintDocument(entry.document, { today, config: entry.config, path: entry.path, workspace, fixes: false }, interviews[at]);
    results.push({ path: entry.path, issues: issues.filter(keep).sort(byPosition) });
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
