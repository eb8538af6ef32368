/**
 * Contacts from the exports people have: LinkedIn's `Connections.csv` and vCards (3.0 and 4.0, as
 * Google, Apple and Outlook write them). Each export becomes a list of people in one shape, which
 * `network.ts` merges into the workspace's network file.
 *
 * Pure TypeScript: no `vscode`, no Node APIs; the CSV is read by csv-simple-parser.
 */
import parseCsv from 'csv-simple-parser';

/** One person as an export gives them; every field but the name may be missing. */
export interface Contact {
  name: string;
  company?: string;
  title?: string;
  email?: string;
  /** The profile address, reduced to one spelling (see `profileKey`). */
  linkedin?: string;
  /** When you connected, `YYYY-MM-DD`. */
  connected?: string;
  note?: string;
}

export interface ContactExport {
  format: 'linkedin' | 'vcard';
  contacts: Contact[];
  /** Records left out, each with why ("row 14: no name"). */
  skipped: string[];
}

/** An export that cannot be read: the message says what is wrong and what to do. */
export class ContactImportError extends Error {}

/**
 * A LinkedIn profile address in one spelling, whatever the export wrote: `https://www.linkedin.com/in/<name>`
 * with the name in lower case, without a trailing slash, query or fragment, from any
 * `linkedin.com` host (`uk.`, `m.`, none). Other addresses keep their host and path, lower-cased.
 * Undefined for text that is not an address.
 */
