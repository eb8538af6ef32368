// Runs the integration suite (test/integration) inside a real VS Code 1.100.3 extension host:
// code-server from the npm registry, cached in .vscode-test/, driven by Debian's Chromium.
//
//   node test/vscode/run.mjs [--web | --storm] [--grep <pattern>] [--no-build] [--headed] [--extension <dir>]
//
// --web runs the extension's `browser` bundle in the web-worker extension host, with the web suite
// (test/integration/web/, bundled into out/test/web/index.js) beside it in that worker; --extension
// loads the extension from another folder (an unpacked build, say) instead of the repository.
// --storm runs the storm suite (test/integration/*.storm.ts) on a repository of 16,000 interviews
// made by test/vscode/storm.mjs instead of the fixtures workspace.
// Prints mocha's report and a closing `N passed, N failed` line; exits non-zero if a test failed,
// no test ran or the harness itself failed. A screenshot of the window goes to test-results/.
// Set VSCODE_TEST_TIMEOUT (seconds, default 300) to change the global timeout.
import fs from 'node:fs';
import path from 'node:path';
import { buildSuite, buildWebSuite, suiteOutDir } from './build-suite.mjs';
import { stormWorkspace } from './storm.mjs';
import { activationFromLogs, printResults, recordActivation, resultsFile as nodeResultsFile } from './results.mjs';
import {
  HarnessError,
  checkPrerequisites,
  copyOfFixturesWorkspace,
  isPrepared,
  launchBrowser,
  log,
  npmRun,
  openPage,
  prepare,
  repoRoot,
  resultsPath,
  runMain,
  startServer,
  workbenchUrl,
} from './code-server.mjs';

const args = process.argv.slice(2);
const web = args.includes('--web');
const storm = !web && args.includes('--storm');
const headed = args.includes('--headed');
const skipBuild = args.includes('--no-build');
const grepIndex = args.indexOf('--grep');
const grep = grepIndex >= 0 ? args[grepIndex + 1] : undefined;
const extensionIndex = args.indexOf('--extension');
const extensionDir = extensionIndex >= 0 ? path.resolve(args[extensionIndex + 1]) : repoRoot;
const timeoutSeconds = Number(process.env.VSCODE_TEST_TIMEOUT ?? 300);

const screenshotFile = resultsPath(web ? 'integration-web.png' : storm ? 'integration-storm.png' : 'integration.png');
// The web suite must sit inside the extension's folder (see webSettings) and writes its results
// there too, through vscode.workspace.fs: into the repository, or into the folder of --extension.
const webSuiteOutDir = path.join(extensionDir, 'out', 'test', 'web');
const resultsFile = web ? path.join(extensionDir, 'test-results', 'integration-web.json') : storm ? resultsPath('integration-storm.json') : nodeResultsFile;
const RESULTS_MARKER = '@@integration-results@@';
const extensionId = (() => {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
  return `${manifest.publisher}.${manifest.name}`.toLowerCase();
})();

/**
 * For --web: the extension has both `main` and `browser`, so VS Code's web workbench runs it on the
 * remote (Node) host first; code-server 1.100's workbench reads the `extensionDevelopmentKind`
 * payload entry but never acts on it. The user setting `remote.extensionKind` does act: ["web"]
 * makes the extension, and with it the suite inside its folder, run in the web-worker host.
 */
const webSettings = { 'remote.extensionKind': { [extensionId]: ['web'] } };

runMain(async () => {
  const started = Date.now();
  checkPrerequisites({ forPrepare: !isPrepared(), forBrowser: true });
  await prepare();

  if (!skipBuild) npmRun('build');
  const suiteIndex = web ? await buildWebSuite({ grep, holdForScreenshot: true }, webSuiteOutDir) : await buildSuite({ grep, holdForScreenshot: true, ...(storm ? { suite: 'storm' } : {}) });
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  const screenshotTaken = `${resultsFile}.screenshot-taken`;
  fs.rmSync(resultsFile, { force: true });
  fs.rmSync(screenshotTaken, { force: true });

  const workspace = storm ? stormWorkspace() : copyOfFixturesWorkspace();
  const server = await startServer({ folder: workspace, settings: web ? webSettings : {} });
  log(`code-server listening on ${server.url}`);
  const browser = await launchBrowser({ headless: !headed });
  const page = await openPage(browser);

  // Extension-host errors and our own marker line (the web-worker host cannot write files).
  let resultsFromConsole;
  const consoleErrors = [];
  page.on('console', (message) => {
    const text = message.text();
    const at = text.indexOf(RESULTS_MARKER);
    if (at >= 0) resultsFromConsole = text.slice(at + RESULTS_MARKER.length).trim();
    else if (message.type() === 'error') consoleErrors.push(text);
  });
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));

  const url = workbenchUrl({
    port: server.port,
    folder: workspace,
    extensionDevelopmentPath: extensionDir,
    extensionTestsPath: suiteIndex,
    web,
  });
  log(`opening the workbench with the extension${web ? ' (web-worker extension host)' : ''} and the suite in ${path.relative(repoRoot, web ? webSuiteOutDir : suiteOutDir)}/`);
  await page.goto(url, { waitUntil: 'domcontentloaded' });

  let results;
  try {
    results = await waitForResults({
      timeoutMs: timeoutSeconds * 1000,
      fromConsole: () => resultsFromConsole,
      serverExited: server.exited,
    });
  } catch (error) {
    await screenshot(page);
    if (consoleErrors.length > 0) {
      process.stderr.write(`\nErrors in the workbench console:\n${consoleErrors.slice(-30).join('\n')}\n`);
    }
    process.stderr.write(`\ncode-server output (last lines):\n${server.output().split('\n').slice(-40).join('\n')}\n`);
    throw error;
  }
  await screenshot(page);
  fs.writeFileSync(screenshotTaken, '');

  log(`screenshot: ${path.relative(repoRoot, screenshotFile)}; total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const code = printResults(results);
  if (!web) {
    // The extension host has flushed its logs long before the suite ends.
    const activationMs = activationFromLogs(server.userDataDir);
    if (activationMs === undefined) log('no activation time in the extension’s log');
    else {
      recordActivation(resultsFile, activationMs);
      log(`activation: ${activationMs} ms (activationMs in ${path.relative(repoRoot, resultsFile)})`);
    }
  }
  if (web && results.extensionHost !== 'web worker') {
    log(`the web suite ran in the ${results.extensionHost ?? 'Node'} extension host, not in the web worker`);
    return 1;
  }
  return code;
});

/** Waits for the suite's results: the marker line a web-worker host logs, or the file the suite writes. */
async function waitForResults({ timeoutMs, fromConsole, serverExited }) {
  const deadline = Date.now() + timeoutMs;
  let serverGone = false;
  serverExited.then(() => {
    serverGone = true;
  });
  for (;;) {
    const logged = fromConsole();
    if (logged) {
      log('results from the extension host’s console line');
      return JSON.parse(logged);
    }
    if (fs.existsSync(resultsFile)) {
      log(`results from ${path.relative(repoRoot, resultsFile)}`);
      return JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    }
    if (serverGone) throw new HarnessError('code-server exited before the integration suite reported its results');
    if (Date.now() > deadline) {
      throw new HarnessError(
        `the integration suite did not report within ${timeoutMs / 1000} s (VSCODE_TEST_TIMEOUT); ` +
          'did the extension host start and load out/test/integration/index.js?',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function screenshot(page) {
  try {
    await page.screenshot({ path: screenshotFile });
  } catch (error) {
    log(`could not take a screenshot: ${error.message}`);
  }
}
