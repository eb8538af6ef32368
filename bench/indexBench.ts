// The workspace index as the extension builds it (src/extension/shared/workspace.ts), through the
// core only: each file is parsed, put in the index and linted at once, with the workspace checks
// answered from every path found and the contacts read so far, and without fixes (quick fixes come
// from a fresh lint of the open document); a file whose checks the complete index would answer
// differently is parsed and linted again at the end. File reads are left out (texts are in memory).

import { defaultConfig } from '../src/core/config';
import { lintDocument } from '../src/core/lint';
import type { Interview } from '../src/core/model';
import { readInterview } from '../src/core/model';
import type { InterviewDocument } from '../src/core/parse';
import { parseInterview } from '../src/core/parse';
import type { InterviewSummary } from '../src/core/pipeline';
import { InterviewIndex, stageDescription, summarize } from '../src/core/pipeline';
import type { WorkspaceView } from '../src/core/rules/rule';
import type { Issue } from '../src/core/types';
import type { CorpusFile } from './generate';
import { TODAY } from './generate';

const config = defaultConfig();

function keyOf(path: string): string {
  return `file:///workspace/${path}`;
}

interface ParsedFile {
  path: string;
  document: InterviewDocument;
  interview: Interview;
}

function parsedFile(path: string, text: string): ParsedFile {
  const document = parseInterview(text, { maxSize: config.maxFileSize });
  return { path, document, interview: readInterview(document) };
}

function summaryOf(file: ParsedFile, issues: Issue[], view?: WorkspaceView): InterviewSummary {
  const readable = file.document.syntax.length === 0 && !file.document.tooLarge;
  return summarize(keyOf(file.path), file.path, file.interview, issues, readable, TODAY, config, view);
}

function lintedSummary(index: InterviewIndex, file: ParsedFile, view: WorkspaceView = index.view()): InterviewSummary {
  const issues = lintDocument(file.document, { today: TODAY, config, path: file.path, workspace: view, fixes: false }, file.interview);
  return summaryOf(file, issues, view);
}

/** Builds the index over a set of files as the extension's scan does: each file read, indexed and linted at once; those the complete index answers differently, again. */
export function buildIndex(files: readonly CorpusFile[]): InterviewIndex {
  const index = new InterviewIndex();
  const expected = new Set(files.map((file) => file.path));
  const linted: { file: CorpusFile; changed(): boolean }[] = [];
  for (const corpusFile of files) {
    const file = parsedFile(corpusFile.path, corpusFile.text);
    index.set(summaryOf(file, []));
    const filling = index.viewWhileFilling(expected);
    index.set(lintedSummary(index, file, filling.view));
    linted.push({ file: corpusFile, changed: filling.changed });
  }
  for (const { file, changed } of linted) if (changed()) index.set(lintedSummary(index, parsedFile(file.path, file.text)));
  index.requestDependents();
  return index;
}

/**
 * One file changed: parse and lint it with the workspace checks, then re-lint the files whose
 * checks depend on it (links to it, same contact, requests at its employer), as the extension's
 * refresh does.
 */
export function updateFile(index: InterviewIndex, file: CorpusFile, textOf: (path: string) => string | undefined): number {
  const before = index.get(keyOf(file.path));
  const summary = lintedSummary(index, parsedFile(file.path, file.text));
  index.set(summary);
  const again = new Set<string>();
  for (const touched of [before, summary]) {
    if (!touched) continue;
    for (const key of index.dependents(touched.path, touched.name, touched.company)) if (key !== summary.key) again.add(key);
  }
  for (const key of index.requestDependents()) if (key !== summary.key) again.add(key);
  for (const key of again) {
    const path = index.get(key)?.path;
    const text = path === undefined ? undefined : textOf(path);
    if (path === undefined || text === undefined) continue;
    index.set(lintedSummary(index, parsedFile(path, text)));
  }
  return again.size;
}

/**
 * Sets one summary again, as a refresh does: the view is refreshed because the index changed, so
 * what the index caches until a change is recomputed.
 */
export function touch(index: InterviewIndex): void {
  const first = index.values().next();
  if (!first.done) index.set(first.value);
}

/** What the pipeline view's root shows: one node per stage with its count, and the "due" node. */
export function rootChildren(index: InterviewIndex): { label: string; count: number }[] {
  const groups = index.groups('stage').map((group) => ({ label: group.label, count: group.items.length }));
  return [{ label: 'due', count: index.due().length }, ...groups];
}

/** What the pipeline view shows under one stage: a label and description per interview. */
export function stageChildren(index: InterviewIndex, stage: string): { label: string; description: string }[] {
  const group = index.groups('stage').find((candidate) => candidate.stage === stage);
  return (group?.items ?? []).map((item) => ({ label: item.name, description: stageDescription(item, TODAY) }));
}
