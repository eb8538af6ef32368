// Runs the integration suite in desktop VS Code downloaded by @vscode/test-electron, for machines
// that can reach VS Code's download site (not these, nor CI here: use run.mjs there).
//
//   node test/vscode/electron.mjs            # VS Code 1.100.3, like the code-server runner
//   VSCODE_TEST_VERSION=stable node test/vscode/electron.mjs
//
// On a Linux machine without a display, run it under `xvfb-run -a`.
import fs from 'node:fs';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './build-suite.mjs';
import { VSCODE_VERSION, copyOfFixturesWorkspace, log, npmRun, repoRoot, runMain } from './code-server.mjs';
import { printResults, readResults, resultsFile } from './results.mjs';

runMain(async () => {
  npmRun('build');
  const suiteIndex = await buildSuite();
  fs.rmSync(resultsFile, { force: true });
  const workspace = copyOfFixturesWorkspace();
  const version = process.env.VSCODE_TEST_VERSION ?? VSCODE_VERSION;
  log(`running the integration suite in desktop VS Code ${version} (@vscode/test-electron)`);
  let exitCode = 0;
  try {
    await runTests({
      version,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suiteIndex,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (error) {
    // runTests rejects when the suite fails (the results file says why) or VS Code can't be had.
    log(`VS Code exited with a failure: ${error.message ?? error}`);
    exitCode = 1;
  }
  const results = readResults();
  if (!results) {
    log(
      'the suite wrote no results: VS Code did not start or could not be downloaded. ' +
        'Where VS Code cannot be downloaded, run `npm run test:integration` (code-server) instead.',
    );
    return 1;
  }
  return Math.max(exitCode, printResults(results));
});
