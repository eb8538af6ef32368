/**
 * Phrase detectors for the `no-job-ask`, `about-them` and `time-ask` rules.
 *
 * Job asks and self-pitches are decided by a learned model
 * (phraseModel.ts, trained by `npm run train:phrases` on real wording from
 * public pages and on the synthetic corpus): the text is normalised (lower
 * case, straight quotes, accents folded, whitespace collapsed, chat
 * spellings such as "u" and "ur" and common misspellings of key words
 * replaced) with a map back to the original offsets, split into sentences,
 * and each sentence is scored. Patterns only add what the model cannot say:
 * the kind of ask (for the suggested question), the clause to underline, the
 * user's own `job_ask_phrases` and `allow_phrases`, and reported speech
 * ("she said they are hiring"), which is someone else's words. When no kind
 * pattern matches, the clause that scores highest is underlined and the words
 * that weighed most are named.
 *
 * Time asks are patterns over durations ("an hour", "90 minutes").
 *
 * Cost: one pass normalises the text; each sentence's features are hashed
 * once and shared by the two heads. A sentence longer than 400 characters is
 * read in pieces, and a text only up to its first 20,000 characters, so the
 * work is linear and bounded. bench/phrases.mjs measures it.
 *
 * Pure TypeScript: no `vscode`, no Node APIs, no network.
 */
import type { Features, PhraseHead, PhraseSensitivity } from './phraseModel';
import type { PhraseModel } from './phraseModel';
import { featuresOf, featuresWithin, phraseModel as shippedModel, scoreOf, wordWeights } from './phraseModel';

export type { PhraseSensitivity } from './phraseModel';

export interface PhraseMatch {
  /** UTF-16 offsets into the text that was checked: the offending phrase. */
  start: number;
  end: number;
  /** The offending phrase exactly as written (text.slice(start, end)). */
  phrase: string;
  /**
   * Which kind of ask, as a short stable id. Job asks: 'opening',
   * 'referral-for-role', 'resume', 'hiring-decision', 'interview',
   * 'good-word', 'considered', 'application', 'get-hired', 'custom', or
   * 'job' when no pattern names it. About-them: 'fit', 'feedback',
   * 'credentials', 'pitch'. Time asks: 'duration'.
   */
  kind: string;
  /**
   * For job asks and about-them: a whole question to ask instead (one of
   * RECOMMENDED_QUESTIONS or REFERRAL_ASK), suited to what was asked. For time
   * asks: a duration to write in place of the phrase ("20 minutes").
   */
  suggestion: string;
  /**
   * When the model found the ask and no pattern names its kind: the words
   * that weighed most, as written (at most three).
   */
  words?: string[];
}

export interface PhraseOptions {
  /** Extra phrases (from the user's .interviewlintrc.yaml `job_ask_phrases`) that count as job asks: case-insensitive, whitespace-normalised substring/word match. */
  jobAskPhrases?: readonly string[];
  /** Phrases (`allow_phrases`) that never fire: a match overlapping an allowed phrase is dropped. */
  allowPhrases?: readonly string[];
  /** How readily the model reports: 'low' only what it is surest of, 'high' more (default 'medium'). */
  sensitivity?: PhraseSensitivity;
}

/** The four recommended questions, exactly as FORMAT.md writes them. */
export const RECOMMENDED_QUESTIONS: readonly string[] = Object.freeze([
  'What is your typical workday like?',
  'How and why did you get started in the business?',
  'What do you like most and least about the job?',
  'What are the biggest challenges facing the business right now?',
]);

/** The recommended follow-up: ask for someone else to talk to, never for a job. */
export const REFERRAL_ASK = 'Is there a colleague or someone else in the profession you think I should talk to?';

const [WORKDAY, GOT_STARTED, MOST_LEAST, CHALLENGES] = RECOMMENDED_QUESTIONS;

// ---------------------------------------------------------------------------
// Pattern notation.

