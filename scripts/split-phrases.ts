/**
 * `npx tsx scripts/split-phrases.ts`: places every site of data/phrases/real.tsv
 * in the train, dev or test split and writes data/phrases/split.json. A site
 * keeps the split it has; a new site goes, in a seeded order, to the split
 * furthest below its share of the lines (60 % train, 20 % dev, 20 % test),
 * counted per label so that each split holds job asks, self-pitches and
 * informational lines alike. Whole sites move together: the test split is
 * wording from sites the model never saw.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Split } from './train-phrases';
import { readReal, ROOT } from './train-phrases';

const SHARES: Record<Split, number> = { train: 0.6, dev: 0.2, test: 0.2 };
const SPLITS: readonly Split[] = ['train', 'dev', 'test'];

function hashOf(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  return value >>> 0;
}

function main(): void {
  const file = path.join(ROOT, 'data', 'phrases', 'split.json');
  const lines = readReal();
  const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<Split, string[]>) : { train: [], dev: [], test: [] };
  const placed = new Map<string, Split>();
  for (const split of SPLITS) for (const site of existing[split]) placed.set(site, split);
  const labelsBySite = new Map<string, Map<string, number>>();
  for (const line of lines) {
    const counts = labelsBySite.get(line.site) ?? new Map<string, number>();
    counts.set(line.label, (counts.get(line.label) ?? 0) + 1);
    labelsBySite.set(line.site, counts);
  }
  // Lines per split and label so far.
  const held = new Map<string, number>();
  const add = (split: Split, counts: Map<string, number>): void => {
    for (const [label, count] of counts) held.set(`${split} ${label}`, (held.get(`${split} ${label}`) ?? 0) + count);
  };
  const totals = new Map<string, number>();
  for (const counts of labelsBySite.values()) for (const [label, count] of counts) totals.set(label, (totals.get(label) ?? 0) + count);
  for (const [site, split] of placed) if (labelsBySite.has(site)) add(split, labelsBySite.get(site)!);
  const fresh = [...labelsBySite.keys()].filter((site) => !placed.has(site)).sort((a, b) => hashOf(a) - hashOf(b) || a.localeCompare(b));
  for (const site of fresh) {
    const counts = labelsBySite.get(site)!;
    // The split whose share of this site's labels is furthest below its target.
    let best: Split = 'train';
    let bestGap = -Infinity;
    for (const split of SPLITS) {
      let gap = 0;
      for (const [label, count] of counts) gap += count * (SHARES[split] - (held.get(`${split} ${label}`) ?? 0) / (totals.get(label) ?? 1));
      if (gap > bestGap) {
        bestGap = gap;
        best = split;
      }
    }
    placed.set(site, best);
    add(best, counts);
  }
  const out = { train: [] as string[], dev: [] as string[], test: [] as string[] };
  for (const [site, split] of placed) if (labelsBySite.has(site)) out[split].push(site);
  for (const split of SPLITS) out[split].sort();
  writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);
  for (const split of SPLITS) {
    const parts = [...totals.keys()].sort().map((label) => `${label} ${held.get(`${split} ${label}`) ?? 0}`);
    console.log(`${split}: ${out[split].length} sites; ${parts.join(', ')}`);
  }
}

main();
