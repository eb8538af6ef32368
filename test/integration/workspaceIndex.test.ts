// The workspace index behind diagnostics and the pipeline: it follows the files on disk, including
// a folder deleted with its interviews inside.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { InterviewsApi } from '../../src/extension/main';
import { extensionUnderTest, fixture, untilIndex } from './helpers';

let api: InterviewsApi;


const encode = (text: string) => new TextEncoder().encode(text);

describe('the workspace index', () => {
  before(async () => {
    api = (await extensionUnderTest().activate()) as unknown as InterviewsApi;
    await api.ready;
  });

  it('indexes new files and forgets them when their folder is deleted', async () => {
    const folder = fixture(`index-scratch-${Date.now()}`);
    const first = vscode.Uri.joinPath(folder, 'ada.interview.yaml');
    const second = vscode.Uri.joinPath(folder, 'nested', 'grace.interview.yaml');
    await vscode.workspace.fs.writeFile(first, encode('contact:\n  name: Ada Scratch\nstage: prospect\n'));
    await vscode.workspace.fs.writeFile(second, encode('contact:\n  name: Grace Scratch\nstage: requested\nrequested: 2020-01-01\n'));
    const index = api.deps.workspace.index;
    await untilIndex(api, () => index.get(first.toString()) !== undefined && index.get(second.toString()) !== undefined, 'both scratch files in the index');
    assert.equal(index.get(second.toString())?.stage, 'requested');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    await untilIndex(api, () => index.get(first.toString()) === undefined && index.get(second.toString()) === undefined, 'the deleted folder’s files to leave the index');
  });

  it('follows a file renamed on disk', async () => {
    const folder = fixture(`index-rename-${Date.now()}`);
    const before = vscode.Uri.joinPath(folder, 'lin.interview.yaml');
    const after = vscode.Uri.joinPath(folder, 'lin-wei.interview.yaml');
    await vscode.workspace.fs.writeFile(before, encode('contact:\n  name: Lin Wei\n'));
    const index = api.deps.workspace.index;
    await untilIndex(api, () => index.get(before.toString()) !== undefined, 'the file in the index');
    await vscode.workspace.fs.rename(before, after);
    await untilIndex(api, () => index.get(before.toString()) === undefined && index.get(after.toString())?.name === 'Lin Wei', 'the renamed file under its new name only');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    await untilIndex(api, () => index.get(after.toString()) === undefined, 'the scratch folder to leave the index');
  });
});