// The patterns below are written with the tags `src` (a source to build on),
// `re` and `rx` (a RegExp; `rx` with the g flag, for rules), over the raw text
// like String.raw. In them a plain group `(a|b)` does not capture: it reads as
// `(?:a|b)`, which keeps the long word lists short. No code reads a capture
// from these patterns (the few that need one are regular expression literals).
// Lookarounds keep their meaning, and `\(` and a `(` inside `[…]` are the
// character. `${…}` values go in as they are.
const PLAIN_GROUP = /\\.|\[(?:\\.|[^\]\\])*\]|\((?!\?)/g;
const groupsOf = (part: string): string => part.replace(PLAIN_GROUP, (token) => (token === '(' ? '(?:' : token));
const src = (strings: TemplateStringsArray, ...values: unknown[]): string => String.raw({ raw: strings.raw.map(groupsOf) }, ...values);
const re = (strings: TemplateStringsArray, ...values: unknown[]): RegExp => new RegExp(src(strings, ...values));
const rx = (strings: TemplateStringsArray, ...values: unknown[]): RegExp => new RegExp(src(strings, ...values), 'g');

// ---------------------------------------------------------------------------
// Normalisation with an offset map back to the original text.

interface NormalisedText {
  readonly original: string;
  /** Lower-cased, accent-folded, quote-straightened, whitespace-collapsed. */
  readonly text: string;
  /**
   * The map back to `original`, as segments of `text`: segment k covers
   * text[starts[k], starts[k + 1]). Where ends[k] is -1 the segment is a copy
   * of original[origins[k]…] unit for unit; otherwise every unit of it comes
   * from the one original character original[origins[k], ends[k]) (a folded
   * accent, a curly quote, a collapsed run of whitespace).
   */
  readonly starts: readonly number[];
  readonly origins: readonly number[];
  readonly ends: readonly number[];
}

const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4']);
const DOUBLE_QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb']);
const DASHES = new Set(['\u2013', '\u2014', '\u2015', '\u2212']);
const COMBINING_MARK = /\p{M}/gu;
const IS_COMBINING_MARK = /^\p{M}/u;
const WHITESPACE = /^\s$/u;

// Folded forms of the non-ASCII characters seen so far (bounded).
const foldCache = new Map<string, string>();
function fold(char: string): string {
  let folded = foldCache.get(char);
  if (folded === undefined) {
    folded = char.normalize('NFKD').toLowerCase().replace(COMBINING_MARK, '');
    if (foldCache.size < 4096) foldCache.set(char, folded);
  }
  return folded;
}

const isWordCharCode = (code: number): boolean => code > 32 && code < 127 && code !== 96;

/**
 * The normalised text and its map under construction. A run of whitespace
 * becomes one space, one newline (a line break, which a sentence may run
 * across), or two newlines (a blank line, which ends a sentence), emitted
 * lazily so that leading and trailing runs vanish.
 */
interface Builder {
  parts: string[];
  starts: number[];
  origins: number[];
  ends: number[];
  length: number;
  /** Whether a run of whitespace is pending, and how many line breaks it holds. */
  pending: boolean;
  pendingBreaks: number;
  pendingAt: number;
  pendingEnd: number;
}

function flushSpace(out: Builder): void {
  if (!out.pending) return;
  out.pending = false;
  if (out.length === 0) return;
  const chars = out.pendingBreaks >= 2 ? '\n\n' : out.pendingBreaks === 1 ? '\n' : ' ';
  out.parts.push(chars);
  out.starts.push(out.length);
  out.origins.push(out.pendingAt);
  out.ends.push(out.pendingEnd);
  out.length += chars.length;
}

/** Units that come from original[at…] one for one (end -1), or all from the one character original[at, end). */
function emit(out: Builder, chars: string, at: number, end: number): void {
  flushSpace(out);
  if (!chars) return;
  out.parts.push(chars);
  out.starts.push(out.length);
  out.origins.push(at);
  out.ends.push(end);
  out.length += chars.length;
}

/** White space at original[at, end): `breaks` is 1 for a line break, 0 for anything else. */
function space(out: Builder, breaks: number, at: number, end: number): void {
  if (!out.pending) {
    out.pending = true;
    out.pendingBreaks = 0;
    out.pendingAt = at;
    out.pendingEnd = end;
  }
  out.pendingBreaks += breaks;
}

// Where a run of plain ASCII words, with single spaces or newlines between them, ends.
const RUN_END = /[^\x21-\x5f\x61-\x7e \n]|[ \n](?![\x21-\x5f\x61-\x7e])/g;

/** Where a run of plain ASCII words starting at `index` (a word character) ends. */
function plainRunEnd(text: string, index: number): number {
  RUN_END.lastIndex = index;
  const end = RUN_END.exec(text);
  return end ? end.index : text.length;
}

/**
 * Chat spellings and common misspellings of the words the rules read, as the
 * rules expect them: "u" → "you", "ur" → "your", "im" → "i'm", "rn" → "right
 * now", "vacansy" → "vacancy". Each replacement maps back to the word as
 * written, so a quoted phrase shows the user's own spelling.
 */
const CHAT_WORDS: Readonly<Record<string, string>> = {
  u: 'you', ya: 'you', ur: 'your', urs: 'yours', im: "i'm", ive: "i've", rn: 'right now', atm: 'at the moment', pls: 'please', plz: 'please',
  ppl: 'people', tbh: 'to be honest', theres: "there's", whats: "what's", hows: "how's", dont: "don't", cant: "can't", doesnt: "doesn't",
  isnt: "isn't", didnt: "didn't", wouldnt: "wouldn't", couldnt: "couldn't", youre: "you're",
  vacansy: 'vacancy', vacancey: 'vacancy', vaccancy: 'vacancy', vacency: 'vacancy', vacansies: 'vacancies', vacancys: 'vacancies', vaccancies: 'vacancies',
  intership: 'internship', interships: 'internships', internhsip: 'internship', positon: 'position', postion: 'position', possition: 'position',
  positons: 'positions', postions: 'positions', oppurtunity: 'opportunity', opportunty: 'opportunity', oppertunity: 'opportunity', oportunity: 'opportunity',
  oppurtunities: 'opportunities', opportunites: 'opportunities', oppertunities: 'opportunities', oportunities: 'opportunities', opportunitys: 'opportunities',
  intrested: 'interested', intersted: 'interested', interessted: 'interested', recuiter: 'recruiter', recruter: 'recruiter', referal: 'referral',
  hirring: 'hiring', hireing: 'hiring', experiance: 'experience', resumee: 'resume', refference: 'reference', applys: 'applies',
};
const CHAT_WORD_SOURCE = src`\b(${Object.keys(CHAT_WORDS).join('|')})\b(?!['.-]\w)`;
const HAS_CHAT_WORD = new RegExp(CHAT_WORD_SOURCE, 'i');
const CHAT_WORD = new RegExp(CHAT_WORD_SOURCE, 'g');

/** A lower-cased run of plain ASCII words from original[at…], with chat spellings replaced. */
function emitPlain(out: Builder, run: string, at: number): void {
  let copied = 0;
  CHAT_WORD.lastIndex = 0;
  for (let match = CHAT_WORD.exec(run); match; match = CHAT_WORD.exec(run)) {
    if (match.index > copied) emit(out, run.slice(copied, match.index), at + copied, -1);
    emit(out, CHAT_WORDS[match[0]], at + match.index, at + match.index + match[0].length);
    copied = match.index + match[0].length;
  }
  if (copied < run.length) emit(out, run.slice(copied), at + copied, -1);
}

function normalise(original: string): NormalisedText {
  const size = original.length;
  // Plain ASCII with single spaces between words, the common case, needs no map.
  if (size === 0 || (isWordCharCode(original.charCodeAt(0)) && plainRunEnd(original, 0) === size && !HAS_CHAT_WORD.test(original))) return { original, text: original.toLowerCase(), starts: [0], origins: [0], ends: [-1] };
  const out: Builder = { parts: [], starts: [], origins: [], ends: [], length: 0, pending: false, pendingBreaks: 0, pendingAt: 0, pendingEnd: 0 };
  for (let index = 0; index < size; ) {
    const code = original.charCodeAt(index);
    if (isWordCharCode(code)) {
      const runEnd = plainRunEnd(original, index);
      emitPlain(out, original.slice(index, runEnd).toLowerCase(), index);
      index = runEnd;
      continue;
    }
    if (code < 128) {
      // CR LF is one line break.
      if (code === 10) space(out, index > 0 && original.charCodeAt(index - 1) === 13 ? 0 : 1, index, index + 1);
      else if (code === 13) space(out, 1, index, index + 1);
      else if (code === 32 || code === 9 || code === 11 || code === 12) space(out, 0, index, index + 1);
      else emit(out, code === 96 ? "'" : original[index], index, index + 1);
      index++;
      continue;
    }
    const low = original.charCodeAt(index + 1);
    const end = index + (code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1);
    const char = original.slice(index, end);
    if (WHITESPACE.test(char)) space(out, char === '\u2028' || char === '\u2029' ? 1 : 0, index, end);
    else if (SINGLE_QUOTES.has(char)) emit(out, "'", index, end);
    else if (DOUBLE_QUOTES.has(char)) emit(out, '"', index, end);
    else if (DASHES.has(char)) {
      // An em or en dash separates clauses ("I'm not asking for a job — just…");
      // spacing it keeps "30–45" and "reach out—I'm" readable as tokens.
      space(out, 0, index, end);
      emit(out, '-', index, end);
      space(out, 0, index, end);
    } else emit(out, char === '\u2026' ? '...' : fold(char), index, end);
    index = end;
  }
  return { original, text: out.parts.join(''), starts: out.starts, origins: out.origins, ends: out.ends };
}

/** The segment of the normalised text that holds unit `unit`. */
function segmentOf(doc: NormalisedText, unit: number): number {
  const { starts } = doc;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= unit) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Original offsets of a normalised span, widened over trailing combining marks. */
function originalSpan(doc: NormalisedText, start: number, end: number): { start: number; end: number } {
  const first = segmentOf(doc, start);
  const originalStart = doc.ends[first] < 0 ? doc.origins[first] + start - doc.starts[first] : doc.origins[first];
  const last = segmentOf(doc, end - 1);
  let originalEnd = doc.ends[last] < 0 ? doc.origins[last] + end - doc.starts[last] : doc.ends[last];
  while (originalEnd < doc.original.length && IS_COMBINING_MARK.test(doc.original[originalEnd])) originalEnd++;
  return { start: originalStart, end: originalEnd };
}

// ---------------------------------------------------------------------------
// Sentences and clauses.

interface Span {
  start: number;
  end: number;
}

// A sentence ends at its punctuation or at a blank line; a single line break (wrapped text) does not end it.
const SENTENCE_END = /[.!?]+["')\]]*(?=\s|$)|\n\n/g;
// "Ms. Chen", "Dr. Singh", "e.g.", initials: a full stop that does not end a sentence.
const ABBREVIATION = re`(^|[\s(])(mr|mrs|ms|mx|dr|prof|st|jr|sr|vs|etc|e\.g|i\.e|inc|ltd|co|no|approx|dept|univ|[a-z])$`;
/**
 * The longest stretch read as one sentence. A longer run without sentence
 * punctuation (pasted text, a list without full stops) is cut at spaces into
 * pieces of at most this size, so the work per character stays bounded.
 */
const MAX_SENTENCE = 400;

// Every field up front, so that all sentences share one shape.
const makeSentence = (text: string, start: number, end: number): Sentence => ({ start, text: text.slice(start, end), breaks: undefined, features: undefined, clauses: undefined });

function pushSentence(text: string, spans: Sentence[], from: number, end: number): void {
  let start = from;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 10)) start++;
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    spans.push(makeSentence(text, start, cut));
    start = cut;
    while (start < end && text.charCodeAt(start) === 32) start++;
  }
  if (end > start) spans.push(makeSentence(text, start, end));
}

