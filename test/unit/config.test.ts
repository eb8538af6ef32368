import * as assert from 'node:assert/strict';
import { configCandidates, defaultConfig, mergeConfig, parseConfig } from '../../src/core/config';
import { RULE_IDS } from '../../src/core/rules';

/** The problems of a configuration text with the text each one covers. */
function problemsOf(text: string) {
  return parseConfig(text, RULE_IDS).problems.map((problem) => ({ message: problem.message, covers: text.slice(problem.start, problem.end) }));
}

describe('finding .interviewlintrc.yaml', () => {
  it('lists both spellings in each folder from the file up to the root, nearest first', () => {
    assert.deepEqual(configCandidates('/home/sam/notes/acme/dana.interview.yaml'), [
      '/home/sam/notes/acme/.interviewlintrc.yaml',
      '/home/sam/notes/acme/.interviewlintrc.yml',
      '/home/sam/notes/.interviewlintrc.yaml',
      '/home/sam/notes/.interviewlintrc.yml',
      '/home/sam/.interviewlintrc.yaml',
      '/home/sam/.interviewlintrc.yml',
      '/home/.interviewlintrc.yaml',
      '/home/.interviewlintrc.yml',
      '/.interviewlintrc.yaml',
      '/.interviewlintrc.yml',
    ]);
  });

  it('stops at a given folder, such as the workspace root', () => {
    assert.deepEqual(configCandidates('/home/sam/notes/acme/dana.interview.yaml', { stopAt: '/home/sam/notes/' }), [
      '/home/sam/notes/acme/.interviewlintrc.yaml',
      '/home/sam/notes/acme/.interviewlintrc.yml',
      '/home/sam/notes/.interviewlintrc.yaml',
      '/home/sam/notes/.interviewlintrc.yml',
    ]);
  });

  it('works on relative paths, ending at the current folder', () => {
    assert.deepEqual(configCandidates('acme/dana.interview.yaml'), ['acme/.interviewlintrc.yaml', 'acme/.interviewlintrc.yml', '.interviewlintrc.yaml', '.interviewlintrc.yml']);
    assert.deepEqual(configCandidates('dana.interview.yaml'), ['.interviewlintrc.yaml', '.interviewlintrc.yml']);
  });

  it('works on Windows paths, keeping the backslashes and the drive', () => {
    assert.deepEqual(configCandidates('C:\\notes\\dana.interview.yaml'), ['C:\\notes\\.interviewlintrc.yaml', 'C:\\notes\\.interviewlintrc.yml', 'C:\\.interviewlintrc.yaml', 'C:\\.interviewlintrc.yml']);
  });
});

