import type { SourceEntry } from './parse';
import type { LineIndex } from './text';

/** The rules a file's disable comments turn off; `'*'` stands for every rule. */
export interface Suppressions {
  file: Set<string>;
  /** Line → rules off on that line. */
  lines: Map<number, Set<string>>;
}

const DIRECTIVE = /(?:^|\s)#\s*interview-lint-disable(-next-line|-line)?(?=\s|$)([^#\n]*)/;

/** A line whose value is a block scalar (`key: |`, `- >-`): its text continues on the lines below. */
const BLOCK_SCALAR_START = /(?:^\s*-|:)\s+[|>][1-9+-]{0,2}\s*(?:#.*)?$/;

/**
 * Collects `# interview-lint-disable[-line|-next-line] [ids] [-- why]` comments. Only a real YAML comment
 * counts: a `#` at the start of a line or after a space, outside quotes and outside block text.
 * A directive aimed at a line that opens a block scalar (`outreach: |`) covers the whole block,
 * since a comment cannot be written inside one.
 */
export function readSuppressions(lines: LineIndex): Suppressions {
  const result: Suppressions = { file: new Set(), lines: new Map() };
  const text = lines.text;
  if (text.indexOf('interview-lint-disable') === -1) return result;
  const blocks = blockScalars(lines);
  const nextContent = nextContentLines(lines, blocks.text);
  for (let line = 0; line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    // A `#` inside block text is part of the text, not a comment.
    if (content.indexOf('interview-lint-disable') === -1 || blocks.text.has(line)) continue;
    const match = DIRECTIVE.exec(content);
    if (!match || insideQuotes(content.slice(0, match.index))) continue;
    // `-- why` after the ids is a note for people, not a rule id.
    const ids = match[2].split(/(?:^|\s)--(?:\s|$)/)[0].split(/[\s,]+/).filter(Boolean);
    const rules = ids.length > 0 ? ids : ['*'];
    const target = match[1] === '-next-line' ? nextContent(line) : match[1] === '-line' ? line : undefined;
    if (target === undefined) {
      for (const rule of rules) result.file.add(rule);
      continue;
    }
    for (const covered of [target, ...(blocks.openers.get(target) ?? [])]) {
      const set = result.lines.get(covered) ?? new Set<string>();
      for (const rule of rules) set.add(rule);
      result.lines.set(covered, set);
    }
  }
  return result;
}

/**
 * For each line inside a scalar written over several lines without `|` or `>` (a quoted or plain
 * value that wraps), the line the scalar starts on. A comment cannot go inside such a value, so a
 * directive above its first line covers all of it.
 */
export function scalarContinuations(lines: LineIndex, entries: ReadonlyMap<string, SourceEntry>): Map<number, number> {
  const result = new Map<number, number>();
  for (const entry of entries.values()) {
    if (entry.kind !== 'plain' && entry.kind !== 'quoted') continue;
    const first = lines.positionAt(entry.value[0]).line;
    const last = lines.positionAt(entry.value[1]).line;
    for (let line = first + 1; line <= last; line++) result.set(line, first);
  }
  return result;
}

/** Whether a rule's issue starting on `line` is turned off. */
export function isSuppressed(suppressions: Suppressions, ruleId: string, line: number): boolean {
  if (suppressions.file.has('*') || suppressions.file.has(ruleId)) return true;
  const onLine = suppressions.lines.get(line);
  return onLine !== undefined && (onLine.has('*') || onLine.has(ruleId));
}

/**
 * For a line, the next line after it that is not blank or another comment (`line + 1` when there is
 * none). Lines are asked in increasing order; remembering the last answer keeps a run of thousands
 * of comment lines linear rather than quadratic.
 */
function nextContentLines(lines: LineIndex, blockText: Set<number>): (line: number) => number {
  let found: { after: number; next: number | undefined } | undefined;
  return (line) => {
    if (!found || line < found.after || (found.next !== undefined && line >= found.next)) {
      let next: number | undefined;
      for (let candidate = line + 1; candidate < lines.lineCount; candidate++) {
        // Only what YAML counts as blank: a line that starts with another control character is content.
        const content = lines.lineText(candidate).replace(/^[\ufeff \t]+|[ \t]+$/g, '');
        if (blockText.has(candidate) || (content !== '' && !content.startsWith('#'))) {
          next = candidate;
          break;
        }
      }
      found = { after: line, next };
    }
    return found.next ?? line + 1;
  };
}

/** The block scalars of a text: the line that opens each → the lines of its text, and every text line. */
function blockScalars(lines: LineIndex): { openers: Map<number, number[]>; text: Set<number> } {
  const openers = new Map<number, number[]>();
  const text = new Set<number>();
  for (let line = 0; line < lines.lineCount; line++) {
    if (text.has(line)) continue;
    const content = lines.lineText(line);
    if (!BLOCK_SCALAR_START.test(content)) continue;
    // The block's text is every following line indented deeper than the key (or the dash) that opens it.
    const keyColumn = /^\s*-\s+[|>]/.test(content) ? content.indexOf('-') : (/^[\s-]*/.exec(content)?.[0].length ?? 0);
    const body: number[] = [];
    for (let next = line + 1; next < lines.lineCount; next++) {
      const nextContent = lines.lineText(next);
      if (nextContent.trim() !== '' && (/^ */.exec(nextContent)?.[0].length ?? 0) <= keyColumn) break;
      body.push(next);
    }
    // Trailing blank lines belong to what follows.
    while (body.length > 0 && lines.lineText(body[body.length - 1]).trim() === '') body.pop();
    for (const covered of body) text.add(covered);
    openers.set(line, body);
  }
  return { openers, text };
}

/** Whether the end of `prefix` is inside a quoted scalar, so a `#` there is text, not a comment. */
function insideQuotes(prefix: string): boolean {
  let quote: string | undefined;
  for (let index = 0; index < prefix.length; index++) {
    const char = prefix[index];
    if (quote === '"') {
      if (char === '\\') index++;
      else if (char === '"') quote = undefined;
    } else if (quote === "'") {
      if (char === "'") {
        if (prefix[index + 1] === "'") index++;
        else quote = undefined;
      }
    } else if ((char === '"' || char === "'") && (index === 0 || /[\s:,[{-]/.test(prefix[index - 1]))) quote = char;
  }
  return quote !== undefined;
}

/**
 * The line a `# interview-lint-disable-next-line` comment must go above to cover `line`: the line
 * itself, or for a line of block text the line that opens the block (a comment inside would be text).
 */
export function disableTargetLine(lines: LineIndex, line: number): number {
  const { openers } = blockScalars(lines);
  for (const [opener, body] of openers) if (body.includes(line)) return opener;
  return line;
}