function sentencesOf(text: string): Sentence[] {
  const spans: Sentence[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    pushSentence(text, spans, start, end);
    start = end;
  }
  if (start < text.length) pushSentence(text, spans, start, text.length);
  return spans;
}

// Where a clause ends: punctuation, a spaced dash, or a conjunction that
// starts a new thought. Negation does not reach across these.
const CLAUSE_BREAK = rx`[,;:()"]|\s-\s|\b(but|although|though|however|yet|so|because|since|while|whereas|otherwise|just)\b`;

/** Where each clause break of a sentence starts and ends. */
function clauseBreaksOf(sentence: string): number[] {
  const breaks: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(sentence); match; match = CLAUSE_BREAK.exec(sentence)) breaks.push(match.index, match.index + match[0].length);
  return breaks;
}

/** The start of the clause that holds `index`: the end of the last break that starts before it. */
function clauseStartIn(breaks: readonly number[], index: number): number {
  let start = 0;
  for (let at = 0; at < breaks.length && breaks[at] < index; at += 2) start = breaks[at + 1];
  return start;
}



// ---------------------------------------------------------------------------
// Reading a text once for all three detectors.

/** A sentence of a text, with what has been worked out about it. */
interface Sentence {
  /** Where it starts in the normalised text. */
  readonly start: number;
  readonly text: string;
  /** Where its clause breaks start and end, once worked out. */
  breaks?: number[];
  /** Its hashed features, once worked out (shared by the two heads). */
  features?: Features;
  /** Its clauses and their features, once worked out. */
  clauses?: Array<[Clause, Features]>;
}

interface Analysis {
  readonly doc: NormalisedText;
  readonly sentences: readonly Sentence[];
}