describe('reading .interviewlintrc.yaml', () => {
  it('reads rules, phrases, windows and the size limit', () => {
    const { layer, problems } = parseConfig(
      [
        '# Our team runs hints as warnings.',
        'rules:',
        '  prefer-in-person: off',
        '  warm-contact: warning',
        '  about-them: false',
        'job_ask_phrases: [any openings]',
        'allow_phrases:',
        '  - hiring process',
        'windows:',
        '  thank_you_days: 2',
        '  stale_request_days: 10',
        '  max_minutes: 20',
        '  check_in_days: 45',
        'max_file_size: 100000',
        '',
      ].join('\n'),
      RULE_IDS,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(layer, {
      rules: { 'prefer-in-person': 'off', 'warm-contact': 'warning', 'about-them': 'off' },
      jobAskPhrases: ['any openings'],
      allowPhrases: ['hiring process'],
      windows: { thankYouDays: 2, staleRequestDays: 10, maxMinutes: 20, checkInDays: 45 },
      maxFileSize: 100000,
    });
  });

  it('accepts an empty file', () => {
    assert.deepEqual(parseConfig('', RULE_IDS), { layer: {}, problems: [] });
    assert.deepEqual(parseConfig('# nothing yet\n', RULE_IDS), { layer: {}, problems: [] });
  });

  it('reports malformed YAML at its position and applies nothing', () => {
    const text = 'rules:\n  no-job-ask: [warning\n';
    const { layer, problems } = parseConfig(text, RULE_IDS);
    assert.deepEqual(layer, {});
    assert.ok(problems.length > 0);
    assert.match(problems[0].message, /YAML/);
    assert.ok(problems[0].start > 0);
  });

  it('reports a file that is not a map', () => {
    assert.match(problemsOf('- no-job-ask\n')[0].message, /should be a map/);
  });

  it('names an unknown rule id and suggests the close one', () => {
    const problems = problemsOf('rules:\n  no-job-asks: error\n  thank-you-lte: off\n  mystery: warning\n');
    assert.deepEqual(problems.map((problem) => problem.covers), ['no-job-asks', 'thank-you-lte', 'mystery']);
    assert.match(problems[0].message, /Unknown rule "no-job-asks"\. Did you mean "no-job-ask"\?/);
    assert.match(problems[1].message, /Did you mean "thank-you-late"\?/);
    assert.doesNotMatch(problems[2].message, /Did you mean/);
  });

  it('rejects a bad severity, on the value, with a suggestion for familiar spellings', () => {
    const { layer, problems } = parseConfig('rules:\n  no-job-ask: warn\n  thank-you: Error\n  time-ask: loud\n  schema: 2\n  follow-up-due: true\n', RULE_IDS);
    assert.deepEqual(layer.rules, {});
    assert.equal(problems.length, 5);
    assert.match(problems[0].message, /"warn" is not a severity for no-job-ask\. Did you mean "warning"\?/);
    assert.match(problems[1].message, /Did you mean "error"\?/);
    assert.doesNotMatch(problems[2].message, /Did you mean/);
    assert.match(problems[3].message, /2 is not a severity/);
    assert.match(problems[4].message, /true is not a severity/);
  });

  it('keeps the good settings when some are bad', () => {
    const { layer, problems } = parseConfig('rules:\n  no-job-ask: error\n  warm-contact: sometimes\nwindows:\n  max_minutes: 25\n', RULE_IDS);
    assert.equal(problems.length, 1);
    assert.deepEqual(layer.rules, { 'no-job-ask': 'error' });
    assert.deepEqual(layer.windows, { maxMinutes: 25 });
  });

  it('checks the windows: known names, whole numbers in range', () => {
    const problems = problemsOf('windows:\n  thank_you_day: 2\n  max_minutes: 0\n  stale_request_days: 1.5\n  check_in_days: soon\n  thank_you_days: 0\n');
    assert.equal(problems.length, 4);
    assert.match(problems[0].message, /Did you mean "thank_you_days"\?/);
    assert.match(problems[1].message, /max_minutes.*from 5 to 240/);
    assert.equal(problems[1].covers, '0');
    assert.match(problems[2].message, /stale_request_days/);
    assert.match(problems[3].message, /"soon"/);
  });

  it('names an unknown top-level setting and suggests the close one', () => {
    const [problem] = problemsOf('rule:\n  no-job-ask: error\n');
    assert.match(problem.message, /Unknown setting "rule"\. Did you mean "rules"\?/);
    assert.equal(problem.covers, 'rule');
  });

  it('wants phrase lists as lists of text', () => {
    assert.match(problemsOf('job_ask_phrases: any openings\n')[0].message, /list of phrases/);
    assert.match(problemsOf('allow_phrases: [1, 2]\n')[0].message, /list of phrases/);
  });

  it('reads holidays as dates, reporting each one that is not, and adds them up across layers', () => {
    const text = 'holidays: [2026-12-25, "2026-12-26", 2026-02-30, christmas]\n';
    const { layer, problems } = parseConfig(text, RULE_IDS);
    assert.deepEqual(layer.holidays, ['2026-12-25', '2026-12-26']);
    assert.deepEqual(
      problems.map((problem) => [problem.message, text.slice(problem.start, problem.end)]),
      [
        ['"2026-02-30" is not a date: write holidays as YYYY-MM-DD.', '2026-02-30'],
        ['"christmas" is not a date: write holidays as YYYY-MM-DD.', 'christmas'],
      ],
    );
    assert.match(parseConfig('holidays: 2026-12-25\n', RULE_IDS).problems[0].message, /should be a list of dates/);
    assert.deepEqual(mergeConfig(defaultConfig(), { holidays: ['2026-12-25'] }, { holidays: ['2027-01-01'] }).holidays, ['2026-12-25', '2027-01-01']);
  });

  it('reads phrase_sensitivity: low, medium or high', () => {
    for (const value of ['low', 'medium', 'high'] as const) assert.deepEqual(parseConfig(`phrase_sensitivity: ${value}\n`, RULE_IDS), { layer: { phraseSensitivity: value }, problems: [] });
  });

  it('rejects a bad phrase_sensitivity, on the value, naming the choices and keeping the rest', () => {
    const { layer, problems } = parseConfig('rules:\n  no-job-ask: error\nphrase_sensitivity: loud\n', RULE_IDS);
    assert.deepEqual(layer, { rules: { 'no-job-ask': 'error' } });
    assert.equal(problems.length, 1);
    assert.equal(problems[0].message, '"loud" is not a phrase sensitivity. Use low (report only what the phrase model is surest of), medium or high (report more).');
    assert.equal(problemsOf('phrase_sensitivity: loud\n')[0].covers, 'loud');
  });

  it('suggests the sensitivity a bad spelling was close to', () => {
    assert.match(problemsOf('phrase_sensitivity: High\n')[0].message, /^"High" is not a phrase sensitivity\. Did you mean "high"\?/);
    assert.match(problemsOf('phrase_sensitivity: hgih\n')[0].message, /Did you mean "high"\?/);
    assert.match(problemsOf('phrase_sensitivity: normal\n')[0].message, /Did you mean "medium"\?/);
    assert.match(problemsOf('phrase_sensitivity: 3\n')[0].message, /^3 is not a phrase sensitivity\./);
    assert.match(problemsOf('phrase_sensitivity: [low]\n')[0].message, /^a list is not a phrase sensitivity\./);
  });

  it('suggests phrase_sensitivity for a misspelt key', () => {
    assert.match(problemsOf('phrase_sensitivty: low\n')[0].message, /Did you mean "phrase_sensitivity"\?/);
  });

  it('rejects duplicate keys rather than picking one', () => {
    assert.ok(problemsOf('rules:\n  no-job-ask: off\nrules:\n  no-job-ask: error\n').length > 0);
  });
});

describe('layering configuration', () => {
  it('lets later layers win and adds up the phrase lists', () => {
    const merged = mergeConfig(defaultConfig(), { rules: { 'time-ask': 'off' }, jobAskPhrases: ['a'], windows: { maxMinutes: 20 } }, undefined, { rules: { 'time-ask': 'error' }, jobAskPhrases: ['b'] });
    assert.equal(merged.rules['time-ask'], 'error');
    assert.deepEqual(merged.jobAskPhrases, ['a', 'b']);
    assert.equal(merged.windows.maxMinutes, 20);
    assert.equal(merged.windows.thankYouDays, 1);
  });

  it('defaults the phrase sensitivity to medium, and lets a later layer set it', () => {
    assert.equal(defaultConfig().phraseSensitivity, 'medium');
    assert.equal(mergeConfig(defaultConfig(), parseConfig('', RULE_IDS).layer).phraseSensitivity, 'medium');
    assert.equal(mergeConfig(defaultConfig(), { phraseSensitivity: 'low' }, { rules: {} }).phraseSensitivity, 'low');
    assert.equal(mergeConfig(defaultConfig(), { phraseSensitivity: 'low' }, { phraseSensitivity: 'high' }).phraseSensitivity, 'high');
  });

  it('starts from the windows of the format', () => {
    assert.deepEqual(defaultConfig().windows, { thankYouDays: 1, staleRequestDays: 7, maxMinutes: 30, checkInDays: 30, maxOutreachWords: 100, secondContactDays: 3 });
  });
});
