// The pipeline tree's nodes: one TreeItem subclass per kind, each with its contextValue (the menus
// key on it) and its parent (for reveal).
import * as vscode from 'vscode';
import { escapeMarkdown, STAGE_TITLES, stageTitle } from '../../core/exports';
import type { Stage } from '../../core/model';
import type { InterviewSummary } from '../../core/pipeline';
import { stageDescription, stageKnown, UNKNOWN_STAGE_TITLE } from '../../core/pipeline';
import { plainMessage } from '../diagnostics';

/** The URI scheme of the pipeline items' `resourceUri`, which only the pipeline's decorations read. */
export const PIPELINE_SCHEME = 'interviews-pipeline';

const STAGE_ICONS: Record<Stage, string> = {
  prospect: 'person-add',
  requested: 'mail',
  scheduled: 'calendar',
  met: 'comment-discussion',
  followed_up: 'check-all',
  closed: 'archive',
};

/** The codicon of a stage, shared with the status bar and the tests. */
export function stageIcon(stage: Stage): string {
  return STAGE_ICONS[stage];
}

/** The label of an interview wherever the pipeline lists it: "name — company". */
export function interviewLabel(summary: InterviewSummary): string {
  return summary.company ? `${summary.name} — ${summary.company}` : summary.name;
}

export type PipelineNode = DueGroupItem | StageGroupItem | UnknownStageGroupItem | BucketGroupItem | InterviewItem;
export type GroupItem = DueGroupItem | StageGroupItem | UnknownStageGroupItem | BucketGroupItem;

abstract class BaseGroupItem extends vscode.TreeItem {
  readonly parent = undefined;
  private children: InterviewItem[] | undefined;

  constructor(
    id: string,
    label: string,
    readonly summaries: readonly InterviewSummary[],
    private readonly today: string,
    expanded: boolean,
  ) {
    super(label, summaries.length === 0 ? vscode.TreeItemCollapsibleState.None : expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    this.id = id;
    this.description = String(summaries.length);
  }

  /** The group's interviews as tree items, built once per refresh. */
  items(): InterviewItem[] {
    this.children ??= this.summaries.map((summary) => new InterviewItem(summary, this as unknown as GroupItem, this.today));
    return this.children;
  }
}

/**
 * The interviews whose stage cannot be told (a misspelt stage, a file that cannot be read): listed
 * first and apart, with what is wrong, never under the stage their fields default to. Not a drop
 * target; Set Stage… fixes them.
 */
export class UnknownStageGroupItem extends BaseGroupItem {
  readonly kind = 'unknownStage';

  constructor(summaries: readonly InterviewSummary[], today: string) {
    super('stage:unknown', UNKNOWN_STAGE_TITLE, summaries, today, true);
    this.contextValue = 'unknownStageGroup';
    this.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
    this.tooltip = `${summaries.length} interview${summaries.length === 1 ? '' : 's'} whose stage cannot be told: fix the stage (Set Stage…) or the file's YAML.`;
  }
}

/** "Due": follow-ups due, thank-yous missing and stale requests, most urgent first. */
export class DueGroupItem extends BaseGroupItem {
  readonly kind = 'due';

  constructor(summaries: readonly InterviewSummary[], today: string) {
    super('due', 'Due', summaries, today, true);
    this.contextValue = 'dueGroup';
    this.iconPath = new vscode.ThemeIcon(summaries.length > 0 ? 'bell-dot' : 'bell');
    this.tooltip = summaries.length === 0 ? 'Nothing is due today.' : `${summaries.length} interview${summaries.length === 1 ? '' : 's'} need${summaries.length === 1 ? 's' : ''} attention today.`;
  }
}

/** One stage of the pipeline, in pipeline order; the drop target for changing a stage. */
export class StageGroupItem extends BaseGroupItem {
  readonly kind = 'stage';

  constructor(
    readonly stage: Stage,
    summaries: readonly InterviewSummary[],
    today: string,
  ) {
    super(`stage:${stage}`, STAGE_TITLES[stage], summaries, today, stage !== 'closed');
    this.contextValue = `stageGroup stage-${stage}`;
    this.iconPath = new vscode.ThemeIcon(stageIcon(stage));
    this.tooltip = `${summaries.length} interview${summaries.length === 1 ? '' : 's'} at stage ${stage}. Drag an interview here to move it to this stage.`;
  }
}

/** A company or a tag, when the pipeline is grouped that way. */
export class BucketGroupItem extends BaseGroupItem {
  readonly kind: 'company' | 'tag';

  constructor(kind: 'company' | 'tag', label: string, summaries: readonly InterviewSummary[], today: string) {
    super(`${kind}:${label}`, label, summaries, today, true);
    this.kind = kind;
    this.contextValue = `${kind}Group`;
    this.iconPath = new vscode.ThemeIcon(kind === 'company' ? 'organization' : 'tag');
  }
}

/** One interview file: "name — company", the date that matters, an icon per stage; click opens it. */
export class InterviewItem extends vscode.TreeItem {
  readonly kind = 'interview';
  /** The interview file. */
  readonly uri: vscode.Uri;

