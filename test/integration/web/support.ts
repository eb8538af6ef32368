// Shared by the web tests: the extension's test API, files read and written through
// vscode.workspace.fs (the worker has no other way), and waits on the extension's own events.
import * as vscode from 'vscode';
import type { InterviewsApi } from '../../../src/extension/main';
import type { PipelineNode } from '../../../src/extension/pipeline/nodes';
import { extensionUnderTest, withTimeout } from '../helpers';
import * as assert from './assert';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Activates the extension (a no-op once active) and returns its test API once the first lint is done. */
export async function interviewsApi(): Promise<InterviewsApi> {
  const api = (await extensionUnderTest().activate()) as unknown as InterviewsApi;
  assert.ok(api?.deps && api.pipeline, 'activate() returns the test API (deps, pipeline)');
  await withTimeout(api.ready, 30_000, 'the extension to be ready');
  return api;
}

export async function readDisk(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeDisk(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Resolves once the workspace index satisfies `check`, re-checking after each batched refresh. */
export function untilIndex(api: InterviewsApi, check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const subscription = api.deps.workspace.onDidChange(() => {
      if (!check()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
}

/** Resolves once `check` holds, re-checking each time the pipeline tree says it changed. */
export function untilTree(api: InterviewsApi, check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      subscription.dispose();
      if (error) reject(error);
      else resolve();
    };
    const test = () =>
      check().then(
        (ok) => ok && finish(),
        (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
      );
    const subscription = api.pipeline.provider.onDidChangeTreeData(() => void test());
    const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    void test();
  });
}

export function labelOf(node: vscode.TreeItem): string {
  return typeof node.label === 'string' ? node.label : (node.label?.label ?? '');
}

/** The item labelled `itemLabel` in the top-level group `groupLabel` of the pipeline, if there. */
export async function itemIn(api: InterviewsApi, groupLabel: string, itemLabel: string): Promise<PipelineNode | undefined> {
  const group = (await api.pipeline.provider.getChildren()).find((node) => labelOf(node) === groupLabel);
  if (!group) return undefined;
  return (await api.pipeline.provider.getChildren(group)).find((node) => labelOf(node) === itemLabel);
}

/** Deletes a scratch folder's files and the folder, and waits until the index has none of them. */
export async function deleteFolder(api: InterviewsApi, folder: vscode.Uri): Promise<void> {
  if (!(await exists(folder))) return;
  const files: vscode.Uri[] = [];
  const walk = async (dir: vscode.Uri) => {
    for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
      const child = vscode.Uri.joinPath(dir, name);
      if (type === vscode.FileType.Directory) await walk(child);
      else files.push(child);
    }
  };
  await walk(folder);
  for (const file of files) await vscode.workspace.fs.delete(file, { useTrash: false });
  const prefix = `${folder.toString()}/`;
  await untilIndex(api, () => ![...api.deps.workspace.index.values()].some((summary) => summary.key.startsWith(prefix)), 'the scratch files to leave the index');
  await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
}
