// Shared by the integration tests: the extension under test, the fixtures workspace, and waits on
// VS Code's own events (never fixed sleeps).
// The tests' own copy of the core (the detectors they ask which lines fire) reads the shipped model.
import '../../src/core/shippedData';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { InterviewsApi as ExtensionApi } from '../../src/extension/main';
import type { PipelineNode } from '../../src/extension/pipeline/nodes';
import type { Shown } from '../../src/extension/shared/ui';
import { exists } from '../../src/extension/shared/files';

export const EXTENSION_ID = 'notes-as-code.informational-interviews';
export const LANGUAGE_ID = 'interview-yaml';
export const PIPELINE_VIEW_ID = 'interviews.pipeline';

/** The part of the extension's exports the tests rely on. */
export interface InterviewsApi {
  readonly ready: Promise<void>;
}

/** The extension under test; fails the test if VS Code does not know it. */
export function extensionUnderTest(): vscode.Extension<InterviewsApi> {
  const extension = vscode.extensions.getExtension<InterviewsApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded in this VS Code`);
  return extension;
}

/** Activates the extension (a no-op once active) and waits for its `ready` signal. */
export async function activateExtension(timeoutMs = 20_000): Promise<InterviewsApi> {
  const api = await extensionUnderTest().activate();
  assert.ok(api && typeof api.ready?.then === 'function', 'activate() must return an API with a `ready` promise');
  await withTimeout(api.ready, timeoutMs, 'the extension’s `ready` promise');
  return api;
}

/** The `contributes` section of the extension's package.json. */
export function contributes(): {
  commands?: { command: string }[];
  views?: Record<string, { id: string }[]>;
  viewsContainers?: Record<string, { id: string }[]>;
} {
  return (extensionUnderTest().packageJSON as { contributes?: ReturnType<typeof contributes> }).contributes ?? {};
}

/** The URI of a file in the fixtures workspace (test/fixtures/workspace). */
export function fixture(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need the fixtures workspace open');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** Opens a fixture in an editor, as a user would. */
export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixture(relativePath));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** The rule id of a diagnostic: its `code`, plain or with a documentation link. */
export function ruleId(diagnostic: vscode.Diagnostic): string | undefined {
  const { code } = diagnostic;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

/**
 * Resolves with the diagnostics of `uri` once `accept` holds for them, re-checking on each
 * `onDidChangeDiagnostics` for that file; rejects after `timeoutMs` showing what was there.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  description: string,
  timeoutMs = 10_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const finish = (diagnostics: readonly vscode.Diagnostic[]) => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(diagnostics);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (accept(diagnostics)) finish(diagnostics);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      const seen = vscode.languages
        .getDiagnostics(uri)
        .map((d) => `  ${ruleId(d) ?? '(no code)'} at ${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`);
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${description} on ${vscode.workspace.asRelativePath(uri)}; ` +
            `diagnostics there: ${seen.length ? `\n${seen.join('\n')}` : 'none'}`,
        ),
      );
    }, timeoutMs);
    const current = vscode.languages.getDiagnostics(uri);
    if (accept(current)) finish(current);
  });
}

/** Rejects with a readable message if `promise` takes longer than `timeoutMs`. */
export async function withTimeout<T>(promise: PromiseLike<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The extension's diagnostics on interview files as Problems counts them: errors, warnings and
 * information are problems; VS Code keeps hints out of Problems and out of the status bar.
 */
export function interviewDiagnosticCounts(): { problems: number; hints: number } {
  const ours = vscode.languages
    .getDiagnostics()
    .filter(([uri]) => /\.interview\.ya?ml$/.test(uri.path))
    .flatMap(([, diagnostics]) => diagnostics.filter((diagnostic) => diagnostic.source === 'interview-lint'));
  const problems = ours.filter((diagnostic) => diagnostic.severity !== vscode.DiagnosticSeverity.Hint).length;
  return { problems, hints: ours.length - problems };
}

/** The zero-based line of the first line of `document` that contains `text`. */
export function lineOf(document: vscode.TextDocument, text: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(text)) return line;
  }
  assert.fail(`${vscode.workspace.asRelativePath(document.uri)} has no line containing ${JSON.stringify(text)}`);
}

