import { isScalar } from 'yaml';
import type { LintConfig } from '../config';
import type { Change } from '../edits';
import { planChanges } from '../edits';
import type { Interview } from '../model';
import type { InterviewDocument } from '../parse';
import type { Fix, Severity } from '../types';

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
  /** Every file path the view knows, for "did you mean" on broken links; optional. */
  files?(): readonly string[];
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
 * How much text (UTF-16 units) the fixes of one lint run may re-parse: each fix re-parses the
 * edited file to prove it keeps the YAML valid, so a file with thousands of findings would
 * otherwise take minutes. A few tenths of a second; over a hundred fixes in a file of normal size.
 */
export const FIX_BUDGET = 500_000;

const fixBudgets = new WeakMap<InterviewDocument, { remaining: number }>();

/** Runs `lint` with a budget for the fixes computed on `document`; past it, findings come without fixes. */
export function withFixBudget<T>(document: InterviewDocument, lint: () => T, budget = FIX_BUDGET): T {
  fixBudgets.set(document, { remaining: budget });
  try {
    return lint();
  } finally {
    fixBudgets.delete(document);
  }
}

/** A fix built from changes, or nothing when the file's shape leaves no safe edit (or the lint run's fix budget is spent). */
export function fixFromChanges(document: InterviewDocument, title: string, changes: Change[], options: { preferred?: boolean; mechanical?: boolean } = {}): Fix | undefined {
  const budget = fixBudgets.get(document);
  if (budget) {
    const cost = document.text.length * Math.max(1, changes.length);
    if (budget.remaining < cost) return undefined;
    budget.remaining -= cost;
  }
  const plan = planChanges(document, changes);
  if (!plan.ok) return undefined;
  return { title, edits: plan.edits, ...options };
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
  let at = -1;
  for (let index = 0; index <= occurrence; index++) {
    const next = source.indexOf(phrase, at + 1);
    if (next === -1) break;
    at = next;
  }
  if (at === -1) return valueSpan(document, pointer);
  return [start + at, start + at + phrase.length];
}

/** Whether the file gives a value at a pointer: present, not empty, not `~`/`null`, not blank text. */
export function hasValue(document: InterviewDocument, pointer: string): boolean {
  const node = document.entries.get(pointer)?.node;
  if (!node) return false;
  if (!isScalar(node)) return true;
  const value = node.value;
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
