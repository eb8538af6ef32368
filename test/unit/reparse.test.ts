// Checking an edited file by re-reading only the item that holds the edit: whenever that check says
// the edit keeps the YAML valid, parsing the whole edited file must agree; and the edits the fixes
// make are proved that way rather than by a whole parse.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { planChanges } from '../../src/core/edits';
import { parseInterview, parsedLength } from '../../src/core/parse';
import { editKeepsSyntax } from '../../src/core/reparse';

const root = path.join(__dirname, '..', '..');

function interviewFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? interviewFiles(path.join(folder, entry.name)) : /\.interview\.ya?ml$/.test(entry.name) ? [path.join(folder, entry.name)] : []));
}

/** Every committed interview file that parses cleanly: the starting points of the edits. */
const bases = [...interviewFiles(path.join(root, 'examples')), ...interviewFiles(path.join(root, 'test', 'fixtures', 'spec')), ...interviewFiles(path.join(root, 'test', 'fixtures', 'workspace'))]
  .map((file) => fs.readFileSync(file, 'utf8'))
  .filter((text) => parseInterview(text).syntax.length === 0);

/** Lines that are fine, odd or broken YAML depending on where they land. */
const SNIPPETS = [
  '- x',
  '- ask: What is your typical workday like?',
  '  answer: Mornings with customers.',
  'file: lee-wong.interview.yaml',
  'name: Lee Wong',
  'stage: met',
  'note: "half a quote',
  "note: 'it''s fine'",
  'answer: Most: the travel',
  ': no key',
  '? explicit',
  '- - nested',
  'a: b: c',
  'anchor: &a value',
  'alias: *a',
  'tagged: !!str 12',
  '---',
  '...',
  '%YAML 1.2',
  '# a comment',
  '',
  '\t- tab',
  'outreach: |',
  '  block text',
  'notes: >-',
  'tags: [a, b',
  'map: {a: 1}',
  'note: text # comment',
  'questions:',
  'x',
  '"',
  "'",
  '- ',
  'key:',
  'date: 2026-02-30',
  'next: 2027-01-15',
  '  - indented item',
  '- name: Pat Doe\n  role: Engineer',
  'log:\n  - date: 2026-11-01',
];

interface Edit {
  line: number;
  kind: 'insert' | 'replace' | 'delete' | 'type';
  indent: number;
  snippet: string;
  column: number;
  typed: string;
}

