// The workspace checks answer from lookups built once (PathLookups) instead of scanning every path
// for each broken link. These tests hold the lookups to what a scan of every path answers: the same
// diagnostics, in the same order, on every committed interview file and on generated workspaces
// full of broken links, near-miss names, names repeated across folders and odd characters.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Random } from '../../bench/generate';
import { defaultConfig } from '../../src/core/config';
import { lintDocument } from '../../src/core/lint';
import { readInterview } from '../../src/core/model';
import { parseInterview } from '../../src/core/parse';
import type { WorkspaceView } from '../../src/core/rules/rule';
import type { ContactSummary } from '../../src/core/workspace';
import { basename, companyKey, contactKey, createWorkspaceView, dirname, PathLookups, RequestLookup } from '../../src/core/workspace';

const root = path.join(__dirname, '..', '..');
const TODAY = '2026-11-26';

/** The view as the linter had it before the lookups: every answer a scan of every path, in order. */
function scanningView(files: readonly string[], contacts: readonly ContactSummary[]): WorkspaceView {
  return {
    exists: (file) => files.includes(file),
    filesWithContact: (name, company) => contacts.filter((contact) => contact.name && contactKey(contact.name, contact.company) === contactKey(name, company)).map((contact) => contact.path),
    named: (base) => files.filter((file) => basename(file) === base),
    neighbours: (folder) => files.filter((file) => dirname(file) === folder),
  };
}

/** Every diagnostic of every file, linted with a view, as comparable text. */
function diagnostics(texts: ReadonlyMap<string, string>, view: (files: readonly string[], contacts: readonly ContactSummary[]) => WorkspaceView): string[] {
  const files = [...texts.keys()];
  const documents = new Map([...texts].map(([file, text]) => [file, parseInterview(text)]));
  const contacts = [...documents].map(([file, document]) => {
    const interview = readInterview(document);
    return { path: file, name: interview.name, company: interview.company };
  });
  const workspace = view(files, contacts);
  const config = defaultConfig();
  return [...documents].flatMap(([file, document]) =>
    lintDocument(document, { today: TODAY, config, path: file, workspace, fixes: true }).map((issue) => `${file} ${issue.ruleId} ${JSON.stringify(issue.range)} ${issue.message} ${JSON.stringify(issue.fixes?.map((fix) => fix.title) ?? [])}`),
  );
}

function committedInterviews(): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.interview\.ya?ml$/.test(name)) found.set(path.relative(root, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(path.join(root, 'examples'));
  walk(path.join(root, 'test', 'fixtures'));
  return found;
}

const FIRST = ['Dana', 'Lee', 'Sam', 'Priya', 'Jordan', 'Zoë', 'İlker', 'Ana María', 'Li', 'Olu', 'Mx Kay', 'Robin-Lee'];
const LAST = ['Reyes', 'Wong', 'Patel', 'Natarajan', 'Lee', 'Ng', 'Øster', 'de la Cruz', 'O’Neill', 'Smith', 'Smyth', 'Kim'];

/** A workspace shaped like a messy repository: folders, links to files that do not exist, near misses, duplicates. */
function messyWorkspace(seed: number, size: number): Map<string, string> {
  const random = new Random(seed);
  const next = (): number => random.next();
  const pick = <T>(items: readonly T[]): T => random.pick(items);
  const folders = ['', 'alumni', 'alumni/2025', 'target-companies', 'Target Companies', 'archive'];
  const slug = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  const files: string[] = [];
  for (let index = 0; index < size; index++) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const folder = pick(folders);
    files.push(`${folder ? `${folder}/` : ''}${slug(name)}${next() < 0.1 ? `-${index}` : ''}${next() < 0.2 ? '.interview.yml' : '.interview.yaml'}`);
  }
  const unique = [...new Set(files)];
  const misspell = (file: string): string => {
    const base = basename(file);
    const at = Math.floor(next() * Math.max(1, base.length - 15));
    const changed = next() < 0.5 ? base.slice(0, at) + base.slice(at + 1) : base.slice(0, at) + pick(['a', 'e', '-', 'ø', 'I']) + base.slice(at);
    return changed;
  };
  const texts = new Map<string, string>();
  for (const file of unique) {
    const folder = dirname(file);
    const links: string[] = [];
    for (let count = Math.floor(next() * 4); count > 0; count--) {
      const other = pick(unique);
      const roll = next();
      const relative = dirname(other) === folder ? basename(other) : `${folder ? '../'.repeat(folder.split('/').length) : ''}${other}`;
      if (roll < 0.4) links.push(relative);
      else if (roll < 0.7) links.push(relative.replace(basename(other), misspell(other)));
      else if (roll < 0.85) links.push(`${pick(['missing', 'ghost', 'nobody'])}-${Math.floor(next() * 50)}.interview.yaml`);
      else links.push(`../elsewhere/${basename(other)}`);
    }
    const [referredBy, ...referrals] = links;
    const name = basename(file).replace(/\.interview\.ya?ml$/, '').replace(/-/g, ' ');
    texts.set(
      file,
      [
        'version: 1',
        'contact:',
        `  name: ${JSON.stringify(next() < 0.1 ? name.toUpperCase() : name)}`,
        `  company: ${pick(['Acme', 'acme', 'Fernway Foods', 'Orbit Analytics'])}`,
        ...(referredBy ? [`  referred_by: ${JSON.stringify(referredBy)}`] : []),
        'stage: met',
        'meeting:',
        '  date: 2026-11-01',
        'follow_up:',
        '  thanked: 2026-11-02',
        ...(referrals.length > 0 ? ['  referrals:', ...referrals.map((link, index) => `    - name: Person ${index}\n      file: ${JSON.stringify(link)}`)] : []),
        '',
      ].join('\n'),
    );
  }
  return texts;
}

