// Export as CSV, as a Markdown report and as iCalendar: the core renders, this asks where to save
// (unless a target URI is passed as `{ target }`) and writes through vscode.workspace.fs.
import * as vscode from 'vscode';
import { toCsv, toICalendar, toMarkdownReport } from '../../core/exports';
import type { InterviewSummary } from '../../core/pipeline';
import { relativeLink } from '../../core/workspace';
import type { Deps } from '../deps';
import { commandInputs } from './inputs';

export type ExportKind = 'csv' | 'markdown' | 'ical';

const KINDS: Record<ExportKind, { title: string; fileName: string; filters: Record<string, string[]>; openInEditor: boolean }> = {
  csv: { title: 'Export as CSV', fileName: 'interviews.csv', filters: { CSV: ['csv'] }, openInEditor: true },
  markdown: { title: 'Export as Markdown report', fileName: 'interviews-report.md', filters: { Markdown: ['md'] }, openInEditor: true },
  ical: { title: 'Export as iCalendar', fileName: 'interviews.ics', filters: { iCalendar: ['ics'] }, openInEditor: false },
};

function render(kind: ExportKind, summaries: InterviewSummary[], target: vscode.Uri, today: string): string {
  switch (kind) {
    case 'csv':
      return toCsv(summaries);
    case 'markdown':
      return toMarkdownReport(summaries, {
        today,
        linkFor: (summary) => {
          const file = vscode.Uri.parse(summary.key);
          return file.scheme === target.scheme && file.authority === target.authority ? relativeLink(target.path, file.path) : undefined;
        },
      });
    case 'ical':
      return toICalendar(summaries, { now: new Date() });
  }
}

/**
 * Exports every interview of the workspace: `({ target })` writes there, otherwise a save dialog
 * asks. Contact data leaves the workspace only this way, to where the user chose. Resolves to the
 * file written.
 */
export async function exportInterviews(deps: Deps, kind: ExportKind, inputs?: unknown): Promise<vscode.Uri | undefined> {
  const { title, fileName, filters, openInEditor } = KINDS[kind];
  const given = commandInputs(inputs, ['target'] as const).values.target;
  let target = given instanceof vscode.Uri ? given : typeof given === 'string' ? vscode.Uri.parse(given) : undefined;
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    target = await vscode.window.showSaveDialog({ title, saveLabel: 'Export', filters, defaultUri: folder ? vscode.Uri.joinPath(folder, fileName) : undefined });
    if (!target) return undefined;
  }
  await deps.workspace.ready;
  const summaries = [...deps.workspace.index.values()];
  const text = render(kind, summaries, target, deps.today.value);
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch (error) {
    void deps.ui.error(`${title}: could not write ${target.fsPath || target.toString()} (${error instanceof Error ? error.message : String(error)}). Choose another place, or check that the folder exists and can be written to.`);
    return undefined;
  }
  const written = target;
  void deps.ui.info(`Exported ${summaries.length} interview${summaries.length === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(written)}.`, ...(openInEditor ? ['Open'] : [])).then((choice) => {
    if (choice === 'Open') void vscode.window.showTextDocument(written, { preview: false });
  });
  return written;
}
