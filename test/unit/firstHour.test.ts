// The core behind issue 19's fixes: which recommended questions a file asks already, new keys
// written where the format puts them, a stage that is not a stage kept apart in the pipeline and
// the exports, a second conversation's file, and one wording of the time advice.
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config';
import { applyEdits, KEY_ORDER, planChanges } from '../../src/core/edits';
import { toCsv, toMarkdownReport } from '../../src/core/exports';
import { readInterview } from '../../src/core/model';
import { newInterviewText } from '../../src/core/newInterview';
import { parseInterview } from '../../src/core/parse';
import { RECOMMENDED_QUESTIONS, REFERRAL_ASK } from '../../src/core/phrases';
import { InterviewIndex, stageDescription, stageKnown, summarize } from '../../src/core/pipeline';
import { questionKey, unaskedQuestions } from '../../src/core/questions';
import { timeToAskFor } from '../../src/core/rules/inPerson';
import { interviewSchema } from '../../src/core/schema';
import type { SchemaNode } from '../../src/core/schema';
import { lint } from './rules.support';

const TODAY = '2026-12-01';
const summaryOf = (path: string, text: string) => {
  const document = parseInterview(text);
  return summarize(`file:///ws/${path}`, path, readInterview(document), [], document.syntax.length === 0, TODAY, defaultConfig());
};

describe('the recommended questions a file asks already', () => {
  it('reads "most/least" and "most and least" as the same question, whatever the case and spacing', () => {
    assert.equal(questionKey('What do you like most/least about the job?'), questionKey('what do you like MOST and least  about the job'));
    assert.notEqual(questionKey(RECOMMENDED_QUESTIONS[0]), questionKey(RECOMMENDED_QUESTIONS[1]));
  });

  it('offers only the ones not asked, each once', () => {
    assert.deepEqual(unaskedQuestions(['What do you like most/least about the job?', RECOMMENDED_QUESTIONS[0]]), [RECOMMENDED_QUESTIONS[1], RECOMMENDED_QUESTIONS[3], REFERRAL_ASK]);
    assert.deepEqual(unaskedQuestions([], [REFERRAL_ASK, REFERRAL_ASK, '']), [REFERRAL_ASK]);
  });

  it('leaves the job-ask fixes only the questions the file lacks', () => {
    const text = `contact:\n  name: Dana Reyes\nstage: scheduled\nquestions:\n${RECOMMENDED_QUESTIONS.map((question) => `  - ${question}\n`).join('')}  - Are you hiring for my role?\n`;
    const issue = lint(text).find((candidate) => candidate.ruleId === 'no-job-ask');
    assert.ok(issue, 'the job ask is found');
    assert.deepEqual(
      (issue.fixes ?? []).filter((fix) => fix.title.startsWith('Ask instead')).map((fix) => fix.title),
      [`Ask instead: "${REFERRAL_ASK}"`],
    );
  });
});

describe('keys added where the format puts them', () => {
  it('knows the format’s order of every map, as the schema lists its properties', () => {
    const properties = (node: SchemaNode | undefined): string[] => Object.keys((node?.$ref ? interviewSchema().definitions[node.$ref.replace('#/definitions/', '')] : node)?.properties ?? {});
    assert.deepEqual(KEY_ORDER[''], Object.keys(interviewSchema().properties ?? {}));
    for (const key of ['contact', 'meeting', 'research', 'follow_up']) assert.deepEqual(KEY_ORDER[key], properties(interviewSchema().properties?.[key]), key);
  });

  it('writes requested after the outreach of a new interview, not after notes at the end', () => {
    const { text } = newInterviewText({ name: 'Lena Vogt', connection: 'first' });
    const plan = planChanges(parseInterview(text), [{ kind: 'set', path: ['requested'], value: '2026-12-01' }]);
    assert.ok(plan.ok);
    const lines = applyEdits(text, plan.edits).split('\n');
    assert.equal(lines[lines.findIndex((line) => line.startsWith('outreach:')) + 1], 'requested: 2026-12-01');
    assert.match(lines[lines.length - 2], /^notes:/);
  });

  it('goes above the first key after it, with the comment lines that speak of that key', () => {
    const text = 'contact:\n  name: Dana Reyes\nfollow_up:\n  # ask her in January\n  next: 2027-01-15\n';
    const plan = planChanges(parseInterview(text), [{ kind: 'set', path: ['follow_up', 'thanked'], value: '2026-12-01' }]);
    assert.ok(plan.ok);
    assert.equal(applyEdits(text, plan.edits), 'contact:\n  name: Dana Reyes\nfollow_up:\n  thanked: 2026-12-01\n  # ask her in January\n  next: 2027-01-15\n');
  });
});

describe('a stage that is not a stage', () => {
  const jordan = summaryOf('jordan-lee.interview.yaml', 'contact:\n  name: Jordan Lee\nstage: sheduled\n');
  const grace = summaryOf('grace-obi.interview.yaml', 'contact:\n  name: Grace Obi\nstage: prospect\n');

  it('is kept as written and never read as prospect', () => {
    assert.equal(jordan.unknownStage, 'sheduled');
    assert.equal(stageKnown(jordan), false);
    assert.equal(stageDescription(jordan, TODAY), '"sheduled" is not a stage');
    assert.equal(summaryOf('x.interview.yaml', 'contact:\n  name: X\n').unknownStage, undefined, 'no stage written is prospect, as the format says');
  });

  it('gets a group of its own, first, only while some file needs it', () => {
    const index = new InterviewIndex();
    index.set(grace);
    assert.ok(!index.groups('stage').some((group) => group.unknownStage));
    index.set(jordan);
    const groups = index.groups('stage');
    assert.deepEqual([groups[0].label, groups[0].items.map((item) => item.name)], ['Stage unknown', ['Jordan Lee']]);
    assert.deepEqual(groups.find((group) => group.stage === 'prospect')?.items.map((item) => item.name), ['Grace Obi']);
  });

  it('is reported apart in Markdown and as written in CSV', () => {
    const report = toMarkdownReport([grace, jordan], { today: TODAY });
    assert.match(report, /^\| Stage unknown \| 1 \|$/m);
    assert.match(report, /^\| Prospect \| 1 \|$/m);
    assert.match(report, /^### Stage unknown \(1\)\n\n- \*\*Jordan Lee\*\* .*: "sheduled" is not a stage$/m);
    assert.match(toCsv([jordan]), /^Jordan Lee,,,,sheduled,/m);
  });
});

describe('a second conversation with someone', () => {
  it('says where the first one is and turns duplicate-contact off for the file', () => {
    const { text } = newInterviewText({ name: 'Grace Obi', company: 'Northwind Health', earlier: ['../grace-obi.interview.yaml'] });
    assert.match(text, /^# A new conversation with Grace Obi; the earlier one is in \.\.\/grace-obi\.interview\.yaml\.\n# interview-lint-disable duplicate-contact\nversion: 1\n/);
  });
});

describe('the time advice', () => {
  it('is "20–30 minutes" under the usual window, and the window itself when it is 20 or less', () => {
    assert.equal(timeToAskFor(30), '20–30 minutes');
    assert.equal(timeToAskFor(45), '20–45 minutes');
    assert.equal(timeToAskFor(20), '20 minutes');
    assert.equal(timeToAskFor(15), '15 minutes');
  });
});
