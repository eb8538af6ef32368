// The workspace index as the extension builds it (src/extension/shared/workspace.ts), through the
// core only: parse each file once, summarise and lint it without the workspace checks so every path
// and contact is known, then lint again with them. File reads are left out (texts are in memory).

import { defaultConfig } from '../src/core/config';
import { lintDocument } from '../src/core/lint';
import { readInterview } from '../src/core/model';
import type { InterviewDocument } from '../src/core/parse';
import { parseInterview } from '../src/core/parse';
import type { InterviewSummary } from '../src/core/pipeline';
import { InterviewIndex, stageDescription, summarize } from '../src/core/pipeline';
import type { CorpusFile } from './generate';
import { TODAY } from './generate';

const config = defaultConfig();

function keyOf(path: string): string {
  return `file:///workspace/${path}`;
}

function summaryOf(index: InterviewIndex, path: string, document: InterviewDocument, withWorkspace: boolean, fixes = true): InterviewSummary {
  const interview = readInterview(document);
  const issues = lintDocument(document, { today: TODAY, config, path, workspace: withWorkspace ? index.view() : undefined, fixes }, interview);
  const readable = document.syntax.length === 0 && !document.tooLarge;
  return summarize(keyOf(path), path, interview, issues, readable, TODAY, config);
}

/** Builds the index over a set of files, the two passes of the extension's scan. */
export function buildIndex(files: readonly CorpusFile[]): InterviewIndex {
  const index = new InterviewIndex();
  const parsed = files.map((file) => ({ path: file.path, document: parseInterview(file.text, { maxSize: config.maxFileSize }) }));
  for (const entry of parsed) index.set(summaryOf(index, entry.path, entry.document, false));
  for (const entry of parsed) index.set(summaryOf(index, entry.path, entry.document, true));
  return index;
}

/**
 * The same index built the way the core now allows (not what the extension does yet): the first
 * pass only summarises (no lint), the second lints once with the workspace checks and without
 * fixes, since quick fixes come from a fresh lint of the open document.
 */
export function buildIndexReportOnly(files: readonly CorpusFile[]): InterviewIndex {
  const index = new InterviewIndex();
  const parsed = files.map((file) => ({ path: file.path, document: parseInterview(file.text, { maxSize: config.maxFileSize }) }));
  for (const entry of parsed) {
    const readable = entry.document.syntax.length === 0 && !entry.document.tooLarge;
    index.set(summarize(keyOf(entry.path), entry.path, readInterview(entry.document), [], readable, TODAY, config));
  }
  for (const entry of parsed) index.set(summaryOf(index, entry.path, entry.document, true, false));
  return index;
}

/**
 * One file changed: parse and lint it with the workspace checks, then re-lint the files whose
 * checks depend on it (links to it, same contact), as the extension's refresh does.
 */
export function updateFile(index: InterviewIndex, file: CorpusFile, textOf: (path: string) => string | undefined): number {
  const before = index.get(keyOf(file.path));
  const summary = summaryOf(index, file.path, parseInterview(file.text, { maxSize: config.maxFileSize }), true);
  index.set(summary);
  const again = new Set<string>();
  for (const touched of [before, summary]) {
    if (!touched) continue;
    for (const key of index.dependents(touched.path, touched.name, touched.company)) if (key !== summary.key) again.add(key);
  }
  for (const key of again) {
    const path = index.get(key)?.path;
    const text = path === undefined ? undefined : textOf(path);
    if (path === undefined || text === undefined) continue;
    index.set(summaryOf(index, path, parseInterview(text, { maxSize: config.maxFileSize }), true));
  }
  return again.size;
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
