import * as assert from 'node:assert/strict';
import { parseInterview } from '../../src/core/parse';
import { readInterview } from '../../src/core/model';
import { addBusinessDays, businessDaysBetween } from '../../src/core/dates';
import { isBooster } from '../../src/core/rules/followUp';
import { applyFix, configWith, coveredText, issuesOf, onlyIssue, preferredFix, yaml } from './rules.support';

/** A meeting on `date` at stage `stage`, with extra `follow_up` lines. */
function met(date: string, followUp: string[] = [], stage = 'met'): string {
  return [
    'version: 1',
    'contact:',
    '  name: Dana Reyes',
    '  company: Acme Robotics',
    '  connection: second',
    `stage: ${stage}`,
    'meeting:',
    `  date: ${date}`,
    '  format: in-person',
    ...(followUp.length > 0 ? ['follow_up:', ...followUp.map((line) => `  ${line}`)] : []),
    '',
  ].join('\n');
}

describe('thank-you', () => {
  it('asks for a thank-you after a past meeting that has none, on the meeting date', () => {
    const text = met('2026-11-20', ['referrals_asked: true'], 'scheduled');
    const issue = onlyIssue('thank-you', text);
    assert.equal(issue.severity, 'warning');
    assert.equal(coveredText(text, issue), '2026-11-20');
    assert.match(issue.message, /Dana Reyes/);
    assert.match(issue.message, /follow_up\.thanked/);
  });

  it('does not fire before the meeting or on its day while the stage is still scheduled', () => {
    assert.deepEqual(issuesOf('thank-you', met('2026-11-26', [], 'scheduled')), []);
    assert.deepEqual(issuesOf('thank-you', met('2026-11-27', [], 'scheduled')), []);
  });

  it('fires as soon as the stage says met, even on the day of the meeting', () => {
    assert.equal(issuesOf('thank-you', met('2026-11-26', ['referrals_asked: true'])).length, 1);
  });

  it('is quiet once the thank-you is recorded, and for a closed thread', () => {
    assert.deepEqual(issuesOf('thank-you', met('2026-11-20', ['thanked: 2026-11-20'])), []);
    assert.deepEqual(issuesOf('thank-you', met('2026-11-20', [], 'closed')), []);
  });

  it('counts an empty `thanked:` as missing', () => {
    assert.equal(issuesOf('thank-you', met('2026-11-20', ['thanked:', 'referrals_asked: true'])).length, 1);
  });

  it('leaves an impossible thanked date to the schema rule', () => {
    assert.deepEqual(issuesOf('thank-you', met('2026-11-20', ['thanked: 2026-02-30'])), []);
  });

  it('offers to set follow_up.thanked to today, where the format puts it, keeping comments', () => {
    const text = yaml`
      # Dana, coffee on the 20th.
      contact:
        name: Dana Reyes # met at the meetup
      stage: met
      meeting:
        date: 2026-11-20 # Tuesday
      follow_up:
        referrals_asked: true # she named two people
    `;
    const fix = preferredFix(onlyIssue('thank-you', text));
    assert.equal(fix.mechanical, true);
    const fixed = applyFix(text, fix);
    assert.equal(
      fixed,
      yaml`
        # Dana, coffee on the 20th.
        contact:
          name: Dana Reyes # met at the meetup
        stage: met
        meeting:
          date: 2026-11-20 # Tuesday
        follow_up:
          thanked: 2026-11-26
          referrals_asked: true # she named two people
      `,
    );
    assert.deepEqual(issuesOf('thank-you', fixed), []);
  });
});

