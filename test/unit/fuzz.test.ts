// Property-based fuzzing of the core with fast-check: random interview files built from the
// format (every field, in every YAML style, with comments sprinkled in) and random mutations of the
// example files (lines deleted, duplicated or swapped, indentation changed, text truncated, random
// characters inserted). The core must never throw, every diagnostic must lie inside its document,
// and every edit the core makes — each fix, each command change, each disable comment — must keep
// every comment, keep a readable file readable and touch only the lines it means to.
//
// FUZZ_SEED=<n> replays a run (the seed is printed before the first property and in any failure);
// FUZZ_RUNS=<n> sets the total number of cases (default 10,000), shared among the properties.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import fc from 'fast-check';
import { Parser } from 'yaml';
import type { Change, ListItem, ScalarValue } from '../../src/core/edits';
import { applyEdits, disableCommentEdit, planChanges } from '../../src/core/edits';
import { lintDocument } from '../../src/core/lint';
import { readInterview } from '../../src/core/model';
import type { InterviewDocument } from '../../src/core/parse';
import { newInterviewText, interviewFileNames } from '../../src/core/newInterview';
import { parseInterview } from '../../src/core/parse';
import { summarize } from '../../src/core/pipeline';
import { defaultConfig } from '../../src/core/config';
import type { Issue, TextEdit } from '../../src/core/types';
import { createWorkspaceView } from '../../src/core/workspace';

const root = path.join(__dirname, '..', '..');
const SEED: number = !isMainThread
  ? (workerData as { seed: number }).seed
  : process.env.FUZZ_SEED !== undefined
    ? Number(process.env.FUZZ_SEED)
    : Math.floor(Math.random() * 2 ** 31);
const RUNS = process.env.FUZZ_RUNS !== undefined ? Number(process.env.FUZZ_RUNS) : 10_000;
const TODAY = '2026-11-26';

// ---------------------------------------------------------------------------------------------
// Values

const WORDS = ['Dana', 'Reyes', 'Acme', 'robotics', 'the', 'team', 'Zoë', 'Ñandú', '👩🏽‍💻', 'مريم', 'العلي', 'e\u0301', '東京', 'x', 'job', 'hiring', 'résumé', 'hour', 'coffee', '2026', 'yes', 'null', 'true', '-1', '0x1F'];
const SPECIALS = [':', '#', ' #', ': ', '-', '"', "'", '{', '}', '[', ']', ',', '&a', '*a', '!', '|', '>', '%', '@', '`', '?', '\\', '\t', '\u0000', '\u001b', '\u202e', '\ufeff', '\ud800', '~'];
const PHRASES = [
  'Is your team hiring right now?',
  'Could you refer me for the open position?',
  'Would I be a good fit for your team?',
  'What is your typical workday like?',
  'How and why did you get started in the business?',
  'Could we talk for an hour?',
  'I have eight years of experience in robotics.',
  'Can I send you my résumé?',
];

