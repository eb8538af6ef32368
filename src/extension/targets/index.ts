// The Targets view: the employers of the targets file ranked as a LAMP list, each with the people
// you know there and its interviews; "Start with Someone You Know Here" makes a prospect of the
// best contact there. Built from the workspace index and the kept-read lists, once per change.
import * as vscode from 'vscode';
import { stageTitle } from '../../core/exports';
import { STAGES } from '../../core/model';
import type { Person } from '../../core/network';
import { interviewFileMatcher, isSupervisorTitle } from '../../core/network';
import type { TargetRow } from '../../core/targets';
import { contactsToStartWith, newTargetsText, rankTargets } from '../../core/targets';
import type { Deps } from '../deps';
import { registerCommand } from '../commands';
import { createProspects, interviewsFolder } from '../commands/newFiles';
import { exists } from '../shared/files';
import { stageIcon } from '../pipeline/nodes';

export const TARGETS_VIEW_ID = 'interviews.targets';

/** "M3 P2 A": the LAMP scores of a row, a dash where one is not set. */
function lampScores(row: TargetRow): string {
  return `M${row.employer.motivation ?? '–'} P${row.employer.postings ?? '–'}${row.advocacy ? ' A' : ''}`;
}

/** "1 met, 2 requested", or "no conversation yet". */
function conversations(row: TargetRow): string {
  const parts = STAGES.filter((stage) => row.stages[stage]).map((stage) => `${row.stages[stage]} ${stageTitle({ stage, readable: true }).toLowerCase()}`);
  return parts.length > 0 ? parts.join(', ') : 'no conversation yet';
}

export class TargetItem extends vscode.TreeItem {
  constructor(
    readonly row: TargetRow,
    readonly startWith: readonly Person[],
    /** Unique in the view, even for an employer the file lists twice (which the file's check reports). */
    id: string,
  ) {
    super(row.employer.name, row.people.length + row.interviews.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    const known = row.people.length === 0 ? 'nobody known' : `${row.people.length} known`;
    this.id = id;
    this.description = `${lampScores(row)} · ${known} · ${conversations(row)}`;
    this.iconPath = new vscode.ThemeIcon(row.interviews.length > 0 ? 'organization' : 'circle-large-outline');
    this.contextValue = startWith.length > 0 ? 'target.startable' : 'target';
    this.tooltip = `Motivation ${row.employer.motivation ?? '–'} (0–3), postings ${row.employer.postings ?? '–'} (1–3), advocacy ${row.advocacy ? 'yes' : 'no'}${row.employer.note ? `\n${row.employer.note}` : ''}`;
  }

  children(): vscode.TreeItem[] {
    const items: vscode.TreeItem[] = byStage(this.row).map((summary) => {
      const item = new vscode.TreeItem(summary.name);
      item.description = stageTitle(summary);
      item.iconPath = new vscode.ThemeIcon(stageIcon(summary.stage));
      item.command = { command: 'vscode.open', title: 'Open', arguments: [vscode.Uri.parse(summary.key)] };
      return item;
    });
    for (const person of this.startWith) {
      const item = new vscode.TreeItem(person.name);
      item.description = [person.title, 'no interview file yet'].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(isSupervisorTitle(person.title) ? 'star-full' : 'person');
      items.push(item);
    }
    return items;
  }
}

/** A row's interviews in pipeline order. */
const byStage = (target: TargetRow) => [...target.interviews].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || a.name.localeCompare(b.name));

/** The Targets view's data: rebuilt, once, after the index or either list changes. */
export class TargetsProvider implements vscode.TreeDataProvider<vscode.TreeItem>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private items: TargetItem[] | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly deps: Deps) {
    const refresh = () => {
      this.items = undefined;
      this.emitter.fire(undefined);
    };
    this.subscriptions = [this.emitter, deps.workspace.onDidChange(refresh), deps.lists.onDidChange(refresh)];
  }

  /** The employers, ranked, with whom to start with at each. */
  async targets(): Promise<TargetItem[]> {
    await Promise.all([this.deps.workspace.ready, this.deps.lists.ready]);
    if (this.items) return this.items;
    const interviews = [...this.deps.workspace.index.values()];
    const hasFile = interviewFileMatcher(interviews);
    const seen = new Map<string, number>();
    this.items = rankTargets(this.deps.lists.employers, this.deps.lists.people, interviews).map((target) => {
      const times = (seen.get(target.employer.name) ?? 0) + 1;
      seen.set(target.employer.name, times);
      return new TargetItem(target, contactsToStartWith(target, hasFile), `target:${times}:${target.employer.name}`);
    });
    return this.items;
  }

  getTreeItem(item: vscode.TreeItem): vscode.TreeItem {
    return item;
  }

  async getChildren(item?: vscode.TreeItem): Promise<vscode.TreeItem[]> {
    if (!item) return this.targets();
    return item instanceof TargetItem ? item.children() : [];
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

/**
 * Start with Someone You Know Here (on an employer of the Targets view): `(targetItem)` or
 * `({ employer })`; makes a prospect of the best person you know at that employer without an
 * interview file (supervisors first, then the most recent connection). Resolves to the file created.
 */
async function startWithContact(deps: Deps, provider: TargetsProvider, argument?: unknown): Promise<vscode.Uri | undefined> {
  const label = 'Start with Someone You Know Here';
  const named = argument instanceof TargetItem ? argument.row.employer.name : (argument as { employer?: unknown } | undefined)?.employer;
  const target = (await provider.targets()).find((item) => item.row.employer.name === named);
  if (!target) {
    void deps.ui.info(`${label}: pick an employer in the Targets view${typeof named === 'string' ? `; "${named}" is not in your targets file` : ''}.`);
    return undefined;
  }
  const person = target.startWith[0];
  if (!person) {
    void deps.ui.info(`${label}: you know nobody at ${target.row.employer.name} without an interview file. Ask the people you meet whom they know there.`);
    return undefined;
  }
  const folder = interviewsFolder(deps, vscode.workspace.workspaceFolders?.[0]?.uri, label);
  return folder && (await createProspects(deps, label, folder, [person]))?.[0];
}

/** Open Targets File: opens the targets file, first creating it when there is none. */
async function openTargets(deps: Deps): Promise<vscode.Uri | undefined> {
  const file = deps.lists.targetsFile;
  if (!file) {
    void deps.ui.error('Open Targets File: open a folder first, and check the interviews.targetsFile setting.');
    return undefined;
  }
  if (!(await exists(file))) {
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(file, { overwrite: false, contents: new TextEncoder().encode(newTargetsText()) });
    if (!(await vscode.workspace.applyEdit(edit))) {
      void deps.ui.error(`Open Targets File: ${vscode.workspace.asRelativePath(file)} could not be created (is the folder read-only?).`);
      return undefined;
    }
  }
  await vscode.window.showTextDocument(file, { preview: false });
  return file;
}

/** Registers the Targets view and its commands. */
export function register(context: vscode.ExtensionContext, deps: Deps): TargetsProvider {
  const provider = new TargetsProvider(deps);
  const view = vscode.window.createTreeView(TARGETS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const update = () => void vscode.commands.executeCommand('setContext', 'interviews.hasTargets', deps.lists.targetsExists);
  update();
  context.subscriptions.push(
    provider,
    view,
    deps.lists.onDidChange(update),
  );
  registerCommand(context, deps, 'interviews.startWithContact', (argument?: unknown) => startWithContact(deps, provider, argument));
  registerCommand(context, deps, 'interviews.openTargets', () => openTargets(deps));
  return provider;
}
