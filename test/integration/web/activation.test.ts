// The extension in the web worker: this suite, the extension and its features run in VS Code's
// web-worker extension host, from the `browser` bundle, without Node.
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, contributes, extensionUnderTest, openFixture } from '../helpers';
import * as assert from './assert';
import { extensionHostKind } from './host';
import { interviewsApi } from './support';

describe('web: the extension in the web-worker extension host', () => {
  it('runs these tests in a web worker, where there is no Node', () => {
    assert.equal(extensionHostKind(), 'web worker');
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no `process` in the web worker');
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a worker global scope');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('has activated the extension in this same host, by itself, on a workspace of interview files', () => {
    const extension = extensionUnderTest();
    assert.equal(extension.id, EXTENSION_ID);
    // Extensions of another host are invisible to getExtension(id) without includeDifferentExtensionHosts.
    assert.equal(extension.isActive, true, 'not activated by its workspaceContains activation events');
    assert.ok((extension.exports as { ready?: unknown } | undefined)?.ready, 'activate() ran to the end and returned the API (a failed activation counts as active too)');
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI, 'a web-worker extension runs beside the UI, not on the remote');
  });

  it('hands the tests its API once the workspace is indexed', async () => {
    const api = await interviewsApi();
    assert.ok(api.deps.workspace.index.size >= 10, `the fixtures are indexed (${api.deps.workspace.index.size})`);
  });

  it('gives .interview.yaml files the interview-yaml language', async () => {
    const document = await openFixture('clean.interview.yaml');
    assert.equal(document.languageId, LANGUAGE_ID);
  });

  it('registers every command it contributes', async () => {
    await interviewsApi();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = (contributes().commands ?? []).map((entry) => entry.command).filter((command) => !registered.has(command));
    assert.deepEqual(missing, []);
  });
});
