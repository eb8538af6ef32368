import { findSelfFocus } from '../phrases';
import type { Rule } from './rule';
import { phraseFindings, rephraseFixes, writtenTexts } from './jobAsk';

export const ABOUT_THEM = 'about-them';

export const aboutThemRule: Rule = {
  id: ABOUT_THEM,
  defaultSeverity: 'information',
  habit: 'about-them',
  reason: "Make it about them: ask about their work and the business, and don't pitch your résumé, credentials or fit.",
  check({ document, interview }, { config }) {
    const options = { jobAskPhrases: config.jobAskPhrases, allowPhrases: config.allowPhrases };
    return writtenTexts(interview).flatMap((written) => {
      const isQuestion = written.pointer !== '/outreach';
      return phraseFindings(
        document,
        written,
        findSelfFocus(written.text, options),
        (match) =>
          isQuestion
            ? `"${match.phrase}" is about you, not them. Ask about their work or the business instead, for example: "${match.suggestion}"`
            : `"${match.phrase}" pitches yourself. Keep the outreach to who you are in one line and what you would like to learn from them.`,
        isQuestion ? (match) => rephraseFixes(document, written, match) : undefined,
      );
    });
  },
};
