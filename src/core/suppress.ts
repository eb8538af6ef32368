import type { LineIndex } from './text';

/** The rules a file's disable comments turn off; `'*'` stands for every rule. */
export interface Suppressions {
  file: Set<string>;
  /** Line → rules off on that line. */
  lines: Map<number, Set<string>>;
}

const DIRECTIVE = /(?:^|\s)#\s*interview-lint-disable(-next-line|-line)?(?=\s|$)([^#\n]*)/;

/**
 * Collects `# interview-lint-disable[-line|-next-line] [ids]` comments. A `#` inside a quoted
 * string is not a comment, so only a `#` at the start of a line or after a space counts.
 */
export function readSuppressions(lines: LineIndex): Suppressions {
  const result: Suppressions = { file: new Set(), lines: new Map() };
  const text = lines.text;
  if (text.indexOf('interview-lint-disable') === -1) return result;
  for (let line = 0; line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    if (content.indexOf('interview-lint-disable') === -1) continue;
    const match = DIRECTIVE.exec(content);
    if (!match) continue;
    const ids = match[2].split(/[\s,]+/).filter(Boolean);
    const rules = ids.length > 0 ? ids : ['*'];
    const target = match[1] === '-next-line' ? nextContentLine(lines, line) : match[1] === '-line' ? line : undefined;
    if (target === undefined) {
      for (const rule of rules) result.file.add(rule);
    } else {
      const set = result.lines.get(target) ?? new Set<string>();
      for (const rule of rules) set.add(rule);
      result.lines.set(target, set);
    }
  }
  return result;
}

/** Whether a rule's issue starting on `line` is turned off. */
export function isSuppressed(suppressions: Suppressions, ruleId: string, line: number): boolean {
  if (suppressions.file.has('*') || suppressions.file.has(ruleId)) return true;
  const onLine = suppressions.lines.get(line);
  return onLine !== undefined && (onLine.has('*') || onLine.has(ruleId));
}

/** The next line after `line` that is not blank or another comment. */
function nextContentLine(lines: LineIndex, line: number): number {
  for (let next = line + 1; next < lines.lineCount; next++) {
    const content = lines.lineText(next).trim();
    if (content !== '' && !content.startsWith('#')) return next;
  }
  return line + 1;
}