// The rules call the three detectors on the same texts one after another (every question, then
// every question again…), so the analyses of the texts read last (each up to MAX_CHECKED_LENGTH
// long) are kept and shared: as many as a large file has, up to ANALYSES_KEPT texts or
// CHARACTERS_KEPT characters, the oldest dropped first.
const analyses = new Map<string, Analysis>();
const ANALYSES_KEPT = 4096;
const CHARACTERS_KEPT = 1_000_000;
let charactersKept = 0;

/**
 * How much of a text the detectors read. A question or an outreach message is
 * a few hundred characters; a pasted document is cut here, so that the work
 * stays bounded however long the text.
 */
const MAX_CHECKED_LENGTH = 20_000;

function forgetAnalyses(): void {
  analyses.clear();
  charactersKept = 0;
}

/** The part of a text that is checked: all of it, or up to MAX_CHECKED_LENGTH, cut between words. */
function checkedPart(text: string): string {
  if (text.length <= MAX_CHECKED_LENGTH) return text;
  let cut = MAX_CHECKED_LENGTH;
  const space = text.lastIndexOf(' ', cut);
  if (space > cut - 200) cut = space;
  else if (text.charCodeAt(cut - 1) >= 0xd800 && text.charCodeAt(cut - 1) <= 0xdbff) cut--;
  return text.slice(0, cut);
}

/** The normalised text and its sentences. */
function analyse(text: string): Analysis {
  // A model installed since (the shipped one, once the host has read it) makes the kept analyses stale.
  phraseModel();
  const cached = analyses.get(text);
  if (cached) return cached;
  const doc = normalise(checkedPart(text));
  const analysis = { doc, sentences: sentencesOf(doc.text) };
  if (text.length <= MAX_CHECKED_LENGTH) {
    while (analyses.size > 0 && (analyses.size >= ANALYSES_KEPT || charactersKept + text.length > CHARACTERS_KEPT)) {
      const oldest = analyses.keys().next().value as string;
      analyses.delete(oldest);
      charactersKept -= oldest.length;
    }
    analyses.set(text, analysis);
    charactersKept += text.length;
  }
  return analysis;
}

/**
 * The sentences of a text as the detectors read them, normalised (lower
 * case, straight quotes, accents folded, chat spellings replaced): what the
 * phrase model is trained on and scores.
 */
export function normalisedSentences(text: string): string[] {
  return analyse(text).sentences.map((sentence) => sentence.text);
}

// ---------------------------------------------------------------------------
// Job asks and self-pitches: the model decides, patterns name the kind.

interface Hit {
  start: number;
  end: number;
  kind: string;
  suggestion: string;
  words?: string[];
}

const SUGGESTIONS: Readonly<Record<string, string>> = {
  opening: CHALLENGES,
  custom: CHALLENGES,
  job: CHALLENGES,
  'get-hired': GOT_STARTED,
  application: GOT_STARTED,
  interview: GOT_STARTED,
  feedback: GOT_STARTED,
  considered: WORKDAY,
  pitch: WORKDAY,
  credentials: WORKDAY,
  'good-word': REFERRAL_ASK,
  'referral-for-role': REFERRAL_ASK,
  'hiring-decision': REFERRAL_ASK,
  resume: REFERRAL_ASK,
  fit: MOST_LEAST,
};

/**
 * The kinds of ask, by the words that name them, tried in order on a
 * sentence the model has found to be an ask; the first that matches names
 * the kind and its clause is the one underlined.
 */
const KINDS: Record<PhraseHead, ReadonlyArray<readonly [string, RegExp]>> = {
  job: [
    ['resume', re`\b(resume|cv|curriculum vitae|cover letter)s?\b`],
    ['good-word', re`\bgood word\b|\bvouch\b|\bput (my|me|a) (name|word)\b`],
    ['referral-for-role', re`\b(refer(ral|rals|red|ring)?|recommend(ation)?|reference|introduc(e|tion)|connect me)\b(?=[^.?!]*\b(role|position|job|opening|vacanc|internship|hiring|recruit|hr\b|apply|application))|\b(hiring manager|recruiter|hr\b|human resources|talent)`],
    ['hiring-decision', re`\b(decision|next steps?|timeline|hear back|status of my|my candidacy|shortlist|offer)\b`],
    ['application', re`\b(appl(y|ied|ying|ication|icant)s?)\b`],
    ['interview', re`\binterview(ing|ed|s)?\b(?! (with you|you))`],
    ['considered', re`\b(consider(ed|ing|ation)?|keep me in mind|on your radar|think of me|in the running)\b`],
    ['opening', re`\b(open(ing|ings)|vacanc(y|ies)|positions?|roles?|jobs?|internships?|hiring|recruiting|opportunit(y|ies)|post(ing)?s?)\b`],
    ['get-hired', re`\b(hire|hiring|employ|join|work (for|at|with|there|here)|start|contribute|bring|offer)\b`],
  ],
  self: [
    ['feedback', re`\b(review(ing)?|look(ing)? (over|at)|feedback|critique|thoughts on|opinion (of|on)|what (do|did|would) you think (of|about))\b`],
    ['fit', re`\b(fit|qualified|candidate|chances?|odds|stand out|suited|suitable|ideal|perfect)\b`],
    ['credentials', re`\b(degree|graduated?|major(ing|ed)?|gpa|certifi(ed|cation|cate)|bachelor'?s?|master'?s|mba|phd|diploma|studying)\b`],
  ],
};

// Where a clause the detectors score and underline ends: punctuation inside the sentence, a spaced
// dash, or a conjunction that turns to another thought. (Narrower than CLAUSE_BREAK, which keeps a
// negation from reaching across "so", "just", "since"…: an underline runs on across those.)
const CLAUSE_EDGE = rx`[,;:()"]|\s-\s|\b(but|although|though|however|because|whereas|otherwise)\b`;

