// Entry point of the integration suite inside VS Code's extension host: `run()` is what VS Code
// calls for `extensionTestsPath`, under code-server (test/vscode/run.mjs) and under
// @vscode/test-electron (test/vscode/electron.mjs) alike.
//
// The host's stdout does not reach the runner under code-server, so the results — mocha's report,
// the counts and the VS Code version — go to a file at a path derived from this bundle's location
// (out/test/integration/ → test-results/integration.json), which the runner deletes beforehand.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { IntegrationResults } from './outcomes';
import { collectOutcomes, workbench } from './outcomes';

export type { IntegrationResults } from './outcomes';

/** Optional settings the runner drops next to the bundle, since env vars don't reach the host. */
interface SuiteOptions {
  /** Run only the tests whose full title matches. */
  grep?: string;
  /** Keep the extension host up after writing the results until the runner has its screenshot. */
  holdForScreenshot?: boolean;
  /** `storm`: the *.storm.js bundles (test/vscode/storm.mjs's workspace), with their own results file. */
  suite?: 'storm';
}

const suiteDir = __dirname;
const repoRoot = path.resolve(suiteDir, '..', '..', '..');
/** Where the runner looks for the outcome of a run. */
export const resultsFileOf = (suite?: 'storm') => path.join(repoRoot, 'test-results', suite === 'storm' ? 'integration-storm.json' : 'integration.json');

/** Runs every `*.test.js` (or `*.storm.js`) bundle beside this one and rejects if any test failed or none ran. */
export async function run(): Promise<void> {
  const started = Date.now();
  const reportLines: string[] = [];

  // Mocha's reporters print through Base.consoleLog; keep a copy of everything they print.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void; useColors: boolean };
  const originalLog = base.consoleLog;
  base.useColors = false;
  base.consoleLog = (...args: unknown[]) => {
    const line = format(...args);
    reportLines.push(line);
    originalLog(line);
  };

  const options = readOptions();
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, ...(options.grep ? { grep: options.grep } : {}) });
  const testFiles = fs
    .readdirSync(suiteDir)
    .filter((name) => name.endsWith(options.suite === 'storm' ? '.storm.js' : '.test.js'))
    .sort();
  for (const name of testFiles) mocha.addFile(path.join(suiteDir, name));

  // Never rejects: a run that throws comes back as a failed test.
  const counts = await collectOutcomes('loading the integration tests', reportLines, (done) => mocha.run(done), turnOffAutoSave);
  base.consoleLog = originalLog;
  const { passed, failed } = counts;
  const results: IntegrationResults = { ...workbench(), node: process.version, ...counts, durationMs: Date.now() - started, report: reportLines.join('\n') };
  try {
    writeResults(results, resultsFileOf(options.suite));
  } catch {
    // No file system here (the web-worker host): the runner also reads this marker from the console.
    originalLog(`@@integration-results@@ ${JSON.stringify(results)}`);
  }

  // VS Code shuts the extension host down when run() settles, which clears diagnostics and views.
  // The runner creates this file once it has screenshotted the window in its after-test state.
  if (options.holdForScreenshot) await waitForFile(`${resultsFileOf(options.suite)}.screenshot-taken`, 20_000);

  if (failed > 0) throw new Error(`${failed} integration test(s) failed`);
  if (passed === 0) throw new Error('no integration test ran');
}

/**
 * Turns auto save off for the run, as desktop VS Code has it by default. The tests keep their edits
 * unsaved and undo or revert them, but the web workbench (code-server) saves a dirty file after a
 * second by default: a save that starts just before an Undo writes the undone edit to the fixture
 * while the editor shows the file clean, and a later revert or reopen brings the edit back into
 * another test (sam-patel with a disable comment or a rephrased question in the navigation tests).
 */
async function turnOffAutoSave(): Promise<void> {
  const files = vscode.workspace.getConfiguration('files');
  if (files.get<string>('autoSave') !== 'off') await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
}

/** Polls for a file the runner creates; gives up quietly after `timeoutMs`. */
async function waitForFile(file: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(file) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function readOptions(): SuiteOptions {
  try {
    return JSON.parse(fs.readFileSync(path.join(suiteDir, 'options.json'), 'utf8')) as SuiteOptions;
  } catch {
    return {};
  }
}

/** Writes the results atomically, so the runner never reads half a file. */
function writeResults(results: IntegrationResults, resultsFile: string): void {
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  const partial = `${resultsFile}.${process.pid}.tmp`;
  fs.writeFileSync(partial, `${JSON.stringify(results, null, 2)}\n`);
  fs.renameSync(partial, resultsFile);
}
