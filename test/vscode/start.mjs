// `npm start`: builds the extension, then opens examples/ with it loaded as a development extension.
//
// With desktop VS Code's `code` on the PATH, that is `code --extensionDevelopmentPath=<repo> examples`.
// Otherwise the cached code-server (VS Code 1.100.3, prepared on first use) serves the workbench on
// 127.0.0.1 and this script prints the URL to open; Ctrl+C stops it.
//
//   node test/vscode/start.mjs [--port <n>] [--server]      (--server: skip `code` even if present)
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { freePort, log, npmRun, prepare, repoRoot, runMain, startServer, workbenchUrl } from './code-server.mjs';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const requestedPort = portIndex >= 0 ? Number(args[portIndex + 1]) : undefined;
const examples = path.join(repoRoot, 'examples');

runMain(async () => {
  npmRun('build');

  if (!args.includes('--server') && onPath('code')) {
    log(`opening ${path.relative(repoRoot, examples)}/ in VS Code with the extension from ${repoRoot}`);
    const code = spawnSync('code', [`--extensionDevelopmentPath=${repoRoot}`, examples], { stdio: 'inherit' });
    return code.status ?? 1;
  }

  prepare();
  const port = requestedPort ?? ((await portIsFree(8080)) ? 8080 : await freePort());
  const server = await startServer({ folder: examples, port });
  const url = workbenchUrl({ port, folder: examples, extensionDevelopmentPath: repoRoot });
  log('VS Code 1.100.3 (code-server) is serving the examples with the extension loaded.');
  log(`Open this URL in a browser on this machine (listening on 127.0.0.1 only):\n\n    ${url}\n`);
  log('After rebuilding (npm run build), reload the browser window to pick up the changes. Ctrl+C stops the server.');
  const { code, signal } = await server.exited;
  log(`code-server stopped (${code ?? signal})`);
  return code ?? 1;
});

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

async function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
