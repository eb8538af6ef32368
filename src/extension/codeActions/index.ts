import * as vscode from 'vscode';
import { disableCommentEdit } from '../../core/edits';
import type { InterviewDocument } from '../../core/parse';
import { isScalarEntry } from '../../core/parse';
import type { FileCreation, Fix, Issue, TextEdit } from '../../core/types';
import type { Deps } from '../deps';
import { ruleIdOf } from '../diagnostics';
import { applyPlannedEdit } from '../shared/applyEdits';
import { toVsRange } from '../shared/documents';
import { LANGUAGE_ID } from '../shared/files';
import type { CurrentIssues } from './currentIssues';
import { DocumentIssues } from './currentIssues';
import { fixAllMechanical, hasMechanicalFix } from './fixAll';

/** `source.fixAll.interviews`: the mechanical fixes of a file, for "Fix All" and `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('interviews');
/** Applies one planned fix; internal, so not contributed to the command palette. */
export const APPLY_FIX_COMMAND = 'interviews.applyFix';
/** Applies every mechanical fix of a document, computed when it runs; internal too. */
export const FIX_ALL_COMMAND = 'interviews.applyFixAll';

/** A fix-all offered on one version of a document. */
interface FixAllRequest {
  document: vscode.TextDocument;
  version: number;
  label: string;
}

/** Edits computed on one version of a document, waiting to be applied. */
interface PlannedFix {
  document: vscode.TextDocument;
  version: number;
  edits: TextEdit[];
  creates?: FileCreation[];
  label: string;
}

/**
 * Quick fixes for the rules' diagnostics (the core's fixes, one preferred, plus turning the rule off
 * for the line or the file) and a fix-all source action for the mechanical fixes. Every fix is
 * computed on the document's current version and applied only if the document is still at it.
 */
export class InterviewCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly issues: DocumentIssues) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const wantsQuickFixes = !context.only || context.only.contains(vscode.CodeActionKind.QuickFix);
    const wantsFixAll = context.only !== undefined && context.only.contains(FIX_ALL_KIND);
    const ours = context.diagnostics.filter((diagnostic) => ruleIdOf(diagnostic) !== undefined);
    if (!wantsFixAll && (!wantsQuickFixes || ours.length === 0)) return [];
    const current = await this.issues.get(document);
    if (token.isCancellationRequested || current.parsed.version !== document.version) return [];
    const actions: vscode.CodeAction[] = [];
    if (wantsQuickFixes) actions.push(...quickFixes(document, current, ours));
    if (wantsFixAll) {
      const fixAll = fixAllAction(document, current, 'Fix all auto-fixable interview problems', FIX_ALL_KIND);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }
}

function quickFixes(document: vscode.TextDocument, current: CurrentIssues, diagnostics: vscode.Diagnostic[]): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  const disables = new Map<string, vscode.CodeAction>();
  let mechanicalDiagnostics: vscode.Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const ruleId = ruleIdOf(diagnostic) as string;
    // Only an issue of the current text at exactly this range: a diagnostic from an older version gets no fix.
    const issue = current.issues.find((candidate) => candidate.ruleId === ruleId && toVsRange(candidate.range).isEqual(diagnostic.range));
    if (!issue) continue;
    let preferredTaken = false;
    for (const fix of issue.fixes ?? []) {
      const action = fixAction(document, current, fix, diagnostic);
      if (fix.preferred && !preferredTaken) {
        action.isPreferred = true;
        preferredTaken = true;
      }
      actions.push(action);
    }
    if (hasMechanicalFix([issue])) mechanicalDiagnostics = [...mechanicalDiagnostics, diagnostic];
    for (const disable of disableActions(document, current, issue, diagnostic)) {
      const existing = disables.get(disable.title);
      if (existing) existing.diagnostics = [...(existing.diagnostics ?? []), diagnostic];
      else disables.set(disable.title, disable);
    }
  }
  // "Fix all" beside the single fixes once there is more than one thing to fix.
  const mechanicalCount = current.issues.filter((issue) => hasMechanicalFix([issue])).length;
  if (mechanicalDiagnostics.length > 0 && mechanicalCount > 1) {
    const fixAll = fixAllAction(document, current, `Fix all ${mechanicalCount} auto-fixable problems in this file`, vscode.CodeActionKind.QuickFix);
    if (fixAll) {
      fixAll.diagnostics = mechanicalDiagnostics;
      actions.push(fixAll);
    }
  }
  return [...actions, ...disables.values()];
}

function fixAction(document: vscode.TextDocument, current: CurrentIssues, fix: Fix, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = applyCommand({ document, version: current.parsed.version, edits: fix.edits, creates: fix.creates, label: fix.title });
  return action;
}

