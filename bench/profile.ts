// Runs one benchmark case in a loop for a CPU profile, then prints where the time went.
//
//   npm run bench -- --profile lint-typical [rounds]
//
// (bench/bench.mjs bundles this file, runs it under --cpu-prof into bench/results/profiles/ and
// prints the summary: self time by function and by file.) Cases: lint-typical, lint-large,
// fixes-typical, fixes-large (a lint that then reads every issue's fixes, which plans them),
// parse-typical, parse-large, yaml-typical, index-build, pipeline-stage.

import * as fs from 'node:fs';
import { parseDocument } from 'yaml';
import { lintText } from '../src/core/lint';
import type { Issue } from '../src/core/types';
import { parseInterview } from '../src/core/parse';
import { corpus, largeTexts, TODAY, typicalTexts } from './generate';
import { buildIndex, stageChildren } from './indexBench';

/** Reads every issue's fixes, which plans them (a lint plans a fix only when it is read). */
function readEveryFix(issues: readonly Issue[]): number {
  let count = 0;
  for (const issue of issues) count += issue.fixes?.length ?? 0;
  return count;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * For a bundle written by esbuild (not minified), which source module each line belongs to: esbuild
 * starts every module with a `// path/to/module.ts` comment line.
 */
function moduleLines(file: string): ((line: number) => string) | undefined {
  if (!fs.existsSync(file)) return undefined;
  const starts: [number, string][] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, line) => {
      const marker = /^\/\/ (\S+\.(?:ts|js|cjs|mjs|json))$/.exec(text);
      if (marker) starts.push([line, marker[1].replace(/^.*?\/?(?=(?:node_modules|src|bench)\/)/, '')]);
    });
  if (starts.length === 0) return undefined;
  return (line) => {
    let low = 0;
    let high = starts.length - 1;
    let found = '(bundle)';
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle][0] <= line) {
        found = starts[middle][1];
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };
}

/** Self time per function (and per source file, bundles mapped back to their modules), largest first. */
export function summarize(profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const bundles = new Map<string, ((line: number) => string) | undefined>();
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = profile.endTime - profile.startTime;
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const path = frame.url.replace(/^file:\/\//, '');
    if (path && !bundles.has(path)) bundles.set(path, /\.c?js$/.test(path) && !path.includes('/node_modules/') ? moduleLines(path) : undefined);
    const inBundle = path ? bundles.get(path) : undefined;
    const file = inBundle ? inBundle(frame.lineNumber) : path.replace(/^.*\/(node_modules\/|src\/)/, '$1') || '(native)';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    const fileKey = file.replace(/^node_modules\/yaml\/dist\/(\w+)\/.*$/, 'node_modules/yaml/dist/$1/**');
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + micros);
  }
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => `${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`)
      .join('\n');
  return `total ${(total / 1000).toFixed(0)} ms\n\nself time by function:\n${rows(byFunction)}\n\nself time by file:\n${rows(byFile)}\n`;
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--summary') {
    process.stdout.write(summarize(JSON.parse(fs.readFileSync(args[1], 'utf8')) as CpuProfile, Number(args[2] ?? 25)));
    return;
  }
  const which = args[0] ?? 'lint-typical';
  const rounds = Number(args[1] ?? 0);
  // Each case prepares its inputs (not profiled work worth reading) and returns the work to repeat.
  const cases: Record<string, () => () => unknown> = {
    'lint-typical': () => {
      const typical = typicalTexts(200);
      return () => typical.forEach((text) => lintText(text, { today: TODAY }));
    },
    'lint-large': () => {
      const large = largeTexts(3);
      return () => large.forEach((text) => lintText(text, { today: TODAY }));
    },
    'fixes-typical': () => {
      const typical = typicalTexts(200);
      return () => typical.forEach((text) => readEveryFix(lintText(text, { today: TODAY })));
    },
    'fixes-large': () => {
      const large = largeTexts(3);
      return () => large.forEach((text) => readEveryFix(lintText(text, { today: TODAY })));
    },
    'parse-typical': () => {
      const typical = typicalTexts(200);
      return () => typical.forEach((text) => parseInterview(text));
    },
    'parse-large': () => {
      const large = largeTexts(3);
      return () => large.forEach((text) => parseInterview(text));
    },
    'yaml-typical': () => {
      const typical = typicalTexts(200);
      return () => typical.forEach((text) => parseDocument(text));
    },
    'index-build': () => {
      const files = corpus(5000);
      return () => buildIndex(files);
    },
    'pipeline-stage': () => {
      const index = buildIndex(corpus(5000).map((file) => ({ path: file.path, text: file.text.replace(/^stage: \w+$/m, 'stage: met') })));
      return () => stageChildren(index, 'met');
    },
  };
  const prepare = cases[which];
  if (!prepare) throw new Error(`Unknown case ${which}; one of ${Object.keys(cases).join(', ')}`);
  const run = prepare();
  const count = rounds || (which.endsWith('large') ? 10 : which === 'index-build' ? 3 : 50);
  for (let round = 0; round < count; round++) run();
}

main();