describe('thank-you-late', () => {
  it('is quiet for a thank-you the same day or exactly one day after the meeting', () => {
    assert.deepEqual(issuesOf('thank-you-late', met('2026-11-20', ['thanked: 2026-11-20', 'referrals_asked: true'])), []);
    assert.deepEqual(issuesOf('thank-you-late', met('2026-11-20', ['thanked: 2026-11-21', 'referrals_asked: true'])), []);
  });

  it('notes a thank-you sent two days after the meeting, on the thanked date', () => {
    const text = met('2026-11-20', ['thanked: 2026-11-22', 'referrals_asked: true']);
    const issue = onlyIssue('thank-you-late', text);
    assert.equal(issue.severity, 'information');
    assert.equal(coveredText(text, issue), '2026-11-22');
    assert.match(issue.message, /2 days after the meeting/);
  });

  it('compares the date part of a meeting with a time', () => {
    assert.deepEqual(issuesOf('thank-you-late', met('2026-11-20T18:30', ['thanked: 2026-11-21', 'referrals_asked: true'])), []);
    assert.equal(issuesOf('thank-you-late', met('2026-11-20T18:30', ['thanked: 2026-11-22', 'referrals_asked: true'])).length, 1);
  });

  it('follows windows.thank_you_days', () => {
    const text = met('2026-11-20', ['thanked: 2026-11-22', 'referrals_asked: true']);
    assert.deepEqual(issuesOf('thank-you-late', text, { config: { windows: { thankYouDays: 2 } } }), []);
    assert.equal(issuesOf('thank-you-late', met('2026-11-20', ['thanked: 2026-11-21']), { config: { windows: { thankYouDays: 0 } } }).length, 1);
  });

  it('needs both dates', () => {
    assert.deepEqual(issuesOf('thank-you-late', yaml`
      contact: { name: Dana }
      stage: met
      follow_up: { thanked: 2026-11-22, referrals_asked: true }
    `), []);
  });
});

