// Reads and prints what the integration suite wrote (see test/integration/index.ts).
import fs from 'node:fs';
import path from 'node:path';
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

/**
 * The extension's activation time, from the line `Activated in N ms` its output channel writes
 * (`activate()` measures itself): VS Code keeps each extension's log channel as a file under the
 * user-data folder's logs/. The first such line, or undefined.
 */
export function activationFromLogs(userDataDir) {
  const logs = path.join(userDataDir, 'logs');
  if (!fs.existsSync(logs)) return undefined;
  const files = fs.readdirSync(logs, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.log'));
  for (const entry of files) {
    const text = fs.readFileSync(path.join(entry.parentPath ?? entry.path, entry.name), 'utf8');
    const match = /Activated in (\d+(?:\.\d+)?) ms/.exec(text);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** Adds the activation time to a results file as `activationMs`, where the benchmark reads it. */
export function recordActivation(file, activationMs) {
  const results = JSON.parse(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, `${JSON.stringify({ ...results, activationMs }, null, 2)}\n`);
}
