import type { LintConfig } from './config';
import { daysBetween, shortDate } from './dates';
import type { Interview, Stage } from './model';
import { STAGES } from './model';
import { isBooster, requestWait, secondPersonAsked } from './rules/followUp';
import type { WorkspaceView } from './rules/rule';
import type { Issue } from './types';
import { companyKey, contactKey, RequestLookup, resolveLink } from './workspace';

/** Why an interview needs attention today. */
export type DueKind = 'follow-up-due' | 'thank-you' | 'second-contact' | 'request-stale';

export interface DueItem {
  kind: DueKind;
  /** What to do, in a few words: "thank-you missing", "check in Jan 15". */
  label: string;
  /** Days past the date it was due (0 = today). */
  daysOverdue: number;
  /**
   * Where the file shows what is due, best first, as JSON pointers (the editor opens it there when
   * the rule of the same id reported nothing, being off): the check-in date, the meeting, the request.
   */
  pointers: string[];
}

/** What the pipeline knows about one interview file. */
export interface InterviewSummary {
  /** Unique key of the file (the editor uses the URI). */
  key: string;
  /** `/`-separated path relative to the workspace root(s), used for links between files. */
  path: string;
  name: string;
  role?: string;
  company?: string;
  connection?: string;
  /** Where the thread stands; only the format's default when `stageKnown` is false. */
  stage: Stage;
  /** The stage as written when it is not a stage (`sheduled`): the pipeline shows it as unknown, never as `stage`. */
  unknownStage?: string;
  tags: string[];
  requested?: string;
  replied?: string;
  /** They answered the request within the 3B window (derived, stored nowhere). */
  booster: boolean;
  /** Someone else at the employer was asked since this request, as the file was linted (3B done). */
  secondAsked: boolean;
  meetingDate?: string;
  meetingWhen?: string;
  meetingFormat?: string;
  meetingPlace?: string;
  minutes?: number;
  thanked?: string;
  next?: string;
  closedReason?: string;
  /** Resolved paths this file links to (`referred_by`, referral `file`s). */
  links: string[];
  due: DueItem[];
  issues: Issue[];
  /** False when the YAML could not be read (the issues say why). */
  readable: boolean;
}

/** What is due for an interview today, most urgent first. */
export function dueItems(interview: Interview, today: string, config: LintConfig, secondAsked = false): DueItem[] {
  const items: DueItem[] = [];
  if (interview.stage === 'closed') return items;
  if (interview.next && interview.next <= today) {
    const days = daysBetween(interview.next, today);
    items.push({ kind: 'follow-up-due', label: days === 0 ? 'check in today' : `check-in overdue since ${shortDate(interview.next, today)}`, daysOverdue: days, pointers: ['/follow_up/next'] });
  }
  const met = interview.stage === 'met' || interview.stage === 'followed_up' || (interview.meetingDate !== undefined && interview.meetingDate < today);
  if (met && !interview.thanked) {
    items.push({ kind: 'thank-you', label: 'thank-you missing', daysOverdue: interview.meetingDate ? Math.max(0, daysBetween(interview.meetingDate, today)) : 0, pointers: ['/follow_up', '/meeting/date', '/stage'] });
  }
  const wait = requestWait(interview, today, config, secondAsked);
  if (wait?.due === 'second-contact') {
    items.push({ kind: 'second-contact', label: `no reply in ${wait.waited} business days: write to someone else at ${interview.company ?? 'the employer'}`, daysOverdue: wait.waited - config.windows.secondContactDays, pointers: ['/requested'] });
  } else if (wait?.due === 'request-stale') {
    items.push({ kind: 'request-stale', label: `no reply in ${wait.waited} business days: one follow-up`, daysOverdue: wait.waited - config.windows.staleRequestDays, pointers: ['/requested'] });
  }
  return items.sort((a, b) => b.daysOverdue - a.daysOverdue);
}

/**
 * Whether the pipeline can say where an interview stands: false when its YAML cannot be read or it
 * writes a stage that is not one. Such an interview is listed as needing a fix, never under the
 * stage its fields default to.
 */
export function stageKnown(summary: Pick<InterviewSummary, 'readable' | 'unknownStage'>): boolean {
  return summary.readable && summary.unknownStage === undefined;
}

