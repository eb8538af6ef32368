import * as vscode from 'vscode';
import type { Grouping } from '../../core/pipeline';
import { stageKnown } from '../../core/pipeline';
import type { Deps } from '../deps';
import type { IndexChange } from '../shared/workspace';
import type { GroupItem, PipelineNode } from './nodes';
import { BucketGroupItem, displaySignature, DueGroupItem, InterviewItem, interviewTooltip, PIPELINE_SCHEME, StageGroupItem, UnknownStageGroupItem } from './nodes';

/** The mime type of pipeline items dragged inside the tree (VS Code's own convention for tree views). */
export const PIPELINE_MIME = 'application/vnd.code.tree.interviews.pipeline';

/**
 * The Interview Pipeline's data: Due first, then one group per stage (or per company or tag),
 * read from the workspace index and rebuilt lazily after each batched index change — it never
 * scans the workspace itself. Also the drag-and-drop controller: dropping interviews on a stage
 * group (or on an item in it) moves them to that stage through the Set Stage command.
 */
export class PipelineProvider implements vscode.TreeDataProvider<PipelineNode>, vscode.TreeDragAndDropController<PipelineNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<PipelineNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  readonly dropMimeTypes = [PIPELINE_MIME];
  readonly dragMimeTypes = ['text/uri-list'];
  private roots: GroupItem[] | undefined;
  /** What the view last showed of each file, to skip refreshes that change nothing visible. */
  private readonly shown = new Map<string, string>();
  private groupingValue: Grouping;
  private tagValue: string | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly deps: Deps,
    private readonly state: vscode.Memento,
  ) {
    const saved = state.get<string>('interviews.pipeline.grouping');
    this.groupingValue = saved === 'company' || saved === 'tag' ? saved : 'stage';
    this.tagValue = state.get<string>('interviews.pipeline.tag') || undefined;
    this.subscriptions.push(
      this.changeEmitter,
      deps.workspace.onDidChange((change) => {
        if (this.affectsView(change)) this.refresh();
      }),
      deps.today.onDidChange(() => this.refresh()),
    );
  }

  get grouping(): Grouping {
    return this.groupingValue;
  }

  get tag(): string | undefined {
    return this.tagValue;
  }

  /** Groups the pipeline by stage, company or tag (remembered per workspace). */
  setGrouping(grouping: Grouping): void {
    this.groupingValue = grouping;
    void this.state.update('interviews.pipeline.grouping', grouping);
    this.refresh();
  }

  /** Shows only the interviews with this tag; undefined shows all (remembered per workspace). */
  setTag(tag: string | undefined): void {
    this.tagValue = tag || undefined;
    void this.state.update('interviews.pipeline.tag', this.tagValue);
    this.refresh();
  }

  /**
   * Whether a batched index change alters anything the view shows: a file added or removed, or a
   * changed file whose label, dates, stage, tags, due items or problem count differ from before.
   */
  private affectsView(change: IndexChange): boolean {
    let affected = change.removed.length > 0;
    for (const key of change.removed) this.shown.delete(key);
    for (const key of change.keys) {
      const summary = this.deps.workspace.index.get(key);
      const signature = summary ? displaySignature(summary) : undefined;
      if (signature === this.shown.get(key)) continue;
      affected = true;
      if (signature === undefined) this.shown.delete(key);
      else this.shown.set(key, signature);
    }
    return affected;
  }

  /** Drops the cached groups and tells the view to ask again. */
  refresh(): void {
    this.roots = undefined;
    this.changeEmitter.fire(undefined);
  }

  getTreeItem(node: PipelineNode): vscode.TreeItem {
    return node;
  }

  async getChildren(node?: PipelineNode): Promise<PipelineNode[]> {
    if (node) return node.kind === 'interview' ? [] : node.items();
    await this.deps.workspace.ready;
    return this.rootGroups();
  }

  getParent(node: PipelineNode): PipelineNode | undefined {
    return node.parent;
  }

  resolveTreeItem(item: vscode.TreeItem, node: PipelineNode): vscode.TreeItem {
    if (node instanceof InterviewItem && item.tooltip === undefined) item.tooltip = interviewTooltip(node.summary, node.today);
    return item;
  }

  /** The top-level groups now; empty when the workspace has no interviews, so the welcome shows. */
  rootGroups(): GroupItem[] {
    if (this.roots) return this.roots;
    const index = this.deps.workspace.index;
    if (index.size === 0) return (this.roots = []);
    const today = this.deps.today.value;
    const tag = this.tagValue;
    const due = index.due().filter((summary) => !tag || summary.tags.includes(tag));
    const groups: GroupItem[] = [new DueGroupItem(due, today)];
    for (const group of index.groups(this.groupingValue, tag)) {
      if (group.stage) groups.push(new StageGroupItem(group.stage, group.items, today));
      else if (group.unknownStage) groups.push(new UnknownStageGroupItem(group.items, today));
      else groups.push(new BucketGroupItem(this.groupingValue === 'tag' ? 'tag' : 'company', group.label, group.items, today));
    }
    this.roots = groups;
    return groups;
  }

  handleDrag(source: readonly PipelineNode[], dataTransfer: vscode.DataTransfer): void {
    const interviews = source.filter((node): node is InterviewItem => node instanceof InterviewItem);
    if (interviews.length === 0) return;
    dataTransfer.set(PIPELINE_MIME, new vscode.DataTransferItem(interviews.map((item) => item.summary.key)));
    dataTransfer.set('text/uri-list', new vscode.DataTransferItem(interviews.map((item) => item.uri.toString()).join('\r\n')));
  }

  /** Moves the dropped interviews to the stage of the group they land on; anywhere else does nothing. */
  async handleDrop(target: PipelineNode | undefined, dataTransfer: vscode.DataTransfer): Promise<void> {
    const group = target instanceof InterviewItem ? target.parent : target;
    if (!(group instanceof StageGroupItem)) return;
    const value: unknown = dataTransfer.get(PIPELINE_MIME)?.value;
    const keys = Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : typeof value === 'string' ? [value] : [];
    for (const key of keys) {
      const summary = this.deps.workspace.index.get(key);
      // An interview whose stage cannot be told moves even onto the stage its fields default to.
      if (!summary || (stageKnown(summary) && summary.stage === group.stage)) continue;
      await vscode.commands.executeCommand('interviews.setStage', vscode.Uri.parse(key), { stage: group.stage, interactive: true });
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** Colours overdue and unreadable items' labels in the pipeline (and only there). */
export class PipelineDecorations implements vscode.FileDecorationProvider {
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== PIPELINE_SCHEME) return undefined;
    if (uri.query === 'overdue') return new vscode.FileDecoration(undefined, 'Overdue', new vscode.ThemeColor('list.warningForeground'));
    if (uri.query === 'unreadable') return new vscode.FileDecoration(undefined, 'Its stage cannot be told', new vscode.ThemeColor('list.errorForeground'));
    return undefined;
  }
}
