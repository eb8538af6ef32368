/**
 * The network file: the people you know, imported from contact exports and kept as YAML in the
 * workspace (docs/network.md). A newer export merges into it: the same person (by profile, e-mail,
 * or name and company when an export has neither) is never added twice, and what the file already
 * says about someone is never changed; only what it lacks is added.
 *
 * Pure TypeScript: no `vscode`, no Node APIs.
 */
import type { Contact, ContactExport } from './contacts';
import { profileKey } from './contacts';
import type { Change } from './edits';
import { diffEdits, formatScalar, planChanges } from './edits';
import { parseInterview } from './parse';
import type { TextEdit } from './types';
import { companyKey, contactKey } from './workspace';

/** The fields of a person, in the order the file writes them. */
export const PERSON_FIELDS = ['name', 'company', 'title', 'email', 'linkedin', 'connected', 'note', 'source'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
export type Person = Contact & { source?: string };

const HEADER = [
  '# Your network: the people you know, for "Interviews: Import Contacts…" and prospects (docs/network.md).',
  '# These are other people\'s details: keep this file out of a public repository.',
];

/** The people of a network file's text (entries without a name are left out). */
export function readNetwork(text: string): Person[] {
  const data = parseInterview(text, { maxSize: Infinity }).data as { people?: unknown } | null;
  const people = data && typeof data === 'object' && Array.isArray(data.people) ? data.people : [];
  return people.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== 'object') return [];
    const person: Record<string, string> = {};
    for (const field of PERSON_FIELDS) {
      const value = (entry as Record<string, unknown>)[field];
      if (typeof value === 'string' || typeof value === 'number') person[field] = String(value);
    }
    return person.name ? [person as unknown as Person] : [];
  });
}

/** Titles of people who supervise others (habit 1: they see the whole business, and they hire). */
const SUPERVISOR_TITLE = /\b(manager|director|head|lead|supervisor|chief|vp|vice[- ]president|principal|partner|founder|owner|president|chair|superintendent|foreman|dean|c[etfo]o)\b/i;

/** Whether a title says its holder supervises others. */
export const isSupervisorTitle = (title: string | undefined): boolean => title !== undefined && SUPERVISOR_TITLE.test(title);

/**
 * Whether a person of the network has an interview file already: one for the same name and
 * company (companies compared as `companyKey` compares them), or for the same name where either
 * leaves the company out, as `duplicate-contact` matches. Built once over the interviews, then
 * asked per person.
 */
export function interviewFileMatcher(interviews: Iterable<{ name: string; company?: string }>): (person: Person) => boolean {
  const keys = new Set<string>();
  const names = new Set<string>();
  const key = (name: string, company?: string) => contactKey(name, company && companyKey(company));
  for (const summary of interviews) {
    keys.add(key(summary.name, summary.company));
    names.add(key(summary.name));
  }
  return (person) => keys.has(key(person.name, person.company)) || (person.company ? keys.has(key(person.name)) : names.has(key(person.name)));
}

/** The keys a person is known by: profile, e-mail, and name with company when neither is given. */
export function personKeys(person: Partial<Person>): string[] {
  const keys: string[] = [];
  const profile = profileKey(person.linkedin);
  if (profile) keys.push(`profile ${profile}`);
  if (person.email?.trim()) keys.push(`email ${person.email.trim().toLowerCase()}`);
  if (keys.length === 0 && person.name) keys.push(`name ${person.name.trim().toLowerCase().replace(/\s+/g, ' ')}|${(person.company ?? '').trim().toLowerCase().replace(/\s+/g, ' ')}`);
  return keys;
}

export interface NetworkMerge {
  /** The network file's text after the merge. */
  text: string;
  /** The edits that turn the file's text into `text` (none for a new file). */
  edits: TextEdit[];
  /** People new to the file, people it had whose missing details were added, people it had already as they are. */
  added: number;
  completed: number;
  unchanged: number;
}

/** The details `contact` gives that `person` lacks. */
function missingFrom(person: Person, contact: Contact): Partial<Person> {
  return Object.fromEntries(Object.entries(contact).filter(([field, value]) => value !== undefined && person[field as PersonField] === undefined));
}

/** What a merge did, in words: "5 new, 1 with details added, 2 already there". */
export function mergeSummary(merge: Pick<NetworkMerge, 'added' | 'completed' | 'unchanged'>): string {
  return `${merge.added} new, ${merge.completed} with details added, ${merge.unchanged} already there`;
}

/** A new network file holding `people`. */
function newNetwork(people: readonly Person[]): string {
  const lines = [...HEADER, 'version: 1', 'people:'];
  for (const person of people) {
    PERSON_FIELDS.filter((field) => person[field] !== undefined).forEach((field, index) => {
      lines.push(`${index === 0 ? '  - ' : '    '}${field}: ${formatScalar(person[field]!, '      ')}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Merges an export into the network file's text (undefined: there is none yet). People the file
 * has get only the details it lacks; new people are added at the end with `source` set. Comments
 * and formatting are kept. A string says why the file cannot be merged into.
 */
export function mergeIntoNetwork(current: string | undefined, imported: ContactExport): NetworkMerge | string {
  const source = imported.format;
  const existing = current === undefined ? [] : readNetwork(current);
  const known = new Map<string, number>();
  existing.forEach((person, index) => personKeys(person).forEach((key) => known.has(key) || known.set(key, index)));
  const additions: Person[] = [];
  const filled = new Map<number, Partial<Person>>();
  let unchanged = 0;
  for (const contact of imported.contacts) {
    const keys = personKeys(contact);
    const match = keys.map((key) => known.get(key)).find((index) => index !== undefined);
    if (match === undefined) {
      const index = existing.length + additions.length;
      keys.forEach((key) => known.set(key, index));
      additions.push({ ...contact, source });
      continue;
    }
    if (match >= existing.length) {
      // The same person twice in one export: the first record stands, completed by the second.
      const first = additions[match - existing.length];
      Object.assign(first, { ...missingFrom(first, contact), ...first });
      continue;
    }
    const missing = missingFrom(existing[match], contact);
    if (Object.keys(missing).length === 0 && !filled.has(match)) unchanged++;
    else filled.set(match, { ...filled.get(match), ...missing });
  }
  const counts = { added: additions.length, completed: [...filled.values()].filter((fields) => Object.keys(fields).length > 0).length, unchanged };
  if (current === undefined) return { text: newNetwork(additions), edits: [], ...counts };
  // The details first, planned together (each goes into its own person), then the new people.
  const sets: Change[] = [...filled].flatMap(([index, fields]) => Object.entries(fields).map(([field, value]): Change => ({ kind: 'set', path: ['people', String(index), field], value: value as string })));
  const appends = additions.map((person): Change => ({ kind: 'append', path: ['people'], item: Object.fromEntries(PERSON_FIELDS.filter((field) => person[field] !== undefined).map((field) => [field, person[field]])) }));
  let text = current;
  for (const changes of [sets, appends]) {
    if (changes.length === 0) continue;
    const plan = planChanges(parseInterview(text, { maxSize: Infinity }), changes);
    if (!plan.ok) return plan.reason;
    text = plan.text;
  }
  const plan = { text, edits: diffEdits(current, text) };
  return { text: plan.text, edits: plan.edits, ...counts };
}
