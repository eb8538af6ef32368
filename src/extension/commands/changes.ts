// What each command changes in an interview, as core `Change`s: plain data, no editor APIs, so the
// same decisions hold whichever way a command is started (palette, menu, CodeLens, drag and drop).
import { addDays } from '../../core/dates';
import type { Change } from '../../core/edits';
import type { Interview, Stage } from '../../core/model';
import { STAGES, stageOrder } from '../../core/model';

/** The stage after this one on the way through the pipeline; undefined after `closed`. */
export function nextStage(stage: Stage): Stage | undefined {
  return stage === 'closed' ? undefined : STAGES[stageOrder(stage) + 1];
}

export interface StageInputs {
  today: string;
  /** Days until the next check-in, when entering `followed_up` without one. */
  checkInDays: number;
  /** The meeting date, when entering `scheduled` (optional). */
  meetingDate?: string;
  /** Why the thread ends, when entering `closed` (required there). */
  reason?: string;
}

/**
 * The changes that move an interview to a stage: the stage itself plus the date the new stage
 * implies when the file lacks it (`requested` today, a meeting date when one is given, a next
 * check-in when following up) and the reason when closing. Nothing the user wrote is removed.
 */
export function stageChanges(interview: Interview, stage: Stage, inputs: StageInputs): Change[] | string {
  const changes: Change[] = [];
  if (interview.stage !== stage || !interview.stageWritten) changes.push({ kind: 'set', path: ['stage'], value: stage });
  switch (stage) {
    case 'requested':
      if (!interview.requested) changes.push({ kind: 'set', path: ['requested'], value: inputs.today });
      break;
    case 'scheduled':
      if (inputs.meetingDate) changes.push({ kind: 'set', path: ['meeting', 'date'], value: inputs.meetingDate });
      break;
    case 'followed_up':
      if (!interview.next) changes.push({ kind: 'set', path: ['follow_up', 'next'], value: addDays(inputs.today, inputs.checkInDays) });
      break;
    case 'closed':
      if (!inputs.reason) return 'closing needs a reason.';
      changes.push({ kind: 'set', path: ['closed_reason'], value: inputs.reason });
      break;
    default:
      break;
  }
  return changes;
}

export interface MeetingInputs {
  date: string;
  format?: string;
  minutes?: number;
  place?: string;
}

/** The changes that schedule a meeting: its date, format, length and place, and stage `scheduled` unless the thread is further along. */
export function meetingChanges(interview: Interview, meeting: MeetingInputs): Change[] {
  const changes: Change[] = [{ kind: 'set', path: ['meeting', 'date'], value: meeting.date }];
  if (meeting.format) changes.push({ kind: 'set', path: ['meeting', 'format'], value: meeting.format });
  if (meeting.minutes !== undefined) changes.push({ kind: 'set', path: ['meeting', 'minutes'], value: meeting.minutes });
  if (meeting.place) changes.push({ kind: 'set', path: ['meeting', 'place'], value: meeting.place });
  if (stageOrder(interview.stage) < stageOrder('scheduled') || !interview.stageWritten) changes.push({ kind: 'set', path: ['stage'], value: 'scheduled' });
  return changes;
}

/** The changes that record the thank-you: its date, and stage `met` when the file was still before it. */
export function thankYouChanges(interview: Interview, date: string): Change[] {
  const changes: Change[] = [{ kind: 'set', path: ['follow_up', 'thanked'], value: date }];
  if (stageOrder(interview.stage) < stageOrder('met')) changes.push({ kind: 'set', path: ['stage'], value: 'met' });
  return changes;
}

/** The changes that log a touch after the meeting, and set the next check-in when one is given. */
export function followUpChanges(entry: { date: string; note: string }, next: string | undefined): Change[] {
  const changes: Change[] = [{ kind: 'append', path: ['follow_up', 'log'], item: { date: entry.date, note: entry.note } }];
  if (next) changes.push({ kind: 'set', path: ['follow_up', 'next'], value: next });
  return changes;
}

/**
 * The changes that record a referral: its entry in `follow_up.referrals` (or the `file` of an
 * entry with the same name that has none yet) and `referrals_asked: true`.
 */
export function referralChanges(interview: Interview, referral: { name: string; role?: string; company?: string; file: string }): Change[] {
  const changes: Change[] = [];
  const sameName = (name: string | undefined) => name !== undefined && name.trim().toLocaleLowerCase() === referral.name.trim().toLocaleLowerCase();
  const existing = interview.referrals.find((candidate) => sameName(candidate.name) && !candidate.file);
  if (existing) changes.push({ kind: 'set', path: [...existing.pointer.split('/').slice(1), 'file'], value: referral.file });
  else changes.push({ kind: 'append', path: ['follow_up', 'referrals'], item: { name: referral.name, role: referral.role || undefined, company: referral.company || undefined, file: referral.file } });
  if (!interview.referralsAsked) changes.push({ kind: 'set', path: ['follow_up', 'referrals_asked'], value: true });
  return changes;
}
