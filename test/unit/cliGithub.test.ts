// `interview-lint --format github`: one GitHub Actions workflow command per finding, which the runner
// turns into an annotation on the pull request, escaped so that no text from a file can end the
// command or start another.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { escapeGithubData, escapeGithubProperty } from '../../src/cli/report';

const root = path.join(__dirname, '..', '..');
const TODAY = '2026-11-26';

function lint(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = run(['--format', 'github', '--today', TODAY, ...args], cwd, (text) => (stdout += text), (text) => (stderr += text));
  return { code, stdout, stderr };
}

function json(args: string[], cwd: string) {
  let stdout = '';
  run(['--format', 'json', '--today', TODAY, ...args], cwd, (text) => (stdout += text), () => undefined);
  return JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
}

const made: string[] = [];

function temp(files: Record<string, string>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-github-'));
  made.push(folder);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return folder;
}

/** Undoes the runner's escaping of a property value or a message (the inverse of `@actions/core`'s). */
function unescape(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** A workflow command line read back as the runner reads it: command, properties and message. */
function parseCommand(line: string) {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  assert.ok(match, `a workflow command: ${line}`);
  const properties = Object.fromEntries(match[2].split(',').map((pair) => [pair.slice(0, pair.indexOf('=')), unescape(pair.slice(pair.indexOf('=') + 1))]));
  return { command: match[1], properties, message: unescape(match[3]) };
}

describe('interview-lint --format github', () => {
  after(() => {
    for (const folder of made) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('prints one annotation per finding of the examples, at its place, with its rule as the title, then the summary', () => {
    const { code, stdout } = lint(['examples'], root);
    const lines = stdout.trimEnd().split('\n');
    const expected = json(['examples'], root).flatMap((file) => file.messages.map((message) => ({ file: file.filePath, ...message })));
    assert.ok(expected.length > 10);
    const commands = lines.filter((line) => line.startsWith('::')).map(parseCommand);
    assert.strictEqual(commands.length, expected.length);
    const kinds: Record<string, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };
    commands.forEach((command, index) => {
      const want = expected[index];
      assert.strictEqual(command.command, kinds[want.severity]);
      assert.deepStrictEqual(command.properties, { file: want.file, line: String(want.line), endLine: String(want.endLine), col: String(want.column), endColumn: String(want.endColumn), title: want.ruleId });
      assert.strictEqual(command.message, want.message);
    });
    assert.match(lines[lines.length - 1], /^✖ \d+ problems \(.*\) in 9 interview files$/);
    assert.strictEqual(lines.length, expected.length + 1);
    assert.strictEqual(code, 1);
  });

  it('escapes %, CR and LF in messages, and those and : and , in properties, as the Actions toolkit does', () => {
    assert.strictEqual(escapeGithubData('100% sure\r\nnext: a, b'), '100%25 sure%0D%0Anext: a, b');
    assert.strictEqual(escapeGithubProperty('a,b:c%d\ne'), 'a%2Cb%3Ac%25d%0Ae');
  });

  it('keeps a file name with commas, colons and per cents, and a message quoting a percentage, intact and inside one command', () => {
    const name = 'notes/100%, really: ada.interview.yaml';
    const folder = temp({ [name]: 'contact:\n  name: Ada\n  compnay: 100% Engines\nstage: sheduled\n' });
    const { stdout } = lint(['.'], folder);
    const commands = stdout.split('\n').filter((line) => line.startsWith('::')).map(parseCommand);
    assert.ok(commands.length >= 2, stdout);
    for (const command of commands) {
      assert.strictEqual(command.properties.file, name);
      assert.strictEqual(command.command, 'error');
    }
    assert.ok(stdout.includes('file=notes/100%25%2C really%3A ada.interview.yaml,'), stdout);
  });

  it('cannot be made to start another command by a line break in a message, and escapes other control characters', () => {
    const folder = temp({ 'evil.interview.yaml': 'contact:\n  name: Ada\n  "x\\n::error file=README.md::pwned\\u001b[2J": 1\n' });
    const { stdout } = lint(['.'], folder);
    const lines = stdout.trimEnd().split('\n');
    assert.ok(lines.some((line) => line.includes('pwned')), `the key is quoted in a message: ${stdout}`);
    for (const line of lines.slice(0, -1)) assert.match(line, /^::error file=evil\.interview\.yaml,line=\d+,/, line);
    assert.ok(!lines.some((line) => line.startsWith('::error file=README.md')), stdout);
    assert.ok(stdout.includes('%0A::error file=README.md::pwned'), stdout);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    assert.doesNotMatch(stdout, /[\u0000-\u0009\u000b-\u001f\u007f]/);
    assert.ok(stdout.includes('\\u001b[2J'));
  });

  it('honours --min-severity and exits as the other formats do', () => {
    const folder = temp({ 'a.interview.yaml': 'contact:\n  name: Ada\n  connection: cold\nstage: met\nmeeting:\n  date: 2026-11-01\n  format: video\n' });
    const all = lint(['.'], folder);
    assert.match(all.stdout, /^::notice /m);
    assert.match(all.stdout, /^::warning /m);
    assert.strictEqual(all.code, 0);
    const warnings = lint(['--min-severity', 'warning', '.'], folder);
    assert.doesNotMatch(warnings.stdout, /^::notice /m);
    assert.match(warnings.stdout, /^::warning file=a\.interview\.yaml,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=thank-you::/m);
    assert.strictEqual(lint(['--max-warnings', '0', '.'], folder).code, 1);
  });
});