describe('workspace lookups', () => {
  it('answer named and neighbours as a scan of every path does, in the same order', () => {
    const texts = messyWorkspace(7, 400);
    const files = [...texts.keys()];
    const lookups = new PathLookups(files);
    const scan = scanningView(files, []);
    for (const file of files) {
      assert.deepEqual(lookups.named(basename(file)), scan.named!(basename(file)));
      const neighbours = lookups.neighbours(dirname(file), basename(file));
      const all = scan.neighbours!(dirname(file), basename(file));
      assert.deepEqual(neighbours, all.filter((other) => neighbours.includes(other)), 'in the order of the paths');
    }
    assert.deepEqual(lookups.neighbours('no such folder', 'x.interview.yaml'), []);
  });

  it('give the same diagnostics, in the same order, as a scan of every path on every committed interview', () => {
    const texts = committedInterviews();
    assert.ok(texts.size > 50, `${texts.size} files`);
    assert.deepEqual(diagnostics(texts, createWorkspaceView), diagnostics(texts, scanningView));
  });

  for (const seed of [1, 2, 3, 4]) {
    it(`give the same diagnostics as a scan on a generated messy workspace (seed ${seed})`, () => {
      const texts = messyWorkspace(seed, 300);
      const expected = diagnostics(texts, scanningView);
      assert.ok(expected.some((line) => / broken-link .*did you mean/.test(line)), 'the workspace has near misses to suggest');
      assert.deepEqual(diagnostics(texts, createWorkspaceView), expected);
    });
  }
});

describe('requests by employer (3B)', () => {
  it('answers "asked since" as a scan of every request would, as requests come, move and go', () => {
    const lookup = new RequestLookup();
    const all = new Map<string, [string, string]>();
    const scan = (company: string, requested: string, path: string) =>
      [...all].some(([other, [at, date]]) => other !== path && companyKey(at) === companyKey(company) && date >= requested);
    const companies = ['Acme Robotics', 'Acme Robotics, Inc.', 'Fenland Trust', 'acme robotics llc'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let step = 0; step < 3000; step++) {
      const path = `f${next(40)}.interview.yaml`;
      const previous = all.get(path);
      if (previous && next(3) === 0) {
        lookup.remove(path, previous[0]);
        all.delete(path);
      } else {
        const entry: [string, string] = [companies[next(companies.length)], `2026-11-${String(1 + next(28)).padStart(2, '0')}`];
        // A move at the same employer goes through add alone; one to another employer removes first.
        if (previous && companyKey(previous[0]) !== companyKey(entry[0])) lookup.remove(path, previous[0]);
        lookup.add(path, ...entry);
        all.set(path, entry);
      }
      const company = companies[next(companies.length)];
      const date = `2026-11-${String(1 + next(28)).padStart(2, '0')}`;
      const asker = `f${next(40)}.interview.yaml`;
      assert.equal(lookup.askedSince(company, date, asker), scan(company, date, asker), `step ${step}`);
    }
  });
});
