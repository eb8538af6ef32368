// The targets file (a LAMP list of employers) and what the Targets view makes of it with the
// network and the interviews: company names matched after normalising, never by substring; the
// ranking; whom to start with; and the file's problems.
import * as assert from 'node:assert/strict';
import { readContactExport } from '../../src/core/contacts';
import type { Person } from '../../src/core/network';
import { interviewFileMatcher, readNetwork, mergeIntoNetwork } from '../../src/core/network';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { InterviewSummary } from '../../src/core/pipeline';
import { companyKey } from '../../src/core/workspace';
import { checkTargets, contactsToStartWith, newTargetsText, rankTargets, readTargets } from '../../src/core/targets';
import { LineIndex } from '../../src/core/text';
import { parseInterview } from '../../src/core/parse';
import { SCHEMA_KEYWORDS } from '../../src/core/schema';
import Ajv from 'ajv';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';

const fixture = (name: string) => readFileSync(path.join(__dirname, '..', 'fixtures', 'contacts', name), 'utf8');

/** The smallest summary the ranking reads. */
const summary = (name: string, company: string | undefined, stage: InterviewSummary['stage']): InterviewSummary =>
  ({ key: `file:///${name}`, path: `${name}.interview.yaml`, name, company, stage, tags: [], booster: false, secondAsked: false, links: [], due: [], issues: [], readable: true }) as InterviewSummary;

const TARGETS = `# My LAMP list
version: 1
employers:
  - name: Marsh Works
    motivation: 2
    postings: 3
  - name: Quarry Labs, Inc.
    motivation: 3
    postings: 1
  - name: Berg, Lund and Co.
    motivation: 3
    postings: 1
    note: Their field team hires in spring
  - name: Acme
    motivation: 3
    postings: 1
    alumni: true
  - name: Fenland Trust
    motivation: 3
    postings: 1
    advocacy: false
  - name: Nobody Corp
`;

describe('company names', () => {
  it('match after leaving out legal suffixes, case, punctuation and accents, with "&" read as "and"', () => {
    for (const [a, b] of [
      ['Berg, Lund & Co', 'berg lund and co.'],
      ['Marsh Works, Inc.', 'Marsh Works'],
      ['Quarry Labs LLC', 'QUARRY LABS'],
      ['Société Générale S.A.', 'Societe Generale'],
      ['AT&T', 'at and t'],
      ['Johnson & Johnson Pvt. Ltd.', 'Johnson and Johnson'],
      ["McDonald's Corporation", 'McDonalds'],
      ['Berg & Co', 'Berg'],
      ['Bosch GmbH & Co. KG', 'Bosch'],
    ]) {
      assert.equal(companyKey(a), companyKey(b), `${a} ~ ${b}`);
    }
  });

  it('never match by substring, nor lose a name that is only a suffix', () => {
    assert.notEqual(companyKey('Acme'), companyKey('Acme Robotics'));
    assert.notEqual(companyKey('Marsh'), companyKey('Marsh Works'));
    assert.equal(companyKey('Company'), 'company');
    assert.equal(companyKey('Marks and Spencer plc'), 'marks and spencer');
    assert.equal(companyKey(companyKey('Berg, Lund & Co.')), companyKey('Berg, Lund & Co.'), 'the same when normalised twice');
    assert.equal(companyKey('  '), '');
  });
});

