import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { PhraseMatch } from '../../src/core/phrases';
import { findJobAsks, findSelfFocus, findTimeAsks, RECOMMENDED_QUESTIONS, REFERRAL_ASK } from '../../src/core/phrases';
import type { RealLine, Split } from '../../scripts/train-phrases';
import { ARTEFACT, isJob, isSelf, readReal, readSplit, readSynthetic, serialise, trainModel } from '../../scripts/train-phrases';

type RuleId = 'no-job-ask' | 'about-them';
const RULES: readonly RuleId[] = ['no-job-ask', 'about-them'];
const DEFAULT_MAX_MINUTES = 30;

const detect = (rule: RuleId, text: string): PhraseMatch[] => (rule === 'no-job-ask' ? findJobAsks(text) : findSelfFocus(text));

interface Item {
  where: string;
  text: string;
  expected: ReadonlySet<RuleId>;
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

function score(items: readonly Item[], rule: RuleId): Score {
  const result: Score = { tp: 0, fp: 0, fn: 0, misses: [] };
  for (const item of items) {
    const matches = detect(rule, item.text);
    const fired = matches.length > 0;
    const expected = item.expected.has(rule);
    if (fired && expected) result.tp++;
    else if (fired) {
      result.fp++;
      result.misses.push(`    false positive ${item.where} [${matches.map((m) => `"${m.phrase}"`).join(', ')}] ${item.text}`);
    } else if (expected) {
      result.fn++;
      result.misses.push(`    missed         ${item.where} ${item.text}`);
    }
  }
  return result;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
const precision = (s: Score): number => ratio(s.tp, s.tp + s.fp);
const recall = (s: Score): number => ratio(s.tp, s.tp + s.fn);
const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
const line = (rule: RuleId, s: Score): string => `  ${rule.padEnd(11)} precision ${percent(precision(s)).padStart(6)}  recall ${percent(recall(s)).padStart(6)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

/** Asserts that the phrase is exactly the text at the reported offsets. */
function assertExactSpans(text: string, matches: readonly PhraseMatch[]): void {
  for (const match of matches) assert.equal(text.slice(match.start, match.end), match.phrase);
}

const realItem = (item: RealLine, index: number): Item => {
  const expected = new Set<RuleId>();
  if (isJob(item.label)) expected.add('no-job-ask');
  if (isSelf(item.label)) expected.add('about-them');
  return { where: `${item.site}#${index}`, text: item.text, expected };
};

describe('real corpus (data/phrases)', () => {
  const real = readReal();
  const split = readSplit();

  it('holds at least 1,500 lines from at least 80 sites, none above 3 %', () => {
    assert.ok(real.length >= 1500, `${real.length} lines`);
    const perSite = new Map<string, number>();
    for (const item of real) perSite.set(item.site, (perSite.get(item.site) ?? 0) + 1);
    assert.ok(perSite.size >= 80, `${perSite.size} sites`);
    const [largest, count] = [...perSite].sort((a, b) => b[1] - a[1])[0];
    assert.ok(count / real.length <= 0.03, `${largest} has ${count} of ${real.length} lines`);
  });

  it('has every line once, with its address, and every site in exactly one split', () => {
    const seen = new Set<string>();
    for (const item of real) {
      assert.match(item.url, /^https?:\/\//, item.text);
      assert.ok(!seen.has(item.text), `twice: ${item.text}`);
      seen.add(item.text);
      assert.ok(split.has(item.site), `${item.site} is in no split`);
    }
    const raw = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'data', 'phrases', 'split.json'), 'utf8')) as Record<Split, string[]>;
    const all = [...raw.train, ...raw.dev, ...raw.test];
    assert.equal(new Set(all).size, all.length, 'a site in two splits');
  });

  it('has job asks, self-pitches and informational lines in every split', () => {
    for (const name of ['train', 'dev', 'test'] as const) {
      const lines = real.filter((item) => split.get(item.site) === name);
      assert.ok(lines.filter((item) => isJob(item.label)).length >= 60, `${name}: job asks`);
      assert.ok(lines.filter((item) => isSelf(item.label)).length >= 60, `${name}: self-pitches`);
      assert.ok(lines.filter((item) => item.label === 'informational').length >= 60, `${name}: informational`);
    }
  });
});

