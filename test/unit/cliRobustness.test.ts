// The command line against a hostile file system: missing paths, unreadable files, pipes, link
// loops and a folder of 10,000 files. Exit codes as `interview-lint --help` documents them (0 no
// errors, 1 errors, 2 bad usage or unreadable input), never a stack trace, the same output twice.
import * as assert from 'assert';
import * as childProcess from 'child_process';
import * as fs from 'fs';
import nodeFs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';

const TODAY = '2026-11-26';
const CLEAN = (name: string) => `contact:\n  name: ${name}\n  connection: first\nstage: prospect\n`;
const BROKEN = 'contact:\n  name: [unclosed\n';

function lint(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  const code = run(['--no-color', '--today', TODAY, ...args], cwd, (text) => (stdout += text), (text) => (stderr += text));
  const ms = performance.now() - started;
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace on stderr');
  assert.doesNotMatch(stdout, /\n\s+at .*:\d+:\d+/, 'no stack trace on stdout');
  assert.doesNotMatch(stderr, /unexpected failure/i);
  return { code, stdout, stderr, ms };
}

function temp(files: Record<string, string> = {}): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return folder;
}

/** Whether this process can read a file it has no permission for (root can: CI runs as root). */
function permissionsBind(folder: string): boolean {
  const probe = path.join(folder, 'probe');
  fs.writeFileSync(probe, 'x');
  fs.chmodSync(probe, 0o000);
  try {
    fs.readFileSync(probe);
    return false;
  } catch {
    return true;
  } finally {
    fs.chmodSync(probe, 0o600);
    fs.rmSync(probe);
  }
}