describe('the targets file', () => {
  it('reads every named employer with its scores; out-of-range scores read as absent', () => {
    const employers = readTargets(`${TARGETS}  - motivation: 2\n  - name: Odd\n    motivation: 7\n    postings: 0\n`);
    assert.deepEqual(
      employers.map((employer) => [employer.name, employer.motivation, employer.postings, employer.alumni, employer.advocacy]),
      [
        ['Marsh Works', 2, 3, undefined, undefined],
        ['Quarry Labs, Inc.', 3, 1, undefined, undefined],
        ['Berg, Lund and Co.', 3, 1, undefined, undefined],
        ['Acme', 3, 1, true, undefined],
        ['Fenland Trust', 3, 1, undefined, false],
        ['Nobody Corp', undefined, undefined, undefined, undefined],
        ['Odd', undefined, undefined, undefined, undefined],
      ],
    );
  });

  it('has no problem when written as docs/targets.md shows, nor when new', () => {
    assert.deepEqual(checkTargets(TARGETS), []);
    assert.deepEqual(checkTargets(newTargetsText()), []);
    assert.deepEqual(readTargets(newTargetsText()), []);
  });

  it('reports scores out of range, unknown keys, a missing name and an employer listed twice, each on its line', () => {
    const text = `employers:
  - name: Marsh Works
    motivation: 5
    posting: 2
  - motivation: 1
  - name: marsh works inc
`;
    const lines = new LineIndex(text);
    const problems = checkTargets(text).map((problem) => [lines.positionAt(problem.start).line, problem.message]);
    assert.deepEqual(
      problems.map(([line]) => line),
      [2, 3, 4, 5],
    );
    assert.match(String(problems[0][1]), /"5" is not a value for `employers\[0\]\.motivation`\. Use one of: 0, 1, 2, 3/);
    assert.match(String(problems[1][1]), /Unknown key "posting" in employers\[0\]\. Did you mean "postings"\?/);
    assert.match(String(problems[2][1]), /`employers\[1\]` needs `name`: the employer.s name/);
    assert.equal(problems[3][1], '"marsh works inc" is listed already, as "Marsh Works": keep one entry per employer.');
  });

  it('says what an empty file needs, and reports YAML it cannot read', () => {
    assert.match(checkTargets('')[0].message, /The targets file is empty/);
    assert.match(checkTargets('employers:\n  - name: [Marsh\n')[0].message, /./);
    assert.match(checkTargets('employers: 3\n')[0].message, /`employers` should be a list, not the number 3/);
  });
});

describe('ranking the targets', () => {
  const people: Person[] = [
    { name: 'Ines Duarte', company: 'Quarry Labs', title: 'Research Engineer', connected: '2019-01-15' },
    { name: 'Omar Haddad', company: 'Quarry Labs', title: 'Head of Research', connected: '2018-05-01' },
    { name: 'Rui Costa', company: 'QUARRY LABS LLC', title: 'Technician', connected: '2024-02-02' },
    { name: 'Tomas Berg', company: 'Berg, Lund & Co', title: 'Operations Supervisor' },
    { name: 'Ana Silva', company: 'Fenland Trust', title: 'Restoration Ecologist' },
    { name: 'Acme Robotics Person', company: 'Acme Robotics', title: 'Engineer' },
  ];
  const interviews = [summary('Omar Haddad', 'Quarry Labs Inc', 'met'), summary('Kim Lee', 'Quarry Labs', 'requested'), summary('Tomas Berg', 'Berg Lund & Co', 'scheduled'), summary('Dana Reyes', 'Elsewhere', 'prospect')];
  const rows = rankTargets(readTargets(TARGETS), people, interviews);

  it('ranks by motivation, then postings, then advocacy, then the order of the file; unscored last', () => {
    assert.deepEqual(
      rows.map((row) => row.employer.name),
      ['Quarry Labs, Inc.', 'Berg, Lund and Co.', 'Acme', 'Fenland Trust', 'Marsh Works', 'Nobody Corp'],
    );
  });

  it('derives advocacy from the network or alumni, unless set by hand', () => {
    assert.deepEqual(
      rows.map((row) => [row.employer.name, row.advocacy]),
      [
        ['Quarry Labs, Inc.', true],
        ['Berg, Lund and Co.', true],
        ['Acme', true],
        ['Fenland Trust', false],
        ['Marsh Works', false],
        ['Nobody Corp', false],
      ],
    );
  });

  it('finds the people and interviews at each employer by normalised name, never by substring', () => {
    const quarry = rows[0];
    assert.deepEqual(quarry.people.map((person) => person.name), ['Omar Haddad', 'Ines Duarte', 'Rui Costa']);
    assert.deepEqual(quarry.interviews.map((interview) => interview.name), ['Omar Haddad', 'Kim Lee']);
    assert.deepEqual(quarry.stages, { met: 1, requested: 1 });
    const acme = rows.find((row) => row.employer.name === 'Acme')!;
    assert.deepEqual([acme.people, acme.interviews], [[], []]);
    assert.deepEqual(rows.find((row) => row.employer.name === 'Marsh Works')!.stages, {});
  });

  it('starts with a supervisor you know there without a file, then the most recent connection', () => {
    const hasFile = interviewFileMatcher(interviews);
    assert.deepEqual(contactsToStartWith(rows[0], hasFile).map((person) => person.name), ['Rui Costa', 'Ines Duarte']);
    assert.deepEqual(contactsToStartWith(rows[1], hasFile), []);
    const fenland = rows.find((row) => row.employer.name === 'Fenland Trust')!;
    assert.deepEqual(contactsToStartWith(fenland, hasFile).map((person) => person.name), ['Ana Silva']);
  });

  it('works from a network the import wrote', () => {
    const merged = mergeIntoNetwork(undefined, readContactExport(fixture('Connections.csv')));
    assert.ok(typeof merged !== 'string');
    const network = readNetwork(merged.text);
    const [marsh] = rankTargets([{ name: 'Marsh Works', motivation: 3 }], network, []);
    assert.deepEqual(marsh.people.map((person) => person.name), ['Priya Raman']);
    assert.equal(marsh.advocacy, true);
  });
});

