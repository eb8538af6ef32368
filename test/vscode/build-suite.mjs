// Bundles the integration suites for VS Code's extension hosts. `vscode` stays external: the host
// provides it.
// - Node host: index.js (with mocha inside) and one bundle per *.test.ts, in out/test/integration/.
// - Web-worker host (--web): one browser bundle, out/test/web/index.js, of test/integration/web/
//   index.ts, mocha's browser build and every web/*.test.ts. The worker can `require` nothing but
//   `vscode`, so nothing may stay outside that file; and it must sit inside the extension's folder,
//   since VS Code runs a suite in the host of the extension whose folder contains it.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import esbuild from 'esbuild';
import { repoRoot } from './code-server.mjs';

export const suiteSourceDir = path.join(repoRoot, 'test', 'integration');
export const suiteOutDir = path.join(repoRoot, 'out', 'test', 'integration');
export const suiteIndex = path.join(suiteOutDir, 'index.js');

/**
 * Builds the suite afresh (stale test bundles removed) and returns the path of its index.js.
 * `options` (grep, holdForScreenshot, suite: 'storm' for the *.storm.ts files instead of the
 * *.test.ts ones) are written beside it for index.ts to read.
 */
export async function buildSuite(options = {}) {
  fs.rmSync(suiteOutDir, { recursive: true, force: true });
  const suffix = options.suite === 'storm' ? '.storm.ts' : '.test.ts';
  const tests = fs
    .readdirSync(suiteSourceDir)
    .filter((name) => name.endsWith(suffix))
    .map((name) => path.join(suiteSourceDir, name));
  await esbuild.build({
    entryPoints: [path.join(suiteSourceDir, 'index.ts'), ...tests],
    outdir: suiteOutDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'error',
    // Mocha loads reporters and ESM helpers by name at run time; none of those paths is used here.
    logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-dynamic-import': 'silent' },
  });
  fs.writeFileSync(path.join(suiteOutDir, 'options.json'), `${JSON.stringify(options)}\n`);
  return suiteIndex;
}

export const webSuiteSourceDir = path.join(suiteSourceDir, 'web');
export const webSuiteOutDir = path.join(repoRoot, 'out', 'test', 'web');

/** The shared helpers import `node:assert/strict`; in the worker they get the suite's own assertions. */
const assertForTheWorker = {
  name: 'assert-for-the-worker',
  setup(build) {
    build.onResolve({ filter: /^(node:)?assert(\/strict)?$/ }, () => ({ path: path.join(webSuiteSourceDir, 'assert.ts') }));
  },
};

/**
 * Builds the web suite afresh into `outDir` (out/test/web/ of the repository, or of the extension
 * folder under test) and returns the path of its bundle. `options` (grep, holdForScreenshot) are
 * baked in, since the worker cannot read a file beside the bundle. Any other Node built-in fails
 * the build (esbuild's browser platform cannot resolve it).
 */
export async function buildWebSuite(options = {}, outDir = webSuiteOutDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  const outfile = path.join(outDir, 'index.js');
  const tests = fs
    .readdirSync(webSuiteSourceDir)
    .filter((name) => name.endsWith('.test.ts'))
    .sort();
  // The entry: the suite's index first (it sets mocha up), then the tests, which call `describe` as they load.
  const entry = [`export { run } from './index';`, ...tests.map((name) => `import './${name.slice(0, -'.ts'.length)}';`)].join('\n');
  await esbuild.build({
    stdin: { contents: entry, resolveDir: webSuiteSourceDir, sourcefile: 'web-suite-entry.ts', loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    plugins: [assertForTheWorker],
    define: { WEB_SUITE_OPTIONS: JSON.stringify(JSON.stringify(options)) },
    // The worker's stack traces would not use a source map; mocha's alone would double the size.
    sourcemap: false,
    logLevel: 'error',
  });
  return outfile;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const built = process.argv.includes('--web') ? await buildWebSuite() : await buildSuite();
  process.stdout.write(`built ${path.relative(repoRoot, built)}\n`);
}
