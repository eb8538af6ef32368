// The size of what ships: every bundle that esbuild.js builds, built here as `npm run
// build:production` builds it, in memory. The target is 350 KB minified for each; the extension's
// two bundles are over it (about 369 KB: the phrase detectors behind no-job-ask and about-them are
// 128 KB of it, see docs/performance.md), so this test holds them to a ceiling that stops any
// further growth going unnoticed, and the CLI to the target.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { build } from 'esbuild';

const root = path.join(__dirname, '..', '..');
const TARGET_KB = 350;
/** Until the detectors are smaller: what the extension's bundles may not grow past. */
const CEILING_KB: Readonly<Record<string, number>> = { 'dist/extension.js': 372, 'dist/web/extension.js': 372 };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { builds } = require(path.join(root, 'esbuild.js')) as { builds: BuildOptions[] };

describe('the size of the production bundles', function () {
  this.timeout(60_000);

  for (const options of builds) {
    const limitKb = CEILING_KB[options.outfile ?? ''] ?? TARGET_KB;
    it(`keeps ${options.outfile} within ${limitKb} KB minified`, async () => {
      const define = options.define ? { ...options.define, 'process.env.NODE_ENV': '"production"' } : undefined;
      const result = await build({ ...options, define, minify: true, sourcemap: false, write: false, metafile: true, absWorkingDir: root, logLevel: 'silent' });
      const bytes = result.outputFiles[0].contents.length;
      const largest = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
        .sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)
        .slice(0, 3)
        .map(([input, { bytesInOutput }]) => `${input} ${(bytesInOutput / 1024).toFixed(1)} KB`);
      assert.ok(bytes <= limitKb * 1024, `${options.outfile} is ${(bytes / 1024).toFixed(1)} KB minified, over ${limitKb} KB; the largest parts: ${largest.join(', ')}`);
    });
  }
});
