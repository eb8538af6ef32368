import { RULES } from '../core/rules';
import type { Issue, Severity } from '../core/types';

/** The issues of one file, with the path as the report shows it (relative, `/`-separated). */
export interface FileResult {
  path: string;
  issues: Issue[];
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
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
  const count = totals(results);
  const problems = count.error + count.warning + count.information + count.hint;
  const files = results.length;
  if (problems === 0) {
    lines.push(`${files} interview file${files === 1 ? '' : 's'} checked: no problems.`);
  } else {
    const parts = (['error', 'warning', 'information', 'hint'] as const).filter((severity) => count[severity] > 0).map((severity) => `${count[severity]} ${severity}${count[severity] === 1 || severity === 'information' ? '' : 's'}`);
    lines.push(paint(BOLD + (count.error > 0 ? COLORS.error : COLORS.warning), `✖ ${problems} problem${problems === 1 ? '' : 's'} (${parts.join(', ')}) in ${files} interview file${files === 1 ? '' : 's'}`));
  }
  return `${lines.join('\n')}\n`;
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

/** SARIF 2.1.0 with one run; artifact URIs relative to the current folder. */
export function formatSarif(results: readonly FileResult[], toolVersion: string, docsBase: string): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const extraRules = new Set<string>();
  for (const result of results) for (const issue of result.issues) if (!ruleIndex.has(issue.ruleId)) extraRules.add(issue.ruleId);
  const rules = [
    ...RULES.map((rule) => ({
      id: rule.id,
      name: rule.id.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
      shortDescription: { text: rule.reason },
      helpUri: `${docsBase}#${rule.id}`,
      defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
    })),
    ...[...extraRules].map((id) => ({ id, shortDescription: { text: `Problems found by ${id}.` }, helpUri: `${docsBase}#${id}` })),
  ];
  [...extraRules].forEach((id, index) => ruleIndex.set(id, RULES.length + index));
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'interview-lint', informationUri: docsBase.replace(/\/docs\/rules\.md$/, ''), version: toolVersion, rules } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((result) =>
          result.issues.map((issue) => ({
            ruleId: issue.ruleId,
            ruleIndex: ruleIndex.get(issue.ruleId),
            level: SARIF_LEVEL[issue.severity],
            message: { text: issue.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(result.path) },
                  region: {
                    startLine: issue.range.start.line + 1,
                    startColumn: issue.range.start.character + 1,
                    endLine: issue.range.end.line + 1,
                    endColumn: issue.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
