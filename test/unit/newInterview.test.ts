import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../src/core/config';
import { lintText } from '../../src/core/lint';
import { readInterview } from '../../src/core/model';
import { interviewFileNames, interviewSlug, interviewsFolderSegments, needsVia, newInterviewText, STARTER_QUESTIONS, workspacePathSegments } from '../../src/core/newInterview';
import { parseInterview } from '../../src/core/parse';

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

describe('interview file names', () => {
  it('turns a name into a lower-case dashed slug without accents', () => {
    assert.equal(interviewSlug('Dana Reyes'), 'dana-reyes');
    assert.equal(interviewSlug("Zoë O'Brien-Ünal"), 'zoe-o-brien-unal');
    assert.equal(interviewSlug('  Ａｎｎａ　Ｌｅｅ  '), 'anna-lee');
  });

  it('keeps a path-like name to one plain name inside the folder', () => {
    for (const name of ['../../etc/passwd', '..\\..\\Windows\\system32', '/etc/passwd', '.hidden', 'a/../../b', 'C:\\x', '~root']) {
      const slug = interviewSlug(name);
      assert.match(slug, /^[^./\\:~][^/\\:]*$/, `${name} → ${slug}`);
      assert.ok(!slug.includes('..'));
    }
    assert.equal(interviewSlug('../../etc/passwd'), 'etc-passwd');
  });

  it('never yields a Windows device name', () => {
    for (const name of ['CON', 'con', 'Nul', 'aux', 'COM1', 'lpt9', 'PRN']) {
      const slug = interviewSlug(name);
      assert.ok(!/^(con|prn|aux|nul|com\d|lpt\d)$/.test(slug), `${name} → ${slug}`);
    }
    assert.equal(interviewSlug('Connor'), 'connor');
  });

  it('falls back to a plain name when nothing usable is left', () => {
    for (const name of ['', '   ', '😀🎉', '...', '\u202e\u200b', '\u0301\u0301']) assert.equal(interviewSlug(name), 'contact');
  });

  it('drops emoji, control and bidirectional characters but keeps letters of any script', () => {
    assert.equal(interviewSlug('Dana 😀 Reyes'), 'dana-reyes');
    assert.equal(interviewSlug('Lee\u202eWong\u0007'), 'lee-wong');
    assert.equal(interviewSlug('王伟'), '王伟');
    assert.equal(interviewSlug('דנה רייס'), 'דנה-רייס');
    assert.equal(interviewSlug('अनिता शर्मा'), 'अनिता-शर्मा');
  });

  it('bounds very long names, in characters and in bytes', () => {
    const long = interviewSlug('x'.repeat(300));
    assert.ok(long.length <= 60);
    const wide = interviewSlug('王'.repeat(300));
    assert.ok(utf8Bytes(wide) <= 120);
    const dashes = interviewSlug(`${'a'.repeat(59)} b`);
    assert.ok(!dashes.endsWith('-'));
    for (const name of ['x'.repeat(300), '😀'.repeat(300), 'é'.repeat(300)]) {
      const [first] = interviewFileNames(name);
      assert.ok(utf8Bytes(first) < 255);
    }
  });

  it('offers the next free name for a second conversation', () => {
    const names = [...interviewFileNames('Lee Wong', '.interview.yaml', 3)];
    assert.deepEqual(names, ['lee-wong.interview.yaml', 'lee-wong-2.interview.yaml', 'lee-wong-3.interview.yaml']);
    assert.equal(interviewFileNames('Lee', '.interview.yml').next().value, 'lee.interview.yml');
  });
});

describe('the interviews folder setting', () => {
  it('reads a relative folder as folder names', () => {
    assert.deepEqual(interviewsFolderSegments('interviews'), { ok: true, segments: ['interviews'] });
    assert.deepEqual(interviewsFolderSegments(' notes/people/ '), { ok: true, segments: ['notes', 'people'] });
    assert.deepEqual(interviewsFolderSegments('notes\\people'), { ok: true, segments: ['notes', 'people'] });
    assert.deepEqual(interviewsFolderSegments('.'), { ok: true, segments: [] });
    assert.deepEqual(interviewsFolderSegments(''), { ok: true, segments: [] });
    assert.deepEqual(interviewsFolderSegments(undefined), { ok: true, segments: ['interviews'] });
  });

  it('refuses folders outside the workspace', () => {
    for (const value of ['../elsewhere', 'a/../../b', '/etc', 'C:\\Users', '~/notes', 'a/CON?', 'trailing.']) {
      const result = interviewsFolderSegments(value);
      assert.equal(result.ok, false, value);
    }
    assert.equal(interviewsFolderSegments(42).ok, false);
  });

  it('reads the network file setting the same way, naming the setting and its default', () => {
    assert.deepEqual(workspacePathSegments(' people/network.yaml ', 'interviews.networkFile', 'network.yaml', 'file'), { ok: true, segments: ['people', 'network.yaml'] });
    assert.deepEqual(workspacePathSegments(undefined, 'interviews.networkFile', 'network.yaml', 'file'), { ok: true, segments: ['network.yaml'] });
    assert.deepEqual(workspacePathSegments('../network.yaml', 'interviews.networkFile', 'network.yaml', 'file'), {
      ok: false,
      reason: 'The setting interviews.networkFile ("../network.yaml") must stay inside the workspace: ".." is not allowed.',
    });
  });
});

