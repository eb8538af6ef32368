import * as vscode from 'vscode';
import type { Change } from '../../core/edits';
import { planChanges } from '../../core/edits';
import type { Interview } from '../../core/model';
import type { InterviewDocument } from '../../core/parse';
import type { FileCreation } from '../../core/types';
import type { Deps } from '../deps';
import { applyPlannedEdit } from '../shared/applyEdits';

/** What a command wants to change in one interview, worked out from its current text. */
export interface InterviewChanges {
  changes: Change[];
  creates?: FileCreation[];
}

/** Opens an interview's document (without showing it); undefined, after telling the user, when it cannot be read. */
export async function openInterviewDocument(uri: vscode.Uri, label: string): Promise<vscode.TextDocument | undefined> {
  try {
    return await vscode.workspace.openTextDocument(uri);
  } catch (error) {
    const missing = error instanceof vscode.FileSystemError || /not found|ENOENT|nonexistent|does not exist/i.test(String(error));
    void vscode.window.showErrorMessage(
      missing ? `${label}: ${vscode.workspace.asRelativePath(uri)} no longer exists, so nothing was changed.` : `${label}: ${vscode.workspace.asRelativePath(uri)} could not be opened (${String(error)}), so nothing was changed.`,
    );
    return undefined;
  }
}

/** The current parse of an interview, for the defaults a prompt shows. */
export async function readInterviewFile(deps: Deps, uri: vscode.Uri, label: string): Promise<{ textDocument: vscode.TextDocument; document: InterviewDocument; interview: Interview } | undefined> {
  const textDocument = await openInterviewDocument(uri, label);
  if (!textDocument) return undefined;
  const parsed = deps.documents.get(textDocument);
  return { textDocument, document: parsed.document, interview: parsed.interview };
}

/**
 * Re-reads the interview, computes the changes on its current text, plans them in the core as
 * minimal comment-keeping edits and applies them as one undoable WorkspaceEdit (saving a file that
 * had no unsaved changes). Refuses, with a message, when the change cannot be made safely or the
 * document changes meanwhile. Resolves true when the file now has the change.
 */
export async function changeInterview(deps: Deps, uri: vscode.Uri, label: string, build: (current: { document: InterviewDocument; interview: Interview }) => InterviewChanges | string): Promise<boolean> {
  const textDocument = await openInterviewDocument(uri, label);
  if (!textDocument) return false;
  const version = textDocument.version;
  const current = deps.documents.get(textDocument);
  const wanted = build(current);
  if (typeof wanted === 'string') {
    void vscode.window.showWarningMessage(`${label}: ${wanted}`);
    return false;
  }
  const plan = planChanges(current.document, wanted.changes);
  if (!plan.ok) {
    void vscode.window.showWarningMessage(`${label}: ${plan.reason}`);
    return false;
  }
  if (plan.edits.length === 0 && !wanted.creates?.length) return true;
  return applyPlannedEdit({ document: textDocument, version, edits: plan.edits, creates: wanted.creates, label, save: true });
}
