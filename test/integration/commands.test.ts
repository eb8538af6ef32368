// The pipeline commands run as a keybinding or a test would: `(uri, inputs)`, no prompts. Each works
// on a copy in a scratch folder of the fixtures workspace and checks the whole resulting text:
// comments kept, only the intended lines changed, Undo restoring the file.
import * as assert from 'node:assert/strict';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import * as vscode from 'vscode';
import { parseMeetingWhen } from '../../src/core/exports';
import type { InterviewsApi } from '../../src/extension/main';
import { exists } from '../../src/extension/shared/files';
import { answering, extensionUnderTest, fixture, untilIndex, withScratchFolder, withTimeout } from './helpers';

let api: InterviewsApi;
const scratchName = `commands-scratch-${Date.now().toString(36)}`;
const scratch = fixture(scratchName);
const decoder = new TextDecoder();

const BASE = [
  '# Notes from the meetup: keep every one of these comments.',
  'version: 1',
  'contact:',
  '  name: Wen Li        # met at the fintech meetup',
  '  company: Quarry Labs',
  '  connection: first',
  'stage: prospect   # where it stands',
  'tags: [testing]',
  'questions:',
  '  - What is your typical workday like?   # opener',
  '',
].join('\n');

const MET = [
  '# A conversation that happened.',
  'contact:',
  '  name: Sofia Brandt',
  '  company: Quarry Labs   # same company as Wen',
  'stage: met',
  'meeting:',
  '  date: 2026-01-10',
  'follow_up:',
  '  referrals_asked: true   # asked at the end',
  '',
].join('\n');

async function readDisk(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}



let counter = 0;
/** Writes a scratch interview file and waits until the index has it. */
async function scratchFile(text: string, name = `file-${++counter}`): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(scratch, `${name}.interview.yaml`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await untilIndex(api, () => api.deps.workspace.index.get(uri.toString()) !== undefined, `${name} in the index`);
  return uri;
}

/** The lines removed and added between two texts (a line-level LCS diff). */
function lineChanges(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || table[i][j + 1] >= table[i + 1][j])) added.push(b[j++]);
    else removed.push(a[i++]);
  }
  return { removed, added };
}

/** Undoes the last edit in the editor of `uri` and returns the text then. */
async function undoIn(uri: vscode.Uri): Promise<string> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  await vscode.commands.executeCommand('undo');
  return editor.document.getText();
}

