import * as assert from 'node:assert/strict';
import { isSuppressed, readSuppressions } from '../../src/core/suppress';
import { LineIndex } from '../../src/core/text';

const read = (text: string) => readSuppressions(new LineIndex(text));
const offOn = (text: string, ruleId: string) => {
  const suppressions = read(text);
  return text.split('\n').map((_, line) => line).filter((line) => isSuppressed(suppressions, ruleId, line));
};

describe('disable comments', () => {
  it('turns a rule off for the next line that is not blank or a comment', () => {
    const text = 'questions:\n  # interview-lint-disable-next-line no-job-ask\n\n  # (a note)\n  - Is your team hiring?\n  - Next?\n';
    assert.deepEqual(offOn(text, 'no-job-ask'), [4]);
    assert.deepEqual(offOn(text, 'about-them'), []);
  });

  it('counts a line starting with a control character as content, as YAML reads it, not as a comment', () => {
    // A vertical tab is no space to YAML: the line is a key (found by the fuzzer, seed 1418326442).
    assert.deepEqual(offOn('# interview-lint-disable-next-line schema\n\v# not a comment: x\nstage: met\n', 'schema'), [1]);
    assert.deepEqual(offOn('\ufeff# interview-lint-disable-next-line schema\n  # a comment\nstage: met\n', 'schema'), [2]);
  });

  it('turns a rule off on its own line', () => {
    assert.deepEqual(offOn('a: 1\nb: 2 # interview-lint-disable-line time-ask\n', 'time-ask'), [1]);
  });

  it('turns rules off for the whole file from anywhere', () => {
    const suppressions = read('a: 1\n# interview-lint-disable warm-contact, prefer-in-person\n');
    assert.ok(isSuppressed(suppressions, 'warm-contact', 0));
    assert.ok(isSuppressed(suppressions, 'prefer-in-person', 99));
    assert.ok(!isSuppressed(suppressions, 'schema', 0));
  });

  it('means every rule when no id is given', () => {
    assert.ok(isSuppressed(read('# interview-lint-disable\n'), 'schema', 3));
    assert.deepEqual(offOn('# interview-lint-disable-next-line\na: 1\n', 'anything'), [1]);
  });

  it('takes several ids, and ignores a `-- why` note after them', () => {
    const text = '# interview-lint-disable-next-line no-job-ask about-them -- she asked me to send it\nq: Could I send you my résumé?\n';
    assert.deepEqual(offOn(text, 'no-job-ask'), [1]);
    assert.deepEqual(offOn(text, 'about-them'), [1]);
    assert.deepEqual(offOn(text, 'she'), []);
  });

  it('needs a real comment: not a word inside text or inside quotes', () => {
    assert.deepEqual(offOn('note: see interview-lint-disable docs\n', 'x'), []);
    assert.deepEqual(offOn('note: "tip # interview-lint-disable-line x"\n', 'x'), []);
    assert.deepEqual(offOn("note: 'it''s # interview-lint-disable-line x'\n", 'x'), []);
    assert.deepEqual(offOn("note: Dana's pick # interview-lint-disable-line x\n", 'x'), [0]);
  });

  it('does not read block text as a comment', () => {
    const text = 'outreach: |\n  Hi Dana,\n  # interview-lint-disable\n  an hour?\nstage: met\n';
    assert.ok(!isSuppressed(read(text), 'time-ask', 3));
  });

  it('covers a whole block of text when aimed at the line that opens it', () => {
    const text = '# interview-lint-disable-next-line time-ask\noutreach: >-\n  Hi Dana,\n\n  could we meet for an hour?\nstage: requested\n';
    assert.deepEqual(offOn(text, 'time-ask'), [1, 2, 3, 4]);
    const item = 'questions:\n  - ask: | # interview-lint-disable-line no-job-ask\n      Is your team\n      hiring?\n    answer: No.\n  - |\n    Next one\n';
    assert.deepEqual(offOn(item, 'no-job-ask'), [1, 2, 3]);
  });

  it('reads CR LF files', () => {
    assert.deepEqual(offOn('a: 1\r\n# interview-lint-disable-next-line x\r\nb: 2\r\n', 'x'), [2]);
  });
});
