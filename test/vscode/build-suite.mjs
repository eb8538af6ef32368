// Bundles the integration suite for VS Code's extension host: index.js (with mocha inside) and one
// bundle per *.test.ts, all in out/test/integration/. `vscode` stays external: the host provides it.
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
 * `options` (grep, holdForScreenshot) are written beside it for index.ts to read.
 */
export async function buildSuite(options = {}) {
  fs.rmSync(suiteOutDir, { recursive: true, force: true });
  const tests = fs
    .readdirSync(suiteSourceDir)
    .filter((name) => name.endsWith('.test.ts'))
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

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildSuite();
  process.stdout.write(`built ${path.relative(repoRoot, suiteIndex)}\n`);
}
