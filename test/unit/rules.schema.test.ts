// The schema rule through the engine: what it reports, where, and its fixes applied to real text.
import * as assert from 'node:assert/strict';
import { applyFix, coveredText, issuesOf, lint, onlyIssue, preferredFix, ruleIds, yaml } from './rules.support';

describe('schema', () => {
  it('is an error on a misspelt key, with a mechanical fix that keeps the comments', () => {
    const text = yaml`
      # Dana: second-degree, via Sam.
      contact:
        name: Dana Reyes
        compnay: Acme Robotics # the robotics one
      stage: prospect
    `;
    const issue = onlyIssue('schema', text);
    assert.equal(issue.severity, 'error');
    assert.equal(coveredText(text, issue), 'compnay');
    const fix = preferredFix(issue);
    assert.equal(fix.mechanical, true);
    const fixed = applyFix(text, fix);
    assert.equal(fixed, text.replace('compnay', 'company'));
    assert.deepEqual(issuesOf('schema', fixed), []);
  });

  it('corrects a misspelt stage or connection', () => {
    const text = 'contact:\n  name: Dana Reyes\n  connection: secnod # via Sam\nstage: sheduled\nmeeting:\n  date: 2026-12-03\n';
    const issues = issuesOf('schema', text);
    assert.deepEqual(issues.map((issue) => coveredText(text, issue)).sort(), ['secnod', 'sheduled']);
    let fixed = text;
    for (const issue of issuesOf('schema', fixed)) fixed = applyFix(fixed, preferredFix(issue));
    assert.equal(fixed, 'contact:\n  name: Dana Reyes\n  connection: second # via Sam\nstage: scheduled\nmeeting:\n  date: 2026-12-03\n');
  });

  it('reports an impossible date and a missing name without guessing a fix', () => {
    const date = onlyIssue('schema', 'contact: { name: Dana }\nrequested: 2026-02-30\n');
    assert.match(date.message, /February 2026 has 28 days/);
    assert.equal(date.fixes, undefined);
    assert.match(onlyIssue('schema', 'contact:\n  role: Engineer\n').message, /name/);
  });

  it('reports a blank name once, on its value', () => {
    const text = 'contact:\n  name: "  "  # to ask Sam\n  role: CTO\n';
    const issue = onlyIssue('schema', text);
    assert.equal(coveredText(text, issue), '"  "');
    assert.match(issue.message, /`contact` needs `name` filled in/);
  });

  it('is quiet on a file that follows the format', () => {
    assert.deepEqual(issuesOf('schema', 'version: 1\ncontact:\n  name: Dana Reyes\nstage: prospect\n'), []);
  });

  it('reports broken YAML alone, at its position', () => {
    const text = 'contact:\n  name: Dana Reyes\nstage: closed\nquestions: [What is your day like?\n';
    const issues = lint(text);
    assert.deepEqual(ruleIds(issues), ['schema']);
    assert.ok(issues[0].range.start.line >= 3);
  });

  it('reports a second YAML document in the file', () => {
    const issues = issuesOf('schema', 'contact: { name: Dana }\n---\ncontact: { name: Lee }\n');
    assert.equal(issues.length, 1);
    assert.match(issues[0].message, /more than one YAML document/);
  });

  it('reports a file over the size limit instead of parsing it', () => {
    const text = `contact: { name: Dana }\nnotes: "${'x'.repeat(2000)}"\n`;
    const [issue] = issuesOf('schema', text, { config: { maxFileSize: 1024 } });
    assert.match(issue.message, /too large/);
  });
});
