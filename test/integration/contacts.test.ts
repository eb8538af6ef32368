// Import Contacts… in VS Code: a LinkedIn Connections.csv and vCards imported into the workspace's
// network file, the first time with the offer to keep it out of git, then merged through the
// editor (Undo works, the user's comments stay), and an export it cannot read refused.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readNetwork } from '../../src/core/network';
import type { InterviewsApi } from '../../src/extension/main';
import { answering, extensionUnderTest, fixture, LEAVE, nextShown, untilTree, withTimeout } from './helpers';

let api: InterviewsApi;
const decoder = new TextDecoder();
const folder = `contacts-${Date.now().toString(36)}`;
const networkSetting = `${folder}/network.yaml`;
const network = () => fixture(networkSetting);
const gitignore = () => fixture('.gitignore');
const readDisk = async (uri: vscode.Uri) => decoder.decode(await vscode.workspace.fs.readFile(uri));

/** A contact export from test/fixtures/contacts, copied into the workspace as a user's download would be. */
async function download(name: string): Promise<vscode.Uri> {
  const uri = fixture(`${folder}/downloads/${name}`);
  await vscode.workspace.fs.writeFile(uri, fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'contacts', name)));
  return uri;
}

describe('Import Contacts…', () => {
  let gitignoreBefore: Uint8Array | undefined;

  before(async () => {
    api = (await extensionUnderTest().activate()) as unknown as InterviewsApi;
    await withTimeout(api.ready, 30_000, 'the extension to be ready');
    gitignoreBefore = await vscode.workspace.fs.readFile(gitignore()).then(
      (bytes) => bytes,
      () => undefined,
    );
    await vscode.workspace.getConfiguration('interviews').update('networkFile', networkSetting, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('interviews').update('networkFile', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('interviews').update('targetsFile', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(fixture(folder), { recursive: true, useTrash: false });
    if (gitignoreBefore) await vscode.workspace.fs.writeFile(gitignore(), gitignoreBefore);
    else await vscode.workspace.fs.delete(gitignore()).then(undefined, () => undefined);
  });

  it('imports Connections.csv into a new network file, saying where it goes and keeping it out of git when asked', async () => {
    const csv = await download('Connections.csv');
    const prompts = answering(api, (shown) => (shown.text.startsWith('Import 5 people') ? 'Import and keep out of git' : LEAVE));
    const report = nextShown(api, (shown) => shown.text.startsWith('Import Contacts —'), 'the report');
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri>('interviews.importContacts', { files: [csv] });
      assert.equal(written?.toString(), network().toString());
    } finally {
      prompts.dispose();
    }
    const asked = prompts.shown.find((shown) => shown.text.startsWith('Import 5 people'));
    assert.ok(asked, 'the import says how many people go where, before writing');
    assert.match(asked.text, new RegExp(`into ${networkSetting}\\?.*other people's details`));
    assert.deepEqual(asked.choices, ['Import and keep out of git', 'Import']);
    const message = await withTimeout(report, 10_000, 'the report');
    assert.match(message.text, /Connections\.csv: 5 new, 0 with details added, 0 already there, 1 left out \(row 9: no name\)/);
    assert.deepEqual(message.choices, ['Open']);
    message.answer(undefined);
    const people = readNetwork(await readDisk(network()));
    assert.deepEqual(
      people.map((person) => person.name),
      ['Ines Duarte', 'Tomas Berg', 'Ana Silva', 'Lee Wong', 'Priya Raman'],
    );
    assert.ok((await readDisk(gitignore())).split('\n').includes(`/${networkSetting}`), '.gitignore names the network file');
  });

  it('merges a newer export and a vCard through the editor: nobody twice, the comments kept, and Undo takes it back', async () => {
    const document = await vscode.workspace.openTextDocument(network());
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    // The user notes something of their own first.
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(document.lineCount - 1, 0), '# Ask Ines about Fenland Trust\n')));
    await document.save();
    const before = document.getText();
    const report = nextShown(api, (shown) => shown.text.startsWith('Import Contacts —'), 'the report');
    const files = [await download('Connections-2026.csv'), await download('google.vcf')];
    assert.equal((await vscode.commands.executeCommand<vscode.Uri>('interviews.importContacts', { files }))?.toString(), network().toString());
    const message = await withTimeout(report, 10_000, 'the report');
    assert.match(message.text, /Connections-2026\.csv: 1 new, 1 with details added, 1 already there; .*google\.vcf: 1 new, 1 with details added, 0 already there, 1 left out \(card 3: no name\)/);
    message.answer(undefined);
    const text = document.getText();
    assert.ok(text.includes('# Ask Ines about Fenland Trust'), 'the comment stays');
    assert.equal(await readDisk(network()), text, 'saved');
    const people = readNetwork(text);
    assert.equal(people.length, 7);
    assert.equal(people.filter((person) => person.name === 'Ines Duarte').length, 1);
    assert.equal(people[0].email, 'ines@quarry.example');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), before, 'one Undo takes the whole import back');
    await document.save();
  });

  it('refuses an export it cannot read, saying why, and changes nothing', async () => {
    const before = await readDisk(network());
    const refusal = nextShown(api, (shown) => shown.kind === 'error', 'the refusal');
    assert.equal(await vscode.commands.executeCommand('interviews.importContacts', { files: [await download('not-connections.csv')] }), undefined);
    const message = await withTimeout(refusal, 10_000, 'the refusal');
    assert.match(message.text, /not-connections\.csv: This file has no header line "First Name,Last Name,URL.*Nothing was imported\./);
    assert.equal(await readDisk(network()), before);
  });

  it('makes prospect files from the network: nobody who has a file, supervisors first, picked ones written with what the network knows', async () => {
    const created: vscode.Uri[] = [];
    const prompts = answering(api, (shown) => (shown.kind === 'pick' ? 'Ines Duarte\nAna Silva' : LEAVE));
    const report = nextShown(api, (shown) => shown.text.startsWith('Make Prospects —'), 'the report');
    try {
      created.push(...((await vscode.commands.executeCommand<vscode.Uri[]>('interviews.makeProspects')) ?? []));
    } finally {
      prompts.dispose();
    }
    try {
      const pick = prompts.shown.find((shown) => shown.kind === 'pick');
      assert.ok(pick);
      // Lee Wong has an interview file in the workspace already.
      assert.match(pick.text, /4 people without an interview file \(1 have one\)/);
      assert.deepEqual(pick.choices, ['Tomas Berg', 'Priya Raman', 'Ines Duarte', 'Ana Silva'], 'supervisors first, then by company');
      assert.equal(created.length, 2);
      const message = await withTimeout(report, 10_000, 'the report');
      assert.match(message.text, /created 2 prospect files in .*: Ines Duarte, Ana Silva\./);
      const ines = await readDisk(created[0]);
      for (const line of ['  name: Ines Duarte', '  role: Head of Research, Robotics', '  company: Quarry Labs', '  linkedin: https://www.linkedin.com/in/ines-duarte', '  connection: first', '  supervisor: true', 'stage: prospect']) {
        assert.ok(ines.split('\n').some((text) => text.startsWith(line)), `${line} in ${ines}`);
      }
      assert.ok(!(await readDisk(created[1])).includes('supervisor: true'), 'an ecologist is not suggested as a supervisor');
    } finally {
      for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('ranks the targets file in the Targets view with whom you know there, makes a prospect of the best contact, and checks and completes the file', async () => {
    const targets = fixture(`${folder}/targets.yaml`);
    await vscode.workspace.fs.writeFile(
      targets,
      new TextEncoder().encode('# LAMP\nversion: 1\nemployers:\n  - name: Berg Lund and Co.\n    motivation: 2\n    postings: 3\n  - name: Quarry Labs\n    motivation: 3\n    postings: 2\n  - name: Marsh Works\n    motivation: 3\n    postings: 1\n  - name: Nowhere Ltd\n    motivation: 1\n'),
    );
    await vscode.workspace.getConfiguration('interviews').update('targetsFile', `${folder}/targets.yaml`, vscode.ConfigurationTarget.Workspace);
    const shown = async () => (await api.targets.getChildren()).map((item) => `${String(item.label)}: ${String(item.description)}`);
    const expected = ['Quarry Labs: M3 P2 A · 1 known · no conversation yet', 'Marsh Works: M3 P1 A · 1 known · no conversation yet', 'Berg Lund and Co.: M2 P3 A · 1 known · no conversation yet', 'Nowhere Ltd: M1 P– · nobody known · no conversation yet'];
    const untilTargets = (check: () => Promise<boolean>, what: string) => untilTree(api, check, what, 10_000, api.targets.onDidChangeTreeData);
    await untilTargets(async () => JSON.stringify(await shown()) === JSON.stringify(expected), 'the Targets view to rank the file');
    const [quarry] = await api.targets.getChildren();
    assert.equal(quarry.contextValue, 'target.startable');
    assert.deepEqual((await api.targets.getChildren(quarry)).map((item) => `${String(item.label)}: ${String(item.description)}`), ['Ines Duarte: Head of Research, Robotics · no interview file yet']);

    const report = nextShown(api, (message) => message.text.startsWith('Start with Someone You Know Here —'), 'the report');
    const created = await vscode.commands.executeCommand<vscode.Uri>('interviews.startWithContact', quarry);
    try {
      assert.ok(created, 'a prospect file is made');
      assert.match((await withTimeout(report, 10_000, 'the report')).text, /created 1 prospect file in .*: Ines Duarte\./);
      assert.match(await readDisk(created), /name: Ines Duarte[\s\S]*company: Quarry Labs[\s\S]*supervisor: true/);
      await untilTargets(async () => (await shown())[0] === 'Quarry Labs: M3 P2 A · 1 known · 1 prospect', 'the view to count the new prospect');
      const [after] = await api.targets.getChildren();
      assert.equal(after.contextValue, 'target', 'nobody left to start with there');
      assert.deepEqual((await api.targets.getChildren(after)).map((item) => `${String(item.label)}: ${String(item.description)}`), ['Ines Duarte: Prospect']);

      // The file's problems reach the Problems panel, and completion offers the companies you know that it does not list.
      const document = await vscode.workspace.openTextDocument(targets);
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      await editor.edit((edit) => edit.replace(document.lineAt(document.lineCount - 2).range, '    motivation: 5'));
      await editor.edit((edit) => edit.insert(new vscode.Position(document.lineCount - 1, 0), '  - name: \n'));
      await waitForProblem(targets, /"5" is not a value for `employers\[3\]\.motivation`/);
      const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', targets, new vscode.Position(document.lineCount - 2, 10));
      const labels = completions.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      assert.ok(labels.includes('Fenland Trust'), `Fenland Trust (Ana Silva's company) offered: ${labels.join(', ')}`);
      assert.ok(!labels.includes('Quarry Labs'), 'an employer the file lists is not offered again');
      // An employer listed twice is reported, and the view still shows every row, each with its own id.
      await editor.edit((edit) => edit.replace(document.lineAt(document.lineCount - 2).range, '  - name: quarry labs inc'));
      await waitForProblem(targets, /"quarry labs inc" is listed already, as "Quarry Labs"/);
      await untilTargets(async () => (await api.targets.getChildren()).length === 5, 'both Quarry Labs rows');
      const ids = (await api.targets.getChildren()).map((item) => item.id);
      assert.equal(new Set(ids).size, ids.length, `ids ${ids.join(', ')}`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      // Closed without saving: the view reads the file on disk again.
      await untilTargets(async () => (await api.targets.getChildren()).length === 4, 'the rows of the file on disk');
    } finally {
      if (created) await vscode.workspace.fs.delete(created).then(undefined, () => undefined);
    }
  });
});

/** Resolves once the file has a diagnostic whose message matches. */
async function waitForProblem(uri: vscode.Uri, message: RegExp): Promise<void> {
  const has = () => vscode.languages.getDiagnostics(uri).some((diagnostic) => message.test(diagnostic.message));
  if (has()) return;
  await withTimeout(
    new Promise<void>((resolve) => {
      const listener = vscode.languages.onDidChangeDiagnostics(() => {
        if (!has()) return;
        listener.dispose();
        resolve();
      });
    }),
    10_000,
    `a problem matching ${message} on ${uri.path}`,
  );
}