describe('interview-lint against a hostile file system', () => {
  const made: string[] = [];
  const folder = (files?: Record<string, string>) => {
    const created = temp(files);
    made.push(created);
    return created;
  };
  after(function () {
    this.timeout(120_000);
    for (const created of made) {
      // Give back permissions taken away by a test before removing the folder.
      childProcess.spawnSync('chmod', ['-R', 'u+rwx', created]);
      fs.rmSync(created, { recursive: true, force: true });
    }
  });

  it('exits 2 for a missing path, names it, and still lints the paths that exist', () => {
    const cwd = folder({ 'dana.interview.yaml': CLEAN('Dana Reyes') });
    const missing = lint(['nobody.interview.yaml'], cwd);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /No such file or folder: nobody\.interview\.yaml/);
    const mixed = lint(['nobody.interview.yaml', 'dana.interview.yaml', 'gone/'], cwd);
    assert.strictEqual(mixed.code, 2);
    assert.match(mixed.stderr, /nobody\.interview\.yaml/);
    assert.match(mixed.stderr, /gone/);
    assert.match(mixed.stdout, /1 interview file checked: no problems/);
    const glob = lint(['nowhere/**/*.interview.yaml'], cwd);
    assert.strictEqual(glob.code, 2);
    assert.match(glob.stderr, /No such file or folder: nowhere/);
    const empty = lint(['**/*.interview.yml'], cwd);
    assert.strictEqual(empty.code, 2);
    assert.match(empty.stderr, /No interview files match/);
  });

  it('exits 2 for a file it cannot read, and says so without a stack trace', function () {
    const cwd = folder({ 'ok.interview.yaml': CLEAN('Ok Person'), 'locked.interview.yaml': CLEAN('Locked Person'), 'locked-folder/inside.interview.yaml': CLEAN('Inside Person') });
    if (permissionsBind(cwd)) {
      fs.chmodSync(path.join(cwd, 'locked.interview.yaml'), 0o000);
      fs.chmodSync(path.join(cwd, 'locked-folder'), 0o000);
      const { code, stderr, stdout } = lint(['.'], cwd);
      assert.strictEqual(code, 2);
      assert.match(stderr, /cannot read locked\.interview\.yaml: permission denied/);
      assert.match(stderr, /Cannot read locked-folder: permission denied/);
      assert.match(stdout, /ok\.interview\.yaml|1 interview file checked/);
    } else {
      // As root (CI), chmod 000 does not stop a read: the file is linted like any other. Say so, and
      // check the permission-denied path by making the read itself fail as it would for a user.
      console.log('      (running as root: chmod 000 does not block reads here; the EACCES path is simulated)');
      fs.chmodSync(path.join(cwd, 'locked.interview.yaml'), 0o000);
      assert.strictEqual(lint(['.'], cwd).code, 0, 'root reads the locked file');
      const realRead = nodeFs.readFileSync;
      const denied = path.join(cwd, 'locked.interview.yaml');
      nodeFs.readFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
        if (file === denied) throw Object.assign(new Error(`EACCES: permission denied, open '${denied}'`), { code: 'EACCES' });
        return (realRead as (...args: unknown[]) => unknown)(file, ...rest);
      }) as typeof fs.readFileSync;
      try {
        const { code, stderr } = lint(['.'], cwd);
        assert.strictEqual(code, 2);
        assert.match(stderr, /cannot read locked\.interview\.yaml: permission denied/);
      } finally {
        nodeFs.readFileSync = realRead;
      }
    }
    // A folder named like an interview is a folder: walked, not read.
    fs.mkdirSync(path.join(cwd, 'odd.interview.yaml'));
    const odd = lint(['odd.interview.yaml'], cwd);
    assert.strictEqual(odd.code, 0);
    assert.match(odd.stdout, /0 interview files checked/);
  });

  it('refuses a pipe given by name instead of waiting on it, and skips one met in a folder', function () {
    const cwd = folder({ 'ok.interview.yaml': CLEAN('Ok Person') });
    const made = childProcess.spawnSync('mkfifo', [path.join(cwd, 'pipe.interview.yaml'), path.join(cwd, '.interviewlintrc.yaml')]);
    if (made.status !== 0) this.skip();
    const named = lint(['pipe.interview.yaml'], cwd);
    assert.strictEqual(named.code, 2);
    assert.match(named.stderr, /Not a regular file: pipe\.interview\.yaml/);
    const walked = lint(['.'], cwd);
    assert.strictEqual(walked.code, 0);
    assert.match(walked.stdout, /1 interview file checked: no problems/);
  });

  it('survives symbolic link loops, a link to itself and a dangling link, listing each file once', () => {
    const cwd = folder({ 'people/dana.interview.yaml': CLEAN('Dana Reyes'), 'people/deeper/lee.interview.yaml': CLEAN('Lee Wong') });
    fs.symlinkSync('..', path.join(cwd, 'people', 'deeper', 'up'));
    fs.symlinkSync('.', path.join(cwd, 'people', 'here'));
    fs.symlinkSync('self.interview.yaml', path.join(cwd, 'people', 'self.interview.yaml'));
    fs.symlinkSync('nowhere.interview.yaml', path.join(cwd, 'people', 'dangling.interview.yaml'));
    fs.symlinkSync(path.join(cwd, 'people', 'dana.interview.yaml'), path.join(cwd, 'people', 'also-dana.interview.yaml'));
    const walked = lint(['--format', 'json', '.'], cwd);
    const files = (JSON.parse(walked.stdout) as { filePath: string }[]).map((file) => file.filePath);
    assert.ok(files.includes('people/dana.interview.yaml') && files.includes('people/deeper/lee.interview.yaml'), files.join(', '));
    assert.strictEqual(new Set(files).size, files.length, 'no file twice');
    assert.ok(files.length <= 3, `the loops add nothing: ${files.join(', ')}`);
    assert.notStrictEqual(walked.code, 2, 'links met while walking are not errors');
    const self = lint(['people/self.interview.yaml'], cwd);
    assert.strictEqual(self.code, 2);
    assert.match(self.stderr, /self\.interview\.yaml: too many symbolic links/);
    const dangling = lint(['people/dangling.interview.yaml'], cwd);
    assert.strictEqual(dangling.code, 2);
    assert.match(dangling.stderr, /No such file or folder: people\/dangling\.interview\.yaml/);
    const globbed = lint(['--format', 'json', '**/*.interview.yaml'], cwd);
    const globFiles = (JSON.parse(globbed.stdout) as { filePath: string }[]).map((file) => file.filePath);
    assert.strictEqual(new Set(globFiles).size, globFiles.length, 'no file twice through a glob');
  });

  it('shows a file name with control characters escaped', () => {
    const name = 'evil\u001b[2J\u0007.interview.yaml';
    const cwd = folder({ [name]: BROKEN });
    const { code, stdout, stderr } = lint(['.'], cwd);
    assert.strictEqual(code, 1);
    assert.ok(stdout.includes('evil\\u001b[2J\\u0007.interview.yaml'), stdout);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    assert.doesNotMatch(stdout + stderr, /[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('lints a folder of 10,000 files with the documented exit code, in the same order every time', function () {
    this.timeout(180_000);
    const cwd = folder();
    const writing = performance.now();
    for (let group = 0; group < 100; group++) fs.mkdirSync(path.join(cwd, `group-${String(group).padStart(2, '0')}`));
    for (let index = 0; index < 10_000; index++) {
      const content = index % 1000 === 999 ? BROKEN : CLEAN(`Person ${index}`);
      fs.writeFileSync(path.join(cwd, `group-${String(index % 100).padStart(2, '0')}`, `person-${index}.interview.yaml`), content);
    }
    console.log(`      10,000 files written in ${(performance.now() - writing).toFixed(0)} ms`);
    const first = lint(['--format', 'json', '.'], cwd);
    const second = lint(['--format', 'json', '.'], cwd);
    console.log(`      10,000 files: ${first.ms.toFixed(0)} ms, then ${second.ms.toFixed(0)} ms`);
    assert.strictEqual(first.code, 1, 'ten files have broken YAML');
    assert.strictEqual(first.stdout, second.stdout, 'the same report twice');
    const files = JSON.parse(first.stdout) as { filePath: string; errorCount: number }[];
    assert.strictEqual(files.length, 10_000);
    const paths = files.map((file) => file.filePath);
    assert.deepStrictEqual(paths, [...paths].sort(), 'paths in sorted order');
    assert.strictEqual(files.filter((file) => file.errorCount > 0).length, 10);
    fs.rmSync(cwd, { recursive: true, force: true });
  });
});
