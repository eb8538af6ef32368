// Completion from the format's schema: keys valid at the cursor with their descriptions, enum
// values with theirs, today's date, the recommended questions, and links to the workspace's files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RECOMMENDED_QUESTIONS, REFERRAL_ASK } from '../../src/core/phrases';
import { activateExtension } from './helpers';
import { completionsAt, labelOf, localToday, openEditorFixture, openUntitled, positionAfter, revertAndClose } from './editorSupport';

const documentation = (item: vscode.CompletionItem | undefined) => (typeof item?.documentation === 'string' ? item.documentation : (item?.documentation?.value ?? ''));

/** The completion items at the `§` in `text`, in an unsaved interview document (the iv- snippets left out). */
async function completeAt(text: string): Promise<vscode.CompletionItem[]> {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.includes('§'));
  const character = lines[line].indexOf('§');
  const editor = await openUntitled(text.replace('§', ''));
  try {
    const items = await completionsAt(editor.document.uri, new vscode.Position(line, character));
    return items.filter((item) => item.kind !== vscode.CompletionItemKind.Snippet);
  } finally {
    await revertAndClose(editor);
  }
}

describe('editor: completion', () => {
  before(async () => {
    await activateExtension();
  });

  it('offers the keys a map may still have, with their descriptions', async () => {
    const items = await completeAt('version: 1\ncontact:\n  name: Dana Reyes\n  §\nstage: prospect\n');
    const labels = items.map(labelOf);
    for (const key of ['role', 'company', 'connection', 'via', 'referred_by', 'supervisor']) assert.ok(labels.includes(key), `offers ${key}; got ${labels.join(', ')}`);
    assert.ok(!labels.includes('name'), 'not a key the map already has');
    assert.ok(!labels.includes('stage'), 'not a key of another map');
    const connection = items.find((item) => labelOf(item) === 'connection');
    assert.match(documentation(connection), /How you are connected to them/);
    assert.equal(connection?.kind, vscode.CompletionItemKind.Property);
    const insert = connection?.insertText;
    assert.ok(insert instanceof vscode.SnippetString && insert.value.includes('first,second,third,alumni,referral,cold'), 'inserts a choice of the connections');
  });

  it('offers the top-level keys the file does not have yet, and the keys of a question', async () => {
    const top = (await completeAt('version: 1\ncontact:\n  name: Dana Reyes\n§\n')).map(labelOf);
    for (const key of ['stage', 'meeting', 'research', 'questions', 'follow_up']) assert.ok(top.includes(key), `offers ${key}; got ${top.join(', ')}`);
    assert.ok(!top.includes('contact') && !top.includes('version'));
    const inQuestion = (await completeAt('contact:\n  name: Dana Reyes\nquestions:\n  - ask: What is your typical workday like?\n    §\n')).map(labelOf);
    assert.deepEqual(inQuestion.filter((label) => ['answer', 'asked', 'ask'].includes(label)).sort(), ['answer', 'asked']);
  });

  it('offers the enum values with what each means', async () => {
    const stages = await completeAt('contact:\n  name: Dana Reyes\nstage: §\n');
    assert.deepEqual(stages.map(labelOf), ['prospect', 'requested', 'scheduled', 'met', 'followed_up', 'closed']);
    assert.match(stages.find((item) => labelOf(item) === 'scheduled')?.detail ?? '', /A date is agreed/);
    const formats = await completeAt('contact:\n  name: Dana Reyes\nmeeting:\n  format: §\n');
    assert.deepEqual(formats.map(labelOf), ['in-person', 'video', 'phone', 'email']);
    assert.match(documentation(formats[0]), /Face to face/);
  });

  it('offers today’s date for a date', async () => {
    const items = await completeAt('contact:\n  name: Dana Reyes\nfollow_up:\n  thanked: §\n');
    assert.ok(items.some((item) => labelOf(item) === localToday()), `offers ${localToday()}; got ${items.map(labelOf).join(', ')}`);
    const next = await completeAt('contact:\n  name: Dana Reyes\nfollow_up:\n  next: §\n');
    assert.equal(next.length, 2, 'today, and the default check-in date');
  });

  it('offers the recommended questions that are not in the list yet', async () => {
    const items = await completeAt(`contact:\n  name: Dana Reyes\nquestions:\n  - ${RECOMMENDED_QUESTIONS[0]}\n  - §\n`);
    const labels = items.map(labelOf);
    for (const question of [...RECOMMENDED_QUESTIONS.slice(1), REFERRAL_ASK]) assert.ok(labels.includes(question), `offers "${question}"`);
    assert.ok(!labels.includes(RECOMMENDED_QUESTIONS[0]), 'not one the list already has');
  });

  it('offers the workspace’s interview files for referred_by, as paths relative to this file', async () => {
    const editor = await openEditorFixture('robin-ames.interview.yaml');
    const items = await completionsAt(editor.document.uri, positionAfter(editor.document, 'referred_by:'));
    const labels = items.map(labelOf);
    assert.ok(labels.includes('sam-patel.interview.yaml'), `a file beside this one; got ${labels.join(', ')}`);
    assert.ok(labels.includes('../clean.interview.yaml'), 'a file in the folder above');
    assert.ok(!labels.includes('robin-ames.interview.yaml'), 'not the file itself');
    const sam = items.find((item) => labelOf(item) === 'sam-patel.interview.yaml');
    assert.match(sam?.detail ?? '', /Sam Patel/);
    assert.equal(sam?.kind, vscode.CompletionItemKind.File);
  });

  it('offers the files for a referral’s file too', async () => {
    const items = await completeAt('contact:\n  name: Dana Reyes\nfollow_up:\n  referrals:\n    - name: Jordan Diaz\n      file: §\n');
    assert.ok(items.some((item) => labelOf(item).endsWith('jordan-diaz.interview.yaml')), `got ${items.map(labelOf).join(', ')}`);
  });
});
