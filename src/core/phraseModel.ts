/**
 * The learned part of the phrase detectors: a logistic regression over
 * hashed words, word pairs and character n-grams, with one head for job asks
 * and one for self-pitches. `npm run train:phrases` (scripts/train-phrases.ts)
 * trains it on data/phrases and writes phraseModel.json: the weights packed
 * at `depth` bits in base64, a scale and a bias per head, and the decision
 * thresholds for each sensitivity. The hosts install it (`installPhraseModel`):
 * the extensions read it from the extension's folder at activation, beside the
 * bundle rather than in it; the CLI and the tests through shippedData.ts.
 *
 * The same `featuresOf` serves training and detection, so the two cannot
 * drift. It reads text already normalised by the phrase detectors (lower
 * case, straight quotes, accents folded, chat spellings replaced).
 *
 * Pure TypeScript: no `vscode`, no Node APIs, no network.
 */

export type PhraseHead = 'job' | 'self';
export type PhraseSensitivity = 'low' | 'medium' | 'high';
export const PHRASE_SENSITIVITIES: readonly PhraseSensitivity[] = ['low', 'medium', 'high'];

export interface HeadArtefact {
  bias: number;
  scale: number;
  /** A signed number of `depth` bits per bucket, packed low bits first (at 4 bits, two to a byte, the first in the low half), base64. */
  weights: string;
  /** Decision thresholds on the logit, per sensitivity. */
  thresholds: Record<PhraseSensitivity, number>;
}

export interface ModelArtefact {
  version: number;
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Bits per weight, 2 to 8. */
  depth: number;
  /** The lengths of the character n-grams, [shortest, longest]; [0, 0] for none. */
  grams: [number, number];
  heads: Record<PhraseHead, HeadArtefact>;
}

/**
 * The hashed features of a normalised sentence, and for each the word it
 * belongs to (a pair of words belongs to its second word), so that a score
 * can be explained by words. Features: each word, each pair of words (with
 * the sentence's start and end), and the character n-grams of each word
 * padded with spaces (of the lengths the model names). A word is a run of
 * letters and digits, with apostrophes inside ("don't"); a question mark
 * counts as a word.
 */
