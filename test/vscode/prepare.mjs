// Prepares the cached code-server (VS Code 1.100.3) without running anything, e.g. to warm a
// machine. `--force` throws the cache away first.
import fs from 'node:fs';
import { cacheDir, log, prepare, runMain } from './code-server.mjs';

runMain(async () => {
  if (process.argv.includes('--force')) fs.rmSync(cacheDir, { recursive: true, force: true });
  const { cached } = await prepare();
  if (cached) log(`code-server already prepared in ${cacheDir}`);
  return 0;
});