/** The clauses of a sentence as [start, end) offsets in it, without the spaces and breaks around them. */
function clausesOf(sentence: Sentence): Array<[number, number]> {
  const clauses: Array<[number, number]> = [];
  const edges = [0];
  CLAUSE_EDGE.lastIndex = 0;
  for (let match = CLAUSE_EDGE.exec(sentence.text); match; match = CLAUSE_EDGE.exec(sentence.text)) edges.push(match.index, match.index + match[0].length);
  edges.push(sentence.text.length);
  for (let at = 0; at < edges.length; at += 2) {
    let start = edges[at];
    let end = edges[at + 1];
    // The normalised text's only white space is a space or a newline.
    while (start < end && (sentence.text.charCodeAt(start) === 32 || sentence.text.charCodeAt(start) === 10)) start++;
    while (end > start && (sentence.text.charCodeAt(end - 1) === 32 || sentence.text.charCodeAt(end - 1) === 10)) end--;
    if (/\w/.test(sentence.text.slice(start, end))) clauses.push([start, end]);
  }
  return clauses;
}

/** The clause of a sentence that holds an offset (the nearest one after it, when it falls on a break). */
function clauseAt(clauses: ReadonlyArray<[number, number]>, offset: number): [number, number] {
  return clauses.find(([, end]) => offset < end) ?? clauses[clauses.length - 1];
}

// Someone else's words: "she said they are hiring", 'he asked "are you hiring?"'.
const REPORTED = re`\b(?!i\b)(he|she|they|it|[a-z]+) (said|says|mentioned|mentions|told me|tells me|explained|explains|noted|added|confirmed|hinted|wrote|writes)\b|\b(asked|asks|ask me|said|says|told|tells|wrote|writes|heard|hears|joked|jokes|put it|goes)\b[^"]*"[^"]*$`;

/** The four recommended questions and the referral ask, normalised: they never fire. */
let recommended: Set<string> | undefined;
function isRecommended(sentence: string): boolean {
  recommended ??= new Set([...RECOMMENDED_QUESTIONS, REFERRAL_ASK].flatMap((question) => normalisedSentences(question)));
  return recommended.has(sentence);
}

const MOST_WORDS = 3;
// Words too common to explain anything, left out of "weighed most" (as is the question mark, which the model also counts).
const FUNCTION_WORDS = new Set('a an and are as at be been being but by can could did do does for from had has have i if in into is it its of on or so than that the their them then there these they this to was we were will with would you your'.split(' '));

/** The words of a clause that weighed most towards the head, as written. */
function weightiest(doc: NormalisedText, sentence: Sentence, head: PhraseHead, clause: [number, number]): string[] {
  const features = sentence.features!;
  const weights = wordWeights(phraseModel().heads[head], features);
  return weights
    .map((weight, index) => ({ start: features.words[2 * index], end: features.words[2 * index + 1], weight }))
    .filter((word) => word.weight > 0 && word.start >= clause[0] && word.end <= clause[1] && !FUNCTION_WORDS.has(sentence.text.slice(word.start, word.end)) && sentence.text[word.start] !== '?')
    .sort((a, b) => b.weight - a.weight || a.start - b.start)
    .slice(0, MOST_WORDS)
    .sort((a, b) => a.start - b.start)
    .map((word) => {
      const span = originalSpan(doc, sentence.start + word.start, sentence.start + word.end);
      return doc.original.slice(span.start, span.end);
    });
}

type Clause = [number, number];

// The model in use: the shipped one, or a candidate the training script is measuring.
let candidate: PhraseModel | undefined;
// The model the kept analyses were made with: their features are that model's.
let analysedWith: PhraseModel | undefined;
function phraseModel(): PhraseModel {
  const model = candidate ?? shippedModel();
  if (model !== analysedWith) {
    forgetAnalyses();
    analysedWith = model;
  }
  return model;
}

/** Runs `measure` with the detectors reading `model` instead of the shipped one (for the training script). */
export function withModel<T>(model: PhraseModel, measure: () => T): T {
  candidate = model;
  forgetAnalyses();
  try {
    return measure();
  } finally {
    candidate = undefined;
    forgetAnalyses();
  }
}

/** A sentence's score for a head, and the clause that scores highest on its own. */
interface SentenceScore {
  score: number;
  clause: Clause;
  /** The clause alone scores above the whole sentence: a long sentence whose ask sits in one clause. */
  clauseWins: boolean;
}

/** The features of each clause of a sentence, worked out once for both heads. */
function clauseFeatures(sentence: Sentence, model: PhraseModel): Array<[Clause, Features]> {
  sentence.features ??= featuresOf(sentence.text, model.bits, model.grams);
  const whole = sentence.features;
  if (!sentence.clauses) {
    const clauses = clausesOf(sentence);
    // One clause is the whole sentence: its features are the sentence's.
    sentence.clauses = clauses.length === 1 ? [[clauses[0], whole]] : clauses.map((clause): [Clause, Features] => [clause, featuresWithin(whole, clause[0], clause[1])]);
  }
  return sentence.clauses;
}

/**
 * How much a sentence reads as an ask for a head: the whole sentence's score
 * decides (a clause scored alone decides worse on the dev split, since a
 * short clause out of context reads as an ask more often than it is one);
 * the clause that scores highest on its own says where the ask sits.
 */
function sentenceScore(sentence: Sentence, head: PhraseHead): SentenceScore | undefined {
  const model = phraseModel();
  const weights = model.heads[head];
  const clauses = clauseFeatures(sentence, model);
  if (clauses.length === 0) return undefined;
  const whole = scoreOf(weights, sentence.features!);
  if (clauses.length === 1) return { score: whole, clause: clauses[0][0], clauseWins: false };
  let best = clauses[0];
  let bestScore = -Infinity;
  for (const option of clauses) {
    const score = scoreOf(weights, option[1]);
    if (score > bestScore) {
      bestScore = score;
      best = option;
    }
  }
  return { score: whole, clause: best[0], clauseWins: bestScore > whole };
}

/** A text's score for a head: its highest-scoring sentence, as the detectors read it (for training and measuring). */
export function modelScore(text: string, head: PhraseHead): number {
  let best = -Infinity;
  for (const sentence of analyse(text).sentences) best = Math.max(best, sentenceScore(sentence, head)?.score ?? -Infinity);
  return best;
}

