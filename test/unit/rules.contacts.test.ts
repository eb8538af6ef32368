import * as assert from 'node:assert/strict';
import { parseInterview } from '../../src/core/parse';
import { readInterview } from '../../src/core/model';
import { interviewFileName } from '../../src/core/workspace';
import { applyFix, coveredText, issuesOf, onlyIssue, preferredFix, yaml } from './rules.support';

const DANA = yaml`
  contact:
    name: Dana Reyes
    company: Acme Robotics
    connection: second
`;

describe('warm-contact', () => {
  it('hints at finding a mutual contact for a cold one, on the connection', () => {
    const text = 'contact:\n  name: Dana Reyes\n  connection: cold\n';
    const issue = onlyIssue('warm-contact', text);
    assert.equal(issue.severity, 'hint');
    assert.equal(coveredText(text, issue), 'cold');
    assert.match(issue.message, /via/);
  });

  it('is quiet for every warm connection and for none', () => {
    for (const connection of ['first', 'second', 'third', 'alumni', 'referral']) {
      assert.deepEqual(issuesOf('warm-contact', `contact:\n  name: Dana Reyes\n  connection: ${connection}\n`), []);
    }
    assert.deepEqual(issuesOf('warm-contact', 'contact:\n  name: Dana Reyes\n'), []);
  });
});

describe('duplicate-contact', () => {
  it('warns when another file has the same name and company, naming it', () => {
    const text = DANA;
    const issue = onlyIssue('duplicate-contact', text, { path: 'people/dana.interview.yaml', files: { 'archive/dana-reyes.interview.yaml': '# again\ncontact:\n  name: dana  reyes\n  company: ACME Robotics\n' } });
    assert.equal(issue.severity, 'warning');
    assert.equal(coveredText(text, issue), 'Dana Reyes');
    assert.match(issue.message, /\.\.\/archive\/dana-reyes\.interview\.yaml/);
  });

  it('is quiet for the same name at another company, and for the file alone', () => {
    assert.deepEqual(issuesOf('duplicate-contact', DANA, { path: 'dana.interview.yaml', files: { 'other.interview.yaml': 'contact:\n  name: Dana Reyes\n  company: Lumen Studio\n' } }), []);
    assert.deepEqual(issuesOf('duplicate-contact', DANA, { path: 'dana.interview.yaml', files: {} }), []);
  });

  it('does not run without a workspace view', () => {
    assert.deepEqual(issuesOf('duplicate-contact', DANA), []);
  });
});

