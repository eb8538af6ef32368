import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { PhraseMatch } from '../../src/core/phrases';
import { findJobAsks, findSelfFocus, findTimeAsks, RECOMMENDED_QUESTIONS, REFERRAL_ASK } from '../../src/core/phrases';

const CORPUS_DIR = path.join(__dirname, '..', 'fixtures', 'phrases');
const HOLDOUT_FILE = 'holdout.txt';
/** Held-out files (holdout.txt, final-holdout.txt): never used to tune the detectors, reported separately and without targets. */
const isHoldout = (file: string): boolean => file.endsWith('holdout.txt');

type RuleId = 'no-job-ask' | 'about-them' | 'time-ask';
const LABEL_TO_RULE: Readonly<Record<string, RuleId>> = { job: 'no-job-ask', self: 'about-them', time: 'time-ask' };
const RULES: readonly RuleId[] = ['no-job-ask', 'about-them', 'time-ask'];

interface CorpusItem {
  file: string;
  line: number;
  text: string;
  expected: ReadonlySet<RuleId>;
}

/** Reads `LABELS | text` lines from every corpus file (see test/fixtures/phrases/README.md). */
function loadCorpus(): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const file of readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.txt')).sort()) {
    readFileSync(path.join(CORPUS_DIR, file), 'utf8')
      .split(/\r?\n/)
      .forEach((raw, index) => {
        const line = raw.trim();
        if (!line || line.startsWith('#')) return;
        const bar = line.indexOf('|');
        assert.ok(bar > 0, `${file}:${index + 1}: expected "LABELS | text"`);
        const labels = line.slice(0, bar).trim();
        const text = line.slice(bar + 1).trim();
        const expected = new Set<RuleId>();
        if (labels !== 'clean') {
          for (const label of labels.split('+')) {
            const rule = LABEL_TO_RULE[label.trim()];
            assert.ok(rule, `${file}:${index + 1}: unknown label "${label}"`);
            expected.add(rule);
          }
        }
        items.push({ file, line: index + 1, text, expected });
      });
  }
  return items;
}

const DEFAULT_MAX_MINUTES = 30;

function detect(rule: RuleId, text: string): PhraseMatch[] {
  if (rule === 'no-job-ask') return findJobAsks(text);
  if (rule === 'about-them') return findSelfFocus(text);
  return findTimeAsks(text, DEFAULT_MAX_MINUTES);
}

interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  misses: string[];
}

function score(items: readonly CorpusItem[], rule: RuleId): Score {
  const result: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0, misses: [] };
  for (const item of items) {
    const matches = detect(rule, item.text);
    const fired = matches.length > 0;
    const expected = item.expected.has(rule);
    if (fired && expected) result.truePositives++;
    else if (fired) {
      result.falsePositives++;
      result.misses.push(`  false positive ${item.file}:${item.line} [${matches.map((m) => `${m.kind}: "${m.phrase}"`).join(', ')}] ${item.text}`);
    } else if (expected) {
      result.falseNegatives++;
      result.misses.push(`  missed         ${item.file}:${item.line} ${item.text}`);
    }
  }
  return result;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
const precision = (s: Score): number => ratio(s.truePositives, s.truePositives + s.falsePositives);
const recall = (s: Score): number => ratio(s.truePositives, s.truePositives + s.falseNegatives);
const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

const TARGETS: Readonly<Record<RuleId, { precision: number; recall: number }>> = {
  'no-job-ask': { precision: 0.95, recall: 0.95 },
  'about-them': { precision: 0.9, recall: 0.85 },
  'time-ask': { precision: 0.95, recall: 0.95 },
};

/** Asserts that the phrase is exactly the text at the reported offsets. */
function assertExactSpans(text: string, matches: readonly PhraseMatch[]): void {
  for (const match of matches) assert.equal(text.slice(match.start, match.end), match.phrase);
}

