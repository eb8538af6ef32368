import type { PhraseMatch } from '../phrases';
import { findSelfFocus } from '../phrases';
import type { Rule } from './rule';
import type { WrittenPlace } from './jobAsk';
import { phraseFindings, phraseOptions, placeOf, rephraseFixes, weighedWords, writtenTexts } from './jobAsk';

export const ABOUT_THEM = 'about-them';

/**
 * The `about-them` message for a match, by where it was written: a question gets a question to ask
 * instead, the outreach and a follow-up note advice on the message. It names the words the model
 * weighed most when it gives them. Plain text, no Markdown.
 */
export function aboutThemMessage(match: Pick<PhraseMatch, 'phrase' | 'suggestion' | 'words'>, place: WrittenPlace): string {
  const words = weighedWords(match);
  const weighed = words ? ` (weighed most: ${words})` : '';
  if (place === 'question') {
    const verdict = words ? `reads as about you, not them${weighed}` : 'is about you, not them';
    return `"${match.phrase}" ${verdict}. Ask about their work or the business instead, for example: "${match.suggestion}"`;
  }
  const verdict = words ? `reads as a pitch for yourself${weighed}` : 'pitches yourself';
  const advice =
    place === 'outreach'
      ? 'Keep the outreach to who you are in one line and what you would like to learn from them.'
      : 'Keep follow-ups about them: thank them, share what came of their advice, or send something they would find useful.';
  return `"${match.phrase}" ${verdict}. ${advice}`;
}

export const aboutThemRule: Rule = {
  id: ABOUT_THEM,
  defaultSeverity: 'information',
  habit: 'about-them',
  reason: "Make it about them: ask about their work and the business, and don't pitch your résumé, credentials or fit.",
  check({ document, interview }, { config }) {
    const options = phraseOptions(config);
    return writtenTexts(interview).flatMap((written) => {
      const place = placeOf(written);
      return phraseFindings(
        document,
        written,
        findSelfFocus(written.text, options),
        (match) => aboutThemMessage(match, place),
        place === 'question' ? (match) => rephraseFixes(document, written, match, interview.questions) : undefined,
      );
    });
  },
};
