// `npm run bench`: bundles the benchmark with esbuild, the way esbuild.js bundles the extension and
// the CLI (so the core runs as users run it, not through a TypeScript loader's helpers), then runs
// it. Arguments are passed on to bench/run.ts; `--profile <case>` runs
// bench/profile.ts under --cpu-prof instead and prints where the time went.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(repoRoot, 'bench', 'results', 'build');

await esbuild.build({
  entryPoints: [path.join(repoRoot, 'bench', 'run.ts'), path.join(repoRoot, 'bench', 'profile.ts')],
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  // The peer is measured as installed; everything of ours (and `yaml`) is bundled as in dist/.
  external: ['yaml-language-server', 'vscode-languageserver-textdocument'],
});

const args = process.argv.slice(2);
const profileAt = args.indexOf('--profile');
let result;
if (profileAt >= 0) {
  const profiles = path.join(repoRoot, 'bench', 'results', 'profiles');
  fs.mkdirSync(profiles, { recursive: true });
  const before = new Set(fs.readdirSync(profiles));
  const caseArgs = args.slice(profileAt + 1);
  result = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, path.join(outdir, 'profile.cjs'), ...caseArgs], { cwd: repoRoot, stdio: 'inherit' });
  const written = fs.readdirSync(profiles).filter((name) => !before.has(name) && name.endsWith('.cpuprofile'));
  for (const name of written) {
    const file = path.join(profiles, name);
    process.stdout.write(`\n${path.relative(repoRoot, file)}\n`);
    spawnSync(process.execPath, [path.join(outdir, 'profile.cjs'), '--summary', file, '30'], { cwd: repoRoot, stdio: 'inherit' });
  }
} else {
  result = spawnSync(process.execPath, ['--expose-gc', path.join(outdir, 'run.cjs'), ...args], { cwd: repoRoot, stdio: 'inherit' });
}
process.exitCode = result.status ?? 1;
