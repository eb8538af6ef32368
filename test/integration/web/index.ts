// Entry point of the web integration suite inside VS Code's web-worker extension host: `run()` is
// what VS Code calls for `extensionTestsPath` when the runner starts it with `--web`.
//
// The worker has no Node: no `fs`, no `require` of anything but `vscode`, no `process`. So mocha is
// its browser build, every *.test.ts of this folder is bundled into the one file VS Code loads (see
// test/vscode/build-suite.mjs), and the results go back through two channels the runner reads:
// a `@@integration-results@@ {…}` line on the console and test-results/integration-web.json,
// written with `vscode.workspace.fs` into the extension's folder on the server.
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../helpers';
import type { IntegrationResults } from '../outcomes';
import { collectOutcomes, workbench } from '../outcomes';
import type { ExtensionHostKind } from './host';
import { extensionHostKind } from './host';

/** What the runner reads back: the Node suite's results, with the host kind and no Node version. */
export interface WebIntegrationResults extends Omit<IntegrationResults, 'node'> {
  node: null;
  extensionHost: ExtensionHostKind;
}

/** Options the build bakes into the bundle (the worker cannot read a file beside it synchronously). */
interface SuiteOptions {
  grep?: string;
  holdForScreenshot?: boolean;
}
declare const WEB_SUITE_OPTIONS: string | undefined;

export const RESULTS_MARKER = '@@integration-results@@';
const RESULTS_NAME = 'integration-web.json';

const options: SuiteOptions = typeof WEB_SUITE_OPTIONS === 'string' ? (JSON.parse(WEB_SUITE_OPTIONS) as SuiteOptions) : {};

// Set up before the test modules load: they call `describe` as they are evaluated.
mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
if (options.grep) mocha.grep(options.grep);

/** Runs the bundled tests and rejects if any failed or none ran. */
export async function run(): Promise<void> {
  const started = Date.now();
  const reportLines: string[] = [];

  // Mocha's reporters print through Base.consoleLog; keep a copy of everything they print.
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void; useColors: boolean; symbols: Record<string, string> };
  const originalLog = base.consoleLog;
  base.useColors = false;
  // The browser build marks passes with an emoji; print what the Node suite prints.
  Object.assign(base.symbols, { ok: '✔', err: '✖' });
  base.consoleLog = (...args: unknown[]) => reportLines.push(format(args));

  // Never rejects: a run that throws comes back as a failed test.
  const counts = await collectOutcomes('running the web integration tests', reportLines, (done) => mocha.run(done));
  base.consoleLog = originalLog;
  const { passed, failed } = counts;
  const results: WebIntegrationResults = { ...workbench(), node: null, extensionHost: extensionHostKind(), ...counts, durationMs: Date.now() - started, report: reportLines.join('\n') };

  // The file first: the runner stops everything soon after it reads either channel.
  const resultsFile = resultsUri();
  if (resultsFile) {
    try {
      await writeAtomically(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    } catch (error) {
      console.error(`could not write ${resultsFile.toString()}: ${String(error)}`);
    }
  }
  console.log(`${RESULTS_MARKER} ${JSON.stringify(results)}`);
  // VS Code shuts the extension host down when run() settles, which clears diagnostics and views.
  if (resultsFile && options.holdForScreenshot) await waitForFile(resultsFile.with({ path: `${resultsFile.path}.screenshot-taken` }), 20_000);

  if (failed > 0) throw new Error(`${failed} web integration test(s) failed`);
  if (passed === 0) throw new Error('no web integration test ran');
}

/** `console.log`'s printf-style formatting (%s, %d, %i, %f, %j, %o, %O, %%), which the reporters use. */
export function format(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(String).join(' ');
  let next = 0;
  const text = first.replace(/%[sdifjoO%]/g, (directive) => {
    if (directive === '%%') return '%';
    if (next >= rest.length) return directive;
    const value = rest[next++];
    switch (directive) {
      case '%d':
      case '%i':
        return String(directive === '%i' ? Math.trunc(Number(value)) : Number(value));
      case '%f':
        return String(Number(value));
      case '%j':
      case '%o':
      case '%O':
        return JSON.stringify(value);
      default:
        return String(value);
    }
  });
  return [text, ...rest.slice(next).map(String)].join(' ');
}

/** test-results/integration-web.json in the extension's folder, wherever that folder is served from. */
function resultsUri(): vscode.Uri | undefined {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  return extension ? vscode.Uri.joinPath(extension.extensionUri, 'test-results', RESULTS_NAME) : undefined;
}

async function writeAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const partial = uri.with({ path: `${uri.path}.${Date.now().toString(36)}.tmp` });
  await vscode.workspace.fs.writeFile(partial, new TextEncoder().encode(text));
  await vscode.workspace.fs.rename(partial, uri, { overwrite: true });
}

/** Polls for a file the runner creates; gives up quietly after `timeoutMs`. */
async function waitForFile(uri: vscode.Uri, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await vscode.workspace.fs.stat(uri);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
