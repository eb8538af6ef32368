// The phrase rules (no-job-ask, about-them) as the editor runs them: the interviews.phraseSensitivity
// setting re-lints open files and, when set, overrides `phrase_sensitivity` in .interviewlintrc.yaml;
// and the notes of follow_up.log are read like the questions and the outreach.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { findJobAsks } from '../../src/core/phrases';
import { activateExtension, fixture, ruleId, waitForDiagnostics } from './helpers';
import { codeActionsAt, openUntitled, revertAndClose } from './editorSupport';

const jobAsks = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.filter((diagnostic) => ruleId(diagnostic) === 'no-job-ask');
const has = (id: string) => (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.some((diagnostic) => ruleId(diagnostic) === id);

/**
 * The first of a few lines that `accept` holds for. The phrase model is retrained from time to
 * time and may come to read one line differently; these tests are about the editor, so they take
 * their example from a few rather than pin one sentence to the model's reading.
 */
function firstWhere(candidates: readonly string[], accept: (line: string) => boolean, what: string): string {
  const found = candidates.find(accept);
  assert.ok(found, `none of these is ${what}: ${candidates.join(' | ')}`);
  return found;
}

const SOFT_ASKS = [
  'Could you keep me in mind?',
  'I am hoping to work at Acme.',
  'I would love to join your team someday.',
  'Her team is hiring.',
  'Let me know if anything opens up.',
  'Do you know anyone who is hiring?',
  'Happy to help out on your team in any way.',
];

/** A job ask the model reports at high sensitivity but not at low. */
const softAsk = () =>
  firstWhere(SOFT_ASKS, (line) => findJobAsks(line, { sensitivity: 'high' }).length === 1 && findJobAsks(line, { sensitivity: 'low' }).length === 0, 'reported at high but not at low');

/** A job ask and a sensitivity (low or high) at which the model reads it otherwise than at medium, the default. */
function askOffMedium(): { line: string; sensitivity: 'low' | 'high'; count: number; countAtMedium: number } {
  for (const line of SOFT_ASKS) {
    const countAtMedium = findJobAsks(line).length;
    for (const sensitivity of ['high', 'low'] as const) {
      const count = findJobAsks(line, { sensitivity }).length;
      if (count !== countAtMedium) return { line, sensitivity, count, countAtMedium };
    }
  }
  assert.fail(`none of these is read otherwise at low or high than at medium: ${SOFT_ASKS.join(' | ')}`);
}

/** A job ask the model reports at the default sensitivity. */
const clearAsk = () =>
  firstWhere(
    ['Asked if there are any openings on her team.', 'Could you refer me for the open role?', 'Are you hiring for the analyst role?', 'Could you pass my resume to the hiring manager?'],
    (line) => findJobAsks(line).length === 1,
    'reported at medium',
  );

describe('editor: phrase rules', () => {
  const folder = fixture('tmp-phrases');
  const settings = () => vscode.workspace.getConfiguration('interviews');
  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
  });

  afterEach(async () => {
    await settings().update('phraseSensitivity', undefined, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
  });

  it('re-lints an open file when interviews.phraseSensitivity changes', async () => {
    const line = softAsk();
    // `cold` brings a warm-contact hint, which shows the file has been linted before the setting changes.
    const editor = await openUntitled(`contact:\n  name: Robin Vale\n  connection: cold\nquestions:\n  - ${line}\n`);
    const { uri } = editor.document;
    try {
      await waitForDiagnostics(uri, has('warm-contact'), 'the first lint');
      await settings().update('phraseSensitivity', 'low', vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(uri, (diagnostics) => has('warm-contact')(diagnostics) && jobAsks(diagnostics).length === 0, 'no job ask at low');
      await settings().update('phraseSensitivity', 'high', vscode.ConfigurationTarget.Global);
      const [diagnostic] = jobAsks(await waitForDiagnostics(uri, (diagnostics) => jobAsks(diagnostics).length === 1, `"${line}" as a job ask at high`));
      assert.equal(editor.document.getText(diagnostic.range), line);
      await settings().update('phraseSensitivity', 'low', vscode.ConfigurationTarget.Global);
      await waitForDiagnostics(uri, (diagnostics) => has('warm-contact')(diagnostics) && jobAsks(diagnostics).length === 0, 'no job ask at low again');
    } finally {
      await revertAndClose(editor);
    }
  });

  it('takes phrase_sensitivity from .interviewlintrc.yaml while the setting is unset, and the setting over it', async () => {
    // A line the rc file's sensitivity reads otherwise than medium does, so the rc file is what decides.
    const { line, sensitivity, count, countAtMedium } = askOffMedium();
    const interview = vscode.Uri.joinPath(folder, 'robin-vale.interview.yaml');
    await write(vscode.Uri.joinPath(folder, '.interviewlintrc.yaml'), `phrase_sensitivity: ${sensitivity}\n`);
    await write(interview, `contact:\n  name: Robin Vale\n  connection: first\nquestions:\n  - ${line}\n`);
    await waitForDiagnostics(interview, (diagnostics) => jobAsks(diagnostics).length === count, `${count} job ask(s) at ${sensitivity}, from the rc file`);
    // Set explicitly, even to its default value, the setting wins over the rc file.
    await settings().update('phraseSensitivity', 'medium', vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(interview, (diagnostics) => jobAsks(diagnostics).length === countAtMedium, `${countAtMedium} job ask(s) with the setting at medium`);
    await settings().update('phraseSensitivity', undefined, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(interview, (diagnostics) => jobAsks(diagnostics).length === count, 'the rc file again once the setting is unset');
  });

  it('reports a job ask in a follow_up.log note, on its clause, without offering to rewrite it', async () => {
    const ask = clearAsk();
    const editor = await openUntitled(
      ['contact:', '  name: Robin Vale', '  connection: first', 'follow_up:', '  log:', '    - date: 2027-01-10', '      note: Sent the article she mentioned.', '    - date: 2027-01-15', `      note: Thanked her for the chat. ${ask}`, ''].join('\n'),
    );
    const { document } = editor;
    try {
      const diagnostics = jobAsks(await waitForDiagnostics(document.uri, (all) => jobAsks(all).length === 1, 'a job ask in the second note'));
      const [diagnostic] = diagnostics;
      assert.equal(diagnostic.range.start.line, 8);
      assert.equal(document.getText(diagnostic.range), ask);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
      const fixes = await codeActionsAt(document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      assert.ok(fixes.length > 0, 'the disable fixes are offered');
      assert.ok(!fixes.some((fix) => fix.title.startsWith('Ask instead')), `no rephrasing of a note: ${fixes.map((fix) => fix.title).join(' | ')}`);
    } finally {
      await revertAndClose(editor);
    }
  });
});
