import type { InterviewDocument } from '../parse';
import type { Rule } from './rule';
import { keySpan } from './rule';

export const OUTREACH_LENGTH = 'outreach-length';

/** A word: a run of letters or digits, with apostrophes, hyphens and dots inside ("don't", "e-mail", "U.S"). */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** How many words a text has, as people count them. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * Where the words after the first `limit` are in the file: from the first word over the limit to
 * the end of the value, found by counting the same words in the source (a block or quoted value
 * has the words of its text in order). The key when the source's words are not the text's.
 */
function overflowSpan(document: InterviewDocument, pointer: string, text: string, limit: number): [number, number] {
  const entry = document.entries.get(pointer);
  if (!entry) return keySpan(document, pointer);
  const [start, end] = entry.value;
  const words = [...document.text.slice(start, end).matchAll(WORD)];
  if (words.length !== wordCount(text) || words.length <= limit) return keySpan(document, pointer);
  const last = words[words.length - 1];
  return [start + words[limit].index, start + last.index + last[0].length];
}

export const outreachLengthRule: Rule = {
  id: OUTREACH_LENGTH,
  defaultSeverity: 'information',
  habit: 'contacts',
  reason: 'Keep a request short, under 100 words: it is read at a glance, often on a phone, and is easy to say yes to; a long one is put off for later.',
  check({ document, interview }, { config }) {
    const limit = config.windows.maxOutreachWords;
    const outreach = interview.outreach;
    if (!outreach) return [];
    const count = wordCount(outreach.text);
    if (count <= limit) return [];
    const [start, end] = overflowSpan(document, outreach.pointer, outreach.text, limit);
    return [
      {
        message: `The outreach is ${count} words, ${count - limit} over ${limit}: short requests get answered, since they are read at a glance (often on a phone) and are easy to say yes to. Say who you are, how you know of them, and ask for a short conversation about their work.`,
        start,
        end,
      },
    ];
  },
};
