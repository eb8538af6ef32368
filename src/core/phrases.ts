/**
 * Phrase detectors for the `no-job-ask`, `about-them` and `time-ask` rules.
 *
 * A small, explainable matcher: the text is normalised (lower case, straight
 * quotes, accents folded, whitespace collapsed, chat spellings such as "u"
 * and "ur" and common misspellings of key words replaced) with a map back to
 * the original offsets, split into sentences and clauses, and each rule is a
 * trigger pattern plus a few readable conditions on its sentence (is it an
 * ask, does it speak in the first person, is it negated, is it an
 * informational "how do people…" question, is it about the person's past).
 *
 * Cost: one pass over each sentence finds its trigger words (a trie of the
 * words every rule needs, read off the rules' patterns on first use), and
 * only the rules those words raise run; most questions raise none. Rules that
 * only count in a question, or only in the first person, skip other
 * sentences. The normalised text and its sentences are shared by the three
 * detectors. Every regular expression is compiled once, at module load; a
 * sentence longer than 400 characters is read in pieces, and a text only up
 * to its first 20,000 characters, so the work is linear and bounded.
 * bench/phrases.mjs measures it.
 *
 * Pure TypeScript: no `vscode`, no Node APIs, no network.
 */

export interface PhraseMatch {
  /** UTF-16 offsets into the text that was checked: the offending phrase. */
  start: number;
  end: number;
  /** The offending phrase exactly as written (text.slice(start, end)). */
  phrase: string;
  /**
   * Which kind of ask, as a short stable id. Job asks: 'opening',
   * 'referral-for-role', 'resume', 'hiring-decision', 'interview',
   * 'good-word', 'considered', 'application', 'get-hired', 'custom'.
   * About-them: 'fit', 'feedback', 'pitch', 'credentials'. Time asks: 'duration'.
   */
  kind: string;
  /**
   * For job asks and about-them: a whole question to ask instead (one of
   * RECOMMENDED_QUESTIONS or REFERRAL_ASK), suited to what was asked. For time
   * asks: a duration to write in place of the phrase ("20 minutes").
   */
  suggestion: string;
}

export interface PhraseOptions {
  /** Extra phrases (from the user's .interviewlintrc.yaml `job_ask_phrases`) that count as job asks: case-insensitive, whitespace-normalised substring/word match. */
  jobAskPhrases?: readonly string[];
  /** Phrases (`allow_phrases`) that never fire: a match overlapping an allowed phrase is dropped. */
  allowPhrases?: readonly string[];
}