/** Resolves once the workspace index satisfies `check`, re-checking after each batched refresh. */
export function untilIndex(api: ExtensionApi, check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
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

/** The text of a tree item's label. */
export function labelOf(node: vscode.TreeItem): string {
  return typeof node.label === 'string' ? node.label : (node.label?.label ?? '');
}

/** The item labelled `itemLabel` in the top-level group `groupLabel` of the pipeline, if there. */
export async function itemIn(api: ExtensionApi, groupLabel: string, itemLabel: string): Promise<PipelineNode | undefined> {
  const group = (await api.pipeline.provider.getChildren()).find((node) => labelOf(node) === groupLabel);
  if (!group) return undefined;
  return (await api.pipeline.provider.getChildren(group)).find((node) => labelOf(node) === itemLabel);
}

/**
 * Resolves with the time it took once `check` holds, re-checking each time the tree says it changed
 * (the pipeline unless another tree's event is given); rejects after `timeoutMs`.
 */
export function untilTree(api: ExtensionApi, check: () => Promise<boolean>, what: string, timeoutMs = 10_000, changes: vscode.Event<unknown> = api.pipeline.provider.onDidChangeTreeData): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      subscription.dispose();
      if (error) reject(error);
      else resolve(Date.now() - started);
    };
    const test = () =>
      check().then(
        (ok) => ok && finish(),
        (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
      );
    const subscription = changes(() => void test());
    const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    void test();
  });
}

/**
 * Deletes a scratch folder file by file, waits until the index has let go of them, then deletes the
 * folder, so each test starts from an index without the previous test's files.
 */
export async function deleteFolder(api: ExtensionApi, folder: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.stat(folder);
  } catch {
    return;
  }
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
  const left = () => [...api.deps.workspace.index.values()].filter((summary) => summary.key.startsWith(prefix)).map((summary) => summary.path);
  await untilIndex(api, () => left().length === 0, 'the scratch files to leave the index').catch((error: Error) => {
    throw new Error(`${error.message}: ${left().join(', ')}`);
  });
  await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
}

/**
 * Hooks for a suite whose commands write new interviews: before it, `scratch` exists and the
 * workspace setting `interviews.folder` points at `folder` inside it; after it, the editors are
 * closed, the scratch folder is gone and the workspace settings are as they were. Call inside
 * `describe`, after the hook that activates the extension and sets what `api` returns.
 */
export function withScratchFolder(scratch: vscode.Uri, folder: string, api: () => ExtensionApi): void {
  let settingsExisted = false;
  before(async () => {
    await vscode.workspace.fs.createDirectory(scratch);
    settingsExisted = await exists(fixture('.vscode/settings.json'));
    await vscode.workspace.getConfiguration('interviews').update('folder', folder, vscode.ConfigurationTarget.Workspace);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    try {
      // The files go first, while no settings change is rescanning the workspace.
      await deleteFolder(api(), scratch);
    } finally {
      await vscode.workspace.getConfiguration('interviews').update('folder', undefined, vscode.ConfigurationTarget.Workspace);
      if (!settingsExisted) await vscode.workspace.fs.delete(fixture('.vscode'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });
}

/** What `answering` does with a prompt: answer it (a label, the text typed, undefined to dismiss), or leave it. */
export const LEAVE = Symbol('leave the prompt open');

/**
 * Answers the extension's messages and prompts as a user would, as they open: `answer` gets each
 * (its kind, text, choices) and returns the answer — a button or item label, the text to type,
 * undefined to dismiss — or LEAVE. By default an input box takes the value it offers, a pick its
 * first item, and messages are left. Records everything shown; dispose to stop answering.
 */
export function answering(api: ExtensionApi, answer: (shown: Shown) => string | undefined | typeof LEAVE = acceptDefaults): { shown: Shown[]; dispose(): void } {
  const shown: Shown[] = [];
  const subscription = api.deps.ui.onDidShow((item) => {
    shown.push(item);
    const reply = answer(item);
    if (reply === LEAVE) return;
    const refused = item.answer(reply);
    if (refused) throw new Error(`the answer ${JSON.stringify(reply)} to "${item.text}" was refused: ${refused}`);
  });
  return { shown, dispose: () => subscription.dispose() };
}

/** Accepts an input box's offered value and a pick's first item; leaves messages. */
export function acceptDefaults(shown: Shown): string | undefined | typeof LEAVE {
  if (shown.kind === 'input') return shown.value ?? '';
  if (shown.kind === 'pick') return shown.choices[0];
  return LEAVE;
}

/** Resolves with the first message or prompt for which `accept` holds, shown from now on; rejects after `timeoutMs`. */
export function nextShown(api: ExtensionApi, accept: (shown: Shown) => boolean, what: string, timeoutMs = 10_000): Promise<Shown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const subscription = api.deps.ui.onDidShow((shown) => {
      if (!accept(shown)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(shown);
    });
  });
}
