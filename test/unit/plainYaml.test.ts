// The plain reader (src/core/plainYaml.ts) against the `yaml` library: wherever the reader reads a
// file, the full parse must find no syntax problem and give the same data and the same entries (the
// same pointers in the same order, key and value spans, kinds and scalar values). Checked on every
// committed interview file, on hand-written cases of comment and empty-value placement (where
// `yaml` decides spans in its own way), and on random files: built from random structures written
// in random styles, and committed files with random edits, a third of them with CR LF line ends. PLAIN_SEED=<n> replays a random run.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import { parseInterview } from '../../src/core/parse';
import { readPlainYaml } from '../../src/core/plainYaml';

const root = path.join(__dirname, '..', '..');
const SEED = process.env.PLAIN_SEED !== undefined ? Number(process.env.PLAIN_SEED) : Math.floor(Math.random() * 2 ** 31);

/** Why the plain reading of `text` differs from the full parse; undefined when they agree or the reader gave up. */
function disagreement(text: string): string | undefined {
  const plain = readPlainYaml(text);
  if (!plain) return undefined;
  const full = parseInterview(text, { plain: false });
  if (full.syntax.length > 0) return `read plainly, but the full parse finds: ${full.syntax.map((problem) => problem.message).join('; ')}`;
  if (!isDeepStrictEqual(plain.data, full.data)) return `data: ${JSON.stringify(plain.data)} vs ${JSON.stringify(full.data)}`;
  const pointers = [...plain.entries.keys()];
  if (!isDeepStrictEqual(pointers, [...full.entries.keys()])) return `pointers: ${pointers.join(' ')} vs ${[...full.entries.keys()].join(' ')}`;
  for (const pointer of pointers) {
    const mine = plain.entries.get(pointer);
    const theirs = full.entries.get(pointer);
    const a = { key: mine?.key, value: mine?.value, kind: mine?.kind, scalar: mine?.scalar };
    const b = { key: theirs?.key, value: theirs?.value, kind: theirs?.kind, scalar: theirs?.scalar };
    if (!isDeepStrictEqual(a, b)) return `entry "${pointer}": ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  }
  return undefined;
}

function committedInterviews(): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.interview\.ya?ml$/.test(entry.name) && entry.isFile()) found.push({ file: path.relative(root, full), text: fs.readFileSync(full, 'utf8') });
    }
  };
  for (const folder of ['examples', 'test/fixtures']) walk(path.join(root, folder));
  return found;
}

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['x', 'Dana Reyes', '1', '-3', '0.5', '1.50', '2026-11-26', 'true', 'False', 'null', '~', 'NULL', '0x1F', '0o17', '1e3', '.inf', '-.Inf', '.NaN', 'a:b', 'C#', 'http://x.y/z?q=1', 'what is it?', 'a - b', 'x, y', 'é ü', '😀 ok', 'yes', '+1', '007', '1_000', "it's", 'a]b', 'a}', '%x', '-x', '?x', ':x', 'a #b'];
const KEYS = ['name', 'role', 'company', 'stage', 'date', 'notes', 'a', 'b-c', 'd_e', 'f.g', 'Key', '__proto__', 'x1', 'ask', 'answer', 'tags', 'log', '1', 'true'];

/** A random file of nested maps and lists, in random styles, with comments and empty lines anywhere. */
function generatedFile(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const scalar = (): string => {
    const roll = next();
    if (roll < 0.6) return pick(WORDS);
    if (roll < 0.75) return `'${pick(WORDS).replace(/'/g, "''")}'`;
    if (roll < 0.9) return JSON.stringify(pick(WORDS) + (next() < 0.3 ? '\n"\\' : ''));
    return `[${Array.from({ length: Math.floor(next() * 4) }, () => (next() < 0.7 ? pick(['a', 'b c', '1', 'true', 'x-y', 'C#', 'a:b']) : "'q'")).join(pick([', ', ',', ' , ']))}]`;
  };
  const filler = (base: number): string => {
    let text = '';
    while (next() < 0.25) {
      const roll = next();
      if (roll < 0.4) text += '\n';
      else if (roll < 0.5) text += `${' '.repeat(Math.floor(next() * 8))}\n`;
      else text += `${' '.repeat(Math.max(0, base + Math.floor(next() * 7) - 3))}# ${pick(['c', 'note: x', '- y'])}\n`;
    }
    return text;
  };
  const lineEnd = (): string => (next() < 0.2 ? `${' '.repeat(1 + Math.floor(next() * 3))}# t` : '') + (next() < 0.1 ? '  ' : '');
  const block = (indent: number): string => {
    const width = indent + 1 + Math.floor(next() * 3);
    const style = pick(['|', '|-', '>', '>-']);
    let text = `${style}${lineEnd()}\n`;
    for (let line = 1 + Math.floor(next() * 4); line > 0; line--) {
      if (next() < 0.2) text += next() < 0.5 ? '\n' : `${' '.repeat(Math.floor(next() * (width + 4)))}\n`;
      text += `${' '.repeat(width)}${next() < 0.1 && style[0] === '|' ? '  ' : ''}${pick(WORDS)}${next() < 0.1 ? ' ' : ''}\n`;
    }
    return text;
  };
  // Plain text continued on deeper lines, sometimes with empty lines between.
  const continued = (indent: number): string => {
    let text = '';
    for (let line = Math.floor(next() * 3); line > 0; line--) {
      if (next() < 0.3) text += next() < 0.5 ? '\n' : `\n${' '.repeat(Math.floor(next() * 5))}`;
      text += `\n${' '.repeat(Math.max(0, indent + Math.floor(next() * 4)))}${pick(WORDS)}${next() < 0.2 ? ' ' : ''}`;
    }
    return text;
  };
  const value = (indent: number, depth: number, inList: boolean): string => {
    const roll = next();
    const step = pick([1, 2, 2, 4]);
    if (depth < 4 && roll < 0.25) return `${lineEnd()}\n${filler(indent)}${map(indent + step, depth + 1)}`;
    if (depth < 4 && roll < 0.4) return `${lineEnd()}\n${filler(indent)}${list(!inList && next() < 0.3 ? indent : indent + step, depth + 1)}`;
    if (roll < 0.5) return `${lineEnd()}\n`;
    if (roll < 0.6) return ` ${block(indent)}`;
    return ` ${scalar()}${next() < 0.2 ? continued(indent) : ''}${lineEnd()}\n`;
  };
  const map = (indent: number, depth: number, first = ''): string => {
    let text = '';
    const used = new Set<string>();
    for (let item = 1 + Math.floor(next() * 4); item > 0; item--) {
      const key = pick(KEYS);
      if (used.has(key) && next() < 0.9) continue;
      used.add(key);
      text += `${text === '' && first ? first : ' '.repeat(indent)}${key}:${value(indent, depth, false)}${filler(indent)}`;
    }
    return text || `${' '.repeat(indent)}k: v\n`;
  };
  const list = (indent: number, depth: number): string => {
    let text = '';
    for (let item = 1 + Math.floor(next() * 4); item > 0; item--) {
      text += `${' '.repeat(indent)}-`;
      if (next() < 0.3 && depth < 4) {
        const gap = pick([1, 1, 2]);
        text += ' '.repeat(gap) + map(indent + 1 + gap, depth + 1, ' ').replace(/^ /, '');
      } else text += value(indent, depth, true);
      text += filler(indent);
    }
    return text;
  };
  const opening = next() < 0.15 ? pick(['---\n', '--- # opens the file\n', '---   \n']) : '';
  const text = filler(0) + opening + filler(0) + map(0, 0);
  return next() < 0.2 ? text.replace(/\n$/, '') : text;
}

