import * as vscode from 'vscode';
import { escapeMarkdown } from '../../core/exports';
import type { Deps } from '../deps';

/** How many due interviews the tooltip lists before "and N more". */
const TOOLTIP_ITEMS = 10;

/** The status bar entry, for the integration tests. */
export interface DueStatusApi {
  readonly item: vscode.StatusBarItem;
  /** Whether the entry is shown (it is hidden when nothing is due). */
  readonly visible: boolean;
}

/**
 * Registers the "$(bell) N due" status bar entry: shown only when something is due, its tooltip
 * lists the most urgent, and a click runs Show Due. It follows the workspace index's changes.
 */
export function register(context: vscode.ExtensionContext, deps: Deps): DueStatusApi {
  const item = vscode.window.createStatusBarItem('interviews.due', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Interviews Due';
  item.command = 'interviews.showDue';
  let visible = false;

  const update = () => {
    const due = deps.workspace.index.due();
    if (due.length === 0) {
      item.hide();
      visible = false;
      return;
    }
    item.text = `$(bell) ${due.length} due`;
    item.accessibilityInformation = { label: `${due.length} interview${due.length === 1 ? '' : 's'} due`, role: 'button' };
    const lines = due.slice(0, TOOLTIP_ITEMS).map((summary) => `- **${escapeMarkdown(summary.name)}**${summary.company ? ` — ${escapeMarkdown(summary.company)}` : ''}: ${escapeMarkdown(summary.due[0].label)}`);
    if (due.length > TOOLTIP_ITEMS) lines.push(`- and ${due.length - TOOLTIP_ITEMS} more`);
    const tooltip = new vscode.MarkdownString(`**Interviews due**\n\n${lines.join('\n')}\n\nClick to pick one.`);
    tooltip.isTrusted = false;
    item.tooltip = tooltip;
    item.show();
    visible = true;
  };

  context.subscriptions.push(item, deps.workspace.onDidChange(deps.log.guard('Updating the due count', update)), deps.today.onDidChange(deps.log.guard('Updating the due count', update)));
  void deps.workspace.ready.then(deps.log.guard('Updating the due count', update));
  return {
    item,
    get visible() {
      return visible;
    },
  };
}