describe('the new interview skeleton', () => {
  it('fills the contact and leaves the rest to write', () => {
    const { text } = newInterviewText({ name: 'Dana Reyes', company: 'Acme Robotics', connection: 'first' });
    const interview = readInterview(parseInterview(text));
    assert.equal(interview.name, 'Dana Reyes');
    assert.equal(interview.company, 'Acme Robotics');
    assert.equal(interview.role, undefined);
    assert.equal(interview.connection, 'first');
    assert.equal(interview.stage, 'prospect');
    assert.deepEqual(
      interview.questions.map((question) => question.text),
      [...STARTER_QUESTIONS],
    );
    assert.ok(!/^\s+via:/m.test(text), 'no via for a first-degree connection');
  });

  it('asks for via on second, third and referral connections, and writes referred_by when given', () => {
    for (const connection of ['second', 'third', 'referral'] as const) {
      assert.ok(needsVia(connection));
      const { text } = newInterviewText({ name: 'Lee Wong', connection, via: 'Dana Reyes', referredBy: '../dana.interview.yaml' });
      const interview = readInterview(parseInterview(text));
      assert.equal(interview.via, 'Dana Reyes');
      assert.equal(interview.referredBy, '../dana.interview.yaml');
    }
    assert.ok(!needsVia('alumni'));
    assert.match(newInterviewText({ name: 'Lee', connection: 'second' }).text, /^ {2}via: # the mutual contact$/m);
  });

  it('puts the cursor just after the first empty field', () => {
    const { text, cursor } = newInterviewText({ name: 'Dana Reyes', role: 'Manager' });
    assert.equal(text.slice(cursor - '  company: '.length, cursor), '  company: ');
    const full = newInterviewText({ name: 'Dana', role: 'Manager', company: 'Acme', connection: 'first' });
    assert.equal(full.text.slice(0, full.cursor).split('\n').pop(), '  linkedin: ');
  });

  it('quotes names that YAML would misread, and keeps them on one line', () => {
    for (const name of ['- Dash', 'Key: value', '#hash', 'true', '123', '"quoted"', "O'Brien", 'Multi\nline', '@at', '  spaced  ']) {
      const { text } = newInterviewText({ name, company: name, via: name, connection: 'second', tags: [name, 'a, b', 'robotics'] });
      const document = parseInterview(text);
      assert.deepEqual(document.syntax, [], `${JSON.stringify(name)}:\n${text}`);
      const interview = readInterview(document);
      assert.equal(interview.name, name.replace(/\n/g, ' ').trim());
      assert.equal(interview.via, name.replace(/\n/g, ' ').trim());
      assert.deepEqual(interview.tags, [name, 'a, b', 'robotics']);
    }
  });

  it('writes the line endings it is asked for', () => {
    const { text, cursor } = newInterviewText({ name: 'Dana' }, '\r\n');
    assert.ok(!/[^\r]\n/.test(text));
    assert.equal(text.slice(cursor - '  role: '.length, cursor), '  role: ');
  });

  it('gives a file with no errors or warnings', () => {
    const { text } = newInterviewText({ name: 'Lee Wong', role: 'Staff Engineer', company: 'Acme Robotics', connection: 'referral', via: 'Dana Reyes', referredBy: 'dana-reyes.interview.yaml' });
    const issues = lintText(text, { today: '2026-12-01', config: defaultConfig() }).filter((issue) => issue.severity === 'error' || issue.severity === 'warning');
    assert.deepEqual(
      issues.map((issue) => `${issue.ruleId}: ${issue.message}`),
      [],
    );
  });
});