const EDITS = [' ', '  ', '\n', '\n  ', '#', ' #', ':', ': ', '- ', '-', '|', '|-', '>', "'", '"', '[', ']', ', ', 'x', '\n\n', '\n- ', '\n  - ', '1', 'null', '~', '\\n', '\\', "''", '::', '---', '{', '}', '&a ', '*a', '!t ', '%', '?', 'é', '😀', '  # c\n', '\n #c', '\n   # c', '\n     # c', '\n\n   # d\n', 'a: ', '\n  k: ', '\n    - ', '"\\u00e9"', '"\\x41"', '  \n'];

/** A committed file with a few random insertions, deletions or duplicated lines. */
function editedFile(next: () => number, files: readonly string[]): string {
  let text = files[Math.floor(next() * files.length)];
  for (let edit = 1 + Math.floor(next() * 4); edit > 0; edit--) {
    const at = Math.floor(next() * (text.length + 1));
    const roll = next();
    if (roll < 0.6) text = text.slice(0, at) + EDITS[Math.floor(next() * EDITS.length)] + text.slice(at);
    else if (roll < 0.85) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
    else {
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const lineEnd = text.indexOf('\n', at);
      if (lineEnd !== -1) text = text.slice(0, lineEnd + 1) + text.slice(lineStart, lineEnd + 1) + text.slice(lineEnd + 1);
    }
  }
  return text;
}

