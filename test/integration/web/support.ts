// Shared by the web tests: the extension's test API, files read and written through
// vscode.workspace.fs (the worker has no other way), and waits on the extension's own events.
import * as vscode from 'vscode';
import type { InterviewsApi } from '../../../src/extension/main';
import { extensionUnderTest, withTimeout } from '../helpers';
export { deleteFolder, itemIn, labelOf, untilIndex, untilTree } from '../helpers';
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
