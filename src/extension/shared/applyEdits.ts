import * as vscode from 'vscode';
import type { FileCreation, TextEdit } from '../../core/types';
import { exists } from './files';
import type { Ui } from './ui';

/** Edits computed in the core against one version of a document. */
export interface PlannedEdit {
  document: vscode.TextDocument;
  /** The version the edits were computed on: a newer document is never overwritten. */
  version: number;
  edits: readonly TextEdit[];
  creates?: readonly FileCreation[];
  /** What the edit does, for messages ("Mark the thank-you as sent"). */
  label: string;
  /** Save afterwards when the document had no unsaved changes before (commands do; quick fixes don't). */
  save?: boolean;
  /** Where refusals are said; VS Code's windows directly when absent. */
  ui?: Pick<Ui, 'warn' | 'error'>;
}

const windowUi: Pick<Ui, 'warn' | 'error'> = {
  warn: (message) => Promise.resolve(vscode.window.showWarningMessage(message)),
  error: (message) => Promise.resolve(vscode.window.showErrorMessage(message)),
};

/** The tabs that show a file in a text editor. */
function tabsOf(uri: vscode.Uri): vscode.Tab[] {
  const key = uri.toString();
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs.filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key));
}

/** Whether a file is open in an editor tab (not merely loaded, as commands load the files they change). */
export function isInEditor(uri: vscode.Uri): boolean {
  return tabsOf(uri).length > 0;
}

/**
 * Applies core edits through a WorkspaceEdit, so Undo works; refuses, with a message, when the
 * document changed since the edits were computed or a file to create already exists. With `save`, a
 * document that had no unsaved changes is saved again, so commands leave no dirty editors behind —
 * and no tab either: VS Code opens an editor for a document that stays unsaved for a moment, which
 * on a slow save happens before the save is done, so such a tab on a file that was not open is closed.
 */
export async function applyPlannedEdit(plan: PlannedEdit): Promise<boolean> {
  const { document } = plan;
  if (document.version !== plan.version) return refuse(plan);
  const workspaceEdit = new vscode.WorkspaceEdit();
  for (const creation of plan.creates ?? []) {
    const target = vscode.Uri.joinPath(document.uri, '..', creation.relativePath);
    if (await exists(target)) {
      void (plan.ui ?? windowUi).warn(`${plan.label}: ${vscode.workspace.asRelativePath(target)} already exists, so nothing was written. Link it by hand or choose another name.`);
      return false;
    }
    workspaceEdit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(creation.content) });
  }
  const wasDirty = document.isDirty;
  const wasOpen = isInEditor(document.uri);
  for (const edit of plan.edits) {
    const range = new vscode.Range(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length));
    workspaceEdit.replace(document.uri, range, edit.newText);
  }
  if (document.version !== plan.version) return refuse(plan);
  const applied = await vscode.workspace.applyEdit(workspaceEdit);
  if (!applied) {
    void (plan.ui ?? windowUi).error(`${plan.label}: VS Code could not apply the change to ${vscode.workspace.asRelativePath(document.uri)}. Is the file read-only?`);
    return false;
  }
  if (plan.save && !wasDirty && plan.edits.length > 0 && (await document.save()) && !wasOpen) {
    await Promise.all(tabsOf(document.uri).filter((tab) => !tab.isDirty).map((tab) => vscode.window.tabGroups.close(tab, true)));
  }
  return true;
}

function refuse(plan: PlannedEdit): false {
  void (plan.ui ?? windowUi).warn(`${plan.label}: ${vscode.workspace.asRelativePath(plan.document.uri)} changed while the change was being prepared, so nothing was written. Run it again.`);
  return false;
}
