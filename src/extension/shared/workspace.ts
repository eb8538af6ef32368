import * as vscode from 'vscode';
import type { LintConfig } from '../../core/config';
import { lintDocument } from '../../core/lint';
import type { Interview } from '../../core/model';
import { readInterview } from '../../core/model';
import type { InterviewDocument } from '../../core/parse';
import { parseInterview } from '../../core/parse';
import type { InterviewSummary } from '../../core/pipeline';
import type { WorkspaceView } from '../../core/rules/rule';
import { InterviewIndex, summarize } from '../../core/pipeline';
import type { Issue } from '../../core/types';
import type { ParsedDocuments } from './documents';
import { EXCLUDE_GLOB, INTERVIEW_GLOB, isInterviewDocument, isInterviewUri, readText, uriKey, workspacePath } from './files';
import type { Log } from './log';
import type { LintSettings } from './settings';
import type { Today } from './today';

/** What changed in one batched refresh. */
export interface IndexChange {
  /** Keys (URI strings) whose summary was added, replaced or removed. */
  keys: string[];
  /** Keys removed from the index. */
  removed: string[];
}

const DEBOUNCE_MS = 300;
const READ_CONCURRENCY = 16;
/** Above this many created folders in one batch, one listing of the workspace is cheaper than a look at each. */
const MAX_FOLDER_LOOKS = 64;
/** A parsed file with what its lint and summary need. */
interface ParsedFile {
  uri: vscode.Uri;
  document: InterviewDocument;
  interview: Interview;
  config: LintConfig;
  path: string;
}

const EXCLUDED_SEGMENT = /\/(?:node_modules|\.git)(?:\/|$)/;

/**
 * Keeps the workspace's interviews indexed and linted: a scan on activation, then only the files
 * that changed (on disk or in an open editor), batched without a timer: the file events VS Code
 * delivers together (a `git checkout` of hundreds of files comes in a few such batches) are one
 * refresh, and those that arrive while a refresh runs are the next one. Open documents are linted
 * from their live text, debounced, with stale results dropped.
 */
export class WorkspaceInterviews implements vscode.Disposable {
  readonly index = new InterviewIndex();
  private readonly emitter = new vscode.EventEmitter<IndexChange>();
  /** Fires after each batched refresh with the keys that changed. */
  readonly onDidChange = this.emitter.event;
  private readonly otherFiles = new vscode.EventEmitter<vscode.Uri>();
  /** Fires for every path of the workspace created, changed or deleted on disk (the network and targets files, say). */
  readonly onDidChangeFile = this.otherFiles.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly pendingFiles = new Map<string, vscode.Uri>();
  private readonly pendingDeletes = new Map<string, vscode.Uri>();
  /** Deleted paths that are not interview files: folders whose interviews went with them. */
  private readonly pendingFolderDeletes = new Map<string, vscode.Uri>();
  /** Created paths that are not interview files: perhaps folders, whose files the watcher may not report. */
  private readonly pendingFolderCreates = new Map<string, vscode.Uri>();
  /** Changed paths that are not interview files: a folder deleted and created again in one batch of events is reported changed. */
  private readonly pendingFolderChanges = new Map<string, vscode.Uri>();
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  /** The file refreshes, one after another; `fileRefreshQueued` while one waits to start. */
  private fileRefreshes: Promise<void> = Promise.resolve();
  private fileRefreshQueued = false;
  private disposed = false;
  private scanning: Promise<void> | undefined;
  private rescanRequested = false;
  readonly ready: Promise<void>;

