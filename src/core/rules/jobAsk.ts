import type { PhraseMatch, PhraseOptions } from '../phrases';
import { findJobAsks, RECOMMENDED_QUESTIONS, REFERRAL_ASK } from '../phrases';
import type { LintConfig } from '../config';
import type { Interview, WrittenText } from '../model';
import type { InterviewDocument } from '../parse';
import type { Fix } from '../types';
import type { Finding, Rule } from './rule';
import { fixFromChanges, phraseSpan } from './rule';
import { unaskedQuestions } from '../questions';

export const NO_JOB_ASK = 'no-job-ask';

/**
 * The texts the phrase rules read: the questions, the outreach and the notes of `follow_up.log`
 * (what the user records having sent). Not `notes` or `research`, which hold what others said and
 * did rather than what the user asks.
 */
export function writtenTexts(interview: Pick<Interview, 'questions' | 'outreach' | 'logNotes'>): WrittenText[] {
  return [...interview.questions, ...(interview.outreach ? [interview.outreach] : []), ...interview.logNotes];
}

/** Where a written text sits: a question (which the quick fixes may rewrite), the outreach, or a follow-up note. */
export type WrittenPlace = 'question' | 'outreach' | 'follow-up';

export function placeOf(written: WrittenText): WrittenPlace {
  if (written.pointer === '/outreach') return 'outreach';
  if (written.pointer.startsWith('/follow_up/')) return 'follow-up';
  return 'question';
}

/** The detectors' options from the configuration: the user's phrases and the sensitivity. */
export function phraseOptions(config: Pick<LintConfig, 'jobAskPhrases' | 'allowPhrases' | 'phraseSensitivity'>): PhraseOptions {
  return { jobAskPhrases: config.jobAskPhrases, allowPhrases: config.allowPhrases, sensitivity: config.phraseSensitivity };
}

/**
 * The words the phrase model weighed most, quoted for a message (`"hiring", "position"`); empty
 * when it named none.
 */
export function weighedWords(match: Pick<PhraseMatch, 'words'>): string {
  return (match.words ?? []).map((word) => `"${word}"`).join(', ');
}

/**
 * The `no-job-ask` message for a match: it names the words the model weighed most when it gives
 * them, and otherwise keeps to what was asked. Plain text, no Markdown.
 */
export function jobAskMessage(match: Pick<PhraseMatch, 'phrase' | 'suggestion' | 'words'>): string {
  const words = weighedWords(match);
  const verdict = words ? `reads as a job ask (weighed most: ${words})` : 'asks for a job';
  return `"${match.phrase}" ${verdict}. Make it about them instead, for example: "${match.suggestion}"`;
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

/**
 * Rephrasings of a job-asking question: the suggested one first (preferred), then the other
 * recommended questions and the referral ask — only those the file does not ask already (the
 * question being rewritten aside), so taking a fix never makes the file ask one question twice.
 */
export function rephraseFixes(document: InterviewDocument, written: WrittenText, match: PhraseMatch, questions: readonly WrittenText[]): Fix[] {
  const asked = questions.filter((question) => question.pointer !== written.pointer).map((question) => question.text);
  const path = written.pointer.split('/').slice(1);
  return unaskedQuestions(asked, [match.suggestion, ...RECOMMENDED_QUESTIONS, REFERRAL_ASK])
    .map((option, index) => fixFromChanges(document, `Ask instead: "${option}"`, [{ kind: 'set', path, value: option }], { preferred: index === 0 }))
    .filter((fix): fix is Fix => fix !== undefined);
}

export const noJobAskRule: Rule = {
  id: NO_JOB_ASK,
  defaultSeverity: 'warning',
  habit: 'about-them',
  reason: 'Never ask for a job in an informational interview: ask about them and the business, and the doors open on their own.',
  check({ document, interview }, { config }) {
    const options = phraseOptions(config);
    return writtenTexts(interview).flatMap((written) =>
      phraseFindings(document, written, findJobAsks(written.text, options), jobAskMessage, placeOf(written) === 'question' ? (match) => rephraseFixes(document, written, match, interview.questions) : undefined),
    );
  },
};
