import { shortDate } from './dates';
import { STAGES, stageOrder } from './model';
import type { Stage } from './model';
import type { InterviewSummary } from './pipeline';
import { stageDescription, stageKnown, UNKNOWN_STAGE_TITLE } from './pipeline';

/** How each stage reads in reports and in the pipeline view. */
export const STAGE_TITLES: Readonly<Record<Stage, string>> = {
  prospect: 'Prospect',
  requested: 'Requested',
  scheduled: 'Scheduled',
  met: 'Met',
  followed_up: 'Followed up',
  closed: 'Closed',
};

/** Where an interview sorts in pipeline order: those whose stage cannot be told come first (they need a fix). */
function pipelinePosition(summary: InterviewSummary): number {
  return stageKnown(summary) ? stageOrder(summary.stage) : -1;
}

/** How an interview's stage reads in reports, the pipeline and pickers: its stage's title, or that it is unknown. */
export function stageTitle(summary: Pick<InterviewSummary, 'stage' | 'readable' | 'unknownStage'>): string {
  return stageKnown(summary) ? STAGE_TITLES[summary.stage] : UNKNOWN_STAGE_TITLE;
}

/** Interviews in pipeline order, then by name and path, so every export lists them the same way. */
export function pipelineOrder(summaries: Iterable<InterviewSummary>): InterviewSummary[] {
  return [...summaries].sort((a, b) => pipelinePosition(a) - pipelinePosition(b) || a.name.localeCompare(b.name) || a.path.localeCompare(b.path));
}

// ---------------------------------------------------------------------------------------------
// CSV

/** The CSV columns, in order: the header row uses these names. */
export const CSV_COLUMNS = [
  'name',
  'role',
  'company',
  'connection',
  'stage',
  'tags',
  'requested',
  'replied',
  'meeting',
  'format',
  'place',
  'minutes',
  'thanked',
  'next',
  'due',
  'closed_reason',
  'file',
] as const;

/**
 * The interviews as CSV (RFC 4180): a header row, then one row per interview in pipeline order,
 * CRLF line breaks, fields quoted when they hold a comma, a quote or a line break. Cells that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) get a leading apostrophe; the
 * notes, questions and research are left out (they are free text for the file itself).
 */
