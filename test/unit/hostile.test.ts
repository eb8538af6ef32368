// Hostile input, in the core and through the command line: every file in test/fixtures/hostile
// (and a few generated at test time, too big to commit) gets diagnostics or none, never an
// exception and never a hang. The durations are printed at the end; the only time limit asserted
// is a generous hang guard.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { printable } from '../../src/cli/report';
import { defaultConfig, mergeConfig, parseConfig } from '../../src/core/config';
import type { Change } from '../../src/core/edits';
import { applyEdits, disableCommentEdit, planChanges } from '../../src/core/edits';
import { lintDocument, lintText } from '../../src/core/lint';
import { readInterview } from '../../src/core/model';
import type { InterviewDocument } from '../../src/core/parse';
import { interviewFileNames, newInterviewText } from '../../src/core/newInterview';
import { parseInterview } from '../../src/core/parse';
import { summarize } from '../../src/core/pipeline';
import { RULE_IDS } from '../../src/core/rules';
import { LineIndex } from '../../src/core/text';
import type { Issue, Range } from '../../src/core/types';
import { createWorkspaceView } from '../../src/core/workspace';

const root = path.join(__dirname, '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'hostile');
const TODAY = '2026-11-26';
/** Not a performance target: only long enough to tell a slow machine from a hang. */
const HANG_GUARD_MS = 5000;

const durations: { what: string; ms: number; outcome: string }[] = [];

/** Runs `work`, records how long it took, and fails only past the hang guard. */
function timed<T>(what: string, work: () => T, outcome: (result: T) => string): T {
  const started = performance.now();
  const result = work();
  const ms = performance.now() - started;
  durations.push({ what, ms, outcome: outcome(result) });
  assert.ok(ms < HANG_GUARD_MS, `${what} took ${ms.toFixed(0)} ms`);
  return result;
}

/** The text of a file as the CLI and the editor see it: UTF-8, the byte-order mark dropped. */
function readFixture(name: string): string {
  return new TextDecoder('utf-8').decode(fs.readFileSync(path.join(fixtures, name)));
}

function summary(issues: readonly Issue[]): string {
  if (issues.length === 0) return 'no diagnostics';
  const rules = [...new Set(issues.map((issue) => issue.ruleId))].join(', ');
  return printable(`${issues.length} diagnostic${issues.length === 1 ? '' : 's'} (${rules}): ${issues[0].message.slice(0, 70)}`);
}

function assertInside(lines: LineIndex, range: Range, what: string): void {
  for (const position of [range.start, range.end]) {
    assert.ok(position.line >= 0 && position.line < lines.lineCount, `${what}: line ${position.line} outside the document`);
    const length = lines.lineText(position.line).length;
    assert.ok(position.character >= 0 && position.character <= length, `${what}: character ${position.character} outside line ${position.line} (length ${length})`);
  }
  assert.ok(range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character), `${what}: range ends before it starts`);
}

/** The text a range covers. */
function textAt(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** Comment lines of a text: a `#` at the start of a line (after indentation). */
function commentLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => /^\s*#/.test(line));
}

const REALISTIC_CHANGES: readonly Change[][] = [
  [{ kind: 'set', path: ['stage'], value: 'met' }],
  [{ kind: 'set', path: ['follow_up', 'thanked'], value: '2026-11-26' }],
  [{ kind: 'append', path: ['follow_up', 'log'], item: { date: '2026-11-26', note: 'Sent the article' } }],
  [
    { kind: 'set', path: ['meeting', 'date'], value: '2026-12-03T09:30' },
    { kind: 'set', path: ['meeting', 'format'], value: 'in-person' },
  ],
  [{ kind: 'append', path: ['follow_up', 'referrals'], item: { name: 'Lee Wong', company: 'Acme' } }],
];

/**
 * What every input must survive in the core: parse, read, lint with a workspace view, the pipeline
 * summary, every fix, the command edits and the disable comments — no exception, every range
 * inside the document, no comment line lost by an edit.
 */
