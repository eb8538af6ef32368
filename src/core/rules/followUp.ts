import type { LintConfig } from '../config';
import { addDays, businessDaysBetween, daysBetween, shortDate } from '../dates';
import type { Interview } from '../model';
import { REFERRAL_ASK } from '../phrases';
import type { Rule, WorkspaceView } from './rule';
import { fixFromChanges, hasValue, missingSpan, personName, stageSpan, valueSpan } from './rule';

export const THANK_YOU = 'thank-you';
export const THANK_YOU_LATE = 'thank-you-late';
export const ASK_REFERRAL = 'ask-referral';
export const KEEP_IN_TOUCH = 'keep-in-touch';
export const FOLLOW_UP_DUE = 'follow-up-due';
export const REQUEST_STALE = 'request-stale';
export const SECOND_CONTACT = 'second-contact';

/** Whether the conversation has happened: a past meeting date, or a stage of met or later. */
export function hasMet(interview: { stage: string; meetingDate?: string }, today: string): boolean {
  if (interview.stage === 'met' || interview.stage === 'followed_up') return true;
  return interview.meetingDate !== undefined && interview.meetingDate < today;
}

/** "1 day" / "3 days". */
export function dayCount(days: number): string {
  return `${days} day${days === 1 ? '' : 's'}`;
}

export const thankYouRule: Rule = {
  id: THANK_YOU,
  defaultSeverity: 'warning',
  habit: 'follow-up',
  reason: 'Thank them straight after the conversation: it is the first step of keeping the lines open.',
  check({ document, interview }, { today }) {
    // A thanked date that is written but not a real date is the schema rule's to report.
    if (interview.stage === 'closed' || interview.thanked || hasValue(document, '/follow_up/thanked')) return [];
    if (!hasMet(interview, today)) return [];
    // A meeting date still ahead with stage met is a stage-mismatch; here the stage is what says you met.
    const past = interview.meetingDate !== undefined && interview.meetingDate <= today;
    const met = past ? `You met ${personName(interview)} on ${shortDate(interview.meetingDate!, today)}` : `The stage says you met ${personName(interview)}`;
    const [start, end] = interview.meetingDate ? valueSpan(document, '/meeting/date') : stageSpan(document);
    const fix = fixFromChanges(document, `Mark the thank-you as sent today (${today})`, [{ kind: 'set', path: ['follow_up', 'thanked'], value: today }], { preferred: true, mechanical: true });
    return [{ message: `${met} but no thank-you is recorded: send one and set \`follow_up.thanked\`.`, start, end, fixes: fix ? [fix] : undefined }];
  },
};

export const thankYouLateRule: Rule = {
  id: THANK_YOU_LATE,
  defaultSeverity: 'information',
  habit: 'follow-up',
  reason: 'A thank-you sent the same day or the next is the one people remember.',
  check({ document, interview }, { today, config }) {
    if (!interview.thanked || !interview.meetingDate) return [];
    const late = daysBetween(interview.meetingDate, interview.thanked);
    const window = config.windows.thankYouDays;
    if (late <= window) return [];
    const [start, end] = valueSpan(document, '/follow_up/thanked');
    return [
      {
        message: `The thank-you to ${personName(interview)} went out ${dayCount(late)} after the meeting (${shortDate(interview.meetingDate, today)}). Next time send it within ${dayCount(window)}, while the conversation is fresh.`,
        start,
        end,
      },
    ];
  },
};

export const askReferralRule: Rule = {
  id: ASK_REFERRAL,
  defaultSeverity: 'warning',
  habit: 'follow-up',
  reason: 'Each conversation should lead to the next: ask who else you should talk to.',
  check({ document, interview }) {
    if (interview.stage !== 'met' && interview.stage !== 'followed_up') return [];
    if (interview.referralsAsked || interview.referrals.length > 0) return [];
    const [start, end] = document.entries.has('/follow_up/referrals_asked') ? valueSpan(document, '/follow_up/referrals_asked') : missingSpan(document, ['/follow_up']);
    const fix = fixFromChanges(document, 'Mark the referral question as asked', [{ kind: 'set', path: ['follow_up', 'referrals_asked'], value: true }], { preferred: true, mechanical: true });
    return [
      {
        message: `No referral is recorded for ${personName(interview)}: ask "${REFERRAL_ASK}", then set \`follow_up.referrals_asked: true\` and list the names under \`follow_up.referrals\`.`,
        start,
        end,
        fixes: fix ? [fix] : undefined,
      },
    ];
  },
};

