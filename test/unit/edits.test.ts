import * as assert from 'assert';
import { parse } from 'yaml';
import type { Change } from '../../src/core/edits';
import { applyEdits, diffEdits, disableCommentEdit, planChanges } from '../../src/core/edits';
import { parseInterview } from '../../src/core/parse';

function change(text: string, changes: Change[]): string {
  const plan = planChanges(parseInterview(text), changes);
  if (!plan.ok) throw new Error(plan.reason);
  const result = applyEdits(text, plan.edits);
  assert.strictEqual(result, plan.text);
  return result;
}

const notes = `# Notes from the alumni mixer
version: 1
contact:
  name: Priya Natarajan   # call her Pri
  company: Northwind Health
stage: met # after the call
meeting:
  date: 2026-11-20
# keep this comment
`;

describe('editing interview files', () => {
  it('plans changes that lie apart in one go, with the result of planning them one after another', () => {
    const text = `${notes}follow_up:\n  log:\n    - date: 2026-11-21\n      note: Thanked her.\n  # next time: ask about the team\n  next: 2026-11-25\n`;
    const changes: Change[] = [
      { kind: 'append', path: ['follow_up', 'log'], item: { date: '2026-11-26', note: 'Checked in.' } },
      { kind: 'set', path: ['follow_up', 'next'], value: '2026-12-26' },
    ];
    const stepwise = change(change(text, [changes[0]]), [changes[1]]);
    assert.strictEqual(change(text, changes), stepwise);
    assert.ok(stepwise.includes('    - date: 2026-11-26\n      note: Checked in.\n  # next time: ask about the team\n  next: 2026-12-26\n'), stepwise);
    // Two keys added under the same missing parent touch the same spot: planned one after the other.
    const both = change(notes, [
      { kind: 'set', path: ['follow_up', 'thanked'], value: '2026-11-26' },
      { kind: 'set', path: ['follow_up', 'referrals_asked'], value: true },
    ]);
    assert.strictEqual(both, notes.replace('# keep this comment\n', 'follow_up:\n  thanked: 2026-11-26\n  referrals_asked: true\n# keep this comment\n'));
  });

  it('adds a nested value under a new parent and keeps every comment', () => {
    const result = change(notes, [{ kind: 'set', path: ['follow_up', 'thanked'], value: '2026-11-26' }]);
    assert.strictEqual(result, notes.replace('# keep this comment\n', 'follow_up:\n  thanked: 2026-11-26\n# keep this comment\n'));
  });

  it('replaces a value in place, keeping the comment after it', () => {
    const result = change(notes, [{ kind: 'set', path: ['stage'], value: 'followed_up' }]);
    assert.ok(result.includes('stage: followed_up # after the call\n'));
    assert.strictEqual(result.split('\n').length, notes.split('\n').length);
  });

  it('adds a key at the end of an existing map with its indentation', () => {
    const result = change(notes.replace(/ {2}/g, '    '), [{ kind: 'set', path: ['meeting', 'format'], value: 'video' }]);
    assert.ok(result.includes('    date: 2026-11-20\n    format: video\n'));
  });

  it('fills a key that has no value yet', () => {
    assert.strictEqual(change('contact:\n  name: A\n  role:\nstage: met\n', [{ kind: 'set', path: ['contact', 'role'], value: 'Engineer' }]), 'contact:\n  name: A\n  role: Engineer\nstage: met\n');
  });

  it('appends to a list in the list style of the file', () => {
    const text = 'contact:\n  name: A\nfollow_up:\n  log:\n    - date: 2026-01-01\n      note: First # kept\n';
    const result = change(text, [{ kind: 'append', path: ['follow_up', 'log'], item: { date: '2026-11-26', note: 'Sent: the article' } }]);
    assert.strictEqual(result, `${text}    - date: 2026-11-26\n      note: "Sent: the article"\n`);
  });

  it('quotes text that YAML would misread', () => {
    const result = change('contact:\n  name: A\n', [{ kind: 'set', path: ['closed_reason'], value: 'true' }]);
    assert.deepStrictEqual(parse(result).closed_reason, 'true');
  });

  it('writes text of several lines as a `|` block, or quoted on one line where a block would take in the spaces after it', () => {
    const block = change('stage: closed\nclosed_reason: ""  # why\nnotes: x\n', [{ kind: 'set', path: ['closed_reason'], value: 'Moved away.\nWe keep in touch.' }]);
    assert.strictEqual(block, 'stage: closed\nclosed_reason: |-  # why\n  Moved away.\n  We keep in touch.\nnotes: x\n');
    // A file ending in a line of spaces deeper than the block's text: a block would end with them.
    const text = 'follow_up:\n  referrals:\n    - name: Lee Wong\nclosed_reason: ""  # why\n    ';
    const changes: Change[] = [
      { kind: 'set', path: ['closed_reason'], value: 'Moved away.\nWe keep in touch.' },
      { kind: 'append', path: ['follow_up', 'referrals'], item: { name: 'Ana' } },
    ];
    const written = change(text, changes);
    assert.strictEqual(written, 'follow_up:\n  referrals:\n    - name: Lee Wong\n    - name: Ana\nclosed_reason: "Moved away.\\nWe keep in touch."  # why\n    ');
    assert.deepStrictEqual(parse(written), { follow_up: { referrals: [{ name: 'Lee Wong' }, { name: 'Ana' }] }, closed_reason: 'Moved away.\nWe keep in touch.' });
  });

  it('writes a list item of several lines quoted where the file ends in a tab that a block would take in', () => {
    const text = 'stage: followed_up\nfollow_up:\n  thanked: 2026-11-02\n\t';
    const written = change(text, [{ kind: 'append', path: ['follow_up', 'log'], item: { date: '2026-11-20', note: 'Sent the article.\nShe replied.' } }]);
    assert.deepStrictEqual(parse(written), { stage: 'followed_up', follow_up: { thanked: '2026-11-02', log: [{ date: '2026-11-20', note: 'Sent the article.\nShe replied.' }] } });
    assert.ok(written.startsWith(text.slice(0, -1)), 'the text before the new lines is kept');
  });

  it('quotes one-line text that YAML would write as a block of its own (starting `---` or `...`)', () => {
    for (const end of ['\t', '    ', '']) {
      const written = change(`stage: met\nclosed_reason: x\n${end}`, [{ kind: 'set', path: ['closed_reason'], value: '...moved away' }]);
      assert.strictEqual(written, `stage: met\nclosed_reason: "...moved away"\n${end}`);
    }
    const nested = change('follow_up:\n  thanked: 2026-01-01\n', [{ kind: 'set', path: ['follow_up', 'next'], value: '--- then' }]);
    assert.deepStrictEqual(parse(nested), { follow_up: { thanked: '2026-01-01', next: '--- then' } });
  });

  it('keeps CRLF line endings', () => {
    const result = change('contact:\r\n  name: A\r\n', [{ kind: 'set', path: ['follow_up', 'next'], value: '2026-12-26' }]);
    assert.strictEqual(result, 'contact:\r\n  name: A\r\nfollow_up:\r\n  next: 2026-12-26\r\n');
  });

  it('writes into inline maps inline', () => {
    assert.strictEqual(change('contact: {name: A}\n', [{ kind: 'set', path: ['contact', 'role'], value: 'B' }]), 'contact: {name: A, role: B}\n');
  });

  it('refuses to edit a file whose YAML is broken', () => {
    const plan = planChanges(parseInterview('contact: [\n'), [{ kind: 'set', path: ['stage'], value: 'met' }]);
    assert.strictEqual(plan.ok, false);
  });

  it('refuses to put a key under a value that is not a map', () => {
    const plan = planChanges(parseInterview('contact:\n  name: A\nfollow_up: soon\n'), [{ kind: 'set', path: ['follow_up', 'next'], value: '2026-12-26' }]);
    assert.strictEqual(plan.ok, false);
  });

  it('produces one small edit per changed place', () => {
    const plan = planChanges(parseInterview(notes), [
      { kind: 'set', path: ['stage'], value: 'followed_up' },
      { kind: 'set', path: ['follow_up', 'thanked'], value: '2026-11-26' },
    ]);
    assert.ok(plan.ok);
    if (plan.ok) assert.strictEqual(plan.edits.length, 2);
  });

  it('inserts a disable comment above a line with its indentation', () => {
    const document = parseInterview('questions:\n  - Is your team hiring?\n');
    const edit = disableCommentEdit(document, 'no-job-ask', 1);
    assert.strictEqual(applyEdits(document.text, [edit]), 'questions:\n  # interview-lint-disable-next-line no-job-ask\n  - Is your team hiring?\n');
  });

  it('puts a file-wide disable comment first where the end of the file is inside text', () => {
    // An indented `|` that ends the file would read a comment after it as its text (found by the fuzzer, seed 470865673).
    const text = ' |';
    const edited = applyEdits(text, [disableCommentEdit(parseInterview(text), 'schema', 'file')]);
    assert.strictEqual(edited, '# interview-lint-disable schema\n |');
    assert.deepStrictEqual(parse(edited), parse(text));
  });

  it('diffs texts line by line into minimal edits', () => {
    const before = 'a\nb\nc\nd\ne\n';
    const after = 'a\nB\nc\nd\ne\nf\n';
    const edits = diffEdits(before, after);
    assert.strictEqual(applyEdits(before, edits), after);
    assert.strictEqual(edits.length, 2);
  });
});
