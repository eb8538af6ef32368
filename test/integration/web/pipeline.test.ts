// The Interview Pipeline view from the web build: its groups and items as the tree provider hands
// them to VS Code, a file written through vscode.workspace.fs appearing, grouping, and a drop.
import * as vscode from 'vscode';
import type { InterviewsApi } from '../../../src/extension/main';
import { PIPELINE_VIEW_ID, answering, fixture } from '../helpers';
import * as assert from './assert';
import { deleteFolder, interviewsApi, itemIn, labelOf, readDisk, untilTree, writeDisk } from './support';

describe('web: the Interview Pipeline view', () => {
  const scratch = fixture(`web-pipeline-${Date.now().toString(36)}`);
  let api: InterviewsApi;

  before(async () => {
    api = await interviewsApi();
    api.pipeline.provider.setGrouping('stage');
    api.pipeline.provider.setTag(undefined);
  });

  after(async () => {
    api.pipeline.provider.setGrouping('stage');
    api.pipeline.provider.setTag(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await deleteFolder(api, scratch);
  });

  it('shows Due first, then every stage in pipeline order', async () => {
    const groups = (await api.pipeline.provider.getChildren()).map(labelOf);
    assert.deepEqual(groups, ['Due', 'Prospect', 'Requested', 'Scheduled', 'Met', 'Followed up', 'Closed']);
    assert.ok(await itemIn(api, 'Prospect', 'Grace Obi — Northwind Health'));
    const omar = await itemIn(api, 'Scheduled', 'Omar Haddad — Ledgerly');
    assert.equal(omar?.description, 'meets Mar 4, 2099');
    const due = (await api.pipeline.provider.getChildren()).find((node) => labelOf(node) === 'Due');
    assert.ok(due);
    const dueItems = await api.pipeline.provider.getChildren(due);
    assert.ok(dueItems.some((node) => labelOf(node) === 'Priya Nair'), 'the overdue check-in is due, listed by name');
    assert.equal(api.pipeline.view.badge?.value, api.deps.workspace.index.due().length, 'the badge counts what is due');
  });

  it('reveals the view', async () => {
    await vscode.commands.executeCommand(`${PIPELINE_VIEW_ID}.focus`);
    const item = await itemIn(api, 'Prospect', 'Grace Obi — Northwind Health');
    assert.ok(item);
    await api.pipeline.view.reveal(item, { select: true, focus: false });
    assert.equal(api.pipeline.view.visible, true);
  });

  it('shows a file written through vscode.workspace.fs in its stage group, and drops it when deleted', async () => {
    const uri = vscode.Uri.joinPath(scratch, 'ines-duarte.interview.yaml');
    const listed = untilTree(api, async () => (await itemIn(api, 'Met', 'Ines Duarte — Quarry Labs')) !== undefined, 'the new file in Met');
    await writeDisk(uri, 'contact:\n  name: Ines Duarte\n  company: Quarry Labs\nstage: met\nmeeting:\n  date: 2026-01-05\nfollow_up:\n  thanked: 2026-01-05\n  referrals_asked: true\n');
    await listed;
    const gone = untilTree(api, async () => (await itemIn(api, 'Met', 'Ines Duarte — Quarry Labs')) === undefined, 'the deleted file to leave Met');
    await vscode.workspace.fs.delete(uri);
    await gone;
  });

  it('groups by company', async () => {
    assert.equal(await vscode.commands.executeCommand('interviews.groupBy', 'company'), 'company');
    const groups = (await api.pipeline.provider.getChildren()).map(labelOf);
    assert.ok(groups.includes('Ledgerly'), `groups: ${groups.join(', ')}`);
    const ledgerly = (await api.pipeline.provider.getChildren()).find((node) => labelOf(node) === 'Ledgerly');
    assert.ok(ledgerly);
    const names = (await api.pipeline.provider.getChildren(ledgerly)).map(labelOf);
    assert.ok(names.includes('Omar Haddad — Ledgerly') && names.includes('Priya Nair — Ledgerly'), `Ledgerly: ${names.join(', ')}`);
    await vscode.commands.executeCommand('interviews.groupBy', 'stage');
  });

  it('moves an interview to the stage group it is dropped on, editing its file', async () => {
    const uri = vscode.Uri.joinPath(scratch, 'kofi-mensah.interview.yaml');
    const text = '# dropped in the tests\ncontact:\n  name: Kofi Mensah  # a friend of a friend\n  company: Quarry Labs\nstage: prospect # for now\n';
    const listed = untilTree(api, async () => (await itemIn(api, 'Prospect', 'Kofi Mensah — Quarry Labs')) !== undefined, 'the new prospect');
    await writeDisk(uri, text);
    await listed;
    const item = await itemIn(api, 'Prospect', 'Kofi Mensah — Quarry Labs');
    assert.ok(item);
    const transfer = new vscode.DataTransfer();
    await api.pipeline.provider.handleDrag([item], transfer);
    const requested = (await api.pipeline.provider.getChildren()).find((node) => labelOf(node) === 'Requested');
    assert.ok(requested);
    const moved = untilTree(api, async () => (await itemIn(api, 'Requested', 'Kofi Mensah — Quarry Labs')) !== undefined, 'the item in Requested');
    // No outreach yet: the drop asks whether to go on, as Advance Stage does; the first answer does.
    const prompts = answering(api);
    try {
      await api.pipeline.provider.handleDrop(requested, transfer);
    } finally {
      prompts.dispose();
    }
    await moved;
    assert.equal(await readDisk(uri), `${text.replace('stage: prospect # for now', 'stage: requested # for now')}requested: ${api.deps.today.value}\n`);
  });
});
