import type { InterviewDocument } from '../parse';
import type { PhraseMatch } from '../phrases';
import { findTimeAsks } from '../phrases';
import type { Fix } from '../types';
import type { Finding, Rule } from './rule';
import { fixFromChanges, fixFromEdits, valueSpan } from './rule';
import { phraseFindings } from './jobAsk';

export const TIME_ASK = 'time-ask';
export const PREFER_IN_PERSON = 'prefer-in-person';

/**
 * The time to ask for, in one wording for every message: "20–30 minutes" under the usual window of
 * 30 (20 being what the detectors suggest writing), just the limit when it is 20 or less.
 */
export function timeToAskFor(limit: number): string {
  const lower = Math.min(20, Math.max(1, Math.floor(limit)));
  return lower < limit ? `${lower}–${limit} minutes` : `${limit} minutes`;
}

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
        message: `${interview.minutes} minutes is more than the ${limit} to ask for: plan ${timeToAskFor(limit)} and keep to it; if they want to talk longer, they will offer.`,
        start,
        end,
        fixes: fix ? [fix] : undefined,
      });
    }
    if (interview.outreach) {
      const matches = findTimeAsks(interview.outreach.text, limit);
      const outreachFindings = phraseFindings(
        document,
        interview.outreach,
        matches,
        (match) => `"${match.phrase}" asks for more than ${limit} minutes of their time: ask for ${timeToAskFor(limit)} instead; if they want to talk longer, they will offer.`,
      );
      outreachFindings.forEach((finding, index) => {
        const fix = shorterAsk(document, finding, matches[index]);
        findings.push(fix ? { ...finding, fixes: [fix] } : finding);
      });
    }
    return findings;
  },
};

/** Replaces a long time ask in the outreach with the detector's shorter one, when the phrase is found as written and the result still parses. */
function shorterAsk(document: InterviewDocument, finding: Finding, match: PhraseMatch): Fix | undefined {
  if (!match.suggestion || document.text.slice(finding.start, finding.end) !== match.phrase) return undefined;
  const edit = { offset: finding.start, length: finding.end - finding.start, newText: match.suggestion };
  return fixFromEdits(document, `Ask for ${match.suggestion} instead of "${match.phrase}"`, [edit], { preferred: true });
}

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
