// Shared by the web tests: the extension's test API, files read and written through
// vscode.workspace.fs (the worker has no other way), and waits on the extension's own events.
import * as vscode from 'vscode';
import type { InterviewsApi } from '../../../src/extension/main';
import type { PipelineNode } from '../../../src/extension/pipeline/nodes';
import { extensionUnderTest, withTimeout } from '../helpers';
export { deleteFolder, untilIndex } from '../helpers';
export { exists } from '../../../src/extension/shared/files';
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