const edit = fc.record<Edit>({
  line: fc.nat(),
  kind: fc.constantFrom('insert', 'replace', 'delete', 'type'),
  indent: fc.integer({ min: 0, max: 8 }),
  snippet: fc.constantFrom(...SNIPPETS),
  column: fc.nat(),
  typed: fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', '-', '"', "'", '[', ']', '{', '}', '|', '>', '&', '*', '!', '%', '@', '`', '\t', '\n', '?', ',', '1'), maxLength: 4 }),
});

function applyRandomEdit(text: string, change: Edit): string {
  const lines = text.split('\n');
  const at = change.line % lines.length;
  const snippet = change.snippet
    .split('\n')
    .map((line) => ' '.repeat(change.indent) + line)
    .join('\n');
  if (change.kind === 'insert') lines.splice(at, 0, snippet);
  else if (change.kind === 'replace') lines.splice(at, 1, snippet);
  else if (change.kind === 'delete') lines.splice(at, 1);
  else {
    const line = lines[at];
    const column = change.column % (line.length + 1);
    lines[at] = line.slice(0, column) + change.typed + line.slice(column);
  }
  return lines.join('\n');
}

describe('checking an edit by re-reading the item it changes', () => {
  it('never calls an edit clean that breaks the whole file', () => {
    assert.ok(bases.length >= 10, 'expected committed interview files to start from');
    let provedClean = 0;
    fc.assert(
      fc.property(fc.nat({ max: bases.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 2 }), (base, edits) => {
        const previous = parseInterview(bases[base]);
        const edited = edits.reduce(applyRandomEdit, bases[base]);
        if (!editKeepsSyntax(previous, edited)) return;
        provedClean++;
        assert.deepEqual(parseInterview(edited).syntax, [], `an edit called clean does not parse:\n${edited}`);
      }),
      { numRuns: 4000, seed: 7 },
    );
    // The property means something only if the check often says yes.
    assert.ok(provedClean > 400, `only ${provedClean} edits were proved clean`);
  });

  it('proves the fixes the rules make: setting a value, adding a key to a list item, replacing a question', () => {
    const text = [
      'contact:',
      '  name: Dana Reyes',
      'stage: met',
      'meeting:',
      '  date: 2026-11-20',
      '  minutes: 45',
      'questions:',
      '  - Are you hiring?',
      '  - ask: What is your typical workday like?',
      '    answer: Busy.',
      'follow_up:',
      '  referrals:',
      '    - name: Lee Wong',
      '      company: Acme',
      '    - name: Pat Doe',
      '  next: 2026-12-01',
      '',
    ].join('\n');
    const previous = parseInterview(text);
    const changes = [
      { kind: 'set', path: ['meeting', 'minutes'], value: 30 },
      { kind: 'set', path: ['questions', '0'], value: 'What is your typical workday like?' },
      { kind: 'set', path: ['follow_up', 'referrals', '0', 'file'], value: 'lee-wong.interview.yaml' },
      { kind: 'set', path: ['follow_up', 'referrals', '1', 'file'], value: 'pat-doe.interview.yaml' },
      { kind: 'set', path: ['follow_up', 'thanked'], value: '2026-11-21' },
      { kind: 'set', path: ['stage'], value: 'followed_up' },
    ] as const;
    for (const change of changes) {
      const plan = planChanges(previous, [change]);
      assert.ok(plan.ok, `${change.path.join('.')}: ${plan.ok ? '' : plan.reason}`);
      if (!plan.ok) continue;
      assert.equal(editKeepsSyntax(previous, plan.text), true, `${change.path.join('.')} was not proved from its item:\n${plan.text}`);
      assert.deepEqual(parseInterview(plan.text).syntax, []);
    }
  });

  it('re-reads only the list item a key is added to, where the new line sits before the next item', () => {
    const referrals = Array.from({ length: 200 }, (_, index) => `    - name: Person ${index}\n      company: Acme ${index}\n`).join('');
    const text = `contact:\n  name: Dana Reyes\nstage: met\nfollow_up:\n  referrals:\n${referrals}  next: 2026-12-01\n`;
    // Planning a change reads the document's YAML nodes, which parses a plainly read file once.
    const previous = parseInterview(text, { plain: false });
    const before = parsedLength();
    const plan = planChanges(previous, [{ kind: 'set', path: ['follow_up', 'referrals', '100', 'file'], value: 'person-100.interview.yaml' }]);
    const parsed = parsedLength() - before;
    assert.ok(plan.ok);
    assert.ok(plan.text.includes('      company: Acme 100\n      file: person-100.interview.yaml\n    - name: Person 101\n'), plan.text);
    assert.ok(parsed < 200, `the check parsed ${parsed} characters of a ${text.length}-character file`);
    assert.deepEqual(parseInterview(plan.text).syntax, []);
  });

  it('leaves files with anchors, directives or a second document to the whole parse', () => {
    for (const text of ['contact:\n  name: &n Dana\nvia: *n\n', '%YAML 1.2\n---\ncontact:\n  name: Dana\n', 'contact:\n  name: Dana\n---\nstage: met\n']) {
      const previous = parseInterview(text);
      assert.equal(editKeepsSyntax(previous, text.replace('Dana', 'Dana Reyes')), false);
    }
  });

  it('leaves a file with a tab where indentation goes to the whole parse', () => {
    // Emptying the value before a trailing tab line makes the tab its indentation: a syntax error.
    const text = 'stage: closed\nnotes: x\n\t';
    const edited = 'stage: closed\nnotes: \n\t';
    assert.ok(parseInterview(edited).syntax.length > 0);
    assert.equal(editKeepsSyntax(parseInterview(text), edited), false);
  });

  it('refuses an edit that repeats a key of the same map', () => {
    const text = 'contact:\n  name: Dana\n  role: Manager\nstage: met\n';
    const edited = text.replace('  role: Manager\n', '  role: Manager\n  name: Lee\n');
    assert.equal(editKeepsSyntax(parseInterview(text), edited), false);
    assert.notDeepEqual(parseInterview(edited).syntax, []);
  });
});