describe('the targets schema, as other editors read it', () => {
  const schemaText = readFileSync(path.join(__dirname, '..', '..', 'schemas', 'targets.schema.json'), 'utf8');
  const schema = JSON.parse(schemaText) as Record<string, unknown>;

  it('is valid JSON Schema to Ajv in strict mode, with only the keywords the core reads, a title on every map and no $ref', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    ajv.addKeyword('enumDescriptions');
    ajv.addKeyword('patternErrorMessage');
    const validate = ajv.compile(schema);
    assert.ok(validate(readTargetsData(TARGETS)), JSON.stringify(validate.errors));
    const used = new Set<string>();
    const untitled: string[] = [];
    const visit = (node: Record<string, unknown>, where: string) => {
      Object.keys(node).forEach((keyword) => used.add(keyword));
      if (([] as unknown[]).concat(node.type ?? []).includes('object') && typeof node.title !== 'string') untitled.push(where || '(root)');
      for (const [key, child] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) visit(child, `${where}/${key}`);
      if (node.items) visit(node.items as Record<string, unknown>, `${where}[]`);
    };
    visit(schema, '');
    assert.deepEqual([...used].filter((keyword) => !SCHEMA_KEYWORDS.includes(keyword) || keyword === '$ref'), []);
    assert.deepEqual(untitled, []);
  });

  it('gives yaml-language-server the problems checkTargets finds, on the same lines', async () => {
    const service = getLanguageService({ schemaRequestService: () => Promise.resolve(schemaText), workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() } });
    service.configure({ validate: true, hover: false, completion: false, format: false, schemas: [{ uri: String(schema.$id), fileMatch: ['targets.yaml'] }] });
    const texts = [TARGETS, newTargetsText(), 'employers:\n  - name: Marsh Works\n    motivation: 5\n    posting: 2\n  - motivation: 1\n  - name: Quarry\n    alumni: yes please\n'];
    for (const [index, text] of texts.entries()) {
      const theirs = await service.doValidation(TextDocument.create('file:///workspace/targets.yaml', 'yaml', index, text), false);
      const lines = new LineIndex(text);
      assert.deepEqual(
        theirs.map((problem) => problem.range.start.line).sort(),
        checkTargets(text).map((problem) => lines.positionAt(problem.start).line).sort(),
        text,
      );
    }
  });
});

/** A targets file's data as JSON Schema sees it. */
function readTargetsData(text: string): unknown {
  return parseInterview(text).data;
}
