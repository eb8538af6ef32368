// What both integration suites (the Node host's, index.ts, and the web worker's, web/index.ts)
// report to the runner: each test's outcome from the mocha run, and the VS Code they ran in.
// No Node API here: the web worker has none.
import * as vscode from 'vscode';

/** What the runner reads back; keep in step with test/vscode/run.mjs. */
export interface IntegrationResults {
  vscodeVersion: string;
  appName: string;
  uiKind: 'desktop' | 'web';
  remoteName: string | null;
  node: string;
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  tests: TestOutcome[];
  report: string;
}

export interface TestOutcome {
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

/**
 * Runs `prepare`, then the mocha run `start` begins, and collects each test's outcome. A run that
 * throws (a test file that fails to load, say) is reported as one failed test named `what` and in
 * `reportLines`, rather than as a silent hang.
 */
export async function collectOutcomes(
  what: string,
  reportLines: string[],
  start: (done: (failures: number) => void) => Mocha.Runner,
  prepare: () => Promise<void> = async () => undefined,
): Promise<Pick<IntegrationResults, 'passed' | 'failed' | 'pending' | 'tests'>> {
  const tests: TestOutcome[] = [];
  let failures: number;
  try {
    await prepare();
    failures = await new Promise<number>((resolve, reject) => {
      try {
        const runner = start(resolve);
        runner.on('pass', (test) => tests.push(outcome(test, 'passed')));
        runner.on('fail', (test, error: Error) => tests.push(outcome(test, 'failed', error)));
        runner.on('pending', (test) => tests.push(outcome(test, 'pending')));
      } catch (error) {
        reject(error);
      }
    });
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    reportLines.push(`${what[0].toUpperCase()}${what.slice(1)} failed:\n${message}`);
    tests.push({ fullTitle: what, state: 'failed', durationMs: 0, error: message });
    failures = 1;
  }
  return {
    passed: tests.filter((test) => test.state === 'passed').length,
    failed: Math.max(failures, tests.filter((test) => test.state === 'failed').length),
    pending: tests.filter((test) => test.state === 'pending').length,
    tests,
  };
}

/** The VS Code the suite ran in. */
export function workbench(): Pick<IntegrationResults, 'vscodeVersion' | 'appName' | 'uiKind' | 'remoteName'> {
  return {
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
    remoteName: vscode.env.remoteName ?? null,
  };
}

function outcome(test: Mocha.Runnable, state: TestOutcome['state'], error?: Error): TestOutcome {
  const result: TestOutcome = { fullTitle: test.fullTitle(), state, durationMs: test.duration ?? 0 };
  if (error) result.error = error.stack ?? error.message;
  return result;
}
