// The SARIF that `interview-lint --format sarif` writes, as GitHub code scanning takes it: Microsoft's
// validator finds nothing to object to under its GitHub and SARIF rules, every rule carries its
// documentation, paths are relative to %SRCROOT%, a finding keeps its fingerprint when lines are
// added above it, and the log records how the run ended.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { run } from '../../src/cli/main';
import { FINGERPRINT } from '../../src/cli/report';
import { RULES } from '../../src/core/rules';
import { objections, validateSarif } from './sarifValidator.support';

const root = path.join(__dirname, '..', '..');
const TODAY = '2026-11-26';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } } }[];
  partialFingerprints?: Record<string, string>;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string; markdown: string };
  help: { text: string; markdown: string };
  helpUri: string;
}

interface SarifLog {
  runs: {
    tool: { driver: { rules: SarifRule[] } };
    automationDetails?: { id: string };
    originalUriBaseIds?: Record<string, { uri: string }>;
    invocations?: { executionSuccessful: boolean; exitCode: number; toolExecutionNotifications?: { level: string; message: { text: string } }[] }[];
    results: SarifResult[];
  }[];
}

function sarifOf(args: string[], cwd: string): { code: number; text: string; log: SarifLog } {
  let text = '';
  const code = run(['--format', 'sarif', '--today', TODAY, ...args], cwd, (chunk) => (text += chunk), () => undefined);
  return { code, text, log: JSON.parse(text) as SarifLog };
}

const made: string[] = [];

function temp(files: Record<string, string>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-sarif-'));
  made.push(folder);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return folder;
}