describe('phrase corpus', () => {
  const corpus = loadCorpus();
  const tuned = corpus.filter((item) => !isHoldout(item.file));
  const holdout = corpus.filter((item) => item.file === HOLDOUT_FILE);
  const heldOut = [...new Set(corpus.filter((item) => isHoldout(item.file)).map((item) => item.file))].map((file) => [file, corpus.filter((item) => item.file === file)] as const);

  it('has enough labelled lines of each kind', () => {
    const count = (predicate: (item: CorpusItem) => boolean): number => corpus.filter(predicate).length;
    assert.ok(count((item) => item.expected.size === 0 && item.file !== 'time-asks.txt') >= 150, 'at least 150 clean informational lines');
    assert.ok(count((item) => item.expected.has('no-job-ask')) >= 80, 'at least 80 job asks');
    assert.ok(count((item) => item.expected.has('about-them')) >= 25, 'at least 25 self-focused lines');
    assert.ok(count((item) => item.expected.has('time-ask')) >= 20, 'at least 20 time asks');
    for (const [file, items] of heldOut) assert.ok(items.length >= 40, `${file}: a holdout of at least 40 lines`);
    assert.ok(holdout.length >= 40, 'a holdout of at least 40 lines');
  });

  it('reports precision and recall per rule and meets the targets', function () {
    const lines: string[] = [];
    const failures: string[] = [];
    for (const [name, items] of [['tuned corpus', tuned], ...heldOut, ['whole corpus', corpus]] as const) {
      lines.push(`${name} (${items.length} lines)`);
      for (const rule of RULES) {
        const result = score(items, rule);
        lines.push(
          `  ${rule.padEnd(11)} precision ${percent(precision(result)).padStart(6)}  recall ${percent(recall(result)).padStart(6)}  ` +
            `(tp ${result.truePositives}, fp ${result.falsePositives}, fn ${result.falseNegatives})`,
        );
        if (isHoldout(name)) continue;
        lines.push(...result.misses.map((miss) => `  ${miss}`));
        const target = TARGETS[rule];
        if (precision(result) < target.precision) failures.push(`${name} ${rule}: precision ${percent(precision(result))} < ${percent(target.precision)}`);
        if (recall(result) < target.recall) failures.push(`${name} ${rule}: recall ${percent(recall(result))} < ${percent(target.recall)}`);
      }
    }
    console.log(lines.join('\n'));
    assert.deepEqual(failures, []);
  });

  it('reports exact offsets for every match in the corpus', () => {
    for (const item of corpus) {
      assertExactSpans(item.text, findJobAsks(item.text));
      assertExactSpans(item.text, findSelfFocus(item.text));
      assertExactSpans(item.text, findTimeAsks(item.text, DEFAULT_MAX_MINUTES));
    }
  });
});

