import { createHash } from 'crypto';
import { RULES } from '../core/rules';
import { LineIndex } from '../core/text';
import type { Issue, Severity } from '../core/types';
import { ruleHelp } from './ruleHelp';

/** The issues of one file, with the path as the report shows it (relative, `/`-separated). */
export interface FileResult {
  path: string;
  issues: Issue[];
  /** The file's text, for SARIF's fingerprints; without it a finding is fingerprinted by its message. */
  text?: string;
}

export interface Totals {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export function totals(results: readonly FileResult[]): Totals {
  const counts: Totals = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const result of results) for (const issue of result.issues) counts[issue.severity]++;
  return counts;
}

const COLORS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', information: '\u001b[36m', hint: '\u001b[90m' };
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const UNDERLINE = '\u001b[4m';

/**
 * Text from a file (a message quoting it, a path) made safe for a terminal: control characters and
 * bidirectional overrides are shown as escapes, so a file cannot clear the screen, retitle the
 * window or reorder what the report says.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, escapeChar);
}

/** Like `printable`, but keeping line breaks (CR and LF) for a format that escapes them itself. */
function printableKeepingLineBreaks(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, escapeChar);
}

function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The readable report: each file with its problems, then a summary line. */
export function formatStylish(results: readonly FileResult[], color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${RESET}` : text);
  const lines: string[] = [];
  for (const result of results) {
    if (result.issues.length === 0) continue;
    lines.push(paint(UNDERLINE, printable(result.path)));
    const rows = result.issues.map((issue) => [`${issue.range.start.line + 1}:${issue.range.start.character + 1}`, issue.severity, printable(issue.message.replace(/\s+/g, ' ')), issue.ruleId]);
    const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)));
    for (const [where, severity, message, rule] of rows) {
      lines.push(`  ${paint(DIM, where.padEnd(widths[0]))}  ${paint(COLORS[severity as Severity], severity.padEnd(widths[1]))}  ${message}  ${paint(DIM, rule)}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(results, paint));
  return `${lines.join('\n')}\n`;
}

/** "✖ 3 problems (1 error, 2 warnings) in 9 interview files", or that there are none. */
function summaryLine(results: readonly FileResult[], paint: (code: string, text: string) => string = (_, text) => text): string {
  const count = totals(results);
  const problems = count.error + count.warning + count.information + count.hint;
  const files = results.length;
  if (problems === 0) return `${files} interview file${files === 1 ? '' : 's'} checked: no problems.`;
  const parts = (['error', 'warning', 'information', 'hint'] as const).filter((severity) => count[severity] > 0).map((severity) => `${count[severity]} ${severity}${count[severity] === 1 || severity === 'information' ? '' : 's'}`);
  return paint(BOLD + (count.error > 0 ? COLORS.error : COLORS.warning), `✖ ${problems} problem${problems === 1 ? '' : 's'} (${parts.join(', ')}) in ${files} interview file${files === 1 ? '' : 's'}`);
}

