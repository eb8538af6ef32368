// The schema as other editors read it. yaml-language-server 1.15 — the server behind Red Hat's YAML
// extension, Neovim's and Helix's YAML support, a client nobody here wrote — validates every example
// and every fixture (hostile ones included) with schemas/interview.schema.json, and its problems
// must fall on the same lines, as many per line, as the `schema` rule's. The only differences
// allowed are those in BEYOND_JSON_SCHEMA below: what JSON Schema cannot say, and where the rule
// stops on purpose. Each of them must still be needed, so the list stays short and true.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from 'yaml-language-server';
import { defaultConfig } from '../../src/core/config';
import { lintText } from '../../src/core/lint';
import { newInterviewText } from '../../src/core/newInterview';
import type { InterviewDocument } from '../../src/core/parse';
import { parseInterview } from '../../src/core/parse';
import type { SchemaNode } from '../../src/core/schema';
import { interviewSchema, resolveSchema, valueBranches } from '../../src/core/schema';
import { LineIndex } from '../../src/core/text';

const root = path.join(__dirname, '..', '..');
const schemaText = fs.readFileSync(path.join(root, 'schemas', 'interview.schema.json'), 'utf8');
const schemaId = (JSON.parse(schemaText) as { $id: string }).$id;
const catalogEntry = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'catalog-entry.json'), 'utf8')) as { fileMatch: string[]; url: string };

type Validate = (fileName: string, text: string) => Promise<Diagnostic[]>;

/**
 * A yaml-language-server set up as a user sets it up: the schema associated with the catalog
 * entry's `fileMatch` (or, with `associate: false`, with nothing, for the modeline), its URL
 * served from this repository's file.
 */
function yamlLanguageServer(schema: string = schemaText, associate = true): Validate {
  const service = getLanguageService({
    schemaRequestService: (uri) => (uri === schemaId ? Promise.resolve(schema) : Promise.reject(new Error(`No schema at ${uri}`))),
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
  });
  service.configure({ validate: true, hover: false, completion: false, format: false, schemas: associate ? [{ uri: schemaId, fileMatch: catalogEntry.fileMatch }] : [] });
  let version = 0;
  return async (fileName, text) => service.doValidation(TextDocument.create(`file:///workspace/${fileName}`, 'yaml', ++version, text), false);
}

/** A problem either side reports, on a line as the rule counts lines. */
interface Problem {
  line: number;
  message: string;
  /** yaml-language-server's `source`: `YAML` for the YAML itself, `yaml-schema: …` for the schema. */
  source?: string;
}

interface File {
  name: string;
  text: string;
  document: InterviewDocument;
}

/**
 * What the two are allowed to disagree on, and why. `ours` excuses a problem of the rule,
 * `theirs` one of yaml-language-server.
 */
const BEYOND_JSON_SCHEMA: { what: string; why: string; ours?: (problem: Problem, file: File) => boolean; theirs?: (problem: Problem, file: File) => boolean }[] = [
  {
    what: 'impossible calendar dates',
    why: 'the pattern holds months to 01–12 and days to 01–31, but cannot count the days of each month (2026-02-30, 2027-02-29)',
    ours: (problem) => /is not a real date: \w+ \d{4} has \d+ days/.test(problem.message),
  },
  {
    what: 'aliases',
    why: 'the rule refuses an alias to a map or list (`*a`) instead of expanding it, and then reports nothing else: the data would be a guess. JSON Schema only ever sees the expanded data',
    ours: (problem) => problem.message.startsWith('Aliases (`*name`) to maps or lists are not supported'),
    theirs: (problem, file) => file.document.syntax.some((syntax) => syntax.message.startsWith('Aliases')) && problem.source !== 'YAML',
  },
  {
    what: 'several documents',
    why: 'one file is one interview: the rule reads the first document and flags the second `---`; yaml-language-server validates each document on its own',
    ours: (problem) => problem.message.startsWith('This file holds more than one YAML document'),
    theirs: (problem, file) => problem.line > (secondDocumentLine(file) ?? Infinity),
  },
  {
    what: 'the schema in a file whose YAML is broken',
    why: 'the rule reports a syntax error alone (the data around it would be a guess); yaml-language-server validates whatever it could read as well',
    theirs: (problem, file) => file.document.syntax.some((syntax) => syntax.message.startsWith('YAML syntax')) && problem.source !== 'YAML',
  },
  {
    what: 'a file of comments only',
    why: 'yaml-language-server validates nothing where a document has no value at all; the rule says the file is empty (for a file with no text at all both report)',
    ours: (problem, file) => problem.message.startsWith('The file is empty') && file.text.trim() !== '',
  },
  {
    what: "yaml-language-server's own style checks",
    why: 'an unused anchor is a warning of that server about YAML style, not part of the format',
    theirs: (problem) => problem.source === 'YAML' && problem.message.startsWith('Unused anchor'),
  },
];

