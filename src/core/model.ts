import { datePart } from './dates';
import type { InterviewDocument } from './parse';

export const STAGES = ['prospect', 'requested', 'scheduled', 'met', 'followed_up', 'closed'] as const;
export type Stage = (typeof STAGES)[number];

export const CONNECTIONS = ['first', 'second', 'third', 'alumni', 'referral', 'cold'] as const;
export const MEETING_FORMATS = ['in-person', 'video', 'phone', 'email'] as const;

/** A piece of free text the user wrote and where it is: a question, the outreach or a follow-up note. */
export interface WrittenText {
  text: string;
  /** JSON pointer of the scalar holding the text. */
  pointer: string;
}

export interface Referral {
  name?: string;
  role?: string;
  company?: string;
  file?: string;
  pointer: string;
}

/** An interview read leniently: fields of the wrong type are absent, so rules never trip on them. */
export interface Interview {
  name?: string;
  role?: string;
  company?: string;
  connection?: string;
  via?: string;
  referredBy?: string;
  /** The stage as written when it is a known stage, else `prospect` (the format's default). */
  stage: Stage;
  /** Whether the file says its stage (a known one) at all. */
  stageWritten: boolean;
  /**
   * The stage as written when the file writes one that is not a stage (`sheduled`, `3`, a list):
   * then `stage` is only the format's default and must not be shown as where the thread stands.
   */
  unknownStage?: string;
  tags: string[];
  outreach?: WrittenText;
  /** `requested`, as a real `YYYY-MM-DD` date. */
  requested?: string;
  /** `replied`: when they answered the request, as a real `YYYY-MM-DD` date. */
  replied?: string;
  /** The meeting's date part, `YYYY-MM-DD`. */
  meetingDate?: string;
  /** The meeting's date as written (may carry a time). */
  meetingWhen?: string;
  meetingFormat?: string;
  meetingPlace?: string;
  minutes?: number;
  research: { company?: string; situation?: string; profile?: string };
  questions: WrittenText[];
  thanked?: string;
  referralsAsked: boolean;
  referrals: Referral[];
  next?: string;
  log: { date?: string; note?: string }[];
  /** The non-empty notes of `follow_up.log` with their pointers: what the user records having sent or done. */
  logNotes: WrittenText[];
  closedReason?: string;
}

/** Reads the fields the rules, the index and the commands use out of a parsed document. */
export function readInterview(document: Pick<InterviewDocument, 'data'>): Interview {
  const root = asMap(document.data);
  const contact = asMap(root.contact);
  const meeting = asMap(root.meeting);
  const research = asMap(root.research);
  const followUp = asMap(root.follow_up);
  const stageValue = root.stage;
  const known = typeof stageValue === 'string' && (STAGES as readonly string[]).includes(stageValue);
  const questions: WrittenText[] = [];
  asList(root.questions).forEach((item, index) => {
    if (typeof item === 'string') questions.push({ text: item, pointer: `/questions/${index}` });
    else {
      const ask = asMap(item).ask;
      if (typeof ask === 'string') questions.push({ text: ask, pointer: `/questions/${index}/ask` });
    }
  });
  const referrals: Referral[] = asList(followUp.referrals).map((item, index) => {
    const referral = asMap(item);
    return {
      name: text(referral.name),
      role: text(referral.role),
      company: text(referral.company),
      file: text(referral.file),
      pointer: `/follow_up/referrals/${index}`,
    };
  });
  const log = asList(followUp.log).map((item) => ({ date: datePart(asMap(item).date), note: text(asMap(item).note) }));
  const logNotes = log.flatMap(({ note }, index): WrittenText[] => (note !== undefined ? [{ text: note, pointer: `/follow_up/log/${index}/note` }] : []));
  const outreach = text(root.outreach);
  const minutes = meeting.minutes;
  return {
    name: text(contact.name),
    role: text(contact.role),
    company: text(contact.company),
    connection: text(contact.connection),
    via: text(contact.via),
    referredBy: text(contact.referred_by),
    stage: known ? (stageValue as Stage) : 'prospect',
    stageWritten: known,
    unknownStage: known || stageValue === undefined ? undefined : writtenStage(stageValue),
    tags: asList(root.tags).filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== ''),
    outreach: outreach !== undefined ? { text: outreach, pointer: '/outreach' } : undefined,
    requested: datePart(root.requested),
    replied: datePart(root.replied),
    meetingDate: datePart(meeting.date),
    meetingWhen: text(meeting.date),
    meetingFormat: text(meeting.format),
    meetingPlace: text(meeting.place),
    minutes: typeof minutes === 'number' && Number.isFinite(minutes) ? minutes : undefined,
    research: { company: text(research.company), situation: text(research.situation), profile: text(research.profile) },
    questions,
    thanked: datePart(followUp.thanked),
    referralsAsked: followUp.referrals_asked === true,
    referrals,
    next: datePart(followUp.next),
    log,
    logNotes,
    closedReason: text(root.closed_reason),
  };
}

/** A stage value that is not a stage, as a few words to show: the text itself, or what kind of value it is. */
function writtenStage(value: unknown): string {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return '(empty)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? '(a list)' : '(a map)';
}

/** The index of a stage in the pipeline order. */
export function stageOrder(stage: Stage): number {
  return STAGES.indexOf(stage);
}

function asMap(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Non-empty text, trimmed of nothing: the user's words as written. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
