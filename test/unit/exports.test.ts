import * as assert from 'node:assert/strict';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { defaultConfig } from '../../src/core/config';
import { CSV_COLUMNS, csvField, escapeText, foldLine, parseMeetingWhen, stableId, toCsv, toICalendar, toMarkdownReport } from '../../src/core/exports';
import { readInterview } from '../../src/core/model';
import { parseInterview } from '../../src/core/parse';
import type { InterviewSummary } from '../../src/core/pipeline';
import { summarize } from '../../src/core/pipeline';

const TODAY = '2026-12-01';
const NOW = new Date(Date.UTC(2026, 11, 1, 8, 30, 0));

/** A summary of an interview file as the index would hold it. */
function summaryOf(path: string, text: string, today = TODAY): InterviewSummary {
  const document = parseInterview(text);
  return summarize(`file:///ws/${path}`, `ws/${path}`, readInterview(document), [], document.syntax.length === 0, today, defaultConfig());
}

const dana = summaryOf(
  'dana-reyes.interview.yaml',
  `contact:
  name: Dana Reyes
  role: Engineering Manager
  company: Acme Robotics
  connection: second
stage: scheduled
tags: [robotics, target-company]
meeting:
  date: 2026-12-03T09:30
  format: in-person
  place: Blue Bottle, 3rd Ave; corner table
  minutes: 20
`,
);
const lee = summaryOf(
  'lee-wong.interview.yaml',
  `contact:
  name: Lee Wong
  company: "Wong, Lee & Partners"
stage: followed_up
meeting:
  date: 2026-11-02
follow_up:
  thanked: 2026-11-02
  next: 2026-11-20
`,
);
const zoe = summaryOf(
  'zoe.interview.yaml',
  `contact:
  name: "Zoë \\"Z\\" O'Brien"
  company: "=HYPERLINK(\\"http://x\\")"
stage: prospect
notes: |
  Two lines
  of notes.
`,
);
const closed = summaryOf(
  'closed.interview.yaml',
  `contact:
  name: Sam Patel
stage: closed
closed_reason: "Moved abroad,
  no follow-up"
meeting:
  date: 2026-01-12T18:00+02:00
follow_up:
  next: 2026-12-24
`,
);
const all = [zoe, lee, dana, closed];

