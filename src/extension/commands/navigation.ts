// Show Due and Open Interview…: quick picks over the workspace index.
import * as vscode from 'vscode';
import type { InterviewSummary } from '../../core/pipeline';
import type { Deps } from '../deps';
import type { InterviewPick } from './target';
import { interviewPicks, uriOf } from './target';

/** Quick-pick entries for what is due, most urgent first: the reason is the description. */
export function duePicks(due: readonly InterviewSummary[]): InterviewPick[] {
  return due.map((summary) => ({
    label: `$(bell) ${summary.company ? `${summary.name} — ${summary.company}` : summary.name}`,
    description: summary.due.map((item) => item.label).join(' · '),
    detail: summary.path,
    uri: vscode.Uri.parse(summary.key),
  }));
}

async function open(uri: vscode.Uri): Promise<vscode.Uri> {
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}

/** Show Due: picks one of the interviews that need attention today and opens it. */
export async function showDue(deps: Deps): Promise<vscode.Uri | undefined> {
  await deps.workspace.ready;
  const due = deps.workspace.index.due();
  if (due.length === 0) {
    void vscode.window.showInformationMessage('Nothing is due today: no check-ins, thank-yous or stale requests.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(duePicks(due), {
    title: `${due.length} interview${due.length === 1 ? '' : 's'} due`,
    placeHolder: 'Most urgent first; pick one to open it',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked ? open(picked.uri) : undefined;
}

/** Open Interview…: opens the interview it is given, else one picked from the whole workspace. */
export async function openInterview(deps: Deps, target?: unknown): Promise<vscode.Uri | undefined> {
  const given = uriOf(target);
  if (given) return open(given);
  await deps.workspace.ready;
  const summaries = [...deps.workspace.index.values()].sort((a, b) => a.name.localeCompare(b.name) || a.path.localeCompare(b.path));
  if (summaries.length === 0) {
    void vscode.window.showInformationMessage('There are no interview files in this workspace yet. Create one with "Interviews: New Interview…".');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(interviewPicks(summaries, deps.today.value), {
    title: 'Open an interview',
    placeHolder: 'Type a name, a company or a stage',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked ? open(picked.uri) : undefined;
}