export function toCsv(summaries: Iterable<InterviewSummary>): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const summary of pipelineOrder(summaries)) {
    rows.push([
      summary.name,
      summary.role ?? '',
      summary.company ?? '',
      summary.connection ?? '',
      // A stage the file misspells stays as written, never the stage it defaults to.
      summary.unknownStage ?? (summary.readable ? summary.stage : ''),
      summary.tags.join('; '),
      summary.requested ?? '',
      summary.replied ?? '',
      summary.meetingWhen ?? summary.meetingDate ?? '',
      summary.meetingFormat ?? '',
      summary.meetingPlace ?? '',
      summary.minutes !== undefined ? String(summary.minutes) : '',
      summary.thanked ?? '',
      summary.next ?? '',
      summary.due.map((item) => item.label).join('; '),
      summary.closedReason ?? '',
      summary.path,
    ]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One CSV field, quoted only when RFC 4180 needs it. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// ---------------------------------------------------------------------------------------------
// Markdown report

export interface MarkdownReportOptions {
  /** Today's date, `YYYY-MM-DD`: the report's date and the base of relative dates. */
  today: string;
  /** A link to each interview file from where the report is saved; the path is shown when absent. */
  linkFor?: (summary: InterviewSummary) => string | undefined;
  title?: string;
}

/**
 * A Markdown report of the pipeline: a count per stage, what is due (most urgent first), then
 * each stage's interviews with the date that matters. User text is escaped so a name can never
 * turn into markup or a link.
 */
export function toMarkdownReport(summaries: Iterable<InterviewSummary>, options: MarkdownReportOptions): string {
  const all = pipelineOrder(summaries);
  const { today } = options;
  const lines: string[] = [`# ${escapeMarkdown(options.title ?? 'Informational interviews')}`, '', `Report of ${shortDate(today, '')} (${today}): ${count(all.length, 'interview')}.`, ''];
  const unknown = all.filter((summary) => !stageKnown(summary));
  const known = all.filter(stageKnown);
  lines.push('| Stage | Interviews |', '| --- | ---: |');
  if (unknown.length > 0) lines.push(`| ${UNKNOWN_STAGE_TITLE} | ${unknown.length} |`);
  for (const stage of STAGES) lines.push(`| ${STAGE_TITLES[stage]} | ${known.filter((summary) => summary.stage === stage).length} |`);
  lines.push('');

  const due = all
    .filter((summary) => summary.due.length > 0)
    .sort((a, b) => b.due[0].daysOverdue - a.due[0].daysOverdue || a.name.localeCompare(b.name) || a.path.localeCompare(b.path));
  lines.push(`## Due (${due.length})`, '');
  if (due.length === 0) lines.push('Nothing is due.');
  for (const summary of due) lines.push(`- ${entry(summary, options)}: ${summary.due.map((item) => escapeMarkdown(item.label)).join('; ')}`);
  lines.push('');

  lines.push('## Pipeline', '');
  if (unknown.length > 0) {
    // Listed apart, with what is wrong, so that a misspelt stage is never reported as another one.
    lines.push(`### ${UNKNOWN_STAGE_TITLE} (${unknown.length})`, '');
    for (const summary of unknown) lines.push(`- ${entry(summary, options)}: ${escapeMarkdown(stageDescription(summary, today))}`);
    lines.push('');
  }
  for (const stage of STAGES) {
    const items = known.filter((summary) => summary.stage === stage);
    lines.push(`### ${STAGE_TITLES[stage]} (${items.length})`, '');
    if (items.length === 0) lines.push('None.');
    for (const summary of items) {
      const description = stageDescription(summary, today);
      const tags = summary.tags.length > 0 ? ` — ${summary.tags.map((tag) => `\`${codeSpanText(tag)}\``).join(' ')}` : '';
      lines.push(`- ${entry(summary, options)}${description ? `: ${escapeMarkdown(description)}` : ''}${tags}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function entry(summary: InterviewSummary, options: MarkdownReportOptions): string {
  const who = `**${escapeMarkdown(summary.name)}**${summary.role ? `, ${escapeMarkdown(summary.role)}` : ''}${summary.company ? ` — ${escapeMarkdown(summary.company)}` : ''}`;
  const link = options.linkFor?.(summary);
  const file = link ? `[${escapeMarkdown(basename(summary.path))}](<${link.replace(/[<>\r\n]/g, encodeURIComponent)}>)` : `\`${codeSpanText(summary.path)}\``;
  return `${who} (${file})`;
}

/**
 * Escapes the characters that make inline Markdown or HTML (emphasis, code, links, tags, entities)
 * and flattens line breaks; the text always sits inside a line, so line-start markers stay as they are.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]<>~|]/g, (character) => `\\${character}`)
    .replace(/&(?=#?\w+;)/g, '\\&');
}

/** Text for a single-backtick code span: backticks cannot be escaped there, so they become quotes. */
function codeSpanText(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/`/g, "'");
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------------
// iCalendar

export interface ICalendarOptions {
  /** The export's time: every event's DTSTAMP (so the same input gives the same file). */
  now: Date;
  /** Product identifier written in PRODID. */
  productId?: string;
  /** Right-hand side of every UID. */
  uidDomain?: string;
}

const DEFAULT_PRODUCT_ID = '-//notes-as-code//Informational Interviews//EN';
const DEFAULT_UID_DOMAIN = 'informational-interviews.notes-as-code';
const DEFAULT_MINUTES = 30;
const MEETING_WHEN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The meetings and check-ins as an iCalendar file (RFC 5545): one VEVENT per meeting (timed when
 * the file gives a time — floating, or in UTC when it gives an offset — else all day) and one
 * all-day VEVENT per `follow_up.next` of an interview that is not closed. CRLF line breaks, lines
 * folded at 75 octets, text escaped, UIDs derived from the file path so re-importing updates
 * events instead of duplicating them. No time zones are invented and nothing is fetched.
 */
export function toICalendar(summaries: Iterable<InterviewSummary>, options: ICalendarOptions): string {
  const stamp = utcDateTime(options.now);
  const domain = options.uidDomain ?? DEFAULT_UID_DOMAIN;
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(options.productId ?? DEFAULT_PRODUCT_ID)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Informational interviews'];
  for (const summary of pipelineOrder(summaries)) {
    const who = summary.company ? `${summary.name} (${summary.company})` : summary.name;
    const when = summary.meetingWhen ? parseMeetingWhen(summary.meetingWhen) : undefined;
    if (when) {
      lines.push('BEGIN:VEVENT', `UID:meeting-${stableId(summary.path)}@${domain}`, `DTSTAMP:${stamp}`);
      if (when.kind === 'date') lines.push(`DTSTART;VALUE=DATE:${compactDate(when.date)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(when.date))}`);
      else {
        lines.push(`DTSTART:${when.value}`, `DURATION:PT${summary.minutes && summary.minutes > 0 ? Math.round(summary.minutes) : DEFAULT_MINUTES}M`);
      }
      lines.push(`SUMMARY:${escapeText(`Informational interview: ${who}`)}`);
      if (summary.meetingPlace) lines.push(`LOCATION:${escapeText(summary.meetingPlace)}`);
      const details = [summary.role && summary.company ? `${summary.role} at ${summary.company}` : summary.role ?? summary.company, summary.meetingFormat ? `Format: ${summary.meetingFormat}` : undefined, `File: ${summary.path}`].filter(Boolean);
      lines.push(`DESCRIPTION:${escapeText(details.join('\n'))}`);
      // Before `scheduled` a date is only a plan; from then on it was agreed.
      lines.push(stageOrder(summary.stage) >= stageOrder('scheduled') ? 'STATUS:CONFIRMED' : 'STATUS:TENTATIVE');
      lines.push('TRANSP:OPAQUE', 'END:VEVENT');
    }
    if (summary.next && summary.stage !== 'closed') {
      lines.push(
        'BEGIN:VEVENT',
        `UID:check-in-${stableId(summary.path)}@${domain}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compactDate(summary.next)}`,
        `DTEND;VALUE=DATE:${compactDate(nextDay(summary.next))}`,
        `SUMMARY:${escapeText(`Check in with ${who}`)}`,
        `DESCRIPTION:${escapeText(`Keep the lines open with ${summary.name}.\nFile: ${summary.path}`)}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A meeting's `date` as iCalendar wants it: an all-day date, a floating local time, or UTC. */
export function parseMeetingWhen(value: string): { kind: 'date'; date: string } | { kind: 'date-time'; value: string } | undefined {
  const match = MEETING_WHEN.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '00', zone] = match;
  const date = `${year}-${month}-${day}`;
  if (!realDate(Number(year), Number(month), Number(day))) return undefined;
  if (hour === undefined) return { kind: 'date', date };
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  if (!zone) return { kind: 'date-time', value: `${year}${month}${day}T${hour}${minute}${second}` };
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)) - offsetMinutes * 60_000;
  return { kind: 'date-time', value: utcDateTime(new Date(utc)) };
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; drops other control characters. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * Folds a content line so no physical line is longer than 75 octets of UTF-8 (RFC 5545 §3.1):
 * continuation lines start with one space, and a character's bytes are never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const character of line) {
    const size = utf8Length(character);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** A short, stable identifier for a text: two 32-bit FNV-1a hashes, hex. */
export function stableId(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x01000193) ^ (second >>> 13);
  }
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}

function utcDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

function compactDate(date: string): string {
  return date.replace(/-/g, '');
}

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

function realDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