/** The four recommended questions, exactly as FORMAT.md writes them. */
export const RECOMMENDED_QUESTIONS: readonly string[] = Object.freeze([
  'What is your typical workday like?',
  'How and why did you get started in the business?',
  'What do you like most/least about the job?',
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
 * becomes one space (or one newline, which ends a sentence), emitted lazily
 * so that leading and trailing runs vanish.
 */
interface Builder {
  parts: string[];
  starts: number[];
  origins: number[];
  ends: number[];
  length: number;
  pendingChar: string;
  pendingAt: number;
  pendingEnd: number;
}

function flushSpace(out: Builder): void {
  const char = out.pendingChar;
  if (!char) return;
  out.pendingChar = '';
  if (out.length === 0) return;
  out.parts.push(char);
  out.starts.push(out.length);
  out.origins.push(out.pendingAt);
  out.ends.push(out.pendingEnd);
  out.length += 1;
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

function space(out: Builder, char: string, at: number, end: number): void {
  if (!out.pendingChar) {
    out.pendingChar = char;
    out.pendingAt = at;
    out.pendingEnd = end;
  } else if (char === '\n') out.pendingChar = '\n';
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
  const out: Builder = { parts: [], starts: [], origins: [], ends: [], length: 0, pendingChar: '', pendingAt: 0, pendingEnd: 0 };
  for (let index = 0; index < size; ) {
    const code = original.charCodeAt(index);
    if (isWordCharCode(code)) {
      const runEnd = plainRunEnd(original, index);
      emitPlain(out, original.slice(index, runEnd).toLowerCase(), index);
      index = runEnd;
      continue;
    }
    if (code < 128) {
      if (code === 10 || code === 13) space(out, '\n', index, index + 1);
      else if (code === 32 || code === 9 || code === 11 || code === 12) space(out, ' ', index, index + 1);
      else emit(out, code === 96 ? "'" : original[index], index, index + 1);
      index++;
      continue;
    }
    const low = original.charCodeAt(index + 1);
    const end = index + (code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1);
    const char = original.slice(index, end);
    if (WHITESPACE.test(char)) space(out, char === '\u2028' || char === '\u2029' ? '\n' : ' ', index, end);
    else if (SINGLE_QUOTES.has(char)) emit(out, "'", index, end);
    else if (DOUBLE_QUOTES.has(char)) emit(out, '"', index, end);
    else if (DASHES.has(char)) {
      // An em or en dash separates clauses ("I'm not asking for a job — just…");
      // spacing it keeps "30–45" and "reach out—I'm" readable as tokens.
      space(out, ' ', index, end);
      emit(out, '-', index, end);
      space(out, ' ', index, end);
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

const SENTENCE_END = /[.!?]+["')\]]*(?=\s|$)|\n/g;
// "Ms. Chen", "Dr. Singh", "e.g.", initials: a full stop that does not end a sentence.
const ABBREVIATION = re`(^|[\s(])(mr|mrs|ms|mx|dr|prof|st|jr|sr|vs|etc|e\.g|i\.e|inc|ltd|co|no|approx|dept|univ|[a-z])$`;
/**
 * The longest stretch read as one sentence. A longer run without sentence
 * punctuation (pasted text, a list without full stops) is cut at spaces into
 * pieces of at most this size, so the work per character stays bounded.
 */
const MAX_SENTENCE = 400;

// Every field up front, so that all sentences share one shape.
const makeSentence = (text: string, start: number, end: number): Sentence => ({ start, text: text.slice(start, end), woken: undefined, breaks: undefined, ask: undefined, firstPerson: undefined, past: undefined });

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
// Conditions a rule can ask about its sentence.

/** Facts about one sentence, worked out once for all the matches in it. */
interface SentenceFacts {
  breaks?: number[];
  ask?: boolean;
  firstPerson?: boolean;
  past?: boolean;
}

interface Context {
  /** The whole sentence, normalised. */
  readonly sentence: string;
  readonly facts: SentenceFacts;
  /** The matched text. */
  readonly match: string;
  /** Sentence text before and after the match. */
  readonly before: string;
  readonly after: string;
  /** The clause the match sits in, up to the match. */
  readonly clause: string;
}

const REQUEST_CUE =
  re`\b(could|would|can|will|might) you\b|\bwould it be\b|\bis there any\b|\bare there any\b|\bany chance\b|\blet me know\b|\bplease\b|\bi('d| would) (love|like|appreciate|be (grateful|happy|glad|thankful|thrilled|delighted|interested|up for|open to|keen|willing))\b|\bi (was|am|'m) (wondering|hoping|curious)\b|\bi'm (wondering|hoping|curious)\b|\bwonder(ed|ing)? (if|whether)\b|\bif you (hear|know|could|can|have|see|happen)\b|\bdo you (know|happen)\b|\bhoping you\b|\byou (might|may|would|could) know (if|whether)\b|\bkindly\b|\b(tell|advise|inform) me (if|whether)\b|\b(give|drop) me a (shout|call|ring|bell|buzz|line|note)\b|\bping me\b|\bgrateful\b|\bappreciate\b|\bheads[- ]up\b|\bask (whether|if)\b|\b(enquire|inquire)\b|\bwriting to (ask|see|find out)\b|\bmind if\b`;

/** A question, a request, or a sentence that opens with "any …". */
const isAsk = (c: Context): boolean => sentenceAsks(c.facts, c.sentence);
function sentenceAsks(facts: SentenceFacts, sentence: string): boolean {
  facts.ask ??= sentence.includes('?') || REQUEST_CUE.test(sentence) || STARTS_WITH_ANY.test(sentence) || INVERTED_QUESTION.test(sentence);
  return facts.ask;
}
const STARTS_WITH_ANY = /^any\b/;
// A question written without its question mark, as in chat: it opens with an auxiliary or a wh-word and an auxiliary.
const INVERTED_QUESTION =
  re`^((hey|hi|hiya|so|and|but|also|ok|okay|quick q|quick question|honestly|be honest|to be honest|just wondering|sorry)[,!:.]?\s+)*((do|does|did|is|are|am|can|could|would|will|should|shall|may|might|have|has)\s(you|your|i|my|there|it|the|we|they|he|she|this|that|any)\b|(how|what|who|where|when|why|which)('s| (do|does|did|is|are|can|could|would|will|should)\b))`;

// With the subject dropped, as in casual messages: "Happy to start at the bottom…", "Would love to join…", "Keen to help".
const FIRST_PERSON = re`\b(i|me|my|mine|myself)\b|^((really|also|just|so|very|would|'d) )?(happy|keen|eager|glad|willing|available|hoping|dying|itching|desperate|wondering|love|interested|free|open) (to|for|in|if|whether)\b`;
const firstPerson = (text: string): boolean => FIRST_PERSON.test(text);
/** The sentence speaks in the first person. */
const speaksOfSelf = (c: Context): boolean => sentenceSpeaksOfSelf(c.facts, c.sentence);
function sentenceSpeaksOfSelf(facts: SentenceFacts, sentence: string): boolean {
  facts.firstPerson ??= FIRST_PERSON.test(sentence);
  return facts.firstPerson;
}

// Hedges that contain a negation word but do not negate the ask:
// "I don't suppose you're hiring?", "you wouldn't happen to know…".
const NEGATION_HEDGE =
  rx`\b(do|did|does)( not|n't) (suppose|imagine|know (if|whether)|mind)\b|\b(would|wouldn't|would not|won't) (not )?(happen to|mind)\b|\bwouldn't happen\b|\b(not|n't) (sure|certain) (if|whether)\b|\bwhether or not\b|\bif not\b|\bnot only\b|\bno matter\b|\bno (pressure|worries|rush|obligation)\b|\bn't hesitate\b|\bnot mind\b|n't mind\b`;
const NEGATION = re`\b(not|never|no|nor|without|neither|cannot)\b|n't\b`;

/** The clause negates what follows ("I'm not asking for a job", "I know you aren't hiring"). */
function negated(c: Context): boolean {
  return NEGATION.test(c.clause.replace(NEGATION_HEDGE, ' '));
}

// Openers to look past when deciding what kind of question a sentence is.
const LEAD_IN = re`^((and|so|also|but|then|now|okay|ok|well|finally|lastly|out of curiosity|in your (experience|opinion|view)|from your (experience|perspective)|generally|typically|in general|i'm curious|i wonder)[, ]+)+`;
// Informational wh-questions about how things work: "How has hiring changed…",
// "What do you do when you have an opening…", "Where do people find…".
const INFO_QUESTION =
  re`^(how|why|what('s| is| was) it like\b|what (kinds?|sorts?|types?) of ([\w-]+ ){1,2}(do|does|did|tend|usually|typically|generally|are|is|come|get|make)\b|(what|when|where|which \w+) (do|does|did|would|should|could|is|are|was|were|has|have|can|might|makes?|made) (people|someone|somebody|one|you|your|they|most|many|candidates|new|folks|companies|teams|employers|it|hiring|the|an?|this|that|each|every|recruiters|hiring managers|managers|firms)\b|what happens\b|what('s| is| will| would)( the| your| that| this)? ([\w-]+ ){0,3}?(role|position|job|opening|internship|placement|vacancy) ((on|in|at) (your|the) [\w-]+ )?(going to|like|about|for|involve|entail|focus))`;

/** An informational "how/why…" question, or a "what do people/you…" question, with no first person in it. */
function informational(c: Context): boolean {
  if (speaksOfSelf(c)) return false;
  const clauseText = (c.clause + c.match + c.after).trimStart();
  if (INFO_QUESTION.test(c.sentence.replace(LEAD_IN, '')) || INFO_QUESTION.test(clauseText.replace(LEAD_IN, ''))) return true;
  // "When your team has an opening, how do you usually fill it?": the question is the last clause.
  const last = c.sentence.endsWith('?') ? LAST_CLAUSE.exec(c.sentence) : null;
  return last !== null && INFO_QUESTION.test(last[1].replace(LEAD_IN, ''));
}

const LAST_CLAUSE = /[,;:]\s*([^,;:]+)$/;

// The sentence is about the person's own past ("How did you get hired?",
// "when you joined", "your first job"), not a request.
const ABOUT_THEIR_PAST =
  re`\b(did|were|was|had) you\b|\bwhen you (joined|started|applied|were|first|got|began|interviewed|moved|switched)\b|\byou('ve| have) (been|worked|held|had)\b|\byour (first|previous|last|former|current|own|early|earliest) (job|role|position|interview|application|offer|team|company|career|internship)s?\b`;
function aboutTheirPast(c: Context): boolean {
  c.facts.past ??= ABOUT_THEIR_PAST.test(c.sentence);
  return c.facts.past;
}

// A third-person subject: the question is about how it works for people in general.
const GENERIC_SUBJECT =
  re`\b(people|someone|somebody|anyone|anybody|one|folks|candidates|applicants|new hires|new grads|graduates|newcomers|most|others|students|they|those|career changers|outsiders|employees)\b(?! like me| with my| in my)`;
const genericBefore = (c: Context): boolean => GENERIC_SUBJECT.test(c.clause);

// The ask is scoped to a field or a kind of job rather than their
// organisation: "get hired in this industry", "a job like yours".
const SCOPED_ELSEWHERE =
  re`^( [\w'-]+){0,3}? (in|into|within|across) (?!your\b|the (team|company|firm|group|department|organi[sz]ation|office|agency)\b)|^( [\w'-]+){0,3}? like (yours|this|that|these)\b|^ (someday|one day|eventually|in the (future|long run))\b`;
const scopedElsewhere = (c: Context): boolean => SCOPED_ELSEWHERE.test(c.after);
const LIKE_YOURS = re`\blike (yours|this one|that one|these)\b`;
// Narrower: the whole field or industry ("openings in this field"), not a department ("in marketing").
const FIELD_SCOPE = re`^( [\w'-]+){0,5}? (in|into|within|across) ((this|the|that|a|my|your|our)\s)?([\w-]+\s)?(field|fields|industry|industries|profession|sector|line of work|space|world|market|area)\b`;
const fieldScope = (c: Context): boolean => FIELD_SCOPE.test(c.after);
// A relative clause about people in general: "any roles … that people often overlook".
const GENERIC_RELATIVE = re`^( [\w'-]+){0,5}? (that|which|where|who) (\w+ )?(people|most|folks|outsiders|others|candidates|students|newcomers|new grads|someone|anyone)\b`;

// Workplaces and intakes one can be taken on at, besides the generic ones:
// "a job in your warehouse", "a place on your graduate scheme".
const WORKPLACE = src`(scheme|intake|cohort|rotation|academy|warehouse|depot|kitchen|restaurant|store|site|plant|factory|ward|theatre|theater|gallery|museum|library|salon|garage|farm|hotel|bakery|nursery|surgery|pharmacy|chambers|magazine|newspaper|paper|station|charity|trust|foundation|council|ministry|venue|yard|fleet|band|orchestra|workforce|staff|ranks|payroll|books|roster|rota|desk|centre|center|gym|cafe|pub)`;
const ORG = src`(team|company|firm|group|department|dept|organi[sz]ation|org|office|agency|lab|studio|practice|division|unit|startup|shop|institute|newsroom|school|hospital|clinic|bank|business|branch|function|squad|side|program|programme|project|place|floor|outfit|crew|${WORKPLACE})`;
/** Their organisation: "you", "your team", "the company", "here", "Acme's design team". */
const THEIR_ORG = src`(where you (work|are)\b|your place\b|you\b(?!')|your ([\w'&-]+ ){0,2}?${ORG}s?\b|the ([\w'&-]+ ){0,2}?(team|company|firm|group|department|organi[sz]ation|office|agency|lab|studio|startup|practice|${WORKPLACE})\b|here\b|there\b|[a-z][\w&.-]*'s ([\w'&-]+ ){0,2}?${ORG}\b)`;
const THEIR_ORG_AFTER = re`^( [\w'-]+){0,4}? (at|on|in|with|for|into|onto|to|within|joining|from) ${THEIR_ORG}|^ (here|there|where you (work|are))\b`;
const theirOrgAfter = (c: Context): boolean => THEIR_ORG_AFTER.test(c.after);
const AT_THEIR_ORG = re`\b(at|on|with|to|in) ${THEIR_ORG}`;

// Agent nouns, people by the shape of the word ("bookkeeper", "electrician",
// "receptionist", "attendant"), minus the common words of that shape that are not people.
const AGENT_NOUN = src`(?!(answer|number|paper|letter|order|other|matter|water|corner|computer|server|user|customer|chapter|quarter|career|grant|plant|restaurant|want|list|checklist|playlist|wishlist|gist|twist|register|border|folder|filter|barrier|layer|power|tower|cover|offer|center|centre|error|factor|sector|floor|door|color|colour|favou?r|behaviou?r|labou?r|honou?r|rumou?r|flavou?r|mirror|minor|major|sponsor|meter|litre|liter|winter|summer|semester|trimester|newsletter|poster|banner|flyer|sticker|marker|blocker|trigger|launcher|container|browser|driver|printer|scanner|monitor|calendar|character|encounter|remainder|reminder|transfer|disaster|leverage|ever|never|however|whatever|whoever|together|further|either|neither|rather|whether|better|later|after|over|under|upper|lower|inner|outer|proper|clever|eager|tender|gender|cancer)s?\b)[a-z][a-z-]*([^aeiou]er|[^aeiou]or|ist|ician|eer|ant)s?`;
// People one hires: "a junior analyst", "newly qualified nurses", "another reporter".
const PERSON_NOUN = src`(people|person|staff|folks|talent|help|hands|hires?|interns?|grads?|graduates?|juniors?|trainees?|apprentices?|fellows?|associates?|assistants?|students?|postdocs?|candidates|applicants|employees?|members?|volunteers?|freelancers?|contractors?|temps?|nurses?|doctors?|teachers?|reporters?|writers?|editors?|solicitors?|lawyers?|paralegals?|accountants?|consultants?|managers?|coordinators?|specialists?|scientists?|technicians?|analysts?|engineers?|designers?|developers?|illustrators?|researchers?|architects?|officers?|advis[eo]rs?|administrators?|strategists?|marketers?|planners?|producers?|clerks?|therapists?|carers?|pharmacists?|programmers?|testers?|copywriters?|photographers?|chefs?|operators?|devs?|vets?|cooks?|tutors?|medics?|physios?|locums?|lecturers?|nann(y|ies)|someone|somebody|anyone|anybody|${AGENT_NOUN})`;
// Whoever decides on hiring: "the hiring manager", "your recruiter", "HR", "the hiring panel".
const HIRER = src`(head of (recruitment|recruiting|talent|hiring|hr|people)|hiring (managers?|leads?|team|panel|committee|partners?|decision[- ]makers?|people|folks)|recruiters?|recruiting (team|lead|manager|coordinator)|recruitment (team|lead|manager|partner|coordinator)|talent (acquisition|team|partners?|scouts?)|hr\b( team| department| manager| person| rep| contact| partner| colleagues)?|human resources)`;

// A particular opening: "the role", "your analyst position", "that posting".
const A_ROLE_OF_THEIRS = re`\b(the|this|that|your) ([\w-]+ ){0,2}?(role|position|opening|job|posting|vacancy|internship|post)\b(?! (like|of) )`;

// Applying to a school, a degree or a scholarship is not applying for a job.
const ACADEMIC = re`\b(grad(uate)? school|law school|med(ical)? school|business school|college|universit(y|ies)|mba|phd|master'?s|degree|fellowship|scholarship|bootcamp|course|schools)\b`;

// "… to you to share with the creative team", "… so you can pass it along": passed on to others.
const ROUTED_ON =
  re`^[^.?!]{0,40}?\b(to |and |so (that )?(you|they) (can|could) )(pass|share|forward|send|circulate|show|hand)(ing)? (it |them |this )?(along|on|around|internally|with (your|the|hr|anyone|someone|people|colleagues)|to (your|the|whoever|someone|anyone|hr|people|colleagues))\b`;

// Handing a résumé over so that they judge it ("share my résumé with you for
// feedback") is about-them; handing it over to be passed on is a job ask.
const ASKS_FOR_FEEDBACK = re`\b(feedback|thoughts|improve|critique|opinion|tips on|look over|take a look|what you think|suggestions|advice on|tell me (what|how|if))\b`;

// "anything suitable", "something that might suit me": a job that fits.
const SUITS_ME = re`^ (suitable|relevant|going|available|open|opening up|coming up|in (my|the) (line|area)|for (me|someone like me|an? [\w-]+ like me)|(that|which) (might|would|could|may) (suit|fit|interest) me|i (could|might|can) (do|apply|fill|help with))\b`;
// A route to whoever hires: "… onto the hiring manager's desk", "… in front of your recruiter", "… to the head of design".
const ROUTED_TO_HIRER = re`^( [\w'-]+){0,3}? (onto|on|to|in front of|into the hands of|under the nose of|on the desk of|across to|over to|through to|up to) (the |your |a |whoever('s| is) (hiring|recruiting)|someone (in|on) )?([\w'&-]+ ){0,2}?(${HIRER}|boss|(line |team |department |hiring )?manager('s)?|director|head of [\w-]+|partners?|[\w-]+'s (desk|inbox|pile)|shortlist|decision[- ]makers?|the right (person|people))`;
// The beneficiary is someone other than me: "a good word for you", "for a friend of mine".
const FOR_SOMEONE_ELSE = re`^( [\w'-]+){0,4}? for (you|them|him|her|us|people|someone|somebody|anyone|candidates|others|colleagues|(a |my )?(friend|friends|colleague|son|daughter|partner|brother|sister|student|students|mentee)|(the|a|an|this|that|our|their|his|her|its) (?![\w-]+ (role|position|job|opening|vacancy|internship|post|application)\b)(?!(role|position|job|opening|vacancy|internship|post|application)\b))\b`;

// A hiring object: a role, a place on a scheme, an internship… The head noun
// must end the phrase ("the job market", "the role description" and "a role
// model" are not jobs).
const HIRING_NOUN = src`(start(?! (date|time|point|up))|role|position|opening|vacancy|vacancies|job|post|posting|internship|placement|apprenticeship|traineeship|spot|place|seat|contract|scheme|programme|program|intake|cohort|req|residency|gig|slot)s?\b(?! (description|descriptions|spec|specs|title|titles|requirements|duties|model|models|market|markets|search|hunt|boards?|fairs?|sites?|ads?|adverts?|listings?|pages?|of|itself|involves?|entails?|changing|changes?|like)\b)(?!')`;
/**
 * One of their openings: "the analyst role", "this placement", "your open
 * position", "a role on your team" (with "a"/"any", their organisation must
 * follow). Their own job ("your role", "your current position") is not one.
 */
const THEIR_OPENING_SOURCE = src`((the|this|that|one of the|one of your) ([\w'&-]+ ){0,3}?${HIRING_NOUN}|your (?!(current|own|first|previous|last|old|new|present|former|day|early|next)\b)([\w'&-]+ ){1,3}?${HIRING_NOUN}|(an?|any) ([\w'&-]+ ){0,3}?${HIRING_NOUN}(?=( [\w'-]+){0,4}? (at|on|in|with|within|into|onto) ${THEIR_ORG}| (going|open|available|here|there)\b))`;
const HIRING_NOUN_IN = re`\b${HIRING_NOUN}`;

// What a candidate does to an opening: apply for it, be shortlisted for it, land it.
const CANDIDATE_VERB = src`(apply(ing)? (for|to)|be(ing)? ((formally |seriously )?(considered|shortlisted|short-listed|put forward|put up|selected|picked|chosen|interviewed|hired|taken on|brought on|signed up|in the running|a candidate|offered|placed)) (for|as|onto|into|on|to)|interview(ing)? for|land(ing)?|secur(e|ing)|fill(ing)?|snag(ging)?|go(ing)? for|compet(e|ing) for|tr(y|ying) out for|step(ping)? into|get(ting)?( (onto|into|on|in on))?|win(ning)?|earn(ing)?|start(ing)? (in|on)|tak(e|ing) up|(got|had|have|'ve got|keeping) my eyes? on|(set|setting) my sights on|(eye|aim|target|gun)(ing)? for|eyeing)`;
// The candidate is me: "I'd love to land…", "could I apply for…", "would it be possible to interview for…", "about applying for…".
const CANDIDATE_FRAME =
  re`(\b(i|i'd|i'll|i'm|i've|i would|i could|i can|i might|i may|i will|i should|could i|can i|may i|might i|should i|would i|shall i|for me to|to|about|in|of|at|towards?|for|with|me)\s((also|still|possibly|eventually|maybe|perhaps|really|actually|formally|officially|ever|hopefully|potentially|somehow|definitely|be able to|go ahead and|try to|try and|manage to|love to|like to|want to|hope to|aim to|plan to|get to|have a chance to|then)\s){0,2})$`;
// Someone else is the candidate, or the question is how it works: "for you to", "it takes to", "someone hoping to".
/** The last person named in a text: "i", "me", "you", "they"… or undefined. */
function lastPerson(text: string): string | undefined {
  let person: string | undefined;
  PERSON_WORD.lastIndex = 0;
  for (let match = PERSON_WORD.exec(text); match; match = PERSON_WORD.exec(text)) person = match[1];
  return person;
}
const PERSON_WORD = /\b(i|me|my|myself|you|your|they|them|their|he|him|his|she|her|we|us|our)\b/g;
/** Someone other than me was named last before the candidacy: "What gave you the confidence to go for the role?". */
const someoneElseNamed = (before: string): boolean => {
  const person = lastPerson(before);
  return person !== undefined && !/^(?:i|me|my|myself)$/.test(person);
};
const OTHER_CANDIDATE = re`\b(for (you|them|him|her|people|someone|somebody|anyone|candidates|others|most people|a person) to|(it|that) (takes?|took) to|does it take to|did it take to|helped you|help (you|them|people|someone) (to )?|you (to )?)\s*$`;

// An infinitive whose subject is the asker though no "I" is written: "would it
// be possible to…", "any chance to…", "it would mean a lot to…".
const IMPLIED_ME =
  re`(\b(would|will|is|was|might) it be (at all )?(possible|ok|okay|feasible|an option|doable|worth (my while|it))( for me)? to|\b(any|a|some|an) (chance|way|possibility|hope|opportunity|prospect|option) (to|of)|\bit would (mean (a lot|so much|the world)|be (a dream|an honou?r|amazing|incredible|wonderful|great|fantastic|brilliant|a privilege))( to me)? to|\bis there (any )?(way|chance|room|scope|possibility) (to|for me to)|\b(love|keen|eager|hoping|hope|dying|itching|desperate) to)\s((\w+ly|also|still|maybe|perhaps|ever|somehow)\s)?$`;

// Their organisation named anywhere in a sentence.
const YOUR_ORG_IN = re`\b(your ([\w'&-]+ ){0,2}?${ORG}s?|you guys|your lot)\b`;
// Their organisation as the subject of a question: "you guys", "your studio", "the team", "Acme's design team".
const ORG_SUBJECT = src`(you( guys| all)?|your ([\w'&-]+ ){0,2}?[\w'&-]+|the ([\w'&-]+ ){0,2}?${ORG}|[a-z][\w&.-]*'s ([\w'&-]+ ){0,2}?${ORG})`;
// When an organisation asks for people: now, this year, or people like me (juniors, the newly qualified).
const HIRING_NOW_OR_JUNIOR =
  re`\b(still|at the moment|at present|currently|right now|now|(this|over the|for the|in the) (year|summer|autumn|fall|spring|winter|term|season|month|quarter|holidays)|over christmas|next (year|month|term|season|quarter|summer)|soon|these days|in the new year|straight (out of|from)|fresh (out of|from)|newly qualified|recently qualified|junior|graduate|grad|entry[- ]level|trainee|intern|apprentice|career changer|first[- ]time|like me|with my|without (any )?(experience|a degree|qualifications)|extra|another|additional|one more|someone (working|based|living|coming|moving|returning|finishing|graduating|qualifying|starting|relocating))\b`;

// Whoever decides on a hire, beyond recruiters: "the head of design", "the partner", "whoever is recruiting".
const DECISION_MAKER = src`(${HIRER}|boss|(line |team |department |hiring )?manager|director|head of [\w-]+|head|partners?|principal|owner|founder|ceo|editor|producer|supervisor|team lead|lead|whoever('s| is) (hiring|recruiting|in charge)( [\w-]+){0,4}?|whoever (recruits|hires)( [\w-]+){0,4}?)`;

// Who would take me on: "your manager", "the firm", "they".
const WHO_WOULD_TAKE_ME = re`\b(${DECISION_MAKER}|team|firm|company|practice|studio|agency|they|them)\b`;

// ---------------------------------------------------------------------------
// Rules.

interface Rule {
  readonly kind: string;
  readonly pattern: RegExp;
  /** Extra conditions on the sentence; the match is dropped when this says no. */
  readonly accept?: (c: Context) => boolean;
  /**
   * A broad rule that only speaks when no specific rule matched the sentence,
   * so one ask is reported once ("pass my résumé along to the hiring manager"
   * is a hand-off, not also a mention of the hiring manager).
   */
  readonly fallback?: boolean;
  /** The question to suggest instead, when not the one for its kind (see SUGGESTIONS). */
  readonly suggestion?: string;
  /** Its matches only count in a question or a request (accept checks isAsk): other sentences skip it. */
  readonly needsAsk?: boolean;
  /** Its matches only count in a sentence in the first person (accept checks speaksOfSelf): other sentences skip it. */
  readonly needsFirstPerson?: boolean;
  /**
   * The rule runs only on sentences that have one of its trigger words, which
   * are read off its pattern (see wordsNeeded). A rule may list them here
   * instead, space-separated ("hiring recruit*" for "hiring" or any word
   * starting "recruit"): then they are all it runs on.
   */
  readonly triggers?: string;
}

// Words after "hiring" that make it a noun modifier ("the hiring process"), not a verb.
const HIRING_AS_MODIFIER =
  re`^ (process|processes|manager|managers|decisions?|freeze|practices?|committee|pipeline|budget|plans?|season|cycle|criteria|bar|needs|standards|trends?|strategy|landscape|market|events?|fairs?|goals|timeline|side|team|panel|loop|rubric|philosophy|approach|mistakes?|is|has|was|will|can|could|should|might|does|did|changes?|changed|works?|worked)\b`;
// Who can be the object of "taking on", "bringing on", "looking for".
const HIRING_OBJECT_WORD =
  re`^ (newly|recently|qualified|experienced|trainee|graduate|senior|summer|temp|temporary|freelance|permanent|first|another|some|several|few|any|anyone|anybody|someone|somebody|new|more|additional|extra|interns?|grads?|graduates|juniors?|people|staff|talent|candidates|help|hires|associates|a|an|junior|entry|folks|contractors|freelancers|analysts|engineers|designers|developers|writers|nurses|teachers|researchers|apprentices|trainees|fellows)\b`;
const HIRING_OBJECT = re`${HIRING_OBJECT_WORD.source}|^ ([\w-]+ ){0,2}?${PERSON_NOUN}\b`;

// A subject that is the market at large, not their organisation.
const GENERIC_HIRER =
  re`\b(companies|firms|employers|organi[sz]ations|businesses|startups|agencies|most|many|other|others|people|industries|they|it|there|hiring|recruiters|teams|managers|industry|market|field|things|salaries|candidates|how|why|what|who)\b`;

const HIRING_VERB = src`(hiring|recruiting|taking (any |new |more )?(trainees|interns|apprentices|graduates|grads|juniors|placement students|volunteers|new starters)|(take|taking|bring|bringing|sign|signing) (anyone|anybody|someone|somebody|people|(new|more|extra) (people|staff|starters|hands|faces)|graduates|grads|trainees|juniors|interns|apprentices|freelancers|volunteers)( new| else| extra)? on(board| board)?|taking on|bringing on|bringing in|adding|(looking|planning|hoping|wanting|aiming|able|willing|likely|set) to (hire|take on|bring on|bring in|recruit|onboard|grow the team|expand the team|(take|bring) (anyone|anybody|someone|people|more people)( new| else)? (on( ?board)?|in))|looking for|on the lookout for|in the market for|scouting for|searching for|staffing up|growing the team|accepting (applications|applicants|candidates|resumes|cvs|interns|new (grads|graduates|hires|people|associates))|taking applications|(looking|trying|planning|hoping|about|going) to fill|filling|(expanding|growing|building out|scaling up|scaling) (its|their|the|your|our) ([\w-]+ ){0,2}?(team|department|group|staff|workforce|headcount))`;
const HIRING_VERB_AT_END = new RegExp(`${HIRING_VERB}$`);

/** "hiring" is a verb here, and "taking on", "looking for"… have someone to take on. */
function hiringVerbOk(c: Context): boolean {
  const verb = HIRING_VERB_AT_END.exec(c.match)?.[0] ?? '';
  if (/^(?:hiring|recruiting)$/.test(verb)) return !HIRING_AS_MODIFIER.test(c.after);
  // "Will the company keep growing its team?" asks for their view of the business.
  if (/^(?:expanding|growing|building out|scaling up|scaling) /.test(verb)) return !/\b(?:think|expect|predict|see|believe|view|opinion|keep|continue|long[- ]term)\b/.test(c.sentence);
  if (/^taking (?:any |new |more )?(?:trainees|interns|apprentices|graduates|grads|juniors|placement students|volunteers|new starters)$/.test(verb)) return true;
  if (/^(?:\w+ to (?:hire|recruit|onboard|grow the team|expand the team|(?:take|bring) (?:anyone|anybody|someone|people|more people)(?: new| else)? (?:on(?: ?board)?|in))|(?:take|taking|bring|bringing|sign|signing) .* on(?:board| board)?|staffing up|growing the team|accepting .*|taking applications)$/.test(verb)) return true;
  if (/(?:to fill|filling)$/.test(verb)) return /^ (?:any|a|an|the|some|more|new|open|positions?|roles?|jobs?|spots?|seats?|vacanc\w+|openings?)\b/.test(c.after);
  return HIRING_OBJECT.test(c.after) && !NOT_A_HIRE.test(c.after);
}
// What "taking on more…", "bringing in new…" can take on that is not a person.
const NOT_A_HIRE =
  re`^ (new|more|additional|extra|a|an|any|another|some|too much|so much|so many)\b( [\w-]+){0,2}? (responsibilit\w+|projects?|clients?|customers?|work|workloads?|tasks?|challenges?|risks?|debt|duties|accounts?|cases|business|initiatives?|tools?|technolog\w+|software|systems?|products?|features?|investors?|funding|capital|money|space|offices?|markets?|territor\w+|platforms?|vendors?|suppliers?|ideas?|approach\w*|processes|practices|methods?|leadership)\b`;

/**
 * The words between "is/are/if" and "hiring" must name who hires: not the
 * market at large ("are companies hiring"), not a noun phrase ending in a
 * preposition ("the hardest part of hiring"), not another verb ("are shaping hiring").
 */
function hiringSubjectOk(match: string, theyMeansThem = false): boolean {
  const subject = match
    .replace(/^\w+ /, '')
    .replace(HIRING_VERB_AT_END, '')
    .replace(/\b(?:open to|considering|thinking (?:about|of)|starts?|begins?|resumes?|restarts?|starting|beginning|resuming)\s*$/, '')
    .trim();
  return (
    !GENERIC_HIRER.test(theyMeansThem ? subject.replace(/\bthey\b/, 'them') : subject) &&
    !/\b(?:of|about|for|in|on|with|to|at|by|from|into|than)$/.test(subject) &&
    !/\b(?!(?:any|some|every|no)thing\b)\w+ing\b/.test(subject.replace(/\b(?:be|still|currently|actively|also|now|ever|even|by any chance|start|starting|begin|beginning|resume|soon)\b/g, ''))
  );
}

// Suggestions by kind of ask: openings and hiring turn into the business's
// challenges; anything that would route you to a hiring manager turns into the
// referral ask; "how do I get in" turns into "how did you get started"; asking
// to be considered, or a pitch, turns into their typical workday; asking
// whether you fit turns into what they like most and least about the job.
const SUGGESTIONS: Readonly<Record<string, string>> = {
  opening: CHALLENGES,
  custom: CHALLENGES,
  'get-hired': GOT_STARTED,
  application: GOT_STARTED,
  interview: GOT_STARTED,
  feedback: GOT_STARTED,
  considered: WORKDAY,
  pitch: WORKDAY,
  'good-word': REFERRAL_ASK,
  'referral-for-role': REFERRAL_ASK,
  'hiring-decision': REFERRAL_ASK,
  resume: REFERRAL_ASK,
  fit: MOST_LEAST,
};

const JOB_RULES: readonly Rule[] = [
  // --- Openings -------------------------------------------------------------
  {
    // "Is your team hiring?", "Are you guys hiring at the moment?", "When will your team start hiring again?"
    kind: 'opening',
    pattern: rx`\b(is|are|will|would|might|could)\b ([\w'&.-]+ ){1,5}?((be|still|currently|actively|also|now|ever|even|by any chance|start|starting|begin|beginning|resume|soon|open to|considering|thinking (about|of)) )*${HIRING_VERB}\b`,
    needsAsk: true,
    // "Is your team hiring more seniors or juniors, generally?" asks about the mix, not for a place.
    accept: (c) => isAsk(c) && hiringSubjectOk(c.match) && hiringVerbOk(c) && !negated(c) && !informational(c) && !/^ (?:more|mostly|mainly|fewer|less|largely) (?:[\w-]+ ){0,2}?(?:or|than)\b|\b(?:generally|in general|on the whole)\b/.test(c.after),
  },
  {
    // "Hiring?", "Referral possible?", "Job for me?": the shortest questions.
    kind: 'opening',
    pattern: rx`^((still|currently|are you|you|any chance you're) )?(hiring|recruiting)(?=\s*\?)|^(a |any )?referral (possible|an option|on the cards|likely|doable)\b|^(a |any )?(job|role|position|spot|place|opening|work|vacancy)s? (for me|going)(?=\s*\?)`,
    needsAsk: true,
    accept: (c) => isAsk(c),
  },
  {
    // "u guys hiring?": the auxiliary dropped, as in chat.
    kind: 'opening',
    pattern: rx`^((hey|hi|hiya|so|just wondering|quick q|quick question)[,!:.]?\s+)*(you( guys| all| lot)?|y'all|your ([\w'&-]+ ){0,2}?${ORG}s?)( (still|currently|by any chance|at all|now))* (hiring|recruiting|taking on (anyone|people|staff|interns|grads|graduates))\b`,
    needsAsk: true,
    accept: (c) => isAsk(c) && !negated(c) && !HIRING_AS_MODIFIER.test(c.after),
  },
  {
    // "Do you know if your department is hiring?", "… if you're hiring."
    kind: 'opening',
    pattern: rx`\b(if|whether|any chance|chance that|by any chance|suppose|wonder(ing)?|curious)\b ([\w'&.-]+ ){0,3}?[\w&.-]+( is|'s| are|'re| will be| might be| would be| may be| was| were| starts?| begins?| resumes?| restarts?| (is|are|will be) (starting|beginning|resuming))( (currently|still|actively|also|now|ever|possibly|by any chance))* ${HIRING_VERB}\b`,
    accept: (c) =>
      hiringSubjectOk(c.match.replace(/^(?:any chance|chance that|by any chance) /, 'x '), true) &&
      hiringVerbOk(c) &&
      !negated(c) &&
      !informational(c) &&
      // "What would you look for if you were hiring…" imagines their hiring.
      !/^if (?:you|they|your (?:[\w-]+ ){0,2}?\w+) (?:were|was|had to)\b/.test(c.match),
  },
  {
    // "Do you know anyone who is hiring?", "any companies that are hiring"
    kind: 'opening',
    pattern: rx`\b(anyone|anybody|someone|somebody|(any |other )?(companies|firms|teams|organi[sz]ations|places|startups|agencies|employers|managers|groups|people))\b( (at|in|on|within) (your|the) ([\w'&-]+ ){0,2}?[\w'&-]+)? (who|that|which)('s| is| are|'re)? (currently |actively |still )?(hiring|recruiting|looking to hire|taking on|has (an? )?(opening|vacancy)|have (openings|vacancies))\b`,
    needsAsk: true,
    accept: (c) => isAsk(c) && !negated(c) && !informational(c),
  },
  {
    // "Are you planning to hire anyone this year?", "any plans to hire?"
    kind: 'opening',
    pattern: rx`\b(plan(s|ning)?|intend(s|ing)?|going|expect(s|ing)?|hop(e|es|ing)|about) (to|on) (hire|hiring|bring on|add (to the team|people|headcount|staff))\b`,
    needsAsk: true,
    accept: (c) => isAsk(c) && /\b(?:you|your|any)\b/.test(c.before) && !negated(c) && !informational(c),
  },
  {
    // "Any openings on your team?", "job leads", "anything available"
    kind: 'opening',
    pattern: rx`\b((any|some|an?|the)\s)?((open|available|current|upcoming|new|entry[- ]level|junior|unadvertised|suitable|relevant|summer|paid|full[- ]time|part[- ]time|job|career|employment)\s){0,3}?(openings?|vacanc(y|ies)|job (leads?|openings?|opportunit(y|ies)|postings?|offers?))\b|\b(any|some)thing (open|available)\b|\bleads? on (jobs|roles|positions|openings|opportunities|internships)\b|\bopen (positions?|roles?|jobs?|reqs?|requisitions?|spots?|seats?|headcount)\b|\b(any|much) hiring (going on|happening|planned|coming up|on the horizon)\b|\b(roles?|jobs?|positions?|vacanc\w+|openings?|anything|something|posts?|work|gigs?|shifts?|contracts?|placements?|internships?) going\b(?! (to|well|badly)| on(?! (your|the|at) ))|\b(positions|roles|openings|vacancies|internships|placements) (left|remaining|still (open|available|free)|up for grabs)\b|\b(seats?|spots?|places) (left|remaining|still (open|available|free)) (in|on|at|with|for) (your|the) (graduate |summer |next |new |trainee |junior )?(intake|scheme|programme|program|cohort|team|company|firm|department|group|rotation|class)\b|\b(any |the )?(headcount|budget) (for|to hire) (a|an|another|new|more|someone|me|anyone)\b`,
    needsAsk: true,
    accept: (c) =>
      isAsk(c) &&
      !/^ (?:moves?|remarks?|statements?|lines?|night|ceremony|hours|of|acts?|paragraph|questions?|bid|keynote)\b/.test(c.after) &&
      !negated(c) &&
      !informational(c) &&
      !aboutTheirPast(c) &&
      !fieldScope(c) &&
      !GENERIC_RELATIVE.test(c.after),
  },
  {
    // "Do you have any open positions?", "any roles I could apply for", "any job I could do at your company"
    kind: 'opening',
    pattern: rx`^(are|is) there (still |currently )?([\w-]+ )?(jobs|roles|positions|openings|vacancies|internships|placements)\b|\b(any|some)\s([\w-]+\s){0,2}?([a-z]+-)?(positions?|roles?|jobs?|internships?|opportunit(y|ies)|spots?|slots?|shifts?|places|seats?|gigs?|contracts?|placements?|apprenticeships?|traineeships?|pupillages?|clerkships?|secondments?|posts?|programmes?|programs?|schemes?)\b|\ban?\s([\w-]+\s){0,2}?(position|role|job|internship|opportunity|spot|place|seat|placement|apprenticeship|programme|program|scheme|post)\b(?= (that |which )?i (could|can|might|should|may) (join|apply|fill|get|do|take|fit)\b)`,
    needsAsk: true,
    accept: (c) => {
      if (!isAsk(c) || negated(c) || informational(c) || aboutTheirPast(c) || fieldScope(c) || GENERIC_RELATIVE.test(c.after)) return false;
      // "Are there jobs at your company…?": a bare plural asked of their organisation.
      if (/^(?:are|is) there /.test(c.match)) return theirOrgAfter(c);
      if (/^ (?:for|to|in) (?:advancement|growth|promotion|learning|learn|development|mentorship|training|move|grow|advance|get involved|volunteer|shadow|attend|meet|connect|network|lateral)\b/.test(c.after)) return false;
      if (/^(?: [\w'-]+){0,4}? (?:for|to) (?:people|someone(?! (?:like me|with my|finishing|graduating|qualifying|starting|leaving|coming|moving|returning|new|just)\b)|folks|candidates|new grads|graduates|those)\b/.test(c.after)) return false;
      return (
        /\b(?:open|available|job|career|employment|vacant)\b/.test(c.match) ||
        /^(?: [\w'-]+){0,3}? (?:open|available|opening up|coming up|unfilled|vacant)\b/.test(c.after) ||
        theirOrgAfter(c) ||
        /^(?: [\w'-]+){0,4}? (?:for me|for someone like me|for someone (?:finishing|graduating|qualifying|starting|leaving|coming|moving|returning|new|just)|(?:suit|fit|match)s? (?:me|my)|(?:that )?(?:would|might|could) (?:suit|fit|match|use) (?:me|my|someone like me|someone with my)|i (?:could|can|might|would|should)|i'd)\b/.test(c.after) ||
        /\bknow of\s*$/.test(c.before) ||
        /^an? /.test(c.match) ||
        /\bhiring\b/.test(c.sentence)
      );
    },
    // Hand-written words, for now: see the note above triggerTrie.
    triggers: 'position positions role roles job jobs internship internships opportunity opportunities spot spots slot slots shift shifts traineeship traineeships pupillage pupillages clerkship clerkships secondment secondments place places seat seats gig gigs contract contracts placement placements apprenticeship apprenticeships post posts programme programmes program programs scheme schemes',
  },
  {
    // "What positions are currently open on your team?"
    kind: 'opening',
    pattern: rx`\b(positions?|roles?|jobs?|spots?|internships?|reqs?|seats?|opportunit(y|ies)|posts?|vacanc(y|ies)|openings?|applications|apprenticeships?|placements?|traineeships?|schemes?|intakes?|cohorts?|(analyst|associate|graduate|trainee|intern|summer|incoming) class)\b( (at|on|in|with|for) (your|the|next|this) ([\w'&-]+ ){0,2}?[\w'&-]+)?( (that |which )?(you|your team|they|we) (posted|advertised|listed|mentioned|shared|put up)( (on|in|at|last) [\w'-]+( [\w'-]+)?)?)?( (that|which|you))?( (are|is|have|has|might|may|could|will|do))?( (currently|still|now|actually|ever|be|been|have|yet))* (open|available|opening up|coming up|unfilled|vacant|filled( yet)?|up for grabs|free|full|closed)\b(?! to (?!me\b|someone like me\b|people like me\b)| (on|at|for) (debate|question|interpretation|discussion|the public)\b)`,
    needsAsk: true,
    accept: (c) =>
      isAsk(c) && !negated(c) && !informational(c) && !aboutTheirPast(c) && !fieldScope(c) && !/^(?: [\w'-]+){0,4}? (?:to|for) (?:people|someone|folks|candidates|new grads|graduates|those)\b/.test(c.after),
  },
  {
    // "Is there room on your team for someone like me?", "Do you have a job for me?"
    kind: 'opening',
    pattern: rx`\b(room|space|appetite|demand|scope|headroom|bandwidth|(a|any|some) (real )?(need|call|fit|match)|(a|an|any|some) ([\w-]+ ){0,2}?(place|spot|seat|role|job|position|opening|vacancy|internship|placement|post|gig)|(any|some|a bit of|a little|much|enough) ((paid|casual|temp|temporary|seasonal|part-time|freelance|extra|weekend|holiday|summer|contract) )?(work|shifts|hours|jobs|gigs|contracts)|something|anything|a home|a way in|(a |any |some )?use|budget|funding|money|headcount|capacity)\b( (on|in|at|with) (your|the) ([\w'-]+ ){0,2}?[\w'-]+| anywhere( (on|in|at) (your|the) [\w'-]+)?)? for (me|myself|someone (like me|with (my|a) ([\w-]+ )?(background|profile|experience|skills?))|(a|an|another|one more|more|any) ([\w-]+ ){0,3}?(like me|${PERSON_NOUN})|(a|an|any) (paid|permanent|full-time|part-time|junior|proper) (role|job|position|post|contract|place|spot))\b`,
    needsAsk: true,
    accept: (c) =>
      isAsk(c) &&
      !negated(c) &&
      !informational(c) &&
      // "room for a junior analyst to grow" is about growth, not an opening.
      !/^(?: [\w'-]+){0,3}? to (?!(?:join|start|work|fill|take|come|help)\b)\w+/.test(c.after),
  },
  {
    // "Could I work for you?", "I'd love to join your team", "joining your team as an intern"
    kind: 'considered',
    pattern: rx`\b(join(ing)?|be(come|coming|ing)? (a )?part of|become (an? )?(employee|member|team member|staff member|hire|intern)( (of|at|on|in|with))?|work(ing)? (for|at|on|in|with|alongside|under)|start(ing)? (on|at|with|in)|prove myself (on|at|with|to|in)|(slot|fit|squeeze|get|put|add) (me|myself) (in(to)?|onto|on)|(slot|squeeze) (myself )?(in(to)?|onto)|(find|get|a|my) (a )?(way|route|path|door) (in(to)?|onto|on to)|(move|moving|transfer|transferring|switch|switching) (in)?to|(intern(ing)?|freelanc(e|ing)|temp(ing)?|volunteer(ing)?|moonlight(ing)?|help(ing)? out) (with|for|at|on|in|under)|get(ting)? (onto|on|into)|be on|make (it )?onto|come (aboard|on board|(and |to )?work (for|with|at))|contribute to|(a|the) (spot|place|seat|role|job|position) (on|in|at|with))\s${THEIR_ORG}`,
    accept: (c) =>
      (speaksOfSelf(c) || /(?:possibility|possible|chance|way|opportunity|hope|option|path|able|allowed|okay|ok|welcome|invited) (?:of|to|for)\s*$/.test(c.before) || IMPLIED_ME.test(c.before)) &&
      // "how you work with your team": someone else does the work.
      !(/^work/.test(c.match) && someoneElseNamed(c.before)) &&
      !negated(c) &&
      !genericBefore(c) &&
      !aboutTheirPast(c) &&
      !informational(c) &&
      !/(?:what(?:'s| is| it'?s| it is| would it be| it would be| was it)? like (?:to )?|(?<!\bgo |\bgoing |\bset )about |how (?:it feels|is it|was it) (?:to )?|enjoy (?:about )?|like about |since |before |after )$/.test(c.before) &&
      // "your work at the plant": a noun.
      !/\b(?:your|their|his|her|our|its|my)\s*$/.test(c.before) &&
      // "I'd love to work there someday" is a wish; "Could I join your team someday?" still asks.
      (c.sentence.includes('?') || !/^ (?:someday|one day|eventually|in the (?:future|long run))\b/.test(c.after)),
  },
  {
    // "Would you hire me?", "Would your team hire someone with my background?"
    kind: 'get-hired',
    pattern: rx`\b(hir(e|ing)|take on|taking on|bring on|bringing on|employ(ing)?|onboard(ing)?) (me|someone like me|people like me|someone with (my|a [\w-]+ like my) [\w-]+|(someone|somebody|a person|an?|people|anyone) ([\w-]+ ){0,4}?like me)\b`,
    // "Would you hire me, if you were in their shoes?" imagines; it does not ask.
    accept: (c) => !negated(c) && !/\b(?:if|when|whenever) (?:you|you're|you are|you were|your team (?:is|was|were))\s*$/.test(c.before) && !/^,? (?:if|were) you (?:were|was|had)\b|^,? if you were\b/.test(c.after),
  },
  {
    // "Can you get me a job?", "Could you offer me an internship?"
    kind: 'get-hired',
    pattern: rx`\b(give|offer|find|get|got|land) me (a|an|the|some|any) ([\w-]+ ){0,2}?(job|role|position|post|placement|apprenticeship|traineeship|internship|offer|interview|spot|place|seat|opening|gig|contract|start|trial|shift)s?\b|\b(give|giving|offer|offering) me (a|an|my) ([\w-]+ )?(shot|chance|break|start|trial|try|go|opportunity) (on|at|with|in|to join) ${THEIR_ORG}|\b(give|giving|offer|offering) (someone like me|(a|an|someone|somebody) ([\w-]+ ){0,3}?like me|people like me) (a|an|their) ([\w-]+ )?(shot|chance|break|start|trial|try|go|opportunity|foot in the door)\b|\b(give|giving|offer|offering) me (a|an|my) (first |real |proper |big )?(shot|chance|break|start|trial|go|foot in the door)(?=\s*([.!?,;]|$)| (on|at|with|in) (your|the)\b| to (join|work|prove|start|show what|intern|apply)\b)|\bget me (past|through|around) (the )?([\w-]+ ){0,2}?(screen(ing|er|s)?|filters?|portal|ats|recruiters?|hr|gatekeepers?|application process|queue|pile)\b`,
    accept: (c) => !negated(c),
  },
  {
    // "Could you help me get a job at your company?", "help me land an interview"
    kind: 'get-hired',
    pattern: rx`\bhelp(ing)? me (to )?(get|land|find|secure|obtain|snag|score|win|break into|get into|get onto|be)\b( [\w'-]+){0,3}? ?(job|jobs|role|position|offer|internship|interview|spot|place|hired|employment|a start|placement|apprenticeship|traineeship|contract|taken on|foot in the door|work|(toe|foot) in( the door)?)\b|\bhelp(ing)? me (to )?(get|be) (noticed|seen|considered|shortlisted|spotted|picked) (by|at|for) (your|the) ([\w-]+ )?(${HIRER}|team|company|firm|manager|boss)\b|\bhelp(ing)? me (to )?(get|land|secure|win) (on |onto |into |in on )?(it|that one|one|there)\b`,
    accept: (c) => !negated(c) && (!/(?:it|that one|one|there)$/.test(c.match) || HIRING_NOUN_IN.test(c.sentence)),
  },
  {
    // "How can I get hired at your company?", "for me to get hired at Acme", "getting hired at your company"
    kind: 'get-hired',
    pattern: rx`\b(get|getting|be|being) (hired|employed|taken on|brought on(board)?|onboarded|an offer|a job offer)\b`,
    accept: (c) =>
      // "Am I likely to get hired with my background?" weighs my prospects; "How can I get hired at your company?" asks them.
      (theirOrgAfter(c) || ((speaksOfSelf(c) || IMPLIED_ME.test(c.before)) && !/\b(?:am i|will i|would i|do i stand|are my chances|how likely)\b[^.?!]*$/.test(c.before))) &&
      !negated(c) &&
      !aboutTheirPast(c) &&
      !genericBefore(c) &&
      !scopedElsewhere(c) &&
      !informational(c),
  },
  {
    // "I'm hoping to land a spot on your team", "How do I land a role at your company?"
    kind: 'get-hired',
    pattern: rx`\b(land|landing|secure|securing|snag|snagging|score|scoring|win|winning|get|getting|obtain|obtaining|earn|earning|find|finding)\s(a|an|the|one|that)\s([\w-]+\s){0,2}?(job|role|position|spot|place|seat|internship|offer|gig)\b`,
    needsFirstPerson: true,
    accept: (c) =>
      speaksOfSelf(c) &&
      !negated(c) &&
      !aboutTheirPast(c) &&
      !genericBefore(c) &&
      !scopedElsewhere(c) &&
      !LIKE_YOURS.test(c.after) &&
      (theirOrgAfter(c) || /\b(?:can|could|would|will) you help\b|\bhelp me\b/.test(c.sentence) || (/\bhow (?:can|do|should|would|could|might) i\b/.test(c.before) && /^\s*[?.!]?\s*$/.test(c.after))),
  },
  {
    // "Is there any way to get my foot in the door?"
    kind: 'get-hired',
    pattern: rx`\b(get|getting|got|put|putting|have|stick|sticking) (my|a) (foot|toe) (in( (the|your|a) door)?|on the (ladder|first rung))\b`,
    accept: (c) => (speaksOfSelf(c) || theirOrgAfter(c)) && !negated(c) && !aboutTheirPast(c) && !genericBefore(c) && !scopedElsewhere(c),
  },
  {
    // "I need a job", "I'm looking for a job at a company like yours — can you help?"
    kind: 'get-hired',
    pattern: rx`\bi (really |desperately |urgently |badly |just )?(need|want|am needing|am wanting|'m needing) (a|an|the|this|that) (new |full-time |paid |real )?(job|role|position|internship|offer)\b|\bi('m| am)? (currently |actively |now )?(looking for|seeking|searching for|hunting for|in the market for|on the (hunt|lookout) for|after|chasing|(trying|hoping|keen|aiming|eager) to (find|get|land|secure)) (a|an|my next|new|some) ([\w-]+ ){0,2}?(job|role|position|internship|opportunity|opening|work|gig)\b`,
    accept: (c) =>
      !negated(c) &&
      // An explicit plea for help makes it an ask even for "a company like yours".
      (/\b(?:can|could|would|will) you (?:help|point)\b|\bhoping you (?:could|can|might)\b|\bany leads\b|\bif you know\b|\bdo you know\b|\bwonder(?:ed|ing)? if you\b|\bhelp me\b/.test(c.sentence) ||
        (!LIKE_YOURS.test(c.after.slice(0, 30)) && /\bi (?:really |desperately |urgently |badly |just )?(?:need|want|am needing|am wanting|'m needing)\b/.test(c.match)) ||
        theirOrgAfter(c)),
    // The pattern starts with "i".
    needsFirstPerson: true,
  },

  {
    // "Is your team growing? I'd love to be part of it."
    kind: 'considered',
    pattern: rx`\bi('d| would)? (really )?(love|like|want|hope|be (glad|happy|thrilled|excited)) to (be (a )?part of|be one of|join|contribute to) (it|that|this|them|those)(?=\s*[.!?]|\s*$)`,
    accept: (c) => !negated(c),
  },
  {
    // "Do you need an extra pair of hands on your team?"
    kind: 'opening',
    pattern: rx`\b((need|needs|needed|needing|could use|looking for|in need of|short of)|(could|can|would|might)( [\w'-]+){1,3} use) ((an? |another |more |extra |additional |new |some )([\w-]+ ){0,2}?(pair of hands|team members?|${PERSON_NOUN})|((any|some) )?((more|extra|additional|new) )?(staff|people|help|hands|workers|employees)|(anyone|anybody|someone|somebody)(?!')(?! (to|who) (sign|approve|review|check|authori[sz]e|okay|ok|decide)\b)|(locum|temp|temporary|freelance|relief|bank|supply|agency|seasonal|casual|part-time|weekend|holiday|cover) ([\w-]+ )?(${PERSON_NOUN}|physios?|locums?|staff|cover))\b`,
    needsAsk: true,
    accept: (c) =>
      isAsk(c) &&
      /\b(?:you|your)\b/.test(c.before + c.match) &&
      !/\b(?:industry|field|sector|profession|market|world|country|companies|firms|employers)\b/.test(c.clause) &&
      !negated(c) &&
      !informational(c) &&
      !aboutTheirPast(c),
  },
  {
    // "Can I use your name when I apply?", "Can I list you as a reference?"
    kind: 'good-word',
    pattern: rx`\b(use|mention|drop|put|list|include|cite) (your name|you)( down)?( as (a|my) (reference|referee|referral|referrer))?\b(?=[^.?!]{0,60}\b(apply|applying|applied|application|cover letter|recruiter|hiring|hr\b))|\b(list|use|put|name|include|cite) you as (a|my) (reference|referee|referral|referrer)\b`,
    accept: (c) => !negated(c),
  },
  {
    // "Could you let your recruiter know I'm interested?", "tell the hiring manager about me"
    kind: 'good-word',
    pattern: rx`\b(tell(ing)?|let(ting)?|mention(ing)? (it |this |me )?to|talk(ing)? to|speak(ing)? (to|with)|reach(ing)? out to|ping(ing)?|e-?mail(ing)?|loop(ing)? in|cc(ing)?|remind(ing)?|inform(ing)?|alert(ing)?|show(ing)?|giv(e|ing)|flag(ging)? (it |this |me )?(to|with))\s((the|your)\s([\w-]+\s)?)?(${HIRER}|boss|manager|director|supervisor|team lead|ceo|founder|head of [\w-]+)\b(?=[^.?!]{0,30}\b(about me|know (about )?me|i('m| am) (interested|available|looking|applying)|i('ll| will)( be)? apply|i('ve| have)? applied|we('ve| have)? (talked|spoken|met|chatted|been in touch)|my (name|interest|application|resume|cv|profile|portfolio|candidacy)|that i\b|i('d| would) (love|like) to (join|work|apply)))`,
    accept: (c) => !negated(c),
  },
  {
    // "Would it be possible to get a referral?"; a referral *to someone* is the recommended ask.
    kind: 'referral-for-role',
    pattern: rx`\b(get|have|ask for|request|need|want|receive|score|land|use) (a|an|your) ([\w-]+ )?referral\b(?! (to|for) (someone|somebody|anyone|a colleague|colleagues|other|people|a person|some(one)? (else|in|at|who))| from (someone|a colleague))`,
    accept: (c) => !negated(c) && !genericBefore(c) && !informational(c) && !aboutTheirPast(c),
  },
  {
    // "Could you give my application a nudge?": any request touching your application is a job ask.
    kind: 'application',
    pattern: rx`\bmy (job |online |pending |recent )?(application|candidacy)\b(?! materials| essay| portfolio)`,
    needsAsk: true,
    accept: (c) => isAsk(c) && !negated(c) && !ASKS_FOR_FEEDBACK.test(c.sentence) && !/\b(?:review|look over|look at|proofread|edit)\b/.test(c.before) && !ACADEMIC.test(c.sentence),
    fallback: true,
  },
  {
    // "Can I apply directly through you?", "anything I could apply for"
    kind: 'application',
    pattern: rx`\bapply (directly |internally )?(through|via|with) (you|your help)\b|\b(anything|something|any(thing)? roles?|positions?) (that )?i (could|can|might|should|may) apply (for|to)\b|\bi (could|can|should|might|may) apply (for|to) (on|at|in|with) ${THEIR_ORG}`,
    accept: (c) => !negated(c),
  },
  {
    // "Is there any chance of a placement with your firm?", "any possibility of an internship for me"
    kind: 'opening',
    pattern: rx`\b(any|a|some|the) (chance|possibility|hope|way|opportunity|prospect)s? (of|for) (me )?(getting |landing |securing |doing |being offered )?(an? |some |the )?((?!(in|of|at|on|for|the|with|to|and|or)\b)[\w-]+ ){0,3}?(placement|internship|job|role|position|spot|place|apprenticeship|traineeship|secondment|work experience|work(?![-\w])|shifts?|employment|trial|contract|opening|offer)\b`,
    accept: (c) =>
      (isAsk(c) || speaksOfSelf(c)) &&
      !negated(c) &&
      !informational(c) &&
      !aboutTheirPast(c) &&
      !LIKE_YOURS.test(c.after) &&
      !fieldScope(c) &&
      !GENERIC_RELATIVE.test(c.after) &&
      !/^(?: [\w'-]+){0,4}? (?:for|to) (?:people|someone|folks|candidates|new grads|graduates|those|others)\b/.test(c.after),
  },
  {
    // "Could I do some work experience with your team?", "a placement at your firm", "How could I get into your company?"
    kind: 'get-hired',
    pattern: rx`\b((do|get|arrange|have|offer me|find me) (some |a (week|fortnight|month|spell|stint|period|summer) of )?work experience|(a |an |my )?(placement|internship|apprenticeship|secondment|traineeship|residency|rotation|practicum)( (year|term|summer|month|week)s?)?|(help(ing)? me|for me to|how (can|could|do|would|might|should) i) (to )?(get|break|make it) (in|into|through the door|on board))\s(with|at|in|on|into)?\s?${THEIR_ORG}`,
    accept: (c) =>
      (speaksOfSelf(c) || isAsk(c)) &&
      !negated(c) &&
      !genericBefore(c) &&
      !aboutTheirPast(c) &&
      !informational(c) &&
      !/(?:what(?:'s| is| was)? (?:it )?like (?:to )?|about |during |after |before |since |from )$/.test(c.before),
  },
  {
    // "Could your charity use a volunteer coordinator? I'd love to apply."
    kind: 'application',
    pattern: rx`\bi('d| would)( really)? (love|like|be (keen|glad|happy|eager|thrilled|delighted)) to apply\b(?!\s(to|for) (grad|graduate|law|med|medical|business|art|drama|film) school|\s(these|this|that|what|it|them|my|those|some|the (skills?|lessons?|ideas?|insights?|knowledge)))`,
    accept: (c) => !negated(c) && !ACADEMIC.test(c.sentence) && !fieldScope(c),
  },
  {
    // "Will your department be advertising any graduate posts?", "Is your team creating new roles this year?"
    kind: 'opening',
    pattern: rx`\b(advertis|post|open|creat|add|offer|list|fund|budget)(e|es|ed|ing|s)? (up )?(any |some |new |more |a |an |another |extra )?([\w-]+ ){0,2}?([a-z]+-)?(pupillages?|traineeships?|clerkships?|secondments?|places|spots|seats|schemes?|training contracts?|roles?|posts?|positions?|jobs?|vacanc(y|ies)|openings?|internships?|placements?|apprenticeships?|graduate schemes?|headcount|reqs?|requisitions?)\b`,
    needsAsk: true,
    accept: (c) =>
      isAsk(c) &&
      /\b(?:you|your)\b|\bthe (?:team|company|firm|department|lab|group|office|organi[sz]ation|practice|studio|agency|hospital|school|newsroom)\b|[a-z]'s\b/.test(c.before) &&
      !/\b(?:companies|firms|employers|organi[sz]ations|businesses|startups|agencies|most|many|other|teams|industry|field|sector|market)\b/.test(c.clause) &&
      // "how your team decides when to open a new role" asks about their process.
      !/\b(?:how|why)\b|\b(?:decid|determin|choos|approach|process)\w*/.test(c.clause) &&
      !negated(c) &&
      !informational(c) &&
      !aboutTheirPast(c) &&
      !genericBefore(c) &&
      !fieldScope(c),
  },
  {
    // "Could you introduce me to your head of engineering so I can discuss roles?"
    kind: 'hiring-decision',
    pattern: rx`\b(introduc(e|ing) me|connect(ing)? me|put(ting)? me in touch|an? (intro|introduction)|refer(ring)? me|point(ing)? me|get(ting)? me (a|an) (meeting|chat|call|coffee|word|sit-down)|set(ting)? (me )?up (a |an )?(meeting|call|chat|coffee)|arrang(e|ing) (a |an |for me to )?(meeting|call|chat|coffee|meet))\b[^.?!]{0,60}?(\b(to discuss|so (that )?i (can|could|might) (discuss|apply for|be considered for|interview for)) ((the|any|open|available|current|upcoming|your|possible|potential) )*([\w-]+ )?(roles?|openings?|positions?|jobs?|vacanc(y|ies)|internships?|employment)\b(?! of\b)|\b(about|regarding) ((the|any|a|an|open|available|current|upcoming|possible|potential) )+([\w-]+ )?(roles?|openings?|positions?|jobs?|vacanc(y|ies)|internships?)\b(?! of\b)|\b(about|regarding) (hiring|my application|applying|employment|openings|vacancies)\b)`,
    accept: (c) => !negated(c) && !/\b(?:roles?|positions?|jobs?) (?:like (?:yours|theirs|hers|his)|in (?:this|the|that) (?:field|industry))\b/.test(c.match + c.after),
  },
  {
    // "Do you think you could nudge HR to look at my CV?"
    kind: 'good-word',
    pattern: rx`\b(nudge|nudging|ask|asking|get|getting|encourage|persuade|push|remind|prompt|convince) (the |your )?([\w-]+ )?(${HIRER}|boss|manager|director|partners?) to (look at|consider|review|read|interview|see|call|contact|meet|take a look at|check out)\b(?= (([\w'-]+ ){0,2}?my ([\w-]+ )?(cv|resume|application|portfolio|profile|linkedin|candidacy|credentials|work)|me)\b)`,
    accept: (c) => !negated(c) && speaksOfSelf(c),
  },
  {
    // "I am writing to enquire about employment opportunities at your firm."
    kind: 'opening',
    pattern: rx`\b(enquir\w*|inquir\w*|ask(ing)?|writ(e|ing)|reach(ing)? out|contact(ing)?|get(ting)? in touch) (with )?(you )?(\w+ ){0,2}?(about|regarding|concerning|re|in relation to) (any |possible |potential |current |future |available |upcoming )?((employment|internship|placement)( opportunit(y|ies)| openings?| vacanc(y|ies)| positions?| roles?)?|(job|career|work|graduate) (opportunit(y|ies)|openings?|vacanc(y|ies)|positions?|roles?))\b`,
    accept: (c) => !negated(c) && !informational(c) && !aboutTheirPast(c) && !fieldScope(c) && !GENERIC_RELATIVE.test(c.after) && (theirOrgAfter(c) || speaksOfSelf(c)),
  },
  {
    // "I'd love to chat about the role and how I could apply."
    kind: 'application',
    pattern: rx`\b(how (i|one) (could|can|should|might|would|may) (best )?(apply|go about applying)|(could|can|may|should|might|shall) i (still |also |now )?apply)\b(?! (these|this|that|it|them|my|what|those|such|the (skills?|lessons?|ideas?|insights?|knowledge|principles?|methods?)))`,
    accept: (c) => (A_ROLE_OF_THEIRS.test(c.sentence) || (YOUR_ORG_IN.test(c.sentence) && /\b(?:hiring|recruiting)\b/.test(c.sentence))) && !negated(c) && !ACADEMIC.test(c.sentence) && !fieldScope(c),
  },
  {
    // "Could you let me know when applications open for the summer program?"
    kind: 'opening',
    pattern: rx`\b(when|if|once|as soon as) (you|your ([\w'&-]+ ){0,2}?${ORG}) (next |will next |are next |is next |starts? |begins? )(recruits?|recruiting|hires?|hiring|opens? (applications|recruitment))\b|\b(when|if|once|as soon as) (you|your ([\w'&-]+ ){0,2}?${ORG}) (recruits?|hires?|(are|is|'re) (recruiting|hiring)) again\b|\b(when|if|once|as soon as)\s(the|your|this year's|next year's) ([\w-]+ ){0,2}?(scheme|programme|program|intake|cohort|internship|placement|apprenticeship|vacancy|recruitment round|application window)s? (opens?|reopens?|goes live|is advertised|gets advertised|is posted|starts (recruiting|taking applications))\b|\b(when|if|once|as soon as)\s(the\s)?(applications?|hiring|recruiting|recruitment|the (role|position|posting|req|job)|(a|the) ([\w-]+ )?(role|position|posting|req)) (open|opens|reopen|reopens|start|starts|begin|begins|go live|goes live|is posted|gets posted|is advertised|gets advertised|goes up|is listed|restart|restarts|resume|resumes|picks? (back )?up)\b`,
    needsAsk: true,
    accept: (c) => isAsk(c) && !negated(c) && !informational(c) && !aboutTheirPast(c) && !fieldScope(c) && !/\b(?:seasons?|times?|months?|periods?) when\b/.test(c.before),
  },
  {
    // "throw my hat in the ring", "bring me on", "get me in"
    kind: 'considered',
    pattern: rx`\b(throw|throwing|toss|tossing|put|putting|chuck|chucking|fling) my hat in(to)?( the ring)?\b|\b(bring(ing)?|brought|tak(e|ing)|took|sign(ing)?|pick(ing)?) me (on(board)?|aboard)\b(?! (a|an|the|your|this|that) (tour|walk|trip|journey|ride|visit|date|hike)\b)|\bget me (in|on board|onboard|hired|through the door)\b`,
    accept: (c) => !negated(c),
  },

  {
    // "I noticed the role on your careers page — how would I get it?"
    kind: 'get-hired',
    pattern: rx`\bhow (to|(i|one) (can|could|might|would|should)) (get|land|secure|win|go for) (it|that one|this one|the (role|job|position|post|offer))\b`,
    accept: (c) => /\b(?:role|job|position|post|opening|vacancy|posting|careers page|listing|advert|ad)\b/.test(c.sentence) && !negated(c) && !aboutTheirPast(c),
    // The accept needs one of these in the sentence.
  },
  {
    // "I'm on the market — do you know of anything?": a job search plus a request for leads.
    kind: 'opening',
    pattern: rx`\b(anything|something) (going |available |open |suitable )?(at|on|in|with) ${THEIR_ORG}|\b((do|does|would|will|might) (you|your ([\w'&-]+ ){0,2}?${ORG}) (still |happen to |currently )?(have|has got|have got|offer)|do you know of|have you heard of|are you aware of|any leads( on)?|point me (to|towards?)|keep an eye out for|let me know (about|of)) (anything|something|any(thing)? (going|available|open|suitable)|any (leads|roles|openings|positions|jobs))\b`,
    accept: (c) =>
      !negated(c) &&
      /\b(?:on the (?:job )?market|job[- ]?hunting|job[- ]?searching|looking for (?:work|a job|a new job|my next (?:role|job|position)|a role|a position|a new role)|between jobs|(?:my )?contract (?:is )?(?:ending|ends|running out|coming to an end)|(?:my )?next (?:challenge|move|role|step in my career|opportunity)|(?:a )?new challenge|on the lookout|laid off|unemployed|out of work|searching for (?:a|my next) (?:job|role)|for me|that (?:might|would|could) suit me)\b/.test(c.sentence),
  },
  {
    // "Could you keep my details for future roles?", "How do I get on your radar for future openings?"
    kind: 'considered',
    pattern: rx`\bkeep (my|me) (details|cv|resume|info|information|name|profile|contact details|application|portfolio)( on (file|record))? (for|in case|until|if|when)\b|\b(get|be|stay|put me) on (your|the|their) (\w+ )?radar\b`,
    accept: (c) => !negated(c) && !aboutTheirPast(c) && !genericBefore(c) && !informational(c),
  },
  {
    // "Could you ask around your office to see if anyone needs an analyst?"
    kind: 'opening',
    pattern: rx`\b(anyone|anybody|someone|any team|any teams|any managers?) (on your team |in your (office|team|department|group|company) |there )?(needs|is looking for|could use|wants|is after) (an?|some|more|help|another|extra)\b|\bask around (for me|your|the|in your|at your|on my behalf)\b`,
    needsAsk: true,
    accept: (c) => isAsk(c) && !negated(c) && !informational(c),
  },
  {
    // "Is it possible to interview with your team directly?"
    kind: 'interview',
    pattern: rx`\binterview(ing)? (with|at|for) ${THEIR_ORG}`,
    needsAsk: true,
    accept: (c) => isAsk(c) && !negated(c) && !informational(c) && !aboutTheirPast(c) && !genericBefore(c) && !/\b(?:informational|info|informal|information)\s*$/.test(c.before),
  },
  {
    // "Can I count on you for a referral?": a bare referral is one for a position.
    kind: 'referral-for-role',
    pattern: rx`\b(a|an|your) ([\w-]+ )?referral\b(?! (to|for) (someone|somebody|anyone|a colleague|colleagues|other|people|a person|some(one)? (else|in|at|who))| from (someone|a colleague)| (to|with) (a |an |your )?(colleague|friend|peer|contact|mentor))`,
    needsAsk: true,
    needsFirstPerson: true,
    accept: (c) => isAsk(c) && speaksOfSelf(c) && !negated(c) && !genericBefore(c) && !informational(c),
    fallback: true,
  },

  {
    // "Is there someone in HR you could put me in touch with about the opening?",
    // "Could you help me connect with the recruiter?": reaching a hiring gatekeeper.
    kind: 'hiring-decision',
    pattern: rx`\b(the|your|a|an|someone (in|on|from)|anyone (in|on|from)|somebody (in|on|from)) ([\w-]+ )?${HIRER}`,
    needsAsk: true,
    accept: (c) =>
      isAsk(c) &&
      speaksOfSelf(c) &&
      (/\b(?:put me in touch with|connect(?:ing)? me (?:with|to)|introduc(?:e|ing) me to|(?:an? )?(?:intro|introduction) to|(?:get|getting|be) in touch with|contact|reach(?: out to)?|speak (?:to|with)|talk (?:to|with)|meet(?: with)?|(?:send|forward|pass|give) (?:it|this|them|my [\w-]+)(?: along| on)? to|e-?mail|refer me to|recommend me to|chat (?:to|with)|connect with)\s*$/.test(c.before) ||
        /^(?: [\w'-]+){0,4}? (?:you could|could you|would you|can you)? ?(?:put me in touch|connect me|introduce me|refer me|pass (?:it|this|my [\w-]+)(?: along)? to)\b/.test(c.after)) &&
      !negated(c) &&
      !informational(c) &&
      !aboutTheirPast(c),
    fallback: true,
  },
  {
    // "I'm available to start immediately if you need anyone."
    kind: 'considered',
    pattern: rx`\b(available|ready|able|free|happy) to start(?= (immediately|right away|asap|straight away|tomorrow|next (week|month)|soon|whenever|any ?time|on your team|with your team|at your company)\b|\s*([.!?,;]|$))|\bif (you|you're|you are|your ([\w'&-]+ ){0,2}?${ORG}s?('s| is)?) (ever |still |happen to |find yourselves? )?(need|needs|could use|want|wants|short of|are short of|looking for|are looking for|after|are after) (anyone|someone|somebody|an extra (pair of )?hands?|another (pair of )?hands?|more hands|help on (your|the) team|(an?|another|more|extra|some|any|one more) ([\w-]+ ){0,2}?${PERSON_NOUN})\b`,
    needsFirstPerson: true,
    accept: (c) => speaksOfSelf(c) && !negated(c) && !aboutTheirPast(c),
    fallback: true,
    // Hand-written words, for now: see the note above triggerTrie.
    triggers: 'start need use',
  },
  {
    // "I saw you're hiring for a PM — I'd love to chat about the role."
    kind: 'opening',
    pattern: rx`\b(saw|seen|noticed|heard|see|read|understand|know|hear) (that )?([\w'&.-]+ ){0,3}?[\w&.-]+( is|'s| are|'re)( (currently|still|actively|also|now))* (hiring|recruiting)\b`,
    accept: (c) =>
      hiringSubjectOk(c.match.replace(/^\w+ (?:that )?/, 'x ')) &&
      !HIRING_AS_MODIFIER.test(c.after) &&
      REQUEST_CUE.test(c.sentence) &&
      /\b(?:the (?:role|position|job|opening|posting)|apply|applying|be considered|a fit|my (?:resume|cv|application|portfolio)|interview|join|for me)\b/.test(c.after) &&
      !negated(c),
    fallback: true,
  },

  {
    // "Would there be any interest in having me join as an intern?", "joining your team as a trainee"
    kind: 'considered',
    pattern: rx`\b(having|have|get(ting)?|bring(ing)?) me (join|come (in|on board|onboard|aboard)|on (board|the team|${THEIR_ORG})|onboard|aboard|(work|start|intern) (for|with|at|on|in) ${THEIR_ORG})|\b(join(ing)?|com(e|ing) (on board|onboard|aboard|in)) (you |your ([\w-]+ )?team |the team )?as (an? |your )([\w-]+ ){0,2}?(intern|trainee|apprentice|junior|volunteer|employee|member|hire|${PERSON_NOUN})\b`,
    accept: (c) =>
      (isAsk(c) || speaksOfSelf(c)) &&
      !negated(c) &&
      !genericBefore(c) &&
      !aboutTheirPast(c) &&
      !informational(c) &&
      !/(?:what(?:'s| is| was)? (?:it )?like (?:to )?|about |how (?:it feels|is it|was it) (?:to )?)$/.test(c.before),
  },
  {
    // "If your team has anything suitable, I'd love to hear about it.", "if you ever have an opening for a designer"
    kind: 'considered',
    pattern: rx`\bif (you|your ([\w'&-]+ ){0,2}?${ORG}s?|the ([\w'&-]+ )?(team|company|firm|department|practice|studio|agency|${WORKPLACE})) (ever |do |does |should |happen to |happens to |still )?(ha(ve|s)( got)?|get|gets|end up with|ends up with|find yourselves? with) (anything|something|an? ([\w-]+ ){0,2}?(opening|role|position|job|vacancy|spot|place|seat|internship|placement|need)|any ([\w-]+ ){0,2}?(openings|roles|positions|jobs|vacancies|spots|places|internships|placements|work|shifts|need))\b`,
    accept: (c) => {
      if (negated(c)) return false;
      if (/(?:anything|something)$/.test(c.match)) return SUITS_ME.test(c.after);
      // "if you have an opening next week" is a slot in the diary.
      return !/\b(?:calendar|diary|schedule|call|chat|coffee|meet|meeting|week|monday|tuesday|wednesday|thursday|friday|morning|afternoon|minutes)\b/.test(c.sentence);
    },
  },

  {
    // "Are you short-handed at the moment?", "Would your firm take a chance on someone like me?"
    kind: 'opening',
    pattern: rx`\b(short[- ]?(handed|staffed)|under[- ]?staffed|stretched thin|a (person|pair of hands|man|woman) (down|short))\b|\btak(e|ing) (a )?(chance|punt|gamble|risk|bet) on (me|someone like me|(a|an|someone|somebody|people) ([\w-]+ ){0,3}?like me)\b`,
    needsAsk: true,
    accept: (c) => isAsk(c) && (/\bme\b/.test(c.match) || /\b(?:you|your)\b/.test(c.before)) && !/\b(?:industry|field|sector|profession|market|companies|firms|employers)\b/.test(c.clause) && !negated(c) && !informational(c) && !aboutTheirPast(c),
  },
  {
    // "Could you endorse me for the analyst role?", "give me a shot at the placement", "put my name down for the scheme"
    kind: 'considered',
    pattern: rx`(\b(me|my name|my (cv|resume|application|details|profile|portfolio)) ((down|up|in|forward|on|through|along|over|across|out|back|formally|officially|seriously|properly|personally|first|in mind|on file|on (the|your) (list|books|radar|shortlist)|a (shot|chance|go|try|crack|break|trial|punt|look-in)|an? (interview|opportunity|opening|slot|place|spot|trial|audition))\s){0,2}(for|at|towards?|into|onto)|\b(meet|meeting|see|seeing|talk to|talking to|speak (to|with)|chat (to|with)|call|interview|contact|e-?mail) me (about|regarding|re)) ${THEIR_OPENING_SOURCE}`,
    needsAsk: true,
    accept: (c) =>
      isAsk(c) &&
      !/\b(?:tell|tells|telling|explain|describe|show|teach|walk|remind|update|brief|inform|prepare|prep|coach|train|ready|advice|tips|pointers|guidance|sense|idea|picture|overview|background|feedback)\b(?: [\w'-]+){0,3}\s*$/.test(c.before) &&
      !negated(c) &&
      !LIKE_YOURS.test(c.after) &&
      !fieldScope(c) &&
      !ACADEMIC.test(c.match + c.after.slice(0, 20)),
  },
  {
    // "I'd love a shot at the junior buyer role", "any chance of a crack at the placement?"
    kind: 'considered',
    pattern: rx`\b(shot|crack|stab|punt|look-in|go|try|chance|opportunity|opening) (at|for|to (apply for|go for|interview for|compete for|be considered for|try for)) ${THEIR_OPENING_SOURCE}`,
    needsFirstPerson: true,
    accept: (c) => speaksOfSelf(c) && !negated(c) && !aboutTheirPast(c) && !genericBefore(c) && !informational(c) && !LIKE_YOURS.test(c.after) && !fieldScope(c) && !OTHER_CANDIDATE.test(c.before) && !someoneElseNamed(c.before),
  },
  {
    // "shadowing you with a view to a permanent role", "turn my placement into a permanent job with your team"
    kind: 'considered',
    pattern: rx`\b(with a view to|in the hope of|hoping (it|this) (might|could|would) lead to|(that|which|and) (might|could|would|may) (lead|turn) (in)?to|leading to|turn(ing)? (it|this|that|my ([\w-]+ )?(placement|internship|contract|secondment|temp (role|job)|trial|apprenticeship|volunteering)) into) ((getting|securing|landing|being offered|a|an|some|something) )*((permanent|paid|full[- ]time|part[- ]time|proper|real|longer[- ]term|long[- ]term|staff|salaried|fixed) )+(role|job|position|post|contract|hire|offer|place|gig|employment)\b|\b(on a|in a) (paid|freelance|contract|part-time|temporary|trial|casual|consultancy|self-employed) (basis|capacity)\b|\bas a paid (member of staff|employee|hire|intern|role)\b`,
    needsFirstPerson: true,
    accept: (c) => speaksOfSelf(c) && !negated(c) && !aboutTheirPast(c) && !genericBefore(c) && !informational(c),
    // Hand-written words, for now: see the note above triggerTrie.
    triggers: 'view hope hoping lead leading turn turning paid',
  },
  {
    // "Could you let me know if you'd ever consider someone from a non-traditional background for your team?"
    kind: 'considered',
    pattern: rx`\bconsider(ing)? (someone|somebody|people|candidates|applicants|an applicant|a candidate|a person) ([\w'-]+ ){0,5}?(for|on|to join|in) (your|the) ([\w'&-]+ ){0,2}?(${ORG}|role|position|opening|vacancy|job|post)s?\b`,
    needsFirstPerson: true,
    needsAsk: true,
    accept: (c) => isAsk(c) && speaksOfSelf(c) && !negated(c) && !aboutTheirPast(c) && !informational(c) && !/\b(?:how|why|what|when|where)\b/.test(c.clause),
  },
  {
    // "Would you know who I'd send an application to at your firm?"
    kind: 'hiring-decision',
    pattern: rx`\bwho (i('d| would| should| could| need to| ought to)|to|should i|would i|do i|can i|could i) (send|address|submit|direct|e-?mail|pass|give|forward|hand) (my|an?|the) ([\w-]+ )?(application|cv|resume|cover letter|covering letter|portfolio|details|showreel)s?\b`,
    accept: (c) => !negated(c) && !aboutTheirPast(c),
  },
  {
    // "Could you pass a note to your editor saying I'd like to freelance?"
    kind: 'good-word',
    pattern: rx`\b(pass|passing|send|sending|drop|dropping|give|giving|forward|forwarding|relay|relaying|write|writing) (a |the |an )?(quick |short |brief )?(note|message|line|word|e-?mail|memo) (on |along |over )?to (your|the) ([\w-]+ )?(${HIRER}|boss|manager|editor|director|head of [\w-]+|partners?|supervisor|team lead|ceo|founder|producer|owner|chef|principal|head)\b(?=[^.?!]{0,20}\b(saying|that i|to say|about me|mentioning|explaining|letting them know|on my behalf))`,
    accept: (c) => !negated(c) && speaksOfSelf(c),
  },
  {
    // "Fancy having an extra pair of hands in the kitchen?"
    kind: 'opening',
    pattern: rx`\b(fancy|want|like|use|could use|welcome|appreciate|need|needs|needed) (having |to have |getting )?(an? |another )(extra|spare|additional|second) (pair of hands|hand|set of hands|pair of eyes|body|helper)\b`,
    needsAsk: true,
    accept: (c) => isAsk(c) && !negated(c) && !informational(c) && !aboutTheirPast(c) && !/\b(?:industry|field|sector|companies|firms)\b/.test(c.clause),
  },
  {
    // "I'd love to be shortlisted for the analyst role", "Would it be possible to interview for the placement?",
    // "It would mean a lot to land the role": me as the candidate for one of their openings.
    kind: 'considered',
    pattern: rx`\b${CANDIDATE_VERB} (${THEIR_OPENING_SOURCE}|(it|that one|that)(?=\s*([.!?,;]|$)))`,
    accept: (c) => {
      if (!CANDIDATE_FRAME.test(c.before) || OTHER_CANDIDATE.test(c.before) || someoneElseNamed(c.before)) return false;
      // "go for it" stands for an opening named earlier in the sentence.
      if (/ (?:it|that one|that)$/.test(c.match) && !HIRING_NOUN_IN.test(c.before)) return false;
      // Without "I", the frame must be a request or an ask: "would it be possible to…", "it would mean a lot to…".
      if (!speaksOfSelf(c) && !isAsk(c) && !IMPLIED_ME.test(c.before)) return false;
      return !negated(c) && !aboutTheirPast(c) && !genericBefore(c) && !informational(c) && !LIKE_YOURS.test(c.after) && !fieldScope(c) && !scopedElsewhere(c) && !ACADEMIC.test(c.match + c.after.slice(0, 20));
    },
    fallback: true,
  },

  {
    // "Would your studio take on a junior animator straight out of college?", "Are you still after a sous chef?",
    // "Is your newsroom looking to add any junior reporters?", "Would your team be up for having a trainee join?"
    kind: 'opening',
    pattern: rx`(\b(does|do|would|will|could|might|is|are|has|have)\s${ORG_SUBJECT}|\b(if|whether|wonder(ing)?|know|think|reckon|imagine|suppose) ${ORG_SUBJECT}\s(would|will|might|could|may|is|are|does|do)|\b(if|whether) ${ORG_SUBJECT}('d|'re|'ll)|\b(if|whether) ${ORG_SUBJECT}(?=\s((still|ever|currently) )?(takes|hires|recruits|employs|brings|needs|wants|accepts)\b))\s((still|ever|also|currently|actually|possibly|perhaps|by any chance|be|be up for|be open to|be interested in|be keen on|be willing to|be able to|be looking to|be happy to|looking to|hoping to|planning to|open to|up for|interested in|keen on|willing to|happy to|able to|considering)\s)*(take on|take|taking on|taking|hire|hiring|recruit|recruiting|employ|employing|bring on|bring in|add|adding|onboard|want|after|interested in|having|benefit from|use|takes on|takes|hires|recruits|employs|brings on|brings in|needs|wants|accepts)\s((any|a|an|another|more|some|new|extra|the odd|one more)\s)?([\w-]+\s){0,3}?${PERSON_NOUN}\b(?!')`,
    needsAsk: true,
    accept: (c) =>
      isAsk(c) &&
      (speaksOfSelf(c) || HIRING_NOW_OR_JUNIOR.test(c.sentence)) &&
      // "hiring more seniors or juniors, generally?" asks about the mix.
      !/\b(?:generally|in general|on the whole|typically|usually|tend to)\b/.test(c.sentence) &&
      !/ or (?!(?:has|have|is|are|was|were|do|does|did|not|would|will|if|what|how)\b)\w/.test(c.match.slice(-20) + c.after.slice(0, 24)) &&
      !/^ (?:for|on|to (?:help|run|do|lead|review|audit)) (?:this|that|it|the|a|your) (?:[\w-]+ )?(?:project|task|event|review|audit|launch|campaign|job|work)\b/.test(c.after) &&
      !negated(c) &&
      !informational(c) &&
      !aboutTheirPast(c),
  },
  {
    // "Do you think your editor would take a pitch from me for a staff writer job?"
    kind: 'considered',
    pattern: rx`\b(me|my ([\w-]+ )?(cv|resume|application|pitch|details|name|portfolio)) ([\w'-]+ ){0,3}?(for|about|regarding) (an?|any) ([\w-]+ ){0,3}?(job|role|position|post|opening|vacancy|internship|placement)\b(?! (like|of|in (this|the|that) (field|industry|sector))\b)`,
    needsAsk: true,
    accept: (c) =>
      isAsk(c) &&
      /\byour\b/.test(c.before) &&
      !/\b(?:tell|explain|describe|show|teach|walk|remind|update|brief|inform|prepare|prep|coach|train|ready|advice|tips|pointers|guidance|sense|idea|picture|overview|background|feedback|recommend|suggest)\b/.test(c.before + c.match) &&
      !negated(c) &&
      !fieldScope(c) &&
      !scopedElsewhere(c),
  },
  {
    // "Your company sounds amazing, is there any way I can be part of it?"
    kind: 'considered',
    pattern: rx`\b(be(come)? (a )?part of|join|be one of|contribute to) (it|them|that|this)(?=\s*([.!?,;]|$))|\bwork (there|for them|for it)(?=\s*([.!?,;]|$))`,
    needsAsk: true,
    needsFirstPerson: true,
    accept: (c) =>
      isAsk(c) &&
      speaksOfSelf(c) &&
      YOUR_ORG_IN.test(c.sentence) &&
      !negated(c) &&
      !aboutTheirPast(c) &&
      !/(?:what(?:'s| is| was)? (?:it )?like (?:to )?|how (?:it feels|is it|was it) (?:to )?)$/.test(c.before),
  },

  {
    // "Your company is my dream employer, is there any way in?", "Is there a way to skip the online application for your scheme?"
    kind: 'get-hired',
    pattern: rx`\b(any|a|some|the best) (way|route|path|door|back door|side door) in\b(?!to)|\b(skip|skipping|bypass|bypassing|get around|getting around|go around|avoid|avoiding|jump|jumping|sidestep|sidestepping|cut) (the )?(online |formal |usual |normal |whole |standard )?(application( process| form| portal)?|portal|hiring process|recruitment process|queue|screening|ats|hr|recruiters?|line)\b`,
    needsAsk: true,
    accept: (c) => isAsk(c) && (YOUR_ORG_IN.test(c.sentence) || HIRING_NOUN_IN.test(c.sentence)) && !negated(c) && !informational(c) && !aboutTheirPast(c) && !genericBefore(c) && !fieldScope(c),
  },
  {
    // "Is there any requirement in your team for a Java developer?": "requirement" as an opening.
    kind: 'opening',
    pattern: rx`\b(any|a|some) requirements? ((in|at|on|with) ${THEIR_ORG} )?for (an?|any|some) ([\w-]+ ){0,2}?${PERSON_NOUN}\b|\b(any|a|some) requirements? (in|at|on|with) ${THEIR_ORG}`,
    needsAsk: true,
    accept: (c) => isAsk(c) && !negated(c) && !informational(c) && !aboutTheirPast(c),
  },
  {
    // "Could I be added to your list of supply teachers?", "I'd like to be put on your books", "Would your label sign me?"
    kind: 'considered',
    pattern: rx`\b(add(ed|ing)?|put|putting|get|getting|be|stay|keep) (me |myself )?(on|onto|to) (your|the|their) ([\w-]+ )?(books|register|roster|bank|pool|pipeline|rota|shortlist|short list|longlist|interview list|list for (the|your|a) (next )?([\w-]+ )?(intake|cohort|scheme|programme|program|round|role|position|opening|vacanc\w+|job)|list of ([\w-]+ ){0,2}?${PERSON_NOUN}|(supply|bank|freelance|candidate|talent|contractor|temp|locum|relief|reserve|cover) list)\b|\bsign(ing)? me\b(?! (up for|in|out|off)\b)(?! up (to|for) (the|your|a) (newsletter|mailing|event|course|class|webinar|workshop))`,
    needsFirstPerson: true,
    accept: (c) => speaksOfSelf(c) && !negated(c) && !aboutTheirPast(c) && (isAsk(c) || !/^sign/.test(c.match)),
  },

  {
    // "Could I be your intern this summer?", "Could you ask your manager if they'd take me?"
    kind: 'considered',
    pattern: rx`\bbe (your|their|the team's) (new |next |summer |first )?(intern|apprentice|assistant|trainee|pa|junior|hire|employee|runner|understudy|right hand|(?!students?\b|mentees?\b)${PERSON_NOUN})\b|\b(take|taking|have|having|hire|hiring|want|wanting) me(?=\s*([?.!,;]|$)| (for|on) (a |an )?([\w'-]+ )?(trial|placement|internship|week|month|summer|shift)\b)|\b(be|am i) (the )?first (person|one|name) (you|they) (call|think of|ring|contact|consider)\b|\blet(ting)? me (intern|work (for|with|at|there)|start (at|with|on|there)|volunteer|temp|freelance (for|with|at))\b`,
    needsFirstPerson: true,
    accept: (c) =>
      speaksOfSelf(c) &&
      (/^(?:be|am i) /.test(c.match) || (isAsk(c) && (/^let/.test(c.match) ? YOUR_ORG_IN.test(c.sentence) : WHO_WOULD_TAKE_ME.test(c.before)))) &&
      !negated(c) &&
      !aboutTheirPast(c),
  },
  {
    // "Would it be possible to come in for a trial week?", "any freelance projects on your side I could help with?"
    kind: 'opening',
    pattern: rx`\b(an?|the) (paid |unpaid |short |quick )?(trial|work trial|taster) (week|day|shift|period|month|fortnight|run|session)\b|\b(an?|the) (paid |unpaid |short |quick )?trial(?= (at|with|on|in) ${THEIR_ORG})|\b(any|some) (freelance|paid|contract|temp|casual|extra|side|weekend|holiday) ([\w-]+ )?(projects?|work|gigs?|jobs?|shifts?|contracts?|commissions?|hours)\b`,
    needsAsk: true,
    accept: (c) => isAsk(c) && (speaksOfSelf(c) || IMPLIED_ME.test(c.before) || YOUR_ORG_IN.test(c.sentence) || /\bcome in\b/.test(c.before)) && !negated(c) && !informational(c) && !aboutTheirPast(c) && !genericBefore(c) && !fieldScope(c),
  },

  {
    // "Who would I report to if I joined your team?", "Could I be involved in your team's next project as a contractor?",
    // "get me a foot in at your office", "whisper in your manager's ear about me", "keep me in your back pocket"
    kind: 'considered',
    pattern: rx`\bif i (joined|join|were to join|got (the|a|an) ([\w-]+ )?(job|role|position|offer|place)|was hired|were hired|got hired|started (at|with|on)|came on board)\b|\bas (an? |your )(paid |freelance |temporary |part-time |external )?(contractor|freelancer|intern|temp|consultant|employee|member of staff|staff member|trainee|apprentice)\b|\b(get|getting) me (a )?(foot|toe) in\b|\b(whisper|put a word|have a word|drop a word) in (your|the|their) ([\w'-]+ )?ear\b|\bkeep me (in (your )?back pocket|on (your|the) (list|books|radar)|in reserve)\b`,
    needsAsk: true,
    needsFirstPerson: true,
    accept: (c) =>
      isAsk(c) &&
      speaksOfSelf(c) &&
      (!/^(?:if|as) /.test(c.match) || YOUR_ORG_IN.test(c.sentence) || A_ROLE_OF_THEIRS.test(c.sentence)) &&
      !negated(c) &&
      !aboutTheirPast(c) &&
      !informational(c),
  },

  // --- "Keep me in mind" ------------------------------------------------------
  {
    kind: 'considered',
    pattern: rx`\b(be|being|get|getting|been) considered (for|as)\b|\bi('d| would)? (love|like|hope|want|be (glad|happy|grateful|honou?red|thrilled|delighted)) (to )?(be|being) considered\b|\bconsider(ing)? me (for|as)\b|\bconsider (my (application|candidacy|resume|cv|profile)|hiring me|mine)\b|\b(opportunity|chance|pleasure|honou?r) to be considered\b|\b(hope|hoping|keen|eager|like|love|want|wish) to be considered\b|\bkeep me in mind\b|\bkeep my (resume|cv|name|profile|application|details|information|info) on file\b|\bthink of me( (for|if|when|should|as|whenever)\b|(?=\s*[?.!]|\s*$))|\bkeep me (posted|in the loop|informed|updated|in mind) (on|about|if|when|as|should|whenever|once|in case) ([\w'-]+ ){0,4}?(openings?|roles?|positions?|jobs?|opportunit\w+|vacanc\w+|hiring|recruit\w*|spots?|internships?)\b|\bkeep me (posted|in the loop|informed|updated) (on|about|if|when|should|in case) (anything|something) (suitable|relevant|(that )?(comes up|opens up|pops up)|going|available|(at|on|in) your)\b|\badd (me|my (name|resume|cv|profile)) to (your|the) (pipeline|talent pool|list|candidate|database|shortlist)\b|\b(get|put|add)(ting)? (me|my (name|application|cv|resume)) (on|onto|to|into|through to) (the|your) ([\w-]+ )?(shortlist|short list|short-list|interview list|list of candidates|candidate list|pipeline|talent pool|final round|next round)\b|\bconsider(ing)? (someone (like me|with my [\w-]+)|my (application|candidacy|profile|cv|resume)) (for|as)\b|\b(consider(ing)?|look(ing)? at|tak(e|ing)|hir(e|ing)|interview(ing)?|see|meet) (someone|somebody|an?|people|a person|anyone) ([\w-]+ ){0,5}?like me\b|\bconsider(ing)? me(?=\s*([?.!]|$))`,
    // "How do people get considered for promotion?" asks how it works.
    accept: (c) => !negated(c) && !genericBefore(c) && !informational(c),
    // Hand-written words, for now: see the note above triggerTrie.
    triggers: 'consider* keep think add get getting put putting adding',
  },
  {
    // "if anything opens up", "if a position becomes available in your group"
    kind: 'considered',
    pattern: rx`\b(if|when|should|whenever|once|as soon as|in case)\s(anything|something|one|a ([\w-]+ ){0,2}?(role|position|job|spot|vacancy|seat|opportunity|opening|req|internship)|an ([\w-]+ )?(opening|role|opportunity|internship|entry[- ]level \w+)|any ([\w-]+ )?(roles|positions|jobs|spots|openings|opportunities|internships|vacancies))\s((in|on|at|with) (your|the) ([\w'&-]+ ){0,2}?[\w'&-]+\s)?((ever|does|should|happens to|do|were to|that suits me|that fits me|suitable|relevant|similar)\s)*(opens? up|open up|opened up|comes? open|becomes? (available|open|vacant)|become (available|open|vacant)|pops? up|frees? up|opens|is posted|gets posted|goes live|comes? up|came up|arises?|arose|crops? up|is created|gets created|materiali[sz]es?)\b`,
    accept: (c) => {
      if (negated(c) || informational(c)) return false;
      if (!/\bcomes? up\b|\bcame up\b/.test(c.match)) return true;
      if (/\b(?:reschedul\w*|schedul\w*|conflict|cancel\w*|calendar|meeting|call|time|day|week|monday|tuesday|wednesday|thursday|friday|questions?)\b/.test(c.sentence)) return false;
      return (
        /\b(?:role|position|job|spot|vacancy|seat|opportunit\w+|opening|req|internship)s?\b/.test(c.match) ||
        THEIR_ORG_AFTER.test(c.after) ||
        /\b(?:let me know|keep me|think of me|heads[- ]up|i'd (?:love|like) to (?:know|hear)|reach out|ping me|tell me|(?:leave|send|give)(?: you)? my (?:details|cv|resume|number|contact|email)|keep my (?:details|cv|resume))\b/.test(c.sentence)
      );
    },
  },
  {
    // "If you hear of any openings…", "if you hear of anything"
    kind: 'considered',
    pattern: rx`\bif you (hear (of |about )?|know of |learn of |see |come across )(anything|something|any ([\w-]+ )?(openings?|roles?|positions?|jobs?|opportunit\w+|vacanc\w+|leads?|internships?)|an? ([\w-]+ )?(opening|role|position|job|opportunity|vacancy))\b`,
    accept: (c) => !negated(c) && !/^ (?:about|interesting|useful|relevant to (?:my|the) (?:research|studies|project))\b/.test(c.after),
  },
  {
    // "Could you keep an eye out for roles that might fit me?"
    kind: 'considered',
    pattern: rx`\bkeep (an|your|a) (eye|ear|eyes|ears) (out|open)\b|\b(look|looking|watch|watching) out\b(?= for)`,
    accept: (c) => !negated(c) && /^(?: for)? (?:me|my (?:name|application|cv|resume)|anything|something|any|roles?|openings?|positions?|jobs?|opportunit\w+|internships?|vacanc\w+)\b/.test(c.after) && (/^keep/.test(c.match) || speaksOfSelf(c)),
  },
  {
    // "I'm very interested in the analyst position on your team."
    kind: 'considered',
    pattern: rx`\bi('m| am|'d be| would be)? ((very|really|especially|particularly|so|quite|extremely|genuinely|most|also)\s)?(interested in|excited about|keen on|drawn to) ((the|your|this|that|an?|any|potential|future|open|current|upcoming) )?([\w'&-]+ ){0,4}?(role|position|opening|job|posting|vacancy|internship|req|opportunit(y|ies)|roles|positions|openings|jobs)\b`,
    accept: (c) =>
      !negated(c) &&
      !/^ (?:of|that|which|\w+ plays|\w+ play)\b/.test(c.after) &&
      (/\b(?:the|this|that|your|open|potential|future|upcoming|current) (?:[\w'&-]+ ){0,4}?(?:role|position|opening|job|posting|vacancy|internship|req)\b/.test(c.match) || theirOrgAfter(c)) &&
      !scopedElsewhere(c),
  },
  {
    // "Would I be a good fit for the analyst role?", "the perfect candidate for your open position"
    kind: 'considered',
    pattern: rx`\b(fit|candidate|contender|applicant|choice|pick|match|addition|hire|asset|shoo-in|shoe-in|front-?runner|favourite|favorite)\s(for|to|on)\s(the|your|this|that|an?|any)\s([\w'&-]+\s){0,4}?(role|position|opening|job|posting|vacancy|internship|req|roles|positions|openings)\b`,
    needsFirstPerson: true,
    accept: (c) => speaksOfSelf(c) && !negated(c) && !LIKE_YOURS.test(c.after) && !informational(c) && !genericBefore(c),
    suggestion: MOST_LEAST,
  },
  {
    // "I wanted to ask you for a referral", "asking about openings"
    kind: 'considered',
    pattern: rx`\bask(ing|ed)? (you )?for (an? |any |the )?(job|jobs|position|positions|referral|referrals|opening|openings|interview|internship|employment)\b|\bask(ing|ed)? (you )?about (any )?(job openings|openings|open (roles|positions)|jobs|employment|vacancies|opportunities at)\b|\b(chat|chatting|talk|talking|speak|speaking|discuss|discussing|hear|hearing|learn|learning|find out|explore|exploring)( with you| to you| more)? (about )?(any |possible |potential |current |upcoming |future )?(job openings|openings|open (roles|positions)|vacancies|(job |career |work |employment )?opportunities)( (at|on|in|with|within) ${THEIR_ORG}| for me)\b`,
    accept: (c) => !negated(c) && !genericBefore(c) && !informational(c),
  },

  // --- Referrals for a position and a good word --------------------------------
  {
    // "Could you refer me for the data analyst role?", "Would you be willing to refer me?"
    // "Refer me to anyone else I could learn from" is the recommended referral ask.
    kind: 'referral-for-role',
    pattern: rx`\brefer(ring|red)? me\b`,
    accept: (c) => {
      if (negated(c) || /\bthanks? (?:you )?(?:so much |again )?for\s*$/.test(c.before)) return false;
      const people = /^ to (?:someone|somebody|anyone|anybody|(?:a|your|one of your) (?:colleague|friend|peer|contact|person|mentor)|colleagues|friends|peers|contacts|other|others|people|a few (?:people|folks|others)|some(?:one)? else|anyone else|a couple of)\b/.test(c.after);
      if (!people) return true;
      return /\b(?:hiring|recruit\w*|openings?|vacanc\w+)\b|\b(?:about|for) (?:the|a|an|any|this|that) (?:[\w-]+ ){0,3}?(?:role|position|job|opening)\b/.test(c.after);
    },
  },
  {
    // "an employee referral", "a referral for the marketing role", "be my referral", "be a reference for me"
    kind: 'referral-for-role',
    pattern: rx`\b(employee|internal|job|formal) referral\b|\breferral (for|to) (the|a|an|this|that|your|any|my) ([\w'&-]+ ){0,3}?(role|position|job|opening|program|programme|internship|posting|team|company|application|req|contract|scheme|placement|apprenticeship|vacancy|post|intake)\b|\b(submit|submitting|put in|putting in|make|give me|write|send|file) (a |an |the )?([\w-]+ )?referral(?! to (someone|somebody|anyone|a colleague|colleagues|other|people))\b|\b(be|serve as|act as|being) (a |my |an )([\w-]+ )?(referral|reference|referee)\b(?! (point|for understanding|book)\b)(?! for (?!me\b))|\bbe my ([\w-]+ )?(referrer|sponsor|champion|advocate|backer|inside (person|man|woman|contact|track)|(person|contact|friend) on the inside|way in|ticket in)\b|\bbe a reference for me\b`,
    accept: (c) => !negated(c) && !informational(c),
  },
  {
    // "Could you recommend me for the open position?", "recommend me to your manager"
    kind: 'referral-for-role',
    pattern: rx`\brecommend(ing)? me (for|to (the|your) ([\w-]+ )?(hiring|recruit\w*|manager|boss|hr|team|company|director|head|partners?|principal|owner|founder|ceo|editor|producer|chef|supervisor|lead)|to ((the|your|whoever|those|people|anyone|someone) )?([\w'-]+ ){0,4}?(hiring|recruit\w*|hr|talent))\b|\brecommend(ing)? me(?=\s*([?.!,;]|$|to (them|him|her)\b)| (internally|in-house|for (it|this|that|one|them)\b))|\bfast[- ]?track(ing)? (me|my (application|cv|resume|candidacy))\b|\b(bump|bumping|move|moving|push|pushing|wave|waving) (me|my (application|cv|resume)) (up|through|forward|to the (top|front|next round|final round))\b|\bsponsor(ing)? my (visa|work permit|h-?1b|green card)\b|\b(put|putting) (me|myself) (forward|up for)\b|\bnominat(e|ing) myself\b|\bnominat(e|ing) me\b|\bsponsor(ing)? me\b|\bsponsor(ing)? (someone|somebody|people|a person|an? [\w-]+) ([\w-]+ ){0,3}?like me\b`,
    accept: (c) => !negated(c),
  },
  {
    // "Could you put in a good word for me?", "speak to the hiring manager on my behalf"
    kind: 'good-word',
    pattern: rx`\b(have|put|putting|say|drop|dropping|having|get|getting|slip|slipping|pop|popping|send|sending) (in )?a (quick |good |kind |positive |friendly )?word( in)?( (with|to) [\w'&-]+( [\w'&-]+){0,3}?)? (for me|about me|on my behalf|(about|for|on behalf of) me)\b|\bput a word in\b|\bpull (some |a few |any )?strings\b|\b(speak(ing)?|stick(ing)?|stand(ing)?) up for me\b|\b(go|going) to bat for me\b|\bspeak(ing)? (highly|well) of me\b|\bgive me a leg up\b|\bwork your magic\b|\bopen (some |a few |any )?doors (for me|at|in|with|into)\b|\b(a|the) (good|kind|positive) word (in |for |with |to |on )|\b(put|putting|puts|say|saying|drop|dropping|send|sending|have|having) (in )?a (good|kind|positive) word\b|\bon my behalf\b|\b(vouch(ing|ed)?|advocat(e|ing|ed)|champion(ing|ed)?|go(ing)? to bat) for me\b|\b(put|putting|pass|passing|submit|submitting|send|sending|drop|dropping|forward|forwarding|throw|throwing|pop|popping|stick|sticking|slip|slipping|bung|float|floating|push|pushing) (my name|me) (forward|along|on|up|in(?! touch| contact))\b|\bmention(ing)? (my name|me) to\b|\b(pass|passing|send|sending|give|giving|forward|forwarding|submit|submitting|share|sharing) (along )?my name (to|along|on|forward|around)\b|\bflag(ging)? my (application|resume|cv|profile|name|candidacy)\b|\b(mention(ing)?|flag(ging)?|suggest(ing)?|pitch(ing)?|float(ing)?) (me|my name) (up )?(to|with) (the |your |someone (in|on) )?([\w-]+ )?${DECISION_MAKER}\b`,
    // The good word is for me: not "did anyone put in a good word for you when you started?".
    accept: (c) => !negated(c) && !aboutTheirPast(c) && !FOR_SOMEONE_ELSE.test(c.after),
  },

  // --- Résumé and application hand-offs --------------------------------------
  {
    // "Could you pass my résumé along?", "Can I send you my resume?", "I've attached my CV"
    kind: 'resume',
    pattern: rx`\b((pass(ing|ed)?|forward(ing|ed)?|send(ing)?|sent|shar(e|ing|ed)|hand(ing|ed)?|giv(e|ing)|circulat(e|ing)|submit(ting|ted)?|get(ting)?|put(ting)?|drop(ping|ped)?|rout(e|ing)|e-?mail(ing|ed)?|slip(ping)?|bring(ing)?|upload(ed|ing)?|walk(ing)?)\s((you|it|over|along|on|off|in|around|out|him|her|them|a copy of|copies of|a few copies of|some copies of|a link to)\s){0,2}|(attach(ed|ing)?|enclos(e|ed|ing)|includ(e|ed|ing))\s(a copy of\s|a link to\s)?)(my|a copy of my)\s((updated|latest|current|new|full|short|one-page|revised)\s)?(resume|cv|application|cover letter|candidacy|portfolio|materials|credentials|linkedin( profile)?|profile|details|info|information|work samples?|writing samples?|showreel|reel|demo reel|demo|headshots?|clips?|samples?|deck|bio)s?\b|\bmy (resume|cv|application)( and [\w ]{1,20})? (is|are) (attached|enclosed|below|linked)\b|\b(please )?(find|see) (attached |enclosed |below )?(a copy of )?my (updated |latest |current )?(resume|cv|application|cover letter|portfolio)s?\b`,
    accept: (c) => {
      if (negated(c)) return false;
      // Asking them to judge it is about-them, not a hand-off.
      if (ASKS_FOR_FEEDBACK.test(c.after)) return false;
      if (/^get(?:ting)? my \w+ (?:reviewed|checked|critiqued|looked at|ready|in shape)\b/.test(c.match + c.after)) return false;
      if (/\b(?:resume|cv|application|cover letter|candidacy|credentials)s?\b/.test(c.match)) return true;
      // Portfolios and profiles only count when they are routed to someone else.
      return /^(?: [\w'-]+){0,2}? (?:along|on|around|internally|to (?:your|the|whoever|someone|anyone|hr|human resources|a|an|people)|in front of|with (?:your|the|hr|anyone|someone))\b/.test(c.after) || ROUTED_ON.test(c.after);
    },
  },
  {
    // "sneak my CV onto the hiring manager's desk", "get my application in front of the recruiter"
    kind: 'resume',
    pattern: rx`\bmy (updated |latest |current )?(cv|resume|application|portfolio|name|details|profile)\b${ROUTED_TO_HIRER.source.slice(1)}`,
    accept: (c) => !negated(c) && !ASKS_FOR_FEEDBACK.test(c.after),
  },
  {
    // "Here's my resume — can you pass it along?"
    kind: 'resume',
    pattern: rx`\b(pass|passing|forward|forwarding|send|sending|share|sharing|circulate|circulating|hand|handing|get|getting) (it|this|them|that) (along|on|around|over|internally|in front of|to (your|the|whoever|hr|someone|anyone|the right))\b|\b(here('s| is| are)|attached (is|are)|enclosed (is|are)|below (is|are)) (a copy of )?my (updated |latest |current )?(resume|cv|application|cover letter)s?\b`,
    accept: (c) => !negated(c) && /\b(?:resume|cv|application|cover letter|portfolio|details|name)s?\b/.test(c.sentence) && !ASKS_FOR_FEEDBACK.test(c.after),
  },
  {
    // "Can you check the status of my application?"
    kind: 'application',
    pattern: rx`\b(check(ing)?|look(ing)?|follow(ing)? up|find(ing)? out|see) (on |into |up on |about |at )?(the status of |how |where )?my application\b|\bstatus of my application\b|\bmy application('s)? status\b`,
    accept: (c) => !negated(c),
  },
  {
    // "I'm applying for the analyst role", "Should I apply for the opening on your team?"
    kind: 'application',
    pattern: rx`\b(apply(ing)?|applied|(put|putting|sent|send|sending|submitted|submit|submitting|made|make|lodged) (in )?(an|my) application)( (online|directly|already|formally|officially|recently|last week|yesterday|through the (website|portal|site)))? (for|to|with) (the|your|this|that|an?|one of your|a role on|a position on)\b( [\w'&.-]+){0,5}? ?(role|position|job|opening|posting|internship|program|team|vacanc\w+|req|fellowship|company|firm|group|department|agency|lab|office)s?\b|\b(apply|applied|applying) (directly |straight )?(to|with|through|via) (you|your ([\w-]+ )?(team|company|group|firm|department))\b|\bapply (to|for) (work|a job|a role|a position|a place|an internship|a placement|a spot)( (with|for|at|on|in) ${THEIR_ORG})\b`,
    accept: (c) =>
      (firstPerson(c.before) || AT_THEIR_ORG.test(c.match + c.after.slice(0, 40))) &&
      !negated(c) &&
      !aboutTheirPast(c) &&
      !genericBefore(c) &&
      !informational(c) &&
      !LIKE_YOURS.test(c.after) &&
      !fieldScope(c) &&
      !ACADEMIC.test(c.match + c.after.slice(0, 30)) &&
      !/\bapply (?:for|to) (?:jobs|roles|positions)\b/.test(c.match),
  },

  // --- Hiring decisions ---------------------------------------------------------
  {
    // "Who makes the hiring decisions?", "Who handles recruiting for your department?"
    kind: 'hiring-decision',
    pattern: rx`\bwho (\w+ )?(decides?|chooses?|picks?|determines?) (who|whom) (gets|to|we|they|you) (hired|hire|bring on|take on)\b|\bwho('s| is| are|'re) (currently |actively |still )?(hiring|recruiting)\b(?! (manager|process|decisions?|committee|team|for your))|\bwho('s| is| are|'re)?\s((usually|typically|actually|ultimately|currently|exactly|else)\s)?(makes?|making|handles?|handling|does|doing|runs?|running|leads?|leading|oversees?|decides?|owns?|controls?|is in charge of|in charge of|responsible for|has the final say (on|in))\s(the\s|all\s|your\s|final\s)?(hiring|recruiting|recruitment|hires|hiring decisions?|decisions? (on|about) (hiring|who gets hired))\b`,
    // "Who's in charge of hiring at most startups?" asks how the field works.
    accept: (c) => !negated(c) && !fieldScope(c) && !/^(?: [\w'-]+){0,3}? (?:at|in|for) (?:most|many|other|big|small|large|typical|bigger|smaller)\b|\b(?:generally|in general|usually|typically)\b/.test(c.after),
  },
  {
    // "Who is the hiring manager for the analyst role?", "tell me who the hiring manager is"
    kind: 'hiring-decision',
    pattern: rx`\bwho('s| is| would be) (the|your) ([\w-]+ )?(hiring manager|recruiter|hr (contact|person|rep|partner|manager)|talent (partner|acquisition (contact|partner|lead))|person (doing|handling|in charge of) (the )?hiring)\b|\bwho (the|your) ([\w-]+ )?(hiring manager|recruiter)( for ([\w-]+ ){1,4}?)? (is|would be)\b`,
    // "Who's the hiring manager you admire most?" asks about people they know.
    accept: (c) => !negated(c) && !/^ (?:(?:that|who|whom) )?(?:you|you've|you have|you've ever) (?!would|'d|could)\w+/.test(c.after),
  },
  {
    // "Could you introduce me to the hiring manager?", "connect me with your recruiter"
    kind: 'hiring-decision',
    pattern: rx`\b((introduce|introducing|connect|connecting|link|linking|put|putting|get|getting)\s(me|my \w+)|(an?|your) (intro|introduction|connection|warm intro))\s((directly|personally|through|in touch|in contact)\s)*(to|with)\s((the|your|a|whoever|someone on|someone in|anyone on|anyone in)\s)?([\w-]+\s)?(${HIRER}|person (who('s| is)? )?(hiring|in charge of hiring|doing the hiring|responsible for hiring)|whoever (is |'s )?(hiring|recruits|hires|(handles|manages|runs|leads|oversees|owns) (the )?(hiring|recruiting|recruitment)|does the hiring|makes the hiring decisions?)|people who (make|do|handle) (the )?hiring)`,
    accept: (c) => !negated(c),
  },
  {
    // "Do you have contact details for the recruiter?"
    kind: 'hiring-decision',
    pattern: rx`\b((contact|e-?mail)( (details|info|information|address|addresses))?|names?|number|details) (for|of) (the|your) ([\w-]+ )?(hiring manager|recruiter|recruiting|talent|hr)\b`,
    accept: (c) => !negated(c),
  },
  {
    // "Who should I contact about the opening on your team?", "Who do I talk to about getting hired?"
    kind: 'hiring-decision',
    pattern: rx`\bwho ((should|can|could|do|would|might|shall) i|i should|to|would be best to) (contact|talk to|speak (to|with)|reach out to|e-?mail|write to|approach|follow up with|send (my [\w-]+|it|this) to|ask|apply (to|through)) (about|regarding|for|re|on)\s((the|an?|any|your|this|that|getting|applying|job|open)\s)*([\w-]+\s)?(openings?|roles?|positions?|jobs?|postings?|vacanc\w+|internships?|applications?|hired|hiring)\b|\bwho ((should|can|could|do|would|might|shall) i|i should|to|would be best to) (contact|talk to|speak (to|with)|reach out to|e-?mail|write to|approach|ask) (about|regarding|re) (joining|working (for|at|with|here|there)|getting (in|a job|hired|a role|a start)|employment|a job|a role|a position|a start)\b`,
    accept: (c) => !negated(c),
  },

  // --- Interviews --------------------------------------------------------------------
  {
    // "Any chance of an interview?"
    kind: 'interview',
    pattern: rx`\b(any|a|some) (chance|possibility|hope|shot|way|opportunity) (of|for|at|to (get|land|have|secure|schedule)) (an? )?([\w-]+ )?interview\b`,
    accept: (c) => !negated(c) && !/\b(?:informational|info|informal|information) interview\b/.test(c.match),
  },
  {
    // "I'd love the chance to interview for the role", "Could I interview with your team?"
    kind: 'interview',
    pattern: rx`\binterview(s|ing|ed)?\b`,
    needsFirstPerson: true,
    accept: (c) =>
      speaksOfSelf(c) &&
      !/\b(?:informational|info|informal|information|exploratory|podcast|research|news|magazine|class|school) $/.test(c.before) &&
      // "in the interview": during one already arranged, not asking for one.
      !/\b(?:in|at|during|before|after|throughout) (?:the|my|an|our|this|that|a) $/.test(c.before) &&
      // "I interview really well": how I do in interviews.
      !/^ (?:really |very |quite |pretty |so |extremely )?(?:well|badly|poorly|better|worse|brilliantly|terribly)\b/.test(c.after) &&
      !/^(?: (?:a few|several|some|many|other|more|a couple of|two|three|\d+))? (?:candidates|people|applicants|someone|somebody|them|others|you|new|folks|for your team|experts|users|customers|clients|professionals|practitioners|leaders|managers)\b/.test(c.after) &&
      !/\b(?:you|they|people|candidates|applicants|most|hiring managers)\s(?:\w+\s)?$/.test(c.before) &&
      !negated(c) &&
      !aboutTheirPast(c) &&
      !scopedElsewhere(c) &&
      !LIKE_YOURS.test(c.after) &&
      !/\binterview(?:ing)? you\b/.test(c.match + c.after) &&
      // "my interview answers", "interview skills": a modifier, not an interview.
      !/^ (?:answers?|skills?|technique|prep|preparation|practice|performance|questions?|nerves|style|outfit|tips|feedback|experience|stories)\b/.test(c.after) &&
      // "confident in interviews": interviews in general.
      !(c.match === 'interviews' && !/\b(?:any|some|more|the|your|a few|further)\s*$/.test(c.before)) &&
      !fieldScope(c) &&
      !/^ with you\b/.test(c.after) &&
      !/\b(?:our|this|your) $/.test(c.before),
    fallback: true,
  },
];

// ---------------------------------------------------------------------------
// About-them rules.

// Your own materials and record: talking about these, or asking them to judge
// them, makes the conversation about you.
const SELF_ASSET = src`(age|accent|personal statement|weak (spots?|points?)|blind spots?|shortcomings?|flaws?|areas for improvement|development areas|bio|showreel|reel|headline|application|weakness|strength|english|grades|nationality|visa|lack of ([\w-]+ ){0,2}?(experience|degree|qualifications?|skills?|background|contacts)|resume|cv|cover letter|linkedin( profile)?|portfolio|qualifications?|credentials|strengths|weaknesses|accomplishments|achievements|track record|candidacy|chances|gpa|transcript|background|experience|skills?|skill set|skillset|degree|work|profile|certifications?|certificates?|mba|phd|training|education|story|pitch|elevator pitch|writing samples?|projects?|website|github|employment history|career history|career plans?|plans?|career goals|goals|job search|application materials|headshot|personal brand|major|gap|internships?|odds|prospects|career change|switch|transition)`;
const SELF_ASSET_AT_END = new RegExp(`${SELF_ASSET}$`);
// Assets that are about you in any context (except a hand-off, which is a job ask).
const ALWAYS_SELF = re`^(resume|cv|cover letter|personal statement|linkedin( profile)?|qualifications?|credentials|strengths?|weakness(es)?|weak (spots?|points?)|blind spots?|shortcomings?|flaws?|areas for improvement|development areas|accomplishments|achievements|track record|candidacy|chances|odds|prospects|gpa|transcript)$`;
const EVALUATION_CUE =
  re`\b(enough|strongest|weakest|falls? short|fell short|lacking|lacks|shows?|showcases?|demonstrates?|conveys?|dealbreaker|deal[- ]breaker|lack of|suited|suits?|seriously|credible|credibility|respected|too (long|short|much|little|generic|busy|thin|narrow|broad)|value|add (the most |real |more )?value|as (someone|somebody|a person) with|where (do you think )?i('d| would| could| might) (fit|belong|add)|look past|overlook|forgive|care about|mind|transferable|transfer|carry over|what (do )?you think|what you make of|your sense of|problem|issue|obstacle|barrier|liability|disadvantage|drawback|red flag|concern|count against|matter|a plus|advantage|make it|succeed|cut out|stand a chance|shot|get (in|hired)|break in|help me|your (honest |candid |frank )?(thoughts|take|opinion|impression|view|feedback|read|advice|assessment|input|reaction)|feedback|review|reviewing|look over|looking over|look at|take a look|glance|critique|go over|how does|how do|how would|what would you change|change about|missing (from|in)|gaps?\b|strong enough|good enough|enough to|make me|makes me|qualify me|translate|match|fit|stand out|compare|stack up|measure up|valued|valuable|impress|competitive|hurt|hold me back|react|say about|see in|improve|tweak|edit|weak|strong|relevant|count for|worth)\b`;
const PITCH_CUE =
  re`\bas you (can|may|might|will) (see|tell|have seen|notice)\b|\b(tell|tell you|walk you|run you|share|show you|summary|overview|rundown) (\w+ ){0,3}?(of|about|through)? ?my\b|\bi('m| am) (confident|sure|certain|convinced)\b|\bproud of\b`;
const HANDOFF_VERB =
  re`\b(please (find|see)( attached| enclosed| below)?|(find|see) (attached|enclosed|below)|here('s| is| are)|attached (is|are)|enclosed (is|are)|below (is|are)|get(ting)?|put(ting)?|shar(e|ing|ed)|giv(e|ing)|pass(ing|ed)?|forward(ing|ed)?|send(ing)?|sent|hand(ing|ed)?|circulat(e|ing)|submit(ting|ted)?|drop(ping|ped)?|rout(e|ing)|e-?mail(ing|ed)?|slip(ping)?|bring(ing)?|attach(ed|ing)?|enclos(e|ed|ing)|upload(ed|ing)?|sneak(ing)?|slid(e|ing)|pop(ping)?|stick(ing)?|bung|sling|ping(ing)?|float(ing)?)\s((you|it|over|along|on|off|in|around|out|a copy of|copies of|a few copies of)\s){0,2}(a copy of )?$`;

const OPENINGS_BEFORE = re`\b(openings?|roles?|positions?|jobs?|vacanc(y|ies)|opportunit(y|ies)|anything|something)\b[^.?!]{0,30}$`;

const OTHERS_LOOK = re`\b(${HIRER}|boss|manager|director|partners?|panel|they|them|contacts?|someone|anyone|people)( (who|that))? (to|would|could|might|will|can|may) (look at|consider|review|read|see|check out|take a look at)\s([\w'-]+ ){0,2}$`;

// Asking for their opinion of me: "do you think I…", "would you reckon I…".
const ASKS_OPINION = src`((do|would|did) you (think|reckon|feel|believe|suppose|imagine|guess|say|figure)|would you say|in your (view|opinion|experience),?)`;

// Evaluative predicates of me: "good enough", "too junior", "cut out for", "stand out", "a long shot".
const SELF_EVALUATION = src`((?!(soon|early|long|far|fair|funnily|oddly|strangely|interestingly|sure|often|well|time)\b)[a-z-]+ enough\b(?! (time|money|room|space)\b)|do(es)? me justice|(under|over)sells? me|sells? me short|represents? me (well|fairly|accurately)|reflects? (well on )?me|(over|under)[- ]?qualified|competitive|employable|hireable|marketable|ready(?= (to (apply|move|switch|step|make|take|go|lead|manage|compete)|for (a|an|the|this|that|senior|more|it)\b)|\s*[?.!]|\s*$)|cut out|suited|too (old|young|junior|senior|late|inexperienced|green|niche|narrow|generic|academic|desperate|eager|pushy|formal|casual|quiet|shy|introverted|old-fashioned|specialised|specialized|expensive|experienced)|stands? out|aiming (too )?(high|low)|punching above my weight|getting ahead of myself|being (too )?(naive|unrealistic|ambitious)|out of my depth|in over my head|wasting my time|a long shot|a stretch|(would |will |could |might )?(thrive|succeed|survive|cope|last|do (really |very |so )?well|make it(?! (to|on|at|in time|for|there|by|through|work|happen|easier|clear|a)\b)|fit in(?! (a|an|the|some|time|another)\b)|fit the bill|measure up|stack up|cut it)|(holds?|holding|hold) me back|counts? against me|hurts? my (chances|prospects|odds)|an? (red flag|dealbreaker|deal-breaker|liability|disadvantage|drawback|non-starter)|(have|has|stand) (a |any )?(realistic |real |decent |good |fair |fighting )?(shot|chance|hope|prospect)|need (more|further|extra) (experience|qualifications|training|skills|credentials|years)|come across|comes across|(look|looks|sound|sounds|seem|seems|read|reads|come across|comes across) (too |a bit |very |overly |rather |quite )?(rehearsed|scripted|arrogant|desperate|naive|junior|generic|weak|confident|nervous|keen|pushy|eager|robotic|stiff|formal|casual|unprofessional|amateurish|professional|polished|good|bad|strong|convincing|credible|okay|ok|fine|right|odd|strange|suspicious|too)|any good|useful|valuable|helpful|transferable|an asset|an advantage|a plus|suitable (for|to)|attractive|appealing|desirable|(good|ok|okay|fine|decent|strong|bad|weak|poor)(?=\s*(,\s*(yes|no|right)\b|\?))|up to (scratch|standard|par)|fit for purpose|(pitching|selling|presenting|marketing|positioning) myself (right|correctly|well|properly|too (high|low)|short|the right way)|(perfect|ideal|made|tailor-made|well suited|a great fit) for|useless|worthless|pointless|a waste of time|irrelevant|worth (anything|much|something))`;
// A condition, not a question about me: "will you hire me if I do well?" (but "tell me if I'm ready" asks).
const CONDITIONAL_BEFORE = re`(?<!\b(tell me|let me know|know|wonder|wondering|see|ask|asking|sure|unsure|curious|honest|honestly|think|judge|say|guess|reckon|feel)) (if|when|once|unless|as long as|so that|until) $`;
// A message to pass on: "let the panel know that…", "tell them…".
const RELAYED = re`\b(know|tell|telling|say|saying|mention|mentioning|pass on|passing on|explain|explaining) ([\w']+ ){0,3}?(that )?$`;
// Evaluations that, stated, are claims about me: "My skills are very suitable for data jobs", "I'm overqualified".
const SELF_CLAIM = re`(over|under)[- ]?qualified$|(perfect|ideal|made|tailor-made|well suited|suitable|a great fit) (for|to)$|(valuable|an asset|impressive|transferable)$`;
// My opinion of myself: "I think I'm…", "Honestly, I…".
const SELF_OPINION = re`\bi (think|believe|feel|reckon|suspect|know|guess)\b|\bhonestly\b|\bto be honest\b`;
// Worry about myself: "I'm worried that…", "I'm not sure whether…".
const SELF_DOUBT = re`\bi('m| am) (a (bit|little) |quite |really |so |very )?(worried|afraid|concerned|nervous|anxious|scared|unsure|not sure|uncertain|wondering|paranoid)\b|\bi (worry|fear|wonder|doubt)\b`;

/**
 * Pitches: "I have eight years of experience…", "I'm a results-driven marketer", "I've won…",
 * "top of my class", "I'm confident that I…", "a natural leader", "proud of", "show you my work", "I led…", "that gives
 * me an edge", "most grads don't have", "I've got a strong portfolio", "known for", "sets me apart", "I'd bring…",
 * "I'm an expert", "a top performer", "one of the best".
 */
const PITCHES: readonly RegExp[] = [
  rx`\bi( have|'ve got| have got|'ve| bring| offer)\s((over|more than|nearly|almost|about|around|close to|a|an)\s)?(loads of|lots of|plenty of|tons of|a lot of|heaps of|masses of|\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many|extensive|significant|deep|a decade of|years of|a wealth of|strong|proven|solid|broad|considerable|substantial)\b([\s-][\w-]+){0,3}?\s(years?|experience|expertise|track record|background|skills|knowledge)\b`,
  rx`\bi('m| am) (a|an) ([\w-]+,? ){0,3}?(highly|results[- ]driven|results[- ]oriented|detail[- ]oriented|self[- ]starter|self[- ]motivated|motivated|passionate|dedicated|driven|dynamic|accomplished|seasoned|proven|experienced|talented|resourceful|adaptable|analytical|proactive|diligent|meticulous|tenacious|creative|skilled|hard[- ]working|hardworking|strategic|innovative|versatile|award[- ]winning|goal[- ]oriented|top[- ]performing)\b`,
  rx`\bi('ve| have) (successfully |consistently |personally )?(won|earned|received|been (awarded|recogni[sz]ed|named|promoted|nominated|selected|ranked|praised|honou?red)|led|managed|built|launched|grown|increased|delivered|exceeded|spearheaded|driven|generated|saved|overseen|supervised|mastered)\b(?! to\b)`,
  rx`\btop of my class\b`,
  rx`\bi('m| am) (confident|sure|certain|convinced) (that )?(i|my)\b`,
  rx`\bi (excel|thrive) (at|in|under)\b`,
  rx`\bi('m| am) (a |an )?([\w-]+ ){0,2}?(hard worker|fast learner|quick learner|team player|self[- ]starter|go[- ]getter|problem[- ]solver|people person|natural leader|born leader|high achiever|overachiever|perfectionist)\b`,
  rx`\bi('m| am) (really |very |so |particularly |especially |quite )?proud of\b`,
  rx`\b(love|like) to show (it|them|this) to you\b`,
  rx`\bshow you (my ([\w-]+ ){0,2}?(work|portfolio|projects?|designs?|drawings?|writing|code|apps?|photos?|samples?|pieces?|resume|cv|background|experience|achievements?|accomplishments?|results|reel|showreel|case stud(y|ies))|what i('ve| have))\b`,
  rx`\bi (led|managed|doubled|tripled|increased|grew|spearheaded|exceeded|generated|won|launched|founded|delivered|oversaw|supervised|boosted)\b(?!'| to\b| up\b| into\b| across\b)`,
  rx`\b(that|this|it|which|background|experience|degree|training|skills?|portfolio|time|years?|career|stint) ([\w'-]+ ){0,4}?(would |will |could |might |really |definitely )?(gives?|gave|has given) me (an? |the )?(real |clear |big |unique |rare |strong )?(edge|advantage|head start|leg up|discipline|grounding|perspective|resilience|insight)\b`,
  rx`\b(most|many|other|few) (other )?(people|grads|graduates|candidates|applicants|peers|juniors) (don't|do not|lack|can't|cannot|never)\b`,
  rx`\b(top|head|first|best)( \w+)? (of|in) (my|the) ([\w-]+ )?(class|intake|cohort|year|program(me)?|course|department|team|bootcamp)\b`,
  rx`\bi('ve got| have| 've) (an? )?(really |very |extremely |pretty )?(strong|impressive|great|solid|excellent|outstanding|extensive|unique|stellar) ([\w-]+ )?(portfolio|resume|cv|background|track record|skill set|skills|network|experience|record|set of skills)\b`,
  rx`\bi('m| am) (well[- ])?(known|recognized|recognised|respected|praised) for\b`,
  rx`\bsets? me apart\b`,
  rx`\bi (consider|would describe|'d describe|describe) myself (as )?(an? )?\b(?!to\b)`,
  rx`\b(whether|if) i('m| am| would be|'d be| could be) (\w+ )?(employable|hireable|qualified|competitive|good enough|strong enough|experienced enough|ready|cut out|on the right track|a ((good|strong|great|viable|competitive|right) )?(fit|candidate|match))\b`,
  rx`\bi('d| would| could| can| will) bring (a lot|so much|real value|value|a (unique|fresh|lot|great deal)|(\w+ )?(skills|experience|perspective|energy|expertise))\b`,
  rx`\bi have (exactly |just |precisely )?the (right |exact )?(skills|experience|background|qualifications|profile|credentials)\b`,
  rx`\bi('m| am) (pretty much |basically |practically |essentially |kind of |sort of |something of )?(an? )?(expert|specialist|guru|whiz|ninja|rockstar|fluent|proficient|highly skilled|certified|bilingual|trilingual|multilingual)\b`,
  rx`\bi('m| am) (a|an) (top|high|star|strong|consistent|standout|stand-out) (performer|achiever|seller|salesperson|producer|earner|student)\b`,
  rx`\bi('m| am) (one of the|among the) (best|strongest|top|most|brightest)\b`,
];
const acceptPitch = (c: Context): boolean => !negated(c);

/**
 * Plain self-descriptions: "I am hardworking and sincere", "I learn really quickly", "I'd smash it", "I'd thrive in…", "I've been running my own business", "My CGPA is 8.9", "I can turn my hand to anything", "employee of the month", "four times in a row", "someone people naturally look to", "I pick things up quicker than most".
 */
const PLAIN_PITCHES: readonly RegExp[] = [
  rx`\b(in|among) the top (\d+ ?%|\d+ per ?cent|few|handful|tier|quartile|decile|ten|\d+)\b`,
  rx`\bi (have|hold|'ve got) (many|several|multiple|lots of|numerous|\d+|two|three|four|five|six) ([\w-]+ )?(certificates?|certifications?|qualifications?|degrees?|awards?|patents?|publications?)\b`,
  rx`\bhow (competitive|employable|qualified|strong|experienced|ready|marketable|attractive|hireable) am i\b`,
  rx`\bi('ve| have) (always )?been (the|their|everyone's) (go-to|person|one)\b( [\w']+){0,4}? (turns?|relies?|comes?|goes?|calls?|looks?|leans?) (to|on|for)\b`,
  rx`\b(named|voted|crowned) ([\w-]+ ){0,3}?of the (month|year|quarter|season)\b`,
  rx`\bi('ve| have) (already )?(achieved|accomplished|done) (a lot|so much|a great deal|more than most)\b`,
  rx`\bi can (handle|take on|deal with|cope with) (pressure|anything|any (job|role|challenge|workload)|whatever|a lot)\b`,
  rx`\bi('ve| have) (achieved|hit|met|exceeded|smashed|beaten|beat) (every|all|each) (single )?((of )?my )?(target|goal|kpi|deadline|quota)s?\b`,
  rx`\bi('m| am) (really |very |so |particularly |especially |quite )?proud to say\b`,
  rx`\bhow (do you think|would you say|do you reckon|do you imagine) i('d| would| will|'ll) (do|fare|get on|cope|manage)\b`,
  rx`\bi was (the )?(captain|president|head|chair|leader|founder|editor|winner|head boy|head girl|valedictorian) of\b`,
  rx`\bi('ve got| have got|'ve) (exactly |just |precisely )?the (right |exact )?(skills|experience|background|qualifications|profile|credentials)\b`,
  rx`\bi (have|hold|got|earned|completed)( an?| my)? (mba|phd|doctorate|masters?|master's|msc|llm|cfa|acca|cpa|cima)\b(?= (from|at|with)\b)`,
  rx`\bi('ve| have) (already |more than |repeatedly )?(proven|proved|shown|demonstrated) (that )?(i (can|could)|myself)\b`,
  rx`\bi('m| am) (one of (only|just) (a few|a handful|\w+)|the only (one|person))\b`,
  rx`\bi('m| am) (someone|somebody|the (kind|sort|type) of (person|worker|employee|colleague)|a person) (who|that) never (gives? up|quits?|misses?|stops?|lets? (anyone|people|my team) down)\b`,
  rx`\bi (have|'ve got|have got) a (\w+ )?track record\b`,
  rx`\bi (interview|present|write|speak|come across|perform|work) (really |very |extremely |so |incredibly )?(well|brilliantly|strongly|effectively|confidently|persuasively)\b`,
  rx`\bi('m| am) ((very|really|extremely|incredibly|highly|super|genuinely|truly|deeply|so|quite|always|also) )?(hard[- ]?working|sincere|dedicated|reliable|committed|punctual|diligent|self-motivated|tenacious|proactive|meticulous|resourceful|adaptable|versatile|detail[- ]oriented|results[- ]driven|trustworthy|dependable|conscientious|energetic|personable|disciplined|loyal)\b(?! (about|by|to|that|if|whether)\b)`,
  rx`\bi (learn|adapt|pick (things|stuff|it) up|pick up (new )?(things|skills|tools)|get up to speed) (really |very |super |incredibly |extremely )?(quickly|fast|quick)\b`,
  rx`\bi('d| would| will|'ll| could) (absolutely |totally |definitely |really )?(smash|nail|ace|crush|kill|rock|own) it\b`,
  rx`\bi('d| would| will|'ll) (really |definitely |absolutely )?(excel|thrive|shine|flourish) (in|at|on)\b`,
  rx`\bi('ve| have) (been )?(running|managing|owning|founded|run|built|grown|scaled|started) (my own|a successful|a thriving|a profitable|a growing) ([\w-]+ )?(business|company|startup|agency|consultancy|practice|firm|shop|brand)\b`,
  rx`\bmy (c?gpa|grades?|average|marks?|scores?|results?|degree classification) (is|are|was|were|have (always )?been|has (always )?been) (a |an )?(\d|straight|all|first|top|excellent|outstanding|a first)`,
  rx`\b(turn my hand to|jack of all trades|wear(ing)? (many|lots of|a lot of) hats|learn on the fly|quick to learn|a quick study|bags of (energy|experience|enthusiasm))\b`,
  rx`\b(employee|salesperson|student|volunteer|intern|player|rookie|graduate|manager|seller|trainee) of the (month|year|quarter)\b`,
  rx`\b(\d+|two|three|four|five|six|seven|eight|nine|ten) times in a row\b`,
  rx`\bi('m| am) (someone|somebody|the (one|person|go-to)|a person|the kind of person)( (that|who|whom))? (people|others|colleagues|everyone|my (team|colleagues|manager|peers|friends)) (\w+ )?(look|turn|come|go|rely|lean|count|depend)s? (to|on)\b`,
  rx`\bi\b( [\w'-]+){1,4}? ([a-z]+er|more [a-z]+|better) than (anyone|anybody|most( people)?|everyone|everybody|others|my (peers|colleagues|classmates|cohort)|the rest)\b`,
];
const acceptPlainPitch = (c: Context): boolean => !negated(c) && !/\bif\s*$/.test(c.before);

const SELF_RULES: readonly Rule[] = [
  {
    // "Do you think I'm good enough for this field?", "Is my CV strong enough?", "Would you say my portfolio stands out?",
    // "I'm worried I come across as too junior.": me as the subject of an evaluation.
    kind: 'fit',
    pattern: rx`\b(i|my ([\w'-]+ ){0,2}?[\w'-]+)('m|'d| am| was| would| will| could| might| do| really| honestly| actually| still| even| just| maybe| probably)* ((am|is|are|was|be|would be|will be|might be|could be|seem|seems|look|looks|sound|sounds|read|reads|feel|feels|have|'ve got|have got)\s)?((really|too|so|very|quite|a bit|at all|even|still|actually|probably)\s)*${SELF_EVALUATION}\b`,
    accept: (c) =>
      (isAsk(c) || SELF_DOUBT.test(c.before) || SELF_OPINION.test(c.before) || SELF_CLAIM.test(c.match)) &&
      !genericBefore(c) &&
      !OPENINGS_BEFORE.test(c.before) &&
      !CONDITIONAL_BEFORE.test(c.before),
    needsFirstPerson: true,
  },
  {
    // "What do you think of the experience I've had?", "How would you assess my chances?"
    kind: 'feedback',
    pattern: rx`\b(what (do |would )?you (think|make) of|what would you (change|improve|fix|tweak) (about|in)|(your|any) (honest |candid |frank )?(feedback|thoughts|critique|notes|pointers) on|how (would|do) you (assess|rate|judge|evaluate|view|read|grade)|(what('s| is) )?your (honest |candid |frank )?(take|opinion|view|assessment|impression|read) (on|of)|assess|evaluate|judge|rate|critique|score|mark|grade) ([\w'-]+ ){0,4}?(my [\w'-]+|me\b|myself\b|i('ve| have) (had|done|built|made|written|achieved|accomplished)\b|(how|whether|if|what|the way|where) i\b)`,
    accept: (c) => !negated(c),
    fallback: true,
    needsFirstPerson: true,
  },
  {
    // "What do you think of my background?", "your honest opinion of my résumé", "As you can see from my profile…"
    kind: 'feedback',
    pattern: rx`\bmy ([\w'-]+ ){0,3}?${SELF_ASSET}\b`,
    accept: (c) => {
      if (negated(c)) return false;
      const asset = SELF_ASSET_AT_END.exec(c.match)?.[0] ?? '';
      // "send you my résumé" is a job ask; "attach my portfolio" still is about you.
      // "nudge HR to look at my CV": someone else judges it, which is a job ask.
      // "my application": about me only when it is to be judged ("where my application falls short"), not chased.
      if (asset === 'application' && !ASKS_FOR_FEEDBACK.test(c.after) && !EVALUATION_CUE.test(c.after)) return false;
      // "see my CV for any positions you have": handed over for a job.
      if (/^ (?:for|in case of|regarding) (?:any |the |a |an |your |future |open )*(?:[\w-]+ )?(?:positions?|roles?|openings?|jobs?|vacanc\w+|opportunit\w+)\b/.test(c.after)) return false;
      if (OTHERS_LOOK.test(c.before) || ROUTED_TO_HIRER.test(c.after) || /\b(?:keep|hold on to|hang on to|file|store)\s*$/.test(c.before) || /^ on (?:file|record)\b/.test(c.after)) return false;
      const handedOver = HANDOFF_VERB.test(c.before) || /^(?:'s| is| are) (?:attached|enclosed|below|linked)\b/.test(c.after);
      if (handedOver) {
        // Routed on to someone else it is a job ask; handed to them it is about you only if they are to judge it.
        if (/^(?: [\w'-]+){0,2}? (?:along|around|internally|to (?:your|the|whoever|someone|anyone|hr|human resources)|in front of|with (?:your|the|hr|anyone|someone))\b/.test(c.after)) return false;
        return /^(?:resume|cv|cover letter|candidacy|credentials)$/.test(asset) ? ASKS_FOR_FEEDBACK.test(c.after) : EVALUATION_CUE.test(c.sentence);
      }
      // "positions that would fit my background" asks for positions: a job ask, not a pitch.
      if (/\b(?:roles?|positions?|jobs?|openings?|vacanc\w+|anything|something|opportunit\w+)\b[^.?!]{0,40}?(?:that |which )?(?:would |might |could )?(?:fit|suit|match|use)s? (?:someone with |a person with |people with |somebody with )?$/.test(c.before)) return false;
      // "Happy to share more about my work if helpful" offers; it does not pitch.
      const judged = EVALUATION_CUE.test(c.sentence) || (PITCH_CUE.test(c.sentence) && !/\bif (?:helpful|useful|it helps|you(?:'d| would) like|you're interested|that would help)\b/.test(c.sentence));
      if (ALWAYS_SELF.test(asset)) return true;
      return judged;
    },
    needsFirstPerson: true,
  },
  {
    // "Would I be a good fit?", "Am I qualified…?", "Do I have what it takes?", "How do I compare…?"
    kind: 'fit',
    pattern: rx`\b(would|will|could|${ASKS_OPINION}) i('d| would)? (be )?(a |an )?(good|great|strong|right|ideal|perfect|natural|competitive|viable|solid|decent)? ?(fit|match|candidate|hire|addition)\b(?! (in|into) (a|an|the|some|time|another|it)\b)|\bi('d| would| could) be (a |an |the )?((good|great|strong|perfect|ideal|natural|excellent|valuable|real|huge|big|true|obvious|serious) )?(fit|match|candidate|addition|hire|asset|contender|shoo-in|shoe-in|front-?runner|favourite|favorite|choice)\b|\b(do|would|will|does|did) i (come across|seem|sound|look|appear|read) (like|as)\b|\b(i('d| would| could)|(would|will|could) i) (really |definitely |honestly |probably |actually )?(be|do) ((really|so|very|pretty|any) )?(great|good|brilliant|amazing|excellent|perfect|ideal|well|fantastic|ok|okay) (at|in|for) (your|the|this|that|a|such a) ([\w-]+ )?(job|role|position|work|team|line of work)\b|\bam i (the (kind|sort|type) of (person|people|candidate)|someone who)\b|\bdo i (really |even |still )?have (a|any) ([\w-]+ )?(shot|chance|hope|prayer)\b|\bam i (a |an )?(good |right |strong |qualified |competitive |ready |cut out|the right|on the right track|experienced enough|overqualified|underqualified|too (old|young|late|early|junior|senior|inexperienced|experienced|far along)|employable|hireable|qualified|competitive|ready|fit)\b|\bi('m| am) (the |a |an )?(really |very |such a )?(perfect|ideal|right|best|strongest|natural|great|good|strong|excellent|obvious|brilliant|fantastic) (candidate|fit|person|match|asset|addition|hire)\b|\bdo i have (what it takes|the (right )?(skills|skill set|experience|background|qualifications|profile|credentials|chops)|enough (experience|skills))\b|\bhow (do|would|will|did|might) i (compare|stack up|measure up|look|come across|rank|seem|sound|appear)\b(?! (it|this|that|so|the|a|an)\b)|\bhow did i do\b(?! (it|this|that|so)\b)|\bwhat (impression|vibe|image|sense) (do|did|would|will|might) i (give|make|leave|create|project|convey)\b|\b(would|will) you (hire|employ|take on|pick|choose|shortlist|interview) me\b(?=[^.?!]*\bif you were\b)|\b(should|do|must) i (be )?(worried|concerned|worry|panic|be nervous)\b|\bmakes? me (a |an )?(strong|good|great|competitive|attractive|better|stronger|viable|ideal|perfect|more competitive|stand out|qualified|a fit)\b|\b${ASKS_OPINION} i('m| am| have|'ve got| have got| could (succeed|make it|do well|handle|thrive|compete)| would (succeed|do well|thrive)|'d (succeed|do well|thrive))\b`,
    // "any openings you think I'd be a fit for" asks for openings: a job ask, not a self-evaluation;
    // "let the panel know that I'm a strong candidate" asks them to pass it on: a job ask.
    accept: (c) => !negated(c) && !OPENINGS_BEFORE.test(c.before) && !RELAYED.test(c.before),
    needsFirstPerson: true,
    // The rarest word of each alternative: "i" alone is in almost every message.
  },
  {
    // "Let me tell you about my experience.", "I'd like to walk you through my portfolio."
    kind: 'pitch',
    pattern: rx`\b(tell(ing)?|walk(ing)?|tak(e|ing)|giv(e|ing)|shar(e|ing)( with)?|show(ing)?|run(ning)?|fill(ing)?|brief(ing)?) you (in )?((a bit|a little|a little bit|more|briefly|quickly|a quick|quick|a|an|the|some)\s){0,3}((rundown|run-down|overview|summary|bit|snapshot|run-through|tour|potted history|round-up)\s)?(about|through|of|on|in on)?\s?(myself|me\b|my ([\w-]+ ){0,2}?(background|experience|story|career|accomplishments|achievements|portfolio|resume|cv|work|skills|qualifications|journey|projects?|history|credentials|strengths)|what i('ve| have) (done|accomplished|achieved|been (working on|doing)|built|worked on)|(the|a|an|this|some|all the) ([\w-]+ ){0,2}?(that |which )?i('ve| have)? (built|made|created|founded|launched|designed|wrote|written|developed|shipped|led|ran|run|started|set up|organi[sz]ed|won|delivered))`,
    accept: (c) => !negated(c),
    needsFirstPerson: true,
  },
  {
    // "Here's a quick summary of my background", "a rundown of my background and accomplishments"
    kind: 'pitch',
    pattern: rx`\b(summary|overview|rundown|run-down|snapshot|outline|run-through|potted history|round-up) (of|about|on) (me|myself|my)\b`,
    accept: (c) => !negated(c),
    needsFirstPerson: true,
  },
  // Pitches of experience and character, one rule per shape so that each runs only where its own words are: see PITCHES.
  ...PITCHES.map((pattern): Rule => ({ kind: 'pitch', pattern, accept: acceptPitch, needsFirstPerson: true })),
  {
    // "I pride myself on…", "I've been told I'm a natural communicator", "people say I'm…"
    kind: 'pitch',
    pattern: rx`\bi pride myself\b|\bi('m| am) (often |always )?told (that )?(i('m| am| have|'ve)|my)\b|\bi('ve| have) (often |always |repeatedly )?been (told (that )?(i('m| am| have|'ve)|my)|described as|called|praised for|complimented on)\b|\b(people|colleagues|others|everyone|friends|my ((former|old|previous|current|line) )?(manager|boss|team|colleagues|peers|professors?|teachers?|tutors?|lecturers?|clients|mentors?|references|referees|friends|coworkers|co-workers|supervisors?)) (often |always |usually |would |'d |will |might |could )?((says?|said|tells? (me|you|people)|told (me|you)|vouch(es)?) (that )?(i('m| am| have|'ve| was| were|'d be| would be| could| can)|my)\b|(calls?|called) me (the|a|an|their|his|her|our)\b|(describes?|described|refers? to|referred to|thinks? of|thought of|sees?|saw|knows?|knew) me as\b)|\bi('m| am) (a |an )?(really |very |quite |extremely |pretty )?(natural|born|gifted|talented|skilled|excellent|effective|exceptional|quick|fast|strong|great) (communicator|leader|writer|storyteller|problem[- ]solver|collaborator|learner|study|networker|salesperson|seller|presenter|speaker|organi[sz]er|planner|analyst|negotiator|listener|teacher|coder|programmer|designer|engineer|marketer|researcher|thinker|multitasker|self[- ]starter|team player|people person)\b`,
    accept: (c) => !negated(c),
    needsFirstPerson: true,
  },
  {
    // "My strongest skill is…", "my blend of design and engineering skills is quite rare", "what I bring to the table"
    kind: 'pitch',
    pattern: rx`\bmy (greatest|biggest|strongest|main|key|core|best|top|real|particular|unique) (strengths?|skills?|assets?|qualit(y|ies)|talents?|selling points?|superpowers?|accomplishments?|achievements?)\b|\bmy ([\w'-]+ ){0,2}?(blend|mix|combination|background|experience|skills?|skill ?set|profile|portfolio|track record|resume|cv|perspective|expertise|qualifications|credentials)( (of|in|with)( [\w'-]+){1,5}?)? (is|are|have always been|has always been) (quite |pretty |really |very |fairly |genuinely |truly |so |extremely )?(rare|unique|unusual|valuable|impressive|exceptional|outstanding|excellent|strong|top-notch|second to none|first-class|extensive)\b|\bwhat i (can |could |would |will )?(bring|offer|contribute)\b|\bbring to the table\b|\bwhat i have to offer\b`,
    accept: (c) => !negated(c),
    needsFirstPerson: true,
  },
  {
    // "I've spent the last decade building teams", "I've already completed three internships", "two years of lab experience"
    kind: 'pitch',
    pattern: rx`\bi('ve| have) spent (the (last|past) |over |more than |nearly |almost |close to )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|a|several|many)? ?(years?|decades?|months) (building|leading|managing|developing|running|growing|creating|designing|delivering|selling|honing|mastering|perfecting|scaling|driving|launching|shipping|closing)\b|\bi('ve| have) (already |also |successfully |recently |personally )?(completed|finished|held|run|led|managed|published|shipped|launched|built|delivered|won|raised|closed|trained|mentored|organi[sz]ed|created|designed|developed|taught|coached) (\w+ )?(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|several|multiple|many|numerous|dozens of|hundreds of|(over |more than |nearly |almost |about |around )?(\d+|a hundred|a thousand|a dozen|hundreds|thousands|dozens))\b(?! of (your|the|their|his|her|its)\b)|\b(\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|many) (years?|summers?|months|seasons|semesters?|decades?) of ([\w-]+ ){0,2}?(experience|expertise)\b|\b(a |my )?first[- ]class (degree|honou?rs)\b|\b(graduated|degree) with (distinction|honou?rs)\b|\b(proven|demonstrated|strong|excellent|exceptional|outstanding) (ability|record|capacity|talent|knack|aptitude) (to|for)\b|\bi (bring|offer|have|combine) (a |an )?([\w-]+ ){0,2}?(mix|blend|combination|wealth|range|breadth|depth) of\b|\bthe (top|best|highest[- ]rated|leading) (performer|salesperson|seller|student|graduate|earner|producer|recruit)\b`,
    accept: (c) => !negated(c) && speaksOfSelf(c) && !/\b(?:your|their|his|her|its|with)\s(?:[\w-]+\s)?$/.test(c.before),
    needsFirstPerson: true,
  },
  {
    // "Would someone with my background stand a chance?", "Is it realistic for someone like me to break in?"
    kind: 'fit',
    pattern: rx`\b(someone|somebody|a person|people|anyone) (like me|like myself|with (my|a ([\w-]+ )?like my) ([\w-]+ )?(background|profile|experience|skills?|skill ?set|qualifications|degree|cv|resume|record|history|age|gap))\b`,
    accept: (c) =>
      !negated(c) &&
      /\b(?:chance|shot|fit|succeed|make it|get (?:in|hired|a foot|an interview|a look-in|a callback|a call back|noticed|shortlisted|considered|an offer)|interview|shortlisted|noticed|hired|competitive|stand out|break in(?:to)?|do well|thrive|cut out|taken seriously|considered|struggle|hard time|realistic|hope|odds|prospects|qualify|compete|be hired|land)\b/.test(c.sentence),
    needsFirstPerson: true,
  },
  {
    // "I'm someone who always goes the extra mile", "exactly the kind of person your industry needs",
    // "I've always been a natural with numbers", "a master's with distinction", "I consistently exceed targets"
    kind: 'pitch',
    pattern: rx`\bi('m| am) (someone|somebody|a person|the (kind|sort|type) of (person|worker|employee|colleague|candidate|professional)) (who|that) (always|consistently|reliably|genuinely|truly|thrives?|excels?|loves? a challenge|gets? things done|takes? (initiative|ownership))\b|\bi('m| am) (exactly|precisely) (the (kind|sort|type) of|what)\b|\bi('m| am) just what (you|your|they|employers|companies)\b|\bi('m| am) the (kind|sort|type) of (person|candidate|hire|employee|professional) (that |who )?(you|your|they|employers|companies|teams|firms|the industry|this industry)\b|\b(go|goes|going|went|gone) (the extra mile|above and beyond)\b|\bi (could|can|would|will|'d|'ll) hit the ground running\b|\bi('m| am|('ve| have) (always )?been|was always) (a |an )?(real |born |true )?natural (with|at|in|when it comes to|on)\b|\bwith (high |great )?distinction\b|\bi (have|got|earned|achieved|graduated with|came out with|hold) (a|an) (first|2:1|2\.1|upper second|first[- ]class)\b|\bi (consistently|always|regularly|reliably|routinely) (exceed|exceeded|hit|beat|smash|deliver|outperform|top|surpass)\b|\bsingle[- ]?handedly\b|\bi (have|'ve got) (a|an) (real |natural |rare |proven )?(knack|gift|flair|talent) for\b|\bi('m| am) (well[- ])?known as\b`,
    accept: (c) => !negated(c),
    needsFirstPerson: true,
  },
  {
    // "I'd make an excellent project manager", "I'm probably the most experienced applicant you'll meet",
    // "my last review rated me exceptional", "I work harder than anyone I know", "I have what it takes",
    // "I'm the person my team turns to", "I bring energy to everything I do", "I speak fluent Mandarin"
    kind: 'pitch',
    pattern: rx`\bi('d| would| could| will|'ll)? make (a|an) ((really|very|truly|genuinely|absolutely) )?(excellent|great|good|strong|fantastic|brilliant|perfect|ideal|natural|valuable|terrific|superb|outstanding|amazing|fine|first-rate|top-notch|exceptional)\b|\bi('m| am| was)( \w+ly)? (the|one of the|among the) ((very|single) )?(most [\w-]+|best|strongest|hardest([- ]working)?|toughest|top|highest[- ]\w+|fastest|brightest|sharpest|smartest|keenest|quickest)\b|\b(rated|ranked|scored|graded|assessed|marked|reviewed|judged|voted|named) me (as )?(an? |the )?(exceptional|outstanding|excellent|top|highly|best|strongest|most|high[- ]performer|star|first|number one|\d)|\bi (\w+ )?(work|try|care|push|learn|deliver|perform|prepare|hustle|graft)s? (\w+ )?(harder|more|better|faster|longer|smarter) than (anyone|anybody|most( people)?|everyone|everybody|others|my (peers|colleagues|classmates|cohort|team)|the rest)\b|\bi('m| am) (\w+ )?([a-z]+er|more [a-z]+|better) than (anyone|anybody|most( people)?|everyone|everybody|others|my (peers|colleagues|classmates|cohort)|the rest)\b|\bi( have|'ve got| have got|'ve) what it takes\b|\bmy ([\w-]+ ){0,2}?(experience|record|work|portfolio|cv|resume|results|background|achievements) (really |surely )?speaks? for (itself|themselves)\b|\bi('m| am) (the|their|everyone's|my team's|the team's) (go-to|person|one|guy|girl|man|woman)\b( [\w']+){0,4}? (turns?|relies?|comes?|goes?|calls?|looks?|leans?) (to|on|for)\b|\bgo-to (person|guy|girl|expert|specialist)\b|\bi (bring|add)\b[\w ,'-]{0,40}? to (everything|every (role|job|project|position|team i)|any (team|role|project)|each (role|team|project)|all (my|of my) (work|roles|jobs|projects)|the table|a team|teams|my work|the role|your team)\b(?! meetings?\b)|\bi speak (fluent|excellent|native|near-native|business|good|perfect)\b|\bi speak ([\w-]+,? ){1,3}fluently\b`,
    accept: (c) => !negated(c) && !/\bif\s*$/.test(c.before),
    needsFirstPerson: true,
  },
  {
    // "Will employers care that I studied abroad?", "Is it a problem that I've only worked at one company?"
    kind: 'fit',
    pattern: rx`\b(will|would|do|does|might|could|are) (employers|recruiters|hiring managers|companies|firms|they|people|interviewers|managers|clients|the panel) (really |still |even )?(care|notice|worry|judge|hold it against me|look down on|frown on|penali[sz]e|be put off|see past|overlook|forgive|count it against me|take me seriously)\b|\b(is|would|will|could|might) (it|that) (be )?(\w+ )?(a |an )?(problem|issue|red flag|concern|dealbreaker|disadvantage|negative|minus|black mark|bad sign|bad look|mark against me)\b(?= (that|if|when) (i|my)\b)|\b(does|will|would|could|might) (it|that) (really )?(matter|hurt (me|my chances)|count against me|look bad|put (people|employers|them|recruiters) off)\b(?= (that|if|when) (i|my)\b)|\b(will|would|could|might|does|is) (a|an|my|the|having a|having an|not having a|not having an) ([\w:.-]+ ){1,3}?(going to |likely to )?(hold me back|count against me|hurt (me|my (chances|prospects|application))|put (people|employers|them|recruiters) off( me)?|be a problem for me|stop me)\b`,
    needsAsk: true,
    needsFirstPerson: true,
    accept: (c) => isAsk(c) && speaksOfSelf(c) && !/\bfor (?:you|them|people|someone|candidates)\b/.test(c.after.slice(0, 30)),
  },
  {
    // "I'm very much an ideas person", "Can I show you something I made?", "I'm exceptionally well organised",
    // "I'm really good with people", "I've worked on campaigns for Nike, Adidas and Puma"
    kind: 'pitch',
    pattern: rx`\bi('m| am) (very much |really |definitely |such |a real |very |totally |100% |very much a )?(a |an )?(real |true |natural |big )?(ideas|people|numbers|detail|details|big[- ]picture|creative|hands-on|results|solutions|action|can-do) (person|guy|girl|type|woman|man)\b|\b(show|send|share (with )?)(ing)? you (something|a thing|some things|a few things|an? (project|piece|thing|prototype|demo|design|draft|video|app|game|site)|some (work|projects|pieces|designs|drafts)) (that )?i('ve| have)? (made|built|wrote|written|designed|created|drew|drawn|did|done|shot|produced|coded|developed|put together)\b|\bi('m| am) (exceptionally|extremely|incredibly|super|highly|remarkably|unusually|very|really|genuinely|seriously) (well[- ])?(organi[sz]ed|reliable|hard[- ]working|driven|motivated|detail[- ]oriented|efficient|productive|creative|analytical|resourceful|adaptable|personable|skilled|experienced|capable|talented|knowledgeable|disciplined|dependable|diligent|thorough|quick|versatile|meticulous|articulate|numerate|tech[- ]savvy)\b|\bi('m| am) (really |very |pretty |quite |extremely |super |genuinely )?(good|great|brilliant|excellent|strong|skilled|gifted|amazing|fantastic) (with|at|in) (excel|powerpoint|python|sql|people|numbers|clients|customers|data|details|deadlines|languages|tech|computers|words|problems|pressure|stakeholders|teams|managing|leading|selling|writing|coding|designing|building|solving|communicating|what i do)\b|\bnever (miss|missed|missing) a deadline\b|\bi('ve| have) (worked|consulted|designed|written|built|shot|produced|delivered|created|run|led|managed)\b[^.?!]{0,40}? (for|with|at) [\w&'-]+, [\w&'-]+,? and [\w&'-]+`,
    accept: (c) => !negated(c),
    needsFirstPerson: true,
  },
  {
    // "Would a hiring manager be impressed by my background?", "Is it realistic for me to move into consulting at 40?"
    kind: 'fit',
    pattern: rx`\b(would|will|do|does|might|could) (an? |the )?(employers?|recruiters?|hiring managers?|compan(y|ies)|firms?|interviewers?|managers?|clients|panels?|people in (the|this) (field|industry)) (really |still )?(be (impressed|put off|interested|bothered|concerned|worried|wowed) (by|with|about|in)|value|rate|like|respect|notice|care about|look at|see|view|think (of|about)) (my|me)\b|\bis it (\w+ )?(realistic|unrealistic|too late|sensible|wise|achievable|plausible|crazy|naive|a mistake|a long shot|a stretch|too ambitious|worth (my while|trying)) for (me|someone like me|someone with my [\w-]+|an? ([\w-]+ )?like me) to\b`,
    needsFirstPerson: true,
    accept: (c) => isAsk(c) && !negated(c),
  },
  // Self-descriptions, one rule per shape so that each runs only where its own words are: see PLAIN_PITCHES.
  ...PLAIN_PITCHES.map((pattern): Rule => ({ kind: 'pitch', pattern, accept: acceptPlainPitch, needsFirstPerson: true })),
  {
    // Results with a number: "I cut response times by 40%", "brought in £400k", "ranked first out of 300",
    // "the youngest person ever promoted", "featured in Wired", "I speak four languages".
    kind: 'pitch',
    pattern: rx`\b(i|and|then) ((also|personally|single-handedly|once|then|successfully|recently|currently|now)\s)?(oversee|oversaw|manage|run|handle|lead|head|supervise|look after|(am|'m) (responsible|accountable) for|cut|reduced|slashed|increased|boosted|grew|doubled|tripled|brought in|raised|saved|won|generated|built|launched|led|hit|beat|exceeded|closed|sold|shipped|delivered|automated|secured|landed|signed|trained|mentored|managed|ran|scaled|improved|halved|drove|attracted|gained|published|wrote|created|founded)\b(?! to\b)(?=[^.?!]{0,60}?(\d+(\.\d+)?\s?%|\bper ?cent\b|[£$€]\s?\d|\b\d[\d,.]*\s?(k|m|bn|million|billion|thousand)\b|\bby (half|a third|a quarter|\d+)|\bout of \d+|\b(?!(19|20)\d\d\b)\d[\d,]{2,}\b|\b(hundreds|thousands|millions) of\b|\b(over|more than|nearly|almost|around|about|some) (a dozen|a hundred|a thousand|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\d+)\b))|\bi was (the )?(youngest|top|best|highest[- ]\w+|fastest|quickest)\b(?! (time|day|week|year|to (ask|admit|say)))|\bi (ranked|finished|came|placed|graduated) (first|top|second|third|\d+(st|nd|rd|th))\b|\bmy ([\w-]+ ){0,2}?(work|designs?|writing|articles?|research|photos?|photographs?|art|artwork|code|apps?|paintings?|projects?|films?|books?|podcast|papers?|illustrations?) (has|have|was|were|got) (been )?(featured|published|exhibited|showcased|cited|downloaded|shared|recogni[sz]ed|praised|covered|shortlisted|nominated|screened|broadcast)\b|\bi('ve| have) been (featured|published|quoted|profiled|shortlisted|nominated) (in|by|for)\b|\bi was (featured|published|quoted|profiled|shortlisted|nominated) (in|by|for)\b|\bi (speak|write|read) (two|three|four|five|six|several|\d+) languages\b|\bi hold (a|an|two|three|several|multiple|\d+) ([\w-]+ ){0,3}?(degrees?|phd|doctorate|masters?|master's|mba|patents?|certifications?|licen[cs]es?|qualifications?)\b|\b(share|run through|go through|walk (you )?through|list|mention|highlight) (a few |some |my |the |a couple of )?((key|main|top|career|biggest) )?(highlights|achievements|accomplishments|wins|successes|strengths|credentials|selling points)\b`,
    accept: (c) => !negated(c) && !/\b(?:you|your|they|their)\s*$/.test(c.before) && (!/^(?:and|then) /.test(c.match) || !someoneElseNamed(c.before)),
    needsFirstPerson: true,
  },
  {
    // Credentials that need no "I": "a proven track record", "summa cum laude", "3.9 GPA"
    kind: 'pitch',
    pattern: rx`\b(proven|strong|solid|successful|excellent|impressive|consistent|outstanding|demonstrated) track record\b|\b(summa cum laude|magna cum laude|with honou?rs|dean's list|valedictorian|perfect gpa|\d\.\d+ gpa)\b`,
    accept: (c) => !negated(c),
  },
  {
    // "My English is good enough?", "my cover letter sounds too formal", "my portfolio includes work for big brands",
    // "here's what I've achieved", "I was promoted twice", "I know the business very well", "a great eye for detail"
    kind: 'pitch',
    pattern: rx`\bmy ([\w'-]+ ){0,2}?(${SELF_ASSET}|writing|bio|summary|email|answers?) (is|are|would be|will be|seems?|looks?|sounds?|reads?) (\w+ )?(good|strong|solid|relevant|competitive|impressive|professional|polished)? ?enough\b|\bmy ([\w'-]+ ){0,2}?(${SELF_ASSET}|writing|bio|summary|email|answers?) (is|are|seems?|looks?|sounds?|reads?) (a bit |slightly |way |much )?too (formal|informal|long|short|generic|busy|thin|narrow|broad|junior|senior|weak|plain|wordy)\b|\bmy (portfolio|cv|resume|experience|background|track record|client list|clients|work) (includes?|features?|covers?|spans?|showcases?|boasts?|is full of|is packed with|contains)\b|\bwhat i('ve| have) (achieved|accomplished)\b|\bi was (promoted|awarded|recogni[sz]ed as|ranked|headhunted|fast[- ]tracked|voted)\b|\bi know (the|this) (business|industry|field|market|sector|trade|ropes|space) (very |really |inside out|well|like the back)|\b(a |an )?(great|good|keen|sharp|strong|excellent) eye for\b|\b(show(ing)?|walk(ing)? you through) (you )?([\w-]+ ){0,3}?(of )?my ([\w-]+ )?(designs?|drawings?|writing|code|apps?|photos?|photographs?|pieces?|samples?|sketches|illustrations?|case stud(y|ies)|deck|reel|showreel|work|projects?|portfolio)\b`,
    accept: (c) => !negated(c),
    needsFirstPerson: true,
  },
];

// ---------------------------------------------------------------------------
// Trigger words, read off the patterns.

/*
 * A rule runs only on sentences that have one of its trigger words: words
 * that every match of its pattern contains, found by reading the pattern.
 * The words of an alternation are those of all its branches; a sequence needs
 * the words of any one of its parts, and the rarest part is chosen (not
 * "i", "you", "the"…); an optional part needs nothing. A word counts only
 * where the pattern shows it whole (after a space or \b, before one), or
 * as a word start ("recruit*") where it may run on; letters an item may add
 * to a word ("hir(e|ing)") are read with it. So no match is ever missed for
 * want of a word, and the words are as telling as the pattern allows.
 */

// Words many questions have: in at least 1 in 8, 1 in 20 and 1 in 50
// sentences of the test corpus. They weigh 200, 70 and 30 (about how many
// sentences in a thousand have them); any other word weighs 8 divided by its
// length (longer words are rarer), a word start 20, or 1000 when it has three
// letters or fewer. A set of words weighs the sum of its words'.
const COMMON_WORDS = [
  'you your i the to for a in what do my me how would could team on',
  'is at of be d m company and job about any if s role like there with this work hiring are did get it think does an have',
  'love can people who when field know ve year someone industry most into up look interview first firm next career manager that position cv so roles new out from apply was as tell usually experience open help',
];
const WORD_COST = new Map(COMMON_WORDS.flatMap((band, index) => band.split(' ').map((word): [string, number] => [word, [200, 70, 30][index]])));
const wordCost = (word: string): number => (word.endsWith('*') ? (word.length > 4 ? 20 : 1000) : WORD_COST.get(word) ?? 8 / word.length);
const costOf = (words: readonly string[] | null): number => (words ? words.reduce((sum, word) => sum + wordCost(word), 0) : Infinity);

/**
 * A pattern as a tree, its text reduced to what decides the words in it: a
 * word character as itself; ' ' for what ends a word (a non-word character,
 * \b, ^, $, a lookaround that sees one); SOME_LETTERS for one or more word
 * characters; ANYTHING for one or more characters of any kind. A node knows
 * whether it can match nothing, and whether a match can start (head) or end
 * (tail) inside a word.
 */
interface PatternNode {
  readonly strings?: readonly string[];
  readonly alternatives?: readonly PatternNode[][];
  readonly look?: string;
  readonly repeated?: PatternNode;
  readonly min: number;
  readonly max: number;
  readonly empty: boolean;
  readonly head: boolean;
  readonly tail: boolean;
  /** Trigger words by whether a word ends before and after it (see nodeWords). */
  words?: (readonly string[] | null)[];
}
/** Trigger words (a word start as "stem*"), or null: none is needed. */
type Words = readonly string[] | null;

const SOME_LETTERS = '\u0001';
const ANYTHING = '\u0002';
/** The most strings listed for items read together. */
const MOST_STRINGS = 64;
const ESCAPES: Readonly<Record<string, string>> = { w: SOME_LETTERS, d: SOME_LETTERS, s: ' ', W: ' ', S: ANYTHING, D: ANYTHING, b: ' ', B: '' };
const LITERALS = /[^\\()[\]{}|?*+.^$]+/y;
const QUANTIFIER = /\{(\d+)(,(\d*))?\}\??|[?*+]\??/y;
const CHARACTER_CLASS = /\[((?:\\.|[^\]\\])*)\]/y;
// A group of plain words, the common case: "(team|company|firm)", "(roles?|jobs?)".
const PLAIN_WORDS = /\(\?:([^\\()[\]{}|?*+.^$]+\??(?:\|[^\\()[\]{}|?*+.^$]+\??)*)\)/y;
const inWord = (text: string, at: number): boolean => at >= 0 && at < text.length && text[at] !== ' ';

function leaf(strings: readonly string[]): PatternNode {
  return { strings, min: 1, max: 1, empty: strings.includes(''), head: strings.some((s) => inWord(s, 0)), tail: strings.some((s) => inWord(s, s.length - 1)) };
}

function group(alternatives: PatternNode[][]): PatternNode {
  const edge = (items: PatternNode[], side: 'head' | 'tail'): boolean => {
    for (const item of side === 'head' ? items : [...items].reverse()) if (item[side] || !item.empty) return item[side];
    return false;
  };
  const empty = alternatives.some((items) => items.every((item) => item.empty));
  return { alternatives, min: 1, max: 1, empty, head: alternatives.some((items) => edge(items, 'head')), tail: alternatives.some((items) => edge(items, 'tail')) };
}

// A character class: its word characters when there are at most three, else SOME_LETTERS, ' ' or ANYTHING.
const classes = new Map<string, readonly string[]>();
function classStrings(body: string): readonly string[] {
  let strings = classes.get(body);
  if (!strings) {
    const test = new RegExp(`[${body}]`);
    let letters = '';
    let other = test.test('\u00e9');
    for (let code = 32; code < 127; code++) {
      const char = String.fromCharCode(code);
      if (test.test(char)) {
        if (/\w/.test(char)) letters += char;
        else other = true;
      }
    }
    strings = !letters ? [' '] : other ? [ANYTHING] : letters.length > 3 ? [SOME_LETTERS] : [...letters];
    classes.set(body, strings);
  }
  return strings;
}

// Groups already read, by their first 40 characters: the same piece of pattern
// (an organisation, a hiring noun…) recurs in many patterns and is read once.
const groupsRead = new Map<string, [string, PatternNode][]>();
const plainGroupsRead = new Map<string, PatternNode>();

/** The alternatives of a pattern's source, as trees. */
function parsePattern(source: string): PatternNode[][] {
  let at = 0;
  const alternatives = (): PatternNode[][] => {
    const list: PatternNode[][] = [[]];
    while (at < source.length) {
      const items = list[list.length - 1];
      const char = source[at];
      QUANTIFIER.lastIndex = PLAIN_WORDS.lastIndex = CHARACTER_CLASS.lastIndex = LITERALS.lastIndex = at;
      const quantifier = '?*+{'.includes(char) ? QUANTIFIER.exec(source) : null;
      const plainWords = char === '(' ? PLAIN_WORDS.exec(source) : null;
      const charClass = char === '[' ? CHARACTER_CLASS.exec(source) : null;
      if (char === ')' || char === '|') {
        at++;
        if (char === ')') break;
        list.push([]);
      } else if (quantifier) {
        at = QUANTIFIER.lastIndex;
        const [text, count, comma, most] = quantifier;
        const repeated = items.pop()!;
        const min = text[0] === '+' ? 1 : count ? Number(count) : 0;
        const max = text[0] === '?' ? 1 : count && !comma ? min : most ? Number(most) : Infinity;
        items.push({ repeated, min, max, empty: min === 0 || repeated.empty, head: repeated.head, tail: repeated.tail });
      } else if (plainWords) {
        at = PLAIN_WORDS.lastIndex;
        let node = plainGroupsRead.get(plainWords[1]);
        if (!node) {
          node = leaf(plainWords[1].split('|').flatMap((word) => (word.endsWith('?') ? [word.slice(0, -2), word.slice(0, -1)] : [word])).map((word) => word.replace(/\W/g, ' ')));
          plainGroupsRead.set(plainWords[1], node);
        }
        items.push(node);
      } else if (char === '(') {
        const start = at;
        const look = source[at + 1] === '?' && source[at + 2] !== ':' ? source.slice(at + 1, source[at + 2] === '<' ? at + 4 : at + 3) : '';
        const key = look ? '' : source.slice(at, at + 40);
        const known = groupsRead.get(key)?.find(([text]) => source.startsWith(text, start));
        if (known) {
          items.push(known[1]);
          at += known[0].length;
          continue;
        }
        at += source[at + 1] === '?' ? (look.length || 2) + 1 : 1;
        const inside = alternatives();
        if (look) {
          // A lookaround matches nothing; one that sees a non-word character (or an end) next to it works as a boundary.
          const seen = look.endsWith('!') ? null : alternativesStrings(inside);
          const boundary = !!seen && !seen.includes('') && seen.every((s) => !inWord(s, look.startsWith('?<') ? s.length - 1 : 0));
          items.push({ alternatives: inside, look, strings: [boundary ? ' ' : ''], min: 1, max: 1, empty: !boundary, head: false, tail: false });
        } else {
          const node = group(inside);
          if (at - start > 40) groupsRead.set(key, [...(groupsRead.get(key) ?? []), [source.slice(start, at), node]]);
          items.push(node);
        }
      } else if (char === '\\') {
        const escaped = source[at + 1];
        at += 2;
        items.push(leaf([ESCAPES[escaped] ?? (/\w/.test(escaped) ? ANYTHING : ' ')]));
      } else if (charClass) {
        at = CHARACTER_CLASS.lastIndex;
        items.push(leaf(classStrings(charClass[1])));
      } else if (LITERALS.test(source)) {
        // A quantifier after a run of characters applies to its last one alone.
        let end = LITERALS.lastIndex;
        if (end - at > 1 && '?*+{'.includes(source[end] ?? '-')) end--;
        items.push(leaf([source.slice(at, end).replace(/\W/g, ' ')]));
        at = end;
      } else {
        at++;
        items.push(leaf([char === '.' ? ANYTHING : ' ']));
      }
    }
    return list;
  };
  return alternatives();
}

function product(left: readonly string[] | null, right: readonly string[] | null): readonly string[] | null {
  if (!left || !right || left.length * right.length > MOST_STRINGS) return null;
  const out = new Set<string>();
  for (const a of left) for (const b of right) out.add(a + b);
  return [...out];
}

/** Every string a node can match, as above, or null when there are too many to list. */
function stringsOf(node: PatternNode): readonly string[] | null {
  if (node.strings) return node.strings;
  if (node.alternatives) return alternativesStrings(node.alternatives);
  const body = stringsOf(node.repeated!);
  if (!body) return null;
  if (node.max <= 3) {
    let power: readonly string[] | null = [''];
    const out = new Set<string>(node.min === 0 ? [''] : []);
    for (let count = 1; count <= node.max && power; count++) {
      power = product(power, body);
      if (count >= node.min) power?.forEach((s) => out.add(s));
    }
    if (power && out.size <= MOST_STRINGS) return [...out];
  }
  // Many repetitions: some letters, or anything, with a boundary kept at either end.
  const run = body.some((s) => s.includes(' ') || s.includes(ANYTHING)) ? `${node.head ? '' : ' '}${ANYTHING}${node.tail ? '' : ' '}` : SOME_LETTERS;
  return node.min === 0 ? ['', run] : [run];
}

function alternativesStrings(alternatives: readonly PatternNode[][]): readonly string[] | null {
  const out = new Set<string>();
  for (const items of alternatives) {
    let strings: readonly string[] | null = [''];
    for (const item of items) strings = product(strings, stringsOf(item));
    if (!strings) return null;
    strings.forEach((s) => out.add(s));
    if (out.size > MOST_STRINGS) return null;
  }
  return [...out];
}

/** The words of a string that are surely whole ("job") or surely start a word ("recruit*"). */
function wordsIn(text: string, endBefore: boolean, endAfter: boolean): string[] {
  const words: string[] = [];
  for (let start = 0, end = 0; start < text.length; start = end + 1) {
    end = start;
    while (end < text.length && text[end] !== ' ' && text[end] !== SOME_LETTERS && text[end] !== ANYTHING) end++;
    if (end > start && (start === 0 ? endBefore : text[start - 1] === ' ')) words.push(text.slice(start, end) + ((end === text.length ? endAfter : text[end] === ' ') ? '' : '*'));
  }
  return words;
}

/** One word from each string, the cheapest (a word many of them share is cheaper), or null when a string has none. */
function wordsOfStrings(strings: readonly string[], endBefore: boolean, endAfter: boolean): Words {
  const lists = strings.map((s) => wordsIn(s, endBefore, endAfter));
  if (lists.length === 1) return lists[0].length > 0 ? [lists[0].reduce((best, word) => (wordCost(word) < wordCost(best) ? word : best))] : null;
  const shared = new Map<string, number>();
  for (const list of lists) for (const word of list) shared.set(word, (shared.get(word) ?? 0) + 1);
  const price = (word: string): number => wordCost(word) / shared.get(word)!;
  const chosen = new Set<string>();
  for (const list of lists) {
    if (list.length === 0) return null;
    if (!list.some((word) => chosen.has(word))) chosen.add(list.reduce((best, word) => (price(word) < price(best) ? word : best)));
  }
  return [...chosen];
}

function alternativesWords(alternatives: readonly PatternNode[][], endBefore: boolean, endAfter: boolean): Words {
  const out = new Set<string>();
  for (const items of alternatives) {
    const words = sequenceWords(items, endBefore, endAfter);
    if (!words) return null;
    words.forEach((word) => out.add(word));
  }
  return [...out];
}

/** A sequence: items a word can run across are read together, and the part whose words cost least is chosen. */
function sequenceWords(items: readonly PatternNode[], endBefore: boolean, endAfter: boolean): Words {
  const parts: PatternNode[] = [];
  for (const item of items) {
    const last = parts[parts.length - 1];
    const joined = last?.tail && (item.head || item.empty) ? product(stringsOf(last), stringsOf(item)) : null;
    if (joined) parts[parts.length - 1] = leaf(joined);
    else parts.push(item);
  }
  let best: Words = null;
  parts.forEach((part, index) => {
    // A word ends before this part when the parts before it end with one (or are empty, back to one that does).
    let before = endBefore;
    for (let back = index - 1; back >= 0 && (before = !parts[back].tail) && parts[back].empty; back--) before = endBefore;
    let after = endAfter;
    for (let next = index + 1; next < parts.length && (after = !parts[next].head) && parts[next].empty; next++) after = endAfter;
    const words = nodeWords(part, before, after);
    if (costOf(words) < costOf(best)) best = words;
  });
  return best;
}

/** The trigger words of a node, given whether a word ends just before it and just after it. */
function nodeWords(node: PatternNode, endBefore: boolean, endAfter: boolean): Words {
  const slot = Number(endBefore) * 2 + Number(endAfter);
  node.words ??= [];
  if (node.words[slot] === undefined) {
    if (node.look) node.words[slot] = node.look.endsWith('!') ? null : alternativesWords(node.alternatives!, endBefore && !node.look.startsWith('?<'), false);
    else if (node.alternatives) node.words[slot] = alternativesWords(node.alternatives, endBefore, endAfter);
    else if (node.strings) node.words[slot] = wordsOfStrings(node.strings, endBefore, endAfter);
    else node.words[slot] = node.min === 0 ? null : nodeWords(node.repeated!, endBefore, node.max === 1 && endAfter);
  }
  return node.words[slot];
}

/** Words one of which every match of a pattern contains (see above), or null when it needs none. */
const wordsNeeded = (pattern: RegExp): Words => alternativesWords(parsePattern(pattern.source), false, false);

// ---------------------------------------------------------------------------
// Running rules over a text.

interface Hit {
  start: number;
  end: number;
  kind: string;
  suggestion: string;
}

/** Rules ready to run: specific rules first, then fallbacks. */
interface RuleSet {
  readonly rules: readonly Rule[];
  /** Where this set's rules sit in a sentence's woken flags; -1 for a set without triggers (the user's phrases), which runs everywhere. */
  readonly offset: number;
}

const ordered = (rules: readonly Rule[]): Rule[] => [...rules.filter((rule) => !rule.fallback), ...rules.filter((rule) => rule.fallback)];

const JOB_SET: RuleSet = { rules: ordered(JOB_RULES), offset: 0 };
const SELF_SET: RuleSet = { rules: ordered(SELF_RULES), offset: JOB_SET.rules.length };
/** The flag for time asks, after the rules'. */
const TIME_FLAG = SELF_SET.offset + SELF_SET.rules.length;
// Every duration has a number or one of these words; most sentences have neither.
const TIME_TRIGGERS = ['0*', '1*', '2*', '3*', '4*', '5*', '6*', '7*', '8*', '9*', 'hour', 'hours', 'hr', 'hrs', 'min', 'mins', 'minute', 'minutes', 'day', 'workday', 'afternoon', 'morning', 'evening'];

/**
 * The trigger words of every rule and of time asks, as a trie over
 * characters: one pass over a sentence finds the words it contains and the
 * flags they raise (a rule's index, or TIME_FLAG). Only the raised rules run,
 * so a question without trigger words (most of them) costs that one pass.
 */
interface TriggerTrie {
  /** next[node * WORD_SYMBOLS + symbol]: the child node, 0 for none (the root is never a child). */
  readonly next: Int32Array;
  /** Flags raised by a whole word ending at a node, and by any word starting with it (a stem), as bit sets. */
  readonly word: readonly (readonly number[] | undefined)[];
  readonly stem: readonly (readonly number[] | undefined)[];
}

/** A set of flags: bit (flag & 31) of word (flag >> 5). */
type Flags = number[];
const FLAG_WORDS = (TIME_FLAG >> 5) + 1;
const hasFlag = (flags: Flags, flag: number): boolean => (flags[flag >> 5] & (1 << (flag & 31))) !== 0;

// Word characters as \w sees them: a-z, 0-9, _ (the text is lower case).
const WORD_SYMBOLS = 37;
const SYMBOLS = new Int8Array(128).fill(-1);
for (let code = 97; code <= 122; code++) SYMBOLS[code] = code - 97;
for (let code = 48; code <= 57; code++) SYMBOLS[code] = code - 22;
SYMBOLS[95] = 36;
const symbolOf = (code: number): number => (code < 128 ? SYMBOLS[code] : -1);

// Four rules keep hand-written trigger words, so that what they report stays
// exactly as it was: the words read off their patterns would also wake them
// on sentences that the hand-written ones miss, and they would report "Are
// there any openings…" whole (not "any openings"), "…on a trial basis", "If
// your team is ever short of a data analyst…" and "…look at someone without a
// degree like me". Deleting their `triggers` lets them report those too.
function triggerTrie(): TriggerTrie {
  const entries: [string, number][] = [];
  for (const set of [JOB_SET, SELF_SET]) {
    set.rules.forEach((rule, index) => {
      const words = rule.triggers?.split(' ') ?? wordsNeeded(rule.pattern);
      if (!words) throw new Error(`a built-in rule (${rule.kind}) needs no word in particular: ${rule.pattern.source}`);
      for (const word of words) entries.push([word, set.offset + index]);
    });
  }
  for (const word of TIME_TRIGGERS) entries.push([word, TIME_FLAG]);
  const children: number[][] = [[]];
  const word: number[][] = [];
  const stem: number[][] = [];
  for (const [entry, flag] of entries) {
    const isStem = entry.endsWith('*');
    const key = isStem ? entry.slice(0, -1) : entry;
    let node = 0;
    for (let index = 0; index < key.length; index++) {
      const symbol = symbolOf(key.charCodeAt(index));
      if (symbol < 0) throw new Error(`trigger word "${entry}" has a character that is not a word character`);
      if (!children[node][symbol]) {
        children.push([]);
        children[node][symbol] = children.length - 1;
      }
      node = children[node][symbol];
    }
    const target = isStem ? stem : word;
    target[node] ??= new Array<number>(FLAG_WORDS).fill(0);
    target[node][flag >> 5] |= 1 << (flag & 31);
  }
  const next = new Int32Array(children.length * WORD_SYMBOLS);
  children.forEach((row, node) => row.forEach((child, symbol) => (next[node * WORD_SYMBOLS + symbol] = child)));
  // Dense lists, one entry a node: a sparse array can be slow to read.
  return { next, word: Array.from(children, (_, node) => word[node]), stem: Array.from(children, (_, node) => stem[node]) };
}
// Built on first use: reading the patterns takes a few tens of milliseconds.
let triggers: TriggerTrie | undefined;

function raise(flags: Flags | null, raised: readonly number[]): Flags {
  const out = flags ?? new Array<number>(FLAG_WORDS).fill(0);
  for (let index = 0; index < FLAG_WORDS; index++) out[index] |= raised[index];
  return out;
}

/** The flags raised by the trigger words of a text, or null when it has none. */
function scanTriggers(text: string): Flags | null {
  const { next, word, stem } = (triggers ??= triggerTrie());
  let flags: Flags | null = null;
  const size = text.length;
  let index = 0;
  while (index < size) {
    let symbol = symbolOf(text.charCodeAt(index));
    if (symbol < 0) {
      index++;
      continue;
    }
    // A word: walk the trie while it has a path for it, then skip the rest.
    let node = 0;
    while (symbol >= 0) {
      node = next[node * WORD_SYMBOLS + symbol];
      index++;
      if (node === 0) {
        while (symbolOf(text.charCodeAt(index)) >= 0) index++;
        break;
      }
      const stems = stem[node];
      if (stems) flags = raise(flags, stems);
      symbol = symbolOf(text.charCodeAt(index));
    }
    const words = node > 0 ? word[node] : undefined;
    if (words) flags = raise(flags, words);
  }
  return flags;
}

/** A sentence of a text, with what has been worked out about it. */
interface Sentence extends SentenceFacts {
  /** Where it starts in the normalised text. */
  readonly start: number;
  readonly text: string;
  /** The flags its trigger words raise (null: none), once scanned. */
  woken?: Flags | null;
}

interface Analysis {
  readonly doc: NormalisedText;
  readonly sentences: readonly Sentence[];
}

// The rules call the three detectors on the same few texts one after another
// (every question, then every question again…), so the analyses of the last
// few texts (up to MAX_CHECKED_LENGTH long) are kept and shared.
const analyses = new Map<string, Analysis>();
const ANALYSES_KEPT = 16;

/**
 * How much of a text the detectors read. A question or an outreach message is
 * a few hundred characters; a pasted document is cut here, so that the work
 * stays bounded however long the text.
 */
const MAX_CHECKED_LENGTH = 20_000;

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
  const cached = analyses.get(text);
  if (cached) return cached;
  const doc = normalise(checkedPart(text));
  const analysis = { doc, sentences: sentencesOf(doc.text) };
  if (text.length <= MAX_CHECKED_LENGTH) {
    if (analyses.size >= ANALYSES_KEPT) analyses.delete(analyses.keys().next().value as string);
    analyses.set(text, analysis);
  }
  return analysis;
}

/** The flags a sentence's trigger words raise, or null when it has none. */
function woken(sentence: Sentence): Flags | null {
  if (sentence.woken === undefined) sentence.woken = scanTriggers(sentence.text);
  return sentence.woken;
}

const TRAILING_SPACE = /\s+$/;
// Inside quotation marks after "asked", "said"…: someone else's words, not the asker's
// ('My friend asked me "are you hiring?" — how do you answer that?').
const REPORTED_QUOTE = re`\b(asked|asks|ask me|said|says|told|tells|wrote|writes|heard|hears|joked|jokes|put it|goes)\b[^"]*"[^"]*$`;

/** The first raised rule of a set at or after `from` (relative to the set), or `count` when there is none. */
function nextFlag(flags: Flags, offset: number, count: number, from: number): number {
  for (let flag = offset + from, end = offset + count; flag < end; ) {
    const bits = flags[flag >> 5] >>> (flag & 31);
    if (bits === 0) {
      flag = ((flag >> 5) + 1) << 5;
      continue;
    }
    flag += 31 - Math.clz32(bits & -bits);
    return flag < end ? flag - offset : count;
  }
  return count;
}

function runRules({ sentences }: Analysis, set: RuleSet): Hit[] {
  const hits: Hit[] = [];
  const { rules, offset } = set;
  for (const sentence of sentences) {
    const flags = offset < 0 ? null : woken(sentence);
    if (offset >= 0 && !flags) continue;
    const text = sentence.text;
    const specificBefore = hits.length;
    for (let index = flags ? nextFlag(flags, offset, rules.length, 0) : 0; index < rules.length; index = flags ? nextFlag(flags, offset, rules.length, index + 1) : index + 1) {
      const rule = rules[index];
      if (rule.fallback && hits.length > specificBefore) break;
      if ((rule.needsAsk && !sentenceAsks(sentence, text)) || (rule.needsFirstPerson && !sentenceSpeaksOfSelf(sentence, text))) continue;
      rule.pattern.lastIndex = 0;
      for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
        if (match[0].length === 0) {
          rule.pattern.lastIndex++;
          continue;
        }
        const matchText = match[0].replace(TRAILING_SPACE, '');
        const at = match.index;
        sentence.breaks ??= clauseBreaksOf(text);
        const context: Context = {
          sentence: text,
          facts: sentence,
          match: matchText,
          before: text.slice(0, at),
          after: text.slice(at + matchText.length),
          clause: text.slice(clauseStartIn(sentence.breaks, at), at),
        };
        if (REPORTED_QUOTE.test(context.before)) continue;
        if (!rule.accept || rule.accept(context)) {
          hits.push({ start: sentence.start + at, end: sentence.start + at + matchText.length, kind: rule.kind, suggestion: rule.suggestion ?? SUGGESTIONS[rule.kind] });
        }
      }
    }
  }
  return hits;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
    matches.push({ start, end, phrase: doc.original.slice(start, end), kind: hit.kind, suggestion: hit.suggestion });
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
 */
export function findJobAsks(text: string, options: PhraseOptions = {}): PhraseMatch[] {
  const analysis = analyse(text);
  const hits = runRules(analysis, JOB_SET);
  const custom = customSet(options.jobAskPhrases);
  if (custom) hits.push(...runRules(analysis, custom));
  return finish(analysis.doc, hits, options.allowPhrases);
}

// The rule set for the user's own phrases, rebuilt only when the list changes.
let lastCustom: { phrases: readonly string[]; key: string; set: RuleSet | undefined } | undefined;
const acceptCustom = (c: Context): boolean => !negated(c);

function customSet(phrases: readonly string[] | undefined): RuleSet | undefined {
  if (!phrases || phrases.length === 0) return undefined;
  if (lastCustom && (lastCustom.phrases === phrases || lastCustom.key === phrases.join('\n'))) return lastCustom.set;
  const patterns = phrases.map((phrase) => phrasePattern(phrase)).filter((pattern): pattern is RegExp => pattern !== undefined);
  const set = patterns.length > 0 ? { rules: patterns.map((pattern) => ({ kind: 'custom', pattern, accept: acceptCustom })), offset: -1 } : undefined;
  lastCustom = { phrases, key: phrases.join('\n'), set };
  return set;
}

/**
 * Finds the phrases that make a question or an outreach message about
 * yourself: asking them to judge your résumé, background or fit, or pitching
 * your experience and credentials. A one-line introduction ("I'm a junior
 * studying economics") and handing over a résumé (a job ask, reported by
 * findJobAsks) are left alone. Reads the first 20,000 characters of a text.
 */
export function findSelfFocus(text: string, options: PhraseOptions = {}): PhraseMatch[] {
  const analysis = analyse(text);
  return finish(analysis.doc, runRules(analysis, SELF_SET), options.allowPhrases);
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
    const flags = woken(span);
    if (!flags || !hasFlag(flags, TIME_FLAG)) continue;
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
