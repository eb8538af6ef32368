// The Interview Pipeline view as the extension builds it: the groups and their order, the items'
// labels, descriptions, icons and clicks, the badge and the status bar, grouping and tag filter,
// a file written on disk showing up, and drag and drop between stages.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { InterviewsApi } from '../../src/extension/main';
import { addDays, businessDaysBetween } from '../../src/core/dates';
import { stageKnown } from '../../src/core/pipeline';
import type { PipelineNode } from '../../src/extension/pipeline/nodes';
import { answering, contributes, deleteFolder, extensionUnderTest, fixture, itemIn, labelOf, ruleId, untilTree, waitForDiagnostics, withTimeout } from './helpers';

const STAGE_LABELS = ['Prospect', 'Requested', 'Scheduled', 'Met', 'Followed up', 'Closed'];
const STAGES = ['prospect', 'requested', 'scheduled', 'met', 'followed_up', 'closed'];

let api: InterviewsApi;

async function activate(): Promise<InterviewsApi> {
  const exports = (await extensionUnderTest().activate()) as unknown as InterviewsApi;
  assert.ok(exports.pipeline, 'activate() returns the pipeline test API');
  await withTimeout(exports.ready, 30_000, 'the extension to be ready');
  return exports;
}

const roots = () => api.pipeline.provider.getChildren();
const children = (node: PipelineNode) => api.pipeline.provider.getChildren(node);

async function group(label: string): Promise<PipelineNode> {
  const found = (await roots()).find((node) => labelOf(node) === label);
  assert.ok(found, `the pipeline has a group "${label}" (it has ${(await roots()).map(labelOf).join(', ')})`);
  return found;
}

