/**
 * `npm run train:phrases`: trains the phrase model (src/core/phraseModel.ts)
 * on the real lines of the train and dev splits and the synthetic lines,
 * picks the decision thresholds on out-of-fold scores of those real lines
 * (folds of sites), and writes src/core/phraseModel.json. `--compare` chooses
 * among candidate models as before: trained on train, scored on dev.
 * Deterministic: a fixed seed, a fixed order, no network. The test split is
 * never read here.
 *
 *   npm run train:phrases               write the artefact
 *   npm run train:phrases -- --compare  score the candidate models on dev
 *   npm run train:phrases -- --check    exit 1 when the artefact differs from a fresh training
 *   npm run train:phrases -- --confusions   also print out-of-fold misses and false alarms
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { HeadArtefact, ModelArtefact, PhraseHead, PhraseSensitivity } from '../src/core/phraseModel';
import { encodeBase64, featuresOf, featureValue, modelOf, pack } from '../src/core/phraseModel';
import { modelScore, normalisedSentences, withModel } from '../src/core/phrases';

export const ROOT = path.resolve(__dirname, '..');
export const ARTEFACT = path.join(ROOT, 'src', 'core', 'phraseModel.json');

export type RealLabel = 'job-ask' | 'self-pitch' | 'job-ask+self-pitch' | 'informational' | 'borderline';
export type Split = 'train' | 'dev' | 'test';

export interface RealLine {
  label: RealLabel;
  url: string;
  site: string;
  text: string;
}

export interface Example {
  text: string;
  job: boolean;
  self: boolean;
  /** How much the example counts in training. */
  weight: number;
}

const LABELS: readonly RealLabel[] = ['job-ask', 'self-pitch', 'job-ask+self-pitch', 'informational', 'borderline'];

/** The site of an address: its host without `www.`. */
export function siteOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
}

/** Every line of data/phrases/real.tsv. */
export function readReal(root = ROOT): RealLine[] {
  const lines = readFileSync(path.join(root, 'data', 'phrases', 'real.tsv'), 'utf8').split('\n');
  const out: RealLine[] = [];
  lines.forEach((line, index) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [label, url, text, ...rest] = line.split('\t');
    if (rest.length > 0 || !text || !LABELS.includes(label as RealLabel)) throw new Error(`real.tsv:${index + 1}: expected "label<TAB>url<TAB>text" with a known label`);
    out.push({ label: label as RealLabel, url, site: siteOf(url), text });
  });
  return out;
}

/** Which split each site belongs to (data/phrases/split.json). */
export function readSplit(root = ROOT): Map<string, Split> {
  const data = JSON.parse(readFileSync(path.join(root, 'data', 'phrases', 'split.json'), 'utf8')) as Record<Split, string[]>;
  const split = new Map<string, Split>();
  for (const name of ['train', 'dev', 'test'] as const) for (const site of data[name]) split.set(site, name);
  return split;
}

/** The real lines of one split (borderline lines are left out: they are never scored or trained on). */
export function realSplit(name: Exclude<Split, 'test'> | 'test', root = ROOT): RealLine[] {
  const split = readSplit(root);
  return readReal(root).filter((line) => {
    const where = split.get(line.site);
    if (!where) throw new Error(`split.json does not place the site ${line.site}`);
    return where === name && line.label !== 'borderline';
  });
}

export const isJob = (label: string): boolean => label.startsWith('job-ask');
export const isSelf = (label: string): boolean => label.endsWith('self-pitch');

export interface SyntheticLine {
  file: string;
  job: boolean;
  self: boolean;
  text: string;
}