/** Why the pipeline cannot place an interview, in a few words; undefined when it can. */
export function unknownStageReason(summary: Pick<InterviewSummary, 'readable' | 'unknownStage'>): string | undefined {
  if (!summary.readable) return 'the file cannot be read';
  if (summary.unknownStage !== undefined) return summary.unknownStage === '(empty)' ? 'no stage written' : `"${summary.unknownStage}" is not a stage`;
  return undefined;
}

/** The description the pipeline shows beside a name: the date that matters at this stage. */
export function stageDescription(summary: InterviewSummary, today: string): string {
  const unknown = unknownStageReason(summary);
  if (unknown) return unknown;
  if (summary.due.length > 0) return summary.due[0].label;
  switch (summary.stage) {
    case 'prospect':
      return summary.connection ? `${summary.connection} connection` : '';
    case 'requested':
      return (summary.requested ? `asked ${shortDate(summary.requested, today)}` : 'asked') + (summary.booster ? ' · booster: replied fast' : '');
    case 'scheduled':
      return (summary.meetingDate ? `meets ${shortDate(summary.meetingDate, today)}` : 'no date yet') + (summary.booster ? ' · booster' : '');
    case 'met':
      return summary.meetingDate ? `met ${shortDate(summary.meetingDate, today)}` : 'met';
    case 'followed_up':
      return summary.next ? `check in ${shortDate(summary.next, today)}` : summary.thanked ? `thanked ${shortDate(summary.thanked, today)}` : '';
    case 'closed':
      return summary.closedReason ?? 'closed';
  }
}

/** Builds a file's summary from its parsed interview and its lint issues (and the workspace view it was linted with, for what is due). */
export function summarize(key: string, path: string, interview: Interview, issues: Issue[], readable: boolean, today: string, config: LintConfig, workspace?: WorkspaceView): InterviewSummary {
  const links: string[] = [];
  const secondAsked = secondPersonAsked(interview, path, workspace);
  if (interview.referredBy) links.push(resolveLink(path, interview.referredBy));
  for (const referral of interview.referrals) if (referral.file) links.push(resolveLink(path, referral.file));
  return {
    key,
    path,
    name: interview.name ?? fallbackName(path),
    role: interview.role,
    company: interview.company,
    connection: interview.connection,
    stage: interview.stage,
    unknownStage: interview.unknownStage,
    tags: interview.tags,
    requested: interview.requested,
    replied: interview.replied,
    booster: isBooster(interview, config),
    secondAsked,
    meetingDate: interview.meetingDate,
    meetingWhen: interview.meetingWhen,
    meetingFormat: interview.meetingFormat,
    meetingPlace: interview.meetingPlace,
    minutes: interview.minutes,
    thanked: interview.thanked,
    next: interview.next,
    closedReason: interview.closedReason,
    links,
    due: readable ? dueItems(interview, today, config, secondAsked) : [],
    issues,
    readable,
  };
}

function fallbackName(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return file.replace(/\.interview\.ya?ml$/i, '');
}

export type Grouping = 'stage' | 'company' | 'tag';

export interface PipelineGroup {
  id: string;
  label: string;
  stage?: Stage;
  /** The group of interviews whose stage cannot be told (grouping by stage only). */
  unknownStage?: true;
  items: InterviewSummary[];
}

/** The label of the pipeline's group of interviews whose stage cannot be told. */
export const UNKNOWN_STAGE_TITLE = 'Stage unknown';

/**
 * The interviews of a workspace, kept up to date one file at a time: adding, replacing or removing
 * a file costs work for that file only (plus the files that link to it or share its contact).
 */
