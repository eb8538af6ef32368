import type { WorkspaceView } from './rules/rule';

/** The part of each interview file the workspace checks need. */
export interface ContactSummary {
  path: string;
  name?: string;
  company?: string;
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

/** A workspace view over a fixed set of files and contacts (the CLI's, and the tests'). */
export function createWorkspaceView(files: Iterable<string>, contacts: Iterable<ContactSummary>): WorkspaceView {
  const paths = new Set(files);
  const byContact = new Map<string, string[]>();
  for (const contact of contacts) {
    if (!contact.name) continue;
    const key = contactKey(contact.name, contact.company);
    const list = byContact.get(key) ?? [];
    list.push(contact.path);
    byContact.set(key, list);
  }
  return {
    exists: (path) => paths.has(path),
    filesWithContact: (name, company) => byContact.get(contactKey(name, company)) ?? [],
    files: () => [...paths],
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
