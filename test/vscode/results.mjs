// Reads and prints what the integration suite wrote (see test/integration/index.ts).
import fs from 'node:fs';
import { log, resultsPath } from './code-server.mjs';

export const resultsFile = resultsPath('integration.json');

/** Parses the results file, or returns undefined if the suite has not written it. */
export function readResults() {
  if (!fs.existsSync(resultsFile)) return undefined;
  return JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
}

/**
 * Prints mocha's report, the VS Code version the extension host reported and the closing
 * `N passed, N failed` line, and returns the exit code: non-zero if a test failed or none ran.
 */
export function printResults(results) {
  process.stdout.write(`\n${results.report.trimEnd()}\n\n`);
  const host = results.node ? `extension host on Node ${results.node}` : `${results.extensionHost ?? 'unknown'} extension host, no Node`;
  log(
    `ran inside VS Code ${results.vscodeVersion} (${results.appName}, ${results.uiKind} UI, ` +
      `${results.remoteName ? `remote '${results.remoteName}', ` : ''}${host})`,
  );
  const skipped = results.pending > 0 ? `, ${results.pending} skipped` : '';
  process.stdout.write(`${results.passed} passed, ${results.failed} failed${skipped}\n`);
  if (results.failed > 0) return 1;
  if (results.passed === 0) {
    log('no integration test ran');
    return 1;
  }
  return 0;
}