/** A small RFC 4180 reader, the reference the real parser is checked against. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += character;
  }
  assert.equal(field, '', 'the CSV ends with a line break');
  return rows;
}

describe('CSV export', () => {
  it('writes a header and one row per interview, in pipeline order', () => {
    const rows = readCsv(toCsv(all));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length, 1 + all.length);
    assert.deepEqual(
      rows.slice(1).map((row) => row[4]),
      ['prospect', 'scheduled', 'followed_up', 'closed'],
    );
    for (const row of rows) assert.equal(row.length, CSV_COLUMNS.length);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, with CRLF between records', () => {
    const text = toCsv([lee, closed]);
    assert.ok(text.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(text.replace(/"[^"]*(?:""[^"]*)*"/g, '')), 'record breaks are CRLF');
    assert.ok(text.includes('"Wong, Lee & Partners"'));
    const rows = readCsv(text);
    assert.equal(rows[1][2], 'Wong, Lee & Partners');
    assert.equal(rows[2][CSV_COLUMNS.indexOf('closed_reason')], 'Moved abroad, no follow-up');
  });

  it('keeps the contact’s words and defuses cells a spreadsheet would run as formulas', () => {
    const row = readCsv(toCsv([zoe]))[1];
    assert.equal(row[0], 'Zoë "Z" O\'Brien');
    assert.equal(row[2], '\'=HYPERLINK("http://x")');
    assert.equal(csvField('-1'), "'-1");
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a"b'), '"a""b"');
  });

  it('fills the dates, the due list and the file path', () => {
    const rows = readCsv(toCsv([dana, lee]));
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    assert.equal(rows[1][column('meeting')], '2026-12-03T09:30');
    assert.equal(rows[1][column('minutes')], '20');
    assert.equal(rows[1][column('tags')], 'robotics; target-company');
    assert.equal(rows[2][column('next')], '2026-11-20');
    assert.match(rows[2][column('due')], /check-in overdue since Nov 20/);
    assert.equal(rows[2][column('file')], 'ws/lee-wong.interview.yaml');
  });

  it('writes when they replied beside when you asked', () => {
    const text = 'contact:\n  name: Ana Silva\n  company: Fenland Trust\nstage: scheduled\nrequested: 2026-11-02\nreplied: 2026-11-04\n';
    const [, row] = readCsv(toCsv([summaryOf('ana.interview.yaml', text)]));
    assert.deepEqual([row[CSV_COLUMNS.indexOf('requested')], row[CSV_COLUMNS.indexOf('replied')]], ['2026-11-02', '2026-11-04']);
  });

  it('writes only a header for an empty workspace', () => {
    assert.equal(toCsv([]), `${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('opens with a real CSV parser: one record per interview', () => {
    const text = toCsv(all);
    const records = parseCsv(text, { relax_column_count: false }) as string[][];
    assert.equal(records.length, 1 + all.length);
    assert.deepEqual(records, readCsv(text));
  });
});

describe('Markdown report', () => {
  const report = toMarkdownReport(all, { today: TODAY });

  it('counts each stage and lists every stage in pipeline order', () => {
    assert.match(report, /^# Informational interviews\n/);
    assert.match(report, /\| Scheduled \| 1 \|/);
    assert.match(report, /\| Requested \| 0 \|/);
    const headings = [...report.matchAll(/^### (.+)$/gm)].map((match) => match[1]);
    assert.deepEqual(headings, ['Prospect (1)', 'Requested (0)', 'Scheduled (1)', 'Met (0)', 'Followed up (1)', 'Closed (1)']);
  });

  it('lists what is due, most urgent first, with the reason', () => {
    const due = report.slice(report.indexOf('## Due'), report.indexOf('## Pipeline'));
    assert.match(due, /^## Due \(1\)$/m);
    assert.match(due, /\*\*Lee Wong\*\* — Wong, Lee & Partners .*: check-in overdue since Nov 20/);
  });

  it('shows the date that matters at each stage', () => {
    assert.match(report, /\*\*Dana Reyes\*\*, Engineering Manager — Acme Robotics \(`ws\/dana-reyes\.interview\.yaml`\): meets Dec 3 — `robotics` `target-company`/);
  });

  it('escapes markup in what the user wrote', () => {
    const sneaky = summaryOf('x.interview.yaml', 'contact:\n  name: "[click](http://evil) <b>*x*</b>"\n');
    const text = toMarkdownReport([sneaky], { today: TODAY });
    assert.ok(text.includes('\\[click\\](http://evil) \\<b\\>\\*x\\*\\</b\\>'), text);
    assert.ok(!text.includes('[click]('));
  });

  it('links each file where a link is given', () => {
    const text = toMarkdownReport([dana], { today: TODAY, linkFor: () => 'people/dana reyes.interview.yaml' });
    assert.ok(text.includes('([dana-reyes.interview.yaml](<people/dana reyes.interview.yaml>))'));
  });
});

/** Unfolds and splits an iCalendar text into content lines. */
function contentLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);
}

function events(text: string): string[][] {
  const result: string[][] = [];
  let current: string[] | undefined;
  for (const line of contentLines(text)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT') {
      if (current) result.push(current);
      current = undefined;
    } else current?.push(line);
  }
  return result;
}