/** The line (as the rule counts lines) of the second document's `---`, if the file has one. */
function secondDocumentLine(file: File): number | undefined {
  const marker = file.document.syntax.find((syntax) => syntax.message.startsWith('This file holds more than one YAML document'));
  return marker ? file.document.lines.positionAt(marker.start).line : undefined;
}

interface Comparison {
  /** Problems with a partner on the same line. */
  matching: number;
  /** Problems without one. */
  unmatched: number;
  /** The lines where the two differ, for the failure message. */
  mismatches: string[];
  /** How many problems each entry of BEYOND_JSON_SCHEMA excused. */
  excused: Map<string, number>;
  ours: Problem[];
  theirs: Problem[];
}

/**
 * The rule's problems and yaml-language-server's, paired line by line: on each line the smaller
 * count matches and the rest are mismatches, unless an entry of BEYOND_JSON_SCHEMA excuses them.
 * yaml-language-server's positions are turned into offsets first, so that both count lines the
 * same way (it also ends a line at a lone CR, which YAML and the rule do not).
 */
async function compare(validate: Validate, name: string, text: string): Promise<Comparison> {
  const document = parseInterview(text);
  const file: File = { name, text, document };
  const lines = new LineIndex(text);
  const ours: Problem[] = lintText(text, { today: '2026-11-26', config: defaultConfig(), fixes: false })
    .filter((issue) => issue.ruleId === 'schema')
    .map((issue) => ({ line: issue.range.start.line, message: issue.message }));
  const textDocument = TextDocument.create('file:///positions', 'yaml', 1, text);
  const theirs: Problem[] = (await validate(path.basename(name), text)).map((diagnostic) => ({
    line: lines.positionAt(textDocument.offsetAt(diagnostic.range.start)).line,
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    source: diagnostic.source,
  }));
  const excused = new Map<string, number>();
  const keep = (side: 'ours' | 'theirs') => (problem: Problem) => {
    const exception = BEYOND_JSON_SCHEMA.find((entry) => entry[side]?.(problem, file));
    if (exception) excused.set(exception.what, (excused.get(exception.what) ?? 0) + 1);
    return !exception;
  };
  const byLine = new Map<number, { ours: Problem[]; theirs: Problem[] }>();
  const at = (line: number) => byLine.get(line) ?? byLine.set(line, { ours: [], theirs: [] }).get(line)!;
  for (const problem of ours.filter(keep('ours'))) at(problem.line).ours.push(problem);
  for (const problem of theirs.filter(keep('theirs'))) at(problem.line).theirs.push(problem);
  let matching = 0;
  let unmatched = 0;
  const mismatches: string[] = [];
  for (const [line, found] of [...byLine].sort(([a], [b]) => a - b)) {
    matching += Math.min(found.ours.length, found.theirs.length);
    unmatched += Math.abs(found.ours.length - found.theirs.length);
    if (found.ours.length !== found.theirs.length) {
      mismatches.push(`${name}:${line + 1}: the rule says ${JSON.stringify(found.ours.map((problem) => problem.message))}, yaml-language-server ${JSON.stringify(found.theirs.map((problem) => problem.message))}`);
    }
  }
  return { matching, unmatched, mismatches, excused, ours, theirs };
}

