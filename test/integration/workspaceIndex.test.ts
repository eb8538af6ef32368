// The workspace index behind diagnostics and the pipeline: it follows the files on disk, including
// a folder deleted with its interviews inside.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
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

  it('indexes the interviews of a folder renamed on disk, under the new name only', async () => {
    const before = fixture(`index-folder-${Date.now()}`);
    const after = fixture(`index-folder-${Date.now()}-renamed`);
    const names = ['ana', 'ben', 'cleo'];
    for (const name of names) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(before, 'deep', `${name}.interview.yaml`), encode(`contact:\n  name: ${name} Folder\n`));
    const index = api.deps.workspace.index;
    const keys = (folder: vscode.Uri) => names.map((name) => vscode.Uri.joinPath(folder, 'deep', `${name}.interview.yaml`).toString());
    await untilIndex(api, () => keys(before).every((key) => index.get(key) !== undefined), 'the folder’s files in the index');
    // The watcher reports the folder under its new name, not the files inside it.
    await vscode.workspace.fs.rename(before, after);
    await untilIndex(
      api,
      () => keys(before).every((key) => index.get(key) === undefined) && keys(after).every((key) => index.get(key) !== undefined),
      'the files under the new folder name only',
    );
    await vscode.workspace.fs.delete(after, { recursive: true, useTrash: false });
    await untilIndex(api, () => keys(after).every((key) => index.get(key) === undefined), 'the renamed folder to leave the index');
  });

  it('reads a folder replaced by another of the same name in one go', async () => {
    const folder = fixture(`index-replaced-${Date.now()}`);
    const file = vscode.Uri.joinPath(folder, 'deep', 'ana.interview.yaml');
    fs.mkdirSync(path.dirname(file.fsPath), { recursive: true });
    fs.writeFileSync(file.fsPath, 'contact:\n  name: Ana Before\nstage: prospect\n');
    const index = api.deps.workspace.index;
    await untilIndex(api, () => index.get(file.toString())?.name === 'Ana Before', 'the first folder’s file');
    // As a checkout or `rm -rf a && mv a.new a` does it: the folder goes and comes back with other files.
    const replacement = path.join(path.dirname(fixture('').fsPath), `replacement-${Date.now()}`);
    fs.mkdirSync(path.join(replacement, 'deep'), { recursive: true });
    fs.writeFileSync(path.join(replacement, 'deep', 'ana.interview.yaml'), 'contact:\n  name: Ana After\nstage: met\n');
    fs.rmSync(folder.fsPath, { recursive: true });
    fs.renameSync(replacement, folder.fsPath);
    await untilIndex(api, () => index.get(file.toString())?.name === 'Ana After' && index.get(file.toString())?.stage === 'met', 'the replacing folder’s file');
    fs.rmSync(folder.fsPath, { recursive: true, force: true });
    await untilIndex(api, () => index.get(file.toString()) === undefined, 'the replaced folder to leave the index');
  });

  it('indexes files written at once into folders created with them', async () => {
    // As `git checkout` does: the folders and their files appear before the watcher watches the folders.
    const folder = fixture(`index-burst-${Date.now()}`);
    const paths: string[] = [];
    for (let i = 0; i < 30; i++) {
      const dir = vscode.Uri.joinPath(folder, `team-${i % 3}`, 'a', 'b').fsPath;
      fs.mkdirSync(dir, { recursive: true });
      const file = `${dir}/person-${i}.interview.yaml`;
      fs.writeFileSync(file, `contact:\n  name: Person ${i}\n`);
      paths.push(file);
    }
    const keys = paths.map((path) => vscode.Uri.file(path).toString());
    const index = api.deps.workspace.index;
    await untilIndex(api, () => keys.every((key) => index.get(key) !== undefined), 'all 30 files in the index').catch((error: Error) => {
      throw new Error(`${error.message}; missing: ${keys.filter((key) => index.get(key) === undefined).length}`);
    });
    fs.rmSync(folder.fsPath, { recursive: true, force: true });
    await untilIndex(api, () => keys.every((key) => index.get(key) === undefined), 'the burst folder to leave the index');
  });

  it('skips pipes named like an interview or a settings file instead of waiting on them', async function () {
    if (process.platform === 'win32') this.skip();
    const folder = fixture(`index-pipes-${Date.now()}`);
    fs.mkdirSync(folder.fsPath, { recursive: true });
    // Reading a pipe blocks until something writes to it: nothing ever will.
    execFileSync('mkfifo', [vscode.Uri.joinPath(folder, 'pipe.interview.yaml').fsPath, vscode.Uri.joinPath(folder, '.interviewlintrc.yaml').fsPath]);
    const real = vscode.Uri.joinPath(folder, 'real.interview.yaml');
    fs.writeFileSync(real.fsPath, 'contact:\n  name: Real Person\nstage: prospect\n');
    const index = api.deps.workspace.index;
    try {
      await untilIndex(api, () => index.get(real.toString()) !== undefined, 'the regular file beside the pipes');
      await api.deps.workspace.rescan();
      assert.equal(index.get(vscode.Uri.joinPath(folder, 'pipe.interview.yaml').toString()), undefined);
      assert.equal(index.get(real.toString())?.name, 'Real Person');
    } finally {
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
    }
    await untilIndex(api, () => index.get(real.toString()) === undefined, 'the pipes folder to leave the index');
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
