/**
 * The targets file: the employers you want to work for, scored as a LAMP list (docs/targets.md).
 * Each employer is ranked by motivation, then postings, then advocacy, and shown with the people
 * you know there (from the network file) and its interviews — all matched by company name after
 * normalising legal suffixes, case, punctuation and "&"/"and", never by substring.
 *
 * Pure TypeScript: no `vscode`, no Node APIs.
 */
import type { Stage } from './model';
import type { Person } from './network';
import { isSupervisorTitle } from './network';
import { parseInterview } from './parse';
import type { InterviewSummary } from './pipeline';
import type { SchemaNode, SchemaProblem } from './schema';
import { validateSchema } from './schema';
import { companyKey, push } from './workspace';

/** Until the host installs the targets file's schema, one that allows anything. */
let schema: SchemaNode = {};

/**
 * Installs the targets file's JSON Schema (`schemas/targets.schema.json`, which other editors read
 * too), as the host reads it: beside the bundle for the extensions, compiled in for the tests.
 */
export function installTargetsSchema(data: unknown): void {
  schema = data as SchemaNode;
}

/** The schema of the targets file, once installed. */
export const targetsSchema = (): SchemaNode => schema;

/** One employer of the targets file, as written. */
export interface TargetEmployer {
  name: string;
  motivation?: number;
  postings?: number;
  alumni?: boolean;
  advocacy?: boolean;
  note?: string;
}

const numberIn = (value: unknown, low: number, high: number): number | undefined => (Number.isInteger(value) && (value as number) >= low && (value as number) <= high ? (value as number) : undefined);
const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

/** The employers of a targets file's text (entries without a name are left out; values out of range read as absent). */
export function readTargets(text: string): TargetEmployer[] {
  const data = parseInterview(text, { maxSize: Infinity }).data as { employers?: unknown } | null;
  const employers = data && typeof data === 'object' && Array.isArray(data.employers) ? data.employers : [];
  return employers.flatMap((entry: unknown): TargetEmployer[] => {
    const fields = entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
    const name = typeof fields.name === 'string' || typeof fields.name === 'number' ? String(fields.name).trim() : '';
    if (!name) return [];
    return [{ name, motivation: numberIn(fields.motivation, 0, 3), postings: numberIn(fields.postings, 1, 3), alumni: flag(fields.alumni), advocacy: flag(fields.advocacy), note: typeof fields.note === 'string' ? fields.note : undefined }];
  });
}

/** The problems of a targets file: what the schema refuses, and an employer listed twice. */
export function checkTargets(text: string): SchemaProblem[] {
  const document = parseInterview(text, { maxSize: Infinity });
  const problems: SchemaProblem[] = document.syntax.map((syntax) => ({ message: syntax.message, start: syntax.start, end: syntax.end }));
  if (problems.length > 0) return problems;
  problems.push(...validateSchema(document, targetsSchema(), 'The targets file', 'The targets file is empty: list your employers under `employers:`, each with its `name:`.'));
  const employers = (document.data as { employers?: unknown } | null)?.employers;
  const seen = new Map<string, string>();
  (Array.isArray(employers) ? employers : []).forEach((entry: unknown, index) => {
    const name = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).name : undefined;
    if (typeof name !== 'string' || !companyKey(name)) return;
    const first = seen.get(companyKey(name));
    const span = document.entries.get(`/employers/${index}/name`)?.value;
    if (first !== undefined && span) problems.push({ message: `"${name}" is listed already, as "${first}": keep one entry per employer.`, start: span[0], end: span[1] });
    else seen.set(companyKey(name), name);
  });
  return problems;
}

/** An employer with what the workspace knows of it, for the Targets view. */
export interface TargetRow {
  employer: TargetEmployer;
  /** Set by hand, else derived: someone in the network works there, or `alumni` is true. */
  advocacy: boolean;
  /** The people of the network who work there, supervisors first. */
  people: Person[];
  /** The interviews with people who work there, in the order given. */
  interviews: InterviewSummary[];
  /** How many of those interviews are at each stage. */
  stages: Partial<Record<Stage, number>>;
}

/** Items of `list` grouped by the company key of `company(item)`: one lookup, built once. */
function byCompany<T>(list: Iterable<T>, company: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const key = companyKey(company(item) ?? '');
    if (key) push(groups, key, item);
  }
  return groups;
}

const supervisorsFirst = (people: readonly Person[]): Person[] => [...people].sort((a, b) => Number(isSupervisorTitle(b.title)) - Number(isSupervisorTitle(a.title)));

/**
 * The employers ranked as the LAMP list ranks them — motivation, then postings, then advocacy
 * (absent scores count lowest), then their order in the file — each with the people you know
 * there and its interviews.
 */
export function rankTargets(employers: readonly TargetEmployer[], people: Iterable<Person>, interviews: Iterable<InterviewSummary>): TargetRow[] {
  const peopleAt = byCompany(people, (person) => person.company);
  const interviewsAt = byCompany(interviews, (summary) => summary.company);
  const rows = employers.map((employer): TargetRow => {
    const key = companyKey(employer.name);
    const known = supervisorsFirst(peopleAt.get(key) ?? []);
    const held = interviewsAt.get(key) ?? [];
    const stages: Partial<Record<Stage, number>> = {};
    for (const summary of held) stages[summary.stage] = (stages[summary.stage] ?? 0) + 1;
    return { employer, advocacy: employer.advocacy ?? (known.length > 0 || employer.alumni === true), people: known, interviews: held, stages };
  });
  const score = (row: TargetRow) => [row.employer.motivation ?? -1, row.employer.postings ?? 0, Number(row.advocacy)];
  return rows
    .map((row, order) => ({ row, order, score: score(row) }))
    .sort((a, b) => b.score[0] - a.score[0] || b.score[1] - a.score[1] || b.score[2] - a.score[2] || a.order - b.order)
    .map(({ row }) => row);
}

/**
 * Whom to start with at an employer: the people you know there who have no interview file yet
 * (`hasInterviewFile`), supervisors first, then the most recent connection.
 */
export function contactsToStartWith(row: TargetRow, hasFile: (person: Person) => boolean): Person[] {
  return row.people
    .filter((person) => !hasFile(person))
    .map((person, order) => ({ person, order }))
    .sort((a, b) => Number(isSupervisorTitle(b.person.title)) - Number(isSupervisorTitle(a.person.title)) || (b.person.connected ?? '').localeCompare(a.person.connected ?? '') || a.order - b.order)
    .map(({ person }) => person);
}

/** The text of a new targets file: what the scores mean, and an empty list to fill in (completion offers the companies you know). */
export function newTargetsText(eol = '\n'): string {
  return ['# Your target employers as a LAMP list (docs/targets.md): motivation 0-3, postings 1-3.', 'version: 1', 'employers:', ''].join(eol);
}