/** Machine-readable output: one entry per file, positions 1-based. */
export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(
    results.map((result) => ({
      filePath: result.path,
      messages: result.issues.map((issue) => ({
        ruleId: issue.ruleId,
        severity: issue.severity,
        message: issue.message,
        line: issue.range.start.line + 1,
        column: issue.range.start.character + 1,
        endLine: issue.range.end.line + 1,
        endColumn: issue.range.end.character + 1,
      })),
      ...counts(result),
    })),
    null,
    2,
  )}\n`;
}

function counts(result: FileResult) {
  const count = totals([result]);
  return { errorCount: count.error, warningCount: count.warning, informationCount: count.information, hintCount: count.hint };
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** What a SARIF log says besides the findings: the tool, its docs, where the paths start, how the run ended. */
export interface SarifRun {
  toolVersion: string;
  /** The published address of docs/rules.md: each rule's help links to its section there. */
  docsUrl: string;
  /** The text of docs/rules.md, for each rule's full description and help. */
  rulesPage: string;
  /** The absolute `file:` URI, ending in `/`, of the folder the paths are relative to (`%SRCROOT%`). */
  rootUri: string;
  /** The exit code the command returns. */
  exitCode: number;
  /** Problems with the run itself (a missing path, an unreadable file), which are not findings. */
  notifications: readonly string[];
}

/** The base every artifact URI is relative to: the folder the linter ran in, the repository root in CI. */
export const SOURCE_ROOT = '%SRCROOT%';

/** The key of the fingerprint the linter computes itself; versioned, so a new recipe never matches an old one. */
export const FINGERPRINT = 'interviewLint/v1';

/** Ids that are not rules but still report problems, with their one-line reason. */
const OTHER_REASONS: Readonly<Record<string, string>> = {
  config: 'The .interviewlintrc.yaml must be readable: unknown rules and settings, and impossible values, are reported in it.',
};

const EXIT_CODES: Readonly<Record<number, string>> = {
  0: 'No errors.',
  1: 'Errors found, or more warnings than --max-warnings.',
  2: 'Bad usage or unreadable input.',
};

/**
 * SARIF 2.1.0 with one run, as GitHub code scanning takes it: every rule with its description and
 * help from docs/rules.md, paths relative to `%SRCROOT%`, a fingerprint per finding that survives
 * lines added above it, the exit code and the automation category. It leaves out timestamps and
 * code snippets, so the same files give the same log.
 */
export function formatSarif(results: readonly FileResult[], run: SarifRun): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const extraRules = new Set<string>();
  for (const result of results) for (const issue of result.issues) if (!ruleIndex.has(issue.ruleId)) extraRules.add(issue.ruleId);
  const describe = (id: string, level: Severity, reason: string) => {
    const help = ruleHelp(run.rulesPage, id, run.docsUrl);
    const fallback = `${reason} See ${run.docsUrl}.`;
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: reason },
      fullDescription: help?.fullDescription ?? { text: fallback, markdown: fallback },
      help: help?.help ?? { text: fallback, markdown: fallback },
      helpUri: `${run.docsUrl}#${help?.anchor ?? id}`,
      defaultConfiguration: { level: SARIF_LEVEL[level] },
    };
  };
  const rules = [
    ...RULES.map((rule) => describe(rule.id, rule.defaultSeverity, rule.reason)),
    ...[...extraRules].map((id) => describe(id, 'error', OTHER_REASONS[id] ?? `Problems found by ${id}.`)),
  ];
  [...extraRules].forEach((id, index) => ruleIndex.set(id, RULES.length + index));
  const notifications = run.notifications.map((text) => ({ level: 'error', message: { text } }));
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'interview-lint', informationUri: run.docsUrl.replace(/\/blob\/[^/]+\/docs\/rules\.md$/, ''), version: run.toolVersion, rules } },
        automationDetails: { id: 'interview-lint/' },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: run.rootUri, description: { text: 'The folder interview-lint ran in; the paths of the findings are relative to it.' } } },
        invocations: [
          {
            executionSuccessful: run.exitCode !== 2,
            exitCode: run.exitCode,
            exitCodeDescription: EXIT_CODES[run.exitCode] ?? 'Unexpected exit code.',
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) => {
          const fingerprints = fingerprintsOf(result);
          return result.issues.map((issue, index) => ({
            ruleId: issue.ruleId,
            ruleIndex: ruleIndex.get(issue.ruleId),
            level: SARIF_LEVEL[issue.severity],
            message: { text: issue.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: relativeUri(result.path), uriBaseId: SOURCE_ROOT },
                  region: {
                    startLine: issue.range.start.line + 1,
                    startColumn: issue.range.start.character + 1,
                    endLine: issue.range.end.line + 1,
                    endColumn: issue.range.end.character + 1,
                  },
                },
              },
            ],
            partialFingerprints: { [FINGERPRINT]: fingerprints[index] },
          }));
        }),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/**
 * A rule's SARIF `name`: its id in Pascal case (`no-job-ask` → `NoJobAsk`); a one-word id, which
 * would then differ from the name only in case, is prefixed (`schema` → `InterviewSchema`).
 */
export function ruleName(id: string): string {
  const pascal = (text: string) => text.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
  return id.includes('-') ? pascal(id) : pascal(`interview-${id}`);
}

/** A `/`-separated relative path as a relative URI reference, each segment percent-encoded. */
function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * Each finding's fingerprint: a hash of its rule and of the text it flags (white space folded; the
 * whole line when the range covers none), numbered among the findings of the file with the same
 * hash. Lines added or removed elsewhere, a date that makes a message read differently, a finding
 * moving to another line: none changes it; rewording what was flagged does.
 */
export function fingerprintsOf(result: FileResult): string[] {
  const lines = result.text === undefined ? undefined : new LineIndex(result.text);
  const seen = new Map<string, number>();
  return result.issues.map((issue) => {
    let flagged = issue.message;
    if (lines) {
      const covered = lines.text.slice(lines.offsetAt(issue.range.start), lines.offsetAt(issue.range.end));
      flagged = covered.trim() === '' ? lines.lineText(issue.range.start.line) : covered;
    }
    const hash = createHash('sha256').update(`${issue.ruleId}\u0000${flagged.replace(/\s+/g, ' ').trim()}`).digest('hex').slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}

const GITHUB_COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands (`::warning file=…,line=…,col=…::message`), one per finding, so
 * the findings show as annotations on the pull request; then the summary line. Values are escaped
 * as the Actions toolkit does (`%`, CR and LF in the message; those and `:` and `,` in properties),
 * so no text from a file can end a command or start another; other control characters are shown
 * as `\uXXXX`.
 */
export function formatGithub(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const issue of result.issues) {
      const properties: [string, string | number][] = [
        ['file', printableKeepingLineBreaks(result.path)],
        ['line', issue.range.start.line + 1],
        ['endLine', issue.range.end.line + 1],
        ['col', issue.range.start.character + 1],
        ['endColumn', issue.range.end.character + 1],
        ['title', issue.ruleId],
      ];
      const list = properties.map(([key, value]) => `${key}=${escapeGithubProperty(String(value))}`).join(',');
      lines.push(`::${GITHUB_COMMAND[issue.severity]} ${list}::${escapeGithubData(printableKeepingLineBreaks(issue.message))}`);
    }
  }
  lines.push(summaryLine(results));
  return `${lines.join('\n')}\n`;
}

/** A workflow command's message, escaped as `@actions/core` escapes it. */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value, escaped as `@actions/core` escapes it. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
