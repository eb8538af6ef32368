// Files on a virtual file system: a scheme served by a FileSystemProvider in the worker, as github.dev
// serves a repository. The extension must read, lint, fix and edit them through URIs alone.
import * as vscode from 'vscode';
import { ruleId, waitForDiagnostics } from '../helpers';
import * as assert from './assert';
import { MemoryFileSystem } from './memfs';
import { interviewsApi, readDisk, writeDisk } from './support';

const SCHEME = 'interviews-test-memfs';
const JOB_ASK = ['# On a virtual file system.', 'version: 1', 'contact:', '  name: Vera Lind', '  company: Fjord Analytics', 'stage: met', 'meeting:', '  date: 2026-01-10', 'follow_up:', '  referrals_asked: true', 'questions:', '  - Is your team hiring right now?', ''].join('\n');

describe('web: files on a virtual file system', () => {
  const registration = vscode.workspace.registerFileSystemProvider(SCHEME, new MemoryFileSystem(), { isCaseSensitive: true });
  const folder = vscode.Uri.from({ scheme: SCHEME, path: '/notes' });
  const file = vscode.Uri.joinPath(folder, 'vera-lind.interview.yaml');

  before(async () => {
    await interviewsApi();
    await vscode.workspace.fs.createDirectory(folder);
    await writeDisk(file, JOB_ASK);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    registration.dispose();
  });

  it('runs the whole web suite on URIs that are not file: ones', () => {
    const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(workspaceFolder);
    assert.notEqual(workspaceFolder.uri.scheme, 'file', 'the fixtures workspace reaches the worker as vscode-remote: URIs');
  });

  it('lints an interview opened from it', async () => {
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document, { preview: false });
    assert.equal(document.languageId, 'interview-yaml');
    const diagnostics = await waitForDiagnostics(file, (found) => found.some((diagnostic) => ruleId(diagnostic) === 'no-job-ask'), 'a job ask on the virtual file');
    assert.ok(diagnostics.some((diagnostic) => ruleId(diagnostic) === 'thank-you'), 'the thank-you rule too');
  });

  it('offers quick fixes there', async () => {
    const diagnostics = await waitForDiagnostics(file, (found) => found.some((diagnostic) => ruleId(diagnostic) === 'no-job-ask'), 'a job ask on the virtual file');
    const jobAsk = diagnostics.find((diagnostic) => ruleId(diagnostic) === 'no-job-ask');
    assert.ok(jobAsk);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', file, jobAsk.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    assert.ok(actions.some((action) => action.isPreferred), `a preferred fix among ${actions.map((action) => action.title).join(' | ')}`);
  });

  it('edits it with a command given its URI, writing through the provider', async () => {
    assert.equal(await vscode.commands.executeCommand('interviews.markThanked', file, { date: '2026-01-11' }), true);
    assert.equal(await readDisk(file), JOB_ASK.replace('follow_up:\n', 'follow_up:\n  thanked: 2026-01-11\n'));
  });
});
