// The two phrase rules as the user meets them: on which text, with what message and which fixes.
// The detectors' precision and recall are measured on the corpus in test/unit/phrases.test.ts.
import * as assert from 'node:assert/strict';
import { RECOMMENDED_QUESTIONS } from '../../src/core/phrases';
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
