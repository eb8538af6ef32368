// A new user's first hour (issue 19) in the web build, where files are read and written only through
// vscode.workspace.fs: a thank-you recorded from the view with its date asked and Undo offered, a
// misspelt stage shown apart, `requested` written where the format puts it, and Lint Workspace's
// counts.
import * as vscode from 'vscode';
import { addDays } from '../../../src/core/dates';
import type { InterviewsApi } from '../../../src/extension/main';
import type { InterviewItem } from '../../../src/extension/pipeline/nodes';
import { answering, fixture, interviewDiagnosticCounts, LEAVE, nextShown, withScratchFolder, withTimeout } from '../helpers';
import * as assert from './assert';
import { interviewsApi, itemIn, labelOf, readDisk, untilIndex, untilTree, writeDisk } from './support';

describe('web: a new user’s first hour', () => {
  const scratchName = `web-first-hour-${Date.now().toString(36)}`;
  const scratch = fixture(scratchName);
  let api: InterviewsApi;

  async function scratchFile(name: string, text: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(scratch, `${name}.interview.yaml`);
    await writeDisk(uri, text);
    await untilIndex(api, () => api.deps.workspace.index.get(uri.toString()) !== undefined, `${name} in the index`);
    return uri;
  }

  async function itemOf(group: string, label: string): Promise<InterviewItem> {
    await untilTree(api, async () => (await itemIn(api, group, label)) !== undefined, `"${label}" under "${group}"`);
    return (await itemIn(api, group, label)) as InterviewItem;
  }

  before(async () => {
    api = await interviewsApi();
    api.pipeline.provider.setGrouping('stage');
    api.pipeline.provider.setTag(undefined);
  });
  withScratchFolder(scratch, `${scratchName}/people`, () => api);

  it('Mark Thank-You Sent from the view asks the date, says what changed and undoes it through vscode.workspace.fs', async () => {
    const today = api.deps.today.value;
    const meeting = addDays(today, -21);
    const original = ['contact:', '  name: Ines Duarte', '  company: Quarry Labs', 'stage: met', 'meeting:', `  date: ${meeting}`, 'follow_up:', '  referrals_asked: true   # she named two people', ''].join('\n');
    const uri = await scratchFile('ines-duarte', original);
    const item = await itemOf('Met', 'Ines Duarte — Quarry Labs');
    const prompts = answering(api, (shown) => (shown.kind === 'input' ? addDays(meeting, 1) : LEAVE));
    const report = nextShown(api, (shown) => shown.kind === 'information' && shown.text.startsWith('Mark the thank-you as sent'), 'the report');
    try {
      assert.equal(await vscode.commands.executeCommand('interviews.markThanked', item, [item]), true);
    } finally {
      prompts.dispose();
    }
    assert.equal(prompts.shown.find((shown) => shown.kind === 'input')?.value, today);
    assert.equal(await readDisk(uri), original.replace('follow_up:\n', `follow_up:\n  thanked: ${addDays(meeting, 1)}\n`));
    const message = await withTimeout(report, 5_000, 'the report');
    assert.deepEqual(message.choices, ['Undo', 'Open']);
    const undone = nextShown(api, (shown) => shown.text.startsWith('Undone'), 'the undo');
    message.answer('Undo');
    await withTimeout(undone, 5_000, 'the undo');
    assert.equal(await readDisk(uri), original);
  });

  it('lists a misspelt stage as "Stage unknown", not under Prospect', async () => {
    await scratchFile('jordan-lee', ['contact:', '  name: Jordan Lee', 'stage: sheduled', 'requested: 2026-11-19', ''].join('\n'));
    const item = await itemOf('Stage unknown', 'Jordan Lee');
    assert.equal(item.description, '"sheduled" is not a stage');
    assert.equal(await itemIn(api, 'Prospect', 'Jordan Lee'), undefined);
    const roots = (await api.pipeline.provider.getChildren()).map(labelOf);
    assert.equal(roots[1], 'Stage unknown');
  });

  it('writes requested after the outreach when advancing a new interview', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('interviews.newInterview', { name: 'Lena Vogt', connection: 'first', open: false });
    assert.ok(uri);
    await untilIndex(api, () => api.deps.workspace.index.get(uri.toString()) !== undefined, 'the new file in the index');
    const prompts = answering(api, (shown) => (shown.kind === 'pick' ? '$(arrow-right) Advance: I have asked them' : LEAVE));
    try {
      assert.equal(await vscode.commands.executeCommand('interviews.advanceStage', uri), true);
    } finally {
      prompts.dispose();
    }
    const lines = (await readDisk(uri)).split('\n');
    assert.equal(lines[lines.findIndex((line) => line.startsWith('outreach:')) + 1], `requested: ${api.deps.today.value}`);
    assert.match(lines[lines.length - 2], /^notes:/);
  });

  it('counts problems as Problems does, hints apart', async () => {
    const message = await vscode.commands.executeCommand<string>('interviews.lintWorkspace');
    const { problems, hints } = interviewDiagnosticCounts();
    assert.match(message, new RegExp(`: ${problems} problems?(, ${hints} hints?)?\\.`));
    if (hints > 0) assert.ok(message.includes(`${hints} hint`), message);
  });
});
