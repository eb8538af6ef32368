import type { WorkspaceView } from './rules/rule';
import { mayMatchLength, normalisedCandidate, normalisedWord } from './suggest';

/** The part of each interview file the workspace checks need. */
export interface ContactSummary {
  path: string;
  name?: string;
  company?: string;
  /** When it asked for a meeting (the 3B routine). */
  requested?: string;
}

/** The folder part of a `/`-separated path ('' for a file at the root). */
export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** Resolves a link written in a file (relative to that file's folder) to a normalised `/`-separated path. */
export function resolveLink(fromFile: string, link: string): string {
  const parts = (link.startsWith('/') ? link : `${dirname(fromFile)}/${link}`).split('/');
  const result: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (result.length > 0 && result[result.length - 1] !== '..') result.pop();
      else result.push('..');
    } else result.push(part);
  }
  return (link.startsWith('/') && fromFile.startsWith('/') ? '/' : '') + result.join('/');
}

/** The path from one file's folder to another file, for writing links. */
export function relativeLink(fromFile: string, toFile: string): string {
  const from = dirname(fromFile).split('/').filter(Boolean);
  const to = toFile.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** A contact's identity for duplicate checks: case and extra spaces ignored, accents compared in one (NFC) form. */
export function contactKey(name: string, company: string | undefined): string {
  const normalise = (value: string) => value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return `${normalise(name)}\u0000${normalise(company ?? '')}`;
}

/** Words that only say what kind of company it is in law, left out when names are compared. */
const LEGAL_SUFFIXES = new Set('inc incorporated llc llp lp lc pllc pc ltd limited corp corporation co company plc gmbh ag kg kgaa ug se sa sas sarl srl spa bv nv ab as asa oy oyj kk pty pte pvt private ulc'.split(' '));

/**
 * A company's name as names are compared: accents, case, punctuation and legal suffixes left out,
 * "&" read as "and". "Berg, Lund & Co." and "berg lund and co" compare equal; "Acme" and
 * "Acme Robotics" do not.
 */
export function companyKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'\u2019]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // The "and" that joined a suffix goes with it: "Berg & Co", "Bosch GmbH & Co. KG".
  let popped = false;
  while (words.length > 1 && (LEGAL_SUFFIXES.has(words[words.length - 1]) || (popped && words[words.length - 1] === 'and'))) {
    words.pop();
    popped = true;
  }
  return words.join(' ');
}

/**
 * The requests for a meeting at each employer (employers compared by `companyKey`), for the 3B
 * routine: whether anyone else there was asked on or after a given day. Each employer keeps its
 * latest two requests, so a question costs the same however many files the employer has; only
 * taking away one of those two has the employer's requests read again, at the next question.
 */
export class RequestLookup {
  private readonly byCompany = new Map<string, { dates: Map<string, string>; latest?: [string, string][] }>();

  /** Adds (or moves) the request of the file at `path`. */
  add(path: string, company: string, requested: string): void {
    const key = companyKey(company);
    if (!key) return;
    const entry = this.byCompany.get(key) ?? { dates: new Map<string, string>(), latest: [] };
    this.byCompany.set(key, entry);
    // Moved: the old date goes (and with it the latest two, if it was one of them).
    if (entry.dates.has(path) && entry.latest?.some(([latest]) => latest === path)) entry.latest = undefined;
    entry.dates.set(path, requested);
    if (entry.latest) entry.latest = [...entry.latest, [path, requested] as [string, string]].sort((a, b) => b[1].localeCompare(a[1])).slice(0, 2);
  }

  /** Takes away the request of the file at `path`. */
  remove(path: string, company: string): void {
    const entry = this.byCompany.get(companyKey(company));
    if (!entry?.dates.delete(path)) return;
    if (entry.dates.size === 0) this.byCompany.delete(companyKey(company));
    else if (entry.latest?.some(([latest]) => latest === path)) entry.latest = undefined;
  }