/** The synthetic lines (test/fixtures/phrases/*.txt, `LABELS | text`). */
export function readSynthetic(root = ROOT): SyntheticLine[] {
  const folder = path.join(root, 'test', 'fixtures', 'phrases');
  const out: SyntheticLine[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()) {
    for (const line of readFileSync(path.join(folder, file), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const bar = line.indexOf(' | ');
      if (bar < 0) continue;
      const labels = line.slice(0, bar).trim().split('+');
      out.push({ file, job: labels.includes('job'), self: labels.includes('self'), text: line.slice(bar + 3) });
    }
  }
  return out;
}

/** Training examples of real lines, which count `realWeight` times a synthetic one since they are what users write, and of every synthetic line. */
export function examplesOf(real: readonly RealLine[], realWeight: number, root = ROOT): Example[] {
  const lines = real.map((line) => ({ text: line.text, job: isJob(line.label), self: isSelf(line.label), weight: realWeight }));
  const synthetic = readSynthetic(root).map((line) => ({ text: line.text, job: line.job, self: line.self, weight: 1 }));
  return [...lines, ...synthetic];
}

/** The lines the shipped model learns from: the real lines of the train and dev sites, and the synthetic ones. */
export function trainingExamples(realWeight: number, root = ROOT): Example[] {
  return examplesOf([...realSplit('train', root), ...realSplit('dev', root)], realWeight, root);
}

/** A small, seeded generator (mulberry32): the same order on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  bits: number;
  /** The lengths of the character n-grams, [shortest, longest]; [0, 0] for none. */
  grams: [number, number];
  /** Bits per stored weight (8 or 4). */
  depth: number;
  /** The quantile of weight sizes that maps to the largest stored level (1: the largest weight). */
  clip: number;
  /** How much a real training line counts against a synthetic one. */
  realWeight: number;
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
  /** The learner: logistic regression, or naive Bayes (each bucket's log-count ratio, for comparison). */
  method: 'logistic' | 'bayes';
}

export const DEFAULTS: TrainOptions = { bits: 15, grams: [3, 3], depth: 4, clip: 0.99, realWeight: 2, epochs: 30, rate: 0.3, l2: 1e-4, seed: 20261207, method: 'logistic' };

/** The text a model reads for an example: its normalised sentences, joined. */
export const modelText = (text: string): string => normalisedSentences(text).join(' ');

/** Logistic regression by AdaGrad over the examples in a seeded order. */
export function trainHead(examples: readonly Example[], features: readonly number[][], label: (example: Example) => boolean, options: TrainOptions): { bias: number; weights: Float64Array } {
  const size = 1 << options.bits;
  if (options.method === 'bayes') return bayesHead(examples, features, label, size);
  const weights = new Float64Array(size);
  const squares = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const next = random(options.seed);
  const order = examples.map((_, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1));
      [order[index], order[other]] = [order[other], order[index]];
    }
    for (const at of order) {
      const example = examples[at];
      const ids = features[at];
      const value = featureValue(ids.length);
      let sum = 0;
      for (const id of ids) sum += weights[id];
      const probability = 1 / (1 + Math.exp(-(bias + sum * value)));
      const gradient = (probability - (label(example) ? 1 : 0)) * example.weight;
      for (const id of ids) {
        const step = gradient * value + options.l2 * weights[id];
        squares[id] += step * step;
        weights[id] -= (options.rate * step) / Math.sqrt(squares[id]);
      }
      biasSquares += gradient * gradient;
      bias -= (options.rate * gradient) / Math.sqrt(biasSquares);
    }
  }
  return { bias, weights };
}

/** Naive Bayes: each bucket's smoothed log-count ratio between the examples that are asks and those that are not. */
function bayesHead(examples: readonly Example[], features: readonly number[][], label: (example: Example) => boolean, size: number): { bias: number; weights: Float64Array } {
  const positive = new Float64Array(size).fill(1);
  const negative = new Float64Array(size).fill(1);
  let positives = 0;
  let negatives = 0;
  examples.forEach((example, at) => {
    const counts = label(example) ? positive : negative;
    if (label(example)) positives += example.weight;
    else negatives += example.weight;
    for (const id of features[at]) counts[id] += example.weight;
  });
  const positiveTotal = positive.reduce((sum, value) => sum + value, 0);
  const negativeTotal = negative.reduce((sum, value) => sum + value, 0);
  const weights = new Float64Array(size);
  for (let id = 0; id < size; id++) weights[id] = Math.log(positive[id] / positiveTotal / (negative[id] / negativeTotal));
  return { bias: Math.log(positives / negatives), weights };
}

