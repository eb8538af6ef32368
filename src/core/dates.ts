/** Calendar-date helpers on ISO strings; "today" always comes in as an argument. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why an ISO date (or the date part of a date-time) is impossible, or undefined when it is real. */
export function impossibleDateReason(value: string): string | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  const time = /T(\d{2}):(\d{2})/.exec(value);
  if (time && (Number(time[1]) > 23 || Number(time[2]) > 59)) return `${time[1]}:${time[2]} is not a time of day`;
  return undefined;
}

/** The `YYYY-MM-DD` date part of a date or date-time string, if it has a real one. */
export function datePart(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE.exec(value);
  if (!match || impossibleDateReason(value)) return undefined;
  return match[0];
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** `date` plus `days`, as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * 86_400_000).toISOString().slice(0, 10);
}

const NO_HOLIDAYS: ReadonlySet<string> = new Set();

/** Whether a date is a business day: Monday to Friday, and not one of `holidays`. */
export function isBusinessDay(date: string, holidays: ReadonlySet<string> = NO_HOLIDAYS): boolean {
  const weekday = new Date(toUtc(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** Business days after `from`, up to and including `to` (0 when `to` is not later). */
export function businessDaysBetween(from: string, to: string, holidays: ReadonlySet<string> = NO_HOLIDAYS): number {
  const days = daysBetween(from, to);
  if (!(days > 0)) return 0;
  // Whole weeks hold five weekdays each; the days after them are counted one by one.
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  for (let day = weeks * 7 + 1; day <= days; day++) if (isBusinessDay(addDays(from, day))) count++;
  for (const holiday of holidays) if (holiday > from && holiday <= to && isBusinessDay(holiday)) count--;
  return count;
}

/** The date `count` business days after `date`. */
export function addBusinessDays(date: string, count: number, holidays: ReadonlySet<string> = NO_HOLIDAYS): string {
  let day = date;
  for (let left = count; left > 0; ) {
    day = addDays(day, 1);
    if (isBusinessDay(day, holidays)) left--;
  }
  return day;
}

/** A local calendar date as `YYYY-MM-DD`. */
export function formatLocalDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether a string is a real `YYYY-MM-DD` date. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && impossibleDateReason(value) === undefined;
}

/** "Dec 3" (or "Dec 3, 2027" when the year differs from `today`'s). */
export function shortDate(date: string, today?: string): string {
  const match = DATE.exec(date);
  if (!match) return date;
  const label = `${MONTHS[Number(match[2]) - 1].slice(0, 3)} ${Number(match[3])}`;
  return today && today.slice(0, 4) !== match[1] ? `${label}, ${match[1]}` : label;
}

function toUtc(date: string): number {
  const match = DATE.exec(date);
  if (!match) return NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}
