import * as vscode from 'vscode';
import type { ConfigLayer, LintConfig } from '../../core/config';
import { CONFIG_FILE_NAMES, defaultConfig, mergeConfig, parseConfig } from '../../core/config';
import { RULE_IDS } from '../../core/rules';
import type { SeveritySetting } from '../../core/types';
import { toRange } from './documents';
import { DIAGNOSTIC_SOURCE, readText, uriKey } from './files';
import { parseInterview } from '../../core/parse';
import type { PhraseSensitivity } from '../../core/phraseModel';
import { PHRASE_SENSITIVITIES } from '../../core/phraseModel';
import type { Log } from './log';

export const SECTION = 'interviews';
export const CONFIG_GLOB = '**/.interviewlintrc.{yaml,yml}';

/**
 * Resolves the lint configuration of each file: defaults, then the nearest `.interviewlintrc.yaml`
 * upwards from the file (within its workspace folder), then the editor's `interviews.*` settings.
 * Problems in a configuration file are shown as diagnostics on that file.
 */
export class LintSettings implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when a configuration file or an `interviews.*` setting changes. */
  readonly onDidChange = this.emitter.event;
  private readonly layers = new Map<string, Promise<{ uri: vscode.Uri; layer: ConfigLayer } | undefined>>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('interviews-config');
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly log: Log) {
    const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
    const changed = (uri: vscode.Uri) => {
      this.layers.clear();
      this.diagnostics.delete(uri);
      this.emitter.fire();
    };
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION)) this.emitter.fire();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.layers.clear();
        this.emitter.fire();
      }),
    );
  }

  /** How lint runs on open files: as you type, or on save. */
  get lintRun(): 'onType' | 'onSave' {
    return vscode.workspace.getConfiguration(SECTION).get('lint.run') === 'onSave' ? 'onSave' : 'onType';
  }

  /** Largest file, in characters, that is linted. */
  get maxFileSize(): number {
    const value = vscode.workspace.getConfiguration(SECTION).get<number>('lint.maxFileSize');
    return typeof value === 'number' && value >= 1024 ? value : defaultConfig().maxFileSize;
  }

  /** The configuration that applies to a file. */
  async configFor(uri: vscode.Uri): Promise<LintConfig> {
    const found = await this.nearestLayer(uri);
    const settings = vscode.workspace.getConfiguration(SECTION, uri);
    const rules = settings.get<Record<string, SeveritySetting>>('rules') ?? {};
    const days = settings.get<number>('followUp.defaultDays');
    const editorLayer: ConfigLayer = {
      rules: Object.fromEntries(Object.entries(rules).filter(([id, value]) => RULE_IDS.includes(id) && typeof value === 'string')),
      windows: typeof days === 'number' && days > 0 ? { checkInDays: days } : undefined,
      phraseSensitivity: phraseSensitivitySet(settings),
      maxFileSize: this.maxFileSize,
    };
    return mergeConfig(defaultConfig(), found?.layer, editorLayer);
  }

  private nearestLayer(uri: vscode.Uri): Promise<{ uri: vscode.Uri; layer: ConfigLayer } | undefined> {
    return this.layerOf(vscode.Uri.joinPath(uri, '..'));
  }

  /** The configuration file that applies in a folder: its own, else its parent's (each folder is looked up once). */
  private layerOf(folder: vscode.Uri): Promise<{ uri: vscode.Uri; layer: ConfigLayer } | undefined> {
    const key = uriKey(folder);
    let pending = this.layers.get(key);
    if (!pending) {
      pending = this.findLayer(folder);
      this.layers.set(key, pending);
    }
    return pending;
  }

  /**
   * Reads both spellings in the folder at once (each read of the workspace file system waits on a
   * round trip to the window, which a busy window makes slow); the first spelling that exists wins.
   * Without one, asks the parent folder, up to the workspace folder.
   */
  private async findLayer(folder: vscode.Uri): Promise<{ uri: vscode.Uri; layer: ConfigLayer } | undefined> {
    const candidates = CONFIG_FILE_NAMES.map((name) => vscode.Uri.joinPath(folder, name));
    const texts = await Promise.all(
      candidates.map((candidate) =>
        readText(candidate).then(
          (value) => value,
          () => undefined,
        ),
      ),
    );
    for (const [at, text] of texts.entries()) {
      if (text !== undefined) return { uri: candidates[at], layer: this.read(candidates[at], text) };
    }
    const root = vscode.workspace.getWorkspaceFolder(folder)?.uri;
    if (root && uriKey(folder) === uriKey(root)) return undefined;
    const parent = vscode.Uri.joinPath(folder, '..');
    if (parent.path === folder.path) return undefined;
    return this.layerOf(parent);
  }

  private read(uri: vscode.Uri, text: string): ConfigLayer {
    const { layer, problems } = parseConfig(text, RULE_IDS);
    if (problems.length > 0) {
      const parsed = parseInterview(text, { maxSize: Infinity });
      this.diagnostics.set(
        uri,
        problems.map((problem) => {
          const diagnostic = new vscode.Diagnostic(toRange(parsed, problem.start, problem.end), problem.message, vscode.DiagnosticSeverity.Error);
          diagnostic.source = DIAGNOSTIC_SOURCE;
          return diagnostic;
        }),
      );
      this.log.info(`${uri.fsPath}: ${problems.length} problem(s) in the lint configuration`);
    } else {
      this.diagnostics.delete(uri);
    }
    return layer;
  }

  dispose(): void {
    this.emitter.dispose();
    this.diagnostics.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/**
 * `interviews.phraseSensitivity` when the user set it (in any scope), else undefined, so that the
 * `.interviewlintrc.yaml` `phrase_sensitivity` applies: the setting's default must not hide it.
 */
function phraseSensitivitySet(settings: vscode.WorkspaceConfiguration): PhraseSensitivity | undefined {
  const inspected = settings.inspect<unknown>('phraseSensitivity');
  const set = [inspected?.workspaceFolderValue, inspected?.workspaceValue, inspected?.globalValue];
  return set.find((value): value is PhraseSensitivity => typeof value === 'string' && (PHRASE_SENSITIVITIES as readonly string[]).includes(value));
}
