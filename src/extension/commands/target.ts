import * as vscode from 'vscode';
import { stageTitle } from '../../core/exports';
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
      description: `${stageTitle(summary)}${description ? ` · ${description}` : ''}`,
      detail: summary.path,
      uri: vscode.Uri.parse(summary.key),
    };
  });
}

/**
 * The interview a command acts on: the URI (or pipeline item) it was given, else the active
 * editor's interview, else one the user picks among those `offer` accepts (all by default).
 * Undefined when there is none or the user cancels.
 */
export async function targetInterview(deps: Deps, argument: unknown, action: string, offer?: { accepts: (summary: InterviewSummary) => boolean; none: string }): Promise<vscode.Uri | undefined> {
  const given = uriOf(argument);
  if (given) {
    if (!isInterviewUri(given) && !vscode.workspace.textDocuments.some((document) => document.uri.toString() === given.toString() && isInterviewDocument(document))) {
      void deps.ui.warn(`${vscode.workspace.asRelativePath(given)} is not an interview file (*.interview.yaml).`);
      return undefined;
    }
    return given;
  }
  const editor = vscode.window.activeTextEditor;
  if (editor && isInterviewDocument(editor.document)) return editor.document.uri;
  await deps.workspace.ready;
  const all = [...deps.workspace.index.values()];
  if (all.length === 0) {
    void deps.ui.info('There are no interview files in this workspace yet. Create one with "Interviews: New Interview…".');
    return undefined;
  }
  const summaries = all.filter((summary) => !offer || offer.accepts(summary)).sort((a, b) => a.name.localeCompare(b.name));
  if (summaries.length === 0) {
    void deps.ui.info(offer?.none ?? 'There are no interview files in this workspace yet.');
    return undefined;
  }
  const picked = await deps.ui.pick(interviewPicks(summaries, deps.today.value), {
    title: `Which interview do you want to ${action}?`,
    placeHolder: 'Type a name, a company or a stage',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.uri;
}
