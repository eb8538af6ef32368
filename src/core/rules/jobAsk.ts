import type { PhraseMatch } from '../phrases';
import { findJobAsks, RECOMMENDED_QUESTIONS, REFERRAL_ASK } from '../phrases';
import type { WrittenText } from '../model';
import type { InterviewDocument } from '../parse';
import type { Fix } from '../types';
import type { Finding, Rule } from './rule';
import { fixFromChanges, phraseSpan } from './rule';

export const NO_JOB_ASK = 'no-job-ask';

/** The user's questions and outreach: the texts the phrase rules read. */
export function writtenTexts(interview: { questions: WrittenText[]; outreach?: WrittenText }): WrittenText[] {
  return interview.outreach ? [...interview.questions, interview.outreach] : interview.questions;
}

/** Reports each phrase match in a text with its exact span. */
export function phraseFindings(document: InterviewDocument, written: WrittenText, matches: PhraseMatch[], message: (match: PhraseMatch) => string, fixes?: (match: PhraseMatch) => Fix[] | undefined): Finding[] {
  const seen = new Map<string, number>();
  return matches.map((match) => {
    const occurrence = seen.get(match.phrase) ?? 0;
    seen.set(match.phrase, occurrence + 1);
    const [start, end] = phraseSpan(document, written.pointer, match.phrase, occurrence);
    return { message: message(match), start, end, fixes: fixes?.(match) };
  });
}

/** Rephrasings of a job-asking question: the suggested one first (preferred), then the other recommended questions. */
export function rephraseFixes(document: InterviewDocument, written: WrittenText, match: PhraseMatch): Fix[] {
  const options = [match.suggestion, ...RECOMMENDED_QUESTIONS, REFERRAL_ASK].filter((option, index, all) => option && all.indexOf(option) === index);
  const path = written.pointer.split('/').slice(1);
  return options
    .map((option, index) => fixFromChanges(document, `Ask instead: "${option}"`, [{ kind: 'set', path, value: option }], { preferred: index === 0 }))
    .filter((fix): fix is Fix => fix !== undefined);
}

export const noJobAskRule: Rule = {
  id: NO_JOB_ASK,
  defaultSeverity: 'warning',
  habit: 'about-them',
  reason: 'Never ask for a job in an informational interview: ask about them and the business, and the doors open on their own.',
  check({ document, interview }, { config }) {
    const options = { jobAskPhrases: config.jobAskPhrases, allowPhrases: config.allowPhrases };
    return writtenTexts(interview).flatMap((written) => {
      const isQuestion = written.pointer !== '/outreach';
      return phraseFindings(
        document,
        written,
        findJobAsks(written.text, options),
        (match) => `"${match.phrase}" asks for a job. Make it about them instead, for example: "${match.suggestion}"`,
        isQuestion ? (match) => rephraseFixes(document, written, match) : undefined,
      );
    });
  },
};