describe('findJobAsks', () => {
  const kinds = (text: string): string[] => findJobAsks(text).map((match) => match.kind);

  it('flags a résumé hand-off as a job ask', () => {
    const [match] = findJobAsks('Could you pass my résumé along to the right person?');
    assert.equal(match.kind, 'resume');
    assert.equal(match.phrase, 'pass my résumé');
    assert.equal(match.suggestion, REFERRAL_ASK);
  });

  it('flags asking whether the team is hiring', () => {
    const [match] = findJobAsks('Is your team hiring?');
    assert.equal(match.kind, 'opening');
    assert.equal(match.phrase, 'Is your team hiring');
    assert.ok(RECOMMENDED_QUESTIONS.includes(match.suggestion));
  });

  it('flags a referral for a specific role', () => {
    assert.deepEqual(kinds('Could you refer me for the data analyst role?'), ['referral-for-role']);
  });

  it('flags a good word, being considered, an interview and a hiring decision', () => {
    assert.deepEqual(kinds('Could you put in a good word for me?'), ['good-word']);
    assert.deepEqual(kinds("I'd love to be considered for the project coordinator role."), ['considered']);
    assert.deepEqual(kinds('Any chance of an interview?'), ['interview']);
    assert.deepEqual(kinds('Could you introduce me to the hiring manager?'), ['hiring-decision']);
  });

  it('flags "keep me in mind" and "let me know if anything opens up"', () => {
    assert.deepEqual(
      findJobAsks('Please keep me in mind if something opens up.').map((match) => match.phrase),
      ['keep me in mind', 'if something opens up'],
    );
    assert.equal(findJobAsks('Let me know if anything comes up on your team.').length, 1);
    assert.deepEqual(findJobAsks('If anything comes up and you need to reschedule, just let me know.'), []);
  });

  it('flags first-person asks about getting hired at their company', () => {
    assert.deepEqual(kinds('How can I get hired at your company?'), ['get-hired']);
    assert.deepEqual(kinds('Is there any way to get my foot in the door?'), ['get-hired']);
  });

  it('does not fire on the recommended questions or the referral ask', () => {
    for (const question of [...RECOMMENDED_QUESTIONS, REFERRAL_ASK]) assert.deepEqual(findJobAsks(question), [], question);
  });

  it('does not fire on informational questions with trap words', () => {
    for (const question of [
      'How did you land your first role?',
      'What does the hiring process teach you about what the team values?',
      'What career paths do people here follow?',
      'How has hiring changed in your industry?',
      'How do you interview candidates?',
      'Thank you for agreeing to an informational interview.',
      'Could you refer me to anyone else in the profession I could learn from?',
    ]) {
      assert.deepEqual(findJobAsks(question), [], question);
    }
  });

  it('does not fire on a negated ask, but does on an ask in the next clause', () => {
    assert.deepEqual(findJobAsks("I'm not asking for a job — I'd just like to learn about your work."), []);
    assert.deepEqual(findJobAsks("I know your team isn't hiring right now."), []);
    const [match] = findJobAsks("I'm not asking for a job, but if anything opens up on your team I'd love to hear about it.");
    assert.equal(match.phrase, 'if anything opens up');
  });

  it('still flags a polite ask that hedges with a negative', () => {
    assert.equal(findJobAsks("I don't suppose your group has any openings?").length, 1);
    assert.equal(findJobAsks("You wouldn't happen to know of any open roles, would you?").length, 1);
  });

  it('flags me as the candidate for one of their openings, with or without an "I"', () => {
    assert.deepEqual(findJobAsks('It would mean a lot to be shortlisted for the analyst role.').map((match) => match.phrase), ['be shortlisted for the analyst role']);
    assert.equal(findJobAsks('Would it be possible to interview for the summer placement?').length, 1);
    assert.equal(findJobAsks("I'd love to land a spot on your graduate scheme.").length, 1);
    for (const question of ['How did you land the role?', 'What did it take to land the job?', "I'd love to hear how you landed the role.", 'What advice would you give someone hoping to land the role?']) {
      assert.deepEqual(findJobAsks(question), [], question);
    }
  });

  it('flags a request that puts me forward for one of their openings, but not one that asks about it', () => {
    assert.equal(findJobAsks('Could you endorse me for the analyst role?').length, 1);
    assert.equal(findJobAsks('Would you be willing to give me a shot at the trainee post?').length, 1);
    assert.deepEqual(findJobAsks('Could you tell me more about the role?'), []);
    assert.deepEqual(findJobAsks('Could you walk me through a typical day in the role?'), []);
  });

  it('reads chat spellings and quotes them as written', () => {
    const text = 'hey! quick q, could u put in a good word w ur manager for me pls';
    const [match] = findJobAsks(text);
    assert.equal(match.kind, 'good-word');
    assertExactSpans(text, [match]);
    assert.equal(findJobAsks('u guys hiring?').length, 1);
    assert.equal(findJobAsks('Is there a vacansy in your department?').length, 1);
    assert.deepEqual(findJobAsks('how did u land ur first role?'), []);
  });

  it('leaves a question reported in quotation marks to whoever asked it', () => {
    assert.deepEqual(findJobAsks('My friend asked me "are you hiring?" at a party, and I had no idea how to answer; how do you handle that?'), []);
    assert.equal(findJobAsks('Are you hiring?').length, 1);
  });

  it('reads a question without its question mark', () => {
    assert.equal(findSelfFocus('do u think my portfolio is any good').length, 1);
    assert.deepEqual(findSelfFocus('I think the portfolio review went well'), []);
  });

  it('keeps a good word for me apart from one for them', () => {
    assert.equal(findJobAsks('Would you put in a word with HR for me?').length, 1);
    assert.deepEqual(findJobAsks('When you were starting out, did anyone put in a good word for you?'), []);
  });

  it('returns every ask in an outreach message, in order and without overlaps', () => {
    const text =
      'Hi Tom, I noticed your team posted a data engineer opening last week. ' +
      "I'd love to be considered, and I'd be grateful if you could pass my résumé along to the hiring manager.";
    const matches = findJobAsks(text);
    assert.deepEqual(
      matches.map((match) => match.kind),
      ['considered', 'resume'],
    );
    for (let index = 1; index < matches.length; index++) assert.ok(matches[index - 1].end <= matches[index].start);
    assertExactSpans(text, matches);
  });

  it('reports exact offsets after emoji, accents and curly quotes', () => {
    const text = '👋🏽 Héllo Zoë — ça va? I’m “really” keen: could you pass my résumé along to your recruiter?';
    const matches = findJobAsks(text);
    assert.equal(matches.length, 1);
    assertExactSpans(text, matches);
    assert.equal(matches[0].phrase, 'pass my résumé');
    assert.equal(matches[0].start, text.indexOf('pass my'));
  });

  it('keeps offsets exact when the accent is a combining mark', () => {
    const text = 'Can I send you my re\u0301sume\u0301?';
    const [match] = findJobAsks(text);
    assert.equal(match.phrase, 'send you my re\u0301sume\u0301');
    assert.equal(match.end, text.length - 1);
  });

  it('counts the user’s own job-ask phrases, case- and whitespace-insensitively', () => {
    const text = 'Is there a Talent   Pipeline for juniors on your side?';
    assert.deepEqual(findJobAsks(text), []);
    const [match] = findJobAsks(text, { jobAskPhrases: ['talent pipeline'] });
    assert.equal(match.kind, 'custom');
    assert.equal(match.phrase, 'Talent   Pipeline');
  });

  it('matches the user’s phrases as whole words', () => {
    assert.deepEqual(findJobAsks('What do you like about reopening stores?', { jobAskPhrases: ['opening'] }), []);
  });

  it('drops matches that overlap an allowed phrase', () => {
    const text = 'Could you put in a good word for me?';
    assert.equal(findJobAsks(text).length, 1);
    assert.deepEqual(findJobAsks(text, { allowPhrases: ['a GOOD word'] }), []);
  });
});

