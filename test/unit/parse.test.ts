import * as assert from 'assert';
import { CST, Lexer } from 'yaml';
import { LEXER_MARKERS, parseInterview } from '../../src/core/parse';

describe('parsing an interview file', () => {
  it("spells the yaml lexer's markers and indicators as the library does", () => {
    assert.deepEqual(LEXER_MARKERS, { scalar: CST.SCALAR, flowEnd: CST.FLOW_END, document: CST.DOCUMENT });
    const lexemes = [...new Lexer().lex('a: [b, {c: d}]\n- e\n? f\n: g\r\n')];
    const types = new Map(lexemes.map((lexeme) => [lexeme, CST.tokenType(lexeme)]));
    assert.equal(types.get('['), 'flow-seq-start');
    assert.equal(types.get('{'), 'flow-map-start');
    assert.equal(types.get(']'), 'flow-seq-end');
    assert.equal(types.get('}'), 'flow-map-end');
    assert.equal(types.get('-'), 'seq-item-ind');
    assert.equal(types.get('?'), 'explicit-key-ind');
    assert.equal(types.get(':'), 'map-value-ind');
    assert.equal(types.get('\n'), 'newline');
    assert.equal(types.get('\r\n'), 'newline');
    assert.equal(CST.tokenType(''), 'newline');
  });

  it('keeps the source span of every key and value by JSON pointer', () => {
    const text = 'contact:\n  name: Dana Reyes   # met at the meetup\nquestions:\n  - What is your typical workday like?\n  - ask: How did you start?\n    answer: By accident.\n';
    const document = parseInterview(text);
    const slice = (pointer: string, part: 'key' | 'value') => {
      const span = document.entries.get(pointer)?.[part];
      return span ? text.slice(span[0], span[1]) : undefined;
    };
    assert.strictEqual(slice('/contact/name', 'key'), 'name');
    assert.strictEqual(slice('/contact/name', 'value'), 'Dana Reyes');
    assert.strictEqual(slice('/questions/0', 'value'), 'What is your typical workday like?');
    assert.strictEqual(slice('/questions/1/answer', 'value'), 'By accident.');
    assert.deepStrictEqual(document.data, {
      contact: { name: 'Dana Reyes' },
      questions: ['What is your typical workday like?', { ask: 'How did you start?', answer: 'By accident.' }],
    });
  });

  it('reports broken YAML as a problem at its position instead of throwing', () => {
    const text = 'contact:\n  name: [Dana\nstage: met\n';
    const document = parseInterview(text);
    assert.ok(document.syntax.length > 0);
    assert.ok(document.syntax[0].start >= 0 && document.syntax[0].end <= text.length);
  });

  it('keeps dates as the text written, not as Date objects', () => {
    const document = parseInterview('requested: 2026-11-20\nmeeting:\n  date: 2026-12-03T09:30\n');
    assert.deepStrictEqual(document.data, { requested: '2026-11-20', meeting: { date: '2026-12-03T09:30' } });
  });

  it('reports a second YAML document at its marker', () => {
    const text = 'contact:\n  name: A\n---\ncontact:\n  name: B\n';
    const document = parseInterview(text);
    assert.strictEqual(document.syntax.length, 1);
    assert.strictEqual(text.slice(document.syntax[0].start, document.syntax[0].end), '---');
  });

  it('reports duplicate keys', () => {
    assert.match(parseInterview('stage: met\nstage: closed\n').syntax[0].message, /unique/);
  });

  it('does not expand aliases to collections, so an alias bomb stays small', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let index = 1; index < 12; index++) lines.push(`${String.fromCharCode(97 + index)}: &${String.fromCharCode(97 + index)} [*${String.fromCharCode(96 + index)},*${String.fromCharCode(96 + index)},*${String.fromCharCode(96 + index)}]`);
    const document = parseInterview(lines.join('\n'));
    assert.ok(document.syntax.some((problem) => /Aliases/.test(problem.message)));
  });

  it('refuses to parse a text over the size limit', () => {
    const document = parseInterview('x'.repeat(2000), { maxSize: 1000 });
    assert.deepStrictEqual(document.tooLarge, { size: 2000, limit: 1000 });
  });

  it('keeps `__proto__` as a plain key', () => {
    const document = parseInterview('__proto__:\n  polluted: true\n');
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    assert.ok(Object.prototype.hasOwnProperty.call(document.data, '__proto__'));
  });
});

describe('YAML 1.1 in an interview file', () => {
  // The format is JSON-shaped data (its JSON Schema): a `%YAML 1.1` directive or a YAML 1.1 tag
  // never turns a value into a boolean, a Date, a Set or bytes. (esbuild.js leaves `yaml`'s YAML 1.1
  // schema out of the bundles on the strength of this.)
  it('reads a %YAML 1.1 file with the core schema: yes and no stay text', () => {
    const document = parseInterview('%YAML 1.1\n---\ncontact:\n  name: Dana\ntags: [yes, no, on]\nmeeting:\n  date: 2026-01-05\n');
    assert.deepStrictEqual(document.syntax, []);
    assert.deepStrictEqual(document.data, { contact: { name: 'Dana' }, tags: ['yes', 'no', 'on'], meeting: { date: '2026-01-05' } });
  });

  it('keeps !!timestamp, !!set, !!omap and !!binary values as text, maps and lists', () => {
    const document = parseInterview('contact:\n  name: !!timestamp 2026-01-01\ntags: !!set {a, b}\nquestions: !!omap [x: 1]\nnotes: !!binary aGk=\n');
    assert.deepStrictEqual(document.data, { contact: { name: '2026-01-01' }, tags: { a: null, b: null }, questions: [{ x: 1 }], notes: 'aGk=' });
  });
});
