// interview-lint on several threads: the same report, byte for byte, as on one thread, on a
// repository with its mess (broken links and near misses, duplicate contacts across folders, YAML
// the plain reader hands to yaml), in every format that lists findings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { messyCorpus } from '../../bench/generate';
import { run } from '../../src/cli/main';

function lint(argv: string[], cwd: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, cwd, (text) => (out += text), (text) => (err += text));
  return { code, out, err };
}

describe('interview-lint on several threads', function () {
  this.timeout(120_000);
  let root: string;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-parallel-'));
    for (const file of messyCorpus(420, 11)) {
      const full = path.join(root, 'notes', file.path);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, file.text);
    }
    // A configuration in one folder only: each thread must lint with the configuration of each file's folder.
    const folder = fs.readdirSync(path.join(root, 'notes')).sort()[0];
    fs.writeFileSync(path.join(root, 'notes', folder, '.interviewlintrc.yaml'), 'rules:\n  warm-contact: off\n  about-them: error\n');
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  for (const format of ['json', 'sarif', 'stylish', 'github']) {
    it(`prints the same ${format} report and exits the same on one, two and three threads`, () => {
      const args = ['notes', '--format', format, '--today', '2026-12-01', '--no-color'];
      const one = lint([...args, '--jobs', '1'], root);
      assert.ok(one.out.length > 10_000, 'the report has findings');
      for (const jobs of ['2', '3']) {
        const many = lint([...args, '--jobs', jobs], root);
        assert.equal(many.code, one.code);
        assert.equal(many.err, one.err);
        assert.equal(many.out, one.out);
      }
    });
  }

  it('finds the broken links, near misses and duplicate contacts the corpus holds', () => {
    const report = JSON.parse(lint(['notes', '--format', 'json', '--today', '2026-12-01', '--jobs', '2'], root).out) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
    const messages = report.flatMap((file) => file.messages.map((issue) => `${issue.ruleId} ${issue.message}`));
    assert.ok(messages.some((message) => message.startsWith('broken-link') && message.includes('did you mean')));
    assert.ok(messages.some((message) => message.startsWith('duplicate-contact')));
  });

  it('quiets 3B once a second person at the employer is asked, on one thread and on several', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-3b-'));
    try {
      const write = (name: string, company: string, requested: string) =>
        fs.writeFileSync(path.join(folder, `${name.toLowerCase().replace(' ', '-')}.interview.yaml`), `contact:\n  name: ${name}\n  company: ${company}\n  connection: first\nstage: requested\nrequested: ${requested}\n`);
      write('Dana Reyes', 'Acme Robotics', '2026-11-23');
      const secondContacts = (jobs: string) =>
        (JSON.parse(lint(['.', '--format', 'json', '--today', '2026-11-26', '--jobs', jobs], folder).out) as { filePath: string; messages: { ruleId: string }[] }[])
          .flatMap((file) => file.messages.filter((issue) => issue.ruleId === 'second-contact').map(() => path.basename(file.filePath)));
      assert.deepEqual(secondContacts('1'), ['dana-reyes.interview.yaml']);
      // Lee, at the same employer written otherwise, is asked the day after: nothing left to suggest for Dana.
      write('Lee Wong', 'Acme Robotics, Inc.', '2026-11-24');
      for (const jobs of ['1', '2']) assert.deepEqual(secondContacts(jobs), [], `--jobs ${jobs}`);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses a --jobs that is not a whole number from 1 to 64', () => {
    for (const value of ['0', '-1', 'two', '65', '1.5']) {
      const result = lint(['notes', '--jobs', value], root);
      assert.equal(result.code, 2, value);
      assert.match(result.err, /--jobs takes a whole number from 1 to 64/);
    }
  });
});
