// Shared helpers for the rule tests: lint a snippet on a fixed day, read one rule's issues,
// apply a fix and check the result still parses.
import * as assert from 'node:assert/strict';
import type { ConfigLayer, LintConfig } from '../../src/core/config';
import { defaultConfig, mergeConfig } from '../../src/core/config';
import { applyEdits } from '../../src/core/edits';
import { lintText } from '../../src/core/lint';
import { readInterview } from '../../src/core/model';
import { parseInterview } from '../../src/core/parse';
import type { Fix, Issue } from '../../src/core/types';
import { createWorkspaceView } from '../../src/core/workspace';

/** The day every rule test runs on unless it says otherwise. */
export const TODAY = '2026-11-26';

/** Strips the common indentation of a template literal and its first and last blank lines. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((text, part, index) => text + part + (index < values.length ? String(values[index]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length));
  return lines.map((line) => line.slice(indent)).join('\n');
}

export interface LintSnippetOptions {
  today?: string;
  config?: ConfigLayer;
  /** This file's path; with `files`, workspace checks run. */
  path?: string;
  /** The other files of the workspace, path → text (this file is added under `path`). */
  files?: Record<string, string>;
}

export function configWith(layer: ConfigLayer = {}): LintConfig {
  return mergeConfig(defaultConfig(), layer);
}

/** Lints a snippet the way the CLI does. */
export function lint(text: string, options: LintSnippetOptions = {}): Issue[] {
  const config = configWith(options.config);
  let workspace;
  if (options.files) {
    const all: Record<string, string> = { ...options.files, ...(options.path ? { [options.path]: text } : {}) };
    const contacts = Object.entries(all).map(([path, content]) => {
      const interview = readInterview(parseInterview(content));
      return { path, name: interview.name, company: interview.company, requested: interview.requested };
    });
    workspace = createWorkspaceView(Object.keys(all), contacts);
  }
  return lintText(text, { today: options.today ?? TODAY, config, path: options.path, workspace });
}

/** The sorted rule ids of the issues. */
export function ruleIds(issues: readonly Issue[]): string[] {
  return [...new Set(issues.map((issue) => issue.ruleId))].sort();
}

/** The issues of one rule. */
export function issuesOf(ruleId: string, text: string, options: LintSnippetOptions = {}): Issue[] {
  return lint(text, options).filter((issue) => issue.ruleId === ruleId);
}

/** The one issue of a rule, failing when there is not exactly one. */
export function onlyIssue(ruleId: string, text: string, options: LintSnippetOptions = {}): Issue {
  const issues = issuesOf(ruleId, text, options);
  assert.equal(issues.length, 1, `expected one ${ruleId} issue, got ${issues.length}: ${issues.map((issue) => issue.message).join(' | ')}`);
  return issues[0];
}

/** The text an issue covers. */
export function coveredText(text: string, issue: Issue): string {
  const document = parseInterview(text);
  return text.slice(document.lines.offsetAt(issue.range.start), document.lines.offsetAt(issue.range.end));
}

/** The preferred fix of an issue (failing when there is none or more than one). */
export function preferredFix(issue: Issue): Fix {
  const preferred = (issue.fixes ?? []).filter((fix) => fix.preferred);
  assert.equal(preferred.length, 1, `expected one preferred fix on "${issue.message}", got ${preferred.length}`);
  return preferred[0];
}

/** Applies a fix's edits and checks the result is still a valid interview file's YAML. */
export function applyFix(text: string, fix: Fix): string {
  const result = applyEdits(text, fix.edits);
  const document = parseInterview(result);
  assert.deepEqual(document.syntax, [], `the fixed text should parse:\n${result}`);
  return result;
}
