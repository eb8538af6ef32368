// A real VS Code for tests on machines that cannot download desktop VS Code: code-server from the
// npm registry (VS Code's server and web workbench), prepared once into a git-ignored cache,
// started on loopback and driven by Debian's Chromium through playwright-core.
//
// Everything this module starts is registered with `track` and stopped by `stopAll`, which the
// entry scripts call on success, on failure and on SIGINT/SIGTERM.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
/** The VS Code release inside that code-server build. */
export const VSCODE_VERSION = '1.100.3';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = path.join(repoRoot, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const packageDir = path.join(cacheDir, 'node_modules', 'code-server');
export const resultsDir = path.join(repoRoot, 'test-results');
export const chromiumPath = '/usr/bin/chromium';

const markerFile = path.join(cacheDir, '.prepared.json');
const lockDir = `${cacheDir}.lock`;

/** Native modules of lib/vscode that must be compiled for this Node (ripgrep is handled apart). */
const VSCODE_NATIVE_MODULES = [
  'kerberos',
  'node-pty',
  '@vscode/spdlog',
  '@parcel/watcher',
  'native-watchdog',
  '@vscode/sqlite3',
  '@vscode/deviceid',
];

/** Prints a line prefixed with the harness name, so it stands out among VS Code's own output. */
export function log(message) {
  process.stdout.write(`[vscode-test] ${message}\n`);
}

/** An error whose message is the whole story for the user; entry scripts print it without a stack. */
export class HarnessError extends Error {}

// ---------------------------------------------------------------------------------------------
// Prerequisites

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Checks what the next step needs, and throws one error naming every missing piece and the
 * command that installs it. `forPrepare` adds what building code-server's native modules needs.
 */
export function checkPrerequisites({ forPrepare, forBrowser = true }) {
  const missing = [];
  const need = (what, debianPackages) => missing.push({ what, debianPackages });
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (forPrepare && nodeMajor !== 20) {
    need(`Node.js 20 (code-server ${CODE_SERVER_VERSION} builds its native modules for Node 20; this is ${process.version})`, []);
  }
  if (forBrowser && !fs.existsSync(chromiumPath)) need(`Chromium at ${chromiumPath}`, ['chromium']);
  if (forPrepare) {
    if (!commandExists('pkg-config')) need('pkg-config', ['pkg-config']);
    const krb5 =
      spawnSync('pkg-config', ['--exists', 'krb5-gssapi'], { stdio: 'ignore' }).status === 0 ||
      fs.existsSync('/usr/include/gssapi/gssapi.h');
    if (!krb5) need('the Kerberos headers that the kerberos module builds against', ['libkrb5-dev']);
    if (!fs.existsSync('/usr/bin/rg')) need('ripgrep at /usr/bin/rg', ['ripgrep']);
    for (const tool of ['make', 'g++']) if (!commandExists(tool)) need(`${tool}, for node-gyp`, ['build-essential']);
    if (!commandExists('python3')) need('python3, for node-gyp', ['python3']);
  }
  if (missing.length === 0) return;
  const packages = [...new Set(missing.flatMap((item) => item.debianPackages))];
  throw new HarnessError(
    [
      'Cannot run the VS Code tests; missing prerequisites:',
      ...missing.map((item) => `  - ${item.what}${item.debianPackages.length ? ` (Debian package ${item.debianPackages.join(', ')})` : ''}`),
      ...(packages.length ? [`Install with:  apt-get update && apt-get install -y ${packages.join(' ')}`] : []),
    ].join('\n'),
  );
}

// ---------------------------------------------------------------------------------------------
// Preparing the cache

function preparedStamp() {
  return { codeServer: CODE_SERVER_VERSION, nodeAbi: process.versions.modules, platform: `${process.platform}-${process.arch}` };
}

/** True when the cache holds a complete build for this code-server version and this Node ABI. */
export function isPrepared() {
  try {
    const stamp = JSON.parse(fs.readFileSync(markerFile, 'utf8'));
    const want = preparedStamp();
    return Object.keys(want).every((key) => stamp[key] === want[key]) && fs.existsSync(serverEntry());
  } catch {
    return false;
  }
}

export function serverEntry() {
  return path.join(packageDir, 'out', 'node', 'entry.js');
}

function npmEnv() {
  const env = {
    ...process.env,
    // As root, npm refuses to run install scripts with full permissions without this.
    npm_config_unsafe_perm: 'true',
    // node-pty's build calls `npx node-gyp`, which must not stop to ask.
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: process.env.npm_config_loglevel || 'warn',
  };
  // Build against the headers that came with Node rather than downloading them.
  if (!env.npm_config_nodedir && fs.existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  // Don't inherit the outer npm run's idea of the project (prefix, package.json).
  for (const key of Object.keys(env)) {
    if (/^npm_(package_|lifecycle_|config_prefix$|config_local_prefix$)/i.test(key)) delete env[key];
  }
  return env;
}

/** Runs a command; resolves to how long it took, rejects naming the command when it fails. */
function run(command, args, cwd, quiet) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: npmEnv(), stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(Date.now() - started);
      if (quiet) process.stderr.write(Buffer.concat(output).toString());
      reject(new HarnessError(`Preparing code-server failed: \`${command} ${args.join(' ')}\` in ${path.relative(repoRoot, cwd) || '.'} exited with ${code ?? signal}`));
    });
  });
}

