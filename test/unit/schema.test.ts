import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { parseInterview } from '../../src/core/parse';
import { schemaAt, validateSchema } from '../../src/core/schema';

const root = path.join(__dirname, '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'interview.schema.json'), 'utf8'));

function problems(text: string) {
  const document = parseInterview(text);
  return validateSchema(document).map((problem) => ({ ...problem, source: text.slice(problem.start, problem.end) }));
}

function standardValidator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addKeyword('enumDescriptions');
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uri', /^https?:\/\/\S+$/i);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  return ajv.compile(schema);
}

describe('the format schema', () => {
  it('compiles under a standard JSON Schema validator (Ajv, strict)', () => {
    assert.strictEqual(typeof standardValidator(), 'function');
  });

  it('describes every property, so hovers always have text', () => {
    const missing: string[] = [];
    const visit = (node: Record<string, unknown>, where: string) => {
      for (const [key, child] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) {
        if (typeof child.description !== 'string' || child.description === '') missing.push(`${where}/${key}`);
        visit(child, `${where}/${key}`);
        if (child.items) visit(child.items as Record<string, unknown>, `${where}/${key}[]`);
      }
      for (const branch of (node.oneOf as Record<string, unknown>[]) ?? []) visit(branch, where);
    };
    visit(schema, '');
    assert.deepStrictEqual(missing, []);
  });

  it('agrees with the standard validator on every example', () => {
    const validate = standardValidator();
    const folder = path.join(root, 'examples', 'interviews');
    const files = fs.readdirSync(folder).filter((file) => file.endsWith('.interview.yaml'));
    assert.ok(files.length >= 8);
    let clean = 0;
    for (const file of files) {
      const document = parseInterview(fs.readFileSync(path.join(folder, file), 'utf8'));
      const ours = validateSchema(document);
      const valid = validate(document.data);
      assert.strictEqual(valid, ours.length === 0, `${file}: Ajv says ${valid}, the core says ${JSON.stringify(ours.map((problem) => problem.message))}`);
      if (valid) clean++;
    }
    assert.ok(clean >= 7, 'most examples are clean');
  });
});

describe('schema diagnostics', () => {
  it('flags an unknown key and suggests the close one, with a fix', () => {
    const [problem] = problems('contact:\n  nmae: Dana\n  role: CTO\n');
    assert.match(problem.message, /Unknown key "nmae" in contact\. Did you mean "name"\?/);
    assert.strictEqual(problem.source, 'nmae');
    assert.strictEqual(problem.fixes?.[0].edits[0].newText, 'name');
  });

  it('flags an unknown stage and suggests the closest', () => {
    const [problem] = problems('contact:\n  name: Dana\nstage: sheduled\n');
    assert.match(problem.message, /"sheduled" is not a stage\. Did you mean "scheduled"\?/);
    assert.strictEqual(problem.source, 'sheduled');
  });

  it('flags a wrong type at the value', () => {
    const [problem] = problems('contact:\n  name: Dana\n  supervisor: sometimes\n');
    assert.match(problem.message, /`contact\.supervisor` should be true or false/);
    assert.strictEqual(problem.source, 'sometimes');
  });

  it('flags impossible dates and explains why', () => {
    const found = problems('contact:\n  name: Dana\nrequested: 2026-02-30\nfollow_up:\n  next: 2026-13-01\n  thanked: 26/11/2026\n');
    assert.deepStrictEqual(found.map((problem) => problem.source).sort(), ['2026-02-30', '2026-13-01', '26/11/2026']);
    assert.ok(found.some((problem) => /February 2026 has 28 days/.test(problem.message)));
    assert.ok(found.some((problem) => /there is no month 13/.test(problem.message)));
    assert.ok(found.some((problem) => /write it as YYYY-MM-DD/.test(problem.message)));
  });

  it('accepts a meeting date with a time and an offset', () => {
    assert.deepStrictEqual(problems('contact:\n  name: Dana\nmeeting:\n  date: 2026-12-03T09:30+01:00\n'), []);
  });

  it('requires the contact name', () => {
    const [problem] = problems('contact:\n  role: Engineer\n');
    assert.match(problem.message, /`contact` needs `name`/);
    assert.strictEqual(problem.source, 'contact');
  });

  it('treats an empty file as missing the contact', () => {
    assert.match(problems('')[0].message, /The file is empty/);
  });

  it('accepts questions as text or as a map with ask', () => {
    assert.deepStrictEqual(problems('contact:\n  name: Dana\nquestions:\n  - What is your typical workday like?\n  - ask: How did you start?\n    answer: Luck.\n    asked: true\n'), []);
    assert.match(problems('contact:\n  name: Dana\nquestions:\n  - answer: orphan\n')[0].message, /needs `ask`/);
  });

  it('finds the schema of a path for hovers and completion', () => {
    assert.match(schemaAt('/contact/connection')?.description ?? '', /How you are connected/);
    assert.deepStrictEqual(schemaAt('/stage')?.enum, ['prospect', 'requested', 'scheduled', 'met', 'followed_up', 'closed']);
    assert.match(schemaAt('/follow_up/referrals/0/file')?.description ?? '', /interview\.yaml/);
    assert.strictEqual(schemaAt('/questions/0/ask', { questions: [{ ask: 'x' }] })?.type, 'string');
  });
});