const word = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...SPECIALS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
/** Free text: words, YAML punctuation, control and direction characters, or a phrase the rules know. */
const freeText = fc.oneof(
  { weight: 4, arbitrary: fc.array(word, { maxLength: 7 }).map((parts) => parts.join(' ')) },
  { weight: 2, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...PHRASES, ...WORDS), { minLength: 2, maxLength: 6 }).map((parts) => parts.join('\n')) },
  { weight: 1, arbitrary: fc.constant('') },
);
const date = fc.oneof(
  fc.tuple(fc.integer({ min: 2024, max: 2028 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2026-02-30', '2026-13-01', '26/11/2026', '2026-11-26T09:30', '2026-11-26T25:00', '2026-11-26T09:30+02:00', 'tomorrow', '2026-1-5'),
);
const bool = fc.oneof(fc.boolean(), fc.constantFrom<ScalarValue>('yes', 'no', 'maybe'));
const oneOf = (values: readonly string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: freeText });

// ---------------------------------------------------------------------------------------------
// A YAML tree with comments, rendered in many styles

type ScalarStyle = 'auto' | 'plain' | 'single' | 'double' | 'double-folded' | 'block' | 'folded' | 'anchored';
interface Entry {
  key: string;
  value: Tree;
  /** A full-line comment above the entry. */
  before?: string;
  /** A comment at the end of the entry's first line. */
  trailing?: string;
}
type Tree =
  | { kind: 'scalar'; value: ScalarValue | null; style: ScalarStyle }
  | { kind: 'map'; entries: Entry[]; flow: boolean }
  | { kind: 'list'; items: Entry[]; flow: boolean; sameIndent: boolean };

const COMMENTS = ['note to self', 'call Tuesday', '', 'interview-lint-disable-next-line no-job-ask', 'interview-lint-disable-line', '👋 مرحبا', 'TODO: ask about "the EU"', '# double', 'a: b'];
const comment = fc.option(fc.constantFrom(...COMMENTS), { freq: 4, nil: undefined });
const style = fc.constantFrom<ScalarStyle>('auto', 'auto', 'plain', 'single', 'double', 'double-folded', 'block', 'folded', 'anchored');

const scalar = (value: fc.Arbitrary<ScalarValue | null>): fc.Arbitrary<Tree> => fc.record({ kind: fc.constant('scalar' as const), value, style });
const textScalar = scalar(fc.oneof({ weight: 8, arbitrary: freeText }, { weight: 1, arbitrary: fc.constant(null) }));

function entriesOf(fields: Record<string, fc.Arbitrary<Tree>>, extra = true): fc.Arbitrary<Entry[]> {
  const keys = Object.keys(fields);
  const unknown = extra ? ['stgae', 'contatc', 'foo', 'Notes', '__proto__', 'toString'] : [];
  return fc
    .tuple(
      fc.shuffledSubarray([...keys, ...unknown]),
      fc.record(Object.fromEntries([...keys, ...unknown].map((key) => [key, Object.hasOwn(fields, key) ? fields[key] : textScalar]))),
      fc.array(fc.tuple(comment, comment), { minLength: keys.length + unknown.length, maxLength: keys.length + unknown.length }),
    )
    .map(([chosen, values, notes]) => chosen.map((key, index) => ({ key, value: (values as Record<string, Tree>)[key], before: notes[index][0], trailing: notes[index][1] })));
}
const map = (fields: Record<string, fc.Arbitrary<Tree>>, extra = true): fc.Arbitrary<Tree> =>
  fc.record({ kind: fc.constant('map' as const), entries: entriesOf(fields, extra), flow: fc.integer({ min: 0, max: 9 }).map((roll) => roll < 3) });
const list = (item: fc.Arbitrary<Tree>): fc.Arbitrary<Tree> =>
  fc.record({
    kind: fc.constant('list' as const),
    items: fc.array(fc.record({ key: fc.constant(''), value: item, before: comment, trailing: comment }), { maxLength: 4 }),
    flow: fc.integer({ min: 0, max: 9 }).map((roll) => roll < 3),
    sameIndent: fc.boolean(),
  });

/** A whole interview: any subset of the format's fields, in any order, plus a few unknown keys. */
const interviewTree: fc.Arbitrary<Tree> = map({
  version: scalar(fc.constantFrom<ScalarValue>(1, 2, '1')),
  contact: map({
    name: textScalar,
    role: textScalar,
    company: textScalar,
    linkedin: scalar(fc.constantFrom('https://www.linkedin.com/in/dana', 'not a url', '')),
    email: scalar(fc.constantFrom('dana@example.com', 'dana@', '')),
    connection: scalar(oneOf(['first', 'second', 'third', 'alumni', 'referral', 'cold', 'colt'])),
    via: textScalar,
    referred_by: scalar(fc.constantFrom('sam-patel.interview.yaml', 'missing.interview.yaml', '../../etc/passwd', '')),
    supervisor: scalar(bool),
  }),
  stage: scalar(oneOf(['prospect', 'requested', 'scheduled', 'met', 'followed_up', 'closed', 'sheduled'])),
  tags: list(textScalar),
  outreach: textScalar,
  requested: scalar(date),
  meeting: map({
    date: scalar(date),
    format: scalar(oneOf(['in-person', 'video', 'phone', 'email'])),
    place: textScalar,
    minutes: scalar(fc.oneof(fc.integer({ min: -5, max: 300 }), freeText)),
  }),
  research: map({ company: textScalar, situation: textScalar, profile: textScalar, sources: list(scalar(fc.constantFrom('https://example.com/a', 'not a url'))) }),
  questions: list(fc.oneof({ weight: 3, arbitrary: textScalar }, { weight: 1, arbitrary: map({ ask: textScalar, answer: textScalar, asked: scalar(bool) }, false) })),
  notes: textScalar,
  follow_up: map({
    thanked: scalar(date),
    referrals_asked: scalar(bool),
    referrals: list(map({ name: textScalar, role: textScalar, company: textScalar, file: scalar(fc.constantFrom('lee-wong.interview.yaml', 'missing.interview.yaml', '')) }, false)),
    next: scalar(date),
    log: list(map({ date: scalar(date), note: textScalar }, false)),
  }),
  closed_reason: textScalar,
});

const PLAIN_SAFE = /^[A-Za-z\u00c0-\u024f\u0600-\u06ff\u4e00-\u9fff][\w\u00c0-\u024f\u0600-\u06ff\u4e00-\u9fff .,?()/'-]*$/;

/** A scalar as YAML text; `indent` is where continuation lines go. Returns lines (the first without indent). */
function renderScalar(value: ScalarValue | null, wanted: ScalarStyle, indent: string, inFlow: boolean): string[] {
  if (value === null) return [wanted === 'plain' ? '' : '~'];
  if (typeof value !== 'string') return [String(value)];
  let chosen = wanted;
  if (chosen === 'anchored') return [`&v${value.length} ${renderScalar(value, 'double', indent, inFlow)[0]}`];
  if (inFlow && (chosen === 'block' || chosen === 'folded' || chosen === 'plain')) chosen = 'double';
  if (chosen === 'auto') chosen = value.includes('\n') ? 'block' : PLAIN_SAFE.test(value) && !/ $/.test(value) ? 'plain' : 'double';
  if (chosen === 'plain' && !(PLAIN_SAFE.test(value) && !/ $/.test(value))) chosen = 'double';
  // eslint-disable-next-line no-control-regex -- control characters are what decides the style
  if (chosen === 'single' && /[\n\u0000-\u001f\ud800-\udfff\ufeff]/.test(value)) chosen = 'double';
  // eslint-disable-next-line no-control-regex -- control characters are what decides the style
  if ((chosen === 'block' || chosen === 'folded') && (/^[ \t]|[\u0000-\u0009\u000b-\u001f\ud800-\udfff\ufeff\u0085\u2028\u2029]/.test(value) || /\n[ \t]/.test(value) || value === '')) chosen = 'double';
  switch (chosen) {
    case 'plain':
      return [value];
    case 'single':
      return [`'${value.replace(/'/g, "''")}'`];
    case 'double-folded': {
      const words = value.split(' ');
      if (words.length < 2 || value.includes('\n') || !PLAIN_SAFE.test(value)) return [JSON.stringify(value)];
      const middle = Math.ceil(words.length / 2);
      return [`"${words.slice(0, middle).join(' ')}`, `${indent}${words.slice(middle).join(' ')}"`];
    }
    case 'block':
    case 'folded': {
      const lines = value.replace(/\n+$/, '').split('\n');
      const header = `${chosen === 'block' ? '|' : '>'}${value.endsWith('\n') ? '' : '-'}`;
      if (chosen === 'folded' && lines.length > 1) return [JSON.stringify(value)];
      return [header, ...lines.map((line) => (line ? indent + line : ''))];
    }
    default:
      return [JSON.stringify(value)];
  }
}

function renderFlow(tree: Tree): string {
  if (tree.kind === 'scalar') return renderScalar(tree.value, tree.style === 'anchored' ? 'anchored' : 'double', '', true)[0];
  if (tree.kind === 'map') return `{ ${tree.entries.map((entry) => `${JSON.stringify(entry.key)}: ${renderFlow(entry.value)}`).join(', ')} }`;
  return `[${tree.items.map((item) => renderFlow(item.value)).join(', ')}]`;
}

/** Renders a map's entries (or a list's items) as block YAML lines at `indent`. */
function renderBlock(tree: Tree, indent: string, unit: string): string[] {
  const lines: string[] = [];
  const note = (text: string | undefined) => (text === undefined ? '' : ` #${text ? ` ${text}` : ''}`);
  if (tree.kind === 'map') {
    for (const entry of tree.entries) {
      if (entry.before !== undefined) lines.push(`${entry.before.length % 2 === 0 ? indent : ''}# ${entry.before}`);
      lines.push(...renderValue(`${indent}${entry.key}:`, entry, indent, unit));
    }
  } else if (tree.kind === 'list') {
    for (const item of tree.items) {
      if (item.before !== undefined) lines.push(`${indent}# ${item.before}`);
      const value = item.value;
      if (value.kind === 'map' && !value.flow && value.entries.length > 0) {
        const inner = renderBlock(value, `${indent}  `, unit);
        const first = inner.findIndex((line) => !/^\s*#/.test(line));
        lines.push(...inner.slice(0, first), `${indent}- ${inner[first].slice(indent.length + 2)}${note(item.trailing)}`, ...inner.slice(first + 1));
      } else lines.push(...renderValue(`${indent}-`, item, indent, unit));
    }
  }
  return lines;

  function renderValue(head: string, entry: Entry, at: string, step: string): string[] {
    const value = entry.value;
    const trailing = note(entry.trailing);
    if (value.kind === 'scalar') {
      const [first, ...rest] = renderScalar(value.value, value.style, at + step, false);
      const isBlockHeader = /^[|>]/.test(first);
      // A comment cannot follow a multi-line quoted scalar's first line.
      const end = rest.length > 0 && !isBlockHeader ? '' : trailing;
      return [`${head}${first === '' ? '' : ' '}${first}${end}`, ...rest];
    }
    if (value.flow || (value.kind === 'map' ? value.entries.length === 0 : value.items.length === 0)) return [`${head} ${renderFlow(value)}${trailing}`];
    const childIndent = value.kind === 'list' && value.sameIndent && head.endsWith(':') ? at : at + step;
    return [`${head}${trailing}`, ...renderBlock(value, childIndent, step)];
  }
}

interface Rendered {
  text: string;
  tree: Tree;
}

/** A random interview file: the tree rendered with an indent of 2, 3 or 4, LF or CR LF, maybe a header, a BOM or a leading comment. */
const generatedFile: fc.Arbitrary<Rendered> = fc
  .record({
    tree: interviewTree,
    unit: fc.constantFrom('  ', '  ', '    ', '   '),
    crlf: fc.boolean(),
    header: fc.constantFrom('', '', '', '---\n', '%YAML 1.2\n---\n', '# Dana Reyes — notes\n\n', '\ufeff'),
    finalNewline: fc.boolean(),
  })
  .map(({ tree, unit, crlf, header, finalNewline }) => {
    const body = renderBlock(tree, '', unit).join('\n') + (finalNewline ? '\n' : '');
    const text = header + body;
    return { text: crlf ? text.replace(/\r?\n/g, '\r\n') : text, tree };
  });

// ---------------------------------------------------------------------------------------------
// Mutations of real files

const SEEDS = [
  ...listFiles(path.join(root, 'examples', 'interviews')),
  ...listFiles(path.join(root, 'test', 'fixtures', 'spec')),
  ...listFiles(path.join(root, 'test', 'fixtures', 'hostile')).filter((file) => fs.statSync(file).size < 4096),
].map((file) => new TextDecoder().decode(fs.readFileSync(file)));

function listFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => /\.interview\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(folder, name));
}

type Mutation = (text: string) => string;
const at = (fraction: number, length: number) => Math.min(length, Math.floor(fraction * (length + 1)));
const lineOp = (edit: (lines: string[], index: number, other: number) => void) =>
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b]): Mutation => (text) => {
    const lines = text.split('\n');
    edit(lines, Math.min(lines.length - 1, at(a, lines.length - 1)), Math.min(lines.length - 1, at(b, lines.length - 1)));
    return lines.join('\n');
  });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  lineOp((lines, index) => lines.splice(index, 1)),
  lineOp((lines, index) => lines.splice(index, 0, lines[index])),
  lineOp((lines, index, other) => ([lines[index], lines[other]] = [lines[other], lines[index]])),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('', ' ', '  ', '    ', '\t', ' \t', '      ')).map(([fraction, indent]): Mutation => (text) => {
    const lines = text.split('\n');
    const index = Math.min(lines.length - 1, at(fraction, lines.length - 1));
    lines[index] = indent + lines[index].trimStart();
    return lines.join('\n');
  }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((fraction): Mutation => (text) => text.slice(0, at(fraction, text.length))),
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 8 }),
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 4 }),
        fc.constantFrom(...SPECIALS, '\n', '\r\n', '\r', '---\n', '...\n', '- ', ': ', '  ', '\n  # note\n', '&a ', '*a', '? ', '!!str ', '|\n', '"', "'"),
      ),
    )
    .map(([fraction, inserted]): Mutation => (text) => {
      const offset = at(fraction, text.length);
      return text.slice(0, offset) + inserted + text.slice(offset);
    }),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 12 })).map(([fraction, length]): Mutation => (text) => {
    const offset = at(fraction, text.length);
    return text.slice(0, offset) + text.slice(offset + length);
  }),
  fc.constant<Mutation>((text) => (text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text.replace(/\n/g, '\r\n'))),
);
const mutatedFile: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([seed, mutations]) => mutations.reduce((text, mutate) => mutate(text), seed));

