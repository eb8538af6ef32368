import * as assert from 'node:assert/strict';
import { applyFix, coveredText, issuesOf, onlyIssue, preferredFix, yaml } from './rules.support';

const at = (stage: string, rest = '') => `contact:\n  name: Dana Reyes\n  connection: second\nstage: ${stage} # updated weekly\n${rest}`;

describe('stage-mismatch', () => {
  it('flags scheduled without a meeting date, and offers to step back to requested', () => {
    const text = at('scheduled', 'requested: 2026-11-20\nmeeting:\n  format: in-person\n');
    const issue = onlyIssue('stage-mismatch', text);
    assert.equal(issue.severity, 'warning');
    assert.equal(coveredText(text, issue), 'scheduled');
    assert.match(issue.message, /meeting\.date/);
    assert.match(applyFix(text, preferredFix(issue)), /^stage: requested # updated weekly$/m);
  });

  it('accepts scheduled with a meeting date', () => {
    assert.deepEqual(issuesOf('stage-mismatch', at('scheduled', 'meeting:\n  date: 2026-12-03\n')), []);
  });

  it('flags met with the meeting still ahead, on the date', () => {
    const text = at('met', 'meeting:\n  date: 2026-11-27\n');
    const issue = onlyIssue('stage-mismatch', text);
    assert.equal(coveredText(text, issue), '2026-11-27');
    assert.match(applyFix(text, preferredFix(issue)), /^stage: scheduled # updated weekly$/m);
  });

  it('accepts met on the day of the meeting or after it', () => {
    assert.deepEqual(issuesOf('stage-mismatch', at('met', 'meeting:\n  date: 2026-11-26T09:30\n')), []);
    assert.deepEqual(issuesOf('stage-mismatch', at('met', 'meeting:\n  date: 2026-11-20\n')), []);
  });

  it('flags followed_up without a thank-you and offers to record it', () => {
    const text = at('followed_up', 'meeting:\n  date: 2026-11-20\nfollow_up:\n  referrals_asked: true\n  next: 2027-01-15\n');
    const issue = onlyIssue('stage-mismatch', text);
    assert.equal(coveredText(text, issue), 'followed_up');
    assert.equal(issue.fixes?.length, 2);
    assert.match(applyFix(text, preferredFix(issue)), /thanked: 2026-11-26/);
  });

  it('accepts followed_up with a thank-you', () => {
    assert.deepEqual(issuesOf('stage-mismatch', at('followed_up', 'follow_up:\n  thanked: 2026-11-20\n')), []);
  });

  it('flags closed without a reason, and an empty reason', () => {
    const text = at('closed');
    assert.equal(coveredText(text, onlyIssue('stage-mismatch', text)), 'closed');
    const empty = at('closed', 'closed_reason: ""\n');
    assert.equal(coveredText(empty, onlyIssue('stage-mismatch', empty)), 'closed_reason');
  });

  it('accepts closed with a reason', () => {
    assert.deepEqual(issuesOf('stage-mismatch', at('closed', 'closed_reason: Moved abroad.\n')), []);
  });

  it('has nothing to say about prospect and requested', () => {
    assert.deepEqual(issuesOf('stage-mismatch', at('prospect')), []);
    assert.deepEqual(issuesOf('stage-mismatch', yaml`
      contact: { name: Dana Reyes }
      stage: requested
      meeting: { date: 2026-11-20 }
    `), []);
  });
});
