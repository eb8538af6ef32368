// Show Due and Open Interview…: quick picks over the workspace index.
import * as vscode from 'vscode';
import type { InterviewSummary } from '../../core/pipeline';
import type { Deps } from '../deps';
import { toVsRange } from '../shared/documents';
import { uriKey } from '../shared/files';
import { commandInputs } from './inputs';
import type { InterviewPick } from './target';
import { interviewPicks, uriOf } from './target';

/** Quick-pick entries for what is due, most urgent first: the name and the reason, then the company and the path. */
export function duePicks(due: readonly InterviewSummary[]): InterviewPick[] {
  return due.map((summary) => ({
    label: `$(bell) ${summary.name}: ${summary.due[0].label}`,
    description: [summary.company, ...summary.due.slice(1).map((item) => item.label)].filter(Boolean).join(' · '),
    detail: summary.path,
    uri: vscode.Uri.parse(summary.key),
  }));
}

/**
 * Where an interview shows what is due: the problem its rule reported (the overdue check-in date,
 * the missing thank-you, the unanswered request), else the first of the places the due item names
 * that the file has. Undefined when nothing is due or the file has none of them.
 */
export async function dueRange(deps: Deps, summary: InterviewSummary): Promise<vscode.Range | undefined> {
  const first = summary.due[0];
  if (!first) return undefined;
  const issue = summary.issues.find((candidate) => candidate.ruleId === first.kind);
  if (issue) return toVsRange(issue.range);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(summary.key));
  const parsed = deps.documents.get(document).document;
  for (const pointer of first.pointers) {
    const entry = parsed.entries.get(pointer);
    if (!entry) continue;
    const [start, end] = entry.key ?? entry.value;
    return new vscode.Range(document.positionAt(start), document.positionAt(end));
  }
  return undefined;
}

/** Opens an interview in an editor, at `range` when given (selected and in view). */
async function open(uri: vscode.Uri, range?: vscode.Range): Promise<vscode.Uri> {
  await vscode.window.showTextDocument(uri, { preview: false, selection: range });
  if (range) vscode.window.activeTextEditor?.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return uri;
}

/** Opens an interview at what is due in it (the whole file when nothing is). */
async function openAtDue(deps: Deps, uri: vscode.Uri): Promise<vscode.Uri> {
  const summary = deps.workspace.index.get(uriKey(uri));
  return open(uri, summary ? await dueRange(deps, summary) : undefined);
}

/** Show Due…: picks one of the interviews that need attention today and opens it at what is due. */
export async function showDue(deps: Deps): Promise<vscode.Uri | undefined> {
  await deps.workspace.ready;
  const due = deps.workspace.index.due();
  if (due.length === 0) {
    void deps.ui.info('Nothing is due today: no check-ins, thank-yous or stale requests.');
    return undefined;
  }
  const picked = await deps.ui.pick(duePicks(due), {
    title: `${due.length} interview${due.length === 1 ? '' : 's'} due`,
    placeHolder: 'Most urgent first; pick one to open it at what is due',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked ? openAtDue(deps, picked.uri) : undefined;
}

/**
 * Open Interview…: opens the interview it is given — at what is due with `{ at: 'due' }`, as the
 * pipeline's Due items do — else one picked from the whole workspace.
 */
export async function openInterview(deps: Deps, target?: unknown, inputs?: unknown): Promise<vscode.Uri | undefined> {
  const given = uriOf(target);
  if (given) return commandInputs(inputs, ['at'] as const).values.at === 'due' ? openAtDue(deps, given) : open(given);
  await deps.workspace.ready;
  const summaries = [...deps.workspace.index.values()].sort((a, b) => a.name.localeCompare(b.name) || a.path.localeCompare(b.path));
  if (summaries.length === 0) {
    void deps.ui.info('There are no interview files in this workspace yet. Create one with "Interviews: New Interview…".');
    return undefined;
  }
  const picked = await deps.ui.pick(interviewPicks(summaries, deps.today.value), {
    title: 'Open an interview',
    placeHolder: 'Type a name, a company or a stage',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked ? open(picked.uri) : undefined;
}
