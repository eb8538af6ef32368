import { addDays, daysBetween, shortDate } from '../dates';
import type { Rule } from './rule';
import { fixFromChanges, stageSpan, valueSpan } from './rule';

export const THANK_YOU = 'thank-you';
export const FOLLOW_UP_DUE = 'follow-up-due';

/** Whether the conversation has happened: a past meeting date, or a stage of met or later. */
export function hasMet(interview: { stage: string; meetingDate?: string }, today: string): boolean {
  if (interview.stage === 'met' || interview.stage === 'followed_up') return true;
  return interview.meetingDate !== undefined && interview.meetingDate < today;
}

export const thankYouRule: Rule = {
  id: THANK_YOU,
  defaultSeverity: 'warning',
  habit: 'follow-up',
  reason: 'Thank them straight after the conversation: it is the first step of keeping the lines open.',
  check({ document, interview }, { today }) {
    if (interview.stage === 'closed' || interview.thanked || document.entries.has('/follow_up/thanked')) return [];
    if (!hasMet(interview, today)) return [];
    const when = interview.meetingDate ? ` on ${shortDate(interview.meetingDate, today)}` : '';
    const [start, end] = interview.meetingDate ? valueSpan(document, '/meeting/date') : stageSpan(document);
    const fix = fixFromChanges(document, `Mark the thank-you as sent today (${today})`, [{ kind: 'set', path: ['follow_up', 'thanked'], value: today }], { preferred: true, mechanical: true });
    return [{ message: `You met ${interview.name ?? 'them'}${when} but no thank-you is recorded: send one and set \`follow_up.thanked\`.`, start, end, fixes: fix ? [fix] : undefined }];
  },
};

export const followUpDueRule: Rule = {
  id: FOLLOW_UP_DUE,
  defaultSeverity: 'warning',
  habit: 'follow-up',
  reason: 'A check-in you planned keeps the relationship alive; let it slip and the thread goes cold.',
  check({ document, interview }, { today, config }) {
    if (interview.stage === 'closed' || !interview.next || interview.next > today) return [];
    const overdue = daysBetween(interview.next, today);
    const when = overdue === 0 ? 'today' : `${overdue} day${overdue === 1 ? '' : 's'} ago (${shortDate(interview.next, today)})`;
    const [start, end] = valueSpan(document, '/follow_up/next');
    const nextDate = addDays(today, config.windows.checkInDays);
    const fix = fixFromChanges(
      document,
      `Log a check-in today and plan the next for ${nextDate}`,
      [
        { kind: 'append', path: ['follow_up', 'log'], item: { date: today, note: 'Checked in.' } },
        { kind: 'set', path: ['follow_up', 'next'], value: nextDate },
      ],
      { preferred: true },
    );
    return [{ message: `Your check-in with ${interview.name ?? 'this contact'} was due ${when}: get in touch, log it in \`follow_up.log\` and set the next date.`, start, end, fixes: fix ? [fix] : undefined }];
  },
};