describe('the Interview Pipeline view', () => {
  const scratch = fixture(`pipeline-scratch-${Date.now().toString(36)}`);

  before(async () => {
    api = await activate();
    api.pipeline.provider.setGrouping('stage');
    api.pipeline.provider.setTag(undefined);
    await vscode.workspace.fs.createDirectory(scratch);
  });

  after(async () => {
    api.pipeline.provider.setGrouping('stage');
    api.pipeline.provider.setTag(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await deleteFolder(api, scratch);
  });

  it('shows Due first, then every stage in pipeline order with its count', async () => {
    const groups = await roots();
    const index = api.deps.workspace.index;
    // Files whose stage cannot be told (hostile files the editor opened earlier, say) are listed apart, before the stages.
    const unknown = [...index.values()].filter((summary) => !stageKnown(summary)).length;
    assert.deepEqual(groups.map(labelOf), ['Due', ...(unknown > 0 ? ['Stage unknown'] : []), ...STAGE_LABELS]);
    const first = unknown > 0 ? 2 : 1;
    for (const [position, stage] of STAGES.entries()) {
      const node = groups[position + first];
      const count = [...index.values()].filter((summary) => stageKnown(summary) && summary.stage === stage).length;
      assert.equal(node.description, String(count), `count of ${stage}`);
      assert.equal((await children(node)).length, count);
      assert.equal(node.contextValue, `stageGroup stage-${stage}`);
    }
    assert.equal(groups[0].description, String(index.due().length));
  });

  it('lists what is due, most urgent first, by name with the reason as the description', async () => {
    const due = await children(await group('Due'));
    const expected = api.deps.workspace.index.due().map((summary) => summary.name);
    assert.deepEqual(due.map(labelOf), expected);
    const priya = due.find((node) => labelOf(node) === 'Priya Nair');
    assert.ok(priya, 'the overdue check-in is due');
    assert.match(String(priya.description), /^check-in overdue since Feb 1/);
    const alex = due.find((node) => labelOf(node) === 'Alex Kim');
    assert.equal(alex?.description, 'thank-you missing');
    const icon = priya.iconPath as vscode.ThemeIcon;
    assert.equal(icon.id, 'check-all', 'the icon of its stage');
    assert.equal((icon.color as vscode.ThemeColor | undefined)?.id, 'list.warningForeground', 'overdue items are coloured');
  });

  it('labels items "name — company" with the date that matters, a stage icon, a tooltip, and opens the file on click', async () => {
    const omar = await itemIn(api, 'Scheduled', 'Omar Haddad — Ledgerly');
    assert.ok(omar, 'the scheduled fixture is in Scheduled');
    assert.equal(omar.description, 'meets Mar 4, 2099');
    assert.equal((omar.iconPath as vscode.ThemeIcon).id, 'calendar');
    assert.equal((omar.iconPath as vscode.ThemeIcon).color, undefined, 'not overdue, not coloured');
    assert.match(String(omar.contextValue), /^interview\b.*\bstage-scheduled\b.*\bopen\b/);
    assert.equal(omar.tooltip, undefined, 'the tooltip is built on hover');
    const resolved = await api.pipeline.provider.resolveTreeItem(omar, omar);
    const tooltip = resolved.tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.match(tooltip.value, /\*\*Omar Haddad\*\*/);
    assert.match(tooltip.value, /Head of Payments at Ledgerly/);
    assert.match(tooltip.value, /Ledgerly office, 5th floor/);
    assert.equal(omar.command?.command, 'vscode.open');
    const uri = omar.command?.arguments?.[0] as vscode.Uri;
    assert.equal(uri.toString(), fixture('pipeline/omar-haddad.interview.yaml').toString());
    await vscode.commands.executeCommand(omar.command.command, ...(omar.command.arguments ?? []));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());

    const closed = await itemIn(api, 'Closed', 'Dana Reyes — Acme Robotics');
    assert.equal(closed?.description, 'Kept in touch; no further action planned.');
    assert.equal((closed?.iconPath as vscode.ThemeIcon).id, 'archive');
    const prospect = await itemIn(api, 'Prospect', 'Grace Obi — Northwind Health');
    assert.equal(prospect?.description, 'first connection');
    assert.equal((prospect?.iconPath as vscode.ThemeIcon).id, 'person-add');
  });

  it('is not rebuilt when a change leaves what it shows the same (typing in the notes)', async () => {
    const uri = fixture('pipeline/omar-haddad.interview.yaml');
    const document = await vscode.workspace.openTextDocument(uri);
    await api.pipeline.provider.getChildren();
    let refreshed = 0;
    const counting = api.pipeline.provider.onDidChangeTreeData(() => refreshed++);
    try {
      // The view refreshes synchronously while the index announces a change, and its listener runs
      // before this one: the refreshes since the end of the previous announcement are the ones this
      // announcement caused. Late events of other files (earlier tests) are counted against them.
      let seen = 0;
      let causedByEdit = -1;
      const relinted = new Promise<void>((resolve) => {
        const subscription = api.deps.workspace.onDidChange((change) => {
          const ours = change.keys.includes(uri.toString());
          if (ours) causedByEdit = refreshed - seen;
          seen = refreshed;
          if (!ours) return;
          subscription.dispose();
          resolve();
        });
      });
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, document.positionAt(document.getText().length), 'notes: Prefers mornings.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await withTimeout(relinted, 5_000, 'the index to re-lint the edited file');
      assert.equal(causedByEdit, 0, 'the tree was not told to refresh');
    } finally {
      counting.dispose();
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('knows each item’s parent', async () => {
    const scheduled = await group('Scheduled');
    for (const item of await children(scheduled)) assert.equal(api.pipeline.provider.getParent(item), scheduled);
    assert.equal(api.pipeline.provider.getParent(scheduled), undefined);
  });

  it('shows the number due as the view’s badge and in the status bar', async () => {
    const due = api.deps.workspace.index.due();
    assert.ok(due.length > 0);
    assert.equal(api.pipeline.view.badge?.value, due.length);
    assert.equal(api.dueStatus.visible, true);
    assert.equal(api.dueStatus.item.text, `$(bell) ${due.length} due`);
    assert.equal(api.dueStatus.item.command, 'interviews.showDue');
    const tooltip = api.dueStatus.item.tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /Priya Nair/);
  });

  it('Show Due offers what is due, most urgent first, and opens the one picked', async () => {
    const due = api.deps.workspace.index.due();
    const opened = Promise.resolve(vscode.commands.executeCommand<vscode.Uri | undefined>('interviews.showDue'));
    let result: vscode.Uri | undefined | 'pending' = 'pending';
    void opened.then((uri) => (result = uri));
    // The quick pick has no "shown" event: accept its first entry as soon as it is there.
    for (let attempt = 0; attempt < 50 && result === 'pending'; attempt++) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const uri = await withTimeout(opened, 5_000, 'Show Due to open the picked interview');
    assert.equal(uri?.toString(), due[0].key);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), due[0].key);
  });

  it('groups by company and by tag, and filters by tag', async () => {
    assert.equal(await vscode.commands.executeCommand('interviews.groupBy', 'company'), 'company');
    const companies = (await roots()).map(labelOf);
    assert.equal(companies[0], 'Due');
    assert.ok(companies.includes('Ledgerly') && companies.includes('Acme Robotics'), companies.join(', '));
    const ledgerly = await children(await group('Ledgerly'));
    assert.deepEqual(ledgerly.map(labelOf), ['Omar Haddad — Ledgerly', 'Priya Nair — Ledgerly']);
    assert.equal(api.pipeline.view.description, 'by company');

    await vscode.commands.executeCommand('interviews.groupBy', 'tag');
    const tags = (await roots()).map(labelOf);
    assert.ok(tags.includes('fintech') && tags.includes('data'), tags.join(', '));
    assert.deepEqual((await children(await group('data'))).map(labelOf), ['Priya Nair — Ledgerly']);

    await vscode.commands.executeCommand('interviews.groupBy', 'stage');
    assert.equal(await vscode.commands.executeCommand('interviews.filterByTag', 'fintech'), 'fintech');
    const filtered = await roots();
    assert.deepEqual(filtered.map(labelOf).filter((label) => label !== 'Stage unknown'), ['Due', ...STAGE_LABELS]);
    const all: string[] = [];
    for (const node of filtered.slice(1)) all.push(...(await children(node)).map(labelOf));
    assert.deepEqual(all.sort(), ['Omar Haddad — Ledgerly', 'Priya Nair — Ledgerly']);
    assert.deepEqual((await children(filtered[0])).map(labelOf), ['Priya Nair']);
    assert.equal(api.pipeline.view.description, 'tag: fintech');
    await vscode.commands.executeCommand('interviews.clearTagFilter');
    assert.equal(api.pipeline.provider.tag, undefined);
    assert.equal(api.pipeline.view.description, undefined);
  });

  it('shows a file written on disk in its stage group within a second, and drops it when deleted', async () => {
    const uri = vscode.Uri.joinPath(scratch, 'ines-duarte.interview.yaml');
    const text = 'contact:\n  name: Ines Duarte\n  company: Quarry Labs\nstage: met\nmeeting:\n  date: 2026-01-05\nfollow_up:\n  thanked: 2026-01-05\n  referrals_asked: true\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    // From the moment the file is on disk: the watcher, the batched index refresh, the tree.
    const elapsed = await untilTree(api, async () => (await itemIn(api, 'Met', 'Ines Duarte — Quarry Labs')) !== undefined, 'the new file in Met', 1_000);
    assert.ok(elapsed <= 1_000, `took ${elapsed} ms`);

    const gone = untilTree(api, async () => (await itemIn(api, 'Met', 'Ines Duarte — Quarry Labs')) === undefined, 'the deleted file to leave Met', 2_000);
    await vscode.workspace.fs.delete(uri);
    await gone;
  });

  it('shows the 3B7 routine in Due: a second person to write to after three business days (until one is asked), the one follow-up after seven', async () => {
    const today = api.deps.today.value;
    // The latest date that many business days before today (weekends skipped, as the rules count).
    const back = (count: number) => {
      let date = addDays(today, -1);
      while (businessDaysBetween(date, today) < count) date = addDays(date, -1);
      return date;
    };
    const files = [
      ['jonah-pike', 'Jonah Pike', 'Kestrel Freight', back(3)],
      ['harper-lane', 'Harper Lane', 'Bluefin Apps', back(8)],
    ] as const;
    const listed = untilTree(api, async () => (await children(await group('Due'))).filter((node) => ['Jonah Pike', 'Harper Lane'].includes(labelOf(node))).length === 2, 'both requests in Due', 5_000);
    for (const [slug, name, company, requested] of files) {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(scratch, `${slug}.interview.yaml`), new TextEncoder().encode(`contact:\n  name: ${name}\n  company: ${company}\n  connection: first\nstage: requested\nrequested: ${requested}\n`));
    }
    await listed;
    const due = await children(await group('Due'));
    assert.equal(due.find((node) => labelOf(node) === 'Jonah Pike')?.description, 'no reply in 3 business days: write to someone else at Kestrel Freight');
    assert.equal(due.find((node) => labelOf(node) === 'Harper Lane')?.description, 'no reply in 8 business days: one follow-up');
    const jonah = vscode.Uri.joinPath(scratch, 'jonah-pike.interview.yaml');
    const diagnostics = await waitForDiagnostics(jonah, (all) => all.some((diagnostic) => ruleId(diagnostic) === 'second-contact'), 'the 3B suggestion on the file');
    assert.match(diagnostics.find((diagnostic) => ruleId(diagnostic) === 'second-contact')!.message, /write to a second person at Kestrel Freight/);

    // A second person at Kestrel Freight (written otherwise) is asked today: Jonah's file, untouched, drops the suggestion.
    const second = vscode.Uri.joinPath(scratch, 'rosa-lind.interview.yaml');
    const quiet = untilTree(api, async () => !(await children(await group('Due'))).some((node) => labelOf(node) === 'Jonah Pike'), 'Jonah Pike to leave Due', 5_000);
    await vscode.workspace.fs.writeFile(second, new TextEncoder().encode(`contact:\n  name: Rosa Lind\n  company: Kestrel Freight Ltd.\n  connection: second\nstage: requested\nrequested: ${today}\n`));
    await quiet;
    await waitForDiagnostics(jonah, (all) => !all.some((diagnostic) => ruleId(diagnostic) === 'second-contact'), 'the 3B suggestion to go');
    await vscode.workspace.fs.delete(second);
    for (const [slug] of files) await vscode.workspace.fs.delete(vscode.Uri.joinPath(scratch, `${slug}.interview.yaml`));
  });

  it('moves an interview to the stage group it is dropped on', async () => {
    const uri = vscode.Uri.joinPath(scratch, 'kofi-mensah.interview.yaml');
    const text = '# dropped in the tests\ncontact:\n  name: Kofi Mensah  # a friend of a friend\n  company: Quarry Labs\nstage: prospect # for now\n';
    const listed = untilTree(api, async () => (await itemIn(api, 'Prospect', 'Kofi Mensah — Quarry Labs')) !== undefined, 'the new prospect', 5_000);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await listed;
    const item = await itemIn(api, 'Prospect', 'Kofi Mensah — Quarry Labs');
    assert.ok(item);
    const transfer = new vscode.DataTransfer();
    await api.pipeline.provider.handleDrag([item], transfer);
    assert.ok(transfer.get('text/uri-list'), 'a dragged item also carries its file for the editor');
    const moved = untilTree(api, async () => (await itemIn(api, 'Requested', 'Kofi Mensah — Quarry Labs')) !== undefined, 'the item in Requested', 5_000);
    // A drop asks what the stage needs, as Advance Stage does: here, whether to go on without an outreach.
    const prompts = answering(api);
    try {
      await api.pipeline.provider.handleDrop(await group('Requested'), transfer);
    } finally {
      prompts.dispose();
    }
    await moved;
    const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.equal(after, `${text.replace('stage: prospect # for now', 'stage: requested # for now')}requested: ${api.deps.today.value}\n`);
    // Dropping on a group that is not a stage changes nothing.
    await api.pipeline.provider.handleDrop(await group('Due'), transfer);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), after);
  });

  it('runs the item commands on a tree item as well as on a URI', async () => {
    const item = await itemIn(api, 'Requested', 'Kofi Mensah — Quarry Labs');
    assert.ok(item);
    assert.equal(await vscode.commands.executeCommand('interviews.markThanked', item, { date: '2026-02-03' }), true);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(scratch, 'kofi-mensah.interview.yaml')));
    assert.match(text, /^stage: met # for now$/m);
    assert.match(text, /^follow_up:\n {2}thanked: 2026-02-03$/m);
  });

  it('offers a "Create your first interview" welcome for an empty workspace', () => {
    const welcome = (extensionUnderTest().packageJSON as { contributes: { viewsWelcome?: { view: string; contents: string }[] } }).contributes.viewsWelcome ?? [];
    const nls = welcome.filter((entry) => entry.view === 'interviews.pipeline');
    assert.ok(nls.length > 0, 'viewsWelcome for the pipeline');
    assert.ok(
      nls.some((entry) => /command:interviews\.newInterview/.test(entry.contents) || /^%.+%$/.test(entry.contents)),
      'the welcome links New Interview',
    );
    const containers = contributes().viewsContainers?.activitybar ?? [];
    assert.ok(containers.some((container) => container.id === 'interviews'), 'its own activity bar container');
  });
});