const anyFile: fc.Arbitrary<string> = fc.oneof(
  generatedFile.map((file) => file.text),
  mutatedFile,
);

// ---------------------------------------------------------------------------------------------
// Invariants

const workspace = createWorkspaceView(
  ['interviews/fuzz.interview.yaml', 'interviews/lee-wong.interview.yaml', 'interviews/sam-patel.interview.yaml'],
  [
    { path: 'interviews/lee-wong.interview.yaml', name: 'Lee Wong', company: 'Acme Robotics' },
    { path: 'interviews/sam-patel.interview.yaml', name: 'Dana', company: undefined },
  ],
);

function lintAll(text: string): { document: InterviewDocument; issues: Issue[] } {
  const document = parseInterview(text);
  const interview = readInterview(document);
  const config = defaultConfig();
  const issues = lintDocument(document, { today: TODAY, config, path: 'interviews/fuzz.interview.yaml', workspace }, interview);
  summarize('fuzz', 'interviews/fuzz.interview.yaml', interview, issues, document.syntax.length === 0 && !document.tooLarge, TODAY, config);
  return { document, issues };
}

function assertRangesInside(document: InterviewDocument, issues: readonly Issue[]): void {
  for (const issue of issues) {
    for (const position of [issue.range.start, issue.range.end]) {
      assert.ok(Number.isInteger(position.line) && position.line >= 0 && position.line < document.lines.lineCount, `${issue.ruleId}: line ${position.line} of ${document.lines.lineCount}`);
      const length = document.lines.lineText(position.line).length;
      assert.ok(Number.isInteger(position.character) && position.character >= 0 && position.character <= length, `${issue.ruleId}: character ${position.character} on a line of ${length}`);
    }
    const { start, end } = issue.range;
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${issue.ruleId}: range ends before it starts`);
    assert.ok(issue.message.trim().length > 0, `${issue.ruleId}: an empty message`);
  }
}

/** Every comment in a text as YAML reads it (not `#` inside quotes or block text), in order of the syntax tree. */
function comments(text: string): string[] {
  const found: string[] = [];
  const stack: unknown[] = [...new Parser().parse(text)].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...[...node].reverse());
    else if (node && typeof node === 'object') {
      const token = node as { type?: string; source?: string };
      if (token.type === 'comment' && typeof token.source === 'string') found.push(token.source);
      else stack.push(...Object.values(node).reverse());
    }
  }
  return found;
}