/** Every example and fixture interview, as its path relative to the repository. */
function interviewFiles(): string[] {
  const walk = (folder: string): string[] =>
    fs.readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
      const relative = path.posix.join(folder, entry.name);
      if (entry.isDirectory()) return walk(relative);
      return /\.interview\.ya?ml$/.test(entry.name) ? [relative] : [];
    });
  return [...walk('examples'), ...walk('test/fixtures')].sort();
}

/** A file's text as the CLI and the editor read it: UTF-8, the byte-order mark dropped. */
function readText(relative: string): string {
  return new TextDecoder('utf-8').decode(fs.readFileSync(path.join(root, relative)));
}

/** Small files on the edges the format defines, with how many problems each must get (from both). */
const EDGES: { what: string; text: string; problems: number }[] = [
  { what: 'a blank name', text: 'contact:\n  name: "  "\n', problems: 1 },
  { what: 'an empty name', text: 'contact:\n  name:\n', problems: 1 },
  { what: 'an empty contact', text: 'contact:\nstage: prospect\n', problems: 1 },
  { what: 'a short e-mail address', text: 'contact:\n  name: Dana\n  email: a@b.c\n', problems: 0 },
  { what: 'an e-mail address without a domain', text: 'contact:\n  name: Dana\n  email: dana at example\n', problems: 1 },
  { what: 'an e-mail address with a space', text: 'contact:\n  name: Dana\n  email: "dana @example.com"\n', problems: 1 },
  { what: 'a web address in capitals', text: 'contact:\n  name: Dana\n  linkedin: HTTPS://LINKEDIN.COM/in/dana\n', problems: 0 },
  { what: 'a web address without a scheme', text: 'contact:\n  name: Dana\n  linkedin: linkedin.com/in/dana\nresearch:\n  sources:\n    - www.example.com/news\n    - https://example.com/ok\n', problems: 2 },
  { what: 'malformed dates', text: 'contact:\n  name: Dana\nrequested: 26/11/2026\nfollow_up:\n  next: 2026-1-5\n  log:\n    - date: tomorrow\n', problems: 3 },
  { what: 'a month and an hour out of range', text: 'contact:\n  name: Dana\nrequested: 2026-13-01\nmeeting:\n  date: 2026-12-03T25:00\n', problems: 2 },
  { what: 'dates and times the format allows', text: 'contact:\n  name: Dana\nrequested: 2026-11-20\nmeeting:\n  date: 2026-12-03 09:30:15.5-05:00\nfollow_up:\n  next: 2027-01-15\n', problems: 0 },
  { what: 'wrong types', text: 'contact:\n  name: Dana\n  supervisor: sometimes\n  role: [a, b]\nstage: 3\nmeeting:\n  minutes: half an hour\ntags: robotics\n', problems: 5 },
  { what: 'values outside the enums and ranges', text: 'version: 2\ncontact:\n  name: Dana\n  connection: secnod\nstage: sheduled\nmeeting:\n  format: zoom\n  minutes: 300\n', problems: 5 },
  { what: 'empty list items and an empty required date', text: 'contact:\n  name: Dana\ntags:\n  -\nquestions:\n  -\n  - ask: "  "\nfollow_up:\n  log:\n    - date:\n      note: Sent it.\n', problems: 4 },
  { what: 'unknown keys and a missing required key', text: 'contact:\n  nmae: Dana\nmeting:\n  date: 2026-12-03\nfollow_up:\n  referrals:\n    - role: Engineer\n', problems: 4 },
];

