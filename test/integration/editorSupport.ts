// Shared by the editor-feature tests (editor*.test.ts): fixtures under editor/, provider calls,
// applying a code action the way VS Code does, and putting documents back as they were.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, lineOf, withTimeout } from './helpers';

/** The URI of a fixture in test/fixtures/workspace/editor/. */
export function editorFixture(name: string): vscode.Uri {
  return fixture(`editor/${name}`);
}

/** Opens an editor fixture and makes it the active, focused editor. */
export async function openEditorFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(editorFixture(name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  return editor;
}

let untitledCount = 0;

/**
 * Opens an unsaved interview document with this text, in a focused editor (typing goes there). Each
 * gets a name of its own: VS Code reuses `Untitled-1` once it is closed, and the extension host may
 * still hold the closed document's text under that name.
 */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/editor-test-${Date.now()}-${++untitledCount}.interview.yaml` });
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  if (content) assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content)), 'the text goes in');
  assert.equal(document.languageId, 'interview-yaml');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  return editor;
}

/** Throws away unsaved changes of an editor's document and closes it. */
export async function revertAndClose(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  const stillOpen = () => vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === editor.document.uri.toString()));
  if (stillOpen()) {
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === editor.document.uri.toString());
    await vscode.window.tabGroups.close(tabs);
  }
  assert.ok(!stillOpen(), `${editor.document.uri.toString()} is still open`);
}

/** The position just after the first occurrence of `text` on the line containing `lineText`. */
export function positionAfter(document: vscode.TextDocument, lineText: string, text = lineText): vscode.Position {
  const line = lineOf(document, lineText);
  const column = document.lineAt(line).text.indexOf(text);
  assert.ok(column >= 0, `line ${line + 1} has no ${JSON.stringify(text)}`);
  return new vscode.Position(line, column + text.length);
}

/** The range of the first occurrence of `text` on the line containing `lineText`. */
export function rangeOf(document: vscode.TextDocument, lineText: string, text = lineText): vscode.Range {
  const end = positionAfter(document, lineText, text);
  return new vscode.Range(end.translate(0, -text.length), end);
}

/** Completion items at a position, as the suggest widget would get them. */
export async function completionsAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list.items;
}

/** A completion item's label as text. */
export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Code actions for a range, optionally of one kind only. */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

/** Runs a code action as VS Code does when it is picked: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<unknown> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `VS Code refused the edit of "${action.title}"`);
  if (action.command) return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return undefined;
}

/** Resolves once `document` has changed (or at once if `check` already holds). */
export function waitForText(document: vscode.TextDocument, check: (text: string) => boolean, what: string, timeoutMs = 5000): Promise<void> {
  if (check(document.getText())) return Promise.resolve();
  let subscription: vscode.Disposable | undefined;
  const changed = new Promise<void>((resolve) => {
    subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document && check(document.getText())) resolve();
    });
  });
  return withTimeout(changed, timeoutMs, what).finally(() => subscription?.dispose());
}

/** Undoes in the editor until its text is `original` again (each applied edit is one step). */
export async function undoUntil(editor: vscode.TextEditor, original: string, maxSteps = 5): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  for (let step = 0; step < maxSteps && editor.document.getText() !== original; step++) {
    await vscode.commands.executeCommand('undo');
  }
}

/** Puts a fixture back as it is on disk, whatever a failed test left behind. */
export async function restore(editor: vscode.TextEditor, original: string): Promise<void> {
  await undoUntil(editor, original);
  if (editor.document.getText() !== original || editor.document.isDirty) {
    await vscode.window.showTextDocument(editor.document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}

/** Deletes a file if it is there. */
export async function deleteIfPresent(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri);
  } catch {
    // Not there: nothing to clean up.
  }
}

/** Resolves at the next diagnostics change of `uri`, or after `timeoutMs` (whichever comes first). */
export function nextDiagnosticsChange(uri: vscode.Uri, timeoutMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(finish, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) finish();
    });
    function finish() {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    }
  });
}

/** Today's local date, `YYYY-MM-DD`, as the extension computes it. */
export function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
