// The workspace's two lists beside the interviews: the network file (the people you know) and the
// targets file (the employers you want to work for). Both are read once and again only when they
// change, on disk (the index's watcher reports every file) or in an editor, so that the Targets view and the commands that use them never
// read them per node. The targets file's problems go to the Problems panel, open or not.
import * as vscode from 'vscode';
import { workspacePathSegments } from '../../core/newInterview';
import type { Person } from '../../core/network';
import { readNetwork } from '../../core/network';
import type { TargetEmployer } from '../../core/targets';
import { checkTargets, readTargets } from '../../core/targets';
import { LineIndex } from '../../core/text';
import { DIAGNOSTIC_SOURCE, exists, readText, uriKey } from './files';
import type { Log } from './log';
import type { WorkspaceInterviews } from './workspace';

/** Where one of the lists is: the file, its path in the workspace folder, or why the setting cannot be used. */
export type ListFile = { uri: vscode.Uri; relative: string } | string;

/**
 * The file a setting names in a workspace folder (`interviews.networkFile`, `interviews.targetsFile`),
 * relative to it and read as `interviews.folder` is; empty or `.` is the default name.
 */
export function listFileOf(folder: vscode.WorkspaceFolder, setting: 'networkFile' | 'targetsFile'): ListFile {
  const fallback = setting === 'networkFile' ? 'network.yaml' : 'targets.yaml';
  const path = workspacePathSegments(vscode.workspace.getConfiguration('interviews', folder.uri).get<unknown>(setting) || undefined, `interviews.${setting}`, fallback, 'file');
  if (!path.ok) return path.reason;
  const segments = path.segments.length > 0 ? path.segments : [fallback];
  return { uri: vscode.Uri.joinPath(folder.uri, ...segments), relative: segments.join('/') };
}

const DEBOUNCE_MS = 300;

/** The network and targets of the first workspace folder, kept read. */
export class WorkspaceLists implements vscode.Disposable {
  people: readonly Person[] = [];
  employers: readonly TargetEmployer[] = [];
  /** The targets file, when the setting names one (whether or not it exists yet). */
  targetsFile: vscode.Uri | undefined;
  targetsExists = false;
  private networkFile: vscode.Uri | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after either list was read again. */
  readonly onDidChange = this.emitter.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('interviews-targets');
  private readonly subscriptions: vscode.Disposable[] = [this.emitter, this.diagnostics];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private reading: Promise<void> = Promise.resolve();
  private disposed = false;
  /** Resolves once both lists have been read the first time. */
  readonly ready: Promise<void>;

  constructor(
    workspace: WorkspaceInterviews,
    private readonly log: Log,
  ) {
    // Either file, or a folder above one (deleted or renamed with it).
    const changed = (uri: vscode.Uri) => {
      const key = uriKey(uri);
      if ([this.networkFile, this.targetsFile].some((file) => file && (uriKey(file) === key || uriKey(file).startsWith(`${key}/`)))) this.schedule();
    };
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((event) => changed(event.document.uri)),
      // Closed without saving: what counts again is the file on disk.
      vscode.workspace.onDidCloseTextDocument((document) => changed(document.uri)),
      workspace.onDidChangeFile(changed),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('interviews.networkFile') || event.affectsConfiguration('interviews.targetsFile')) void this.locate();
      }),
    );
    this.ready = this.locate();
  }

  /** Finds both files from the settings and reads them. */
  private locate(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const files = folder ? (['networkFile', 'targetsFile'] as const).map((setting) => listFileOf(folder, setting)) : [];
    for (const file of files) if (typeof file === 'string') this.log.error(file);
    [this.networkFile, this.targetsFile] = files.map((file) => (typeof file === 'string' ? undefined : file.uri));
    return this.read();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.read();
    }, DEBOUNCE_MS);
  }

  /** Reads both lists again (one read at a time), from the editor when open, else from disk. */
  read(): Promise<void> {
    this.reading = this.reading.then(async () => {
      if (this.disposed) return;
      try {
        const [network, targets] = await Promise.all([this.networkFile, this.targetsFile].map(textOf));
        if (this.disposed) return;
        this.people = network === undefined ? [] : readNetwork(network);
        this.employers = targets === undefined ? [] : readTargets(targets);
        this.targetsExists = targets !== undefined;
        this.diagnostics.clear();
        if (this.targetsFile && targets !== undefined) this.diagnostics.set(this.targetsFile, targetDiagnostics(targets));
      } catch (error) {
        this.log.error('Reading the network and targets files', error);
      }
      this.emitter.fire();
    });
    return this.reading;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

/** A file's text from its open editor, else from disk; undefined when there is none. */
async function textOf(uri: vscode.Uri | undefined): Promise<string | undefined> {
  if (!uri) return undefined;
  const open = vscode.workspace.textDocuments.find((document) => uriKey(document.uri) === uriKey(uri));
  if (open) return open.getText();
  return (await exists(uri)) ? readText(uri) : undefined;
}

function targetDiagnostics(text: string): vscode.Diagnostic[] {
  const lines = new LineIndex(text);
  return checkTargets(text).map((problem) => {
    const start = lines.positionAt(problem.start);
    const end = lines.positionAt(problem.end);
    const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), problem.message, vscode.DiagnosticSeverity.Warning);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    return diagnostic;
  });
}