/** What New Interview writes for a few people, the way the command and Add Referral call it. */
const NEW_INTERVIEWS = [
  newInterviewText({ name: 'Dana Reyes' }).text,
  newInterviewText({ name: 'Dana Reyes', role: 'Engineering Manager', company: 'Acme Robotics', connection: 'second', tags: ['robotics', 'target company'] }).text,
  newInterviewText({ name: 'Lee Wong', connection: 'referral', via: 'Dana Reyes', referredBy: 'dana-reyes.interview.yaml' }, '\r\n').text,
  newInterviewText({ name: 'Zoë O\'Brien', connection: 'third' }).text,
];

/**
 * For every key of the schema that is not required, a file with that key left empty (`key:`), its
 * required neighbours filled in; and for every required key, one with it left empty. Made by
 * walking the schema, so a key added later is covered too.
 */
function emptyValueFiles(): { path: string; text: string; line: number; required: boolean }[] {
  const files: { path: string; text: string; line: number; required: boolean }[] = [];
  // A value that passes for a required key: a map with its own required keys, a date, or a name.
  const sample = (key: string, node: SchemaNode): string[] => {
    const map = valueBranches(node).find((branch) => branch.properties);
    if (map) return [`${key}:`, ...(map.required ?? []).flatMap((inner) => sample(inner, map.properties![inner]).map((line) => `  ${line}`))];
    const date = valueBranches(node).some((branch) => (branch as { refName?: string }).refName?.startsWith('date'));
    return [`${key}: ${date ? '2026-12-03' : 'Dana'}`];
  };
  const visit = (object: SchemaNode, where: string, before: string[], indent: string, dash: boolean) => {
    for (const [key, property] of Object.entries(object.properties ?? {})) {
      // The required neighbours first; in a list item the first line sits on the dash.
      const own = [...(object.required ?? []).filter((other) => other !== key).flatMap((other) => sample(other, object.properties![other])), `${key}:`];
      const lines = [...before, ...own.map((line, index) => `${indent}${dash ? (index === 0 ? '- ' : '  ') : ''}${line}`)];
      const pathHere = where ? `${where}.${key}` : key;
      files.push({ path: pathHere, text: `${lines.join('\n')}\n`, line: lines.length - 1, required: (object.required ?? []).includes(key) });
      const childIndent = `${indent}${dash ? '  ' : ''}  `;
      for (const branch of valueBranches(property)) {
        if (branch.properties) visit(branch, pathHere, lines, childIndent, false);
        const item = branch.items && valueBranches(branch.items).find((option) => option.properties);
        if (item) visit(item, `${pathHere}[]`, lines, childIndent, true);
      }
    }
  };
  visit(resolveSchema(interviewSchema()), '', [], '', false);
  return files;
}

