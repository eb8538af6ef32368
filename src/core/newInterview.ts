import { formatScalar } from './edits';
import { CONNECTIONS } from './model';
import { RECOMMENDED_QUESTIONS } from './phrases';

export type Connection = (typeof CONNECTIONS)[number];

/** What the New Interview and Add Referral commands know about the person when the file is created. */
export interface NewInterviewInput {
  name: string;
  role?: string;
  company?: string;
  linkedin?: string;
  email?: string;
  connection?: Connection;
  /** The mutual contact; written only for `second`, `third` and `referral`. */
  via?: string;
  /** Link (relative to the new file) to the interview of whoever referred you. */
  referredBy?: string;
  tags?: readonly string[];
  /** Whether they supervise others (written only when true). */
  supervisor?: boolean;
  /**
   * Links (relative to the new file) to earlier conversations with the same person: the file then
   * says so at the top and turns `duplicate-contact` off, as that rule advises for a second talk.
   */
  earlier?: readonly string[];
}

/** The recommended questions every new interview starts with (habit 4: make it about them), worded as the quick fixes, snippets and completion word them. */
export const STARTER_QUESTIONS: readonly string[] = RECOMMENDED_QUESTIONS;

/** Connections that go through someone else, so `via` names that person. */
export function needsVia(connection: string | undefined): boolean {
  return connection === 'second' || connection === 'third' || connection === 'referral';
}

/** The longest slug, in characters and in UTF-8 bytes (file names are limited to 255 bytes). */
const MAX_SLUG_CHARACTERS = 60;
const MAX_SLUG_BYTES = 120;
/** Names Windows reserves for devices, whatever the extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$/;

/**
 * A file-name stem for a person: `Zoë O'Brien` → `zoe-o-brien`. Letters and digits of any script are
 * kept (accents on Latin letters dropped), everything else — slashes, dots, spaces, emoji, control
 * and bidirectional characters — becomes a single dash; the result is bounded in length, never
 * empty, never a Windows device name and never starts with a dot, so it stays one plain name
 * inside the folder. It does not check whether the file exists.
 */
export function interviewSlug(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    // A combining mark counts only after a letter (Devanagari vowel signs, say), never on its own.
    .replace(/(^|[^\p{L}\p{M}])\p{M}+/gu, '$1')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  let slug = '';
  let bytes = 0;
  let characters = 0;
  for (const character of words) {
    const code = character.codePointAt(0) ?? 0;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (characters + 1 > MAX_SLUG_CHARACTERS || bytes + size > MAX_SLUG_BYTES) break;
    slug += character;
    bytes += size;
    characters++;
  }
  slug = slug.replace(/-+$/, '');
  if (slug === '') return 'contact';
  return WINDOWS_DEVICE.test(slug) ? `${slug}-contact` : slug;
}

/**
 * File names to try, in order, for a person's interview: `lee-wong.interview.yaml`, then
 * `lee-wong-2.interview.yaml`… (a second conversation with the same person is a new file).
 */
export function* interviewFileNames(name: string, extension: '.interview.yaml' | '.interview.yml' = '.interview.yaml', limit = 100): Generator<string> {
  const slug = interviewSlug(name);
  yield `${slug}${extension}`;
  for (let count = 2; count <= limit; count++) yield `${slug}-${count}${extension}`;
}

/**
 * Reads the `interviews.folder` setting as folder names under the workspace folder; refuses
 * absolute paths, `..` and characters no file system allows, so new files always land inside the
 * workspace. An empty setting (or `.`) means the workspace folder itself.
 */
export function interviewsFolderSegments(setting: unknown): { ok: true; segments: string[] } | { ok: false; reason: string } {
  return workspacePathSegments(setting, 'interviews.folder', 'interviews', 'folder');
}

/**
 * A path setting relative to the workspace folder (`interviews.folder`, `interviews.networkFile`),
 * as its segments: `fallback` when unset; refused, with the reason, when it is absolute, uses `..`
 * or has a name some file system does not accept.
 */
