// The GitHub Action (action.yml, entry action/run.mjs) run as the runner runs its lint step: the
// inputs in INPUT_* variables, the outputs in the file GITHUB_OUTPUT names. interview-lint is the
// command-line bundle as esbuild.js builds it, built here into a temporary folder, so what is checked
// is what the action runs (the rules' help built into it included), not a stale dist/.
import * as assert from 'assert';
import * as childProcess from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BuildOptions } from 'esbuild';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { run } from '../../src/cli/main';
import { objections, validateSarif } from './sarifValidator.support';

const root = path.join(__dirname, '..', '..');
const entry = path.join(root, 'action', 'run.mjs');
const TODAY = '2026-11-26';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { builds } = require(path.join(root, 'esbuild.js')) as { builds: BuildOptions[] };

interface SarifLog {
  runs: { invocations: { exitCode: number }[]; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
}

describe('the GitHub Action', function () {
  this.timeout(120_000);
  let work: string;
  let bin: string;

  before(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-action-'));
    const cli = builds.find((options) => options.outfile === 'dist/cli.js');
    assert.ok(cli, 'esbuild.js builds the command line');
    await build({ ...cli, outfile: path.join(work, 'cli.js'), absWorkingDir: root, logLevel: 'silent' });
    bin = path.join(work, 'interview-lint.js');
    fs.writeFileSync(bin, "require('./cli.js').main();\n");
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  /** Runs the action's entry with these inputs in `cwd` (the workspace); its exit code, output, step outputs and SARIF. */
  function action(inputs: Record<string, string>, cwd = root) {
    const outputs = path.join(work, `outputs-${Math.random().toString(36).slice(2)}`);
    fs.writeFileSync(outputs, '');
    const env: Record<string, string | undefined> = { ...process.env, GITHUB_OUTPUT: outputs, INTERVIEW_LINT_BIN: bin };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = value;
    const ran = childProcess.spawnSync(process.execPath, [entry], { cwd, env, encoding: 'utf8' });
    const stepOutputs = Object.fromEntries(
      fs
        .readFileSync(outputs, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    const sarifFile = stepOutputs['sarif-file'];
    const sarif = sarifFile && fs.existsSync(sarifFile) ? fs.readFileSync(sarifFile, 'utf8') : undefined;
    return { code: ran.status, stdout: ran.stdout, stderr: ran.stderr, outputs: stepOutputs, sarif, log: sarif === undefined ? undefined : (JSON.parse(sarif) as SarifLog) };
  }

  /** What interview-lint itself reports (from the sources), as `path:line:column rule` strings. */
  function expected(args: string[], cwd = root): string[] {
    let text = '';
    run(['--format', 'json', ...args], cwd, (chunk) => (text += chunk), () => undefined);
    return (JSON.parse(text) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[]).flatMap((file) => file.messages.map((message) => `${file.filePath}:${message.line}:${message.column} ${message.ruleId}`));
  }

  function found(log: SarifLog): string[] {
    return log.runs[0].results.map((result) => {
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      return `${decodeURIComponent(artifactLocation.uri)}:${region.startLine}:${region.startColumn} ${result.ruleId}`;
    });
  }

  it('lints the examples into SARIF that the validator passes, and fails the step with exit code 1 for their error', () => {
    const sarifFile = path.join(work, 'examples.sarif');
    const { code, outputs, log, sarif, stdout } = action({ paths: 'examples', today: TODAY, 'sarif-file': sarifFile });
    assert.strictEqual(code, 1, stdout);
    assert.ok(log && sarif);
    assert.strictEqual(outputs['sarif-file'], sarifFile);
    assert.deepStrictEqual(found(log), expected(['--today', TODAY, 'examples']));
    assert.strictEqual(log.runs[0].invocations[0].exitCode, 1);
    const errors = log.runs[0].results.filter((result) => result.level === 'error').length;
    assert.ok(errors > 0);
    assert.deepStrictEqual([outputs['exit-code'], outputs.errors], ['1', String(errors)]);
    assert.strictEqual(Number(outputs.warnings) + Number(outputs.notes) + errors, log.runs[0].results.length);
    assert.match(stdout, new RegExp(`interview-lint: ${errors} error\\(s\\)`));
    assert.deepStrictEqual(objections(validateSarif(sarif)), []);
  });

  it('passes min-severity on: only errors, still exit 1', () => {
    const { code, log } = action({ paths: 'examples/interviews', 'min-severity': 'error', today: TODAY, 'sarif-file': path.join(work, 'errors.sarif') });
    assert.strictEqual(code, 1);
    assert.ok(log && log.runs[0].results.length > 0);
    assert.deepStrictEqual([...new Set(log.runs[0].results.map((result) => result.level))], ['error']);
    assert.deepStrictEqual(found(log), expected(['--today', TODAY, '--min-severity', 'error', 'examples/interviews']));
  });

  it('passes max-warnings on: warnings alone pass the step, more than the limit fail it', () => {
    const workspace = fs.mkdtempSync(path.join(work, 'workspace-'));
    fs.mkdirSync(path.join(workspace, 'notes'));
    fs.writeFileSync(path.join(workspace, 'notes', 'ada.interview.yaml'), 'contact:\n  name: Ada\nstage: met\nmeeting:\n  date: 2026-11-01\n');
    const relaxed = action({ paths: 'notes', today: TODAY }, workspace);
    assert.strictEqual(relaxed.code, 0, relaxed.stdout + relaxed.stderr);
    assert.strictEqual(relaxed.outputs['sarif-file'], path.join(fs.realpathSync(workspace), 'interview-lint.sarif'));
    assert.ok(Number(relaxed.outputs.warnings) >= 2, JSON.stringify(relaxed.outputs));
    assert.strictEqual(relaxed.outputs.errors, '0');
    const strict = action({ paths: 'notes', today: TODAY, 'max-warnings': '1' }, workspace);
    assert.strictEqual(strict.code, 1);
    assert.match(strict.stderr, /more than --max-warnings 1/);
    assert.strictEqual(strict.log?.runs[0].invocations[0].exitCode, 1);
    assert.strictEqual(action({ paths: 'notes', today: TODAY, 'max-warnings': relaxed.outputs.warnings }, workspace).code, 0);
  });

  it('takes several paths separated by spaces and new lines, and prints annotations when asked', () => {
    const { code, log, stdout } = action({ paths: 'examples/interviews/grace-kim.interview.yaml\n examples/interviews/jordan-lee.interview.yaml  examples/interviews/sam-patel.interview.yaml', today: TODAY, annotations: 'true', 'sarif-file': path.join(work, 'several.sarif') });
    assert.ok(log && log.runs[0].results.length > 0);
    assert.deepStrictEqual(found(log), expected(['--today', TODAY, 'examples/interviews/grace-kim.interview.yaml', 'examples/interviews/jordan-lee.interview.yaml', 'examples/interviews/sam-patel.interview.yaml']));
    const annotations = stdout.split('\n').filter((line) => /^::(?:error|warning|notice) file=/.test(line));
    assert.strictEqual(annotations.length, log.runs[0].results.length);
    assert.strictEqual(code, log.runs[0].results.some((result) => result.level === 'error') ? 1 : 0);
  });

  it('fails with exit code 2, says why and writes no SARIF for a bad input', () => {
    const sarifFile = path.join(work, 'bad.sarif');
    const { code, stderr, stdout, outputs } = action({ paths: 'examples', 'min-severity': 'loud', 'sarif-file': sarifFile });
    assert.strictEqual(code, 2);
    assert.match(stderr, /--min-severity takes hint, information, warning or error, not "loud"/);
    assert.match(stdout, /^::error::interview-lint wrote no SARIF log/m);
    assert.strictEqual(outputs['exit-code'], '2');
    assert.ok(!fs.existsSync(sarifFile));
  });

  it('is declared in action.yml with the inputs the entry reads and the outputs it writes', () => {
    const manifest = parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, { value: string }>;
      runs: { using: string; steps: { id?: string; run: string; env?: Record<string, string> }[] };
    };
    assert.strictEqual(manifest.runs.using, 'composite');
    for (const name of ['paths', 'min-severity', 'max-warnings']) assert.ok(manifest.inputs[name], `input ${name}`);
    const lint = manifest.runs.steps.find((step) => step.run.includes('action/run.mjs'));
    assert.ok(lint?.id, 'the step that runs the entry has an id for the outputs');
    const source = fs.readFileSync(entry, 'utf8');
    for (const name of Object.keys(manifest.inputs)) {
      const variable = `INPUT_${name.toUpperCase().replace(/-/g, '_')}`;
      assert.strictEqual(lint.env?.[variable], `\${{ inputs.${name} }}`, `${name} reaches the entry as ${variable}`);
      assert.ok(source.includes(`input('${variable.slice('INPUT_'.length)}'`), `the entry reads ${variable}`);
    }
    for (const [name, output] of Object.entries(manifest.outputs)) {
      assert.strictEqual(output.value, `\${{ steps.${lint.id}.outputs.${name} }}`);
      assert.match(source, new RegExp(`'${name}'|\\b${name}:`), `the entry writes ${name}`);
    }
    assert.ok(!/\$\{\{\s*inputs\./.test(manifest.runs.steps.map((step) => step.run).join('\n')), 'no input is pasted into a shell command');
  });
});