describe('the plain YAML reader', () => {
  it('reads every committed interview file as the full parse does, and every example', () => {
    let read = 0;
    for (const { file, text } of committedInterviews()) {
      assert.equal(disagreement(text), undefined, file);
      if (readPlainYaml(text)) read++;
      else assert.ok(!file.startsWith('examples'), `${file} is an example, written in plain YAML, yet the reader gave up`);
    }
    assert.ok(read >= 50, `read ${read} files`);
  });

  it('places comments and empty values exactly where the full parse puts them', () => {
    const cases = [
      'a: 1\n# end\n\n',
      'd:\n  - e\n  # comment at the list level\nh: 1\n',
      'd:\n  - e\n# comment at the top\nh: 1\n',
      'a:\n  b: x\n    # deeper comment, taken into b\nd: 1',
      'a:\n  b: x\n\n    # after an empty line\n\n    # and another\nd: 1',
      'a:\n  b: x\n  # at the level of b\n    # deeper, after a shallower one\nd: 1',
      'a:\n  - k: x\n     # c\n   # e\nd: 1',
      'a:\n  b: |\n    x\n   # c\nd: 1',
      'a:\n  b:\nc: 1\n',
      'a:\n  b:   \nc: 1\n',
      'a:\n  b:   # why empty\n\n# next\nc: 1\n',
      'x:\n  a:\n    b:   # x\n  c: 1',
      'x:\n  a:\n    b:\n  # x\n  c: 1',
      'w:\n  x:\n    a:\n      b: 1\n      # x\n\n  y: 2',
      'w:\n  x:\n    - 1\n    # c\n',
      'w:\n  x:\n    - 1\n   # c\n',
      'x:\n  - 1\n  -   # y\n      # x\nc: 1',
      'x:\n  - a\n\n  # - b (left out)\n  -\n  c: 1',
      'a:\n- x\n- y\nb: 1',
      'a: [x, \'y\', "z"]  # c\n',
      'a: |+\n  x\n\n\nb: 1',
      'a: >\n  x\n  y\n\n  z\nb: 1',
      'a: |\n  x  \n  y\nc: 1',
      'a: |\n  x\n    \n  y\n    \nb: 1',
      'a: one\n  two\n\n  three  \n    # deeper\nb: 1',
      '# notes\n--- # one interview\na: 1\n',
      'a:\n  - one\n   two # c\n  - three\n',
    ];
    for (const text of cases) assert.equal(disagreement(text), undefined, JSON.stringify(text));
    for (const read of [cases[3], cases[13], 'a: one\n  two\n\n  three  \n    # deeper\nb: 1', '# notes\n--- # one interview\na: 1\n']) assert.ok(readPlainYaml(read), `${JSON.stringify(read)} is read, not given up`);
  });

  it('gives up on what only the full parse can read', () => {
    const others = [
      'a: 1\rb: 2\r',
      'a:\n\tb: 1\n',
      '\ufeffa: 1\n',
      'a: &x 1\nb: *x\n',
      'a: {b: 1}\n',
      'a: 1\na: 2\n',
      'a: one # c\n  two\n',
      'a: one\n  # c\n  two\n',
      'a: "one\n  two"\n',
      '- a\n- b\n',
      'just text\n',
      '---\na: 1\n---\nb: 2\n',
      '--- a\nb: 1\n',
      '...\na: 1\n',
      'a: 1\n---\nb: 2\n',
      '? a\n: 1\n',
      'a: !tag x\n',
      'a: b: c\n',
      'a: |2\n   x\n',
      '"a": 1\n',
      '1: x\n',
      `${'k'.repeat(1025)}: x\n`,
      // YAML counts the blank characters after an empty value into the key's 1024.
      `a:\n${'k'.repeat(1024)}: x`,
      `x:\n- a:\n  ${'k'.repeat(1022)}: x`,
      `a:\n  -\n${'\n'.repeat(1023)}b: x`,
      `a:\n  -\r\n${'\r\n'.repeat(511)}b: x`,
      `a:\n  b:\n    c:\n${'\n'.repeat(1021)}  d: x`,
      '',
      '# only a comment\n',
    ];
    for (const text of others) assert.equal(readPlainYaml(text), undefined, JSON.stringify(text));
  });

  it('agrees with the full parse on random files and random edits of committed ones', function () {
    this.timeout(120_000);
    const next = random(SEED);
    const files = committedInterviews().map(({ text }) => text);
    let read = 0;
    for (let run = 0; run < 20_000; run++) {
      const written = run % 2 === 0 ? generatedFile(next) : editedFile(next, files);
      // Every third file with CR LF line ends, as git may check files out on Windows.
      const text = run % 3 === 2 ? written.replace(/\r?\n/g, '\r\n') : written;
      const problem = disagreement(text);
      assert.equal(problem, undefined, `PLAIN_SEED=${SEED}, case ${run}: ${JSON.stringify(text)}`);
      if (readPlainYaml(text)) read++;
    }
    assert.ok(read > 4500, `PLAIN_SEED=${SEED}: only ${read} of 20,000 random files were read plainly`);
  });
});
