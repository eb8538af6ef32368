import * as vscode from 'vscode';
import { STAGE_TITLES } from '../../core/exports';
import type { InterviewSummary } from '../../core/pipeline';
import { stageDescription } from '../../core/pipeline';
import type { Deps } from '../deps';
import { isInterviewDocument, isInterviewUri } from '../shared/files';

/** Anything a menu or a test passes as "this interview": a URI or a pipeline item that carries one. */
export function uriOf(argument: unknown): vscode.Uri | undefined {
  if (argument instanceof vscode.Uri) return argument;
  if (argument !== null && typeof argument === 'object') {
    const candidate = (argument as { uri?: unknown; resourceUri?: unknown }).uri;
    if (candidate instanceof vscode.Uri) return candidate;
  }
  return undefined;
}

/** Quick-pick entry for one interview. */
export interface InterviewPick extends vscode.QuickPickItem {
  uri: vscode.Uri;
}

/** Quick-pick entries for interviews: "name — company", the stage and its date, the path. */
export function interviewPicks(summaries: Iterable<InterviewSummary>, today: string): InterviewPick[] {
  return [...summaries].map((summary) => {
    const description = stageDescription(summary, today);
    return {
      label: summary.company ? `${summary.name} — ${summary.company}` : summary.name,
      description: `${STAGE_TITLES[summary.stage]}${description ? ` · ${description}` : ''}`,
      detail: summary.path,
      uri: vscode.Uri.parse(summary.key),
    };
  });
}

/**
 * The interview a command acts on: the URI (or pipeline item) it was given, else the active
 * editor's interview, else one the user picks. Undefined when there is none or the user cancels.
 */
export async function targetInterview(deps: Deps, argument: unknown, action: string): Promise<vscode.Uri | undefined> {
  const given = uriOf(argument);
  if (given) {
    if (!isInterviewUri(given) && !vscode.workspace.textDocuments.some((document) => document.uri.toString() === given.toString() && isInterviewDocument(document))) {
      void vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(given)} is not an interview file (*.interview.yaml).`);
      return undefined;
    }
    return given;
  }
  const editor = vscode.window.activeTextEditor;
  if (editor && isInterviewDocument(editor.document)) return editor.document.uri;
  await deps.workspace.ready;
  const summaries = [...deps.workspace.index.values()].sort((a, b) => a.name.localeCompare(b.name));
  if (summaries.length === 0) {
    void vscode.window.showInformationMessage('There are no interview files in this workspace yet. Create one with "Interviews: New Interview…".');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(interviewPicks(summaries, deps.today.value), {
    title: `Which interview do you want to ${action}?`,
    placeHolder: 'Type a name, a company or a stage',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.uri;
}