/**
 * Weights of `depth` bits: the scale maps the weight at the `clip` quantile of sizes to the largest
 * level, and the few larger ones are held at it. At 4 bits, mapping the very largest weight there
 * leaves most weights at 0 or ±1; clipping the top 1 % keeps their differences, which found more on
 * dev (see `--compare`).
 */
function quantise(weights: Float64Array, depth: number, clip: number): { scale: number; bytes: Uint8Array } {
  const top = (1 << (depth - 1)) - 1;
  const sizes = Array.from(weights, Math.abs).sort((a, b) => a - b);
  const largest = sizes[Math.floor(clip * (sizes.length - 1))] ?? 0;
  const scale = Number((largest / top || 1).toPrecision(6));
  const values = new Int8Array(weights.length);
  weights.forEach((weight, index) => {
    values[index] = Math.max(-top, Math.min(top, Math.round(weight / scale)));
  });
  return { scale, bytes: pack(values, depth) };
}

export interface Scored {
  score: number;
  positive: boolean;
  /** The line scored, where it helps to show confusions. */
  line?: RealLine;
}

export interface Counts {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

export function countsAt(scored: readonly Scored[], threshold: number): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const item of scored) {
    const fires = item.score >= threshold;
    if (fires && item.positive) tp++;
    else if (fires) fp++;
    else if (item.positive) fn++;
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), tp, fp, fn };
}

/**
 * The precision each head keeps on dev at the default sensitivity: `no-job-ask` is a warning and
 * must be right when it speaks; `about-them` is information. The model's recall at these is about
 * twice the pattern detectors' it replaced; `high` trades precision for more.
 */
export const AIM: Record<PhraseHead, number> = { job: 0.85, self: 0.8 };
/** How far the other sensitivities move the threshold, in logits. */
const SENSITIVITY_STEP = 1;
/** Below this many lines fired, a precision says too little to stop on. */
const FEWEST_FIRED = 20;

/**
 * The default threshold: going down from the highest score, the lowest threshold down to which
 * precision on dev stays at or above the aim (once enough lines fire to tell), set midway to the
 * next score down so that it does not sit on a line's score.
 */
export function chooseThreshold(scored: readonly Scored[], aim: number): number {
  const candidates = [...new Set(scored.map((item) => item.score))].sort((a, b) => b - a);
  let chosen = candidates[0] ?? 0;
  let index = 0;
  for (; index < candidates.length; index++) {
    const counts = countsAt(scored, candidates[index]);
    if (counts.tp + counts.fp >= FEWEST_FIRED && counts.precision < aim) break;
    chosen = candidates[index];
  }
  const next = index < candidates.length ? candidates[index] : chosen - 1;
  return Number(((chosen + next) / 2).toFixed(4));
}

/** A line's score for a head: its highest-scoring sentence, as the detectors read it. */
export function lineScore(model: ReturnType<typeof modelOf>, head: PhraseHead, text: string): number {
  return withModel(model, () => modelScore(text, head));
}

/** One head trained on `examples` and quantised as it ships, with no thresholds yet. */
function fitHead(examples: readonly Example[], features: readonly number[][], head: PhraseHead, options: TrainOptions): HeadArtefact {
  const { bias, weights } = trainHead(examples, features, (example) => example[head], options);
  const { scale, bytes } = quantise(weights, options.depth, options.clip);
  return { bias: Number(bias.toFixed(4)), scale, weights: encodeBase64(bytes), thresholds: { low: 0, medium: 0, high: 0 } };
}

/** Scores `lines` with one head (the model's both heads are it, so either name scores it). */
function scoreLines(draft: HeadArtefact, head: PhraseHead, lines: readonly RealLine[], options: TrainOptions): Scored[] {
  const model = modelOf({ version: 1, bits: options.bits, depth: options.depth, grams: options.grams, heads: { job: draft, self: draft } });
  return lines.map((line) => ({ score: lineScore(model, head, line.text), positive: head === 'job' ? isJob(line.label) : isSelf(line.label), line }));
}

