// Diagnostics from the web build: on open files, on files the workspace index reads through
// vscode.workspace.fs, and following files written and deleted while the worker watches.
import * as vscode from 'vscode';
import { fixture, lineOf, openFixture, ruleId, waitForDiagnostics } from '../helpers';
import * as assert from './assert';
import { deleteFolder, interviewsApi, writeDisk } from './support';

/** A job ask no pattern names (a wish to be part of their team): only the phrase model finds it. */
const MODEL_ONLY_ASK = 'I would love to be part of your team.';

const withRule = (id: string) => (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.some((diagnostic) => ruleId(diagnostic) === id);

describe('web: diagnostics', () => {
  const scratch = fixture(`web-diagnostics-${Date.now().toString(36)}`);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await deleteFolder(await interviewsApi(), scratch);
  });

  it('flags the hiring question as a job ask, on that question, with a link to the rule', async () => {
    await interviewsApi();
    const document = await openFixture('job-ask.interview.yaml');
    const diagnostics = await waitForDiagnostics(document.uri, withRule('no-job-ask'), 'a no-job-ask diagnostic');
    const jobAsks = diagnostics.filter((diagnostic) => ruleId(diagnostic) === 'no-job-ask');
    assert.equal(jobAsks.length, 1, 'only the hiring question asks for a job');
    const [jobAsk] = jobAsks;
    assert.equal(jobAsk.range.start.line, lineOf(document, 'Is your team hiring right now?'));
    assert.match(document.getText(jobAsk.range), /hiring/);
    assert.equal(jobAsk.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(jobAsk.source);
    const code = jobAsk.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /rules\.md#no-job-ask$/);
  });

  it('flags a job ask only the model finds, underlining its clause and naming the words that weighed most', async () => {
    const clause = MODEL_ONLY_ASK;
    const created = vscode.Uri.joinPath(scratch, 'model-only.interview.yaml');
    await writeDisk(created, ['version: 1', 'contact:', '  name: Model Only', 'questions:', '  - What is your typical workday like?', `  - ${clause}`, ''].join('\n'));
    const document = await vscode.workspace.openTextDocument(created);
    const diagnostics = await waitForDiagnostics(created, withRule('no-job-ask'), 'a no-job-ask diagnostic on the model-only ask');
    const jobAsks = diagnostics.filter((diagnostic) => ruleId(diagnostic) === 'no-job-ask');
    assert.equal(jobAsks.length, 1);
    assert.equal(document.getText(jobAsks[0].range), clause);
    assert.match(jobAsks[0].message, /weighed most: "[^"]+"/);
  });

  it('lints files that are not open: a thank-you missing after a past meeting', async () => {
    const uri = fixture('thank-you-missing.interview.yaml');
    const diagnostics = await waitForDiagnostics(uri, withRule('thank-you'), 'a thank-you diagnostic');
    assert.ok(!diagnostics.some((diagnostic) => ruleId(diagnostic) === 'no-job-ask'));
  });

  it('leaves a file that follows every habit without diagnostics', async () => {
    const document = await openFixture('clean.interview.yaml');
    await waitForDiagnostics(fixture('job-ask.interview.yaml'), withRule('no-job-ask'), 'the workspace linted');
    assert.deepEqual(vscode.languages.getDiagnostics(document.uri).map((diagnostic) => `${ruleId(diagnostic)}: ${diagnostic.message}`), []);
  });

  it('follows a file as it is written and deleted through vscode.workspace.fs', async () => {
    const created = vscode.Uri.joinPath(scratch, 'temp-person.interview.yaml');
    await writeDisk(created, ['version: 1', 'contact:', '  name: Temp Person', 'questions:', '  - Do you have any openings on your team?', ''].join('\n'));
    await waitForDiagnostics(created, withRule('no-job-ask'), 'diagnostics on the new file');
    await vscode.workspace.fs.delete(created);
    await waitForDiagnostics(created, (diagnostics) => diagnostics.length === 0, 'no diagnostics once deleted');
  });

  it('updates as the document is edited, before it is saved', async () => {
    const document = await openFixture('clean.interview.yaml');
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const original = document.getText();
    try {
      const question = lineOf(document, '  - ');
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(question, 0), '  - Is your team hiring right now?\n')));
      await waitForDiagnostics(document.uri, withRule('no-job-ask'), 'a job ask in the edited text');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(document.getText(), original);
    await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length === 0, 'no diagnostics after the revert');
  });
});