describe('referral-file', () => {
  const withReferral = (referral: string) => `${DANA}stage: met\nfollow_up:\n  thanked: 2026-11-20\n  referrals_asked: true\n  referrals:\n${referral}`;

  it('hints at a referral with no file, on the name', () => {
    const text = withReferral('    - name: Lee Wong # Staff Engineer\n      company: Acme Robotics\n');
    const issue = onlyIssue('referral-file', text);
    assert.equal(issue.severity, 'hint');
    assert.equal(coveredText(text, issue), 'Lee Wong');
  });

  it('is quiet when the referral links a file', () => {
    assert.deepEqual(issuesOf('referral-file', withReferral('    - name: Lee Wong\n      file: lee-wong.interview.yaml\n')), []);
  });

  it('creates the prospect file with a link back and links it from the referral', () => {
    const text = withReferral('    - name: Lee Wong # Staff Engineer\n      role: Staff Engineer\n      company: Acme Robotics\n');
    const fix = preferredFix(onlyIssue('referral-file', text, { path: 'people/dana-reyes.interview.yaml', files: {} }));
    assert.deepEqual(fix.creates, [
      {
        relativePath: 'lee-wong.interview.yaml',
        content: yaml`
          version: 1
          contact:
            name: Lee Wong
            role: Staff Engineer
            company: Acme Robotics
            connection: referral
            via: Dana Reyes
            referred_by: dana-reyes.interview.yaml
          stage: prospect
        `,
      },
    ]);
    const fixed = applyFix(text, fix);
    assert.ok(fixed.includes('    - name: Lee Wong # Staff Engineer\n'), 'keeps the comment on the referral');
    assert.equal(readInterview(parseInterview(fixed)).referrals[0].file, 'lee-wong.interview.yaml');
    // The new file is itself a clean prospect.
    const created = fix.creates![0].content;
    assert.deepEqual(issuesOf('schema', created), []);
  });

  it('does not overwrite a file that exists: it picks the next free name', () => {
    const text = withReferral('    - name: Lee Wong\n');
    const fix = preferredFix(onlyIssue('referral-file', text, { path: 'dana.interview.yaml', files: { 'lee-wong.interview.yaml': 'contact:\n  name: Lee Wong\n  company: Lumen\n' } }));
    assert.equal(fix.creates?.[0].relativePath, 'lee-wong-2.interview.yaml');
  });

  it('links the existing file when the referral already has one', () => {
    const text = withReferral('    - name: Lee Wong\n      company: Acme Robotics\n');
    const issue = onlyIssue('referral-file', text, { path: 'people/dana.interview.yaml', files: { 'leads/lee.interview.yaml': 'contact:\n  name: Lee Wong\n  company: Acme Robotics\n' } });
    const fix = preferredFix(issue);
    assert.equal(fix.creates, undefined);
    assert.match(applyFix(text, fix), /file: \.\.\/leads\/lee\.interview\.yaml/);
  });

  it('quotes names that YAML would misread and makes safe file names', () => {
    assert.equal(interviewFileName('Zoë O’Brien-Núñez'), 'zoe-o-brien-nunez.interview.yaml');
    assert.equal(interviewFileName('../../etc/passwd'), 'etc-passwd.interview.yaml');
    assert.equal(interviewFileName('???'), 'contact.interview.yaml');
    const text = withReferral('    - name: "#1 fan: Lee"\n');
    const fix = preferredFix(onlyIssue('referral-file', text));
    assert.equal(readInterview(parseInterview(fix.creates![0].content)).name, '#1 fan: Lee');
  });
});

describe('broken-link', () => {
  const referredBy = (link: string) => `${DANA}  referred_by: ${link}\n`;

  it('warns when contact.referred_by points at no file, on the link', () => {
    const text = referredBy('sam-patel.interview.yaml');
    const issue = onlyIssue('broken-link', text, { path: 'dana.interview.yaml', files: {} });
    assert.equal(issue.severity, 'warning');
    assert.equal(coveredText(text, issue), 'sam-patel.interview.yaml');
  });

  it('is quiet when the linked file exists, relative to this file', () => {
    assert.deepEqual(issuesOf('broken-link', referredBy('../sam.interview.yaml'), { path: 'people/dana.interview.yaml', files: { 'sam.interview.yaml': 'contact: { name: Sam }\n' } }), []);
  });

  it('suggests the file the link probably meant', () => {
    const text = referredBy('sam-patel.interview.yml');
    const issue = onlyIssue('broken-link', text, { path: 'dana.interview.yaml', files: { 'sam-patel.interview.yaml': 'contact: { name: Sam }\n' } });
    assert.match(issue.message, /did you mean "sam-patel\.interview\.yaml"/);
    assert.match(applyFix(text, preferredFix(issue)), /referred_by: sam-patel\.interview\.yaml\n/);
  });

  it('warns about a referral file that does not exist and offers to create it', () => {
    const text = `${DANA}follow_up:\n  referrals:\n    - name: Lee Wong\n      file: lee-wong.interview.yaml\n`;
    const issue = onlyIssue('broken-link', text, { path: 'dana.interview.yaml', files: {} });
    const fix = preferredFix(issue);
    assert.equal(fix.creates?.[0].relativePath, 'lee-wong.interview.yaml');
    assert.match(fix.creates![0].content, /referred_by: dana\.interview\.yaml/);
    assert.deepEqual(fix.edits, []);
  });

  it('ignores web addresses and runs only with a workspace view', () => {
    assert.deepEqual(issuesOf('broken-link', referredBy('https://example.com/sam'), { path: 'dana.interview.yaml', files: {} }), []);
    assert.deepEqual(issuesOf('broken-link', referredBy('missing.interview.yaml')), []);
  });
});