export class InterviewIndex {
  private readonly byKey = new Map<string, InterviewSummary>();
  private readonly byPath = new Map<string, string>();
  private readonly byContact = new Map<string, Set<string>>();
  private readonly linkedFrom = new Map<string, Set<string>>();
  /** The files with a `requested` date, by employer: the 3B routine's lookup. */
  private readonly requests = new RequestLookup();
  /** Employers whose request dates changed since `requestDependents()` last said. */
  private readonly requestsChanged = new Set<string>();
  private dueCache: InterviewSummary[] | undefined;
  /** `groups()` results by grouping and tag, until the next change: the pipeline view asks on every refresh. */
  private readonly groupsCache = new Map<string, PipelineGroup[]>();
  private ordered: InterviewSummary[] | undefined;

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): InterviewSummary | undefined {
    return this.byKey.get(key);
  }

  keyOfPath(path: string): string | undefined {
    return this.byPath.get(path);
  }

  values(): IterableIterator<InterviewSummary> {
    return this.byKey.values();
  }

  /** Adds or replaces one file's summary. */
  set(summary: InterviewSummary): void {
    const previous = this.byKey.get(summary.key);
    const request = requestOf(summary);
    const requestChanged = !previous || requestOf(previous) !== request;
    this.drop(summary.key, requestChanged);
    this.byKey.set(summary.key, summary);
    if (request) {
      this.requests.add(summary.path, summary.company!, summary.requested!);
      if (requestChanged) this.requestsChanged.add(companyKey(summary.company!));
    }
    if (this.ordered) this.ordered.splice(orderedIndex(this.ordered, summary), 0, summary);
    this.byPath.set(summary.path, summary.key);
    const contact = contactKey(summary.name, summary.company);
    addTo(this.byContact, contact, summary.key);
    for (const link of summary.links) addTo(this.linkedFrom, link, summary.key);
    this.changed();
  }

  remove(key: string): InterviewSummary | undefined {
    return this.drop(key, true);
  }

  /** Takes a file's summary out of every lookup; `requestChanged` says whether its employer's requests change with it. */
  private drop(key: string, requestChanged: boolean): InterviewSummary | undefined {
    const previous = this.byKey.get(key);
    if (!previous) return undefined;
    this.byKey.delete(key);
    if (requestOf(previous)) {
      this.requests.remove(previous.path, previous.company!);
      if (requestChanged) this.requestsChanged.add(companyKey(previous.company!));
    }
    if (this.ordered) {
      const at = orderedIndex(this.ordered, previous);
      if (this.ordered[at] === previous) this.ordered.splice(at, 1);
      else this.ordered = undefined;
    }
    if (this.byPath.get(previous.path) === key) this.byPath.delete(previous.path);
    removeFrom(this.byContact, contactKey(previous.name, previous.company), key);
    for (const link of previous.links) removeFrom(this.linkedFrom, link, key);
    this.changed();
    return previous;
  }

  /**
   * Every summary by name, then path: sorted once, then kept in order as files come and go, so that
   * the pipeline's groups are read off it without sorting thousands of names on every refresh.
   */
  private byNameOrder(): InterviewSummary[] {
    this.ordered ??= [...this.byKey.values()].sort(byName);
    return this.ordered;
  }

  private changed(): void {
    this.dueCache = undefined;
    this.groupsCache.clear();
  }

  /**
   * The other files whose workspace checks may change when this file appears, changes or goes:
   * those linking to its path and those sharing its contact.
   */
  dependents(path: string, name: string | undefined, company: string | undefined): string[] {
    const result = new Set<string>();
    for (const key of this.linkedFrom.get(path) ?? []) result.add(key);
    if (name) for (const key of this.byContact.get(contactKey(name, company)) ?? []) result.add(key);
    return [...result];
  }

  /**
   * The files waiting for a reply at the employers whose request dates changed since the last call
   * (a request added, moved, or gone) for which the answer to "has a second person there been asked
   * since?" is no longer the one they were linted with. A file edited without touching its request
   * changes nothing here, and a moved request sends only the files it concerns.
   */
  requestDependents(): string[] {
    const keys: string[] = [];
    for (const company of this.requestsChanged) {
      for (const path of this.requests.paths(company)) {
        const key = this.byPath.get(path);
        const summary = key === undefined ? undefined : this.byKey.get(key);
        if (summary?.stage === 'requested' && this.requests.askedSince(company, summary.requested!, path) !== summary.secondAsked) keys.push(summary.key);
      }
    }
    this.requestsChanged.clear();
    return keys;
  }

  /** The workspace view the `broken-link`, `duplicate-contact` and `second-contact` checks read. */
  view(): WorkspaceView {
    return {
      exists: (path) => this.byPath.has(path),
      filesWithContact: (name, company) => this.contactPaths(name, company),
      askedSince: (company, requested, path) => this.requests.askedSince(company, requested, path),
    };
  }

  /**
   * A view for linting a file while the index is still being filled: a path exists if it is
   * indexed or among `expected` (found but not read yet), and the contacts are those indexed so
   * far. It notes its answers; `changed()` says whether the index would now answer any of them
   * differently, in which case the file must be linted again.
   */
  viewWhileFilling(expected: ReadonlySet<string>): { view: WorkspaceView; changed(): boolean } {
    const answers: (() => boolean)[] = [];
    const view: WorkspaceView = {
      exists: (path) => {
        const answer = this.byPath.has(path) || expected.has(path);
        answers.push(() => this.byPath.has(path) !== answer);
        return answer;
      },
      filesWithContact: (name, company) => {
        const files = this.contactPaths(name, company);
        answers.push(() => this.contactPaths(name, company).join('\u0000') !== files.join('\u0000'));
        return files;
      },
      askedSince: (company, requested, path) => {
        const answer = this.requests.askedSince(company, requested, path);
        answers.push(() => this.requests.askedSince(company, requested, path) !== answer);
        return answer;
      },
    };
    return { view, changed: () => answers.some((differs) => differs()) };
  }

  private contactPaths(name: string, company: string | undefined): string[] {
    return [...(this.byContact.get(contactKey(name, company)) ?? [])].map((key) => this.byKey.get(key)?.path ?? key);
  }

  /** Everything due, most overdue first, then by name. */
  due(): InterviewSummary[] {
    // Read off the list kept in name order, so the sort (stable) compares only numbers.
    this.dueCache ??= this.byNameOrder()
      .filter((summary) => summary.due.length > 0)
      .sort((a, b) => b.due[0].daysOverdue - a.due[0].daysOverdue);
    return this.dueCache;
  }

  /**
   * The interviews grouped for the pipeline view; stages always in pipeline order, empty ones too.
   * The same arrays come back until the index changes: treat them as read-only.
   */
  groups(by: Grouping, tag?: string): PipelineGroup[] {
    const cacheKey = `${by}\u0000${tag ?? ''}`;
    let groups = this.groupsCache.get(cacheKey);
    if (!groups) {
      groups = this.computeGroups(by, tag);
      this.groupsCache.set(cacheKey, groups);
    }
    return groups;
  }

  private computeGroups(by: Grouping, tag: string | undefined): PipelineGroup[] {
    // Read in name order, so every group's items come out sorted.
    const items = this.byNameOrder().filter((summary) => !tag || summary.tags.includes(tag));
    if (by === 'stage') {
      const unknown = items.filter((item) => !stageKnown(item));
      const byStage = new Map<string, InterviewSummary[]>(STAGES.map((stage) => [stage, []]));
      for (const item of items) if (stageKnown(item)) byStage.get(item.stage)?.push(item);
      const stages: PipelineGroup[] = STAGES.map((stage) => ({ id: `stage:${stage}`, label: stage, stage, items: byStage.get(stage)! }));
      // First, where it is seen, and only when some file needs it: it asks for a fix.
      return unknown.length > 0 ? [{ id: 'stage:unknown', label: UNKNOWN_STAGE_TITLE, unknownStage: true, items: unknown }, ...stages] : stages;
    }
    const buckets = new Map<string, InterviewSummary[]>();
    for (const item of items) {
      const labels = by === 'company' ? [item.company ?? '(no company)'] : item.tags.length > 0 ? item.tags : ['(no tag)'];
      for (const label of labels) {
        const bucket = buckets.get(label) ?? [];
        bucket.push(item);
        buckets.set(label, bucket);
      }
    }
    return [...buckets.entries()].sort(([a], [b]) => compareText(a, b)).map(([label, bucket]) => ({ id: `${by}:${label}`, label, items: bucket }));
  }

  /** Every tag in use, sorted. */
  tags(): string[] {
    const tags = new Set<string>();
    for (const summary of this.byKey.values()) for (const tag of summary.tags) tags.add(tag);
    return [...tags].sort();
  }
}

/** The pipeline's order of interviews: by name, then path, then key (two roots may hold the same path). */
function byName(a: InterviewSummary, b: InterviewSummary): number {
  return compareText(a.name, b.name) || compareText(a.path, b.path) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Where a summary stands in a list sorted by byName: the first place not before it. */
function orderedIndex(list: readonly InterviewSummary[], summary: InterviewSummary): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (byName(list[middle], summary) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

let collator: Intl.Collator | undefined;

/** `a.localeCompare(b)`, through one collator: a sort of thousands of names calls it tens of thousands of times. */
function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator();
  return collator.compare(a, b);
}

/** A summary's request as the 3B lookup keys it: employer and date, or '' without either. */
function requestOf(summary: InterviewSummary): string {
  const company = summary.company && companyKey(summary.company);
  return company && summary.requested ? `${company}\u0000${summary.requested}` : '';
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}