/** The text of each `## heading` section of docs/rules.md. */
function docsSections(): Map<string, string> {
  const page = fs.readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8');
  return new Map(page.split(/^## /m).slice(1).map((part) => [part.slice(0, part.indexOf('\n')).trim(), part.slice(part.indexOf('\n') + 1)]));
}

describe('interview-lint --format sarif', function () {
  this.timeout(120_000);
  after(() => {
    for (const folder of made) fs.rmSync(folder, { recursive: true, force: true });
  });


  describe("Microsoft's SARIF validator (Gh and Sarif rules)", () => {
    it('finds no error and no warning in the SARIF of the examples', () => {
      const { log, text } = sarifOf(['examples'], root);
      assert.ok(log.runs[0].results.length > 10, 'the examples have findings to validate');
      assert.deepStrictEqual(objections(validateSarif(text)), []);
    });

    it('finds no error and no warning in the SARIF of the hostile fixtures, configuration problems included', () => {
      const { log, text } = sarifOf(['.'], path.join(root, 'test', 'fixtures', 'hostile'));
      assert.ok(log.runs[0].results.some((result) => result.ruleId === 'config'), 'the malformed .interviewlintrc.yaml files are reported');
      assert.ok(log.runs[0].results.some((result) => result.ruleId === 'schema'));
      assert.deepStrictEqual(objections(validateSarif(text)), []);
    });

    it('does object to a log without help, without a full description, or with a name equal to an id (so the checks above can fail)', () => {
      const { log } = sarifOf(['examples'], root);
      const [first, second, third] = log.runs[0].tool.driver.rules as Partial<SarifRule>[];
      delete first.help;
      delete second.fullDescription;
      third.name = third.id;
      const found = objections(validateSarif(JSON.stringify(log)));
      assert.strictEqual(found.filter((line) => line.includes('GH2012')).length, 2, found.join('\n'));
      assert.strictEqual(found.filter((line) => line.includes('SARIF1001')).length, 1, found.join('\n'));
    });
  });

  it('describes every rule with its own section of docs/rules.md, in text and in Markdown, with links that work outside the repository', () => {
    const sections = docsSections();
    const rules = sarifOf(['examples'], root).log.runs[0].tool.driver.rules;
    assert.deepStrictEqual(
      rules.map((rule) => rule.id),
      RULES.map((rule) => rule.id),
    );
    for (const rule of rules) {
      const section = sections.get(rule.id);
      assert.ok(section, rule.id);
      const firesWhen = section.split('\n').find((line) => line.startsWith('**Fires when**'));
      const why = section.split('\n').find((line) => line.startsWith('**Why.**'));
      assert.ok(firesWhen && why, `${rule.id}: the docs section has its Why and Fires when`);
      assert.ok(rule.fullDescription.markdown.includes(firesWhen) && rule.fullDescription.markdown.includes(why), `${rule.id}: full description from the docs`);
      assert.ok(rule.fullDescription.text.includes(firesWhen.replace(/\*\*/g, '').replace(/`/g, '')), `${rule.id}: the plain full description`);
      // The help is the whole section: its examples, how to fix and how to turn the rule off.
      const example = /```yaml\n([^`]*)```/.exec(section)?.[1].trim().split('\n')[0];
      assert.ok(example, `${rule.id}: the docs have an example`);
      for (const part of ['**How to fix.**', '**Turn it off.**', example]) assert.ok(rule.help.markdown.includes(part), `${rule.id}: the help has ${part}`);
      assert.ok(rule.help.text.includes('How to fix.') && rule.help.text.includes(example), `${rule.id}: the plain help`);
      for (const text of [rule.help.text, rule.fullDescription.text]) assert.doesNotMatch(text, /\*\*|```/, `${rule.id}: no Markdown in the text`);
      for (const target of [...rule.help.markdown.matchAll(/\]\(([^)]*)\)/g)].map((match) => match[1])) assert.match(target, /^https:\/\//, `${rule.id}: link ${target}`);
      assert.strictEqual(rule.helpUri, `https://github.com/notes-as-code/informational-interviews/blob/main/docs/rules.md#${rule.id}`);
      assert.strictEqual(rule.shortDescription.text, RULES.find((candidate) => candidate.id === rule.id)?.reason);
    }
    const names = rules.map((rule) => rule.name);
    assert.strictEqual(new Set(names.map((name) => name.toLowerCase())).size, names.length, 'distinct names');
    for (const rule of rules) {
      assert.notStrictEqual(rule.name.toLowerCase(), rule.id.toLowerCase(), `${rule.id}: a name other than the id`);
      assert.match(rule.name, /^[A-Z][A-Za-z]+$/, 'a Pascal-case name');
    }
  });

  it('documents configuration problems with the repository settings of docs/rules.md', () => {
    const { log } = sarifOf(['.'], path.join(root, 'test', 'fixtures', 'hostile'));
    const config = log.runs[0].tool.driver.rules.find((rule) => rule.id === 'config');
    assert.ok(config);
    assert.match(config.fullDescription.markdown, /\.interviewlintrc\.yaml/);
    assert.match(config.help.markdown, /job_ask_phrases/);
    assert.match(config.helpUri, /#turning-rules-off-and-changing-their-severity$/);
    assert.ok(log.runs[0].results.filter((result) => result.ruleId === 'config').every((result) => log.runs[0].tool.driver.rules[result.ruleIndex].id === 'config'));
  });

  it('gives every location relative to %SRCROOT%, the folder it ran in, and each resolves to the file', () => {
    const cwd = path.join(root, 'test', 'fixtures', 'hostile');
    const { log } = sarifOf(['.'], cwd);
    const base = log.runs[0].originalUriBaseIds?.['%SRCROOT%']?.uri;
    assert.strictEqual(base, `${pathToFileURL(cwd).href}/`);
    for (const result of log.runs[0].results) {
      const location = result.locations[0].physicalLocation.artifactLocation;
      assert.strictEqual(location.uriBaseId, '%SRCROOT%');
      assert.doesNotMatch(location.uri, /^[a-z]+:|^\//, 'a relative reference');
      assert.ok(fs.existsSync(fileURLToPath(new URL(location.uri, base))), location.uri);
    }
  });

  it('percent-encodes the characters of a file name that a URI reserves', () => {
    const folder = temp({ 'notes/a #1?.interview.yaml': 'contact:\n  name: Ada\nstage: sheduled\n' });
    const { log } = sarifOf(['.'], folder);
    const uri = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    assert.strictEqual(uri, 'notes/a%20%231%3F.interview.yaml');
    assert.ok(fs.existsSync(fileURLToPath(new URL(uri, log.runs[0].originalUriBaseIds?.['%SRCROOT%'].uri))));
  });

  describe('fingerprints', () => {
    const interview = ['contact:', '  name: Ada Lovelace', 'stage: met', 'meeting:', '  date: 2026-11-01', 'questions:', '  - Is your team hiring right now?', '  - What is your typical workday like?', '  - Is your team hiring right now?', ''].join('\n');
    const fingerprints = (log: SarifLog) => log.runs[0].results.map((result) => ({ rule: result.ruleId, line: result.locations[0].physicalLocation.region.startLine, fingerprint: result.partialFingerprints?.[FINGERPRINT] ?? '' }));

    it('keeps each finding’s fingerprint when lines are added above it', () => {
      const before = fingerprints(sarifOf(['.'], temp({ 'ada.interview.yaml': interview })).log);
      assert.ok(before.length >= 3 && before.filter((finding) => finding.rule === 'no-job-ask').length === 2, JSON.stringify(before));
      const moved = `# Met through the alumni list.\ntags: [engines]\n\n${interview.replace('questions:\n', 'research:\n  company: Analytical Engines Ltd.\nquestions:\n')}`;
      const after = fingerprints(sarifOf(['.'], temp({ 'ada.interview.yaml': moved })).log);
      for (const finding of before) {
        const same = after.find((candidate) => candidate.fingerprint === finding.fingerprint);
        assert.ok(same, `the ${finding.rule} finding on line ${finding.line} keeps its fingerprint: ${JSON.stringify(after)}`);
        assert.strictEqual(same.rule, finding.rule);
        assert.ok(same.line > finding.line, `it did move: line ${finding.line} → ${same.line}`);
      }
    });

    it('tells apart two findings of the same text, and changes when what was flagged is reworded', () => {
      const asks = fingerprints(sarifOf(['.'], temp({ 'ada.interview.yaml': interview })).log).filter((finding) => finding.rule === 'no-job-ask');
      assert.strictEqual(new Set(asks.map((finding) => finding.fingerprint)).size, 2, JSON.stringify(asks));
      assert.strictEqual(asks[0].fingerprint.replace(/:\d+$/, ''), asks[1].fingerprint.replace(/:\d+$/, ''), 'the same text, numbered');
      const reworded = interview.replace('  - Is your team hiring right now?', '  - Could you refer me for the analyst role?');
      const after = fingerprints(sarifOf(['.'], temp({ 'ada.interview.yaml': reworded })).log).filter((finding) => finding.rule === 'no-job-ask');
      const rewordedAsk = after.find((finding) => finding.line === asks[0].line);
      assert.ok(rewordedAsk, `the reworded ask is still a job ask: ${JSON.stringify(after)}`);
      assert.ok(!asks.some((finding) => finding.fingerprint === rewordedAsk.fingerprint), JSON.stringify({ asks, after }));
    });

    it('does not depend on the day the linter runs, though the messages may', () => {
      const folder = temp({ 'ada.interview.yaml': interview });
      const today = fingerprints(sarifOf(['.'], folder).log);
      let later = '';
      run(['--format', 'sarif', '--today', '2027-03-01', '.'], folder, (chunk) => (later += chunk), () => undefined);
      const laterFindings = fingerprints(JSON.parse(later) as SarifLog);
      for (const finding of today.filter((candidate) => laterFindings.some((other) => other.rule === candidate.rule))) {
        assert.ok(laterFindings.some((other) => other.fingerprint === finding.fingerprint), `${finding.rule} keeps its fingerprint on another day`);
      }
    });
  });

  describe('the run', () => {
    it('records the exit code: 1 for the examples, which have an error', () => {
      const { code, log } = sarifOf(['examples'], root);
      assert.strictEqual(code, 1);
      assert.deepStrictEqual(
        log.runs[0].invocations?.map((invocation) => [invocation.exitCode, invocation.executionSuccessful]),
        [[1, true]],
      );
      assert.strictEqual(log.runs[0].automationDetails?.id, 'interview-lint/');
    });

    it('records 0 for a clean file and 1 past --max-warnings', () => {
      const folder = temp({ 'a.interview.yaml': 'contact:\n  name: Ada\nstage: met\nmeeting:\n  date: 2026-11-01\n' });
      const clean = sarifOf(['.'], folder);
      assert.strictEqual(clean.code, 0);
      assert.strictEqual(clean.log.runs[0].invocations?.[0].exitCode, 0);
      const strict = sarifOf(['--max-warnings', '0', '.'], folder);
      assert.strictEqual(strict.code, 1);
      assert.strictEqual(strict.log.runs[0].invocations?.[0].exitCode, 1);
    });

    it('records 2, an unsuccessful run, and why, when a path is missing', () => {
      const folder = temp({ 'a.interview.yaml': 'contact:\n  name: Ada\n' });
      const { code, log } = sarifOf(['a.interview.yaml', 'nobody.interview.yaml'], folder);
      assert.strictEqual(code, 2);
      const [invocation] = log.runs[0].invocations ?? [];
      assert.strictEqual(invocation.exitCode, 2);
      assert.strictEqual(invocation.executionSuccessful, false);
      assert.deepStrictEqual(
        invocation.toolExecutionNotifications?.map((notification) => [notification.level, notification.message.text]),
        [['error', 'No such file or folder: nobody.interview.yaml']],
      );
    });
  });
});