export function workspacePathSegments(setting: unknown, key: string, fallback: string, noun: 'folder' | 'file'): { ok: true; segments: string[] } | { ok: false; reason: string } {
  if (setting === undefined || setting === null) return { ok: true, segments: fallback.split('/') };
  if (typeof setting !== 'string') return { ok: false, reason: `The setting ${key} should be a ${noun} name such as "${fallback}".` };
  const value = setting.trim().replace(/\\/g, '/');
  if (/^\//.test(value) || /^[a-zA-Z]:/.test(value) || value.startsWith('~')) {
    return { ok: false, reason: `The setting ${key} ("${setting}") must be a ${noun} inside the workspace, relative to it (for example "${fallback}").` };
  }
  const segments = value.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) {
    return { ok: false, reason: `The setting ${key} ("${setting}") must stay inside the workspace: ".." is not allowed.` };
  }
  // Control characters and the characters Windows forbids in names.
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  const bad = segments.find((segment) => /[\u0000-\u001f<>:"|?*]/.test(segment) || /[. ]$/.test(segment));
  if (bad !== undefined) return { ok: false, reason: `The setting ${key} has a ${noun} name no file system accepts everywhere: "${bad}".` };
  return { ok: true, segments };
}

/**
 * The text of a new interview file: the contact filled in, `connection` (and `via` or
 * `referred_by` when given), stage `prospect`, empty research fields and the recommended questions.
 * `cursor` is the offset just after the first empty field, where the editor should put the caret.
 * Empty fields are left as `key: ` so typing there needs no extra space; nothing else is guessed.
 */
export function newInterviewText(input: NewInterviewInput, eol: '\n' | '\r\n' = '\n'): { text: string; cursor: number } {
  const lines: string[] = [];
  let cursor: number | undefined;
  const length = () => lines.reduce((total, line) => total + line.length + eol.length, 0);
  const field = (indent: string, key: string, value: string | undefined, comment?: string) => {
    const clean = value?.replace(/[\r\n]+/g, ' ').trim();
    if (clean) {
      lines.push(`${indent}${key}: ${formatScalar(clean, `${indent}  `)}${comment ? `  # ${comment}` : ''}`);
      return;
    }
    const line = `${indent}${key}: `;
    cursor ??= length() + line.length;
    lines.push(`${line}${comment ? `# ${comment}` : ''}`);
  };
  if (input.earlier && input.earlier.length > 0) {
    lines.push(`# A new conversation with ${oneLine(input.name)}; the earlier one${input.earlier.length === 1 ? ' is' : 's are'} in ${input.earlier.map(oneLine).join(', ')}.`);
    lines.push('# interview-lint-disable duplicate-contact');
  }
  lines.push('version: 1', 'contact:');
  field('  ', 'name', input.name);
  field('  ', 'role', input.role);
  field('  ', 'company', input.company);
  field('  ', 'linkedin', input.linkedin);
  field('  ', 'email', input.email);
  field('  ', 'connection', input.connection, CONNECTIONS.join(' | '));
  if (needsVia(input.connection) || input.via?.trim()) field('  ', 'via', input.via, 'the mutual contact');
  if (input.referredBy?.trim()) field('  ', 'referred_by', input.referredBy);
  if (input.supervisor) lines.push('  supervisor: true');
  lines.push('stage: prospect  # prospect → requested → scheduled → met → followed_up, or closed');
  lines.push(`tags: [${(input.tags ?? []).map(flowScalar).join(', ')}]`);
  field('', 'outreach', undefined);
  lines.push('research:');
  field('  ', 'company', undefined);
  field('  ', 'situation', undefined);
  field('  ', 'profile', undefined);
  lines.push('questions:', ...STARTER_QUESTIONS.map((question) => `  - ${question}`));
  field('', 'notes', undefined);
  const text = lines.join(eol) + eol;
  return { text, cursor: cursor ?? text.length };
}

/** Text for a comment line: its line breaks become spaces. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}

/** A tag inside `[…]`: plain when it is a simple word, else double-quoted. */
function flowScalar(tag: string): string {
  const plain = /^\p{L}[\p{L}\p{N} _./-]*$/u.test(tag) && !/\s$/.test(tag) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(tag);
  return plain ? tag : JSON.stringify(tag);
}