export interface Features {
  readonly ids: number[];
  /** Where each word starts and ends in the text: [start0, end0, start1, end1, …]. */
  readonly words: number[];
  /** Where each word's features start in `ids` (they follow one another; the pair with the sentence's end closes the last word's). */
  readonly firsts: number[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** One step of FNV-1a. */
const step = (value: number, code: number): number => Math.imul(value ^ code, FNV_PRIME);
/** murmur3's finaliser: every bit of the hash reaches the low bits the buckets keep. */
function finish(value: number): number {
  let mixed = value ^ (value >>> 16);
  mixed = Math.imul(mixed, 0x85ebca6b);
  mixed ^= mixed >>> 13;
  mixed = Math.imul(mixed, 0xc2b2ae35);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}
const SENTENCE_START = finish(step(FNV_OFFSET, 0x3c));
const SENTENCE_END = finish(step(FNV_OFFSET, 0x3e));
// Seeds that keep the kinds of feature apart.
const WORD_SEED = 1;
const PAIR_SEED = 2;
const GRAM_SEED = 3;
const SPACE = 32;

const isWordCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
const isLetterCode = (code: number): boolean => code >= 97 && code <= 122;

// The codes of the word being read, padded with spaces (reused: features are read one word at a time).
const padded: number[] = [];

export function featuresOf(text: string, bits: number, [shortest, longest]: readonly [number, number]): Features {
  const mask = (1 << bits) - 1;
  const ids: number[] = [];
  const words: number[] = [];
  const firsts: number[] = [];
  let previous = SENTENCE_START;
  let word = 0;
  for (let index = 0; index < text.length; ) {
    const first = text.charCodeAt(index);
    if (first !== 63 && !isWordCode(first)) {
      index++;
      continue;
    }
    // The word's end: letters and digits, with an apostrophe inside when letters follow it.
    let end = index + 1;
    if (first !== 63) {
      for (;;) {
        const code = text.charCodeAt(end);
        if (isWordCode(code) || (code === 39 && isLetterCode(text.charCodeAt(end + 1)))) end++;
        else break;
      }
    }
    padded.length = 0;
    padded.push(SPACE);
    let plain = FNV_OFFSET;
    for (let at = index; at < end; at++) {
      const code = text.charCodeAt(at);
      plain = step(plain, code);
      padded.push(code);
    }
    padded.push(SPACE);
    const hash = finish(plain);
    firsts.push(ids.length);
    ids.push(finish(step(plain ^ WORD_SEED, SPACE)) & mask, finish(step(step(FNV_OFFSET ^ PAIR_SEED, previous), hash)) & mask);
    for (let gram = Math.max(1, shortest); gram <= longest; gram++) {
      for (let at = 0; at + gram <= padded.length; at++) {
        let value = FNV_OFFSET ^ GRAM_SEED;
        for (let offset = at; offset < at + gram; offset++) value = step(value, padded[offset]);
        ids.push(finish(value) & mask);
      }
    }
    words.push(index, end);
    previous = hash;
    word++;
    index = end;
  }
  if (word > 0) ids.push(finish(step(step(FNV_OFFSET ^ PAIR_SEED, previous), SENTENCE_END)) & mask);
  return { ids, words, firsts };
}

/** The features of the words of a sentence that lie in [start, end) (a clause), from the sentence's own. */
export function featuresWithin(features: Features, start: number, end: number): Features {
  const { words, firsts } = features;
  const count = firsts.length;
  let first = 0;
  while (first < count && words[2 * first] < start) first++;
  let last = first;
  while (last < count && words[2 * last + 1] <= end) last++;
  const from = first < count ? firsts[first] : features.ids.length;
  const to = last < count ? firsts[last] : features.ids.length;
  return { ids: features.ids.slice(from, to), words: words.slice(2 * first, 2 * last), firsts: firsts.slice(first, last).map((at) => at - from) };
}

/**
 * A head ready to score: its weights decoded once, kept as their stored levels (a byte each, so the
 * two heads of 2^15 buckets take 64 KB of cache rather than 256 KB) with the scale that makes them
 * weights.
 */
export interface Head {
  readonly bias: number;
  readonly levels: Int8Array;
  readonly scale: number;
  readonly thresholds: Record<PhraseSensitivity, number>;
}

export interface PhraseModel {
  readonly bits: number;
  readonly grams: readonly [number, number];
  readonly heads: Record<PhraseHead, Head>;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes base64 (no Node Buffer, no atob: the same in every host). */
export function decodeBase64(text: string): Uint8Array {
  const values = new Int8Array(128).fill(-1);
  for (let index = 0; index < BASE64.length; index++) values[BASE64.charCodeAt(index)] = index;
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bitsHeld = 0;
  let buffer = 0;
  let out = 0;
  for (let index = 0; index < clean.length; index++) {
    const value = values[clean.charCodeAt(index)];
    if (value < 0) throw new Error(`phrase model: invalid base64 at ${index}`);
    buffer = (buffer << 6) | value;
    bitsHeld += 6;
    if (bitsHeld >= 8) {
      bitsHeld -= 8;
      bytes[out++] = (buffer >> bitsHeld) & 0xff;
    }
  }
  return bytes;
}

/** Encodes bytes as base64 (for the training script). */
export function encodeBase64(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk = (bytes[index] << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const count = Math.min(3, bytes.length - index);
    for (let char = 0; char < 4; char++) text += char <= count ? BASE64[(chunk >> (18 - 6 * char)) & 63] : '=';
  }
  return text;
}

/** The signed `depth`-bit numbers (2 to 8 bits) packed in bytes, low bits first, as the training script packs them. */
export function unpack(bytes: Uint8Array, depth: number, size: number): Int8Array {
  const values = new Int8Array(size);
  const shift = 32 - depth;
  for (let index = 0, bit = 0; index < size; index++, bit += depth) {
    // A value spans at most two bytes.
    const pair = bytes[bit >> 3] | ((bytes[(bit >> 3) + 1] ?? 0) << 8);
    values[index] = ((pair >> (bit & 7)) << shift) >> shift;
  }
  return values;
}

/** Packs signed `depth`-bit numbers into bytes, low bits first (for the training script). */
export function pack(values: Int8Array, depth: number): Uint8Array {
  const bytes = new Uint8Array(Math.ceil((values.length * depth) / 8));
  const mask = (1 << depth) - 1;
  values.forEach((value, index) => {
    const bit = index * depth;
    const bits = (value & mask) << (bit & 7);
    bytes[bit >> 3] |= bits & 0xff;
    if (bits > 0xff) bytes[(bit >> 3) + 1] |= bits >> 8;
  });
  return bytes;
}

function headOf(data: HeadArtefact, bits: number, depth: number): Head {
  const size = 1 << bits;
  const bytes = decodeBase64(data.weights);
  if (bytes.length !== Math.ceil((size * depth) / 8)) throw new Error(`phrase model: ${bytes.length} bytes of weights, expected ${Math.ceil((size * depth) / 8)}`);
  return { bias: data.bias, levels: unpack(bytes, depth, size), scale: data.scale, thresholds: data.thresholds };
}

/** A model from its artefact. */
export function modelOf(data: ModelArtefact): PhraseModel {
  return { bits: data.bits, grams: data.grams, heads: { job: headOf(data.heads.job, data.bits, data.depth), self: headOf(data.heads.self, data.bits, data.depth) } };
}

/** A model that reports nothing: what the detectors use until the shipped one is installed. */
const SILENT: PhraseModel = (() => {
  const head: Head = { bias: 0, levels: new Int8Array(2), scale: 0, thresholds: { low: Infinity, medium: Infinity, high: Infinity } };
  return { bits: 1, grams: [0, 0], heads: { job: head, self: head } };
})();

let shipped: PhraseModel | undefined;

/** Installs the shipped model from its artefact (phraseModel.json, as the host reads it). */
export function installPhraseModel(data: ModelArtefact): void {
  shipped = modelOf(data);
}

/** The shipped model; until it is installed, one that reports nothing. */
export function phraseModel(): PhraseModel {
  return shipped ?? SILENT;
}

/** Whether the shipped model is installed. */
export const hasPhraseModel = (): boolean => shipped !== undefined;

/**
 * Each feature's value: features count once each, scaled so that a sentence's
 * vector has unit length whatever its length (a long sentence is not more
 * of an ask for having more words).
 */
export const featureValue = (count: number): number => (count > 0 ? 1 / Math.sqrt(count) : 0);

/** The logit of a head for a sentence's features. */
export function scoreOf(head: Head, features: Features): number {
  let sum = 0;
  for (const id of features.ids) sum += head.levels[id];
  return head.bias + sum * head.scale * featureValue(features.ids.length);
}

/** Each word's share of a head's score (a bigram counts for its second word). */
export function wordWeights(head: Head, features: Features): number[] {
  const { ids, firsts } = features;
  const value = head.scale * featureValue(ids.length);
  return firsts.map((from, word) => {
    let sum = 0;
    for (let at = from; at < (word + 1 < firsts.length ? firsts[word + 1] : ids.length); at++) sum += head.levels[ids[at]];
    return sum * value;
  });
}
