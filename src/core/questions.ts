// Which of the recommended questions a file already asks, so that the quick fixes, completion and
// the template never offer one twice.
import { RECOMMENDED_QUESTIONS, REFERRAL_ASK } from './phrases';

/**
 * A question reduced to what makes it the same question: case, accents, punctuation and spacing
 * ignored, and "most/least" read as "most and least" (the format's list and its example word the
 * third recommended question both ways). Not a paraphrase detector.
 */
export function questionKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s*\/\s*/g, ' and ')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The candidates not already among `asked`, in their order, each once. */
export function unaskedQuestions(asked: Iterable<string>, candidates: readonly string[] = [...RECOMMENDED_QUESTIONS, REFERRAL_ASK]): string[] {
  const seen = new Set([...asked].map(questionKey));
  const result: string[] = [];
  for (const candidate of candidates) {
    const key = questionKey(candidate);
    if (!candidate || seen.has(key)) continue;
    seen.add(key);
    result.push(candidate);
  }
  return result;
}
