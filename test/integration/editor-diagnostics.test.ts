// Diagnostics as the editor publishes them from the workspace index: for files that were never
// opened, with a code that links the rule's documentation, severities from the settings, and
// following files as they are created, renamed and deleted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, extensionUnderTest, lineOf, ruleId, waitForDiagnostics } from './helpers';
import { deleteIfPresent, editorFixture, openEditorFixture, restore, undoUntil } from './editorSupport';

const rules = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.map((diagnostic) => ruleId(diagnostic));
const has = (...ids: string[]) => (diagnostics: readonly vscode.Diagnostic[]) => ids.every((id) => rules(diagnostics).includes(id));
const count = (id: string, accept: (count: number) => boolean) => (diagnostics: readonly vscode.Diagnostic[]) => accept(rules(diagnostics).filter((rule) => rule === id).length);

describe('editor: diagnostics', () => {
  const created = editorFixture('tmp-created.interview.yaml');
  const renamed = editorFixture('tmp-renamed.interview.yaml');

  before(async () => {
    await activateExtension();
    await deleteIfPresent(created);
    await deleteIfPresent(renamed);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('interviews').update('rules', undefined, vscode.ConfigurationTarget.Global);
    await deleteIfPresent(created);
    await deleteIfPresent(renamed);
  });

  it('shows the problems of a file that was never opened, each linked to its rule', async () => {
    const uri = editorFixture('casey-brooks.interview.yaml');
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()), 'the file is not open');
    const diagnostics = await waitForDiagnostics(uri, has('schema', 'thank-you', 'ask-referral', 'prefer-in-person'), 'the rules of casey-brooks');
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'interview-lint');
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.equal(typeof code, 'object', 'the code carries a link');
      assert.ok(code.target.path.endsWith('/docs/rules.md'), `links docs/rules.md, not ${code.target.toString()}`);
      assert.equal(code.target.fragment, code.value, 'at the rule’s heading');
    }
    const first = diagnostics[0].code as { target: vscode.Uri };
    await vscode.workspace.fs.stat(first.target.with({ fragment: '' }));
    const severity = (id: string) => diagnostics.find((diagnostic) => ruleId(diagnostic) === id)?.severity;
    assert.equal(severity('schema'), vscode.DiagnosticSeverity.Error);
    assert.equal(severity('thank-you'), vscode.DiagnosticSeverity.Warning);
    assert.equal(severity('prefer-in-person'), vscode.DiagnosticSeverity.Hint);
  });

  it('takes severities from the interviews.rules setting, and turns rules off', async () => {
    const uri = editorFixture('casey-brooks.interview.yaml');
    await waitForDiagnostics(uri, has('prefer-in-person'), 'prefer-in-person');
    const settings = vscode.workspace.getConfiguration('interviews');
    await settings.update('rules', { 'prefer-in-person': 'error', 'ask-referral': 'off' }, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(
      uri,
      (diagnostics) => diagnostics.some((diagnostic) => ruleId(diagnostic) === 'prefer-in-person' && diagnostic.severity === vscode.DiagnosticSeverity.Error) && !rules(diagnostics).includes('ask-referral'),
      'prefer-in-person as an error and no ask-referral',
    );
    await settings.update('rules', undefined, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(
      uri,
      (diagnostics) => diagnostics.some((diagnostic) => ruleId(diagnostic) === 'prefer-in-person' && diagnostic.severity === vscode.DiagnosticSeverity.Hint) && rules(diagnostics).includes('ask-referral'),
      'the default severities again',
    );
  });

  it('re-lints as you type, and again after Undo', async () => {
    const editor = await openEditorFixture('sam-patel.interview.yaml');
    const { document } = editor;
    const original = document.getText();
    try {
      await waitForDiagnostics(document.uri, count('no-job-ask', (n) => n === 1), 'one job ask');
      const line = lineOf(document, 'What is your typical workday like?');
      const start = document.lineAt(line).text.indexOf('What');
      assert.ok(await editor.edit((edit) => edit.replace(new vscode.Range(line, start, line, document.lineAt(line).text.length), 'Could you refer me for the open role?')));
      await waitForDiagnostics(document.uri, count('no-job-ask', (n) => n > 1), 'another job ask');
      await undoUntil(editor, original);
      await waitForDiagnostics(document.uri, count('no-job-ask', (n) => n === 1), 'one job ask after Undo');
    } finally {
      await restore(editor, original);
      assert.equal(document.getText(), original);
    }
  });

  it('follows a file as it is created, renamed and deleted', async () => {
    const text = ['version: 1', 'contact:', '  name: Temp Person', 'questions:', '  - Do you have any openings on your team?', ''].join('\n');
    await vscode.workspace.fs.writeFile(created, new TextEncoder().encode(text));
    await waitForDiagnostics(created, has('no-job-ask'), 'diagnostics on the new file');
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(created, renamed);
    assert.ok(await vscode.workspace.applyEdit(rename), 'the rename applies');
    await waitForDiagnostics(renamed, has('no-job-ask'), 'diagnostics on the renamed file');
    await waitForDiagnostics(created, (diagnostics) => diagnostics.length === 0, 'no diagnostics left on the old name');
    await vscode.workspace.fs.delete(renamed);
    await waitForDiagnostics(renamed, (diagnostics) => diagnostics.length === 0, 'no diagnostics once deleted');
  });

  it('lints the whole workspace on demand', async () => {
    const command = (extensionUnderTest().packageJSON as { contributes: { commands: { command: string; category?: string }[] } }).contributes.commands.find((entry) => entry.command === 'interviews.lintWorkspace');
    assert.ok(command?.category, 'Lint Workspace is contributed with a category');
    await vscode.commands.executeCommand('interviews.lintWorkspace');
    await waitForDiagnostics(editorFixture('casey-brooks.interview.yaml'), has('schema', 'thank-you'), 'the problems after the lint');
  });

  it('declares its settings with a scope and a description', () => {
    const configuration = (extensionUnderTest().packageJSON as { contributes: { configuration: { properties: Record<string, Record<string, unknown>> } | { properties: Record<string, Record<string, unknown>> }[] } }).contributes.configuration;
    const properties = Object.assign({}, ...(Array.isArray(configuration) ? configuration : [configuration]).map((block) => block.properties)) as Record<string, Record<string, unknown>>;
    for (const name of ['interviews.rules', 'interviews.phraseSensitivity', 'interviews.lint.run', 'interviews.lint.maxFileSize', 'interviews.followUp.defaultDays']) {
      const setting = properties[name];
      assert.ok(setting, `${name} is declared`);
      assert.ok(setting.scope, `${name} has a scope`);
      assert.ok(setting.description ?? setting.markdownDescription, `${name} has a description`);
    }
    assert.deepEqual(properties['interviews.lint.run'].enum, ['onType', 'onSave']);
    assert.equal((properties['interviews.lint.run'].enumDescriptions as string[]).length, 2);
    assert.deepEqual(properties['interviews.phraseSensitivity'].enum, ['low', 'medium', 'high']);
    assert.equal((properties['interviews.phraseSensitivity'].enumDescriptions as string[]).length, 3);
    assert.equal(properties['interviews.phraseSensitivity'].default, 'medium');
    assert.equal(properties['interviews.followUp.defaultDays'].default, 30);
    assert.equal(vscode.workspace.getConfiguration('interviews').get('followUp.defaultDays'), 30);
  });
});