/** The sentences the head's model finds to be asks, each as the clause to underline with its kind. */
function modelHits({ doc, sentences }: Analysis, head: PhraseHead, sensitivity: PhraseSensitivity = 'medium'): Hit[] {
  const weights = phraseModel().heads[head];
  const threshold = weights.thresholds[sensitivity] ?? weights.thresholds.medium;
  const hits: Hit[] = [];
  for (const sentence of sentences) {
    const scored = sentenceScore(sentence, head);
    if (!scored || scored.score < threshold || isRecommended(sentence.text)) continue;
    const clauses = sentence.clauses!.map(([clause]) => clause);
    // Where the ask is: the winning clause, or the whole sentence.
    const [from, to] = scored.clauseWins ? scored.clause : [0, sentence.text.length];
    let clause: Clause | undefined;
    let kind = head === 'job' ? 'job' : 'pitch';
    for (const [name, pattern] of KINDS[head]) {
      const match = pattern.exec(sentence.text.slice(from, to));
      if (!match) continue;
      kind = name;
      clause = clauseAt(clauses, from + match.index);
      break;
    }
    let words: string[] | undefined;
    if (!clause) {
      // No pattern names it: the clause that scores highest on its own, and the words that weighed most.
      clause = scored.clause;
      words = weightiest(doc, sentence, head, clause);
    }
    const [start, end] = clause;
    if (REPORTED.test(sentence.text.slice(0, start + Math.min(end - start, 40)))) continue;
    hits.push({ start: sentence.start + start, end: sentence.start + end, kind, suggestion: SUGGESTIONS[kind], words });
  }
  return hits;
}

// The user's own phrases: found as written, unless the clause before them negates them.
const NEGATION = re`\b(not|never|no|nor|without|neither|cannot)\b|n't\b`;

function customHits({ doc }: Analysis, phrases: readonly string[] | undefined): Hit[] {
  const hits: Hit[] = [];
  for (const span of phraseSpans(doc.text, phrases)) {
    const before = doc.text.slice(0, span.start);
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf(';'), before.lastIndexOf('\n'));
    if (NEGATION.test(before.slice(clauseStart + 1))) continue;
    hits.push({ ...span, kind: 'custom', suggestion: SUGGESTIONS.custom });
  }
  return hits;
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// User phrases compiled once each (bounded).
const phrasePatterns = new Map<string, RegExp | undefined>();

/** A user phrase as a pattern over normalised text: whole words where it starts or ends with a letter or digit. */
function phrasePattern(phrase: string): RegExp | undefined {
  if (phrasePatterns.has(phrase)) return phrasePatterns.get(phrase);
  const normalised = normalise(phrase).text.replace(/\n/g, ' ').trim();
  let pattern: RegExp | undefined;
  if (normalised) {
    const head = /^\w/.test(normalised) ? '\\b' : '';
    const tail = /\w$/.test(normalised) ? '\\b' : '';
    pattern = new RegExp(head + escapeRegExp(normalised).replace(/ /g, '\\s') + tail, 'g');
  }
  if (phrasePatterns.size >= 512) phrasePatterns.clear();
  phrasePatterns.set(phrase, pattern);
  return pattern;
}

function phraseSpans(text: string, phrases: readonly string[] | undefined): Span[] {
  const spans: Span[] = [];
  for (const phrase of phrases ?? []) {
    const pattern = phrasePattern(phrase);
    if (!pattern) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Whether a span overlaps any of `spans`, sorted by start, with `reach[i]` the furthest end among spans[0..i]. */
function overlapsAny(spans: readonly Span[], reach: readonly number[], span: Span): boolean {
  // The last span that starts before `span` ends.
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start < span.end) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found >= 0 && reach[found] > span.start;
}

const byStart = (a: Span, b: Span): number => a.start - b.start;
const byStartThenLongest = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

/** Non-overlapping hits in text order (the earliest, then the longest, wins), minus allowed phrases, mapped to the original text. */
function finish(doc: NormalisedText, hits: Hit[], allowPhrases: readonly string[] | undefined): PhraseMatch[] {
  if (hits.length === 0) return [];
  const allowed = phraseSpans(doc.text, allowPhrases).sort(byStart);
  const reach: number[] = [];
  for (const span of allowed) reach.push(Math.max(span.end, reach.length > 0 ? reach[reach.length - 1] : 0));
  let sorted = hits;
  if (allowed.length > 0) {
    sorted = [];
    for (const hit of hits) if (!overlapsAny(allowed, reach, hit)) sorted.push(hit);
  }
  sorted.sort(byStartThenLongest);
  const matches: PhraseMatch[] = [];
  let keptEnd = -1;
  for (const hit of sorted) {
    // Sorted by start, a hit overlaps a kept one exactly when it starts before the furthest kept end.
    if (hit.start < keptEnd) continue;
    keptEnd = hit.end;
    const { start, end } = originalSpan(doc, hit.start, hit.end);
    const match: PhraseMatch = { start, end, phrase: doc.original.slice(start, end), kind: hit.kind, suggestion: hit.suggestion };
    if (hit.words) match.words = hit.words;
    matches.push(match);
  }
  return matches;
}

/**
 * Finds the phrases in a question or an outreach message that ask for a job:
 * openings, a referral for a position, a hiring decision, an interview, a
 * good word, being considered, or a résumé hand-off, plus the user's own
 * `jobAskPhrases`. It leaves alone questions that only mention jobs, hiring
 * or interviews to ask about the person or the field, negated asks ("I'm not
 * asking for a job"), and the recommended referral ask for names. Reads the
 * first 20,000 characters of a text.

/**
 * Finds the clauses of a question or an outreach message that ask for a job:
 * openings, a referral for a position, a hiring decision, an interview, a
 * good word, being considered, an application, or a résumé hand-off, as the
 * phrase model reads them, plus the user's own `jobAskPhrases`. Reported
 * speech ("she said they are hiring") and the recommended questions never
 * fire. Reads the first 20,000 characters of a text.
 */
export function findJobAsks(text: string, options: PhraseOptions = {}): PhraseMatch[] {
  const analysis = analyse(text);
  const hits = modelHits(analysis, 'job', options.sensitivity);
  hits.push(...customHits(analysis, options.jobAskPhrases));
  return finish(analysis.doc, hits, options.allowPhrases);
}

/**
 * Finds the clauses that make a question or an outreach message about
 * yourself, as the phrase model reads them: your degrees, past jobs, skills
 * and qualities, your fit, or asking them to judge your résumé or background.
 * Reads the first 20,000 characters of a text.
 */
export function findSelfFocus(text: string, options: PhraseOptions = {}): PhraseMatch[] {
  const analysis = analyse(text);
  return finish(analysis.doc, modelHits(analysis, 'self', options.sensitivity), options.allowPhrases);
}

// ---------------------------------------------------------------------------
// Time asks.

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, 'twenty-five': 25, 'twenty five': 25, thirty: 30,
  'thirty-five': 35, 'thirty five': 35, forty: 40, 'forty-five': 45, 'forty five': 45, fifty: 50,
  sixty: 60, seventy: 70, 'seventy-five': 75, eighty: 80, ninety: 90, 'a hundred': 100, 'one hundred': 100,
  'a couple of': 2, 'a couple': 2, couple: 2, 'a few': 3, few: 3, several: 3, 'one and a half': 1.5,
  'two or three': 3, 'couple of': 2,
};
const NUMBER = src`(\d+(\.\d+)?|one and a half|two or three|a couple( of)?|a few|several|a hundred|one hundred|(twenty|thirty|forty|seventy)[- ]five|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|eleven|twelve|fifteen|one|two|three|four|five|six|seven|eight|nine|ten|an?)`;
const RANGE = src`${NUMBER}(\s?(-|to|or)\s?${NUMBER})?`;
const DAY_PARTS: Readonly<Record<string, number>> = { afternoon: 240, morning: 180, evening: 180, day: 480, workday: 480 };

