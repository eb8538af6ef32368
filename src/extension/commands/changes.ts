// What each command changes in an interview, as core `Change`s: plain data, no editor APIs, so the
// same decisions hold whichever way a command is started (palette, menu, CodeLens, drag and drop).
import { addDays } from '../../core/dates';
import type { Change } from '../../core/edits';
import type { FileCreation } from '../../core/types';
import type { Interview, Stage } from '../../core/model';
import { STAGES, stageOrder } from '../../core/model';

/** The stage after this one on the way through the pipeline; undefined after `closed`. */
export function nextStage(stage: Stage): Stage | undefined {
  return stage === 'closed' ? undefined : STAGES[stageOrder(stage) + 1];
}

export interface StageInputs {
  today: string;
  /** Days until the next check-in, when entering `followed_up` without one and no date is given. */
  checkInDays: number;
  /** The meeting date, when entering `scheduled` (optional). */
  meetingDate?: string;
  /** Why the thread ends, when entering `closed` (required there). */
  reason?: string;
  /** The next check-in, when entering `followed_up` without one; today + `checkInDays` when absent. */
  next?: string;
  /** The day the thank-you went out, when entering `followed_up` without one recorded. */
  thanked?: string;
  /** Whether they were asked who else to talk to, when entering `followed_up` without that recorded. */
  referralsAsked?: boolean;
}

/**
 * The changes that move an interview to a stage: the stage itself plus what the new stage implies
 * and the file lacks — `requested` today, the meeting date when one is given, when following up
 * the thank-you, the referral question and the next check-in as answered — and the reason when
 * closing. Nothing the user wrote is removed.
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
      if (!interview.thanked && inputs.thanked) changes.push({ kind: 'set', path: ['follow_up', 'thanked'], value: inputs.thanked });
      if (!interview.referralsAsked && inputs.referralsAsked) changes.push({ kind: 'set', path: ['follow_up', 'referrals_asked'], value: true });
      if (!interview.next && inputs.next !== '') changes.push({ kind: 'set', path: ['follow_up', 'next'], value: inputs.next ?? addDays(inputs.today, inputs.checkInDays) });
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

/**
 * What the user should know after a move that the changes do not say: what the new stage still
 * lacks, which a rule will point out (an empty outreach once requested; no thank-you or referral
 * question once followed up).
 */
export function stageNotes(interview: Interview, stage: Stage, inputs: Pick<StageInputs, 'thanked' | 'referralsAsked'>): string[] {
  const notes: string[] = [];
  if (stage === 'requested' && !interview.outreach?.text.trim()) notes.push('The outreach is still empty: note the message you sent under outreach.');
  if (stage === 'followed_up') {
    if (!interview.thanked && !inputs.thanked) notes.push('No thank-you is recorded yet.');
    if (!interview.referralsAsked && interview.referrals.length === 0 && !inputs.referralsAsked) notes.push('Who else to talk to is not asked yet.');
  }
  return notes;
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

/**
 * What changes do, in a few words for a message: each value set (the stage as "from → to"), each
 * entry added and each file created, in the order given ("stage prospect → requested, requested
 * 2026-12-07").
 */
export function describeChanges(interview: Pick<Interview, 'stage' | 'unknownStage'>, changes: readonly Change[], creates: readonly FileCreation[] = []): string {
  const parts = changes.map((change) => {
    const key = change.path.join('.');
    if (change.kind === 'append') {
      const item = change.item;
      const about = typeof item === 'object' ? (item.name ?? item.date ?? '') : item;
      return `${about ? `${String(about)} ` : ''}added to ${key}`;
    }
    if (key === 'stage') return `stage ${interview.unknownStage ?? interview.stage} → ${String(change.value)}`;
    return typeof change.value === 'string' && /[\s,;]/.test(change.value) ? `${key} "${change.value}"` : `${key} ${String(change.value)}`;
  });
  for (const creation of creates) parts.push(`${creation.relativePath} created`);
  return parts.join(', ');
}
