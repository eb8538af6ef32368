// Diagnostics as the Problems panel shows them: the rule id as the code, the default severity,
// and a range on the offending text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, fixture, lineOf, openFixture, ruleId, waitForDiagnostics } from './helpers';

const withRule = (id: string) => (diagnostics: readonly vscode.Diagnostic[]) =>
  diagnostics.some((diagnostic) => ruleId(diagnostic) === id);

describe('diagnostics', () => {
  before(async () => {
    await activateExtension();
  });

  it('flags the hiring question as a job ask, on that question', async () => {
    const document = await openFixture('job-ask.interview.yaml');
    const diagnostics = await waitForDiagnostics(document.uri, withRule('no-job-ask'), 'a no-job-ask diagnostic');
    const jobAsks = diagnostics.filter((diagnostic) => ruleId(diagnostic) === 'no-job-ask');
    assert.equal(jobAsks.length, 1, 'only the hiring question asks for a job');
    const [jobAsk] = jobAsks;
    const line = lineOf(document, 'Is your team hiring right now?');
    assert.equal(jobAsk.range.start.line, line, 'starts on the hiring question');
    assert.equal(jobAsk.range.end.line, line, 'ends on the hiring question');
    assert.match(document.getText(jobAsk.range), /hiring/, 'covers the job-asking words');
    assert.equal(jobAsk.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(jobAsk.source, 'has a source');
  });

  it('asks for a thank-you after a past meeting that has none', async () => {
    const document = await openFixture('thank-you-missing.interview.yaml');
    const diagnostics = await waitForDiagnostics(document.uri, withRule('thank-you'), 'a thank-you diagnostic');
    const thankYou = diagnostics.find((diagnostic) => ruleId(diagnostic) === 'thank-you');
    assert.ok(thankYou);
    const expectedLines = ['stage: met', 'meeting:', 'date: 2026-01-10', 'follow_up:'].map((text) => lineOf(document, text));
    assert.ok(
      expectedLines.includes(thankYou.range.start.line),
      `points at the stage, the meeting date or follow_up (lines ${expectedLines.map((l) => l + 1).join(', ')}), ` +
        `not line ${thankYou.range.start.line + 1}`,
    );
    assert.equal(thankYou.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(
      !diagnostics.some((diagnostic) => ruleId(diagnostic) === 'no-job-ask'),
      'nothing in this file asks for a job',
    );
  });

  it('leaves a file that follows every habit without diagnostics', async () => {
    // Wait until the extension has linted something, so "no diagnostics" means linted and clean.
    const jobAsk = await openFixture('job-ask.interview.yaml');
    await waitForDiagnostics(jobAsk.uri, withRule('no-job-ask'), 'a no-job-ask diagnostic');
    const document = await openFixture('clean.interview.yaml');
    assert.deepEqual(
      vscode.languages.getDiagnostics(document.uri).map((diagnostic) => `${ruleId(diagnostic)}: ${diagnostic.message}`),
      [],
    );
  });

  it('says when an outreach runs over 100 words, with the count, under the words past the limit', async () => {
    const words = Array.from({ length: 30 }, () => 'How did you get started in restoration work?').join(' ').split(' ');
    const uri = fixture('outreach-length-scratch.interview.yaml');
    const text = `contact:\n  name: Priya Raman\n  connection: second\nstage: requested\noutreach: |\n${words.map((word, index) => (index % 10 === 0 ? `\n  ${word}` : ` ${word}`)).join('').slice(1)}\n`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
      const diagnostics = await waitForDiagnostics(uri, withRule('outreach-length'), 'an outreach-length diagnostic');
      const long = diagnostics.find((diagnostic) => ruleId(diagnostic) === 'outreach-length');
      assert.ok(long);
      assert.equal(long.severity, vscode.DiagnosticSeverity.Information);
      assert.match(long.message, new RegExp(`^The outreach is ${words.length} words, ${words.length - 100} over 100`));
      assert.equal(long.range.start.line, 5 + 10, 'starts at the 101st word, on the outreach\'s eleventh line');
      assert.equal(document.getText(new vscode.Range(long.range.start, long.range.start.translate(0, words[100].length))), words[100]);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });
});