const TIME_PATTERN = new RegExp(
  [
    src`\b(an hour[- ]and[- ]a[- ]half|(one|1) and a half hours?|1 ?1/2 hours?|half an hour|a half[- ]hour|half[- ]hour|a quarter of an hour|quarter[- ]hour|(a |one )?(half|full|whole|all)[- ]day)\b`,
    src`\b${RANGE}( (full|whole|entire|solid|good|spare|free|quick|short|extra))?(\s|-)?(minutes?|mins?|hours?|hrs?)\b(-long)?`,
    src`\b\d+(\.\d+)?h\b`,
    src`\b((an?|one)( full| whole| entire| solid| good)? )?hour[- ]long\b`,
    src`(?<=\b(for|spend|spare|take( up)?|block (off|out)|set aside|give me|borrow|devote|over|join you for|shadow(ing)? you for)\s)(a|an|one|a full|an entire|the whole|the entire|a whole|half a|half the) (afternoon|morning|evening|day|workday)\b(?! in the life)|(?<=\b(spend|spending|shadow(ing)? you for|join(ing)? you for)\s)the (afternoon|morning|evening|day|workday)\b|\b(a|an|one) (free|spare|whole|full|entire|open) (afternoon|morning|evening|day|workday)\b`,
  ].join('|'),
  'g',
);

const ALL_DAY_ASK = re`\b(shadow\w*|spend\w*|join\w*|spare|take|block|give|borrow|devote|set aside|for|with)\b(\s[\w'-]+){0,3}\s*$`;

// Durations that are not the meeting: a podcast's length, a commute, a deadline.
const NOT_A_MEETING_BEFORE =
  re`\b(chatted|talked|spoke|met|sat|worked|stayed|lasted|went|listened|listening|read|reading|watched|watching|spent|drove|driving|drive|commute|commuting|flew|flight|waited|within|in under|every|per|ago|away|in town|visiting|traveling|travelling)\b(\s[\w'-]+){0,4}\s*$|\b(past|last|after|each)\s*$|\$\s?\d[\d,.]*\s*$|\b(your|his|her|their|its)\s*$|\b(?!(would|could|will|can|might|may|is|are|was|were)\b)\w+ (was|were|lasted|ran|runs|is|are)\s(about |around |roughly |nearly |over |under |almost |just |only )?$|\b(it (takes|took|will take|would take|can take)|(takes|took) (me|us|him|her|them))\s*(about|around|roughly|nearly|over|under|almost|at least)?\s*$`;
const NOT_A_MEETING_AFTER =
  re`^([\s-]+(long|length))?\s(ago|away|drive|commute|flight|train|bus|podcast|episode|webinar|workshop|talk|video|lecture|keynote|panel|course|class|documentary|interview you gave|from|of (driving|travel|reading|listening)|later|earlier|each|every|per|a (day|week|month)|last (year|week|month|time)|yesterday|reading|listening|watching|driving|commuting|to (get|drive|travel|commute|walk) (to|there|here))\b|^(\s[\w'-]+){0,2}\s(was|were)\b`;

// "20 minutes", "45-minute", "2 hrs": the common case, read directly.
const PLAIN_DURATION = /^(\d+)[ -]?(?:(min)(?:ute)?s?|(h)(?:ou)?rs?)(?:-long)?$/;

