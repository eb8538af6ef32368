import { applyEdits, diffEdits } from '../../core/edits';
import type { InterviewDocument } from '../../core/parse';
import { parseInterview } from '../../core/parse';
import type { Issue, TextEdit } from '../../core/types';

/** What "fix all" did: the edits against the original text and the titles of the fixes, in order. */
export interface FixAllResult {
  edits: TextEdit[];
  applied: string[];
}

const MAX_ROUNDS = 50;

/**
 * Applies the mechanical fixes of a document one at a time, linting again after each, so fixes that
 * touch the same place (two keys added under a `follow_up:` that does not exist yet) never collide;
 * returns minimal edits against the original text. Leaves out fixes that create files, and stops
 * before any step that would break the YAML or repeat a text it has already produced.
 */
export function fixAllMechanical(document: InterviewDocument, lint: (document: InterviewDocument) => Issue[]): FixAllResult {
  let current = document;
  const applied: string[] = [];
  const seen = new Set([document.text]);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = lint(current)
      .flatMap((issue) => issue.fixes ?? [])
      .find((fix) => fix.mechanical && !fix.creates?.length && fix.edits.length > 0);
    if (!next) break;
    const text = applyEdits(current.text, next.edits);
    if (seen.has(text)) break;
    const parsed = parseInterview(text, { maxSize: Infinity });
    if (parsed.syntax.length > 0) break;
    seen.add(text);
    applied.push(next.title);
    current = parsed;
  }
  return { edits: diffEdits(document.text, current.text), applied };
}

/** Whether a document has at least one fix "fix all" would apply. */
export function hasMechanicalFix(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.fixes?.some((fix) => fix.mechanical && !fix.creates?.length && fix.edits.length > 0));
}