type Bar = Readonly<Record<RuleId, { precision: number; recall: number } | undefined>>;

/**
 * The targets on the test split (sites never trained on or tuned against), and on the synthetic
 * corpus for no-job-ask. The report marks each PASS or MISS; this model does not reach the ones on
 * the test split yet (see data/phrases/README.md, "Where it stands").
 */
const TARGETS: Readonly<Record<'test' | 'synthetic', Bar>> = {
  test: { 'no-job-ask': { precision: 0.95, recall: 0.9 }, 'about-them': { precision: 0.9, recall: 0.85 } },
  synthetic: { 'no-job-ask': { precision: 0.98, recall: 0.97 }, 'about-them': undefined },
};
/**
 * What `npm test` holds the detectors to: the level the shipped model reaches, less a little room
 * for retraining on more lines, so that a change that makes them worse on unseen wording fails.
 */
const FLOORS: Readonly<Record<'test' | 'synthetic', Bar>> = {
  test: { 'no-job-ask': { precision: 0.85, recall: 0.56 }, 'about-them': { precision: 0.77, recall: 0.82 } },
  synthetic: { 'no-job-ask': { precision: 0.98, recall: 0.97 }, 'about-them': { precision: 0.94, recall: 0.96 } },
};

describe('the learned detector on real and synthetic wording', () => {
  const real = readReal();
  const split = readSplit();
  const bySplit = (name: Split): Item[] =>
    real.flatMap((item, index) => (split.get(item.site) === name && item.label !== 'borderline' ? [realItem(item, index)] : []));
  const synthetic: Item[] = readSynthetic().map((item, index) => ({
    where: `${item.file}#${index}`,
    text: item.text,
    expected: new Set<RuleId>([...(item.job ? ['no-job-ask' as const] : []), ...(item.self ? ['about-them' as const] : [])]),
  }));

  it('reports precision and recall per split and per rule against the targets, and holds the floors', function () {
    this.timeout(60_000);
    const report: string[] = [];
    const failures: string[] = [];
    const check = (name: string, rule: RuleId, result: Score, bar: Bar[RuleId], verdicts: string[] | undefined): void => {
      if (!bar) return;
      for (const measure of ['precision', 'recall'] as const) {
        const value = measure === 'precision' ? precision(result) : recall(result);
        const ok = value >= bar[measure];
        if (verdicts) verdicts.push(`${measure} ${percent(bar[measure])} ${ok ? 'PASS' : 'MISS'}`);
        else if (!ok) failures.push(`${name} ${rule}: ${measure} ${percent(value)} < ${percent(bar[measure])}`);
      }
    };
    // The shipped model learnt from the train and dev lines (its thresholds come from out-of-fold
    // scores on them: `npm run train:phrases` prints those); only the test lines are unseen.
    const trainedOn = new Set<string>(['train', 'dev', 'synthetic']);
    for (const [name, items] of [['train', bySplit('train')], ['dev', bySplit('dev')], ['test', bySplit('test')], ['synthetic', synthetic]] as const) {
      report.push(`${name} (${items.length} lines${trainedOn.has(name) ? ', trained on' : ', never trained or tuned on'})`);
      for (const rule of RULES) {
        const result = score(items, rule);
        const verdicts: string[] = [];
        if (name === 'test' || name === 'synthetic') {
          check(name, rule, result, TARGETS[name][rule], verdicts);
          check(name, rule, result, FLOORS[name][rule], undefined);
        }
        report.push(line(rule, result) + (verdicts.length > 0 ? `  target: ${verdicts.join(', ')}` : ''));
        if (process.env.PHRASES_VERBOSE && name !== 'test') report.push(...result.misses.slice(0, 15));
      }
    }
    const borderline = real.filter((item) => item.label === 'borderline');
    report.push(`borderline (${borderline.length} lines, not scored): no-job-ask fires on ${borderline.filter((item) => findJobAsks(item.text).length > 0).length}, about-them on ${borderline.filter((item) => findSelfFocus(item.text).length > 0).length}`);
    console.log(report.join('\n'));
    assert.deepEqual(failures, []);
  });

  it('reports exact offsets for every match', () => {
    for (const item of [...real, ...synthetic]) {
      assertExactSpans(item.text, findJobAsks(item.text));
      assertExactSpans(item.text, findSelfFocus(item.text));
      assertExactSpans(item.text, findTimeAsks(item.text, DEFAULT_MAX_MINUTES));
    }
  });
});

