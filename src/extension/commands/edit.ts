import * as vscode from 'vscode';
import type { Change } from '../../core/edits';
import { diffEdits, planChanges } from '../../core/edits';
import type { Interview } from '../../core/model';
import type { InterviewDocument } from '../../core/parse';
import type { FileCreation } from '../../core/types';
import type { Deps } from '../deps';
import { applyPlannedEdit, isInEditor } from '../shared/applyEdits';
import { readText } from '../shared/files';
import { describeChanges } from './changes';

/** What a command wants to change in one interview, worked out from its current text. */
export interface InterviewChanges {
  changes: Change[];
  creates?: FileCreation[];
  /** Anything the user should know besides what changed ("the outreach is still empty"). */
  notes?: string[];
}

/** One change a command made to one interview file: what it was, and how to take it back. */
export interface AppliedChange {
  uri: vscode.Uri;
  /** What changed, in a few words ("stage met → followed_up, follow_up.next 2027-01-06"). */
  summary: string;
  notes: string[];
  /** Whether the file is open in an editor, where Undo takes the change back. */
  inEditor: boolean;
  /** Restores the file (and removes files the change created) unless they changed since; resolves true when it did. */
  undo(): Promise<boolean>;
}

/** Opens an interview's document (without showing it); undefined, after telling the user, when it cannot be read. */
export async function openInterviewDocument(deps: Deps, uri: vscode.Uri, label: string): Promise<vscode.TextDocument | undefined> {
  try {
    return await vscode.workspace.openTextDocument(uri);
  } catch (error) {
    const missing = error instanceof vscode.FileSystemError || /not found|ENOENT|nonexistent|does not exist/i.test(String(error));
    void deps.ui.error(
      missing ? `${label}: ${vscode.workspace.asRelativePath(uri)} no longer exists, so nothing was changed.` : `${label}: ${vscode.workspace.asRelativePath(uri)} could not be opened (${String(error)}), so nothing was changed.`,
    );
    return undefined;
  }
}

/** The current parse of an interview, for the defaults a prompt shows. */
export async function readInterviewFile(deps: Deps, uri: vscode.Uri, label: string): Promise<{ textDocument: vscode.TextDocument; document: InterviewDocument; interview: Interview } | undefined> {
  const textDocument = await openInterviewDocument(deps, uri, label);
  if (!textDocument) return undefined;
  const parsed = deps.documents.get(textDocument);
  return { textDocument, document: parsed.document, interview: parsed.interview };
}

/**
 * Re-reads the interview, computes the changes on its current text, plans them in the core as
 * minimal comment-keeping edits and applies them as one undoable WorkspaceEdit (saving a file that
 * had no unsaved changes). Refuses, with a message, when the change cannot be made safely or the
 * document changes meanwhile. Then says what changed — offering Undo when the file is not open in
 * an editor — unless `collect` is given, where the change is put for the caller to report with
 * others. Resolves true when the file now has the change.
 */
export async function changeInterview(
  deps: Deps,
  uri: vscode.Uri,
  label: string,
  build: (current: { document: InterviewDocument; interview: Interview }) => InterviewChanges | string,
  collect?: AppliedChange[],
): Promise<boolean> {
  const textDocument = await openInterviewDocument(deps, uri, label);
  if (!textDocument) return false;
  const version = textDocument.version;
  const current = deps.documents.get(textDocument);
  const wanted = build(current);
  if (typeof wanted === 'string') {
    void deps.ui.warn(`${label}: ${wanted}`);
    return false;
  }
  const plan = planChanges(current.document, wanted.changes);
  if (!plan.ok) {
    void deps.ui.warn(`${label}: ${plan.reason}`);
    return false;
  }
  if (plan.edits.length === 0 && !wanted.creates?.length) return true;
  const before = textDocument.getText();
  // Whether the user had it open: VS Code may open a tab while the change is being saved.
  const inEditor = isInEditor(uri);
  const applied = await applyPlannedEdit({ document: textDocument, version, edits: plan.edits, creates: wanted.creates, label, save: true, ui: deps.ui });
  if (!applied) return false;
  const change: AppliedChange = {
    uri,
    summary: describeChanges(current.interview, wanted.changes, wanted.creates),
    notes: wanted.notes ?? [],
    inEditor,
    undo: undoing(deps, textDocument, before, textDocument.getText(), wanted.creates ?? [], label),
  };
  if (collect) collect.push(change);
  else void reportChanges(deps, label, [change]).catch((error: unknown) => deps.log.error(`Reporting "${label}"`, error));
  return true;
}

/** Takes a change back: the file's text before it, and the files it created removed, unless any of them changed since. */
function undoing(deps: Deps, document: vscode.TextDocument, before: string, after: string, creates: readonly FileCreation[], label: string): () => Promise<boolean> {
  return async () => {
    const current = document.isClosed ? await vscode.workspace.openTextDocument(document.uri) : document;
    const created = creates.map((creation) => ({ uri: vscode.Uri.joinPath(document.uri, '..', creation.relativePath), content: creation.content }));
    const kept = await Promise.all(created.map(({ uri, content }) => readText(uri).then((text) => text === content, () => true)));
    // The disk too: a change made outside VS Code may not have reached the document yet.
    const onDisk = current.isDirty ? after : await readText(document.uri).catch(() => undefined);
    if (current.getText() !== after || onDisk !== after || kept.includes(false)) {
      void deps.ui.warn(`Undo ${label}: ${vscode.workspace.asRelativePath(document.uri)} or a file it created has changed since, so nothing was undone. Use the editor's Undo there instead.`);
      return false;
    }
    if (!(await applyPlannedEdit({ document: current, version: current.version, edits: diffEdits(after, before), label: `Undo ${label}`, save: true, ui: deps.ui }))) return false;
    const removal = new vscode.WorkspaceEdit();
    for (const { uri } of created) removal.deleteFile(uri, { ignoreIfNotExists: true });
    return created.length === 0 || vscode.workspace.applyEdit(removal);
  };
}

/**
 * Says what one or more changes did, file by file, with Undo (which takes all of them back) when
 * any of the files is not open in an editor, and Open for a single file not open — or for `open`,
 * the file the change is about when it is another (a referral's new file). Resolves once the
 * message is answered or dismissed.
 */
export async function reportChanges(deps: Deps, label: string, changes: readonly AppliedChange[], open?: { title: string; uri: vscode.Uri }): Promise<void> {
  if (changes.length === 0) return;
  const lines = changes.map((change) => `${vscode.workspace.asRelativePath(change.uri)}: ${change.summary}`);
  const notes = [...new Set(changes.flatMap((change) => change.notes))];
  const message = `${label} — ${lines.join('; ')}.${notes.length > 0 ? ` ${notes.join(' ')}` : ''}`;
  const closed = changes.filter((change) => !change.inEditor);
  const target = open ?? (changes.length === 1 && closed.length === 1 ? { title: 'Open', uri: changes[0].uri } : undefined);
  const buttons = [...(closed.length > 0 ? ['Undo'] : []), ...(target ? [target.title] : [])];
  const choice = await deps.ui.info(message, ...buttons);
  if (target && choice === target.title) await vscode.window.showTextDocument(target.uri, { preview: false });
  if (choice === 'Undo') {
    const undone: string[] = [];
    // The last change first, as an editor's Undo would.
    for (const change of [...changes].reverse()) if (await change.undo()) undone.push(vscode.workspace.asRelativePath(change.uri));
    if (undone.length > 0) void deps.ui.info(`Undone: ${label.charAt(0).toLowerCase()}${label.slice(1)} in ${undone.reverse().join(', ')}.`);
  }
}