function coreBattery(name: string, text: string, maxSize?: number): { document: InterviewDocument; issues: Issue[] } {
  const config = maxSize === undefined ? defaultConfig() : { ...defaultConfig(), maxFileSize: maxSize };
  const workspace = createWorkspaceView([`hostile/${name}`, 'hostile/other.interview.yaml'], [{ path: 'hostile/other.interview.yaml', name: 'Dana Reyes', company: 'Acme Robotics' }]);
  const { document, issues } = timed(
    `core: ${name}`,
    () => {
      const parsed = parseInterview(text, { maxSize: config.maxFileSize });
      const interview = readInterview(parsed);
      const found = lintDocument(parsed, { today: TODAY, config, path: `hostile/${name}`, workspace }, interview);
      summarize(name, `hostile/${name}`, interview, found, parsed.syntax.length === 0 && !parsed.tooLarge, TODAY, config);
      return { document: parsed, issues: found };
    },
    (result) => summary(result.issues),
  );
  for (const issue of issues) assertInside(document.lines, issue.range, `${name}: ${issue.ruleId} "${issue.message}"`);
  const comments = commentLines(text);
  const keepsComments = (edited: string, what: string) => {
    const after = commentLines(edited);
    for (const comment of comments) assert.ok(after.includes(comment), `${name}: ${what} lost the comment ${JSON.stringify(comment)}`);
  };
  // The first hundred issues are enough to check edits on; each check re-reads the whole text.
  for (const issue of issues.slice(0, 100)) {
    for (const fix of issue.fixes ?? []) keepsComments(applyEdits(text, fix.edits), `the fix "${fix.title}"`);
    const disable = disableCommentEdit(document, issue.ruleId, issue.range.start.line);
    keepsComments(applyEdits(text, [disable]), 'a disable comment');
  }
  keepsComments(applyEdits(text, [disableCommentEdit(document, 'schema', 'file')]), 'a file-wide disable comment');
  for (const changes of REALISTIC_CHANGES) {
    const plan = planChanges(document, changes);
    if (document.syntax.length > 0 || document.tooLarge) assert.strictEqual(plan.ok, false, `${name}: an edit of a file that is not readable YAML must be refused`);
    if (plan.ok) {
      keepsComments(applyEdits(text, plan.edits), `the change ${JSON.stringify(changes)}`);
      assert.strictEqual(applyEdits(text, plan.edits), plan.text);
      assert.deepStrictEqual(parseInterview(plan.text, { maxSize: Infinity }).syntax, []);
    } else assert.ok(plan.reason.length > 0);
  }
  return { document, issues };
}

function cli(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const paths = args.filter((arg) => !arg.startsWith('--') && arg !== 'json' && arg !== TODAY).join(' ');
  const code = timed(
    `cli: ${cwd === root ? paths : `${paths} (in a temporary folder)`}`,
    () => run(args, cwd, (text) => (stdout += text), (text) => (stderr += text)),
    (exit) => `exit ${exit}`,
  );
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  return { code, stdout, stderr };
}

interface JsonMessage {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function cliJson(args: string[], cwd = root): { code: number; files: { filePath: string; messages: JsonMessage[] }[]; stderr: string } {
  const { code, stdout, stderr } = cli(['--format', 'json', '--today', TODAY, ...args], cwd);
  return { code, files: JSON.parse(stdout), stderr };
}

/** The messages of one file in the CLI's JSON, as `rule@line:column`. */
function positions(messages: readonly JsonMessage[]): string[] {
  return messages.map((message) => `${message.ruleId}@${message.line}:${message.column}-${message.endLine}:${message.endColumn}`);
}

function temp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'interview-hostile-'));
}