describe('long and repeated texts', () => {
  const filler = (words: number): string => Array.from({ length: words }, (_, index) => ['the', 'river', 'runs', 'under', 'grey', 'autumn', 'skies'][index % 7]).join(' ');

  it('finds an ask inside a long run of words without punctuation, at exact offsets', () => {
    const text = `${filler(800)} could you refer me for the analyst role ${filler(800)}`;
    const matches = findJobAsks(text);
    assert.deepEqual(
      matches.map((match) => match.phrase),
      ['refer me'],
    );
    assertExactSpans(text, matches);
  });

  it('reads only the first 20,000 characters of a very long text', () => {
    const ask = 'Could you refer me for the analyst role? ';
    const text = ask + filler(200_000) + ' ' + ask;
    assert.ok(text.length > 1_000_000);
    const matches = findJobAsks(text);
    assert.equal(matches.length, 1);
    assert.equal(matches[0].start, text.indexOf('refer me'));
    assert.deepEqual(findSelfFocus(text), []);
    assert.deepEqual(findTimeAsks(`${filler(200_000)} could we meet for an hour`, 30), []);
  });

  it('gives the same answers when a text is checked again, whatever the options', () => {
    const text = 'Could you put in a good word for me? I have eight years of experience. Could we meet for an hour?';
    const first = [findJobAsks(text), findSelfFocus(text), findTimeAsks(text, 30)];
    assert.deepEqual(findJobAsks(text, { allowPhrases: ['good word'] }), []);
    assert.deepEqual(findTimeAsks(text, 90), []);
    assert.deepEqual([findJobAsks(text), findSelfFocus(text), findTimeAsks(text, 30)], first);
    assert.deepEqual(findJobAsks(text.toUpperCase()).map((match) => match.kind), ['good-word']);
  });
});

