import * as vscode from 'vscode';
import type { Interview } from '../../core/model';
import { readInterview } from '../../core/model';
import type { InterviewDocument } from '../../core/parse';
import { parseInterview } from '../../core/parse';
import { uriKey } from './files';

/** One parse of one document version, shared by every editor feature. */
export interface ParsedVersion {
  /** The document object parsed: an untitled name can be reused by a new document at version 1. */
  source: vscode.TextDocument;
  version: number;
  document: InterviewDocument;
  interview: Interview;
}

/**
 * Parses each open document at most once per version: lint, outline, completion, hover, CodeLens
 * and the index all read the same parse.
 */
export class ParsedDocuments implements vscode.Disposable {
  private readonly cache = new Map<string, ParsedVersion>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly maxSize: () => number) {
    this.subscriptions = [vscode.workspace.onDidCloseTextDocument((document) => this.cache.delete(uriKey(document.uri)))];
  }

  get(document: vscode.TextDocument): ParsedVersion {
    const key = uriKey(document.uri);
    const cached = this.cache.get(key);
    if (cached && cached.source === document && cached.version === document.version) return cached;
    const parsed = parseInterview(document.getText(), { maxSize: this.maxSize() });
    const entry: ParsedVersion = { source: document, version: document.version, document: parsed, interview: readInterview(parsed) };
    this.cache.set(key, entry);
    return entry;
  }

  dispose(): void {
    this.cache.clear();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** Converts a core offset range to an editor range on a parsed document. */
export function toRange(document: InterviewDocument, start: number, end: number): vscode.Range {
  const from = document.lines.positionAt(start);
  const to = document.lines.positionAt(end);
  return new vscode.Range(from.line, from.character, to.line, to.character);
}

/** Converts a core range to an editor range. */
export function toVsRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
