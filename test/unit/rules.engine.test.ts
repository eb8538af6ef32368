// Every rule through the engine: each fires on a sample, each disable form turns it off, and the
// configuration changes its severity or turns it off.
import * as assert from 'node:assert/strict';
import { applyEdits, disableCommentEdit } from '../../src/core/edits';
import { lintText } from '../../src/core/lint';
import { parseInterview } from '../../src/core/parse';
import { RULES } from '../../src/core/rules';
import type { LintSnippetOptions } from './rules.support';
import { configWith, issuesOf, lint, ruleIds, TODAY, yaml } from './rules.support';

const CONTACT = 'contact:\n  name: Dana Reyes\n  company: Acme Robotics\n  connection: second\n';

/** For each rule, a file on which it fires once, on a line a comment can follow. */
const SAMPLES: Record<string, { text: string; options?: LintSnippetOptions }> = {
  schema: { text: `${CONTACT}stge: prospect\n` },
  'no-job-ask': { text: `${CONTACT}questions:\n  - What is your typical workday like?\n  - Is your team hiring right now?\n` },
  'about-them': { text: `${CONTACT}questions:\n  - What do you think of my background?\n` },
  'outreach-length': { text: `${CONTACT}outreach: ${'Could we talk about your work? '.repeat(21).trim()}\n` },
  'time-ask': { text: `${CONTACT}meeting:\n  format: in-person\n  minutes: 45\n` },
  'prepare-research': { text: `${CONTACT}stage: requested\nmeeting:\n  date: 2026-12-03\n` },
  'prepare-questions': {
    text: `${CONTACT}stage: scheduled\nmeeting:\n  date: 2026-12-03\nresearch:\n  company: Series C.\n  situation: Growing.\n  profile: Eight years at Acme.\n`,
  },
  'thank-you': { text: `${CONTACT}stage: met\nmeeting:\n  date: 2026-11-20\nfollow_up:\n  referrals_asked: true\n` },
  'thank-you-late': { text: `${CONTACT}stage: met\nmeeting:\n  date: 2026-11-20\nfollow_up:\n  thanked: 2026-11-24\n  referrals_asked: true\n` },
  'ask-referral': { text: `${CONTACT}stage: met\nmeeting:\n  date: 2026-11-20\nfollow_up:\n  thanked: 2026-11-20\n` },
  'keep-in-touch': { text: `${CONTACT}stage: followed_up\nmeeting:\n  date: 2026-11-20\nfollow_up:\n  thanked: 2026-11-20\n  referrals_asked: true\n` },
  'follow-up-due': { text: `${CONTACT}stage: followed_up\nmeeting:\n  date: 2026-10-20\nfollow_up:\n  thanked: 2026-10-20\n  referrals_asked: true\n  next: 2026-11-26\n` },
  'second-contact': { text: `${CONTACT}stage: requested\nrequested: 2026-11-23\n` },
  'request-stale': { text: `${CONTACT}stage: requested\nrequested: 2026-11-01\n` },
  'stage-mismatch': { text: `${CONTACT}stage: closed\n` },
  'prefer-in-person': { text: `${CONTACT}meeting:\n  format: video\n` },
  'warm-contact': { text: 'contact:\n  name: Dana Reyes\n  connection: cold\n' },
  'referral-file': { text: `${CONTACT}follow_up:\n  referrals:\n    - name: Lee Wong\n` },
  'broken-link': { text: `${CONTACT}  referred_by: sam.interview.yaml\n`, options: { path: 'dana.interview.yaml', files: {} } },
  'duplicate-contact': { text: CONTACT, options: { path: 'dana.interview.yaml', files: { 'dana-2.interview.yaml': CONTACT } } },
};

/** Inserts a line above line `line`, indented like it. */
function above(text: string, line: number, comment: string): string {
  const lines = text.split('\n');
  const indent = /^[ -]*/.exec(lines[line])![0].replace(/-/g, ' ');
  lines.splice(line, 0, indent + comment);
  return lines.join('\n');
}

/** Appends a comment at the end of line `line`. */
function after(text: string, line: number, comment: string): string {
  const lines = text.split('\n');
  lines[line] += ` ${comment}`;
  return lines.join('\n');
}