/** The thresholds of each sensitivity around the default one. */
const thresholdsAround = (medium: number): Record<PhraseSensitivity, number> => ({ low: medium + SENSITIVITY_STEP, medium, high: medium - SENSITIVITY_STEP });

/** How many folds of sites the thresholds are chosen on. */
const FOLDS = 5;

/** The sites of `lines` dealt into `FOLDS` folds in a seeded order. */
function foldsOf(lines: readonly RealLine[], seed: number): Map<string, number> {
  const next = random(seed);
  const sites = [...new Set(lines.map((line) => line.site))].sort();
  for (let index = sites.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [sites[index], sites[other]] = [sites[other], sites[index]];
  }
  return new Map(sites.map((site, index) => [site, index % FOLDS]));
}

/**
 * Each train and dev line's score by a model that did not learn from its site: for each fold of
 * sites, a model trained on the other folds (and the synthetic lines) scores the fold's lines.
 */
export function outOfFoldScores(options: TrainOptions = DEFAULTS, root = ROOT): Record<PhraseHead, Scored[]> {
  const real = [...realSplit('train', root), ...realSplit('dev', root)];
  const fold = foldsOf(real, options.seed);
  const scored: Record<PhraseHead, Scored[]> = { job: [], self: [] };
  for (let held = 0; held < FOLDS; held++) {
    const examples = examplesOf(
      real.filter((line) => fold.get(line.site) !== held),
      options.realWeight,
      root,
    );
    const features = examples.map((example) => featuresOf(modelText(example.text), options.bits, options.grams).ids);
    const heldOut = real.filter((line) => fold.get(line.site) === held);
    for (const head of ['job', 'self'] as const) scored[head].push(...scoreLines(fitHead(examples, features, head, options), head, heldOut, options));
  }
  return scored;
}

/**
 * The shipped model: trained on the real lines of the train and dev sites and the synthetic lines,
 * with each head's default threshold chosen on the out-of-fold scores of those real lines (a
 * model never scores lines of a site it learnt from). The test lines are never read.
 */
export function trainModel(options: TrainOptions = DEFAULTS, root = ROOT): ModelArtefact {
  const examples = trainingExamples(options.realWeight, root);
  const features = examples.map((example) => featuresOf(modelText(example.text), options.bits, options.grams).ids);
  const outOfFold = outOfFoldScores(options, root);
  const heads = {} as Record<PhraseHead, HeadArtefact>;
  for (const head of ['job', 'self'] as const) heads[head] = { ...fitHead(examples, features, head, options), thresholds: thresholdsAround(chooseThreshold(outOfFold[head], AIM[head])) };
  return { version: 1, bits: options.bits, depth: options.depth, grams: options.grams, heads };
}

/** A candidate for `--compare`: trained on the train sites alone, its thresholds chosen on dev. */
export function trainCandidate(options: TrainOptions, root = ROOT): ModelArtefact {
  const examples = examplesOf(realSplit('train', root), options.realWeight, root);
  const features = examples.map((example) => featuresOf(modelText(example.text), options.bits, options.grams).ids);
  const dev = realSplit('dev', root);
  const heads = {} as Record<PhraseHead, HeadArtefact>;
  for (const head of ['job', 'self'] as const) {
    const draft = fitHead(examples, features, head, options);
    heads[head] = { ...draft, thresholds: thresholdsAround(chooseThreshold(scoreLines(draft, head, dev, options), AIM[head])) };
  }
  return { version: 1, bits: options.bits, depth: options.depth, grams: options.grams, heads };
}

export const serialise = (artefact: ModelArtefact): string => `${JSON.stringify(artefact, null, 1)}\n`;

