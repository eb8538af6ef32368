// The two phrase rules as the user meets them: on which text, with what message and which fixes.
// The detectors' precision and recall are measured on the corpus in test/unit/phrases.test.ts.
import * as assert from 'node:assert/strict';
import { parseConfig } from '../../src/core/config';
import { readInterview } from '../../src/core/model';
import { parseInterview } from '../../src/core/parse';
import { findJobAsks, findSelfFocus, RECOMMENDED_QUESTIONS } from '../../src/core/phrases';
import { aboutThemMessage } from '../../src/core/rules/aboutThem';
import { jobAskMessage, writtenTexts } from '../../src/core/rules/jobAsk';
import { RULE_IDS } from '../../src/core/rules';
import { applyFix, coveredText, issuesOf, onlyIssue, preferredFix, yaml } from './rules.support';

const withQuestions = (...questions: string[]) => `contact:\n  name: Morgan Lee\n  connection: first\nquestions:\n${questions.map((question) => `  - ${question} # mine\n`).join('')}`;

describe('no-job-ask', () => {
  it('flags a question that asks for a job, on the asking words', () => {
    const text = withQuestions('What is your typical workday like?', 'Is your team hiring right now?');
    const issue = onlyIssue('no-job-ask', text);
    assert.equal(issue.severity, 'warning');
    assert.match(coveredText(text, issue), /hiring/);
    assert.equal(issue.range.start.line, 5);
    assert.match(issue.message, /asks for a job/);
  });

  it('underlines a clause that wraps across the lines of a block value, from its first word to its last', () => {
    const text = 'contact: { name: Riley Chen }\noutreach: |\n  Hi Riley, I found you through the alumni directory. Could you pass my résumé\n  along to the hiring manager for your team?\n';
    const issue = onlyIssue('no-job-ask', text);
    assert.equal(coveredText(text, issue), 'Could you pass my résumé\n  along to the hiring manager for your team?');
  });

  it('does not fire on the recommended questions', () => {
    assert.deepEqual(issuesOf('no-job-ask', withQuestions(...RECOMMENDED_QUESTIONS)), []);
  });

  it('does not fire on "job" when the question asks about them', () => {
    assert.deepEqual(issuesOf('no-job-ask', withQuestions('What do you like most about the job?', 'How did you land your first role?')), []);
  });

  it('reads questions written as a map with `ask`', () => {
    const text = 'contact: { name: Morgan Lee }\nquestions:\n  - ask: Is your team hiring right now?\n    answer: She changed the subject.\n';
    assert.equal(issuesOf('no-job-ask', text).length, 1);
  });

  it('offers rephrasings toward the recommended questions, one preferred, keeping the comment', () => {
    const text = withQuestions('Is your team hiring right now?');
    const issue = onlyIssue('no-job-ask', text);
    assert.ok((issue.fixes?.length ?? 0) >= 2);
    const fixed = applyFix(text, preferredFix(issue));
    assert.match(fixed, / # mine\n$/);
    assert.deepEqual(issuesOf('no-job-ask', fixed), []);
  });

  it('flags a job ask in the outreach without offering to rewrite the message', () => {
    const text = yaml`
      contact: { name: Morgan Lee }
      outreach: |
        Hi Morgan, we met at the robotics meetup.
        Is your team hiring right now?
    `;
    const issue = onlyIssue('no-job-ask', text);
    assert.equal(issue.range.start.line, 3);
    assert.equal(issue.fixes, undefined);
  });
});

describe('about-them', () => {
  it('notes a question about yourself, at information severity', () => {
    const text = withQuestions('What do you think of my background?');
    const issue = onlyIssue('about-them', text);
    assert.equal(issue.severity, 'information');
    assert.match(coveredText(text, issue), /background/);
    assert.match(issue.message, /about you/);
  });

  it('does not fire on questions about them and the business', () => {
    assert.deepEqual(issuesOf('about-them', withQuestions(...RECOMMENDED_QUESTIONS)), []);
  });

  it('offers a rephrasing about them for a question', () => {
    const text = withQuestions('What do you think of my background?');
    const fixed = applyFix(text, preferredFix(onlyIssue('about-them', text)));
    assert.deepEqual(issuesOf('about-them', fixed), []);
  });
});

/** An interview whose follow-up log has these notes, each on a line of its own. */
const withLogNotes = (...notes: string[]) =>
  `contact:\n  name: Morgan Lee\n  connection: first\nfollow_up:\n  log:\n${notes.map((note, index) => `    - date: 2027-01-${String(10 + index)}\n      note: ${note}\n`).join('')}`;

/**
 * The first of a few candidate lines that `accept` holds for. The phrase model is retrained from
 * time to time and may come to read one line differently; these tests are about the rules, so
 * they take their example from a few rather than pin one sentence to the model's reading.
 */
/** Text made literal for a regular expression. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function firstWhere(candidates: readonly string[], accept: (line: string) => boolean, what: string): string {
  const found = candidates.find(accept);
  assert.ok(found, `none of these is ${what}: ${candidates.join(' | ')}`);
  return found;
}

const CLEAR_JOB_ASKS = ['Asked if there are any openings on her team.', 'Could you refer me for the open role?', 'Are you hiring for the analyst role?', 'Could you pass my resume to the hiring manager?'];
const CLEAR_PITCHES = ['Told her I have ten years of experience in Python and a PhD.', 'I have ten years of experience in Python and a PhD.', 'I am a hard worker and a quick learner.'];
const SOFT_JOB_ASKS = [
  'Could you keep me in mind?',
  'I am hoping to work at Acme.',
  'I would love to join your team someday.',
  'Asked whether she could pass my resume to the hiring manager.',
  'Her team is hiring.',
  'Let me know if anything opens up.',
  'Do you know anyone who is hiring?',
  'Happy to help out on your team in any way.',
];
/** Asks and pitches no pattern names the kind of, so the detector names the words instead. */
const UNNAMED_JOB_ASKS = ['Let me know if anything opens up.', 'If anything comes up, I would be glad to hear.', 'I am keen to get my foot in the door.', 'Would your team ever take on an intern?', 'Any chance there is room for someone like me?'];
const UNNAMED_PITCHES = ['I am a hard worker and a quick learner.', 'My skills would be a great asset.', 'I bring a lot of energy and ideas.', 'I am exploring opportunities in robotics.'];

describe('the phrase rules on follow-up notes', () => {
  it('reads each note of follow_up.log with its pointer, after the questions and the outreach', () => {
    const text = yaml`
      contact: { name: Morgan Lee }
      outreach: Hi Morgan, Sam suggested I reach out.
      questions:
        - What is your typical workday like?
      follow_up:
        log:
          - date: 2027-01-10
            note: Sent the article she mentioned.
          - date: 2027-01-12
          - date: 2027-01-15
            note: Asked whether there are any openings on her team.
    `;
    const interview = readInterview(parseInterview(text));
    assert.deepEqual(
      writtenTexts(interview).map((written) => written.pointer),
      ['/questions/0', '/outreach', '/follow_up/log/0/note', '/follow_up/log/2/note'],
    );
    assert.equal(interview.logNotes[1].text, 'Asked whether there are any openings on her team.');
  });

  it('flags a job ask recorded in a note, on its clause inside the note, without a rewrite', () => {
    const ask = firstWhere(CLEAR_JOB_ASKS, (line) => findJobAsks(line).length === 1, 'a job ask at medium');
    const text = withLogNotes('Sent the article on EU robotics standards she mentioned.', `Thanked her for the chat. ${ask}`);
    const issue = onlyIssue('no-job-ask', text);
    assert.equal(coveredText(text, issue), ask);
    assert.equal(issue.range.start.line, 8);
    const document = parseInterview(text);
    const [noteStart, noteEnd] = document.entries.get('/follow_up/log/1/note')!.value;
    const [start, end] = [document.lines.offsetAt(issue.range.start), document.lines.offsetAt(issue.range.end)];
    assert.ok(noteStart < start && end <= noteEnd, 'the span lies inside /follow_up/log/1/note, after its first sentence');
    assert.equal(issue.fixes, undefined);
    assert.match(issue.message, /asks for a job|reads as a job ask/);
  });

  it('does not flag what someone else said, reported in a note', () => {
    const reported: Array<[said: string, asked: string]> = [
      ['She said they are hiring for the analyst role.', 'They are hiring for the analyst role.'],
      ['She said her team is hiring.', 'Her team is hiring.'],
      ['She said they are hiring.', 'They are hiring.'],
      ['She said I could send her my resume.', 'I could send you my resume.'],
    ];
    const high = { config: { phraseSensitivity: 'high' as const } };
    for (const [said] of reported) assert.deepEqual(issuesOf('no-job-ask', withLogNotes(said), high), [], said);
    // The same words without "she said" are an ask: the reporting is what keeps them quiet.
    firstWhere(reported.map(([, ask]) => ask), (line) => issuesOf('no-job-ask', withLogNotes(line), high).length === 1, 'flagged at high without "she said"');
  });

  it('notes a pitch recorded in a note, with advice for a follow-up rather than a question', () => {
    const pitch = firstWhere(CLEAR_PITCHES, (line) => findSelfFocus(line).length === 1, 'a pitch at medium');
    const text = withLogNotes(pitch);
    const issue = onlyIssue('about-them', text);
    assert.equal(coveredText(text, issue), pitch);
    assert.match(issue.message, /(pitches yourself|reads as a pitch for yourself.*)\. Keep follow-ups about them/);
    assert.equal(issue.fixes, undefined);
  });
});

describe('phrase sensitivity in the rules', () => {
  const rcLayer = (text: string) => parseConfig(text, RULE_IDS).layer;

  it('reaches the job-ask detector from .interviewlintrc.yaml: a soft ask fires at high, not at low', () => {
    const soft = firstWhere(SOFT_JOB_ASKS, (line) => findJobAsks(line, { sensitivity: 'high' }).length > 0 && findJobAsks(line, { sensitivity: 'low' }).length === 0, 'flagged at high but not at low');
    const text = withQuestions(soft);
    assert.equal(issuesOf('no-job-ask', text, { config: rcLayer('phrase_sensitivity: high\n') }).length, 1);
    assert.deepEqual(issuesOf('no-job-ask', text, { config: rcLayer('phrase_sensitivity: low\n') }), []);
  });

  it('gives the rules exactly what the detectors find at each sensitivity, in questions, the outreach and notes', () => {
    const lines = [...SOFT_JOB_ASKS, ...CLEAR_JOB_ASKS, ...CLEAR_PITCHES];
    for (const sensitivity of ['low', 'medium', 'high'] as const) {
      const options = { config: { phraseSensitivity: sensitivity } };
      for (const line of lines) {
        for (const text of [withQuestions(line), withLogNotes(line), `contact: { name: Morgan Lee }\noutreach: ${line}\n`]) {
          assert.equal(issuesOf('no-job-ask', text, options).length, findJobAsks(line, { sensitivity }).length, `no-job-ask at ${sensitivity}: ${line}`);
          assert.equal(issuesOf('about-them', text, options).length, findSelfFocus(line, { sensitivity }).length, `about-them at ${sensitivity}: ${line}`);
        }
      }
    }
  });
});

describe('phrase rule messages', () => {
  const match = { phrase: 'I would love to be part of the Acme family.', suggestion: 'What is your typical workday like?' };

  it('names the words the model weighed most in a job ask', () => {
    assert.equal(
      jobAskMessage({ ...match, words: ['hiring', 'position'] }),
      '"I would love to be part of the Acme family." reads as a job ask (weighed most: "hiring", "position"). Make it about them instead, for example: "What is your typical workday like?"',
    );
  });

  it('keeps the plain wording when the model named no words', () => {
    assert.equal(jobAskMessage(match), '"I would love to be part of the Acme family." asks for a job. Make it about them instead, for example: "What is your typical workday like?"');
    assert.equal(jobAskMessage({ ...match, words: [] }), jobAskMessage(match));
    assert.match(aboutThemMessage(match, 'question'), /" is about you, not them\. Ask about their work or the business instead, for example: "What is your typical workday like\?"$/);
    assert.match(aboutThemMessage(match, 'outreach'), /" pitches yourself\. Keep the outreach to who you are in one line/);
  });

  it('names the words the model weighed most in a question or message about you', () => {
    assert.equal(
      aboutThemMessage({ ...match, words: ['my', 'degree'] }, 'question'),
      '"I would love to be part of the Acme family." reads as about you, not them (weighed most: "my", "degree"). Ask about their work or the business instead, for example: "What is your typical workday like?"',
    );
    assert.match(aboutThemMessage({ ...match, words: ['my', 'degree'] }, 'outreach'), /reads as a pitch for yourself \(weighed most: "my", "degree"\)\. Keep the outreach/);
    assert.match(aboutThemMessage({ ...match, words: ['my'] }, 'follow-up'), /reads as a pitch for yourself \(weighed most: "my"\)\. Keep follow-ups about them/);
  });

  it('names the weighed words of a job ask no pattern names, through the rule', () => {
    const line = firstWhere(UNNAMED_JOB_ASKS, (candidate) => (findJobAsks(candidate)[0]?.words?.length ?? 0) > 0, 'a job ask the detector gives words for');
    const [match] = findJobAsks(line);
    const issue = onlyIssue('no-job-ask', withQuestions(line));
    assert.match(issue.message, new RegExp(`^"${escape(match.phrase)}" reads as a job ask \\(weighed most: [^)]+\\)\\. Make it about them instead, for example: "`));
    for (const word of match.words!) assert.ok(issue.message.includes(`"${word}"`), `names ${word}: ${issue.message}`);
  });

  it('names the weighed words of a pitch no pattern names, through the rule, in a question and in the outreach', () => {
    const line = firstWhere(UNNAMED_PITCHES, (candidate) => (findSelfFocus(candidate)[0]?.words?.length ?? 0) > 0, 'a pitch the detector gives words for');
    const [match] = findSelfFocus(line);
    const words = match.words!.map((word) => `"${word}"`).join(', ');
    assert.match(onlyIssue('about-them', withQuestions(line)).message, new RegExp(`^"${escape(match.phrase)}" reads as about you, not them \\(weighed most: ${escape(words)}\\)\\. Ask about their work`));
    assert.match(onlyIssue('about-them', `contact: { name: Morgan Lee }\noutreach: ${line}\n`).message, new RegExp(`reads as a pitch for yourself \\(weighed most: ${escape(words)}\\)\\. Keep the outreach`));
  });

  it("words its message from the detector's match, naming the weighed words whenever the detector gives them", () => {
    for (const line of [...UNNAMED_JOB_ASKS, ...SOFT_JOB_ASKS, ...CLEAR_JOB_ASKS]) {
      const matches = findJobAsks(line, { sensitivity: 'high' });
      const messages = issuesOf('no-job-ask', withQuestions(line), { config: { phraseSensitivity: 'high' } }).map((issue) => issue.message);
      assert.deepEqual(messages, matches.map(jobAskMessage), line);
    }
  });

  it('keeps messages free of Markdown backticks', () => {
    const withWords = { ...match, words: ['hiring'] };
    for (const message of [jobAskMessage(match), jobAskMessage(withWords), ...(['question', 'outreach', 'follow-up'] as const).flatMap((place) => [aboutThemMessage(match, place), aboutThemMessage(withWords, place)])]) {
      assert.doesNotMatch(message, /`/);
    }
  });
});