async function revertAndClose(uri: vscode.Uri): Promise<void> {
  await vscode.window.showTextDocument(uri, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('the pipeline commands', () => {

  before(async () => {
    api = (await extensionUnderTest().activate()) as unknown as InterviewsApi;
    await withTimeout(api.ready, 30_000, 'the extension to be ready');
  });
  withScratchFolder(scratch, `${scratchName}/people`, () => api);

  it('Set Stage changes the stage line only, adds the date it implies, and Undo restores the file', async () => {
    const uri = await scratchFile(BASE);
    assert.equal(await vscode.commands.executeCommand('interviews.setStage', uri, { stage: 'requested' }), true);
    const after = await readDisk(uri);
    assert.deepEqual(lineChanges(BASE, after), { removed: ['stage: prospect   # where it stands'], added: ['stage: requested   # where it stands', `requested: ${api.deps.today.value}`] });
    assert.equal(await undoIn(uri), BASE);
    await revertAndClose(uri);
  });

  it('Advance Stage from a URI alone (as the CodeLens calls it) moves to the next stage', async () => {
    const uri = await scratchFile(BASE);
    // The file has no outreach: the command asks whether to go on, and the first answer does.
    const prompts = answering(api);
    try {
      assert.equal(await vscode.commands.executeCommand('interviews.advanceStage', uri), true);
    } finally {
      prompts.dispose();
    }
    assert.deepEqual(prompts.shown.filter((shown) => shown.kind === 'pick').map((shown) => shown.text), ['Wen Li: the outreach is empty']);
    const after = await readDisk(uri);
    assert.deepEqual(lineChanges(BASE, after).removed, ['stage: prospect   # where it stands']);
    assert.match(after, /^stage: requested {3}# where it stands$/m);
  });

  it('Advance Stage to scheduled takes the meeting date as an input', async () => {
    const uri = await scratchFile(BASE.replace('stage: prospect', 'stage: requested'));
    assert.equal(await vscode.commands.executeCommand('interviews.advanceStage', uri, { date: '2099-05-06' }), true);
    const after = await readDisk(uri);
    assert.deepEqual(lineChanges(BASE.replace('stage: prospect', 'stage: requested'), after), {
      removed: ['stage: requested   # where it stands'],
      added: ['stage: scheduled   # where it stands', 'meeting:', '  date: 2099-05-06'],
    });
  });

  it('Schedule Meeting writes the date, format, place and length in the format’s order, and moves the stage to scheduled', async () => {
    const uri = await scratchFile(BASE);
    const done = await vscode.commands.executeCommand('interviews.scheduleMeeting', uri, { date: '2099-05-06T14:30', format: 'in-person', minutes: 25, place: 'Cafe Lumen, 2nd St' });
    assert.equal(done, true);
    const after = await readDisk(uri);
    assert.deepEqual(lineChanges(BASE, after), {
      removed: ['stage: prospect   # where it stands'],
      added: ['stage: scheduled   # where it stands', 'meeting:', '  date: 2099-05-06T14:30', '  format: in-person', '  place: Cafe Lumen, 2nd St', '  minutes: 25'],
    });
    assert.equal(await undoIn(uri), BASE);
    await revertAndClose(uri);
  });

  it('Schedule Meeting refuses a date that is not one, and leaves the file alone', async () => {
    const uri = await scratchFile(BASE);
    assert.equal(await vscode.commands.executeCommand('interviews.scheduleMeeting', uri, { date: '2026-02-30' }), false);
    assert.equal(await readDisk(uri), BASE);
  });

  it('Mark Thank-You Sent adds follow_up.thanked inside the existing block, where the format puts it', async () => {
    const uri = await scratchFile(MET);
    assert.equal(await vscode.commands.executeCommand('interviews.markThanked', uri, { date: '2026-01-11' }), true);
    const after = await readDisk(uri);
    assert.deepEqual(lineChanges(MET, after), { removed: [], added: ['  thanked: 2026-01-11'] });
    assert.ok(after.indexOf('thanked') > after.indexOf('follow_up:') && after.indexOf('thanked') < after.indexOf('referrals_asked'), 'inside follow_up, first as in the format');
    assert.equal(await undoIn(uri), MET);
    await revertAndClose(uri);
  });

  it('Mark Thank-You Sent on the open editor’s file asks the date, today by default', async () => {
    const uri = await scratchFile(MET);
    await vscode.window.showTextDocument(uri, { preview: false });
    const prompts = answering(api);
    try {
      assert.equal(await vscode.commands.executeCommand('interviews.markThanked'), true);
    } finally {
      prompts.dispose();
    }
    assert.equal(prompts.shown.find((shown) => shown.kind === 'input')?.value, api.deps.today.value);
    assert.match(await readDisk(uri), new RegExp(`^ {2}thanked: ${api.deps.today.value}$`, 'm'));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('acts on every interview of a multi-selection, as the Explorer and the pipeline pass it', async () => {
    const first = await scratchFile(MET);
    const second = await scratchFile(BASE);
    // The date is asked once for both; advancing asks each file what it lacks (the defaults taken).
    const prompts = answering(api);
    try {
      assert.equal(await vscode.commands.executeCommand('interviews.markThanked', first, [first, second]), true);
      assert.equal(prompts.shown.filter((shown) => shown.kind === 'input').length, 1, 'one date for both');
      for (const uri of [first, second]) assert.match(await readDisk(uri), new RegExp(`^ {2}thanked: ${api.deps.today.value}$`, 'm'));
      assert.equal(await vscode.commands.executeCommand('interviews.advanceStage', second, [first, second]), true);
    } finally {
      prompts.dispose();
    }
    // Thanked means met, so both were at `met` and both move on to `followed_up`.
    assert.match(await readDisk(first), /^stage: followed_up$/m);
    assert.match(await readDisk(second), /^stage: followed_up {3}# where it stands$/m);
  });

  it('Log Follow-Up appends to follow_up.log and sets the next check-in, in the format’s order', async () => {
    const uri = await scratchFile(MET);
    const done = await vscode.commands.executeCommand('interviews.logFollowUp', uri, { note: 'Sent the article she mentioned, as promised.', date: '2026-02-01', next: '2099-03-01' });
    assert.equal(done, true);
    const after = await readDisk(uri);
    assert.deepEqual(lineChanges(MET, after), {
      removed: [],
      added: ['  next: 2099-03-01', '  log:', '    - date: 2026-02-01', '      note: Sent the article she mentioned, as promised.'],
    });
    // A second entry goes after the first.
    assert.equal(await vscode.commands.executeCommand('interviews.logFollowUp', uri, { note: 'Congratulated her on the launch.', date: '2026-03-01' }), true);
    const again = await readDisk(uri);
    assert.deepEqual(lineChanges(after, again), { removed: [], added: ['    - date: 2026-03-01', '      note: Congratulated her on the launch.'] });
  });

  it('Close sets the stage and the reason', async () => {
    const uri = await scratchFile(MET);
    assert.equal(await vscode.commands.executeCommand('interviews.close', uri, { reason: 'Moved to another field' }), true);
    assert.deepEqual(lineChanges(MET, await readDisk(uri)), { removed: ['stage: met'], added: ['stage: closed', 'closed_reason: Moved to another field'] });
  });

  it('refuses to edit a file whose YAML is broken, and writes nothing', async () => {
    const broken = 'contact:\n  name: Broken Yaml\nstage: [prospect\n';
    const uri = await scratchFile(broken);
    assert.equal(await vscode.commands.executeCommand('interviews.setStage', uri, { stage: 'requested' }), false);
    assert.equal(await readDisk(uri), broken);
  });

  it('refuses a file that does not exist, and creates nothing', async () => {
    const uri = vscode.Uri.joinPath(scratch, 'nobody.interview.yaml');
    assert.equal(await vscode.commands.executeCommand('interviews.markThanked', uri, { date: '2026-01-11' }), false);
    assert.equal(await exists(uri), false);
  });

  it('New Interview writes <interviews.folder>/<slug>.interview.yaml and opens it at the first empty field', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('interviews.newInterview', { name: 'Noor Haddad', company: 'Quarry Labs', connection: 'second', via: 'Wen Li' });
    assert.ok(uri);
    assert.equal(uri.toString(), vscode.Uri.joinPath(scratch, 'people', 'noor-haddad.interview.yaml').toString());
    const text = await readDisk(uri);
    assert.match(text, /^ {2}name: Noor Haddad$/m);
    assert.match(text, /^ {2}company: Quarry Labs$/m);
    assert.match(text, /^ {2}connection: second\b/m);
    assert.match(text, /^ {2}via: Wen Li\b/m);
    assert.match(text, /^stage: prospect\b/m);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    assert.equal(editor.document.lineAt(editor.selection.active.line).text, '  role: ');
    assert.equal(editor.selection.active.character, '  role: '.length);

    // The same name again never overwrites: a second conversation is a new file.
    const second = await vscode.commands.executeCommand<vscode.Uri>('interviews.newInterview', { name: 'Noor Haddad', open: false });
    assert.equal(second?.toString(), vscode.Uri.joinPath(scratch, 'people', 'noor-haddad-2.interview.yaml').toString());
    assert.equal(await readDisk(uri), text);
  });

  it('New Interview keeps a hostile name to a safe file inside the folder', async () => {
    for (const [name, file] of [
      ['../../etc/passwd', 'etc-passwd.interview.yaml'],
      ['CON', 'con-contact.interview.yaml'],
      ['😀', 'contact.interview.yaml'],
      ['x'.repeat(300), `${'x'.repeat(60)}.interview.yaml`],
    ]) {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('interviews.newInterview', { name, open: false });
      assert.equal(uri?.toString(), vscode.Uri.joinPath(scratch, 'people', file).toString(), name);
    }
  });

  it('Add Referral records the referral and creates their prospect file, linked both ways', async () => {
    const uri = await scratchFile(MET, 'sofia-brandt');
    const referral = await vscode.commands.executeCommand<vscode.Uri>('interviews.addReferral', uri, { name: 'Tomás Ruiz', role: 'Staff Engineer', company: 'Quarry Labs' });
    assert.equal(referral?.toString(), vscode.Uri.joinPath(scratch, 'people', 'tomas-ruiz.interview.yaml').toString());
    const after = await readDisk(uri);
    assert.deepEqual(lineChanges(MET, after), {
      removed: [],
      added: ['  referrals:', '    - name: Tomás Ruiz', '      role: Staff Engineer', '      company: Quarry Labs', '      file: people/tomas-ruiz.interview.yaml'],
    });
    const created = await readDisk(referral);
    assert.match(created, /^ {2}name: Tomás Ruiz$/m);
    assert.match(created, /^ {2}connection: referral\b/m);
    assert.match(created, /^ {2}via: Sofia Brandt\b/m);
    assert.match(created, /^ {2}referred_by: \.\.\/sofia-brandt\.interview\.yaml$/m);
    assert.match(created, /^stage: prospect\b/m);

    // Asking again for someone who already has a file links that file and creates nothing.
    await untilIndex(api, () => api.deps.workspace.index.get(referral.toString()) !== undefined, 'the referral in the index');
    const other = await scratchFile(MET.replace('Sofia Brandt', 'Ana Costa'), 'ana-costa');
    const linked = await vscode.commands.executeCommand<vscode.Uri>('interviews.addReferral', other, { name: 'Tomás Ruiz', company: 'Quarry Labs' });
    assert.equal(linked?.toString(), referral.toString());
    assert.match(await readDisk(other), /^ {6}file: people\/tomas-ruiz\.interview\.yaml$/m);
    assert.equal(await readDisk(referral), created);
  });

  it('Add Referral on a file that has not asked yet also sets referrals_asked', async () => {
    const text = MET.replace('  referrals_asked: true   # asked at the end\n', '  thanked: 2026-01-10\n');
    const uri = await scratchFile(text, 'lina-berg');
    assert.ok(await vscode.commands.executeCommand<vscode.Uri>('interviews.addReferral', uri, { name: 'Mika Saar' }));
    const { added, removed } = lineChanges(text, await readDisk(uri));
    assert.deepEqual(removed, []);
    assert.deepEqual(added, ['  referrals_asked: true', '  referrals:', '    - name: Mika Saar', '      file: people/mika-saar.interview.yaml']);
  });

  it('Open Interview opens the file it is given', async () => {
    const uri = fixture('clean.interview.yaml');
    await vscode.commands.executeCommand('interviews.openInterview', uri);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
  });

  describe('exports', () => {
    async function exported(command: string, file: string): Promise<string> {
      const target = vscode.Uri.joinPath(scratch, file);
      const written = await vscode.commands.executeCommand<vscode.Uri>(command, { target });
      assert.equal(written?.toString(), target.toString());
      return readDisk(target);
    }

    it('CSV: a header and one record per interview in the workspace', async () => {
      // Every interview file on disk is indexed before the export counts them.
      const files = await vscode.workspace.findFiles('**/*.interview.{yaml,yml}', '**/{node_modules,.git}/**');
      await untilIndex(api, () => files.every((file) => api.deps.workspace.index.get(file.toString())) && api.deps.workspace.index.size === files.length, 'the index to settle');
      const text = await exported('interviews.exportCsv', 'out.csv');
      const records = parseCsv(text) as string[][];
      assert.equal(records.length, 1 + api.deps.workspace.index.size);
      assert.equal(records[0][0], 'name');
      for (const record of records) assert.equal(record.length, records[0].length);
      assert.ok(records.some((record) => record[0] === 'Dana Reyes' && record[2] === 'Acme Robotics'));
    });

    it('iCalendar: parses, with an event per meeting', async () => {
      const text = await exported('interviews.exportIcal', 'out.ics');
      assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n'));
      const summaries = [...api.deps.workspace.index.values()];
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
      const meetings = summaries.filter((summary) => summary.meetingWhen && parseMeetingWhen(summary.meetingWhen)).length;
      const checkIns = summaries.filter((summary) => summary.next && summary.stage !== 'closed').length;
      assert.equal(events.length, meetings + checkIns);
      const dana = events.find((event) => event.summary === 'Informational interview: Dana Reyes (Acme Robotics)');
      assert.equal(dana?.startDate.toString(), '2026-01-12T09:30:00');
      assert.equal(dana?.location, 'Blue Bottle, 3rd Ave');
    });

    it('Markdown: a report with the due list and every stage', async () => {
      const text = await exported('interviews.exportMarkdown', 'report.md');
      assert.match(text, /^## Due \(\d+\)$/m);
      assert.match(text, /^### Followed up \(\d+\)$/m);
      assert.match(text, /\[clean\.interview\.yaml\]\(<\.\.\/clean\.interview\.yaml>\)/);
    });
  });
});