  /** Whether a file other than `path` at the employer asked on `requested` or later. */
  askedSince(company: string, requested: string, path: string | undefined): boolean {
    const entry = this.byCompany.get(companyKey(company));
    if (!entry) return false;
    entry.latest ??= [...entry.dates].sort((a, b) => b[1].localeCompare(a[1])).slice(0, 2);
    const other = entry.latest.find(([latest]) => latest !== path);
    return other !== undefined && other[1] >= requested;
  }

  /** The paths of the files with a request at the employer. */
  paths(company: string): Iterable<string> {
    return this.byCompany.get(companyKey(company))?.dates.keys() ?? [];
  }

  /** How many requests the employer has (for telling whether an answer may have changed). */
  size(company: string): number {
    return this.byCompany.get(companyKey(company))?.dates.size ?? 0;
  }
}

/**
 * Lookups over a fixed set of paths for "did you mean" on broken links, built on first use: the
 * paths by base name, and by folder and length of base name. Each answer keeps the order the
 * paths were given in, so that a lookup answers what a scan of every path would, at the cost of
 * the few paths it returns.
 */
export class PathLookups {
  private byName: Map<string, string[]> | undefined;
  private byFolder: Map<string, Map<number, string[]>> | undefined;
  private order: Map<string, number> | undefined;

  constructor(private readonly paths: readonly string[]) {}

  named(base: string): readonly string[] {
    if (!this.byName) {
      this.byName = new Map();
      for (const path of this.paths) push(this.byName, basename(path), path);
    }
    return this.byName.get(base) ?? [];
  }

  neighbours(folder: string, base: string): readonly string[] {
    if (!this.byFolder) {
      this.byFolder = new Map();
      this.paths.forEach((path) => {
        const lengths = this.byFolder!.get(dirname(path)) ?? new Map<number, string[]>();
        push(lengths, normalisedCandidate(basename(path)).length, path);
        this.byFolder!.set(dirname(path), lengths);
      });
    }
    const lengths = this.byFolder.get(folder);
    if (!lengths) return [];
    const wordLength = normalisedWord(base).length;
    const found: string[] = [];
    for (const [length, paths] of lengths) if (mayMatchLength(wordLength, length)) found.push(...paths);
    if (found.length < 2) return found;
    this.order ??= new Map(this.paths.map((path, index) => [path, index]));
    const order = this.order;
    return found.sort((a, b) => order.get(a)! - order.get(b)!);
  }
}

/** Appends to the list a map keeps under `key`, starting it when there is none. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A workspace view over a fixed set of files and contacts (the CLI's, and the tests'). */
export function createWorkspaceView(files: Iterable<string>, contacts: Iterable<ContactSummary>): WorkspaceView {
  const paths = new Set(files);
  const lookups = new PathLookups([...paths]);
  const byContact = new Map<string, string[]>();
  const requests = new RequestLookup();
  for (const contact of contacts) {
    if (contact.name) push(byContact, contactKey(contact.name, contact.company), contact.path);
    if (contact.company && contact.requested) requests.add(contact.path, contact.company, contact.requested);
  }
  return {
    exists: (path) => paths.has(path),
    filesWithContact: (name, company) => byContact.get(contactKey(name, company)) ?? [],
    named: (base) => lookups.named(base),
    neighbours: (folder, base) => lookups.neighbours(folder, base),
    askedSince: (company, requested, path) => requests.askedSince(company, requested, path),
  };
}

/**
 * A safe file name for a person's interview file: `Lee Wong` → `lee-wong.interview.yaml`. Accents
 * are dropped, anything but letters and digits becomes a dash; it never contains a path separator.
 */
export function interviewFileName(name: string, extension: '.interview.yaml' | '.interview.yml' = '.interview.yaml'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'contact'}${extension}`;
}

/** The file name of a `/`-separated path. */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
