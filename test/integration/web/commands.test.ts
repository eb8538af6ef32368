// The commands that edit files, from the web build: each reads and writes through
// vscode.workspace.fs or a WorkspaceEdit, on copies in a scratch folder of the workspace.
import * as vscode from 'vscode';
import type { InterviewsApi } from '../../../src/extension/main';
import { answering, fixture, withScratchFolder } from '../helpers';
import * as assert from './assert';
import { interviewsApi, readDisk, untilIndex, writeDisk } from './support';

const MET = ['# A conversation that happened.', 'contact:', '  name: Sofia Brandt', '  company: Quarry Labs   # met at the meetup', 'stage: met', 'meeting:', '  date: 2026-01-10', 'follow_up:', '  referrals_asked: true   # asked at the end', ''].join('\n');
const PROSPECT = ['# Someone to write to.', 'version: 1', 'contact:', '  name: Wen Li        # from the fintech meetup', '  company: Quarry Labs', '  connection: first', 'stage: prospect   # where it stands', ''].join('\n');

describe('web: the commands that edit files', () => {
  const scratchName = `web-commands-${Date.now().toString(36)}`;
  const scratch = fixture(scratchName);
  let api: InterviewsApi;
  let counter = 0;

  /** Writes a scratch interview file and waits until the index has it. */
  async function scratchFile(text: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(scratch, `file-${++counter}.interview.yaml`);
    await writeDisk(uri, text);
    await untilIndex(api, () => api.deps.workspace.index.get(uri.toString()) !== undefined, `${uri.path} in the index`);
    return uri;
  }

  before(async () => {
    api = await interviewsApi();
  });
  withScratchFolder(scratch, `${scratchName}/people`, () => api);

  it('Mark Thank-You Sent, given a URI, adds follow_up.thanked inside the existing block and keeps the comments', async () => {
    const uri = await scratchFile(MET);
    assert.equal(await vscode.commands.executeCommand('interviews.markThanked', uri, { date: '2026-01-11' }), true);
    assert.equal(await readDisk(uri), MET.replace('follow_up:\n', 'follow_up:\n  thanked: 2026-01-11\n'));
  });

  it('Set Stage changes the stage line only and adds the date it implies', async () => {
    const uri = await scratchFile(PROSPECT);
    assert.equal(await vscode.commands.executeCommand('interviews.setStage', uri, { stage: 'requested' }), true);
    assert.equal(await readDisk(uri), `${PROSPECT.replace('stage: prospect   # where it stands', 'stage: requested   # where it stands')}requested: ${api.deps.today.value}\n`);
  });

  it('Advance Stage on the open editor’s file, and Undo restores it', async () => {
    const uri = await scratchFile(PROSPECT);
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    // No outreach yet: the command asks whether to go on; the first answer does.
    const prompts = answering(api);
    try {
      assert.equal(await vscode.commands.executeCommand('interviews.advanceStage'), true);
    } finally {
      prompts.dispose();
    }
    assert.match(await readDisk(uri), /^stage: requested {3}# where it stands$/m);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), PROSPECT);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('New Interview writes <interviews.folder>/<slug>.interview.yaml', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('interviews.newInterview', { name: 'Noor Haddad', company: 'Quarry Labs', connection: 'first', open: false });
    assert.ok(uri);
    assert.equal(uri.toString(), vscode.Uri.joinPath(scratch, 'people', 'noor-haddad.interview.yaml').toString());
    const text = await readDisk(uri);
    assert.match(text, /^ {2}name: Noor Haddad$/m);
    assert.match(text, /^stage: prospect\b/m);
  });

  it('New Interview, from an open interview, writes in that file’s workspace folder', async () => {
    const from = await scratchFile(PROSPECT);
    await vscode.window.showTextDocument(from, { preview: false });
    const uri = await vscode.commands.executeCommand<vscode.Uri>('interviews.newInterview', { name: 'Ada Obi', open: false });
    assert.equal(uri?.toString(), vscode.Uri.joinPath(scratch, 'people', 'ada-obi.interview.yaml').toString());
  });

  it('Export as CSV writes the pipeline to the file given', async () => {
    const target = vscode.Uri.joinPath(scratch, 'interviews.csv');
    const written = await vscode.commands.executeCommand<vscode.Uri>('interviews.exportCsv', { target });
    assert.equal(written?.toString(), target.toString());
    const csv = await readDisk(target);
    assert.ok(csv.split('\n')[0].includes('name'), 'a header row');
    assert.ok(csv.includes('Grace Obi'), 'a row per interview');
  });
});