describe('iCalendar export', () => {
  const ics = toICalendar(all, { now: NOW });

  it('is one VCALENDAR of CRLF lines, none longer than 75 octets', () => {
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:'));
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(ics), 'every line break is CRLF');
    for (const line of ics.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, `too long: ${line}`);
  });

  it('has an event per meeting and per open check-in, none for a closed check-in', () => {
    const list = events(ics);
    const summaries = list.map((event) => event.find((line) => line.startsWith('SUMMARY:')));
    assert.deepEqual(summaries.sort(), [
      'SUMMARY:Check in with Lee Wong (Wong\\, Lee & Partners)',
      'SUMMARY:Informational interview: Dana Reyes (Acme Robotics)',
      'SUMMARY:Informational interview: Lee Wong (Wong\\, Lee & Partners)',
      'SUMMARY:Informational interview: Sam Patel',
    ]);
  });

  it('writes a timed meeting as a floating local time with its length', () => {
    const event = events(ics).find((lines) => lines.includes('SUMMARY:Informational interview: Dana Reyes (Acme Robotics)'));
    assert.ok(event);
    assert.ok(event.includes('DTSTART:20261203T093000'));
    assert.ok(event.includes('DURATION:PT20M'));
    assert.ok(event.includes('LOCATION:Blue Bottle\\, 3rd Ave\\; corner table'));
    assert.ok(event.includes('DTSTAMP:20261201T083000Z'));
    assert.ok(event.includes('STATUS:CONFIRMED'));
  });

  it('converts a meeting time with an offset to UTC, and a date-only meeting to an all-day event', () => {
    const sam = events(ics).find((lines) => lines.includes('SUMMARY:Informational interview: Sam Patel'));
    assert.ok(sam?.includes('DTSTART:20260112T160000Z'));
    const leeMeeting = events(ics).find((lines) => lines.includes('SUMMARY:Informational interview: Lee Wong (Wong\\, Lee & Partners)'));
    assert.ok(leeMeeting?.includes('DTSTART;VALUE=DATE:20261102'));
    assert.ok(leeMeeting?.includes('DTEND;VALUE=DATE:20261103'));
    const checkIn = events(ics).find((lines) => lines.some((line) => line.startsWith('SUMMARY:Check in')));
    assert.ok(checkIn?.includes('DTSTART;VALUE=DATE:20261120'));
    assert.ok(checkIn?.includes('DTEND;VALUE=DATE:20261121'));
  });

  it('gives each event a UID that stays the same from one export to the next', () => {
    const again = toICalendar([...all].reverse(), { now: new Date(Date.UTC(2027, 0, 1)) });
    const uids = (text: string) => contentLines(text).filter((line) => line.startsWith('UID:')).sort();
    assert.deepEqual(uids(again), uids(ics));
    assert.equal(new Set(uids(ics)).size, uids(ics).length);
    assert.equal(stableId('a'), stableId('a'));
    assert.notEqual(stableId('ws/a.interview.yaml'), stableId('ws/b.interview.yaml'));
  });

  it('is the same text for the same input and time', () => {
    assert.equal(toICalendar(all, { now: NOW }), ics);
  });

  it('escapes text and drops control characters', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf\u0007'), 'a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'ë'.repeat(50)}😀${'x'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    assert.ok(parts.length > 1);
    for (const part of parts) assert.ok(new TextEncoder().encode(part).length <= 75);
    for (const part of parts.slice(1)) assert.ok(part.startsWith(' '));
    assert.equal(folded.replace(/\r\n /g, ''), line);
    assert.ok(!folded.includes('\uFFFD'));
  });

  it('reads the meeting date forms the format allows', () => {
    assert.deepEqual(parseMeetingWhen('2026-12-03'), { kind: 'date', date: '2026-12-03' });
    assert.deepEqual(parseMeetingWhen('2026-12-03T09:30'), { kind: 'date-time', value: '20261203T093000' });
    assert.deepEqual(parseMeetingWhen('2026-12-03 09:30:15'), { kind: 'date-time', value: '20261203T093015' });
    assert.deepEqual(parseMeetingWhen('2026-12-03T09:30Z'), { kind: 'date-time', value: '20261203T093000Z' });
    assert.deepEqual(parseMeetingWhen('2026-12-03T00:30+0100'), { kind: 'date-time', value: '20261202T233000Z' });
    assert.equal(parseMeetingWhen('2026-02-30'), undefined);
    assert.equal(parseMeetingWhen('2026-12-03T25:00'), undefined);
    assert.equal(parseMeetingWhen('next Tuesday'), undefined);
  });

  it('is an empty calendar when nothing has a date', () => {
    assert.deepEqual(events(toICalendar([zoe], { now: NOW })), []);
  });

  it('parses with a real iCalendar parser', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    assert.equal(calendar.name, 'vcalendar');
    const parsed = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    assert.equal(parsed.length, 4);
    const meeting = parsed.find((event) => event.summary === 'Informational interview: Dana Reyes (Acme Robotics)');
    assert.ok(meeting);
    assert.equal(meeting.location, 'Blue Bottle, 3rd Ave; corner table');
    assert.equal(meeting.startDate.toString(), '2026-12-03T09:30:00');
    assert.equal(meeting.startDate.zone?.tzid, 'floating');
    assert.equal(meeting.duration.toSeconds(), 20 * 60);
    const sam = parsed.find((event) => event.summary === 'Informational interview: Sam Patel');
    assert.equal(sam?.startDate.toString(), '2026-01-12T16:00:00Z');
    const checkIn = parsed.find((event) => event.summary === 'Check in with Lee Wong (Wong, Lee & Partners)');
    assert.ok(checkIn?.startDate.isDate);
    assert.equal(checkIn.startDate.toString(), '2026-11-20');
    assert.equal(new Set(parsed.map((event) => event.uid)).size, 4);
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  });
});