export const keepInTouchRule: Rule = {
  id: KEEP_IN_TOUCH,
  defaultSeverity: 'information',
  habit: 'follow-up',
  reason: 'Keep the lines open: a planned check-in turns one conversation into a relationship.',
  check({ document, interview }, { today, config }) {
    if (interview.stage !== 'followed_up' || interview.next || hasValue(document, '/follow_up/next')) return [];
    const nextDate = addDays(today, config.windows.checkInDays);
    const [start, end] = missingSpan(document, ['/follow_up/next', '/follow_up']);
    const fix = fixFromChanges(document, `Plan the next check-in for ${nextDate}`, [{ kind: 'set', path: ['follow_up', 'next'], value: nextDate }], { preferred: true, mechanical: true });
    return [
      {
        message: `No next check-in with ${personName(interview)} is planned: set \`follow_up.next\` (for example ${nextDate}) and send a short update or an article they would like then.`,
        start,
        end,
        fixes: fix ? [fix] : undefined,
      },
    ];
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
    const when = overdue === 0 ? 'today' : `${dayCount(overdue)} ago (${shortDate(interview.next, today)})`;
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
    return [{ message: `Your check-in with ${personName(interview, 'this contact')} was due ${when}: get in touch, log it in \`follow_up.log\` and set the next date.`, start, end, fixes: fix ? [fix] : undefined }];
  },
};

/**
 * Where a request that has had no reply stands in the 3B7 routine: the business days it has waited
 * (weekends and the configured holidays left out), and what is due — after three, writing to a
 * second person at the same employer (3B); after seven, the one polite follow-up (7B). Undefined
 * when the request has an answer (`replied`), a meeting date, or is not the stage.
 */
export function requestWait(interview: Pick<Interview, 'stage' | 'requested' | 'replied' | 'meetingDate'>, today: string, config: LintConfig, secondAsked = false): { waited: number; due?: typeof SECOND_CONTACT | typeof REQUEST_STALE } | undefined {
  if (interview.stage !== 'requested' || !interview.requested || interview.replied || interview.meetingDate) return undefined;
  const waited = businessDaysBetween(interview.requested, today, new Set(config.holidays));
  const { staleRequestDays, secondContactDays } = config.windows;
  return { waited, due: waited > staleRequestDays ? REQUEST_STALE : waited >= secondContactDays && !secondAsked ? SECOND_CONTACT : undefined };
}

/**
 * Whether someone else at the same employer has been asked for a meeting since this request (their
 * file's `requested` on or after this one's): the second person of 3B, written to already, so there
 * is nothing to suggest. False without a workspace view that knows the requests.
 */
export function secondPersonAsked(interview: Pick<Interview, 'company' | 'requested'>, path: string | undefined, workspace: WorkspaceView | undefined): boolean {
  const { company, requested } = interview;
  return !!company && !!requested && !!workspace?.askedSince?.(company, requested, path);
}

/** Whether they answered within the 3B window: a booster, who tends to help. Derived, stored nowhere. */
export function isBooster(interview: Pick<Interview, 'requested' | 'replied'>, config: LintConfig): boolean {
  return !!interview.requested && !!interview.replied && interview.replied >= interview.requested && businessDaysBetween(interview.requested, interview.replied, new Set(config.holidays)) <= config.windows.secondContactDays;
}

/** "1 business day" / "3 business days". */
const businessDays = (count: number): string => `${count} business day${count === 1 ? '' : 's'}`;

/** The 3B and 7B rules: on the request date, with a fix that records a reply today. */
function requestRule(id: typeof SECOND_CONTACT | typeof REQUEST_STALE, habit: Rule['habit'], reason: string, message: (name: string, waited: number, asked: string, company: string, config: LintConfig) => string): Rule {
  return {
    id,
    defaultSeverity: 'information',
    habit,
    reason,
    check({ document, interview }, { today, config, path, workspace }) {
      const wait = requestWait(interview, today, config, secondPersonAsked(interview, path, workspace));
      if (wait?.due !== id || hasValue(document, '/meeting/date')) return [];
      const [start, end] = valueSpan(document, '/requested');
      const fix = fixFromChanges(document, `They replied: record it today (${today})`, [{ kind: 'set', path: ['replied'], value: today }]);
      return [{ message: message(personName(interview), wait.waited, shortDate(interview.requested!, today), interview.company ?? 'the same employer', config), start, end, fixes: fix ? [fix] : undefined }];
    },
  };
}

export const secondContactRule: Rule = requestRule(
  SECOND_CONTACT,
  'contacts',
  'No answer in three business days? Write to a second person at the same employer now: whoever answers first is the one to meet.',
  (name, waited, asked, company, config) =>
    `No reply from ${name} in ${businessDays(waited)} (asked ${asked}): write to a second person at ${company} now rather than wait; whoever answers first is the one to meet. If ${name} is still silent after ${businessDays(config.windows.staleRequestDays)}, send one polite follow-up.`,
);

export const requestStaleRule: Rule = requestRule(
  REQUEST_STALE,
  'follow-up',
  'People are busy: one polite follow-up after seven business days often gets the meeting; silence never does.',
  (name, waited, asked) => `You asked ${name} for a meeting ${businessDays(waited)} ago (${asked}) and no reply is noted: send one short, polite follow-up offering to fit their schedule — just the one — or record their reply in \`replied\`.`,
);