describe('the schema in other editors (yaml-language-server 1.15)', function () {
  this.timeout(120_000);
  const validate = yamlLanguageServer();

  it('agrees with the schema rule on every example and fixture, line by line, but for what JSON Schema cannot say', async () => {
    const files = interviewFiles();
    assert.ok(files.length >= 70, `found ${files.length} files`);
    let matching = 0;
    let unmatched = 0;
    const mismatches: string[] = [];
    const excused = new Map<string, number>();
    for (const file of files) {
      const result = await compare(validate, file, readText(file));
      matching += result.matching;
      unmatched += result.unmatched;
      mismatches.push(...result.mismatches);
      for (const [what, count] of result.excused) excused.set(what, (excused.get(what) ?? 0) + count);
    }
    console.log(`      ${files.length} files: ${matching} problems found by both on the same line, ${unmatched} by one only; excused: ${[...excused].map(([what, count]) => `${what} ${count}`).join(', ')}`);
    assert.deepEqual(mismatches, []);
    assert.ok(matching >= 30, `the files have problems to compare (${matching})`);
    // Every exception is still needed: one that excuses nothing is out of date and should go.
    assert.deepEqual(BEYOND_JSON_SCHEMA.filter((entry) => !excused.has(entry.what)).map((entry) => entry.what), []);
  });

  for (const edge of EDGES) {
    it(`agrees on ${edge.what}`, async () => {
      const result = await compare(validate, `edge.interview.yaml`, edge.text);
      assert.deepEqual(result.mismatches, []);
      assert.equal(result.ours.length, edge.problems, `the rule: ${JSON.stringify(result.ours)}`);
      assert.equal(result.theirs.length, edge.problems, `yaml-language-server: ${JSON.stringify(result.theirs)}`);
    });
  }

  it('reads an empty value as absent for every key that is not required, and refuses it for a required one', async () => {
    const files = emptyValueFiles();
    assert.ok(files.length >= 40, `${files.length} keys`);
    assert.ok(files.some((file) => file.path === 'follow_up.log[].note') && files.some((file) => file.path === 'questions[].asked'), 'keys of list items are covered');
    for (const file of files) {
      const result = await compare(validate, 'empty.interview.yaml', file.text);
      assert.deepEqual(result.mismatches, [], file.text);
      const expected = file.required ? [file.line] : [];
      assert.deepEqual(result.ours.map((problem) => problem.line), expected, `the rule on ${file.path}:\n${file.text}${JSON.stringify(result.ours)}`);
      assert.deepEqual(result.theirs.map((problem) => problem.line), expected, `yaml-language-server on ${file.path}:\n${file.text}${JSON.stringify(result.theirs)}`);
    }
  });

  it('gives a file made by New Interview no warning at all, nor the rule any problem', async () => {
    for (const text of NEW_INTERVIEWS) {
      const empties = (value: unknown): number => (value === null ? 1 : typeof value === 'object' ? Object.values(value as object).reduce((total: number, child) => total + empties(child), 0) : 0);
      assert.ok(empties(parseInterview(text).data) >= 5, `the file has empty fields to fill in:\n${text}`);
      assert.deepEqual(await validate('dana-reyes.interview.yaml', text), [], text);
      assert.deepEqual(lintText(text, { today: '2026-11-26' }).filter((issue) => issue.ruleId === 'schema'), []);
    }
  });

  it('would see the warnings on New Interview\'s empty fields under a schema without "null"', async () => {
    // The check above can fail: the same file under the schema as it was, with no empty value allowed.
    const strict = schemaText.replace(/"type": \["(\w+)", "null"\]/g, '"type": "$1"').replace(/, \{ "type": "null" \}/g, '');
    const diagnostics = await yamlLanguageServer(strict)('dana-reyes.interview.yaml', NEW_INTERVIEWS[0]);
    assert.ok(diagnostics.length >= 7, `${diagnostics.length} warnings`);
  });

  it('applies to *.interview.yaml and *.interview.yml through the catalog entry, and to nothing else', async () => {
    const broken = 'contact:\n  nmae: Dana\n';
    // `contact` misses its name, and `nmae` is not a key.
    assert.equal((await validate('dana.interview.yaml', broken)).length, 2);
    assert.equal((await validate('notes/dana.interview.yml', broken)).length, 2);
    assert.deepEqual(await validate('docker-compose.yaml', broken), []);
  });

  it('validates a file that names the schema in the modeline docs/schema.md shows, with no setting at all', async () => {
    const docs = fs.readFileSync(path.join(root, 'docs', 'schema.md'), 'utf8');
    const modeline = /^# yaml-language-server: \$schema=\S+$/m.exec(docs)?.[0];
    assert.ok(modeline, 'docs/schema.md shows the modeline');
    const unassociated = yamlLanguageServer(schemaText, false);
    const text = `${modeline}\ncontact:\n  nmae: Dana\n`;
    const diagnostics = await unassociated('notes.yaml', text);
    // `contact` misses its name (line 1), and `nmae` is not a key (line 2).
    assert.deepEqual(diagnostics.map((diagnostic) => diagnostic.range.start.line).sort(), [1, 2]);
    assert.deepEqual(await unassociated('notes.yaml', 'contact:\n  nmae: Dana\n'), [], 'without the modeline the schema does not apply');
  });
});
