import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { ConfigLayer, LintConfig } from '../core/config';
import { CONFIG_FILE_NAMES, defaultConfig, mergeConfig, parseConfig } from '../core/config';
import { formatLocalDate } from '../core/dates';
import { parseInterview } from '../core/parse';
import '../core/shippedData';
import { RULE_IDS } from '../core/rules';
import type { Issue, Severity } from '../core/types';
import { SEVERITIES } from '../core/types';
import { RequestLookup } from '../core/workspace';
import { parseArgs, USAGE, UsageError } from './args';
import { runImport } from './importContacts';
import { discover, toPosix } from './discover';
import type { FileJob, Linted } from './parallel';
import type { KnownFiles } from './parallel';
import { addKnown, answerCount, cliWorkspace, decode, factsOf, lintOnThreads, lintParsed, parseJob, readJob } from './parallel';
import type { FileResult } from './report';
import { formatGithub, formatJson, formatSarif, formatStylish, printable, totals } from './report';
import { rulesPage } from './ruleHelp';
import { version } from '../../package.json';

const DOCS = 'https://github.com/notes-as-code/informational-interviews/blob/main/docs/rules.md';

/** Runs the linter; returns the exit code. Output goes to the given writers so tests can read it. */
export function run(argv: readonly string[], cwd: string, out: (text: string) => void, err: (text: string) => void, env: Record<string, string | undefined> = {}, isTty = false): number {
  if (argv[0] === 'import-contacts') return runImport(argv.slice(1), cwd, out, err);
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
  // Problems with the run itself, not with a file's contents: SARIF reports them as tool notifications.
  const notifications = [...found.problems];
  for (const problem of found.problems) err(`interview-lint: ${printable(problem)}\n`);

  const configs = new ConfigFinder(cwd);
  const minimum = SEVERITIES.indexOf(options.minSeverity);
  const keep = (issue: Issue) => SEVERITIES.indexOf(issue.severity) <= minimum;
  const jobs: FileJob[] = found.files.map((file) => ({ file, path: relative(cwd, file), config: configs.for(path.dirname(file)) }));
  const threads = options.jobs ?? (jobs.length >= PARALLEL_FROM ? Math.min(MAX_THREADS, availableParallelism()) : 1);
  let linted: Linted[] | undefined;
  if (threads > 1 && jobs.length > 1) {
    try {
      linted = lintOnThreads(jobs, Math.min(threads, jobs.length), today, cwd);
    } catch {
      // Worker threads could not run here (or one failed): lint on this thread instead.
      linted = undefined;
    }
  }
  linted ??= lintHere(jobs, today, cwd);
  const results: FileResult[] = [...configs.problems()].map(([configPath, { issues, text }]) => ({ path: configPath, issues: issues.filter(keep).sort(byPosition), text }));
  for (const file of linted) {
    if ('problem' in file) {
      notifications.push(file.problem);
      err(`interview-lint: ${printable(file.problem)}\n`);
      unreadable = true;
    } else results.push({ path: file.path, issues: file.issues.filter(keep).sort(byPosition), text: file.text });
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // The exit code is known before the report is written, since SARIF records it.
  const count = totals(results);
  const tooManyWarnings = !unreadable && count.error === 0 && options.maxWarnings !== undefined && count.warning > options.maxWarnings;
  const code = unreadable ? 2 : count.error > 0 || tooManyWarnings ? 1 : 0;

  if (options.format === 'json') out(formatJson(results));
  else if (options.format === 'sarif') {
    const rootUri = `${pathToFileURL(cwd).href.replace(/\/$/, '')}/`;
    out(formatSarif(results, { toolVersion: version, docsUrl: DOCS, rulesPage: rulesPage(), rootUri, exitCode: code, notifications }));
  } else if (options.format === 'github') out(formatGithub(results));
  else out(formatStylish(results, options.color));

  if (tooManyWarnings) err(`interview-lint: ${count.warning} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
  return code;
}

/** From this many files on, the CLI lints on several threads unless --jobs says otherwise. */
const PARALLEL_FROM = 2_000;
/** The most threads it starts by itself. */
const MAX_THREADS = 4;

function availableParallelism(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * Lints the files on this thread. Every path is known before any file is read; the contacts only
 * as the files are read. Each file is linted as soon as it is read, so its parse can go before the
 * next file's (keeping ten thousand parsed files alive until the last one is read made garbage
 * collection a fifth of the run); one whose contact questions have more answers once every file is
 * read is linted again.
 */
function lintHere(jobs: readonly FileJob[], today: string, cwd: string): Linted[] {
  const known: KnownFiles = { contacts: new Map(), requests: new RequestLookup() };
  let asked: Map<string, number> | undefined;
  const workspace = cliWorkspace(cwd, new Set(jobs.map((job) => job.path)), known, (key, count) => asked?.set(key, count));
  const linted: Linted[] = [];
  const questions: (Map<string, number> | undefined)[] = [];
  for (const job of jobs) {
    const read = readJob(job);
    if ('problem' in read) {
      linted.push({ path: job.path, problem: read.problem });
      questions.push(undefined);
      continue;
    }
    const { document, interview } = read;
    addKnown(known, job.path, factsOf(interview));
    asked = new Map();
    linted.push({ path: job.path, text: read.text, issues: lintParsed(job, document, interview, today, workspace) });
    questions.push(asked);
  }
  asked = undefined;
  linted.forEach((file, index) => {
    const fileAsked = questions[index];
    if ('problem' in file || !fileAsked) return;
    const stale = [...fileAsked].some(([key, count]) => answerCount(known, key) !== count);
    if (!stale) return;
    const job = jobs[index];
    const { document, interview } = parseJob(job, file.text);
    file.issues = lintParsed(job, document, interview, today, workspace);
  });
  return linted;
}

/** Finds and reads the `.interviewlintrc.yaml` nearest each folder, once per folder. */
class ConfigFinder {
  private readonly byFolder = new Map<string, LintConfig>();
  private readonly layers = new Map<string, ConfigLayer | undefined>();
  private readonly issues = new Map<string, { issues: Issue[]; text: string }>();

  constructor(private readonly cwd: string) {}

  for(folder: string): LintConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const config = mergeConfig(defaultConfig(), this.layerFor(folder));
    this.byFolder.set(folder, config);
    return config;
  }

  /** The problems of each configuration file that has some, with its text. */
  problems(): Map<string, { issues: Issue[]; text: string }> {
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
      this.issues.set(relative(this.cwd, file), {
        issues: problems.map((problem) => ({ ruleId: 'config', severity: 'error' as Severity, message: problem.message, range: lines.range(problem.start, problem.end) })),
        text,
      });
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
