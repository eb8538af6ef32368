import * as assert from 'node:assert/strict';
import { applyFix, coveredText, issuesOf, onlyIssue, preferredFix, yaml } from './rules.support';

const withMinutes = (minutes: number) => yaml`
  contact:
    name: Dana Reyes
    connection: second
  meeting:
    format: in-person
    minutes: ${minutes} # her suggestion
`;

const withOutreach = (outreach: string) => yaml`
  contact:
    name: Dana Reyes
    connection: second
  stage: requested
  requested: 2026-11-25
  outreach: |
    Hi Dana, Sam Patel suggested I reach out.
    ${outreach}
`;

describe('time-ask', () => {
  it('is quiet for a 30-minute meeting', () => {
    assert.deepEqual(issuesOf('time-ask', withMinutes(30)), []);
  });

  it('warns about a 31-minute meeting, on the minutes', () => {
    const text = withMinutes(31);
    const issue = onlyIssue('time-ask', text);
    assert.equal(issue.severity, 'warning');
    assert.equal(coveredText(text, issue), '31');
    assert.match(issue.message, /31 minutes/);
  });

  it('offers to plan 30 minutes, keeping the comment', () => {
    const text = withMinutes(60);
    const fix = preferredFix(onlyIssue('time-ask', text));
    assert.equal(fix.mechanical, true);
    const fixed = applyFix(text, fix);
    assert.equal(fixed, withMinutes(30));
  });

  it('follows windows.max_minutes', () => {
    assert.deepEqual(issuesOf('time-ask', withMinutes(45), { config: { windows: { maxMinutes: 45 } } }), []);
    assert.equal(issuesOf('time-ask', withMinutes(21), { config: { windows: { maxMinutes: 20 } } }).length, 1);
  });

  it('catches an outreach that asks for an hour, on those words', () => {
    const text = withOutreach('Could we meet for an hour next week?');
    const issue = onlyIssue('time-ask', text);
    assert.match(coveredText(text, issue), /hour/);
  });

  it('offers to ask for 20 minutes instead, changing only those words', () => {
    const text = withOutreach('Could we meet for an hour next week?');
    const fixed = applyFix(text, preferredFix(onlyIssue('time-ask', text)));
    assert.equal(fixed, withOutreach('Could we meet for 20 minutes next week?'));
    const adjectival = withOutreach('Could we set up a one-hour call next week?');
    assert.equal(applyFix(adjectival, preferredFix(onlyIssue('time-ask', adjectival))), withOutreach('Could we set up a 20-minute call next week?'));
  });

  it('is quiet for an outreach that asks for 20 minutes', () => {
    assert.deepEqual(issuesOf('time-ask', withOutreach('Would you have 20 minutes next week?')), []);
  });

  it('does not read the questions for time asks', () => {
    assert.deepEqual(issuesOf('time-ask', yaml`
      contact: { name: Dana Reyes }
      questions:
        - What does an hour of your workday look like?
    `), []);
  });
});

describe('prefer-in-person', () => {
  for (const format of ['phone', 'video', 'email']) {
    it(`hints at meeting in person for a ${format} meeting`, () => {
      const text = `contact: { name: Dana Reyes }\nmeeting:\n  format: ${format}\n`;
      const issue = onlyIssue('prefer-in-person', text);
      assert.equal(issue.severity, 'hint');
      assert.equal(coveredText(text, issue), format);
      assert.match(issue.message, /in person/);
    });
  }

  it('is quiet for an in-person meeting or none', () => {
    assert.deepEqual(issuesOf('prefer-in-person', 'contact: { name: Dana Reyes }\nmeeting:\n  format: in-person\n'), []);
    assert.deepEqual(issuesOf('prefer-in-person', 'contact: { name: Dana Reyes }\n'), []);
  });

  it('leaves an unknown format to the schema rule', () => {
    assert.deepEqual(issuesOf('prefer-in-person', 'contact: { name: Dana Reyes }\nmeeting:\n  format: toString\n'), []);
  });
});