export function profileKey(address: string | undefined): string | undefined {
  const trimmed = address?.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return undefined;
  }
  if (!url.hostname.includes('.')) return undefined;
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray % stays as written.
  }
  path = path.toLowerCase().replace(/\/+$/, '');
  const host = url.hostname.toLowerCase();
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return `https://www.linkedin.com${path}`;
  return `${url.protocol}//${host.replace(/^www\./, '')}${path}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `15 Jan 2019` (LinkedIn's spelling) or `2019-01-15` as `2019-01-15`; undefined for anything else. */
export function exportDate(text: string | undefined): string | undefined {
  const value = text?.trim() ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const match = /^(\d{1,2})[ -]([a-z]{3})[a-z]*\.?[ -](\d{4})$/i.exec(value);
  const month = match ? MONTHS.indexOf(match[2].toLowerCase()) : -1;
  if (!match || month < 0 || Number(match[1]) < 1 || Number(match[1]) > 31) return undefined;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

const clean = (value: string | undefined): string | undefined => value?.replace(/\s+/g, ' ').trim() || undefined;

/**
 * LinkedIn's `Connections.csv`. The export starts with a few lines of notes, so the header line
 * (`First Name,Last Name,URL,Email Address,Company,Position,Connected On`) is looked for, not
 * skipped by count; columns are taken by name.
 */
export function readLinkedInCsv(text: string): ContactExport {
  // Not `optimistic`: its guess at a row's shape from the first line breaks on the Notes preamble.
  const rows = (parseCsv(text.replace(/^\ufeff/, ''), { optimistic: false }) as unknown[][]).map((row) => row.map((cell) => String(cell ?? '')));
  const header = rows.findIndex((row) => {
    const names = row.map((cell) => cell.trim().toLowerCase());
    return names.includes('first name') && names.includes('last name');
  });
  if (header < 0) {
    throw new ContactImportError(
      'This file has no header line "First Name,Last Name,URL,Email Address,Company,Position,Connected On", so it is not LinkedIn\'s Connections.csv. Export it again from LinkedIn (Settings → Data privacy → Get a copy of your data → Connections), or import a .vcf file.',
    );
  }
  const columns = rows[header].map((cell) => cell.trim().toLowerCase());
  const at = (row: readonly string[], ...names: string[]): string | undefined => {
    for (const name of names) {
      const index = columns.indexOf(name);
      if (index >= 0 && clean(row[index])) return clean(row[index]);
    }
    return undefined;
  };
  const contacts: Contact[] = [];
  const skipped: string[] = [];
  rows.slice(header + 1).forEach((row, index) => {
    if (row.every((cell) => !cell.trim())) return;
    const name = clean([at(row, 'first name'), at(row, 'last name')].filter(Boolean).join(' '));
    if (!name) {
      skipped.push(`row ${header + index + 2}: no name`);
      return;
    }
    contacts.push(
      withoutEmpty({
        name,
        company: at(row, 'company'),
        title: at(row, 'position', 'title'),
        email: at(row, 'email address', 'email')?.toLowerCase(),
        linkedin: profileKey(at(row, 'url', 'profile url')),
        connected: exportDate(at(row, 'connected on')),
      }),
    );
  });
  return { format: 'linkedin', contacts, skipped };
}

/** A vCard property: `group.NAME;PARAM=value:value`, unfolded. */
interface Property {
  name: string;
  params: string[];
  value: string;
}

/** The parts of a structured value (`N`, `ORG`) split at unescaped `;`, each unescaped. */
function parts(value: string): string[] {
  return value.split(/(?<!\\);/).map(unescapeValue);
}

/** `\n`, `\,`, `\;` and `\\` as the characters they stand for. */
function unescapeValue(value: string): string {
  return value.replace(/\\([nN,;:\\])/g, (_, character: string) => (character === 'n' || character === 'N' ? '\n' : character));
}

/** The name and parameters of a content line, and its value: split at the first `:` outside quotes. */
function propertyOf(line: string): Property | undefined {
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const character = line[index];
    if (character === '"') quoted = !quoted;
    else if (character === ':' && !quoted) {
      const [head, ...params] = line.slice(0, index).split(';');
      // `item1.EMAIL`: the group only ties properties together (a label to an address).
      const name = head.slice(head.lastIndexOf('.') + 1).toUpperCase();
      return { name, params: params.map((param) => param.toLowerCase()), value: line.slice(index + 1) };
    }
  }
  return undefined;
}

/** The first of the properties called `name`, preferring one marked preferred. */
function preferred(properties: readonly Property[], name: string): Property | undefined {
  const all = properties.filter((property) => property.name === name && property.value.trim());
  return all.find((property) => property.params.some((param) => /(^|[=,])pref($|[,=])|^pref=1$/.test(param))) ?? all[0];
}

/** vCards, 3.0 or 4.0 (`FN`, `N`, `ORG`, `TITLE`, `EMAIL`, `URL`, `NOTE`, grouped `itemN.` properties). */
export function readVcards(text: string): ContactExport {
  // Unfold: a line break followed by a space or a tab continues the line.
  const lines = text.replace(/^\ufeff/, '').replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const contacts: Contact[] = [];
  const skipped: string[] = [];
  let card: Property[] | undefined;
  let cards = 0;
  for (const line of lines) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      card = [];
      cards++;
      continue;
    }
    if (upper === 'END:VCARD' && card) {
      const contact = contactOf(card);
      if (contact) contacts.push(contact);
      else skipped.push(`card ${cards}: no name`);
      card = undefined;
      continue;
    }
    const property = card && propertyOf(line);
    if (property) card!.push(property);
  }
  if (cards === 0) throw new ContactImportError('This file has no vCard in it (no "BEGIN:VCARD" line). Export your contacts as vCard (.vcf) from Google Contacts, Apple Contacts or Outlook, or import LinkedIn\'s Connections.csv.');
  return { format: 'vcard', contacts, skipped };
}

function contactOf(card: readonly Property[]): Contact | undefined {
  const value = (name: string) => {
    const property = preferred(card, name);
    return property ? clean(unescapeValue(property.value)) : undefined;
  };
  const structured = preferred(card, 'N');
  const [family, given] = structured ? parts(structured.value) : [];
  const name = value('FN') ?? clean([given, family].filter(Boolean).join(' '));
  if (!name) return undefined;
  const org = preferred(card, 'ORG');
  const urls = card.filter((property) => property.name === 'URL' || property.name === 'X-SOCIALPROFILE').map((property) => profileKey(unescapeValue(property.value)));
  return withoutEmpty({
    name,
    company: org ? clean(parts(org.value)[0]) : undefined,
    title: value('TITLE'),
    email: value('EMAIL')?.replace(/^mailto:/i, '').toLowerCase(),
    linkedin: urls.find((url) => url?.startsWith('https://www.linkedin.com/')),
    note: card.some((property) => property.name === 'NOTE') ? clean(unescapeValue(preferred(card, 'NOTE')?.value ?? '').replace(/\n/g, ' ')) : undefined,
  });
}

function withoutEmpty(contact: Contact): Contact {
  return Object.fromEntries(Object.entries(contact).filter(([, value]) => value !== undefined)) as unknown as Contact;
}

/** An export read by its content: vCards begin with `BEGIN:VCARD`; anything else is read as LinkedIn's CSV. */
export function readContactExport(text: string): ContactExport {
  return /^\s*(\ufeff)?\s*BEGIN:VCARD/i.test(text) ? readVcards(text) : readLinkedInCsv(text);
}
