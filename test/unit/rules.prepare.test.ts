import * as assert from 'node:assert/strict';
import { parseInterview } from '../../src/core/parse';
import { readInterview } from '../../src/core/model';
import { RECOMMENDED_QUESTIONS } from '../../src/core/phrases';
import { applyFix, coveredText, issuesOf, onlyIssue, preferredFix, yaml } from './rules.support';

const RESEARCH = yaml`
  research:
    company: Series C, about 400 people.
    situation: Expanding into the EU.
    profile: Eight years at Acme.
`;
const QUESTIONS = 'questions:\n  - What is your typical workday like?\n';

function scheduled(parts: { stage?: string; date?: string; research?: string; questions?: string } = {}): string {
  return [
    'contact:',
    '  name: Dana Reyes',
    '  connection: second',
    `stage: ${parts.stage ?? 'scheduled'}`,
    ...(parts.date === '' ? [] : ['meeting:', `  date: ${parts.date ?? '2026-12-03'}`]),
    '',
  ].join('\n') + (parts.research ?? RESEARCH) + (parts.questions ?? QUESTIONS);
}

describe('prepare-research', () => {
  it('is quiet when the company, its situation and the profile are written', () => {
    assert.deepEqual(issuesOf('prepare-research', scheduled()), []);
  });

  it('names each missing part when the meeting is scheduled', () => {
    const text = scheduled({ research: 'research:\n  company: Series C.\n  situation: ""\n' });
    const issue = onlyIssue('prepare-research', text);
    assert.equal(issue.severity, 'warning');
    assert.equal(coveredText(text, issue), 'research');
    assert.match(issue.message, /research\.situation/);
    assert.match(issue.message, /research\.profile/);
    assert.doesNotMatch(issue.message, /research\.company/);
    assert.match(issue.message, /Dec 3/);
  });

  it('points at the meeting date when there is no research at all', () => {
    const text = scheduled({ research: '' });
    assert.equal(coveredText(text, onlyIssue('prepare-research', text)), 'date');
  });

  it('fires for a meeting date after today whatever the stage says', () => {
    assert.equal(issuesOf('prepare-research', scheduled({ stage: 'requested', date: '2026-11-27', research: '' })).length, 1);
  });

  it('is quiet for a meeting today or past unless the stage is scheduled', () => {
    assert.deepEqual(issuesOf('prepare-research', scheduled({ stage: 'requested', date: '2026-11-26', research: '' })), []);
    assert.deepEqual(issuesOf('prepare-research', scheduled({ stage: 'met', date: '2026-11-20', research: '' })), []);
  });

  it('is quiet for a prospect with no meeting and for a closed thread', () => {
    assert.deepEqual(issuesOf('prepare-research', scheduled({ stage: 'prospect', date: '', research: '' })), []);
    assert.deepEqual(issuesOf('prepare-research', scheduled({ stage: 'closed', date: '2026-12-03', research: '' })), []);
  });
});

describe('prepare-questions', () => {
  it('asks for questions when the meeting is scheduled and none are written', () => {
    const text = scheduled({ questions: '' });
    const issue = onlyIssue('prepare-questions', text);
    assert.equal(issue.severity, 'warning');
    assert.equal(coveredText(text, issue), 'scheduled');
  });

  it('counts an empty list, or only blank questions, as none', () => {
    assert.equal(issuesOf('prepare-questions', scheduled({ questions: 'questions: []\n' })).length, 1);
    assert.equal(issuesOf('prepare-questions', scheduled({ questions: 'questions:\n  - ""\n' })).length, 1);
  });

  it('is quiet with one question, and at other stages', () => {
    assert.deepEqual(issuesOf('prepare-questions', scheduled()), []);
    assert.deepEqual(issuesOf('prepare-questions', scheduled({ questions: 'questions:\n  - ask: How did you start?\n' })), []);
    assert.deepEqual(issuesOf('prepare-questions', scheduled({ stage: 'requested', questions: '' })), []);
  });

  it('offers to add the recommended questions, under an empty key or in an inline list', () => {
    for (const questions of ['', 'questions: # to do\n', 'questions: []\n']) {
      const text = scheduled({ questions });
      const fixed = applyFix(text, preferredFix(onlyIssue('prepare-questions', text)));
      assert.deepEqual(readInterview(parseInterview(fixed)).questions.map((question) => question.text), RECOMMENDED_QUESTIONS);
      if (questions.includes('# to do')) assert.match(fixed, /# to do/);
      assert.deepEqual(issuesOf('prepare-questions', fixed), []);
    }
  });
});