  constructor(
    private readonly documents: ParsedDocuments,
    private readonly settings: LintSettings,
    private readonly today: Today,
    private readonly log: Log,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(INTERVIEW_GLOB);
    // Deleting a folder reports only the folder, not the interview files that went with it. Creating
    // one (a folder renamed, a branch checked out, `mkdir -p` and a file written at once) can go
    // unreported for the files written into it before the watcher has started watching it.
    const folders = vscode.workspace.createFileSystemWatcher('**/*');
    this.subscriptions.push(
      watcher,
      folders,
      folders.onDidDelete((uri) => {
        this.otherFiles.fire(uri);
        if (isInterviewUri(uri)) return;
        this.pendingFolderCreates.delete(uriKey(uri));
        this.pendingFolderChanges.delete(uriKey(uri));
        this.pendingFolderDeletes.set(uriKey(uri), uri);
        this.scheduleFiles();
      }),
      folders.onDidCreate((uri) => {
        this.otherFiles.fire(uri);
        if (isInterviewUri(uri) || EXCLUDED_SEGMENT.test(uri.path)) return;
        this.pendingFolderCreates.set(uriKey(uri), uri);
        this.scheduleFiles();
      }),
      folders.onDidChange((uri) => {
        this.otherFiles.fire(uri);
        if (isInterviewUri(uri) || EXCLUDED_SEGMENT.test(uri.path)) return;
        this.pendingFolderChanges.set(uriKey(uri), uri);
        this.scheduleFiles();
      }),
      watcher.onDidCreate((uri) => this.queueFile(uri)),
      watcher.onDidChange((uri) => this.queueFile(uri)),
      watcher.onDidDelete((uri) => this.queueDelete(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && isInterviewDocument(event.document) && this.settings.lintRun === 'onType') this.scheduleTyping(event.document);
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (isInterviewDocument(document)) this.scheduleTyping(document, 0);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (isInterviewDocument(document)) this.scheduleTyping(document, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        // The unsaved text is gone: what counts again is the file on disk (if it is still there).
        if (isInterviewUri(document.uri) && document.uri.scheme !== 'untitled') this.queueFile(document.uri);
        else this.removeKeys([uriKey(document.uri)]);
      }),
      vscode.workspace.onDidRenameFiles((event) => {
        // The old name is gone for sure. The new one comes from the watcher, never from here: VS Code
        // drops a create and a delete of one file that fall in the same batch of watcher events, so
        // a file renamed and then soon deleted would show no deletion and stay in the index.
        for (const { oldUri } of event.files) this.queueDelete(oldUri);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
      this.settings.onDidChange(() => this.rescan()),
      this.today.onDidChange(() => this.rescan()),
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) this.today.check();
      }),
    );
    this.ready = this.rescan();
  }

  /** Re-reads and re-lints every interview in the workspace (on activation, settings or day change, or on demand). */
  rescan(): Promise<void> {
    if (this.scanning) {
      this.rescanRequested = true;
      return this.scanning;
    }
    const scan = Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Linting interviews' }, () => this.scanAll()));
    const scanning: Promise<void> = scan
      .then(
        () => undefined,
        (error) => this.log.error('Scanning the workspace failed', error),
      )
      .then(() => {
        this.scanning = undefined;
        if (this.rescanRequested) {
          this.rescanRequested = false;
          return this.rescan();
        }
        return undefined;
      });
    this.scanning = scanning;
    return scanning;
  }

  /** The parse of an interview by URI: the open document's live text if open, else the file on disk. */
  async parse(uri: vscode.Uri): Promise<{ document: InterviewDocument; textDocument?: vscode.TextDocument } | undefined> {
    const open = vscode.workspace.textDocuments.find((document) => uriKey(document.uri) === uriKey(uri));
    if (open) return { document: this.documents.get(open).document, textDocument: open };
    try {
      return { document: parseInterview(await readText(uri), { maxSize: this.settings.maxFileSize }) };
    } catch {
      return undefined;
    }
  }

  private async scanAll(): Promise<void> {
    const started = Date.now();
    const found = await vscode.workspace.findFiles(INTERVIEW_GLOB, EXCLUDE_GLOB);
    const keys = new Set(found.map(uriKey));
    for (const document of vscode.workspace.textDocuments) {
      // Unsaved work counts; a clean document of a file no longer on disk does not.
      if (isInterviewDocument(document) && !document.isClosed && (document.isDirty || document.uri.scheme === 'untitled')) {
        keys.add(uriKey(document.uri));
        if (!found.some((uri) => uriKey(uri) === uriKey(document.uri))) found.push(document.uri);
      }
    }
    const stale = [...this.index.values()].map((summary) => summary.key).filter((key) => !keys.has(key));
    for (const key of stale) this.index.remove(key);
    // Each file is linted as soon as it is read, so its parse can be collected before the next is
    // read (keeping every parse until all were read made garbage collection a fifth of a scan):
    // every path is known from the start, contacts as the files are read, and a file whose
    // workspace checks the complete index would answer differently is linted again at the end.
    const expected = new Set(found.map(workspacePath));
    const changed = [...stale];
    const linted: { uri: vscode.Uri; changed(): boolean }[] = [];
    await this.forEachParsed(found, async (uri, document) => {
      const file = await this.parsedFile(uri, document);
      // Its own path and contact first, as the other files will see them.
      this.index.set(this.summaryOf(file, []));
      const filling = this.index.viewWhileFilling(expected);
      this.index.set(this.lintParsed(file, filling.view));
      linted.push({ uri, changed: filling.changed });
    });
    for (const file of linted) {
      if (file.changed()) {
        const parsed = await this.parse(file.uri);
        if (parsed) this.index.set(await this.summarizeParsed(file.uri, parsed.document));
      }
      changed.push(uriKey(file.uri));
    }
    // Every file was linted against the complete requests above: nothing is left to cascade.
    this.index.requestDependents();
    this.log.info(`Indexed ${linted.length} interview file(s) in ${Date.now() - started} ms`);
    this.emitter.fire({ keys: changed, removed: stale });
  }

  private async loadAll(uris: vscode.Uri[]): Promise<{ uri: vscode.Uri; document: InterviewDocument }[]> {
    const results: { uri: vscode.Uri; document: InterviewDocument }[] = [];
    await this.forEachParsed(uris, (uri, document) => {
      results.push({ uri, document });
    });
    return results;
  }

  /** Reads and parses files a few at a time, handing each parse to `use` as it is ready; files that cannot be read are left out. */
  private async forEachParsed(uris: vscode.Uri[], use: (uri: vscode.Uri, document: InterviewDocument) => void | Promise<void>): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < uris.length) {
        const uri = uris[next++];
        const parsed = await this.parse(uri);
        if (parsed) await use(uri, parsed.document);
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, uris.length) }, worker));
  }

  /**
   * Puts the summary of each file in the index without linting it (paths, contacts and links are
   * what the workspace checks read), and returns what `lintParsed` needs for each.
   */
  private async summarizeAll(loaded: readonly { uri: vscode.Uri; document: InterviewDocument }[]): Promise<ParsedFile[]> {
    const files: ParsedFile[] = [];
    for (const { uri, document } of loaded) {
      const file = await this.parsedFile(uri, document);
      this.index.set(this.summaryOf(file, []));
      files.push(file);
    }
    return files;
  }

  private async parsedFile(uri: vscode.Uri, document: InterviewDocument): Promise<ParsedFile> {
    return { uri, document, interview: readInterview(document), config: await this.settings.configFor(uri), path: workspacePath(uri) };
  }

  /** Reads, lints (with the workspace checks) and summarises one parsed file. */
  private async summarizeParsed(uri: vscode.Uri, document: InterviewDocument): Promise<InterviewSummary> {
    return this.lintParsed(await this.parsedFile(uri, document));
  }

  /**
   * Lints a file for its summary and diagnostics, with the workspace checks answered by `view` (the
   * index, by default). Without fixes: planning them is most of a lint's cost beyond the parse, and
   * quick fixes come from a fresh lint of the open document instead (codeActions/currentIssues.ts).
   */
  private lintParsed(file: ParsedFile, view: WorkspaceView = this.index.view()): InterviewSummary {
    const issues = lintDocument(file.document, { today: this.today.value, config: file.config, path: file.path, workspace: view, fixes: false }, file.interview);
    return this.summaryOf(file, issues, view);
  }

  private summaryOf(file: ParsedFile, issues: Issue[], view?: WorkspaceView): InterviewSummary {
    const readable = file.document.syntax.length === 0 && !file.document.tooLarge;
    return summarize(uriKey(file.uri), file.path, file.interview, issues, readable, this.today.value, file.config, view);
  }

  private scheduleTyping(document: vscode.TextDocument, delay = DEBOUNCE_MS): void {
    const key = uriKey(document.uri);
    const existing = this.typingTimers.get(key);
    if (existing) clearTimeout(existing);
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    this.typingTimers.set(
      key,
      setTimeout(() => {
        this.typingTimers.delete(key);
        void this.refreshOpen(document, generation).catch((error) => this.log.error(`Linting ${document.uri.toString()} failed`, error));
      }, delay),
    );
  }

  private async refreshOpen(document: vscode.TextDocument, generation: number): Promise<void> {
    if (document.isClosed) return;
    const { document: parsed } = this.documents.get(document);
    const before = this.index.get(uriKey(document.uri));
    const summary = await this.summarizeParsed(document.uri, parsed);
    // A newer edit arrived while this one was being linted: drop the stale result.
    if (this.generations.get(uriKey(document.uri)) !== generation || document.isClosed) return;
    this.index.set(summary);
    await this.refreshDependents([summary.key], [before, summary]);
  }

  private queueFile(uri: vscode.Uri): void {
    if (!isInterviewUri(uri)) return;
    this.pendingDeletes.delete(uriKey(uri));
    this.pendingFiles.set(uriKey(uri), uri);
    this.scheduleFiles();
  }

  private queueDelete(uri: vscode.Uri): void {
    this.pendingFiles.delete(uriKey(uri));
    this.pendingDeletes.set(uriKey(uri), uri);
    this.scheduleFiles();
  }

  /**
   * Queues a refresh for the file events so far. It starts once the current task is over (VS Code
   * fires a batch of file events in one task) and after the refresh running now, if any: never two
   * at once, so a file deleted while it is being read cannot be put back by the read.
   */
  private scheduleFiles(): void {
    if (this.fileRefreshQueued) return;
    this.fileRefreshQueued = true;
    this.fileRefreshes = this.fileRefreshes
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
      .then(() => {
        this.fileRefreshQueued = false;
        return this.disposed ? undefined : this.flushFiles();
      })
      .catch((error) => this.log.error('Updating the interview index failed', error));
  }

  /** One batched refresh for every file event since the last one. */
  private async flushFiles(): Promise<void> {
    await this.ready;
    // Never interleave with a rescan: it could add back a file this batch removes.
    while (this.scanning) await this.scanning;
    // The look inside created folders waits on the file system; every other event, also those that
    // arrive meanwhile, is taken after it, all at once, so none is cleared without being applied.
    const looked = await this.filesInCreatedFolders();
    const deletes = [...this.pendingDeletes.values()];
    for (const folder of this.pendingFolderDeletes.values()) {
      const prefix = `${uriKey(folder).replace(/\/$/, '')}/`;
      for (const summary of this.index.values()) if (summary.key.startsWith(prefix)) deletes.push(vscode.Uri.parse(summary.key));
    }
    this.pendingFolderDeletes.clear();
    // Files found are read again even when indexed (a folder deleted and created again in one
    // batch), except after a listing of the whole workspace, where only new ones are.
    const deleting = new Set(deletes.map(uriKey));
    for (const uri of looked.found) {
      const key = uriKey(uri);
      if (!looked.wholeWorkspace || this.index.get(key) === undefined || deleting.has(key)) this.pendingFiles.set(key, uri);
    }
    const files = [...this.pendingFiles.values()];
    this.pendingDeletes.clear();
    this.pendingFiles.clear();
    const previous: (InterviewSummary | undefined)[] = [];
    const removed: string[] = [];
    for (const uri of deletes) {
      const gone = this.index.remove(uriKey(uri));
      if (gone) {
        previous.push(gone);
        removed.push(gone.key);
      }
    }
    const changed: string[] = [...removed];
    const loaded = await this.loadAll(files.filter((uri) => !this.isOpenDirty(uri)));
    const missing = files.filter((uri) => !loaded.some((entry) => uriKey(entry.uri) === uriKey(uri)) && !this.isOpenDirty(uri));
    for (const uri of missing) {
      const gone = this.index.remove(uriKey(uri));
      if (gone) {
        previous.push(gone);
        removed.push(gone.key);
        changed.push(gone.key);
      }
    }
    for (const entry of loaded) previous.push(this.index.get(uriKey(entry.uri)));
    for (const entry of await this.summarizeAll(loaded)) {
      const summary = this.lintParsed(entry);
      this.index.set(summary);
      changed.push(summary.key);
      previous.push(summary);
    }
    await this.refreshDependents(changed, previous, removed);
  }

  /**
   * The interview files inside the folders created since the last refresh (or deleted and created
   * again, which the watcher reports as a change). The watcher watches a new folder only once it has
   * seen it, so files written into it right away (`git checkout`, a folder renamed or copied in) may
   * never be reported on their own. Past MAX_FOLDER_LOOKS folders,
   * one listing of the whole workspace. A look that fails (the folder is gone again) finds nothing.
   */
  private async filesInCreatedFolders(): Promise<{ found: vscode.Uri[]; wholeWorkspace: boolean }> {
    // Changed paths are mostly files being written; many at once are a build, not a folder coming back.
    const changed = this.pendingFolderChanges.size <= MAX_FOLDER_LOOKS ? [...this.pendingFolderChanges.values()] : [];
    const created = [...this.pendingFolderCreates.values(), ...changed];
    this.pendingFolderCreates.clear();
    this.pendingFolderChanges.clear();
    if (created.length === 0) return { found: [], wholeWorkspace: false };
    const keys = new Set(created.map((uri) => uriKey(uri).replace(/\/$/, '')));
    // A folder inside another created folder is covered by the look at the outer one.
    const outermost = created.filter((uri) => {
      const key = uriKey(uri).replace(/\/$/, '');
      for (let at = key.lastIndexOf('/'); at > 0; at = key.lastIndexOf('/', at - 1)) if (keys.has(key.slice(0, at))) return false;
      return true;
    });
    const nothing = (): vscode.Uri[] => [];
    if (outermost.length > MAX_FOLDER_LOOKS) return { found: await Promise.resolve(vscode.workspace.findFiles(INTERVIEW_GLOB, EXCLUDE_GLOB)).catch(nothing), wholeWorkspace: true };
    const looks = await Promise.all(
      outermost.map(async (uri) => {
        const type = await Promise.resolve(vscode.workspace.fs.stat(uri)).then(
          (stat) => stat.type,
          () => vscode.FileType.Unknown,
        );
        if ((type & vscode.FileType.Directory) === 0) return [];
        return Promise.resolve(vscode.workspace.findFiles(new vscode.RelativePattern(uri, INTERVIEW_GLOB), EXCLUDE_GLOB)).catch(nothing);
      }),
    );
    return { found: looks.flat(), wholeWorkspace: false };
  }

  /** Re-lints the files whose workspace checks depend on the changed ones, then announces the change. */
  private async refreshDependents(changed: string[], touched: (InterviewSummary | undefined)[], removed: string[] = []): Promise<void> {
    const done = new Set(changed);
    const again = new Set<string>();
    for (const summary of touched) {
      if (!summary) continue;
      for (const key of this.index.dependents(summary.path, summary.name, summary.company)) if (!done.has(key)) again.add(key);
    }
    for (const key of this.index.requestDependents()) if (!done.has(key)) again.add(key);
    for (const key of again) {
      const uri = vscode.Uri.parse(key);
      const parsed = await this.parse(uri);
      if (!parsed) continue;
      this.index.set(await this.summarizeParsed(uri, parsed.document));
      done.add(key);
    }
    this.emitter.fire({ keys: [...done], removed });
  }

  private removeKeys(keys: string[]): void {
    const removed = keys.filter((key) => this.index.remove(key));
    if (removed.length > 0) this.emitter.fire({ keys: removed, removed });
  }

  private isOpenDirty(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((document) => uriKey(document.uri) === uriKey(uri) && document.isDirty);
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.typingTimers.values()) clearTimeout(timer);
    this.emitter.dispose();
    this.otherFiles.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
