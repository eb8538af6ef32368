import type { LintConfig } from './config';
import { defaultConfig } from './config';
import type { Interview } from './model';
import { readInterview } from './model';
import type { InterviewDocument } from './parse';
import { parseInterview } from './parse';
import { RULES } from './rules';
import type { RuleContext } from './rules/rule';
import { hasPendingFixes, plannedFixes, withFixBudget } from './rules/rule';
import { SCHEMA } from './rules/schemaRule';
import { isSuppressed, readSuppressions, scalarContinuations } from './suppress';
import type { Fix, Issue, Severity } from './types';

/** The documentation page of a rule. */
export function ruleDocsAnchor(ruleId: string): string {
  return `docs/rules.md#${ruleId}`;
}

export interface LintOptions extends Omit<RuleContext, 'config'> {
  config?: LintConfig;
  /**
   * Whether the issues carry fixes (the default). Each fix is planned as an edit and checked to
   * keep the YAML valid the first time an issue's `fixes` is read, so a lint costs little more for
   * the fixes nobody asks for. A caller that only reports, such as the command line or a workspace
   * index whose quick fixes come from a fresh lint of the open document, turns them off.
   */
  fixes?: boolean;
}

/**
 * Runs every rule that is on over a parsed document: schema first; when the YAML itself is broken
 * only the syntax problems are reported, since the other rules would guess.
 */
export function lintDocument(document: InterviewDocument, options: LintOptions, interview: Interview = readInterview(document)): Issue[] {
  const config = options.config ?? defaultConfig();
  const context: RuleContext = { ...options, config };
  const severityOf = (ruleId: string, fallback: Severity): Severity | undefined => {
    const setting = config.rules[ruleId] ?? fallback;
    return setting === 'off' ? undefined : setting;
  };
  const issues: Issue[] = [];
  const withFixes = options.fixes !== false;
  const schemaSeverity = severityOf(SCHEMA, 'error');
  if (document.tooLarge) {
    if (schemaSeverity) {
      const kib = Math.round(document.tooLarge.size / 1024);
      issues.push({
        ruleId: SCHEMA,
        severity: schemaSeverity,
        message: `This file is too large to lint (${kib} KiB; the limit is ${Math.round(document.tooLarge.limit / 1024)} KiB). Split it, or raise max_file_size in .interviewlintrc.yaml.`,
        range: document.lines.range(0, document.lines.lineEnd(0)),
      });
    }
    return issues;
  }
  const suppressions = readSuppressions(document.lines);
  // A directive above a value that wraps onto further lines covers those lines too.
  const continuations = suppressions.lines.size > 0 ? scalarContinuations(document.lines, document.entries) : new Map<number, number>();
  const push = (ruleId: string, severity: Severity, finding: { message: string; start: number; end: number; fixes?: Issue['fixes'] }) => {
    const range = document.lines.range(finding.start, Math.max(finding.start, finding.end));
    if (isSuppressed(suppressions, ruleId, range.start.line)) return;
    const opener = continuations.get(range.start.line);
    if (opener !== undefined && isSuppressed(suppressions, ruleId, opener)) return;
    const issue: Issue = { ruleId, severity, message: finding.message, range };
    if (withFixes && finding.fixes && finding.fixes.length > 0) giveFixes(issue, finding.fixes);
    issues.push(issue);
  };
  if (document.syntax.length > 0) {
    if (schemaSeverity) for (const problem of document.syntax) push(SCHEMA, schemaSeverity, problem);
    return issues;
  }
  // Without fixes the budget for them is nothing, so the rules make none.
  withFixBudget(document, () => {
    for (const rule of RULES) {
      const severity = severityOf(rule.id, rule.defaultSeverity);
      if (!severity) continue;
      if (rule.workspace && !context.workspace) continue;
      for (const finding of rule.check({ document, interview }, context)) push(rule.id, severity, finding);
    }
  }, withFixes ? undefined : 0);
  return issues;
}

/**
 * Sets an issue's fixes; those still to be planned are planned the first time `fixes` is read (and
 * left out if the file's shape refuses them), after which it is a plain property.
 */
function giveFixes(issue: Issue, fixes: Fix[]): void {
  if (!hasPendingFixes(fixes)) {
    issue.fixes = fixes;
    return;
  }
  const settle = (value: Fix[] | undefined) => Object.defineProperty(issue, 'fixes', { value, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(issue, 'fixes', {
    enumerable: true,
    configurable: true,
    get() {
      const planned = plannedFixes(fixes);
      settle(planned.length > 0 ? planned : undefined);
      return issue.fixes;
    },
    set: settle,
  });
}

/** Parses and lints one text. */
export function lintText(text: string, options: LintOptions): Issue[] {
  const config = options.config ?? defaultConfig();
  return lintDocument(parseInterview(text, { maxSize: config.maxFileSize }), { ...options, config });
}
