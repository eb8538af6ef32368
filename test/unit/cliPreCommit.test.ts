// The pre-commit hook (.pre-commit-hooks.yaml). pre-commit installs a `language: node` hook by
// `npm install` in a clone of this repository, `npm pack` and a global install of the pack, then
// runs its `entry` with the staged files its `files` pattern selects. Checked here: the hook's
// declaration, that a pack holds the command line (and only it), and a run as pre-commit makes it.
import * as assert from 'assert';
import * as childProcess from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { run } from '../../src/cli/main';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  scripts: Record<string, string>;
  contributes: { languages: { extensions?: string[] }[] };
};

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  require_serial?: boolean;
  pass_filenames?: boolean;
}

const hooks = parse(fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

describe('the pre-commit hook', () => {
  const hook = hooks.find((candidate) => candidate.id === 'interview-lint');

  it('runs the interview-lint command of this package, as a Node hook, once for all the staged files', () => {
    assert.ok(hook, 'a hook with the id interview-lint');
    assert.strictEqual(hook.language, 'node');
    assert.ok(manifest.bin[hook.entry], `the entry ${hook.entry} is a command this package installs`);
    assert.notStrictEqual(hook.pass_filenames, false, 'it is given the staged files');
    // One run sees every staged file, so duplicate-contact can compare them.
    assert.strictEqual(hook.require_serial, true);
  });

  it('selects the files the editor treats as interviews, and no others', () => {
    assert.ok(hook);
    // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
    const selects = (name: string) => new RegExp(hook.files).test(name);
    const extensions = manifest.contributes.languages.flatMap((language) => language.extensions ?? []);
    assert.ok(extensions.length >= 2);
    for (const extension of extensions) for (const name of [`ada${extension}`, `notes/people/ada${extension}`]) assert.ok(selects(name), name);
    for (const name of ['notes.yaml', 'ada.interview.yaml.bak', 'interview.yaml', 'ada.interview.json', '.interviewlintrc.yaml']) assert.ok(!selects(name), name);
  });

  it('is installable from a pack of this repository: prepack builds the command line, and the pack holds it and nothing else', function () {
    this.timeout(60_000);
    assert.match(manifest.scripts.prepack ?? '', /\bnode esbuild\.js\b/, 'npm pack builds the bundles first');
    // pre-commit takes all that `npm pack` prints for the pack's file name: the prepack script runs
    // in the background, so its banner is not printed.
    assert.match(fs.readFileSync(path.join(root, '.npmrc'), 'utf8'), /^foreground-scripts=false$/m);
    // --ignore-scripts: list what a pack would hold without building (another run may be using dist/).
    const packed = childProcess.spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
    assert.strictEqual(packed.status, 0, packed.stderr);
    const files = (JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0].files.map((file) => file.path).sort();
    const built = fs.existsSync(path.join(root, 'dist', 'cli.js'));
    if (!built) console.log('      dist/cli.js is not built (run `npm run build`): the pack is checked without it.');
    const expected = ['LICENSE', 'README.md', 'bin/interview-lint.js', ...(built ? ['dist/cli.js'] : []), 'package.json'].sort();
    assert.deepStrictEqual(files, expected);
    // The bin script runs the bundle the pack holds.
    assert.match(fs.readFileSync(path.join(root, 'bin', 'interview-lint.js'), 'utf8'), /'dist', 'cli\.js'/);
  });

  it('lints the staged interview files it is given, and fails the commit on an error', () => {
    assert.ok(hook);
    const repository = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-hook-'));
    const staged: Record<string, string> = {
      'people/ada.interview.yaml': 'contact:\n  name: Ada Lovelace\n  company: Engines\n',
      'people/ada-again.interview.yml': 'contact:\n  name: ada lovelace\n  company: Engines\n',
      'README.md': '# Notes\n',
    };
    for (const [name, content] of Object.entries(staged)) {
      fs.mkdirSync(path.dirname(path.join(repository, name)), { recursive: true });
      fs.writeFileSync(path.join(repository, name), content);
    }
    const lint = (files: string[]) => {
      let stdout = '';
      const code = run(['--format', 'json', ...files], repository, (text) => (stdout += text), () => undefined);
      return { code, files: JSON.parse(stdout) as { filePath: string; messages: { ruleId: string }[] }[] };
    };
    const selected = Object.keys(staged).filter((name) => new RegExp(hook.files).test(name));
    assert.deepStrictEqual(selected, ['people/ada.interview.yaml', 'people/ada-again.interview.yml']);
    const clean = lint(selected);
    assert.strictEqual(clean.code, 0);
    assert.deepStrictEqual(
      clean.files.map((file) => [file.filePath, file.messages.map((message) => message.ruleId)]),
      [
        ['people/ada-again.interview.yml', ['duplicate-contact']],
        ['people/ada.interview.yaml', ['duplicate-contact']],
      ],
    );
    fs.writeFileSync(path.join(repository, 'people/ada.interview.yaml'), 'contact:\n  name: Ada Lovelace\nstage: sheduled\n');
    assert.strictEqual(lint(selected).code, 1, 'a schema error fails the commit');
    fs.rmSync(repository, { recursive: true, force: true });
  });
});
