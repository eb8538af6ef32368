// Timing helpers: warm-up, then repeated samples whose median and 95th percentile are reported.
// Each sample records wall time and the process's CPU time; the CPU time is what the tables use by
// default, since on a shared machine the wall clock also counts the time other processes held the
// CPU. Contenders that are compared are sampled in turn (A B, B A, A B…) so drift in the machine's
// speed lands on both sides alike.

import { performance } from 'node:perf_hooks';

export type Clock = 'cpu' | 'wall';

/** One sample's cost per operation, in milliseconds, on both clocks. */
export interface Sample {
  wall: number;
  cpu: number;
}

export interface Stats {
  /** Milliseconds per operation. */
  median: number;
  p95: number;
  min: number;
  samples: number;
}

/** The nearest-rank percentile of a list of numbers. */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank];
}

export function stats(values: readonly number[]): Stats {
  return { median: percentile(values, 0.5), p95: percentile(values, 0.95), min: Math.min(...values), samples: values.length };
}

function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * Times one run of `work`. No garbage collection is forced before it: a forced full collection
 * (`--expose-gc`'s `gc()`) made the next few hundred milliseconds of work two to three times
 * slower, which distorted every sample; garbage is part of the cost, and the medians of many
 * samples take in its share.
 */
export async function measure(work: () => unknown, operations = 1): Promise<Sample> {
  const wallStart = performance.now();
  const cpuStart = cpuNow();
  await work();
  const cpu = cpuNow() - cpuStart;
  const wall = performance.now() - wallStart;
  return { wall: wall / operations, cpu: cpu / operations };
}

/** Takes one sample. */
export type Sampler = () => Promise<Sample>;

/** Samples an operation that takes its inputs in turn: each sample runs `batch` operations and reports the cost per operation. */
export function batchSampler<T>(inputs: readonly T[], batch: number, operation: (input: T) => unknown): Sampler {
  let next = 0;
  const results: unknown[] = new Array(batch);
  return () =>
    measure(() => {
      for (let index = 0; index < batch; index++) {
        results[index] = operation(inputs[next]);
        next = (next + 1) % inputs.length;
      }
    }, batch);
}

/** The same for an asynchronous operation, awaited one at a time. */
export function asyncBatchSampler<T>(inputs: readonly T[], batch: number, operation: (input: T) => Promise<unknown>): Sampler {
  let next = 0;
  return () =>
    measure(async () => {
      for (let index = 0; index < batch; index++) {
        await operation(inputs[next]);
        next = (next + 1) % inputs.length;
      }
    }, batch);
}

export interface Comparison {
  /** Every timed sample, in round order, per contender. */
  samples: Record<string, Sample[]>;
}

/**
 * Runs `warmup` untimed samples of every contender, then `samples` timed ones, alternating the
 * order each round.
 */
export async function compare(contenders: Record<string, Sampler>, options: { warmup: number; samples: number }): Promise<Comparison> {
  const names = Object.keys(contenders);
  const samples: Record<string, Sample[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < options.warmup; round++) for (const name of names) await contenders[name]();
  for (let round = 0; round < options.samples; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) samples[name].push(await contenders[name]());
  }
  return { samples };
}

/** One contender's statistics on a clock. */
export function statsOf(comparison: Comparison, name: string, clock: Clock): Stats {
  return stats(comparison.samples[name].map((sample) => sample[clock]));
}

/**
 * The median of the per-round ratios `a / b`: each round's two samples ran back to back, so a
 * slow moment of the machine affects both and cancels out of the ratio.
 */
export function pairedRatio(comparison: Comparison, a: string, b: string, clock: Clock): number {
  const other = comparison.samples[b];
  return percentile(
    comparison.samples[a].map((sample, index) => sample[clock] / other[index][clock]),
    0.5,
  );
}

/** Repeats a short operation (after three untimed runs) and returns the samples; `before` runs untimed ahead of each. */
export async function repeat(count: number, work: () => unknown, before?: () => void): Promise<Sample[]> {
  for (let round = 0; round < 3; round++) {
    before?.();
    await work();
  }
  const result: Sample[] = [];
  for (let round = 0; round < count; round++) {
    before?.();
    result.push(await measure(work));
  }
  return result;
}