describe('the phrase model artefact', () => {
  it('is what `npm run train:phrases` produces', function () {
    this.timeout(60_000);
    assert.equal(readFileSync(ARTEFACT, 'utf8'), serialise(trainModel()), 'run `npm run train:phrases` and commit src/core/phraseModel.json');
  });
});

describe('findJobAsks', () => {
  it('flags a résumé hand-off, underlines its clause and names its kind', () => {
    const text = 'Hi Riley, I found you through the alumni directory. Could you pass my résumé along to the hiring manager for your team?';
    const [match, ...rest] = findJobAsks(text);
    assert.deepEqual(rest, []);
    assert.equal(match.kind, 'resume');
    assert.equal(match.phrase, 'Could you pass my résumé along to the hiring manager for your team?');
    assert.equal(match.suggestion, REFERRAL_ASK);
    assertExactSpans(text, [match]);
  });

  it('flags the plain asks people write', () => {
    for (const ask of [
      'Are you hiring?',
      'Do you have any job openings?',
      'Could you refer me for the data analyst role?',
      'I am writing to express my interest in the Marketing Coordinator position.',
      'Please keep me in mind if anything opens up on your team.',
      'Please let me know if any positions open up on your team.',
      'Has a decision been made on the position?',
      'My résumé is attached for your consideration.',
    ]) {
      assert.equal(findJobAsks(ask).length, 1, ask);
    }
  });

  it('never fires on the recommended questions or the referral ask', () => {
    for (const question of [...RECOMMENDED_QUESTIONS, REFERRAL_ASK]) assert.deepEqual(findJobAsks(question), [], question);
  });

  it('leaves informational questions with trap words alone', () => {
    for (const question of [
      'How did you land your first role?',
      'What career paths do people here follow?',
      'Thank you for agreeing to an informational interview.',
      'Is there anyone else you would recommend I speak with?',
    ]) {
      assert.deepEqual(findJobAsks(question), [], question);
    }
  });

  it('leaves reported speech to whoever said it', () => {
    assert.deepEqual(findJobAsks('She said they are hiring two analysts next quarter.'), []);
    assert.deepEqual(findJobAsks('My friend asked me "are you hiring?" at a party, and I had no idea how to answer; how do you handle that?'), []);
    assert.equal(findJobAsks('Are you hiring?').length, 1);
  });

  it('names the words that weighed most when no pattern names the kind', () => {
    const text = 'I would love to be part of your team.';
    const [match] = findJobAsks(text);
    assert.equal(match.kind, 'job');
    assert.ok(match.words && match.words.length > 0 && match.words.length <= 3);
    for (const word of match.words) assert.ok(match.phrase.includes(word), word);
  });

  it('reads chat spellings and quotes them as written', () => {
    const text = 'hey! quick q, could u put in a good word w ur manager for me pls';
    const matches = findJobAsks(text);
    assert.equal(matches.length, 1);
    assertExactSpans(text, matches);
  });

  it('reports exact offsets after emoji, accents, combining marks and curly quotes', () => {
    for (const text of ['👋🏽 Héllo Zoë — ça va? I’m “really” keen: could you pass my résumé along to your recruiter?', 'Can I send you my re\u0301sume\u0301?']) {
      const matches = findJobAsks(text);
      assert.equal(matches.length, 1, text);
      assertExactSpans(text, matches);
    }
  });

  it('counts the user’s own job-ask phrases as whole words, case- and whitespace-insensitively', () => {
    const text = 'Is there a Talent   Pipeline for juniors on your side?';
    const [match] = findJobAsks(text, { jobAskPhrases: ['talent pipeline'] }).filter((found) => found.kind === 'custom');
    assert.equal(match.phrase, 'Talent   Pipeline');
    assert.deepEqual(findJobAsks('What do you like about reopening stores?', { jobAskPhrases: ['opening'] }), []);
    assert.deepEqual(findJobAsks("I'm not asking about a talent pipeline.", { jobAskPhrases: ['talent pipeline'] }), []);
  });

  it('drops matches that overlap an allowed phrase', () => {
    const text = 'Are you hiring?';
    assert.equal(findJobAsks(text).length, 1);
    assert.deepEqual(findJobAsks(text, { allowPhrases: ['hiring'] }), []);
  });

  it('reports more at a higher sensitivity, never less', () => {
    const lines = readReal().map((item) => item.text);
    let low = 0;
    let high = 0;
    for (const text of lines) {
      const fires = (sensitivity: 'low' | 'medium' | 'high'): boolean => findJobAsks(text, { sensitivity }).length > 0;
      if (fires('low')) {
        low++;
        assert.ok(fires('medium'), text);
      }
      if (fires('medium')) assert.ok(fires('high'), text);
      if (fires('high')) high++;
    }
    assert.ok(high > low, `high ${high}, low ${low}`);
  });
});

