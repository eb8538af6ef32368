import { escapeRegExp } from '../phrases';
import type { LintConfig } from '../config';
import type { Change } from '../edits';
import { applyEdits, planChanges } from '../edits';
import type { Interview } from '../model';
import type { InterviewDocument } from '../parse';
import { isScalarEntry, parsedLength, parseInterview } from '../parse';
import type { Fix, Severity, TextEdit } from '../types';

/** The five habits of a good informational interview, plus the file format itself. */
export type Habit = 'contacts' | 'in-person' | 'research' | 'about-them' | 'follow-up' | 'format';

export const HABITS: Readonly<Record<Habit, { title: string; why: string }>> = {
  contacts: { title: 'Scour your contacts', why: 'Start with people you know, or know of through a mutual contact; cold outreach is a last resort.' },
  'in-person': { title: 'Try to meet in person', why: 'Face to face beats phone, video or e-mail; be flexible and respect their time.' },
  research: { title: 'Do your research', why: "Know the company's background and current situation, and the person's career, before you meet." },
  'about-them': { title: 'Make it about them', why: "Never ask for a job and don't pitch your credentials: ask about their work, how they started, what they like most and least, and the business's challenges." },
  'follow-up': { title: 'Follow up', why: 'Thank them straight away, keep the lines open, and ask who else you should talk to.' },
  format: { title: 'Keep the notes readable', why: 'A file that follows the format is one every tool can read: the linter, the pipeline view and the exports.' },
};

/** What workspace checks may ask about the other interview files; paths are `/`-separated and relative to one root. */
export interface WorkspaceView {
  /** Whether a file exists at a path. */
  exists(path: string): boolean;
  /** Paths of the interview files whose contact has this name and company (case and spacing ignored). */
  filesWithContact(name: string, company: string | undefined): readonly string[];
  /** The files with this base name, in the view's order: for "did you mean" on broken links; optional. */
  named?(base: string): readonly string[];
  /**
   * The files of a folder whose base name could be a typo of `base` (its length within the reach
   * of closestMatch; a superset), in the view's order: for "did you mean" on broken links; optional.
   */
  neighbours?(folder: string, base: string): readonly string[];
  /**
   * Whether a file other than `path` at an employer (companies compared as `companyKey` compares
   * them) asked for a meeting on `requested` or later: the second person of the 3B routine; optional.
   */
  askedSince?(company: string, requested: string, path: string | undefined): boolean;
}

/** Everything a rule may read besides the file: rules never read the clock or the disk. */
export interface RuleContext {
  /** Today, `YYYY-MM-DD`. */
  today: string;
  config: LintConfig;
  /** This file's path, `/`-separated, relative to the same root as the workspace view's paths. */
  path?: string;
  /** The other files, for workspace checks; without it those checks do not run. */
  workspace?: WorkspaceView;
}

/** The file as every rule sees it: parsed once, read once. */
export interface RuleInput {
  document: InterviewDocument;
  interview: Interview;
}

/** What a rule reports, by offsets; the engine adds the rule id and severity. */
export interface Finding {
  message: string;
  start: number;
  end: number;
  fixes?: Fix[];
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  habit: Habit;
  /** The rule's one-line reason, shown on hover and in the docs. */
  reason: string;
  /** Needs the workspace view (the other files). */
  workspace?: boolean;
  check(input: RuleInput, context: RuleContext): Finding[];
}

/**
 * How much text (UTF-16 units) the fixes of one lint run may parse to prove they keep the YAML
 * valid: what is charged is what each fix's check actually parsed (usually the one item it edits,
 * sometimes the whole file), so a file with thousands of findings cannot take minutes. A few tenths
 * of a second of parsing.
 */
export const FIX_BUDGET = 500_000;

/** A lint run's allowance for planning fixes, shared by the fixes of its issues. */
interface FixBudget {
  remaining: number;
}

const fixBudgets = new WeakMap<InterviewDocument, FixBudget>();

/** What a fix waiting to be planned keeps: its changes (or ready edits to check), and the document and budget of its lint run. */
interface PendingPlan {
  document: InterviewDocument;
  changes?: Change[];
  edits?: TextEdit[];
  budget?: FixBudget;
}

/** Marks a fix whose edits are planned only when it is read (see `plannedFixes`); enumerable, so a copy made with `{ ...fix }` keeps it. */
const PENDING = Symbol('pending fix plan');

type PendingFix = Fix & { [PENDING]?: PendingPlan };

/**
 * Runs `lint` with a budget for the fixes computed on `document`; past it, findings come without
 * fixes. The fixes that `fixFromChanges` makes meanwhile are not planned yet: `plannedFixes` plans
 * them when an issue's fixes are read.
 */
export function withFixBudget<T>(document: InterviewDocument, lint: () => T, budget = FIX_BUDGET): T {
  fixBudgets.set(document, { remaining: budget });
  try {
    return lint();
  } finally {
    fixBudgets.delete(document);
  }
}

/**
 * A fix built from changes, or nothing when the lint run's fix budget is spent. Inside a lint run
 * (`withFixBudget`) the edits are planned later, when the fix is read through `plannedFixes`, and
 * a fix whose changes the file's shape refuses is dropped then; outside one they are planned now
 * and such a fix is undefined.
 */
export function fixFromChanges(document: InterviewDocument, title: string, changes: Change[], options: FixOptions = {}): Fix | undefined {
  return fixOf(document, title, { changes }, options);
}