function minutesOf(phrase: string): number | undefined {
  const plain = PLAIN_DURATION.exec(phrase);
  if (plain) return Number(plain[1]) * (plain[2] ? 1 : 60);
  const p = phrase.replace(/-long$/, '').replace(/ (?:full|whole|entire|solid|good|spare|free|quick|short|extra)(?= )/, '');
  if (/hour[- ]and[- ]a[- ]half|and a half hours?|1 ?1\/2 hours?/.test(p)) return 90;
  if (/half[- ]day$/.test(p)) return 240;
  if (/(?:full|whole|all)[- ]day$/.test(p)) return 480;
  if (/half an hour|half[- ]hour/.test(p)) return 30;
  if (/quarter/.test(p)) return 15;
  if (/hour[- ]long$/.test(phrase)) return 60;
  const dayPart = /(half (?:a|the) )?(afternoon|morning|evening|day|workday)$/.exec(p.replace(/ (?:free|spare|open)(?= )/, ''));
  if (dayPart) return (DAY_PARTS[dayPart[2]] ?? 0) / (dayPart[1] ? 2 : 1);
  const hoursShort = /^(\d+(?:\.\d+)?)h$/.exec(p);
  if (hoursShort) return Number(hoursShort[1]) * 60;
  const unit = /(minutes?|mins?|hours?|hrs?)$/.exec(p)?.[1] ?? '';
  const perUnit = unit.startsWith('h') ? 60 : 1;
  let amount = p.slice(0, p.length - unit.length).replace(/-$/, '').trim();
  if (/^(?:a|an) \S/.test(amount) && NUMBER_WORDS[amount] === undefined) amount = amount.replace(/^(?:a|an) /, '');
  const numbers = amount
    .split(/\s?(?:-|\bto\b|\bor\b)\s?/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (numbers.length === 0) return undefined;
  const values = numbers.map((part) => (/^\d/.test(part) ? Number(part) : NUMBER_WORDS[part.replace(/-/g, ' ')] ?? NUMBER_WORDS[part]));
  if (values.some((value) => value === undefined || Number.isNaN(value))) return undefined;
  return Math.max(...(values as number[])) * perUnit;
}

// A duration's number or unit word. Every duration starts with a word at most
// DURATION_REACH characters before one (16 before a part of the day, which
// always follows one of DAY_PART_AFTER: "a whole day", "for an afternoon").
const DURATION_HINT = /\d+|(?:hours?|hrs?|min(?:utes?|s)?)\b|\b(afternoon|morning|evening|day|workday)\b/g;
const DURATION_REACH = 48;
const DAY_PART_REACH = 16;
const DAY_PART_AFTER = re`\b(half|full|whole|all|a|an|one|entire|the|free|spare|open)[- ]$`;
const TIME_AT = new RegExp(TIME_PATTERN.source, 'y');

const isWordCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || (code >= 65 && code <= 90);
// The first characters a duration can start with: a digit, or a, e(ight), f(ive), h(alf), n(ine), o(ne), q(uarter), s(ix), t(wo, the), w(hole).
const DURATION_FIRST = new Uint8Array(128);
for (const char of '0123456789aefhnoqstw') DURATION_FIRST[char.charCodeAt(0)] = 1;

/**
 * The matches of TIME_PATTERN in a sentence, in order and without overlaps,
 * as a scan from the start would find them, but trying only the word starts
 * shortly before a number or a unit word.
 */
function timeMatches(sentence: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let next = 0;
  DURATION_HINT.lastIndex = 0;
  for (let hint = DURATION_HINT.exec(sentence); hint; hint = DURATION_HINT.exec(sentence)) {
    const dayPart = hint[1] !== undefined;
    if (dayPart && !DAY_PART_AFTER.test(sentence.slice(Math.max(0, hint.index - 8), hint.index))) continue;
    for (let at = Math.max(next, hint.index - (dayPart ? DAY_PART_REACH : DURATION_REACH)); at <= hint.index; at++) {
      if (!isWordCode(sentence.charCodeAt(at)) || (at > 0 && isWordCode(sentence.charCodeAt(at - 1))) || DURATION_FIRST[sentence.charCodeAt(at)] !== 1) continue;
      TIME_AT.lastIndex = at;
      const match = TIME_AT.exec(sentence);
      if (!match) continue;
      matches.push(match);
      next = at + match[0].length;
      at = next - 1;
    }
    if (next < hint.index + 1) next = hint.index + 1;
  }
  return matches;
}

/**
 * Finds the durations in an outreach message that ask for more than
 * `maxMinutes` of the person's time ("an hour", "90 minutes", "a couple of
 * hours", "an afternoon"). Durations at or under the limit ("20 minutes",
 * "half an hour" at 30) and durations that are not the meeting (a podcast's
 * length, a commute, "within 24 hours") are left alone. Reads the first
 * 20,000 characters of a text.
 */
export function findTimeAsks(text: string, maxMinutes: number): PhraseMatch[] {
  const { doc, sentences } = analyse(text);
  const hits: Hit[] = [];
  const replacement = `${Math.min(20, Math.max(1, Math.floor(maxMinutes)))} minutes`;
  for (const span of sentences) {
    const sentence = span.text;
    for (const match of timeMatches(sentence)) {
      const phrase = match[0];
      // Most durations in outreach are within the window: settle that first.
      const minutes = minutesOf(phrase);
      if (minutes === undefined || minutes <= maxMinutes) continue;
      span.breaks ??= clauseBreaksOf(sentence);
      const before = sentence.slice(clauseStartIn(span.breaks, match.index), match.index);
      const after = sentence.slice(match.index + phrase.length);
      if (NOT_A_MEETING_BEFORE.test(before) || NOT_A_MEETING_AFTER.test(after)) continue;
      // "What do curators do all day?": a bare "all day" is only an ask after "shadow you", "spend"…
      if (/^all[- ]day$/.test(phrase) && !ALL_DAY_ASK.test(before)) continue;
      if (/\bhour-long\b|(?:minute|hour)-long$|-(?:minute|min|hour|hr)$/.test(phrase) && /^\s(?:podcast|episode|webinar|workshop|talk|video|lecture|keynote|course|class|documentary|drive|commute|flight)\b/.test(after)) continue;
      const adjectival = /-(?:minute|min|hour|hr)$|-long$/.test(phrase);
      hits.push({
        start: span.start + match.index,
        end: span.start + match.index + phrase.length,
        kind: 'duration',
        suggestion: adjectival ? replacement.replace(' minutes', '-minute') : replacement,
      });
    }
  }
  return finish(doc, hits, undefined);
}