describe('long and repeated texts', () => {
  const filler = (words: number): string => Array.from({ length: words }, (_, index) => ['the', 'river', 'runs', 'under', 'grey', 'autumn', 'skies'][index % 7]).join(' ');

  it('finds an ask between long runs of words, at exact offsets', () => {
    const text = `${filler(800)}. Are you hiring? ${filler(800)}`;
    const matches = findJobAsks(text);
    assert.equal(matches.length, 1);
    assert.equal(matches[0].start, text.indexOf('Are you hiring?'));
    assertExactSpans(text, matches);
  });

  it('reads only the first 20,000 characters of a very long text', () => {
    const ask = 'Are you hiring? ';
    const text = ask + filler(200_000) + '. ' + ask;
    assert.ok(text.length > 1_000_000);
    const matches = findJobAsks(text);
    assert.equal(matches.length, 1);
    assert.equal(matches[0].start, 0);
    assert.deepEqual(findTimeAsks(`${filler(200_000)} could we meet for an hour`, 30), []);
  });

  it('gives the same answers when a text is checked again, whatever the options', () => {
    const text = 'Are you hiring? I have eight years of experience in project management. Could we meet for an hour?';
    const first = [findJobAsks(text), findSelfFocus(text), findTimeAsks(text, 30)];
    assert.deepEqual(findJobAsks(text, { allowPhrases: ['hiring'] }), []);
    assert.deepEqual(findTimeAsks(text, 90), []);
    assert.deepEqual([findJobAsks(text), findSelfFocus(text), findTimeAsks(text, 30)], first);
  });
});

describe('findSelfFocus', () => {
  it('flags a pitch of your experience, degrees and qualities', () => {
    for (const pitch of ['I have eight years of experience in project management.', 'I graduated with a degree in biology.', 'I am a hard worker and a quick learner.']) {
      assert.equal(findSelfFocus(pitch).length, 1, pitch);
    }
  });

  it('flags asking them to judge your background or fit, and names the kind', () => {
    assert.equal(findSelfFocus('Could you look over my resume and tell me what you think?')[0]?.kind, 'feedback');
    assert.equal(findSelfFocus('Do you think I would be a good fit?')[0]?.kind, 'fit');
  });

  it('leaves questions about them alone', () => {
    assert.deepEqual(findSelfFocus('How did your résumé change as your career evolved?'), []);
    for (const question of [...RECOMMENDED_QUESTIONS, REFERRAL_ASK]) assert.deepEqual(findSelfFocus(question), [], question);
  });

  it('honours allowed phrases', () => {
    const text = 'I have eight years of experience in project management.';
    assert.deepEqual(findSelfFocus(text, { allowPhrases: ['project management'] }), []);
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