describe('ask-referral', () => {
  it('asks for a referral once the stage is met, where follow_up is written', () => {
    const text = met('2026-11-20', ['thanked: 2026-11-20']);
    const issue = onlyIssue('ask-referral', text);
    assert.equal(issue.severity, 'warning');
    assert.equal(coveredText(text, issue), 'follow_up');
    assert.match(issue.message, /referrals_asked/);
  });

  it('points at `referrals_asked: false` when it is written', () => {
    const text = met('2026-11-20', ['thanked: 2026-11-20', 'referrals_asked: false']);
    assert.equal(coveredText(text, onlyIssue('ask-referral', text)), 'false');
  });

  it('is quiet when the question was asked or a referral is recorded', () => {
    assert.deepEqual(issuesOf('ask-referral', met('2026-11-20', ['thanked: 2026-11-20', 'referrals_asked: true'])), []);
    assert.deepEqual(issuesOf('ask-referral', met('2026-11-20', ['thanked: 2026-11-20', 'referrals:', '  - name: Lee Wong', '    file: lee.interview.yaml'])), []);
  });

  it('is quiet before the meeting and for a closed thread', () => {
    assert.deepEqual(issuesOf('ask-referral', met('2026-12-03', [], 'scheduled')), []);
    assert.deepEqual(issuesOf('ask-referral', yaml`
      contact: { name: Dana }
      stage: closed
      closed_reason: Moved abroad.
    `), []);
  });

  it('offers to set referrals_asked: true, mechanical and preferred', () => {
    const text = met('2026-11-20', ['thanked: 2026-11-20 # by e-mail', 'referrals_asked: false # forgot']);
    const fix = preferredFix(onlyIssue('ask-referral', text));
    assert.equal(fix.mechanical, true);
    const fixed = applyFix(text, fix);
    assert.ok(fixed.includes('  referrals_asked: true # forgot\n'), 'keeps the comment on the changed line');
    assert.match(fixed, /thanked: 2026-11-20 # by e-mail/);
    assert.deepEqual(issuesOf('ask-referral', fixed), []);
  });

  it('adds follow_up when the file has none', () => {
    const text = met('2026-11-20');
    const fixed = applyFix(text, preferredFix(onlyIssue('ask-referral', text)));
    assert.equal(readInterview(parseInterview(fixed)).referralsAsked, true);
  });
});

describe('keep-in-touch', () => {
  const followedUp = (extra: string[] = []) => met('2026-11-20', ['thanked: 2026-11-20 # same day', 'referrals_asked: true', ...extra], 'followed_up');

  it('asks for a next check-in at stage followed_up', () => {
    const text = followedUp();
    const issue = onlyIssue('keep-in-touch', text);
    assert.equal(issue.severity, 'information');
    assert.equal(coveredText(text, issue), 'follow_up');
    assert.match(issue.message, /follow_up\.next/);
  });

  it('is quiet when the next check-in is planned, and at other stages', () => {
    assert.deepEqual(issuesOf('keep-in-touch', followedUp(['next: 2027-01-15'])), []);
    assert.deepEqual(issuesOf('keep-in-touch', met('2026-11-20', ['thanked: 2026-11-20', 'referrals_asked: true'])), []);
  });

  it('creates follow_up.next at today plus windows.check_in_days', () => {
    const text = followedUp();
    const fix = preferredFix(onlyIssue('keep-in-touch', text));
    assert.equal(fix.mechanical, true);
    const fixed = applyFix(text, fix);
    assert.ok(fixed.includes('  referrals_asked: true\n  next: 2026-12-26\n'), 'adds next under follow_up');
    assert.match(fixed, /thanked: 2026-11-20 # same day/);
    const shorter = applyFix(text, preferredFix(onlyIssue('keep-in-touch', text, { config: { windows: { checkInDays: 14 } } })));
    assert.match(shorter, /next: 2026-12-10/);
  });
});

describe('follow-up-due', () => {
  const planned = (next: string, stage = 'followed_up') => met('2026-10-01', ['thanked: 2026-10-01', 'referrals_asked: true', `next: ${next}`], stage);

  it('fires when the check-in is today', () => {
    const text = planned('2026-11-26');
    const issue = onlyIssue('follow-up-due', text);
    assert.equal(issue.severity, 'warning');
    assert.match(issue.message, /due today/);
    assert.equal(coveredText(text, issue), '2026-11-26');
  });

  it('fires when the check-in is past, saying how long ago', () => {
    assert.match(onlyIssue('follow-up-due', planned('2026-11-25')).message, /1 day ago/);
    assert.match(onlyIssue('follow-up-due', planned('2026-11-16')).message, /10 days ago/);
  });

  it('does not fire for a check-in tomorrow', () => {
    assert.deepEqual(issuesOf('follow-up-due', planned('2026-11-27')), []);
  });

  it('does not fire for a closed thread', () => {
    assert.deepEqual(issuesOf('follow-up-due', planned('2026-11-20', 'closed')), []);
  });

  it('offers to log a check-in and plan the next one', () => {
    const text = planned('2026-11-20');
    const fixed = applyFix(text, preferredFix(onlyIssue('follow-up-due', text)));
    const interview = readInterview(parseInterview(fixed));
    assert.equal(interview.next, '2026-12-26');
    assert.deepEqual(interview.log, [{ date: '2026-11-26', note: 'Checked in.' }]);
    assert.deepEqual(issuesOf('follow-up-due', fixed), []);
  });
});

describe('the 3B7 routine: second-contact and request-stale', () => {
  // Today is Thursday 2026-11-26.
  const requested = (date: string, extra = '') => yaml`
    contact:
      name: Dana Reyes
      company: Acme Robotics
      connection: second
    stage: requested
    requested: ${date}
  ` + extra;

  it('counts business days: weekends and the configured holidays left out', () => {
    assert.equal(businessDaysBetween('2026-11-20', '2026-11-23'), 1, 'Friday to Monday');
    assert.equal(businessDaysBetween('2026-11-16', '2026-11-26'), 8);
    assert.equal(businessDaysBetween('2026-11-16', '2026-11-26', new Set(['2026-11-26', '2026-11-21'])), 7, 'a Thursday holiday counts; a Saturday one changes nothing');
    assert.equal(businessDaysBetween('2026-11-26', '2026-11-26'), 0);
    assert.equal(businessDaysBetween('2026-11-26', '2026-11-20'), 0);
    assert.equal(businessDaysBetween('2025-11-26', '2026-11-26'), 261, 'a year, by whole weeks and the days after them');
    assert.equal(addBusinessDays('2026-11-20', 3), '2026-11-25');
    assert.equal(addBusinessDays('2026-11-24', 3, new Set(['2026-11-26'])), '2026-11-30');
  });

  it('is quiet for two business days, then suggests a second person at the employer from the third (3B)', () => {
    assert.deepEqual(issuesOf('second-contact', requested('2026-11-24')), []);
    const text = requested('2026-11-23');
    const issue = onlyIssue('second-contact', text);
    assert.equal(issue.severity, 'information');
    assert.equal(coveredText(text, issue), '2026-11-23');
    assert.match(issue.message, /No reply from Dana Reyes in 3 business days \(asked Nov 23\): write to a second person at Acme Robotics now/);
    assert.deepEqual(issuesOf('request-stale', text), []);
  });

  it('hands over to the one follow-up after seven business days (7B), on the requested date', () => {
    assert.equal(issuesOf('second-contact', requested('2026-11-17')).length, 1, 'seven business days: still 3B');
    assert.deepEqual(issuesOf('request-stale', requested('2026-11-17')), []);
    const text = requested('2026-11-16');
    const issue = onlyIssue('request-stale', text);
    assert.equal(coveredText(text, issue), '2026-11-16');
    assert.match(issue.message, /8 business days ago \(Nov 16\).*one short, polite follow-up/);
    assert.deepEqual(issuesOf('second-contact', text), []);
  });

  it('counts a weekend as no days: asked on Friday, three business days pass by Wednesday', () => {
    assert.deepEqual(issuesOf('second-contact', requested('2026-11-20'), { today: '2026-11-24' }), []);
    assert.equal(issuesOf('second-contact', requested('2026-11-20'), { today: '2026-11-25' }).length, 1);
  });

  it('skips the holidays of .interviewlintrc.yaml', () => {
    assert.equal(issuesOf('second-contact', requested('2026-11-23')).length, 1);
    assert.deepEqual(issuesOf('second-contact', requested('2026-11-23'), { config: { holidays: ['2026-11-26'] } }), []);
  });

  it('is quiet once they replied, a meeting date is set, or at another stage', () => {
    for (const rule of ['second-contact', 'request-stale']) {
      assert.deepEqual(issuesOf(rule, requested('2026-11-01', 'replied: 2026-11-20\n')), [], rule);
      assert.deepEqual(issuesOf(rule, requested('2026-11-01', 'meeting:\n  date: 2026-12-03\n')), [], rule);
      assert.deepEqual(issuesOf(rule, requested('2026-11-01').replace('stage: requested', 'stage: prospect')), [], rule);
    }
  });

  it('is quiet once a second person at the same employer has been asked since (3B done), however the employer is written', () => {
    const other = (company: string, date: string) => yaml`
      contact:
        name: Lee Wong
        company: ${company}
      stage: requested
      requested: ${date}
    `;
    const text = requested('2026-11-23');
    const at = (files: Record<string, string>) => issuesOf('second-contact', text, { path: 'dana.interview.yaml', files });
    assert.deepEqual(at({ 'lee.interview.yaml': other('Acme Robotics, Inc.', '2026-11-24') }), [], 'asked the day after');
    assert.deepEqual(at({ 'lee.interview.yaml': other('acme robotics', '2026-11-23') }), [], 'asked the same day');
    assert.equal(at({ 'lee.interview.yaml': other('Acme Robotics', '2026-11-10') }).length, 1, 'asked before: not the second person of this request');
    assert.equal(at({ 'lee.interview.yaml': other('Acme Robotic Arms', '2026-11-24') }).length, 1, 'another employer');
    assert.equal(at({}).length, 1, 'nobody else');
    assert.equal(issuesOf('request-stale', requested('2026-11-16'), { path: 'dana.interview.yaml', files: { 'lee.interview.yaml': other('Acme Robotics', '2026-11-24') } }).length, 1, 'the one follow-up after seven business days still applies');
  });

  it('offers to record their reply today, where the format puts it', () => {
    const text = requested('2026-11-16', 'meeting:\n  format: video\n');
    const [fix] = onlyIssue('request-stale', text).fixes ?? [];
    assert.equal(fix?.title, 'They replied: record it today (2026-11-26)');
    const fixed = applyFix(text, fix);
    assert.match(fixed, /^requested: 2026-11-16\nreplied: 2026-11-26\nmeeting:/m);
  });

  it('follows windows.second_contact_days and windows.stale_request_days', () => {
    assert.deepEqual(issuesOf('second-contact', requested('2026-11-23'), { config: { windows: { secondContactDays: 4 } } }), []);
    assert.deepEqual(issuesOf('request-stale', requested('2026-11-06'), { config: { windows: { staleRequestDays: 14 } } }), []);
    assert.equal(issuesOf('request-stale', requested('2026-11-05'), { config: { windows: { staleRequestDays: 14 } } }).length, 1);
  });

  it('marks someone who replied within three business days as a booster, in the pipeline only', () => {
    const config = configWith();
    assert.equal(isBooster({ requested: '2026-11-20', replied: '2026-11-25' }, config), true, 'Friday to Wednesday: three business days');
    assert.equal(isBooster({ requested: '2026-11-20', replied: '2026-11-26' }, config), false);
    assert.equal(isBooster({ requested: '2026-11-20' }, config), false);
  });
});
