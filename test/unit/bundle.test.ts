// Trust and privacy, checked on what ships: the built bundles make no network requests and run no
// code they did not bring (no child processes, no eval, no `new Function`), and load only the
// modules listed here. Run after `npm run build` (as `npm test` does); a bundle that is not built
// is reported and skipped, never passed over silently.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');

/** The shipped bundles and the modules each may load. */
const BUNDLES: { file: string; modules: readonly string[] }[] = [
  // The desktop extension: VS Code's API, and Node's buffer/process shims the YAML parser refers to.
  { file: 'dist/extension.js', modules: ['vscode', 'buffer', 'process', 'fs', 'path', 'os', 'util'] },
  // The web extension runs in a browser worker: nothing but VS Code's API.
  { file: 'dist/web/extension.js', modules: ['vscode'] },
  // The command line reads the files it is given, on several threads for many files
  // (worker_threads); for SARIF it hashes findings into fingerprints (crypto) and names the folder
  // it ran in as a file: URI (url).
  { file: 'dist/cli.js', modules: ['fs', 'path', 'buffer', 'process', 'os', 'util', 'crypto', 'url', 'worker_threads'] },
];

/**
 * Code that reaches the network or runs code from elsewhere, as it appears in a bundle. Written to
 * match calls and names, not words: the phrase lists contain "evaluate", the messages contain
 * https:// links and "network", and every regular expression has an `.exec(` — none of those is a
 * request or a process.
 */
const FORBIDDEN: { what: string; pattern: RegExp }[] = [
  { what: 'fetch()', pattern: /(?<![\w$.])fetch\s*\(|\.fetch\s*\(/ },
  { what: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/ },
  { what: 'WebSocket', pattern: /\bWebSocket\b/ },
  { what: 'EventSource', pattern: /\bEventSource\b/ },
  { what: 'navigator.sendBeacon', pattern: /\bsendBeacon\b/ },
  { what: 'importScripts', pattern: /\bimportScripts\s*\(/ },
  { what: 'http(s).request/get', pattern: /\bhttps?\d?\.(?:request|get)\s*\(/ },
  { what: 'net/tls connections', pattern: /\b(?:net|tls)\.(?:connect|createConnection|Socket)\b/ },
  { what: 'a network module', pattern: /\brequire\s*\(\s*["'`](?:node:)?(?:http|https|http2|net|tls|dgram|dns|undici)["'`]\s*\)|\bfrom\s*["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns|undici)["']/ },
  { what: 'child_process', pattern: /child_process|\b(?:execSync|execFileSync|execFile|spawnSync)\s*\(/ },
  { what: 'eval()', pattern: /(?<![\w$.])eval\s*\(/ },
  { what: 'new Function()', pattern: /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/ },
  { what: 'a native binding', pattern: /\bprocess\.(?:binding|dlopen)\b/ },
  { what: 'a dynamic import', pattern: /(?<![\w$.])import\s*\(/ },
];

/** The modules a bundle loads: every `require("…")` with a literal name. */
function requiredModules(source: string): string[] {
  return [...new Set([...source.matchAll(/\brequire\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1].replace(/^node:/, '')))].sort();
}

/** Where each forbidden pattern occurs, with a little context for the failure message. */
function findings(source: string): string[] {
  const found: string[] = [];
  for (const { what, pattern } of FORBIDDEN) {
    const match = new RegExp(pattern.source, 'g').exec(source);
    if (match) found.push(`${what}: …${source.slice(Math.max(0, match.index - 60), match.index + 60).replace(/\s+/g, ' ')}…`);
  }
  return found;
}

describe('the shipped bundles (trust and privacy)', () => {
  for (const { file, modules } of BUNDLES) {
    describe(file, () => {
      const full = path.join(root, file);
      let source = '';
      before(function () {
        if (!fs.existsSync(full)) {
          console.log(`      ${file} is not built (run \`npm run build\`): its checks are skipped.`);
          this.skip();
        }
        source = fs.readFileSync(full, 'utf8');
      });

      it('makes no network request and runs no outside code', () => {
        assert.deepStrictEqual(findings(source), []);
      });

      it(`loads only ${modules.join(', ')}`, () => {
        const extra = requiredModules(source).filter((name) => !modules.includes(name));
        assert.deepStrictEqual(extra, [], `${file} loads modules outside its list`);
        // A `require` of something computed at run time could load anything.
        const dynamic = [...source.matchAll(/(?<![\w$.])require\s*\(\s*(?!["'`])([^)]{0,40})/g)].map((match) => match[0]);
        assert.deepStrictEqual(dynamic, [], 'no require() of a computed name');
      });
    });
  }

  it('catches what it looks for: each pattern fires on a real call and not on the words around it', () => {
    const calls = [
      'await fetch("https://example.com")',
      'new XMLHttpRequest()',
      'new WebSocket(url)',
      'new EventSource(url)',
      'navigator.sendBeacon(url, data)',
      'importScripts("x.js")',
      'https.request(options)',
      'net.connect(80)',
      'const http = require("node:http")',
      'require("child_process").execSync("ls")',
      'eval(code)',
      'new Function("return 1")',
      'process.binding("fs")',
      'await import(name)',
    ];
    for (const call of calls) assert.notDeepStrictEqual(findings(call), [], call);
    const harmless = [
      '"Could you evaluate my résumé?"',
      'const link = "https://github.com/notes-as-code"',
      'pattern.exec(sentence)',
      '"networking events"',
      'describe("fetches nothing")',
      'x.evaluate(y)',
      'import { a } from "./b"',
    ];
    for (const text of harmless) assert.deepStrictEqual(findings(text), [], text);
  });

  it('finds no network or process API in the sources either', () => {
    const sources: string[] = [];
    const walk = (folder: string) => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) sources.push(full);
      }
    };
    walk(path.join(root, 'src'));
    const found = sources.flatMap((file) => findings(fs.readFileSync(file, 'utf8')).map((finding) => `${path.relative(root, file)}: ${finding}`));
    assert.deepStrictEqual(found, []);
  });
});