/** Lines (without their breaks) counted by content. */
function lineCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) counts.set(line, (counts.get(line) ?? 0) + 1);
  return counts;
}

/**
 * Checks one edit of `before` into `after`: no comment lost, a readable file stays readable, and the
 * only lines gone are lines the edits overlap (replaced in place), never a line elsewhere.
 */
function assertSafeEdit(document: InterviewDocument, edits: readonly TextEdit[], what: string): string {
  const before = document.text;
  const after = applyEdits(before, edits);
  for (const edit of edits) {
    assert.ok(edit.offset >= 0 && edit.length >= 0 && edit.offset + edit.length <= before.length, `${what}: an edit outside the text`);
  }
  const lost = missing(comments(before), comments(after));
  assert.deepStrictEqual(lost, [], `${what} lost comments`);
  if (document.syntax.length === 0 && !document.tooLarge) {
    assert.deepStrictEqual(parseInterview(after, { maxSize: Infinity }).syntax.map((problem) => problem.message), [], `${what} broke the YAML`);
  }
  const touched = new Map<string, number>();
  for (const edit of edits) {
    const first = document.lines.positionAt(edit.offset).line;
    const last = document.lines.positionAt(edit.offset + edit.length).line;
    for (let line = first; line <= last; line++) {
      const content = document.lines.lineText(line);
      touched.set(content, (touched.get(content) ?? 0) + 1);
    }
  }
  const afterCounts = lineCounts(after);
  for (const [line, count] of lineCounts(before)) {
    const removed = count - (afterCounts.get(line) ?? 0);
    if (removed > 0) assert.ok((touched.get(line) ?? 0) >= removed, `${what} removed the line ${JSON.stringify(line)}, which no edit touches`);
  }
  return after;
}

