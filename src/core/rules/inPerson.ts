import { findTimeAsks } from '../phrases';
import type { Finding, Rule } from './rule';
import { fixFromChanges, valueSpan } from './rule';
import { phraseFindings } from './jobAsk';

export const TIME_ASK = 'time-ask';
export const PREFER_IN_PERSON = 'prefer-in-person';

const REMOTE_FORMATS: Readonly<Record<string, string>> = { phone: 'A phone call', video: 'A video call', email: 'An e-mail exchange' };

export const timeAskRule: Rule = {
  id: TIME_ASK,
  defaultSeverity: 'warning',
  habit: 'in-person',
  reason: 'Respect their time: ask for 20–30 minutes; if they want to talk longer, they will offer.',
  check({ document, interview }, { config }) {
    const limit = config.windows.maxMinutes;
    const findings: Finding[] = [];
    if (interview.minutes !== undefined && interview.minutes > limit) {
      const [start, end] = valueSpan(document, '/meeting/minutes');
      const fix = fixFromChanges(document, `Plan ${limit} minutes`, [{ kind: 'set', path: ['meeting', 'minutes'], value: limit }], { preferred: true, mechanical: true });
      findings.push({
        message: `${interview.minutes} minutes is more than the ${limit} to ask for: plan ${limit} minutes or less and keep to it; if they want to talk longer, they will offer.`,
        start,
        end,
        fixes: fix ? [fix] : undefined,
      });
    }
    if (interview.outreach) {
      findings.push(
        ...phraseFindings(
          document,
          interview.outreach,
          findTimeAsks(interview.outreach.text, limit),
          (match) => `"${match.phrase}" asks for more than ${limit} minutes of their time: ask for ${match.suggestion || `${limit} minutes`} instead; if they want to talk longer, they will offer.`,
        ),
      );
    }
    return findings;
  },
};

export const preferInPersonRule: Rule = {
  id: PREFER_IN_PERSON,
  defaultSeverity: 'hint',
  habit: 'in-person',
  reason: 'Face to face beats phone, video or e-mail: offer to meet near their work, at a time that suits them.',
  check({ document, interview }) {
    const format = interview.meetingFormat;
    if (!format || !Object.hasOwn(REMOTE_FORMATS, format)) return [];
    const [start, end] = valueSpan(document, '/meeting/format');
    return [
      {
        message: `${REMOTE_FORMATS[format]} works, but meeting in person builds more rapport: if you can, offer to meet near their work, at a time that suits them.`,
        start,
        end,
      },
    ];
  },
};
