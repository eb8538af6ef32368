import * as vscode from 'vscode';
import type { Grouping } from '../../core/pipeline';
import type { Deps } from '../deps';
import type { PipelineNode } from './nodes';
import { PipelineDecorations, PipelineProvider } from './provider';

export const PIPELINE_VIEW_ID = 'interviews.pipeline';

/** What the integration tests (and nothing else) reach into: the view, its data and its state. */
export interface PipelineApi {
  readonly view: vscode.TreeView<PipelineNode>;
  readonly provider: PipelineProvider;
}

const GROUPINGS: { grouping: Grouping; label: string; detail: string }[] = [
  { grouping: 'stage', label: 'Stage', detail: 'prospect → requested → scheduled → met → followed_up → closed' },
  { grouping: 'company', label: 'Company', detail: 'one group per company' },
  { grouping: 'tag', label: 'Tag', detail: 'one group per tag (an interview with several tags shows in each)' },
];

/**
 * Registers the Interview Pipeline view: the tree, its badge (the number due), its description and
 * context keys (grouping, tag filter, whether there are interviews), and the grouping and tag
 * filter commands of its title bar.
 */
export function register(context: vscode.ExtensionContext, deps: Deps): PipelineApi {
  const provider = new PipelineProvider(deps, context.workspaceState);
  const view = vscode.window.createTreeView(PIPELINE_VIEW_ID, {
    treeDataProvider: provider,
    dragAndDropController: provider,
    showCollapseAll: true,
    canSelectMany: true,
  });

  const update = () => {
    const due = deps.workspace.index.due().length;
    view.badge = due > 0 ? { value: due, tooltip: `${due} interview${due === 1 ? '' : 's'} due` } : undefined;
    const parts = [provider.grouping === 'stage' ? undefined : `by ${provider.grouping}`, provider.tag ? `tag: ${provider.tag}` : undefined].filter(Boolean);
    view.description = parts.length > 0 ? parts.join(' · ') : undefined;
    // The title bar of a narrow side bar cuts the description off: a filter also says so above the
    // tree, where the text wraps instead.
    view.message = provider.tag ? `Only the interviews tagged "${provider.tag}"${provider.grouping === 'stage' ? '' : `, by ${provider.grouping}`}. Clear the filter to see all.` : undefined;
    void vscode.commands.executeCommand('setContext', 'interviews.pipeline.grouping', provider.grouping);
    void vscode.commands.executeCommand('setContext', 'interviews.pipeline.filtered', provider.tag !== undefined);
    void vscode.commands.executeCommand('setContext', 'interviews.hasInterviews', deps.workspace.index.size > 0);
  };
  update();

  context.subscriptions.push(
    provider,
    view,
    provider.onDidChangeTreeData(deps.log.guard('Updating the pipeline badge', update)),
    vscode.window.registerFileDecorationProvider(new PipelineDecorations()),
    vscode.commands.registerCommand('interviews.groupBy', async (grouping?: unknown) => {
      let chosen = GROUPINGS.find((entry) => entry.grouping === grouping)?.grouping;
      if (!chosen) {
        const picked = await deps.ui.pick(
          GROUPINGS.map((entry) => ({ ...entry, description: entry.grouping === provider.grouping ? '(current)' : undefined })),
          { title: 'Group the pipeline by' },
        );
        chosen = picked?.grouping;
      }
      if (chosen) provider.setGrouping(chosen);
      return chosen;
    }),
    vscode.commands.registerCommand('interviews.filterByTag', async (tag?: unknown) => {
      await deps.workspace.ready;
      let chosen = typeof tag === 'string' ? tag : undefined;
      if (chosen === undefined) {
        const tags = deps.workspace.index.tags();
        if (tags.length === 0) {
          void deps.ui.info('No interview has tags yet: add some to a file, such as "tags: [robotics, target-company]".');
          return undefined;
        }
        const picked = await deps.ui.pick([{ label: '$(clear-all) All interviews', tag: '' }, ...tags.map((name) => ({ label: name, description: name === provider.tag ? '(current)' : undefined, tag: name }))], {
          title: 'Show only the interviews tagged',
          placeHolder: 'Type to find a tag',
        });
        if (!picked) return undefined;
        chosen = picked.tag;
      }
      provider.setTag(chosen || undefined);
      return provider.tag;
    }),
    vscode.commands.registerCommand('interviews.clearTagFilter', () => provider.setTag(undefined)),
  );
  return { view, provider };
}
