// Quick fixes from the web build: the code-action provider's fixes for real diagnostics, applied as
// VS Code applies a picked fix (a WorkspaceEdit), with Undo restoring the text.
import * as vscode from 'vscode';
import { REFERRAL_ASK } from '../../../src/core/phrases';
import { lineOf, openFixture, ruleId, waitForDiagnostics } from '../helpers';
import * as assert from './assert';
import { interviewsApi } from './support';

const withRule = (id: string) => (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.some((diagnostic) => ruleId(diagnostic) === id);

/** Opens a fixture in a focused editor, waits for a rule's diagnostic and returns the quick fixes offered on it. */
async function fixesFor(name: string, id: string) {
  const document = await openFixture(name);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  for (let attempt = 0; ; attempt++) {
    const diagnostics = await waitForDiagnostics(document.uri, withRule(id), `a ${id} diagnostic`);
    const diagnostic = diagnostics.find((candidate) => ruleId(candidate) === id);
    assert.ok(diagnostic);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    // Published diagnostics of an older version get no fixes; wait for the next publication.
    if (actions.length > 0 || attempt === 4) return { editor, diagnostic, actions, original: document.getText() };
    await new Promise<void>((resolve) => {
      const subscription = vscode.languages.onDidChangeDiagnostics(() => {
        subscription.dispose();
        resolve();
      });
    });
  }
}

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `VS Code refused the edit of "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

async function putBack(editor: vscode.TextEditor, original: string): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preview: false });
  for (let step = 0; step < 3 && editor.document.getText() !== original; step++) await vscode.commands.executeCommand('undo');
  if (editor.document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
}

describe('web: quick fixes', () => {
  before(async () => {
    await interviewsApi();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('replaces a job ask with a recommended question, one fix preferred, and Undo restores it', async () => {
    const { editor, actions, original } = await fixesFor('job-ask.interview.yaml', 'no-job-ask');
    try {
      assert.equal(actions.filter((action) => action.isPreferred).length, 1, 'exactly one fix is preferred');
      const choice = actions.find((action) => action.title === `Ask instead: "${REFERRAL_ASK}"`);
      assert.ok(choice, `offered: ${actions.map((action) => action.title).join(' | ')}`);
      await apply(choice);
      const text = editor.document.getText();
      assert.ok(!text.includes('Is your team hiring right now?'));
      assert.equal(editor.document.lineAt(lineOf(editor.document, REFERRAL_ASK)).text, `  - ${REFERRAL_ASK}`, 'replaced in place');
      assert.equal(text.split('\n')[0], original.split('\n')[0], 'the comment is kept');
      await waitForDiagnostics(editor.document.uri, (diagnostics) => !withRule('no-job-ask')(diagnostics), 'the job ask gone');
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), original, 'one Undo restores the file');
    } finally {
      await putBack(editor, original);
    }
  });

  it('records a missing thank-you as sent today', async () => {
    const api = await interviewsApi();
    const { editor, actions, original } = await fixesFor('thank-you-missing.interview.yaml', 'thank-you');
    try {
      const fix = actions.find((action) => action.title.startsWith('Mark the thank-you as sent today'));
      assert.ok(fix, `offered: ${actions.map((action) => action.title).join(' | ')}`);
      assert.equal(fix.isPreferred, true);
      await apply(fix);
      assert.match(editor.document.getText(), new RegExp(`^follow_up:\\n(?: {2}.*\\n)*? {2}thanked: ${api.deps.today.value}$`, 'm'));
      await waitForDiagnostics(editor.document.uri, (diagnostics) => !withRule('thank-you')(diagnostics), 'the thank-you diagnostic gone');
    } finally {
      await putBack(editor, original);
    }
  });

  it('turns a rule off for a line, which clears its diagnostic', async () => {
    const { editor, actions, original } = await fixesFor('job-ask.interview.yaml', 'no-job-ask');
    try {
      const forLine = actions.find((action) => action.title === 'Disable no-job-ask for this line');
      assert.ok(forLine);
      assert.ok(!forLine.isPreferred);
      await apply(forLine);
      await waitForDiagnostics(editor.document.uri, (diagnostics) => !withRule('no-job-ask')(diagnostics), 'the job ask silenced');
    } finally {
      await putBack(editor, original);
    }
  });
});
