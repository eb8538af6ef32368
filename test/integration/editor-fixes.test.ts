// Quick fixes on real diagnostics: the rules' own fixes (one preferred), turning a rule off for a
// line or the file, creating a referral's file, and fix-all. Every edit keeps the comments, is
// undone by Undo, and is refused once the document has moved on.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readInterview } from '../../src/core/model';
import { parseInterview } from '../../src/core/parse';
import { RECOMMENDED_QUESTIONS, REFERRAL_ASK } from '../../src/core/phrases';
import { activateExtension, lineOf, ruleId, waitForDiagnostics } from './helpers';
import { applyCodeAction, codeActionsAt, deleteIfPresent, editorFixture, localToday, nextDiagnosticsChange, openEditorFixture, rangeOf, restore, revertAndClose, undoUntil } from './editorSupport';

const FIX_ALL = 'source.fixAll.interviews';
const withRule = (id: string) => (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.some((diagnostic) => ruleId(diagnostic) === id);
const comments = (text: string) => text.split('\n').filter((line) => line.includes('#')).map((line) => line.slice(line.indexOf('#')));

/**
 * Opens a fixture, waits for a rule's diagnostic on it and returns the quick fixes offered there.
 * Right after an edit the published diagnostics may still be those of the previous version, which
 * get no fixes by design; then it waits for the next publication and asks again.
 */
async function fixesFor(name: string, id: string) {
  const editor = await openEditorFixture(name);
  const { uri } = editor.document;
  for (let attempt = 0; ; attempt++) {
    const diagnostics = await waitForDiagnostics(uri, withRule(id), `a ${id} diagnostic`);
    const diagnostic = diagnostics.find((candidate) => ruleId(candidate) === id);
    assert.ok(diagnostic);
    // The API command hands back the actions for the diagnostics at the range (without the diagnostics attached).
    const actions = await codeActionsAt(uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    if (actions.length > 0 || attempt === 4) return { editor, diagnostic, actions, original: editor.document.getText() };
    await nextDiagnosticsChange(uri);
  }
}

/** The quick fixes at a range once one titled `title` is among them (see fixesFor on waiting). */
async function fixesAt(uri: vscode.Uri, range: vscode.Range, title: string): Promise<vscode.CodeAction[]> {
  for (let attempt = 0; ; attempt++) {
    const actions = await codeActionsAt(uri, range, vscode.CodeActionKind.QuickFix.value);
    if (actions.some((action) => action.title === title) || attempt === 4) return actions;
    await nextDiagnosticsChange(uri);
  }
}

function find(actions: vscode.CodeAction[], title: string | RegExp): vscode.CodeAction {
  const action = actions.find((candidate) => (typeof title === 'string' ? candidate.title === title : title.test(candidate.title)));
  assert.ok(action, `a fix "${String(title)}"; offered: ${actions.map((candidate) => candidate.title).join(' | ')}`);
  return action;
}

describe('editor: quick fixes', () => {
  before(async () => {
    await activateExtension();
  });

  it('corrects a misspelt key, keeping the comment on its line, and Undo restores it', async () => {
    const { editor, actions, original } = await fixesFor('casey-brooks.interview.yaml', 'schema');
    try {
      const atKey = await fixesAt(editor.document.uri, rangeOf(editor.document, 'compnay'), 'Change "compnay" to "company"');
      const fix = find(atKey, 'Change "compnay" to "company"');
      assert.equal(fix.isPreferred, true, 'the correction is the preferred fix');
      assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
      assert.ok(actions.length > 0);
      assert.ok(!find(atKey, 'Fix all 4 auto-fixable problems in this file').isPreferred, 'fix-all of the file sits beside the single fix');
      assert.equal(await applyCodeAction(fix), true);
      assert.equal(editor.document.lineAt(lineOf(editor.document, 'company:')).text, '  company: Northwind Health   # the company she left in May');
      assert.deepEqual(comments(editor.document.getText()), comments(original));
      await undoUntil(editor, original, 1);
      assert.equal(editor.document.getText(), original, 'one Undo restores the file');
    } finally {
      await restore(editor, original);
    }
  });

  it('corrects a misspelt enum value', async () => {
    const { editor, original } = await fixesFor('casey-brooks.interview.yaml', 'schema');
    try {
      const fix = find(await fixesAt(editor.document.uri, rangeOf(editor.document, 'secnd'), 'Change "secnd" to "second"'), 'Change "secnd" to "second"');
      assert.equal(await applyCodeAction(fix), true);
      assert.match(editor.document.getText(), /^ {2}connection: second$/m);
    } finally {
      await restore(editor, original);
    }
  });

  it('offers the recommended questions the file does not ask yet in place of a job ask, one preferred, and keeps the comments', async () => {
    const { editor, actions, original } = await fixesFor('sam-patel.interview.yaml', 'no-job-ask');
    try {
      const rephrasings = actions.filter((action) => action.title.startsWith('Ask instead'));
      // The file asks about the workday and the challenges already: those two are not offered again.
      const asked = [RECOMMENDED_QUESTIONS[0], RECOMMENDED_QUESTIONS[3]];
      for (const question of [...RECOMMENDED_QUESTIONS, REFERRAL_ASK].filter((candidate) => !asked.includes(candidate))) find(rephrasings, `Ask instead: "${question}"`);
      for (const question of asked) assert.ok(!rephrasings.some((action) => action.title.includes(question)), `"${question}" is in the file already, so it is not offered`);
      assert.equal(rephrasings.filter((action) => action.isPreferred).length, 1, 'exactly one rephrasing is preferred');
      assert.equal(actions.filter((action) => action.isPreferred).length, 1, 'exactly one fix is preferred');
      const choice = find(rephrasings, `Ask instead: "${REFERRAL_ASK}"`);
      assert.equal(await applyCodeAction(choice), true);
      const text = editor.document.getText();
      assert.ok(!text.includes('Is your team hiring right now?'));
      assert.ok(text.includes(`  - ${REFERRAL_ASK}`), 'the question is replaced in place');
      assert.deepEqual(comments(text), comments(original), 'every comment is still there');
      await waitForDiagnostics(editor.document.uri, (diagnostics) => !withRule('no-job-ask')(diagnostics), 'the job ask gone');
      await undoUntil(editor, original, 1);
      assert.equal(editor.document.getText(), original);
    } finally {
      await restore(editor, original);
    }
  });

  it('adds today’s thank-you date under follow_up', async () => {
    const { editor, actions, original } = await fixesFor('sam-patel.interview.yaml', 'thank-you');
    try {
      const fix = find(actions, /^Mark the thank-you as sent today/);
      assert.equal(fix.isPreferred, true);
      assert.equal(await applyCodeAction(fix), true);
      const text = editor.document.getText();
      assert.equal(readInterview(parseInterview(text)).thanked, localToday(), '`follow_up.thanked` is today');
      assert.equal(text.split('\n').filter((line) => line.startsWith('follow_up:')).length, 1, 'added to the existing follow_up');
      assert.deepEqual(comments(text), comments(original));
      await undoUntil(editor, original, 1);
      assert.equal(editor.document.getText(), original);
    } finally {
      await restore(editor, original);
    }
  });

  it('turns a rule off for a line, which clears its diagnostic, or for the file', async () => {
    const { editor, actions, original } = await fixesFor('sam-patel.interview.yaml', 'no-job-ask');
    try {
      const forLine = find(actions, 'Disable no-job-ask for this line');
      const forFile = find(actions, 'Disable no-job-ask for this file');
      assert.ok(!forLine.isPreferred && !forFile.isPreferred, 'turning a rule off is never the preferred fix');
      assert.equal(await applyCodeAction(forLine), true);
      const question = lineOf(editor.document, 'Is your team hiring right now?');
      assert.equal(editor.document.lineAt(question - 1).text, '  # interview-lint-disable-next-line no-job-ask');
      await waitForDiagnostics(editor.document.uri, (diagnostics) => !withRule('no-job-ask')(diagnostics), 'no-job-ask turned off for the line');
      await undoUntil(editor, original, 1);
      await waitForDiagnostics(editor.document.uri, withRule('no-job-ask'), 'no-job-ask back after Undo');
      const again = await fixesFor('sam-patel.interview.yaml', 'no-job-ask');
      assert.equal(await applyCodeAction(find(again.actions, 'Disable no-job-ask for this file')), true);
      assert.equal(editor.document.lineAt(0).text, '# interview-lint-disable no-job-ask');
      await waitForDiagnostics(editor.document.uri, (diagnostics) => !withRule('no-job-ask')(diagnostics), 'no-job-ask turned off for the file');
    } finally {
      await restore(editor, original);
      assert.equal(editor.document.getText(), original);
    }
  });

  it('turns a rule off for text inside a block by commenting above the block', async () => {
    const { editor, actions, original } = await fixesFor('avery-stone.interview.yaml', 'no-job-ask');
    try {
      assert.equal(await applyCodeAction(find(actions, 'Disable no-job-ask for this line')), true);
      const opener = lineOf(editor.document, 'outreach: |');
      assert.equal(editor.document.lineAt(opener - 1).text, '# interview-lint-disable-next-line no-job-ask', 'above `outreach: |`, not inside its text');
      assert.match(editor.document.getText(), /\n {2}Could you pass my resume on to the hiring manager\?\n$/, 'the block text is untouched');
      await waitForDiagnostics(editor.document.uri, (diagnostics) => !withRule('no-job-ask')(diagnostics), 'no-job-ask turned off for the block');
    } finally {
      await restore(editor, original);
    }
  });

  it('refuses a fix computed for an older version of the document', async () => {
    const { editor, actions, original } = await fixesFor('sam-patel.interview.yaml', 'thank-you');
    try {
      const fix = find(actions, /^Mark the thank-you as sent today/);
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# edited meanwhile\n')));
      const changed = editor.document.getText();
      assert.equal(await applyCodeAction(fix), false, 'the stale fix is refused');
      assert.equal(editor.document.getText(), changed, 'and changes nothing');
    } finally {
      await restore(editor, original);
    }
  });

  it('creates the referral’s prospect file and links it', async () => {
    const created = editorFixture('riley-chen.interview.yaml');
    await deleteIfPresent(created);
    const { editor, actions, diagnostic } = await fixesFor('sam-patel.interview.yaml', 'referral-file');
    try {
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Hint);
      const fix = find(actions, 'Create riley-chen.interview.yaml for Riley Chen');
      assert.equal(fix.isPreferred, true);
      assert.equal(await applyCodeAction(fix), true);
      assert.match(editor.document.getText(), /- name: Riley Chen\n {6}company: Harbor Freight Labs\n {6}file: riley-chen\.interview\.yaml/);
      const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
      assert.match(content, /name: Riley Chen/);
      assert.match(content, /connection: referral/);
      assert.match(content, /via: Sam Patel/);
      assert.match(content, /referred_by: sam-patel\.interview\.yaml/);
      assert.match(content, /stage: prospect/);
    } finally {
      await revertAndClose(editor);
      const createdEditor = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === created.toString());
      if (createdEditor) await revertAndClose(createdEditor);
      await deleteIfPresent(created);
    }
  });

  it('fixes every mechanical problem at once with source.fixAll.interviews, in one undoable step', async () => {
    const editor = await openEditorFixture('casey-brooks.interview.yaml');
    const { document } = editor;
    const original = document.getText();
    try {
      await waitForDiagnostics(document.uri, withRule('thank-you'), 'the casey-brooks diagnostics');
      const whole = new vscode.Range(0, 0, document.lineCount, 0);
      const fixAll = await codeActionsAt(document.uri, whole, FIX_ALL);
      assert.equal(fixAll.length, 1, `one fix-all action; got ${fixAll.map((action) => action.title).join(' | ')}`);
      assert.equal(fixAll[0].kind?.value, FIX_ALL);
      const quickFixesOnly = await codeActionsAt(document.uri, whole, vscode.CodeActionKind.QuickFix.value);
      assert.ok(!quickFixesOnly.some((action) => action.kind?.value === FIX_ALL), 'asked for quick fixes only, no source action comes back');
      assert.equal(await applyCodeAction(fixAll[0]), true);
      const text = document.getText();
      assert.match(text, /^ {2}company: Northwind Health {3}# the company she left in May$/m);
      assert.match(text, /^ {2}connection: second$/m);
      assert.match(text, new RegExp(`^follow_up:\\n {2}thanked: ${localToday()}\\n {2}referrals_asked: true$`, 'm'));
      assert.match(text, /^ {2}format: video$/m, 'a fix that needs a decision (meeting in person) is left alone');
      assert.deepEqual(comments(text), comments(original));
      await waitForDiagnostics(document.uri, (diagnostics) => !diagnostics.some((diagnostic) => ['schema', 'thank-you', 'ask-referral'].includes(ruleId(diagnostic) ?? '')), 'the mechanical problems gone');
      await undoUntil(editor, original, 1);
      assert.equal(document.getText(), original, 'one Undo restores the file');
    } finally {
      await restore(editor, original);
    }
  });
});