describe('hostile input', () => {
  after(() => {
    if (durations.length === 0) return;
    const width = Math.max(...durations.map((entry) => entry.what.length));
    const rows = durations.map((entry) => printable(`  ${entry.what.padEnd(width)}  ${entry.ms.toFixed(1).padStart(8)} ms  ${entry.outcome}`));
    console.log(`\n  Hostile inputs, measured (hang guard ${HANG_GUARD_MS} ms):\n${rows.join('\n')}\n`);
  });

  describe('in the core', () => {
    it('gives an empty file one "empty" error at the start', () => {
      const { issues } = coreBattery('empty', readFixture('empty.interview.yaml'));
      assert.deepStrictEqual(
        issues.map((issue) => [issue.ruleId, issue.range.start.line, issue.range.start.character]),
        [['schema', 0, 0]],
      );
      assert.match(issues[0].message, /empty/);
    });

    it('treats a file of only comments as empty, and keeps the comments when a change starts it', () => {
      const text = readFixture('only-comments.interview.yaml');
      const { document, issues } = coreBattery('only-comments', text);
      assert.deepStrictEqual(issues.map((issue) => issue.ruleId), ['schema']);
      assert.match(issues[0].message, /empty/);
      const plan = planChanges(document, [{ kind: 'set', path: ['contact', 'name'], value: 'Dana Reyes' }]);
      assert.ok(plan.ok, 'a name can be added to a file of comments');
      assert.ok(plan.text.startsWith(text), 'the comments stay where they were');
    });

    it('reports text that is not YAML as syntax problems and refuses to edit it', () => {
      const { issues } = coreBattery('not-yaml', readFixture('not-yaml.interview.yaml'));
      assert.ok(issues.length > 0);
      assert.ok(issues.every((issue) => issue.ruleId === 'schema' && issue.severity === 'error'));
      assert.ok(issues.some((issue) => /^YAML syntax:/.test(issue.message)));
    });

    it('survives binary bytes: NUL, escape sequences, invalid UTF-8, lone surrogates', () => {
      const bytes = fs.readFileSync(path.join(fixtures, 'binary.interview.yaml'));
      coreBattery('binary (decoded)', new TextDecoder('utf-8').decode(bytes));
      // Read as Latin-1 and with lone surrogates too, as a careless caller might.
      coreBattery('binary (latin-1)', bytes.toString('latin1'));
      const { issues } = coreBattery('lone surrogates', 'contact:\n  name: "\ud800 \udfff"\nstage: \udc00met\n');
      assert.ok(issues.length > 0);
    });

    it('keeps a byte-order mark out of the way: ranges as without it, a file-wide disable goes after it', () => {
      const withBom = fs.readFileSync(path.join(fixtures, 'bom.interview.yaml'), 'utf8');
      assert.strictEqual(withBom.charCodeAt(0), 0xfeff, 'the fixture starts with a BOM');
      const { document, issues } = coreBattery('bom (kept)', withBom);
      const stage = issues.find((issue) => /not a stage/.test(issue.message));
      assert.ok(stage, 'the misspelt stage is reported');
      assert.deepStrictEqual(stage.range, { start: { line: 3, character: 7 }, end: { line: 3, character: 15 } });
      assert.strictEqual(textAt(withBom, stage.range), 'sheduled');
      const disabled = applyEdits(withBom, [disableCommentEdit(document, 'schema', 'file')]);
      assert.ok(disabled.startsWith('\ufeff# interview-lint-disable schema'), 'the BOM stays first');
      const stripped = coreBattery('bom (decoded)', readFixture('bom.interview.yaml'));
      assert.deepStrictEqual(
        stripped.issues.map((issue) => issue.range),
        issues.map((issue) => issue.range),
      );
    });

    it('gives CR LF files the same ranges as LF ones, never covering the CR, and keeps CR LF in edits', () => {
      const crlf = readFixture('crlf.interview.yaml');
      assert.ok(crlf.includes('\r\n') && !/[^\r]\n/.test(crlf), 'the fixture has only CR LF line ends');
      const lf = crlf.replace(/\r\n/g, '\n');
      const withCr = coreBattery('crlf', crlf);
      const withoutCr = coreBattery('crlf as lf', lf);
      assert.deepStrictEqual(
        withCr.issues.map((issue) => [issue.ruleId, issue.message, issue.range]),
        withoutCr.issues.map((issue) => [issue.ruleId, issue.message, issue.range]),
      );
      const covered = withCr.issues.filter((issue) => issue.ruleId === 'schema').map((issue) => textAt(crlf, issue.range));
      assert.deepStrictEqual(covered, ['secnd', 'sheduled', 'maybe']);
      for (const issue of withCr.issues) assert.ok(!textAt(crlf, issue.range).includes('\r'), `${issue.ruleId} covers a CR`);
      for (const fix of withCr.issues.flatMap((issue) => issue.fixes ?? [])) {
        const fixed = applyEdits(crlf, fix.edits);
        assert.ok(!/[^\r]\n/.test(fixed), `the fix "${fix.title}" wrote a bare LF`);
      }
      const plan = planChanges(withCr.document, [
        { kind: 'set', path: ['stage'], value: 'scheduled' },
        { kind: 'append', path: ['follow_up', 'log'], item: { date: '2026-11-26', note: 'Two\nlines' } },
        { kind: 'set', path: ['meeting', 'date'], value: '2026-12-03' },
      ]);
      assert.ok(plan.ok, plan.ok ? '' : plan.reason);
      assert.ok(!/[^\r]\n/.test(plan.text), 'the change wrote a bare LF');
      assert.ok(plan.text.includes('  name: Cara Lind   # from the meetup\r\n'), 'the commented line is untouched');
    });

    it('reports tabs used for indentation on the lines that have them', () => {
      const { issues } = coreBattery('tabs', readFixture('tabs.interview.yaml'));
      assert.deepStrictEqual(
        issues.map((issue) => [issue.range.start.line, issue.message]),
        [
          [1, 'YAML syntax: Tabs are not allowed as indentation'],
          [2, 'YAML syntax: Tabs are not allowed as indentation'],
        ],
      );
    });

    it('reports each repeated key on the repeat, and reads the first', () => {
      const text = readFixture('duplicate-keys.interview.yaml');
      const { document, issues } = coreBattery('duplicate-keys', text);
      assert.deepStrictEqual(
        issues.map((issue) => [issue.range.start.line, textAt(text, issue.range), issue.message]),
        [
          [3, 'stage', 'YAML syntax: Map keys must be unique'],
          [4, 'contact', 'YAML syntax: Map keys must be unique'],
        ],
      );
      assert.strictEqual(readInterview(document).name, 'Dee Kaye');
    });

    it('reports a second YAML document once, at its `---`', () => {
      const { issues } = coreBattery('multi-document', readFixture('multi-document.interview.yaml'));
      assert.strictEqual(issues.length, 1);
      assert.deepStrictEqual(issues[0].range, { start: { line: 3, character: 0 }, end: { line: 3, character: 3 } });
      assert.match(issues[0].message, /more than one YAML document/);
    });

    it('asks for a map when the file is a list or a single value', () => {
      for (const name of ['top-level-list', 'top-level-scalar']) {
        const { issues } = coreBattery(name, readFixture(`${name}.interview.yaml`));
        assert.strictEqual(issues.length, 1, name);
        assert.match(issues[0].message, /should be a map/);
      }
    });

    it('stops at 200 levels of nesting, whatever the depth: brackets, indentation, dashes, keys', () => {
      const depth = (issues: Issue[]) => issues.filter((issue) => /nested more than 200 levels/.test(issue.message)).length;
      const flow = coreBattery('1,000 brackets', readFixture('deep-nesting.interview.yaml'));
      assert.strictEqual(depth(flow.issues), 1);
      assert.strictEqual(flow.issues.length, 1);
      const block = Array.from({ length: 1000 }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n') + ' end\n';
      assert.ok(block.length < 512 * 1024, 'under the size limit, so it is parsed');
      assert.strictEqual(depth(coreBattery('1,000 indented maps', block).issues), 1);
      assert.strictEqual(depth(coreBattery('1,000 dashes on a line', `${'- '.repeat(1000)}x\n`).issues), 1);
      assert.strictEqual(depth(coreBattery('1,000 compact keys', `${'a: '.repeat(1000)}x\n`).issues), 1);
      // As deep as the size limit allows, closed and unclosed.
      assert.strictEqual(depth(coreBattery('250,000 brackets', `${'['.repeat(250_000)}${']'.repeat(250_000)}`).issues), 1);
      assert.strictEqual(depth(coreBattery('500,000 open brackets', '{a: ['.repeat(100_000)).issues), 1);
      // 200 levels are still read.
      const shallow = coreBattery('200 brackets', `contact:\n  name: Nes Tingley\nnotes: ${'['.repeat(190)}${']'.repeat(190)}\n`);
      assert.strictEqual(depth(shallow.issues), 0);
    });

    it('never expands an alias bomb: each alias to a list is reported, quickly', () => {
      const { issues } = coreBattery('alias bomb (9 x 9)', readFixture('alias-bomb.interview.yaml'));
      assert.strictEqual(issues.length, 72);
      assert.ok(issues.every((issue) => /Aliases/.test(issue.message)));
      // Wide rather than deep: 20,000 aliases of one value (each alias used to scan the whole file).
      const wide = `contact:\n  name: &n Al Iasson\ntags: [${Array.from({ length: 20_000 }, () => '*n').join(',')}]\n`;
      coreBattery('20,000 aliases', wide);
    });

    it('gives a 10 MB file and a 1 MB line one "too large to lint" diagnostic, and honours a larger limit', () => {
      const big = `contact:\n  name: Big File\nnotes: |\n${'  A line of notes that goes on for a while, about nothing in particular.\n'.repeat(140_000)}`;
      assert.ok(big.length > 10_000_000);
      const huge = coreBattery('10 MB file', big);
      assert.strictEqual(huge.issues.length, 1);
      assert.match(huge.issues[0].message, /too large to lint/);
      assert.deepStrictEqual(huge.issues[0].range.start, { line: 0, character: 0 });
      const line = `notes: ${'y'.repeat(1024 * 1024)}`;
      const long = coreBattery('1 MB line', line);
      assert.strictEqual(long.issues.length, 1);
      assert.match(long.issues[0].message, /too large to lint \(1024 KiB; the limit is 512 KiB\)/);
      const raised = mergeConfig(defaultConfig(), parseConfig('max_file_size: 2097152\n', RULE_IDS).layer);
      assert.strictEqual(raised.maxFileSize, 2_097_152);
      const linted = coreBattery('1 MB line, 2 MiB limit', line, raised.maxFileSize);
      assert.ok(!linted.issues.some((issue) => /too large/.test(issue.message)), 'linted under the raised limit');
    });

    it('counts columns in UTF-16 units after emoji, combining marks and right-to-left names', () => {
      const text = readFixture('unicode-names.interview.yaml');
      const { issues } = coreBattery('unicode-names', text);
      const lines = text.split('\n');
      const unknown = issues.filter((issue) => /Unknown key "rol"/.test(issue.message));
      assert.strictEqual(unknown.length, 4);
      let differs = 0;
      for (const issue of unknown) {
        const line = lines[issue.range.start.line];
        const column = line.indexOf('rol:');
        assert.deepStrictEqual(issue.range, { start: { line: issue.range.start.line, character: column }, end: { line: issue.range.start.line, character: column + 3 } });
        if ([...line.slice(0, column)].length !== column) differs++;
      }
      assert.ok(differs >= 2, 'the fixture has lines where code points and UTF-16 units differ');
      for (const hint of issues.filter((issue) => issue.ruleId === 'referral-file')) {
        const covered = textAt(text, hint.range);
        assert.ok(lines[hint.range.start.line].includes(covered) && covered.length > 0, `the hint covers part of its line: ${JSON.stringify(covered)}`);
      }
    });

    it('rejects impossible and non-ISO dates on the date itself', () => {
      const text = readFixture('impossible-dates.interview.yaml');
      const { issues } = coreBattery('impossible-dates', text);
      const dates = issues.filter((issue) => issue.ruleId === 'schema');
      assert.deepStrictEqual(
        dates.map((issue) => textAt(text, issue.range)),
        ['2026-02-30', '2026-13-01', '26/11/2026'],
      );
      assert.match(dates[0].message, /February 2026 has 28 days/);
      assert.match(dates[1].message, /no month 13/);
      assert.match(dates[2].message, /YYYY-MM-DD/);
    });

    it('reads a malformed .interviewlintrc.yaml as problems and no settings', () => {
      const text = readFixture('rc-malformed/.interviewlintrc.yaml');
      const { layer, problems } = timed('core: rc-malformed config', () => parseConfig(text, RULE_IDS), (result) => `${result.problems.length} problems`);
      assert.ok(problems.length > 0);
      assert.deepStrictEqual(layer, {});
      for (const problem of problems) assert.ok(problem.start >= 0 && problem.end <= text.length && problem.start <= problem.end);
      for (const hostile of ['', '\u0000\u0001', '- a\n- b\n', '[[[[', 'rules: 3', 'rules:\n  schema: [a]\n', 'max_file_size: -1', 'windows:\n  thank_you_days: 1e400\n', '__proto__:\n  polluted: true\n']) {
        const parsed = parseConfig(hostile, RULE_IDS);
        assert.ok(Array.isArray(parsed.problems));
        mergeConfig(defaultConfig(), parsed.layer);
      }
      assert.strictEqual(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
    });

    it('reports unknown rule ids and severities with a suggestion, and applies the rest', () => {
      const { layer, problems } = parseConfig(readFixture('rc-unknown-rules/.interviewlintrc.yaml'), RULE_IDS);
      const messages = problems.map((problem) => problem.message);
      assert.ok(messages.some((message) => /Unknown rule "no-job-asks"\. Did you mean "no-job-ask"\?/.test(message)));
      assert.ok(messages.some((message) => /Unknown rule "made-up-rule"/.test(message)));
      assert.ok(messages.some((message) => /"loud" is not a severity for thank-you/.test(message)));
      assert.ok(messages.some((message) => /Unknown setting "windowz"\. Did you mean "windows"\?/.test(message)));
      assert.deepStrictEqual(layer.rules, { 'about-them': 'off' });
    });

    it('stays fast with thousands of findings: every diagnostic, fixes until the budget is spent', function () {
      this.timeout(60_000);
      const asks = ['Is your team hiring right now?', 'Could you refer me for the open position?', 'Would I be a good fit for your team?'];
      const text = `contact:\n  name: Many Asks\nquestions:\n${Array.from({ length: 600 }, (_, index) => `  - ${asks[index % asks.length]}`).join('\n')}\n`;
      const { issues } = coreBattery('600 job-asking questions', text);
      const phrased = issues.filter((issue) => issue.ruleId === 'no-job-ask' || issue.ruleId === 'about-them');
      assert.ok(phrased.length >= 600, `every question is reported (${phrased.length})`);
      // Each fix re-reads only the question it edits, which the budget allows six hundred times over.
      assert.ok(
        phrased.every((issue) => issue.fixes && issue.fixes.length > 0),
        'every finding keeps its fixes',
      );
      // An anchor ties the file together, so each fix re-parses all of it: the budget runs out.
      const anchored = coreBattery('600 job-asking questions and an anchor', text.replace('name: Many Asks', 'name: &who Many Asks')).issues.filter(
        (issue) => issue.ruleId === 'no-job-ask' || issue.ruleId === 'about-them',
      );
      assert.ok(anchored[0].fixes && anchored[0].fixes.length > 0, 'the first findings keep their fixes');
      assert.ok(anchored.some((issue) => !issue.fixes), 'past the budget, findings come without fixes');
      const keys = `contact:\n  name: Many Keys\n${Array.from({ length: 5_000 }, (_, index) => `k${index}: 1`).join('\n')}\n`;
      assert.strictEqual(coreBattery('5,000 unknown keys', keys).issues.length, 5_000);
      const comments = `${'# interview-lint-disable-next-line no-job-ask\n'.repeat(10_000)}contact:\n  name: Many Comments\n`;
      coreBattery('10,000 disable comments', comments);
    });

    it('names New Interview files safely inside the folder, whatever the name', () => {
      for (const name of ['../../etc/passwd', 'CON', 'con.txt', '👩🏽‍💻', 'x'.repeat(300), '..', '\u202eevil\u0000', 'C:\\Windows\\win.ini']) {
        const fileName = timed(`core: new interview "${name.slice(0, 20)}"`, () => interviewFileNames(name).next().value as string, (value) => value);
        assert.match(fileName, /^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*\.interview\.yaml$/u, name);
        assert.ok(!/^(con|prn|aux|nul|com\d|lpt\d)\./i.test(fileName), `${fileName} is a Windows device name`);
        assert.ok(Buffer.byteLength(fileName) < 255, `${fileName} is too long for a file system`);
        for (const paths of [path.posix, path.win32]) {
          const folder = paths.resolve(paths.sep, 'workspace', 'interviews');
          assert.strictEqual(paths.dirname(paths.resolve(folder, fileName)), folder, `${fileName} leaves the folder`);
        }
        const { text } = newInterviewText({ name });
        const document = parseInterview(text);
        assert.deepStrictEqual(document.syntax, []);
        const cleaned = name.replace(/[\r\n]+/g, ' ').trim();
        assert.strictEqual((document.data as { contact: { name: unknown } }).contact.name, cleaned, 'the name is written as given');
      }
    });

    it('shows control characters from the file only as text', () => {
      const { issues } = coreBattery('control-characters', readFixture('control-characters.interview.yaml'));
      assert.ok(issues.some((issue) => issue.message.includes('\u001b')), 'the message quotes the value as written');
    });
  });

  describe('cases the fuzzer found, kept as examples', () => {
    const data = (text: string) => parseInterview(text, { maxSize: Infinity }).data;
    const plan = (text: string, changes: Change[]) => {
      const planned = planChanges(parseInterview(text), changes);
      assert.ok(planned.ok, planned.ok ? '' : planned.reason);
      assert.deepStrictEqual(parseInterview(planned.text).syntax, []);
      return planned.text;
    };

    it('reports keys named like Object members as unknown, and reads such config keys without throwing', () => {
      const issues = lintText('contact:\n  name: Dana\n  toString: x\n__proto__: 1\nconstructor: 2\n', { today: TODAY });
      assert.deepStrictEqual(
        issues.filter((issue) => /^Unknown key/.test(issue.message)).map((issue) => issue.message.split('"')[1]),
        ['toString', '__proto__', 'constructor'],
      );
      const { problems } = parseConfig('windows:\n  toString: 3\n  constructor: 1\nrules:\n  toString: off\n', RULE_IDS);
      assert.strictEqual(problems.length, 3);
    });

    it('offers no rename that would repeat a key', () => {
      const [issue] = lintText('contact: {  }\ncontatc: ""\n', { today: TODAY }).filter((each) => /contatc/.test(each.message));
      assert.match(issue.message, /already has "contact"/);
      assert.strictEqual(issue.fixes, undefined);
    });

    it('keeps the comment on a block scalar’s `|` line when the value is replaced', () => {
      assert.strictEqual(plan('stage: >- # note to self\n  !\n', [{ kind: 'set', path: ['stage'], value: 'met' }]), 'stage: met # note to self\n');
      const [enumIssue] = lintText('contact:\n  name: D\n  connection: >- # note to self\n    colt\n', { today: TODAY }).filter((issue) => /colt/.test(issue.message));
      assert.strictEqual(enumIssue.fixes, undefined, 'no in-place fix on a block scalar');
    });

    it('writes a value of several lines after a comment that ends the line, not before it', () => {
      for (const line of ['closed_reason: ~ # note', 'closed_reason: # note', 'closed_reason: old # note']) {
        const text = plan(`stage: closed\n${line}\n`, [{ kind: 'set', path: ['closed_reason'], value: 'two\nlines' }]);
        assert.deepStrictEqual(data(text), { stage: 'closed', closed_reason: 'two\nlines' }, line);
        assert.ok(text.includes('# note\n'), `${line}: the comment is still a comment`);
      }
    });

    it('does not count a byte-order mark or an anchor as indentation', () => {
      assert.deepStrictEqual(data(plan('\ufeffNotes:\n', [{ kind: 'set', path: ['stage'], value: 'met' }])), { Notes: null, stage: 'met' });
      const anchored = '&a version: 1\ncontact:\n  name: Dana\nnotes: |\n  Bring the article.\n';
      assert.deepStrictEqual(data(plan(anchored, [{ kind: 'append', path: ['follow_up', 'log'], item: { date: '2026-11-26', note: 'Sent it' } }])), {
        version: 1,
        contact: { name: 'Dana' },
        notes: 'Bring the article.\n',
        follow_up: { log: [{ date: '2026-11-26', note: 'Sent it' }] },
      });
    });

    it('adds keys after the spaces that end a file, which belong to the text above them', () => {
      const text = 'contact:\n  name: Dana\nnotes: |\n  Bring the article.\n    ';
      const edited = plan(text, [{ kind: 'set', path: ['follow_up', 'referrals_asked'], value: false }]);
      assert.deepStrictEqual(data(edited), { ...(data(text) as object), follow_up: { referrals_asked: false } });
    });

    it('quotes text written inside `{…}` or `[…]`, where a comma would end it', () => {
      const text = plan('meeting: {  }\ntags: [a]\n', [
        { kind: 'set', path: ['meeting', 'place'], value: 'Dana ,' },
        { kind: 'append', path: ['tags'], item: 'b, c' },
        { kind: 'set', path: ['follow_up', 'thanked'], value: '2024-01-01' },
      ]);
      assert.deepStrictEqual(data(text), { meeting: { place: 'Dana ,' }, tags: ['a', 'b, c'], follow_up: { thanked: '2024-01-01' } });
      assert.ok(text.includes('\nfollow_up:\n  thanked:'), 'the indent step comes from block maps only');
    });

    it('lines a new key up with the `?` of an explicit key, not with what follows it', () => {
      const text = plan('? # c\nversion: 1\nfollow_up:\n  next: 2027-01-10\n', [{ kind: 'set', path: ['closed_reason'], value: '' }]);
      assert.strictEqual((data(text) as Record<string, unknown>).closed_reason, '');
    });

    it('refuses to edit a file with a lone CR, which a new line would join to its value', () => {
      const planned = planChanges(parseInterview('contact:\n  name: Dana\nversion: 1\r'), [{ kind: 'set', path: ['stage'], value: 'met' }]);
      assert.strictEqual(planned.ok, false);
    });

    it('puts a disable comment above a quoted value that wraps, never inside it, and it covers the value', () => {
      const text = 'contact:\n  name: Dana\noutreach: "Hi Dana,\n  could we talk for an hour?"\n';
      const [issue] = lintText(text, { today: TODAY }).filter((each) => each.ruleId === 'time-ask');
      assert.strictEqual(issue.range.start.line, 3, 'reported on the second line of the value');
      const edited = applyEdits(text, [disableCommentEdit(parseInterview(text), 'time-ask', 3)]);
      assert.strictEqual(edited, 'contact:\n  name: Dana\n# interview-lint-disable-next-line time-ask\noutreach: "Hi Dana,\n  could we talk for an hour?"\n');
      assert.deepStrictEqual(data(edited), data(text));
      assert.deepStrictEqual(lintText(edited, { today: TODAY }).filter((each) => each.ruleId === 'time-ask'), []);
    });

    it('puts a file-wide disable comment at the end when the first line is indented', () => {
      const text = '\ufeff  name: D\nstage: x\n';
      const edited = applyEdits(text, [disableCommentEdit(parseInterview(text), 'schema', 'file')]);
      assert.strictEqual(edited, `${text}# interview-lint-disable schema\n`);
      assert.deepStrictEqual(parseInterview(edited).syntax, []);
    });
  });

  describe('through the command line', () => {
    const single = [
      'empty',
      'only-comments',
      'not-yaml',
      'binary',
      'bom',
      'crlf',
      'tabs',
      'duplicate-keys',
      'multi-document',
      'top-level-list',
      'top-level-scalar',
      'deep-nesting',
      'alias-bomb',
      'unicode-names',
      'impossible-dates',
      'control-characters',
    ];

    it('reports what the core reports, at the same 1-based positions, for each fixture', () => {
      for (const name of single) {
        const file = `test/fixtures/hostile/${name}.interview.yaml`;
        const { code, files, stderr } = cliJson([file]);
        assert.strictEqual(stderr, '', name);
        assert.strictEqual(files.length, 1, name);
        assert.strictEqual(files[0].filePath, file);
        const text = readFixture(`${name}.interview.yaml`);
        const document = parseInterview(text);
        const core = lintDocument(document, { today: TODAY, path: file, workspace: createWorkspaceView([file], []) });
        const expected = core
          .map((issue) => `${issue.ruleId}@${issue.range.start.line + 1}:${issue.range.start.character + 1}-${issue.range.end.line + 1}:${issue.range.end.character + 1}`)
          .sort();
        assert.deepStrictEqual(positions(files[0].messages).sort(), expected, name);
        assert.strictEqual(code, core.some((issue) => issue.severity === 'error') ? 1 : 0, `${name}: exit code`);
      }
    });

    it('prints no control characters or direction overrides from a file to the terminal', () => {
      for (const name of ['binary', 'control-characters', 'unicode-names']) {
        const { stdout } = cli(['--no-color', '--today', TODAY, `test/fixtures/hostile/${name}.interview.yaml`]);
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        assert.doesNotMatch(stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, name);
      }
      const { stdout } = cli(['--no-color', '--today', TODAY, 'test/fixtures/hostile/control-characters.interview.yaml']);
      assert.match(stdout, /"\\u001b\[2J\\u001b\]0;owned\\u0007" is not a stage/);
    });

    it('reads a byte-order-marked file as the editor does: same positions as without the mark', () => {
      const folder = temp();
      const body = fs.readFileSync(path.join(fixtures, 'bom.interview.yaml')).subarray(3);
      fs.writeFileSync(path.join(folder, 'plain.interview.yaml'), body);
      fs.copyFileSync(path.join(fixtures, 'bom.interview.yaml'), path.join(folder, 'marked.interview.yaml'));
      const { files } = cliJson(['.'], folder);
      const [marked, plain] = files;
      assert.strictEqual(marked.filePath, 'marked.interview.yaml');
      assert.deepStrictEqual(
        positions(marked.messages).filter((entry) => entry.startsWith('schema')),
        positions(plain.messages).filter((entry) => entry.startsWith('schema')),
      );
      assert.ok(marked.messages.some((message) => message.line === 4 && message.column === 8 && /sheduled/.test(message.message)));
    });

    it('lints the whole hostile folder in a stable order, exit 1, no stack trace', () => {
      const first = cli(['--no-color', '--today', TODAY, 'test/fixtures/hostile']);
      const second = cli(['--no-color', '--today', TODAY, 'test/fixtures/hostile']);
      assert.strictEqual(first.code, 1);
      assert.strictEqual(first.stdout, second.stdout, 'the same report twice');
      const { files } = cliJson(['test/fixtures/hostile']);
      const paths = files.map((file) => file.filePath);
      assert.deepStrictEqual(paths, [...paths].sort());
      for (const file of files) {
        const lines = file.messages.map((message) => [message.line, message.column]);
        const sorted = [...lines].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        assert.deepStrictEqual(lines, sorted, `${file.filePath}: messages in position order`);
      }
    });

    it('reports a malformed .interviewlintrc.yaml as config errors and still lints the file with the defaults', () => {
      const { code, files, stderr } = cliJson(['test/fixtures/hostile/rc-malformed']);
      assert.strictEqual(stderr, '');
      assert.strictEqual(code, 1);
      const config = files.find((file) => file.filePath.endsWith('.interviewlintrc.yaml'));
      assert.ok(config && config.messages.length > 0 && config.messages.every((message) => message.ruleId === 'config' && message.severity === 'error'));
      const interview = files.find((file) => file.filePath.endsWith('dana.interview.yaml'));
      assert.ok(interview?.messages.some((message) => message.ruleId === 'no-job-ask'), 'the default rules still run');
    });

    it('reports unknown rule ids in .interviewlintrc.yaml and applies the valid settings', () => {
      const { code, files } = cliJson(['test/fixtures/hostile/rc-unknown-rules']);
      assert.strictEqual(code, 1);
      const config = files.find((file) => file.filePath.endsWith('.interviewlintrc.yaml'));
      assert.ok(config?.messages.some((message) => /Did you mean "no-job-ask"/.test(message.message)));
      const interview = files.find((file) => file.filePath.endsWith('dana.interview.yaml'));
      assert.ok(interview?.messages.some((message) => message.ruleId === 'no-job-ask'), 'a misspelt id turns nothing off');
      assert.ok(!interview?.messages.some((message) => message.ruleId === 'about-them'), '`about-them: off` applies');
    });

    it('gives a 10 MB file and a 1 MB line one "too large to lint" error each, and lints the line under a raised limit', () => {
      const folder = temp();
      const big = `contact:\n  name: Big File\nnotes: |\n${'  A line of notes that goes on for a while, about nothing in particular.\n'.repeat(140_000)}`;
      fs.writeFileSync(path.join(folder, 'big.interview.yaml'), big);
      fs.writeFileSync(path.join(folder, 'long-line.interview.yaml'), `notes: ${'y'.repeat(1024 * 1024)}`);
      const { code, files } = cliJson(['.'], folder);
      assert.strictEqual(code, 1);
      assert.deepStrictEqual(
        files.map((file) => [file.filePath, file.messages.length, file.messages[0]?.line, file.messages[0]?.column]),
        [
          ['big.interview.yaml', 1, 1, 1],
          ['long-line.interview.yaml', 1, 1, 1],
        ],
      );
      for (const file of files) assert.match(file.messages[0].message, /too large to lint/);
      fs.writeFileSync(path.join(folder, '.interviewlintrc.yaml'), 'max_file_size: 2097152\n');
      const raised = cliJson(['long-line.interview.yaml'], folder);
      assert.ok(!raised.files[0].messages.some((message) => /too large/.test(message.message)));
    });
  });
});
