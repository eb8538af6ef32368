// `npm start`: builds the extension, then opens examples/ with it loaded as a development extension.
//
// With desktop VS Code's `code` on the PATH, that is `code --extensionDevelopmentPath=<repo> examples`.
// Otherwise the cached code-server (VS Code 1.100.3, prepared on first use, step by step) serves the
// workbench on 127.0.0.1, behind a small front door on the printed port: the bare address
// (`http://127.0.0.1:<port>/`) is sent on to the workbench with the extension loaded, which
// code-server alone would open without it; everything else passes through unchanged. Ctrl+C stops it.
//
//   node test/vscode/start.mjs [--port <n>] [--server] [--no-build]
//   (--server: skip `code` even if present; --no-build: use the extension as last built)
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { freePort, log, npmRun, prepare, repoRoot, runMain, startServer, track, workbenchUrl } from './code-server.mjs';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const requestedPort = portIndex >= 0 ? Number(args[portIndex + 1]) : undefined;
const examples = path.join(repoRoot, 'examples');

runMain(async () => {
  if (!args.includes('--no-build')) npmRun('build');

  if (!args.includes('--server') && onPath('code')) {
    log(`opening ${path.relative(repoRoot, examples)}/ in VS Code with the extension from ${repoRoot}`);
    const code = spawnSync('code', [`--extensionDevelopmentPath=${repoRoot}`, examples], { stdio: 'inherit' });
    return code.status ?? 1;
  }

  await prepare();
  const port = requestedPort ?? ((await portIsFree(8080)) ? 8080 : await freePort());
  // code-server listens on a port of its own; the browser talks to the front door on `port`.
  const server = await startServer({ folder: examples, port: await freePort() });
  const url = workbenchUrl({ port, folder: examples, extensionDevelopmentPath: repoRoot });
  await frontDoor({ port, serverPort: server.port, workbench: new URL(url) });
  log('VS Code 1.100.3 (code-server) is serving the examples with the extension loaded.');
  log(`Open this address in a browser on this machine (listening on 127.0.0.1 only):\n\n    http://127.0.0.1:${port}/\n`);
  log(`It takes you to the workbench with the extension:\n    ${url}\n`);
  log('After rebuilding (npm run build), reload the browser window to pick up the changes. Ctrl+C stops the server.');
  const { code, signal } = await server.exited;
  log(`code-server stopped (${code ?? signal})`);
  return code ?? 1;
});

/**
 * Listens on `port` in front of code-server: a request for the workbench page without the
 * development extension (`/`, or `/?folder=…` after File > Open Folder) is redirected to the same
 * page with it (the examples folder unless another is asked for); every other request and
 * WebSocket passes through to code-server as it is, Host and Origin included, so code-server's own
 * checks see the address the browser uses.
 */
async function frontDoor({ port, serverPort, workbench }) {
  const front = http.createServer((request, response) => {
    const asked = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (request.method === 'GET' && asked.pathname === '/' && !asked.searchParams.has('payload')) {
      const query = new URLSearchParams(asked.searchParams);
      if (!query.has('folder') && !query.has('workspace')) query.set('folder', workbench.searchParams.get('folder'));
      query.set('payload', workbench.searchParams.get('payload'));
      response.writeHead(302, { Location: `/?${query.toString()}`, 'Cache-Control': 'no-store' });
      response.end();
      return;
    }
    const upstream = http.request({ host: '127.0.0.1', port: serverPort, method: request.method, path: request.url, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', (error) => {
      if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'text/plain' });
      response.end(`code-server did not answer: ${error.message}`);
    });
    request.pipe(upstream);
  });
  front.on('upgrade', (request, socket, head) => {
    const upstream = net.connect(serverPort, '127.0.0.1', () => {
      const headers = [];
      for (let index = 0; index < request.rawHeaders.length; index += 2) headers.push(`${request.rawHeaders[index]}: ${request.rawHeaders[index + 1]}`);
      upstream.write(`${request.method} ${request.url} HTTP/${request.httpVersion}\r\n${headers.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  const sockets = new Set();
  front.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    front.once('error', reject);
    front.listen(port, '127.0.0.1', resolve);
  });
  track(`front door on port ${port}`, () => {
    for (const socket of sockets) socket.destroy();
    return new Promise((resolve) => front.close(() => resolve()));
  });
  return front;
}

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