  constructor(
    readonly summary: InterviewSummary,
    readonly parent: GroupItem,
    readonly today: string,
  ) {
    // In Due, the name alone: the reason, which is the point of the row, must not be cut off first.
    super(parent.kind === 'due' ? summary.name : interviewLabel(summary), vscode.TreeItemCollapsibleState.None);
    this.uri = vscode.Uri.parse(summary.key);
    this.id = `${parent.id}/${summary.key}`;
    const known = stageKnown(summary);
    this.description = parent.kind === 'due' && summary.due.length > 0 ? summary.due[0].label : stageDescription(summary, today);
    const overdue = summary.due.some((item) => item.daysOverdue > 0);
    const dueNow = summary.due.length > 0;
    const color = !known ? new vscode.ThemeColor('list.errorForeground') : overdue ? new vscode.ThemeColor('list.warningForeground') : undefined;
    this.iconPath = new vscode.ThemeIcon(known ? stageIcon(summary.stage) : summary.readable ? 'error' : 'warning', color);
    // Decorations colour the label too; the scheme is the pipeline's own, so nothing else is affected.
    this.resourceUri = vscode.Uri.from({ scheme: PIPELINE_SCHEME, path: `/${encodeURIComponent(summary.key)}`, query: !known ? 'unreadable' : overdue ? 'overdue' : dueNow ? 'due' : '' });
    // The menus key on these words: `open` items can advance and close, `unthanked` ones be marked
    // thanked; an unknown stage is neither open nor closed (Set Stage… fixes it).
    const flags = [known ? `stage-${summary.stage}` : 'stage-unknown', !known ? '' : summary.stage === 'closed' ? 'closed' : 'open', summary.thanked ? 'thanked' : 'unthanked', dueNow ? 'due' : ''].filter(Boolean);
    this.contextValue = `interview ${flags.join(' ')}`;
    // The tooltip is built when hovered (resolveTreeItem), not for every item on every refresh.
    // From Due, the file opens at what is due; elsewhere at the top.
    this.command = parent.kind === 'due' ? { command: 'interviews.openInterview', title: 'Open at What Is Due', arguments: [this.uri, { at: 'due' }] } : { command: 'vscode.open', title: 'Open Interview', arguments: [this.uri] };
    this.accessibilityInformation = { label: `${interviewLabel(summary)}, ${stageTitle(summary)}${this.description ? `, ${this.description}` : ''}` };
  }
}

/**
 * What the pipeline shows of an interview, as one string: when a refresh leaves it unchanged for
 * every file that changed (typing in the notes, say), the tree need not be rebuilt.
 */
export function displaySignature(summary: InterviewSummary): string {
  const problems = summary.issues.filter((issue) => issue.severity === 'error' || issue.severity === 'warning').length;
  return JSON.stringify([
    summary.path,
    summary.name,
    summary.role,
    summary.company,
    summary.connection,
    summary.stage,
    summary.unknownStage,
    summary.tags,
    summary.requested,
    summary.meetingWhen,
    summary.meetingFormat,
    summary.meetingPlace,
    summary.minutes,
    summary.thanked,
    summary.next,
    summary.closedReason,
    summary.due,
    summary.readable,
    problems,
  ]);
}

/** The hover of an interview: who, the stage and its dates, what is due, problems, the file. */
export function interviewTooltip(summary: InterviewSummary, today: string): vscode.MarkdownString {
  const lines: string[] = [`**${escapeMarkdown(summary.name)}**`];
  const work = summary.role && summary.company ? `${summary.role} at ${summary.company}` : (summary.role ?? summary.company);
  if (work) lines.push(escapeMarkdown(work));
  const description = stageDescription(summary, today);
  lines.push(stageKnown(summary) ? `Stage: ${STAGE_TITLES[summary.stage]}${description ? ` — ${escapeMarkdown(description)}` : ''}` : `$(error) ${UNKNOWN_STAGE_TITLE}: ${escapeMarkdown(description)}`);
  if (summary.meetingWhen) {
    const details = [summary.meetingWhen, summary.meetingFormat, summary.minutes !== undefined ? `${summary.minutes} min` : undefined, summary.meetingPlace].filter(Boolean).join(', ');
    lines.push(`Meeting: ${escapeMarkdown(details)}`);
  }
  if (summary.thanked) lines.push(`Thanked: ${summary.thanked}`);
  if (summary.next) lines.push(`Next check-in: ${summary.next}`);
  if (summary.due.length > 0) lines.push(`$(bell) ${summary.due.map((item) => escapeMarkdown(item.label)).join('; ')}`);
  if (summary.tags.length > 0) lines.push(`Tags: ${summary.tags.map(escapeMarkdown).join(', ')}`);
  const problems = summary.issues.filter((issue) => issue.severity === 'error' || issue.severity === 'warning');
  // An interview the pipeline cannot place says why in its own words: its errors.
  const errors = stageKnown(summary) ? [] : summary.issues.filter((issue) => issue.severity === 'error').slice(0, 3);
  for (const error of errors) lines.push(`$(error) ${escapeMarkdown(plainMessage(error.message))}`);
  if (!summary.readable) lines.push('$(warning) The file cannot be read as YAML.');
  else if (problems.length > errors.length) lines.push(`$(warning) ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  lines.push(`\`${summary.path.replace(/`/g, "'")}\``);
  const markdown = new vscode.MarkdownString(lines.join('  \n'), true);
  markdown.isTrusted = false;
  return markdown;
}