describe('findSelfFocus', () => {
  it('flags asking them to judge your background or résumé', () => {
    assert.equal(findSelfFocus('What do you think of my background?')[0].phrase, 'my background');
    assert.equal(findSelfFocus('Would you mind reviewing my résumé?').length, 1);
  });

  it('flags asking whether you would be a good fit', () => {
    const [match] = findSelfFocus('Would I be a good fit?');
    assert.equal(match.kind, 'fit');
    assert.equal(match.phrase, 'Would I be a good fit');
  });

  it('flags a pitch of your experience', () => {
    assert.equal(findSelfFocus('Let me tell you about my experience.')[0].kind, 'pitch');
    assert.equal(findSelfFocus('I have eight years of experience in project management.')[0].kind, 'pitch');
  });

  it('flags me as the subject of an evaluation, asked or worried about', () => {
    assert.equal(findSelfFocus('Would you say my portfolio stands out?')[0].kind, 'fit');
    assert.equal(findSelfFocus("I'm worried I come across as too junior.").length, 1);
    assert.equal(findSelfFocus('Do you reckon I have a realistic shot at product management?').length, 1);
    assert.deepEqual(findSelfFocus('Will you hire me if I do well in this conversation?'), []);
    assert.deepEqual(findSelfFocus('Could I fit in a call on Tuesday?'), []);
  });

  it('flags results with a number, but not a date', () => {
    assert.equal(findSelfFocus('In my last job I cut response times by 40%.')[0].kind, 'pitch');
    assert.equal(findSelfFocus('I ranked first out of 300 in my graduate intake.').length, 1);
    assert.deepEqual(findSelfFocus('I wrote to you in 2025 about the careers fair.'), []);
  });

  it('leaves a one-line introduction and questions about them alone', () => {
    assert.deepEqual(findSelfFocus("I'm a junior at Northfield University studying economics."), []);
    assert.deepEqual(findSelfFocus('How did your résumé change as your career evolved?'), []);
    for (const question of RECOMMENDED_QUESTIONS) assert.deepEqual(findSelfFocus(question), [], question);
  });

  it('leaves a résumé hand-off to the job-ask rule', () => {
    assert.deepEqual(findSelfFocus('Can I send you my resume?'), []);
  });

  it('honours allowed phrases', () => {
    assert.deepEqual(findSelfFocus('What do you think of my background?', { allowPhrases: ['my background'] }), []);
  });
});

describe('findTimeAsks', () => {
  const minutesAsked = (text: string, max = 30): string[] => findTimeAsks(text, max).map((match) => match.phrase);

  it('flags asks for more than the window', () => {
    assert.deepEqual(minutesAsked('Could we meet for an hour?'), ['an hour']);
    assert.deepEqual(minutesAsked('Would 90 minutes work?'), ['90 minutes']);
    assert.deepEqual(minutesAsked('Could I have a couple of hours?'), ['a couple of hours']);
    assert.deepEqual(minutesAsked('Could I take 1.5 hours of your time?'), ['1.5 hours']);
    assert.deepEqual(minutesAsked('I would love 45 min of your time.'), ['45 min']);
    assert.deepEqual(minutesAsked('Could I shadow you for an afternoon?'), ['an afternoon']);
  });

  it('does not flag asks within the window', () => {
    assert.deepEqual(minutesAsked('Would you have 20 minutes next week?'), []);
    assert.deepEqual(minutesAsked('Could we talk for half an hour?'), []);
    assert.deepEqual(minutesAsked('Could we talk for 30 minutes?'), []);
    assert.deepEqual(minutesAsked('Could we chat for 20-30 minutes?'), []);
  });

  it('takes the top of a range', () => {
    assert.deepEqual(minutesAsked('I would be grateful for 30–45 minutes.'), ['30–45 minutes']);
  });

  it('follows the configured window', () => {
    assert.deepEqual(minutesAsked('Could we meet for 45 minutes?', 60), []);
    assert.deepEqual(minutesAsked('Could we meet for 20 minutes?', 15), ['20 minutes']);
  });

  it('ignores durations that are not the meeting', () => {
    assert.deepEqual(minutesAsked('I listened to your hour-long podcast and loved it.'), []);
    assert.deepEqual(minutesAsked('I live about an hour from your office.'), []);
    assert.deepEqual(minutesAsked("I'll reply within 24 hours."), []);
  });

  it('suggests a duration within the window', () => {
    assert.equal(findTimeAsks('Could we meet for an hour?', 30)[0].suggestion, '20 minutes');
    assert.equal(findTimeAsks('Would you be open to a 60-minute call?', 30)[0].suggestion, '20-minute');
    assert.equal(findTimeAsks('Could we meet for an hour?', 15)[0].suggestion, '15 minutes');
  });

  it('reports exact offsets after emoji', () => {
    const text = '🙂 Hi Zoë! Could we meet for an hour?';
    const matches = findTimeAsks(text, 30);
    assertExactSpans(text, matches);
    assert.equal(matches[0].phrase, 'an hour');
  });
});