/**
 * Runs the steps of a long job one after another, saying which is running as it starts
 * (`[2/5] installing …`) and, while one takes long, how long it has been running every
 * `heartbeatMs`, so a first run never sits silent for a minute. Resolves to the total time.
 */
export async function runSteps(steps, { heartbeatMs = 10_000, say = log } = {}) {
  const started = Date.now();
  for (const [index, step] of steps.entries()) {
    const stepStarted = Date.now();
    say(`  [${index + 1}/${steps.length}] ${step.label} ...`);
    const heartbeat = setInterval(() => say(`        still ${step.label} (${Math.round((Date.now() - stepStarted) / 1000)} s)`), heartbeatMs);
    try {
      await step.run();
    } finally {
      clearInterval(heartbeat);
    }
    say(`        done in ${((Date.now() - stepStarted) / 1000).toFixed(1)} s`);
  }
  return Date.now() - started;
}

function acquireLock() {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let holder = NaN;
      try {
        holder = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
      } catch {
        // The holder is between mkdir and writing its pid; wait for it.
      }
      if (Number.isInteger(holder) && !processAlive(holder)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new HarnessError(`Timed out waiting for ${lockDir} (another prepare running?)`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Installs code-server into the cache unless a complete build is already there. Follows
 * code-server's own postinstall, except that ripgrep comes from Debian instead of a download and
 * native modules are rebuilt one by one with `npm rebuild`. Says what it is doing step by step,
 * with a line every few seconds while a step runs; npm's own output is shown only when a step
 * fails, unless VSCODE_TEST_VERBOSE is set.
 */
export async function prepare({ quiet = !process.env.VSCODE_TEST_VERBOSE } = {}) {
  if (isPrepared()) return { cached: true, ms: 0 };
  checkPrerequisites({ forPrepare: true, forBrowser: false });
  const release = acquireLock();
  try {
    if (isPrepared()) return { cached: true, ms: 0 };
    log(`Preparing VS Code ${VSCODE_VERSION} (code-server ${CODE_SERVER_VERSION}) for its first run, in ${path.relative(repoRoot, cacheDir)}/: about a minute, once per machine.`);
    fs.rmSync(cacheDir, { recursive: true, force: true });
    fs.mkdirSync(cacheDir, { recursive: true });
    // Without its own package.json, npm would walk up and install into the repository's.
    fs.writeFileSync(
      path.join(cacheDir, 'package.json'),
      `${JSON.stringify({ name: 'vscode-test-code-server', private: true, description: 'Cache for test/vscode; safe to delete.' }, null, 2)}\n`,
    );
    const vscodeDir = path.join(packageDir, 'lib', 'vscode');
    const extensionsDir = path.join(vscodeDir, 'extensions');
    const ms = await runSteps([
      {
        label: `downloading code-server ${CODE_SERVER_VERSION} from npm`,
        run: async () => {
          await run('npm', ['install', '--no-save', '--ignore-scripts', '--omit=dev', `code-server@${CODE_SERVER_VERSION}`], cacheDir, quiet);
          await run('npm', ['rebuild', 'argon2'], cacheDir, quiet);
        },
      },
      { label: "installing VS Code's dependencies", run: () => run('npm', ['install', '--ignore-scripts', '--omit=dev'], vscodeDir, quiet) },
      {
        label: "building VS Code's native modules",
        run: async () => {
          const rgDir = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
          fs.mkdirSync(rgDir, { recursive: true });
          fs.copyFileSync('/usr/bin/rg', path.join(rgDir, 'rg'));
          fs.chmodSync(path.join(rgDir, 'rg'), 0o755);
          const natives = VSCODE_NATIVE_MODULES.filter((name) => fs.existsSync(path.join(vscodeDir, 'node_modules', name)));
          await run('npm', ['rebuild', ...natives], vscodeDir, quiet);
          // The symlink steps of code-server's postinstall.sh.
          symlink('node_modules', path.join(vscodeDir, 'node_modules.asar'));
          symlink('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
          symlink('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
        },
      },
      {
        label: "installing the built-in extensions' dependencies",
        run: async () => {
          await run('npm', ['install', '--ignore-scripts', '--omit=dev'], extensionsDir, quiet);
          // Its postinstall only trims the bundled TypeScript; harmless and saves space.
          await run(process.execPath, ['postinstall.mjs'], extensionsDir, true);
        },
      },
      { label: 'checking that the native modules load', run: async () => verifyNativeModules(vscodeDir) },
    ]);
    fs.writeFileSync(markerFile, `${JSON.stringify({ ...preparedStamp(), preparedAt: new Date().toISOString() }, null, 2)}\n`);
    log(`VS Code is ready (${(ms / 1000).toFixed(1)} s); later runs start at once.`);
    return { cached: false, ms };
  } finally {
    release();
  }
}

function symlink(target, at) {
  fs.rmSync(at, { recursive: true, force: true });
  fs.symlinkSync(target, at);
}

/** Loads each native module once, so a broken build fails here rather than as a blank workbench. */
function verifyNativeModules(vscodeDir) {
  const probe = [
    'kerberos',
    'node-pty',
    '@vscode/spdlog',
    '@parcel/watcher',
    'native-watchdog',
    '@vscode/deviceid',
  ]
    .filter((name) => fs.existsSync(path.join(vscodeDir, 'node_modules', name)))
    .map((name) => `require(${JSON.stringify(name)});`)
    .join('');
  const result = spawnSync(process.execPath, ['-e', probe], { cwd: vscodeDir, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new HarnessError(`code-server's native modules do not load:\n${result.stderr}`);
  }
  const argon = spawnSync(process.execPath, ['-e', 'require("argon2")'], { cwd: cacheDir, encoding: 'utf8' });
  if (argon.status !== 0) throw new HarnessError(`argon2 does not load:\n${argon.stderr}`);
}

// ---------------------------------------------------------------------------------------------
// Processes we own

const owned = new Set();

/** Registers something to stop later; `stop` must be idempotent and may be async. */
export function track(name, stop) {
  const entry = { name, stop };
  owned.add(entry);
  return () => owned.delete(entry);
}

/** Stops everything registered, newest first, each at most once. */
export async function stopAll() {
  const entries = [...owned].reverse();
  owned.clear();
  for (const entry of entries) {
    try {
      await entry.stop();
    } catch (error) {
      process.stderr.write(`[vscode-test] could not stop ${entry.name}: ${error.message}\n`);
    }
  }
}

/**
 * Runs `main` with cleanup guaranteed: on return, on a thrown error and on SIGINT/SIGTERM/SIGHUP.
 * `main` resolves to the exit code.
 */
export function runMain(main) {
  let stopping = false;
  const onSignal = async (signal) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping what was started ...`);
    await stopAll();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);
  // Last resort if something calls process.exit directly: kill server process groups synchronously.
  process.on('exit', () => {
    for (const pgid of liveProcessGroups) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
  main()
    .catch((error) => {
      if (error instanceof HarnessError) process.stderr.write(`\n[vscode-test] ${error.message}\n`);
      else process.stderr.write(`\n[vscode-test] harness failed: ${error?.stack ?? error}\n`);
      return 1;
    })
    .then(async (code) => {
      if (stopping) return;
      stopping = true;
      await stopAll();
      process.exit(code);
    });
}

const liveProcessGroups = new Set();

// ---------------------------------------------------------------------------------------------
// The server

/** Asks the kernel for a free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Makes a temporary directory that is removed by `stopAll`. */
export function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  track(`temp dir ${dir}`, () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The folder the integration tests open, in the repository. */
export const fixturesWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');

/**
 * Copies the fixtures workspace to a temporary `workspace/` folder (removed by `stopAll`), so
 * tests may create and edit files without touching the repository or the next run.
 */
export function copyOfFixturesWorkspace() {
  const copy = path.join(tempDir('vscode-test-fixtures-'), 'workspace');
  fs.cpSync(fixturesWorkspace, copy, { recursive: true });
  return copy;
}

/** User settings that keep the workbench quiet: no welcome page, tips, update checks or telemetry. */
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
};

/**
 * Starts code-server on 127.0.0.1 with fresh user-data and extensions directories and resolves
 * once it listens. The server runs in its own process group so that its extension host, pty host
 * and watchers stop with it.
 */
export async function startServer({ folder, settings = {}, port, echo = false } = {}) {
  const userDataDir = tempDir('vscode-test-user-');
  const extensionsDir = tempDir('vscode-test-ext-');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    `${JSON.stringify({ ...quietSettings, ...settings }, null, 2)}\n`,
  );
  port ??= await freePort();
  const args = [
    serverEntry(),
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  if (folder) args.push(folder);
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...serverEnv(), CODE_SERVER_TEST_HARNESS: '1' },
  });
  liveProcessGroups.add(child.pid);
  const output = [];
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  exited.then(() => liveProcessGroups.delete(child.pid));
  const remember = (chunk) => {
    const text = chunk.toString();
    output.push(text);
    if (output.length > 400) output.shift();
    if (echo) process.stdout.write(text);
  };
  child.stdout.on('data', remember);
  child.stderr.on('data', remember);

  track(`code-server (pid ${child.pid})`, async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    signalGroup(child.pid, 'SIGTERM');
    const gone = await Promise.race([exited.then(() => true), delay(5000).then(() => false)]);
    if (!gone) {
      signalGroup(child.pid, 'SIGKILL');
      await exited;
    }
    // Stray members of the group (extension host, pty host) that outlived the leader.
    signalGroup(child.pid, 'SIGKILL');
  });

  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const state = await Promise.race([exited.then((how) => ({ how })), delay(200).then(() => null)]);
    if (state) {
      throw new HarnessError(
        `code-server exited (${state.how.code ?? state.how.signal}) before it listened:\n${output.join('')}`,
      );
    }
    if (await healthy(url)) break;
    if (Date.now() > deadline) throw new HarnessError(`code-server did not listen on ${url} within 60 s:\n${output.join('')}`);
  }
  return { port, url, userDataDir, extensionsDir, process: child, exited, output: () => output.join('') };
}

/**
 * This environment without what a VS Code or code-server around it set: started from the terminal
 * of one (or from an extension host), code-server would otherwise hand the folder to that instance
 * (`VSCODE_IPC_HOOK_CLI`) or take itself for the child of a wrapper (`CODE_SERVER_PARENT_PID`).
 */
function serverEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VSCODE_|CODE_SERVER_|ELECTRON_RUN_AS_NODE$)/.test(key)));
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group is already gone
  }
}

async function healthy(url) {
  try {
    const response = await fetch(`${url}healthz`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A `vscode-remote://` URI for a path on the server, as the workbench payload expects. */
export function remoteUri(port, absolutePath) {
  return `vscode-remote://127.0.0.1:${port}${absolutePath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

/** The workbench URL that opens `folder` and, optionally, a development extension and a test suite. */
export function workbenchUrl({ port, folder, extensionDevelopmentPath, extensionTestsPath, web = false }) {
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(port, extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(port, extensionTestsPath)]);
  if (web) payload.push(['extensionDevelopmentKind', 'web']);
  const query = new URLSearchParams({ folder });
  if (payload.length > 0) query.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${port}/?${query.toString()}`;
}

// ---------------------------------------------------------------------------------------------
// The browser

/** Launches headless Debian Chromium through playwright-core; stopped by `stopAll`. */
export async function launchBrowser({ headless = true } = {}) {
  checkPrerequisites({ forPrepare: false, forBrowser: true });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless,
    // We stop the browser ourselves, after the page's last screenshot.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  track('chromium', () => browser.close());
  return browser;
}

/** Opens a page sized for readable screenshots. */
export async function openPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  return context.newPage();
}

/** Waits until the workbench has rendered its main parts. */
export async function waitForWorkbench(page, timeout = 60_000) {
  await page.waitForSelector('.monaco-workbench .part.activitybar, .monaco-workbench .part.sidebar', { timeout });
}

/** Resolves the path of a test result file, creating the folder. */
export function resultsPath(name) {
  fs.mkdirSync(resultsDir, { recursive: true });
  return path.join(resultsDir, name);
}

/** Runs `npm run <script>` in the repository and throws if it fails. */
export function npmRun(script) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new HarnessError(`npm run ${script} failed (exit ${result.status ?? result.signal})`);
}