/** A fix-all action; the fixes themselves are worked out only when it runs, since that takes a lint per fix. */
function fixAllAction(document: vscode.TextDocument, current: CurrentIssues, title: string, kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
  if (!hasMechanicalFix(current.issues)) return undefined;
  const action = new vscode.CodeAction(title, kind);
  const request: FixAllRequest = { document, version: current.parsed.version, label: title };
  action.command = { command: FIX_ALL_COMMAND, title, arguments: [request] };
  return action;
}

/** Works out the mechanical fixes on the version the action was offered for, and applies them. */
async function applyFixAll(issues: DocumentIssues, request: FixAllRequest): Promise<boolean> {
  const { document, version, label } = request;
  const current = await issues.get(document);
  // The document moved on since the action was offered: apply nothing (applyPlannedEdit says why).
  const edits = current.parsed.version === version ? fixAllMechanical(current.parsed.document, current.lint).edits : [];
  if (edits.length === 0 && current.parsed.version === version) return false;
  return applyPlannedEdit({ document, version, edits, label });
}

function disableActions(document: vscode.TextDocument, current: CurrentIssues, issue: Issue, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  const parsed = current.parsed.document;
  const actions: vscode.CodeAction[] = [];
  const line = directiveLine(parsed, issue.range.start.line);
  if (line !== undefined) {
    const title = `Disable ${issue.ruleId} for this line`;
    actions.push(disableAction(document, current, title, disableLineEdit(parsed, issue.ruleId, line), diagnostic));
  }
  const title = `Disable ${issue.ruleId} for this file`;
  actions.push(disableAction(document, current, title, disableFileEdit(parsed, issue.ruleId), diagnostic));
  return actions;
}

function disableAction(document: vscode.TextDocument, current: CurrentIssues, title: string, edit: TextEdit, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.command = applyCommand({ document, version: current.parsed.version, edits: [edit], label: title });
  return action;
}

const NEXT_LINE_DIRECTIVE = /^([ \t]*#[ \t]*interview-lint-disable-next-line)([ \t]+[^#]*?)?[ \t]*$/;
const FILE_DIRECTIVE = /^(\uFEFF?[ \t]*#[ \t]*interview-lint-disable)([ \t]+[^#]*?)?[ \t]*$/;

/**
 * The line a `disable-next-line` comment must sit above to cover `line`: the line itself, or the line
 * that opens the block scalar it belongs to (a comment inside block text would be text). Undefined
 * for the continuation lines of a multi-line plain or quoted scalar, which no comment can reach.
 */
function directiveLine(document: InterviewDocument, line: number): number | undefined {
  for (const entry of document.entries.values()) {
    if (!isScalarEntry(entry)) continue;
    const first = document.lines.positionAt(entry.value[0]).line;
    const last = document.lines.positionAt(entry.value[1]).line;
    if (line <= first || line > last) continue;
    if (entry.kind === 'block') return first;
    return undefined;
  }
  return line;
}

/** Adds the rule to a `disable-next-line` comment just above, or writes a new one. */
function disableLineEdit(document: InterviewDocument, ruleId: string, line: number): TextEdit {
  if (line > 0) {
    const above = document.lines.lineText(line - 1);
    const match = NEXT_LINE_DIRECTIVE.exec(above);
    if (match && match[2]?.trim()) return appendRule(document, line - 1, match[1].length + match[2].length, ruleId);
  }
  return disableCommentEdit(document, ruleId, line);
}

/** Adds the rule to a file-wide directive on the first line, or writes a new one there. */
function disableFileEdit(document: InterviewDocument, ruleId: string): TextEdit {
  const match = FILE_DIRECTIVE.exec(document.lines.lineText(0));
  if (match && match[2]?.trim()) return appendRule(document, 0, match[1].length + match[2].length, ruleId);
  return disableCommentEdit(document, ruleId, 'file');
}

function appendRule(document: InterviewDocument, line: number, column: number, ruleId: string): TextEdit {
  return { offset: document.lines.lineStart(line) + column, length: 0, newText: ` ${ruleId}` };
}

function applyCommand(plan: PlannedFix): vscode.Command {
  return { command: APPLY_FIX_COMMAND, title: plan.label, arguments: [plan] };
}

/** Registers the quick fixes, the fix-all source action and the command that applies them. */
export function register(context: vscode.ExtensionContext, deps: Deps): void {
  const issues = new DocumentIssues(deps);
  context.subscriptions.push(
    issues,
    vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, new InterviewCodeActions(issues), InterviewCodeActions.metadata),
    vscode.commands.registerCommand(APPLY_FIX_COMMAND, (plan: PlannedFix) => applyPlannedEdit(plan)),
    vscode.commands.registerCommand(FIX_ALL_COMMAND, (request: FixAllRequest) => applyFixAll(issues, request)),
  );
}