/**
 * A fix from edits already worked out, kept only if the edited text still parses: checked when the
 * fix is read inside a lint run (like `fixFromChanges`), at once outside one.
 */
export function fixFromEdits(document: InterviewDocument, title: string, edits: TextEdit[], options: FixOptions = {}): Fix | undefined {
  return fixOf(document, title, { edits }, options);
}

type FixOptions = { preferred?: boolean; mechanical?: boolean };

function fixOf(document: InterviewDocument, title: string, work: { changes: Change[] } | { edits: TextEdit[] }, options: FixOptions): Fix | undefined {
  const budget = fixBudgets.get(document);
  if (budget) {
    if (budget.remaining <= 0) return undefined;
    const pending: PendingFix = { title, edits: [], ...options, [PENDING]: { document, ...work, budget } };
    return pending;
  }
  const edits = planFix({ document, ...work });
  return edits ? { title, edits, ...options } : undefined;
}

/**
 * Whether fixes made now on `document` can be kept: false inside a lint run without fixes (or
 * whose budget is spent), so a rule can skip the work of building one.
 */
export function plansFixes(document: InterviewDocument): boolean {
  const budget = fixBudgets.get(document);
  return !budget || budget.remaining > 0;
}

/** Whether any of these fixes still waits to be planned. */
export function hasPendingFixes(fixes: readonly Fix[]): boolean {
  return fixes.some((fix) => (fix as PendingFix)[PENDING] !== undefined);
}

/**
 * The fixes with their edits planned, in order, leaving out those whose changes the file's shape
 * refuses and those past their lint run's budget. Each is proved to keep the YAML valid.
 */
export function plannedFixes(fixes: readonly Fix[]): Fix[] {
  const planned: Fix[] = [];
  for (const fix of fixes) {
    const pending = (fix as PendingFix)[PENDING];
    if (!pending) {
      planned.push(fix);
      continue;
    }
    const edits = planFix(pending);
    if (!edits) continue;
    const ready: PendingFix = { ...fix, edits };
    delete ready[PENDING];
    planned.push(ready);
  }
  return planned;
}

/** Plans the changes (or checks the edits), charging what the check parsed to the budget; undefined when refused or over budget. */
function planFix({ document, changes, edits, budget }: PendingPlan): TextEdit[] | undefined {
  if (budget && budget.remaining <= 0) return undefined;
  const before = parsedLength();
  let planned: TextEdit[] | undefined;
  if (edits) planned = parseInterview(applyEdits(document.text, edits), { maxSize: Infinity, editOf: document }).syntax.length === 0 ? edits : undefined;
  else {
    const plan = planChanges(document, changes ?? []);
    planned = plan.ok ? plan.edits : undefined;
  }
  if (budget) budget.remaining -= parsedLength() - before;
  return planned;
}

/** The span of the key at a pointer, else of its value, else of the file's first line. */
export function keySpan(document: InterviewDocument, pointer: string): [number, number] {
  const entry = document.entries.get(pointer);
  if (entry?.key) return entry.key;
  if (entry) return entry.value;
  return [0, document.lines.lineEnd(0)];
}

/** The span of the value at a pointer (its key when the value is empty or spans lines). */
export function valueSpan(document: InterviewDocument, pointer: string): [number, number] {
  const entry = document.entries.get(pointer);
  if (!entry) return keySpan(document, pointer);
  const [start, end] = entry.value;
  if (start === end || document.text.slice(start, end).includes('\n')) return entry.key ?? [start, Math.max(end, start)];
  return entry.value;
}

/** Where the stage is written, or the top of the file. */
export function stageSpan(document: InterviewDocument): [number, number] {
  return document.entries.has('/stage') ? valueSpan(document, '/stage') : keySpan(document, '/contact');
}

/**
 * The source span of a phrase inside the scalar at `pointer`, found in the source text; the whole
 * value when escapes or folding keep it from being found as written.
 */
export function phraseSpan(document: InterviewDocument, pointer: string, phrase: string, occurrence = 0): [number, number] {
  const entry = document.entries.get(pointer);
  if (!entry) return keySpan(document, pointer);
  const [start, end] = entry.value;
  const source = document.text.slice(start, end);
  // A phrase of a block value may wrap: its white space matches any run of it in the source (a line
  // break and the next line's indentation).
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return valueSpan(document, pointer);
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
  let found: RegExpExecArray | null = null;
  for (let index = 0; index <= occurrence; index++) {
    const next = pattern.exec(source);
    if (!next) break;
    found = next;
  }
  if (!found) return valueSpan(document, pointer);
  return [start + found.index, start + found.index + found[0].length];
}

/** Whether the file gives a value at a pointer: present, not empty, not `~`/`null`, not blank text. */
export function hasValue(document: InterviewDocument, pointer: string): boolean {
  const entry = document.entries.get(pointer);
  if (!entry?.kind) return false;
  if (!isScalarEntry(entry)) return true;
  const value = entry.scalar;
  return value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '');
}

/**
 * Where to report something that is missing: the key of the first of `pointers` the file has
 * (the nearest parent that is written), else the stage, else the top of the file.
 */
export function missingSpan(document: InterviewDocument, pointers: readonly string[]): [number, number] {
  for (const pointer of pointers) if (document.entries.has(pointer)) return keySpan(document, pointer);
  return stageSpan(document);
}

/** The person's name for messages, or a neutral stand-in when the file has none. */
export function personName(interview: { name?: string }, fallback = 'them'): string {
  return interview.name?.trim() || fallback;
}