describe('every rule through the engine', () => {
  it('has a sample for every rule, and only for rules that exist', () => {
    assert.deepEqual(Object.keys(SAMPLES).sort(), RULES.map((rule) => rule.id).sort());
  });

  for (const rule of RULES) {
    const { text, options = {} } = SAMPLES[rule.id];
    const own = (source: string, extra: LintSnippetOptions = {}) => issuesOf(rule.id, source, { ...options, ...extra });

    describe(rule.id, () => {
      it(`fires once on its sample at its default severity (${rule.defaultSeverity})`, () => {
        const issues = own(text);
        assert.equal(issues.length, 1, issues.map((issue) => issue.message).join(' | '));
        assert.equal(issues[0].severity, rule.defaultSeverity);
        assert.ok(issues[0].message.length > 20, 'says what is wrong and what to do');
      });

      it('is turned off by `# interview-lint-disable-next-line <id>` on the line above', () => {
        const line = own(text)[0].range.start.line;
        assert.deepEqual(own(above(text, line, `# interview-lint-disable-next-line ${rule.id}`)), []);
      });

      it('is turned off by the disable-next-line comment the core writes', () => {
        const line = own(text)[0].range.start.line;
        const edit = disableCommentEdit(parseInterview(text), rule.id, line);
        assert.deepEqual(own(applyEdits(text, [edit])), []);
      });

      it('is turned off by `# interview-lint-disable-line <id>` at the end of its line', () => {
        const line = own(text)[0].range.start.line;
        assert.deepEqual(own(after(text, line, `# interview-lint-disable-line ${rule.id}`)), []);
      });

      it('is turned off for the file by `# interview-lint-disable <id>`, and by the comment the core writes', () => {
        assert.deepEqual(own(`# interview-lint-disable ${rule.id}\n${text}`), []);
        assert.deepEqual(own(applyEdits(text, [disableCommentEdit(parseInterview(text), rule.id, 'file')])), []);
      });

      it('is turned off by each form with no rule id', () => {
        const line = own(text)[0].range.start.line;
        assert.deepEqual(own(above(text, line, '# interview-lint-disable-next-line')), []);
        assert.deepEqual(own(after(text, line, '# interview-lint-disable-line')), []);
        assert.deepEqual(lint(`# interview-lint-disable\n${text}`, options), []);
      });

      it("is not turned off by another rule's id", () => {
        const other = rule.id === 'warm-contact' ? 'no-job-ask' : 'warm-contact';
        const line = own(text)[0].range.start.line;
        assert.equal(own(above(text, line, `# interview-lint-disable-next-line ${other}`)).length, 1);
        assert.equal(own(after(text, line, `# interview-lint-disable-line ${other}`)).length, 1);
        assert.equal(own(`# interview-lint-disable ${other}\n${text}`).length, 1);
      });

      it('takes its severity from the configuration, and `off` turns it off', () => {
        const severity = rule.defaultSeverity === 'error' ? 'hint' : 'error';
        assert.equal(own(text, { config: { rules: { [rule.id]: severity } } })[0].severity, severity);
        assert.deepEqual(own(text, { config: { rules: { [rule.id]: 'off' } } }), []);
      });
    });
  }
});

describe('the engine', () => {
  it('reports only syntax problems when the YAML is broken', () => {
    const issues = lint(`${CONTACT}stage: closed\nquestions: [unclosed\n`);
    assert.deepEqual(ruleIds(issues), ['schema']);
  });

  it('runs the workspace checks only with a workspace view', () => {
    assert.deepEqual(issuesOf('broken-link', SAMPLES['broken-link'].text), []);
    assert.deepEqual(issuesOf('duplicate-contact', CONTACT), []);
  });

  it('is pure: the same text and day give the same issues, and another day other ones', () => {
    const text = SAMPLES['follow-up-due'].text;
    const once = lintText(text, { today: TODAY, config: configWith() });
    assert.deepEqual(lintText(text, { today: TODAY, config: configWith() }), once);
    assert.deepEqual(issuesOf('follow-up-due', text, { today: '2026-11-25' }), []);
  });

  it('keeps a directive aimed at a block of text covering the whole block', () => {
    const text = yaml`
      contact:
        name: Dana Reyes
        connection: second
      # interview-lint-disable-next-line time-ask
      outreach: |
        Hi Dana, Sam suggested I reach out.
        Could we meet for an hour next week?
    `;
    assert.deepEqual(issuesOf('time-ask', text), []);
    assert.equal(issuesOf('time-ask', text.replace('# interview-lint-disable-next-line time-ask\n', '')).length, 1);
  });

  it('writes the disable comment above a block of text, not inside it', () => {
    const text = yaml`
      contact:
        name: Dana Reyes
        connection: second
      outreach: |
        Hi Dana, Sam suggested I reach out.
        Could we meet for an hour next week?
    `;
    const [issue] = issuesOf('time-ask', text);
    const fixed = applyEdits(text, [disableCommentEdit(parseInterview(text), 'time-ask', issue.range.start.line)]);
    assert.match(fixed, /# interview-lint-disable-next-line time-ask\noutreach: \|/);
    assert.deepEqual(issuesOf('time-ask', fixed), []);
  });
});