/** Items of `expected` not in `actual`, as multisets. */
function missing(expected: readonly string[], actual: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const item of actual) left.set(item, (left.get(item) ?? 0) + 1);
  const gone: string[] = [];
  for (const item of expected) {
    const count = left.get(item) ?? 0;
    if (count > 0) left.set(item, count - 1);
    else gone.push(item);
  }
  return gone;
}

/** The data a change should produce: `data` with the value set or the item appended (parents created). */
function expectedData(data: unknown, change: Change): unknown {
  const copy = structuredClone(data ?? {}) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  const parents = change.path.slice(0, -1);
  for (const key of parents) {
    if (node[key] === undefined || node[key] === null) Object.defineProperty(node, key, { value: {}, enumerable: true, writable: true, configurable: true });
    node = node[key] as Record<string, unknown>;
  }
  const last = change.path[change.path.length - 1];
  if (change.kind === 'set') Object.defineProperty(node, last, { value: change.value, enumerable: true, writable: true, configurable: true });
  else {
    const item = typeof change.item === 'object' ? Object.fromEntries(Object.entries(change.item).filter(([, value]) => value !== undefined)) : change.item;
    const list = Array.isArray(node[last]) ? (node[last] as unknown[]) : [];
    list.push(item);
    Object.defineProperty(node, last, { value: list, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

const changeText = fc.oneof(fc.constantFrom('Sent the article', 'Coffee at Blue Bottle — 30 min', 'He said: "call me"', 'two\nlines', '#not a comment', 'yes', '2026-12-03', ' padded ', '👋 مرحبا', "it's", '- dash', '[x]'), freeText);
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.constantFrom(...['prospect', 'requested', 'scheduled', 'met', 'followed_up', 'closed']).map((stage): Change => ({ kind: 'set', path: ['stage'], value: stage })),
  date.map((value): Change => ({ kind: 'set', path: ['follow_up', 'thanked'], value })),
  fc.tuple(date, changeText).map(([when, note]): Change => ({ kind: 'append', path: ['follow_up', 'log'], item: { date: when, note } })),
  date.map((value): Change => ({ kind: 'set', path: ['meeting', 'date'], value })),
  fc.constantFrom('in-person', 'video', 'phone', 'email').map((value): Change => ({ kind: 'set', path: ['meeting', 'format'], value })),
  changeText.map((value): Change => ({ kind: 'set', path: ['meeting', 'place'], value })),
  fc.integer({ min: 5, max: 240 }).map((value): Change => ({ kind: 'set', path: ['meeting', 'minutes'], value })),
  fc.tuple(changeText, fc.option(changeText, { nil: undefined })).map(([name, company]): Change => ({ kind: 'append', path: ['follow_up', 'referrals'], item: { name, company } as ListItem })),
  fc.boolean().map((value): Change => ({ kind: 'set', path: ['follow_up', 'referrals_asked'], value })),
  changeText.map((value): Change => ({ kind: 'set', path: ['closed_reason'], value })),
);

// ---------------------------------------------------------------------------------------------
// Properties

interface Property {
  arbitrary: fc.Arbitrary<unknown>;
  check: (value: never) => void;
  /** Its share of the cases. */
  share: number;
}

const PROPERTIES: Record<string, Property> = {
  /** Parse, read, lint with a workspace view and summarise: never throws; every range inside; every fix safe. */
  lint: {
    share: 0.45,
    arbitrary: anyFile,
    check: (text: string) => {
      const { document, issues } = lintAll(text);
      assertRangesInside(document, issues);
      // Two fixes an issue are enough: the others are the same edit with other words (rephrasings).
      const fixes = issues.flatMap((issue) => (issue.fixes ?? []).slice(0, 2).map((fix) => ({ issue, fix })));
      for (const { issue, fix } of fixes.slice(0, 16)) assertSafeEdit(document, fix.edits, `the fix "${fix.title}" for ${issue.ruleId}`);
    },
  },
  /** The commands' changes: refused on unreadable YAML; otherwise safe, and meaning exactly the change. */
  changes: {
    share: 0.35,
    arbitrary: fc.tuple(anyFile, fc.array(change, { minLength: 1, maxLength: 3 })),
    check: ([text, changes]: [string, Change[]]) => {
      const document = parseInterview(text);
      const plan = planChanges(document, changes);
      if (document.syntax.length > 0 || document.tooLarge) {
        assert.strictEqual(plan.ok, false, 'an unreadable file must not be edited');
        return;
      }
      if (!plan.ok) {
        assert.ok(plan.reason.length > 0);
        return;
      }
      const after = assertSafeEdit(document, plan.edits, `the changes ${JSON.stringify(changes)}`);
      assert.strictEqual(after, plan.text);
      const wanted = changes.reduce<unknown>((data, each) => expectedData(data, each), document.data);
      assert.deepStrictEqual(parseInterview(after, { maxSize: Infinity }).data, wanted, `the changes ${JSON.stringify(changes)} changed other data`);
    },
  },
  /** Disable comments: one line added, no data changed, and the rule is off where aimed. */
  disable: {
    share: 0.1,
    arbitrary: anyFile,
    check: (text: string) => {
      const { document, issues } = lintAll(text);
      issues.slice(0, 3).forEach((issue, index) => {
        const edit = disableCommentEdit(document, issue.ruleId, issue.range.start.line);
        const after = assertSafeEdit(document, [edit], `disabling ${issue.ruleId} on line ${issue.range.start.line}`);
        assert.strictEqual(after.split('\n').length, text.split('\n').length + 1, 'one line added');
        if (document.syntax.length > 0) return;
        const reparsed = parseInterview(after);
        assert.deepStrictEqual(reparsed.data, document.data, `disabling ${issue.ruleId} on line ${issue.range.start.line} changed the data`);
        // Linting again is the costly part: once per file is enough to catch a comment that misses.
        if (index > 0) return;
        const again = lintDocument(reparsed, { today: TODAY, path: 'interviews/fuzz.interview.yaml', workspace });
        const same = again.filter((other) => other.ruleId === issue.ruleId && other.message === issue.message && other.range.start.line === issue.range.start.line + 1);
        assert.deepStrictEqual(same, [], `the ${issue.ruleId} issue on line ${issue.range.start.line} is still reported`);
      });
      const whole = disableCommentEdit(document, 'schema', 'file');
      const after = assertSafeEdit(document, [whole], 'a file-wide disable comment');
      if (document.syntax.length === 0) assert.deepStrictEqual(parseInterview(after).data, document.data, 'a file-wide disable comment changed the data');
    },
  },
};

const SLUG = /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u;
const DEVICE = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$/i;
const hostileName = fc.oneof(
  freeText,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('../../etc/passwd', 'CON', 'con.txt', 'LPT1', 'NUL ', '👩🏽‍💻', '..', '.', '/', 'C:\\Windows', '\u202eevil', 'x'.repeat(300), '𝒜'.repeat(100), 'Dana\nstage: met', 'Dana # note', '"quoted"', '- dash', '{a: b}', '&a', '*a', '!!str x'),
);

/** New Interview and Add Referral: a safe file name inside the folder, and a skeleton that reads back the name exactly. */
PROPERTIES.newFiles = {
  share: 0.05,
  arbitrary: fc.record({ name: hostileName, role: fc.option(hostileName, { nil: undefined }), company: fc.option(hostileName, { nil: undefined }), via: fc.option(hostileName, { nil: undefined }), tags: fc.array(hostileName, { maxLength: 3 }) }),
  check: (input: { name: string; role?: string; company?: string; via?: string; tags: string[] }) => {
    for (const fileName of [...interviewFileNames(input.name, '.interview.yaml', 3)]) {
      const slug = fileName.replace(/(?:-\d+)?\.interview\.yaml$/, '');
      assert.match(slug, SLUG, `an unsafe slug ${JSON.stringify(fileName)}`);
      assert.ok(!DEVICE.test(slug), `a Windows device name: ${fileName}`);
      assert.ok([...slug].length <= 60 && Buffer.byteLength(fileName) <= 255, `too long: ${fileName}`);
      for (const paths of [path.posix, path.win32]) {
        const folder = paths.resolve(paths.sep, 'workspace', 'interviews');
        assert.strictEqual(paths.dirname(paths.resolve(folder, fileName)), folder, `${fileName} leaves the folder`);
      }
    }
    const { text, cursor } = newInterviewText({ ...input, connection: 'second' });
    assert.ok(cursor >= 0 && cursor <= text.length);
    const document = parseInterview(text);
    assert.deepStrictEqual(document.syntax.map((problem) => problem.message), [], 'the skeleton is readable YAML');
    const data = document.data as { contact: Record<string, unknown>; tags: unknown[] };
    const written = (value: string | undefined) => value?.replace(/[\r\n]+/g, ' ').trim() || null;
    assert.strictEqual(data.contact.name, written(input.name), 'the name reads back as given');
    assert.strictEqual(data.contact.role, written(input.role));
    assert.strictEqual(data.contact.company, written(input.company));
    assert.deepStrictEqual(Object.keys(data).sort(), ['contact', 'notes', 'outreach', 'questions', 'research', 'stage', 'tags', 'version']);
    assert.deepStrictEqual(data.tags, input.tags, 'the tags read back as given');
  },
};

/** CR LF line ends change no diagnostic: the same rules at the same lines and columns as with LF. */
PROPERTIES.lineEnds = {
  share: 0.05,
  arbitrary: generatedFile,
  check: (file: Rendered) => {
    const lf = file.text.replace(/\r\n/g, '\n');
    const where = (text: string) => lintAll(text).issues.map((issue) => `${issue.ruleId} ${JSON.stringify(issue.range)}`);
    assert.deepStrictEqual(where(lf.replace(/\n/g, '\r\n')), where(lf));
  },
};

interface Outcome {
  cases: number;
  failure?: string;
}

/** Runs one property for `runs` cases from `seed`; a failure comes back as fast-check's report (seed, path, shrunk counterexample). */
function runProperty(name: string, runs: number, seed: number): Outcome {
  const { arbitrary, check } = PROPERTIES[name];
  const details = fc.check(
    fc.property(arbitrary, (value) => check(value as never)),
    { seed, numRuns: runs },
  );
  if (!details.failed) return { cases: details.numRuns };
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return {
    cases: details.numRuns,
    failure: `${name}: ${cause}\n${fc.defaultReportMessage(details)}\nReplay the whole run with FUZZ_SEED=${SEED}; this case alone: seed ${seed}, path "${details.counterexamplePath ?? ''}".`,
  };
}

// The cases run in worker threads, one per core (at most two), so ten thousand fit in a minute.
if (!isMainThread) {
  parentPort?.on('message', (job: { name: string; runs: number; seed: number }) => {
    let outcome: Outcome;
    try {
      outcome = runProperty(job.name, job.runs, job.seed);
    } catch (error) {
      outcome = { cases: 0, failure: `${job.name}: the fuzzer itself failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
    }
    parentPort?.postMessage(outcome);
  });
} else {
  describe('fuzzing the core', function () {
    this.timeout(180_000);
    const threads = Math.max(1, Math.min(2, os.availableParallelism()));
    const workers: Worker[] = [];
    const totals = { cases: 0, started: 0 };

    /** Runs a property's share of the cases, split over the workers (worker k uses seed SEED + k). */
    async function fuzz(name: string): Promise<void> {
      const runs = Math.max(1, Math.round(RUNS * PROPERTIES[name].share));
      const outcomes = await Promise.all(
        workers.map(
          (worker, index) =>
            new Promise<Outcome>((resolve, reject) => {
              const failed = (error: Error) => {
                cleanup();
                reject(error);
              };
              const exited = (code: number) => failed(new Error(`fuzz worker ${index} exited (code ${code}) before reporting`));
              const cleanup = () => {
                worker.off('message', done);
                worker.off('error', failed);
                worker.off('exit', exited);
              };
              const done = (outcome: Outcome) => {
                cleanup();
                resolve(outcome);
              };
              worker.on('message', done);
              worker.on('error', failed);
              worker.on('exit', exited);
              worker.postMessage({ name, runs: Math.ceil(runs / workers.length), seed: SEED + index });
            }),
        ),
      );
      for (const outcome of outcomes) totals.cases += outcome.cases;
      const failures = outcomes.filter((outcome) => outcome.failure).map((outcome) => outcome.failure);
      assert.ok(failures.length === 0, failures.join('\n\n'));
    }

    before(() => {
      totals.started = Date.now();
      const tsx = require.resolve('tsx/cjs');
      for (let index = 0; index < threads; index++) {
        workers.push(new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(__filename)});`, { eval: true, workerData: { seed: SEED } }));
      }
      console.log(`    fuzz seed ${SEED} (FUZZ_SEED=${SEED} replays the run), ${RUNS} cases (FUZZ_RUNS) on ${threads} thread${threads === 1 ? '' : 's'}`);
    });

    after(async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
      console.log(`    ${totals.cases} fuzz cases in ${((Date.now() - totals.started) / 1000).toFixed(1)} s (seed ${SEED})`);
    });

    it('reads comments as YAML does, so "no comment lost" means something', () => {
      assert.deepStrictEqual(comments('a: 1 # x\n# y\nb: |\n  # text, not a comment\nc: [1, # z\n  2]\nd: "# text"\n'), ['# x', '# y', '# z']);
    });

    it('generates mostly readable YAML, so the edit properties test real edits', () => {
      const files = fc.sample(generatedFile, { seed: SEED, numRuns: 200 });
      const readable = files.filter((file) => parseInterview(file.text).syntax.length === 0).length;
      assert.ok(readable > 100, `only ${readable} of 200 generated files were readable YAML`);
    });

    it('never throws, keeps every diagnostic inside its document, and every fix keeps comments, YAML and unrelated lines', async () => {
      await fuzz('lint');
    });

    it('plans command edits that are safe and mean exactly the change', async () => {
      await fuzz('changes');
    });

    it('inserts disable comments that change no data and turn the rule off where aimed', async () => {
      await fuzz('disable');
    });

    it('names new files safely inside the folder and writes the name back exactly, whatever it is', async () => {
      await fuzz('newFiles');
    });

    it('gives CR LF files the diagnostics of their LF twins, at the same positions', async () => {
      await fuzz('lineEnds');
    });
  });
}
