// The size of what ships: every bundle that esbuild.js builds, built here as `npm run
// build:production` builds it, in memory, and held to 300 KB minified each (see
// docs/performance.md; the extensions read the phrase model's weights from dist/phraseModel.json).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { build } from 'esbuild';

const root = path.join(__dirname, '..', '..');
const TARGET_KB = 300;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { builds } = require(path.join(root, 'esbuild.js')) as { builds: BuildOptions[] };

describe('the size of the production bundles', function () {
  this.timeout(60_000);

  for (const options of builds) {
    it(`keeps ${options.outfile} within ${TARGET_KB} KB minified`, async () => {
      const define = options.define ? { ...options.define, 'process.env.NODE_ENV': '"production"' } : undefined;
      const result = await build({ ...options, define, minify: true, sourcemap: false, write: false, metafile: true, absWorkingDir: root, logLevel: 'silent' });
      const bytes = result.outputFiles[0].contents.length;
      const largest = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
        .sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)
        .slice(0, 3)
        .map(([input, { bytesInOutput }]) => `${input} ${(bytesInOutput / 1024).toFixed(1)} KB`);
      assert.ok(bytes <= TARGET_KB * 1024, `${options.outfile} is ${(bytes / 1024).toFixed(1)} KB minified, over ${TARGET_KB} KB; the largest parts: ${largest.join(', ')}`);
    });
  }
});