/** Prints, per head, the out-of-fold precision and recall on the train and dev sites at each sensitivity. */
function report(artefact: ModelArtefact, root = ROOT): void {
  const outOfFold = outOfFoldScores(DEFAULTS, root);
  for (const head of ['job', 'self'] as const) {
    const scored = outOfFold[head];
    const parts = (['low', 'medium', 'high'] as const).map((sensitivity) => {
      const counts = countsAt(scored, artefact.heads[head].thresholds[sensitivity]);
      return `${sensitivity} P ${counts.precision.toFixed(3)} R ${counts.recall.toFixed(3)}`;
    });
    console.log(`train + dev, out of fold, ${head.padEnd(4)} (${scored.filter((item) => item.positive).length} of ${scored.length}): ${parts.join(' · ')}`);
    if (process.argv.includes('--confusions')) {
      const medium = artefact.heads[head].thresholds.medium;
      const show = (title: string, items: Scored[]) => console.log(`  ${title}:\n${items.map((item) => `    ${item.score.toFixed(2)} ${item.line?.site}: ${item.line?.text}`).join('\n')}`);
      show('missed, closest to the threshold', scored.filter((item) => item.positive && item.score < medium).sort((a, b) => b.score - a.score).slice(0, 8));
      show('false alarms, highest scores', scored.filter((item) => !item.positive && item.score >= medium).sort((a, b) => b.score - a.score).slice(0, 8));
    }
  }
}

/** The candidates `--compare` trains and scores on dev (the first is what ships). */
const CANDIDATES: ReadonlyArray<[string, Partial<TrainOptions>]> = [
  ['logistic, words + pairs + letter 3-grams, 2^15 buckets (44 KB)', {}],
  ['the same, not clipped', { clip: 1 }],
  ['logistic, words + pairs only', { grams: [0, 0] }],
  ['logistic, + letter 3- to 5-grams', { grams: [3, 5] }],
  ['logistic, 2^13 buckets (11 KB)', { bits: 13 }],
  ['logistic, 2^14 buckets (22 KB)', { bits: 14 }],
  ['logistic, 2^16 buckets (87 KB)', { bits: 16 }],
  ['logistic, 2^16 buckets, 8-bit (175 KB)', { bits: 16, depth: 8 }],
  ['logistic, 2^17 buckets, 8-bit (350 KB)', { bits: 17, depth: 8 }],
  ['naive Bayes, words + pairs + letter 3-grams', { method: 'bayes' }],
];

/** Trains each candidate and prints, per head, dev precision and recall at its default threshold and its best F1 on dev. */
function compare(): void {
  const dev = realSplit('dev');
  for (const [name, change] of CANDIDATES) {
    const artefact = trainCandidate({ ...DEFAULTS, ...change });
    const model = modelOf(artefact);
    const parts = (['job', 'self'] as const).map((head) => {
      const scored = dev.map((line) => ({ score: lineScore(model, head, line.text), positive: head === 'job' ? isJob(line.label) : isSelf(line.label) }));
      const atDefault = countsAt(scored, artefact.heads[head].thresholds.medium);
      let bestF1 = 0;
      for (const score of new Set(scored.map((item) => item.score))) {
        const counts = countsAt(scored, score);
        bestF1 = Math.max(bestF1, (2 * counts.precision * counts.recall) / (counts.precision + counts.recall || 1));
      }
      return `${head}: P ${atDefault.precision.toFixed(3)} R ${atDefault.recall.toFixed(3)}, best F1 ${bestF1.toFixed(3)}`;
    });
    console.log(`${name.padEnd(38)} ${parts.join(' · ')}`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--compare')) return compare();
  const artefact = trainModel();
  const text = serialise(artefact);
  if (args.includes('--check')) {
    const committed = readFileSync(ARTEFACT, 'utf8');
    if (committed !== text) {
      console.error('src/core/phraseModel.json is not what `npm run train:phrases` produces: run it and commit the result.');
      process.exitCode = 1;
    } else console.log('src/core/phraseModel.json is what the training produces.');
    return;
  }
  writeFileSync(ARTEFACT, text);
  console.log(`wrote ${path.relative(ROOT, ARTEFACT)} (${text.length} bytes)`);
  report(artefact);
}

if (require.main === module) main();
