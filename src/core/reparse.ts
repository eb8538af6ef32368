import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Parser, visit } from 'yaml';
import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';

/**
 * How `yaml` composes every file: YAML 1.2's core schema whatever a `%YAML 1.1` directive says, and
 * the YAML 1.1 tags (`!!binary`, `!!set`, `!!omap`, `!!pairs`, `!!timestamp`) not resolved into
 * objects the format cannot hold: an interview is JSON-shaped data, as its JSON Schema describes
 * it. (Nothing then reaches `yaml`'s YAML 1.1 schema, which esbuild.js leaves out of the bundles.)
 * Duplicate keys are found by the parse's own walk: the composer's check compares every pair.
 */
export const COMPOSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, schema: 'core', resolveKnownTags: false } as const;

let parsedSoFar = 0;

/**
 * How many UTF-16 units of text have gone through the YAML parser so far (whole files and re-read
 * items alike): a measure of parsing work, for budgets.
 */
export function parsedLength(): number {
  return parsedSoFar;
}

/** Counts text the YAML parser read (see `parsedLength`). */
export function countParsed(length: number): void {
  parsedSoFar += length;
}

/** What the check needs of the document the new text was edited from. */
export interface EditedFrom {
  readonly text: string;
  /** The parsed YAML (`contents` and its nodes' ranges). */
  readonly yaml?: { readonly contents: unknown };
  readonly syntax: readonly unknown[];
  readonly tooLarge?: unknown;
}

/** One item of a block collection in the old document that may hold the whole edit. */
interface Candidate {
  /** Offset of the start of the item's first line (the same in both texts: it is before the edit). */
  lineStart: number;
  /** Column of the item's `-` or key. */
  column: number;
  kind: 'map' | 'seq';
  /** How deep the item's collection sits in the document (the root map is 0). */
  depth: number;
  /** For a map entry: the other keys of its map (as the parse compares them), which the edited entry must not repeat. */
  siblingKeys?: string[];
}

/** A nesting depth far below the parser's limit (200), so a region that fits it cannot reach that limit in the whole file. */
const SAFE_DEPTH = 100;

const unsafeDocuments = new WeakMap<EditedFrom, boolean>();

/**
 * Whether `text`, an edit of a document that parsed without problems, parses without problems
 * too, decided by re-reading only the item of a block collection that holds the edit (one list
 * item, or one `key: value` with everything under it). True only when that item alone proves it:
 * the edit stays inside the item's lines, the item still starts where it did with the same
 * indentation and nothing after its first line is indented to its level or less (so the text after
 * it is read exactly as before), it parses on its own as exactly one item of the same kind without
 * errors, it repeats no sibling key, and neither it nor the file uses anchors, aliases, directives
 * or document markers (which tie distant parts of a file together). False means "not shown": the
 * caller parses the whole text.
 */
export function editKeepsSyntax(previous: EditedFrom, text: string): boolean {
  const old = previous.text;
  if (previous.syntax.length > 0 || previous.tooLarge || !previous.yaml) return false;
  if (text === old) return true;
  const root = previous.yaml.contents;
  if (!isMap(root) || root.flow || isUnsafe(previous)) return false;
  // A tab where indentation goes means different things to YAML by what comes before it (a value
  // left empty makes a trailing tab line its indentation): only the whole parse can say.
  if (/(?:^|\n) *\t/.test(text)) return false;
  const { start, oldEnd: changedOldEnd, newEnd: changedNewEnd } = changedSpan(old, text);

  for (const candidate of candidates(old, root as YAMLMap, start)) {
    if (candidate.lineStart > start) continue;
    const oldEnd = itemEnd(old, candidate);
    const newEnd = itemEnd(text, candidate);
    if (oldEnd === undefined || newEnd === undefined) continue;
    // The whole edit lies inside the item, in both texts, and what follows it is the same text.
    if (oldEnd < changedOldEnd || newEnd < changedNewEnd || old.length - oldEnd !== text.length - newEnd) continue;
    const region = text.slice(candidate.lineStart, newEnd);
    if (/\r(?!\n)/.test(region)) return false;
    if (itemParsesAlone(region, candidate)) return true;
  }
  return false;
}

/**
 * Where two texts differ: `old.slice(start, oldEnd)` became `text.slice(start, newEnd)`. Lines
 * inserted or removed are found where they begin a line: the longest common start alone would put
 * lines added before an item's line after that line's indentation, inside the next item.
 */
function changedSpan(old: string, text: string): { start: number; oldEnd: number; newEnd: number } {
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const oldEnd = old.length - suffix;
  const newEnd = text.length - suffix;
  if (prefix !== oldEnd && prefix !== newEnd) return { start: prefix, oldEnd, newEnd };
  // Only one side has text: moving it back one character at a time is the same edit while the
  // character before it equals its last one.
  const longer = prefix === oldEnd ? text : old;
  let start = prefix;
  let end = prefix === oldEnd ? newEnd : oldEnd;
  while (start > 0 && old.charCodeAt(start - 1) !== 10 && longer.charCodeAt(start - 1) === longer.charCodeAt(end - 1)) {
    start--;
    end--;
  }
  if (start > 0 && old.charCodeAt(start - 1) !== 10) return { start: prefix, oldEnd, newEnd };
  const shift = prefix - start;
  return { start, oldEnd: oldEnd - shift, newEnd: newEnd - shift };
}

const BLOCK = 2048;

/** The length of the common start of two texts (whole blocks compared at once, then characters). */
function commonPrefix(a: string, b: string): number {
  const shortest = Math.min(a.length, b.length);
  let at = 0;
  while (at + BLOCK <= shortest && a.substr(at, BLOCK) === b.substr(at, BLOCK)) at += BLOCK;
  while (at < shortest && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** The length of the common end of two texts, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let length = 0;
  while (length + BLOCK <= limit && a.substr(a.length - length - BLOCK, BLOCK) === b.substr(b.length - length - BLOCK, BLOCK)) length += BLOCK;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++;
  return length;
}

/** Anchors, aliases, directives, a byte-order mark or a lone CR anywhere in the old document. */
function isUnsafe(previous: EditedFrom): boolean {
  let unsafe = unsafeDocuments.get(previous);
  if (unsafe === undefined) {
    const old = previous.text;
    unsafe = old.charCodeAt(0) === 0xfeff || /\r(?!\n)/.test(old) || /^(?:%|---|\.\.\.)/m.test(old);
    // Without `&` or `*` anywhere there is no anchor or alias to look for.
    if (!unsafe && (old.indexOf('&') !== -1 || old.indexOf('*') !== -1)) {
      visit(previous.yaml?.contents as Node, {
        Node(_key, node) {
          if (isAlias(node) || node.anchor) {
            unsafe = true;
            return visit.BREAK;
          }
          return undefined;
        },
      });
    }
    unsafeDocuments.set(previous, unsafe);
  }
  return unsafe;
}

/**
 * The items that hold offset `at`, innermost first: at each level of block collections, the last
 * item starting at or before it (and the one before that when `at` is where an item starts, for
 * lines added at the end of the previous item).
 */
function candidates(text: string, root: YAMLMap, at: number): Candidate[] {
  const found: Candidate[] = [];
  let collection: Node | null = root;
  for (let depth = 0; depth < SAFE_DEPTH && collection && (isMap(collection) || isSeq(collection)) && !collection.flow; depth++) {
    const items = (collection as YAMLMap | YAMLSeq).items as (Pair | Node | null)[];
    const starts = items.map((item) => itemStart(item));
    const lineOf = (start: number) => text.lastIndexOf('\n', start - 1) + 1;
    let index = -1;
    for (let next = 0; next < items.length; next++) if (starts[next] !== undefined && lineOf(starts[next] as number) <= at) index = next;
    if (index === -1) break;
    const kind = isMap(collection) ? 'map' : 'seq';
    const candidateOf = (position: number): Candidate | undefined => {
      const start = starts[position];
      if (start === undefined) return undefined;
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const column = start - lineStart;
      if (kind === 'seq') {
        // The item's `-` must open its line: `- value` or `- key: value`.
        const dash = text.lastIndexOf('-', start - 1);
        if (dash < lineStart || text.slice(lineStart, dash).trim() !== '' || text.slice(dash + 1, start).trim() !== '') return undefined;
        return { lineStart, column: dash - lineStart, kind, depth };
      }
      if (text.slice(lineStart, start).trim() !== '') return undefined;
      const siblingKeys = (items as Pair[]).filter((_pair, other) => other !== position).map((pair) => keyText(pair.key as Node | null) ?? '\u0000not a plain key');
      return { lineStart, column, kind, depth, siblingKeys };
    };
    const level: Candidate[] = [];
    // An edit that starts in the indentation of an item's first line may be lines added at the end of the item before.
    const currentLine = lineOf(starts[index] as number);
    const previousItem = index > 0 && text.slice(currentLine, at).trim() === '' ? candidateOf(index - 1) : undefined;
    if (previousItem) level.push(previousItem);
    const current = candidateOf(index);
    if (current) level.push(current);
    found.unshift(...level);
    const item = items[index];
    collection = isMap(collection) ? ((item as Pair).value as Node | null) : (item as Node | null);
  }
  return found;
}

/** Where an item's text starts: its key, or for a list item its value. */
function itemStart(item: Pair | Node | null): number | undefined {
  if (!item) return undefined;
  if (isPair(item)) return (item.key as Node | null)?.range?.[0];
  return item.range?.[0];
}

/**
 * The offset where an item that starts a line at `candidate.lineStart` ends in `text`: the start of
 * the first later line indented to the item's column or less (blank and comment lines aside), or
 * the end of the text. Undefined when the first line no longer opens an item of that kind and column.
 */
function itemEnd(text: string, candidate: Candidate): number | undefined {
  const firstEnd = lineEndAt(text, candidate.lineStart);
  const first = text.slice(candidate.lineStart, firstEnd);
  const indent = leadingSpaces(first);
  if (indent !== candidate.column) return undefined;
  const opener = first.charAt(indent);
  if (candidate.kind === 'seq') {
    if (opener !== '-' || !/^-(?:[ \t]|\r?$)/.test(first.slice(indent))) return undefined;
  } else if (/[-?:,[\]{}#&*!|>%@`\s]/.test(opener) || opener === '') return undefined;
  let at = firstEnd + 1;
  while (at < text.length) {
    const end = lineEndAt(text, at);
    const line = text.slice(at, end);
    const spaces = leadingSpaces(line);
    const rest = line.slice(spaces).replace(/\r$/, '');
    if (rest !== '' && !rest.startsWith('#') && spaces <= candidate.column) return at;
    at = end + 1;
  }
  return text.length;
}

function lineEndAt(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}

function leadingSpaces(line: string): number {
  let count = 0;
  while (count < line.length && line.charCodeAt(count) === 32) count++;
  return count;
}

/**
 * Parses an item's text on its own: one document, no errors, one item of the expected kind, plain
 * keys, no anchors or aliases, no repeated sibling key, and shallow enough.
 */
function itemParsesAlone(region: string, candidate: Candidate): boolean {
  countParsed(region.length);
  const composer = new Composer(COMPOSE_OPTIONS);
  const documents = [...composer.compose(new Parser().parse(region), true)];
  if (documents.length !== 1 || documents[0].errors.length > 0) return false;
  const contents = documents[0].contents as Node | null;
  if (candidate.kind === 'map') {
    if (!isMap(contents) || contents.flow || contents.items.length !== 1) return false;
    const key = keyText(contents.items[0].key as Node | null);
    if (key === undefined || (candidate.siblingKeys ?? []).includes(key)) return false;
  } else if (!isSeq(contents) || contents.flow || contents.items.length !== 1) return false;
  let fine = true;
  visit(contents, {
    Node(_key, node, path) {
      if (isAlias(node) || node.anchor || candidate.depth + path.length > SAFE_DEPTH) {
        fine = false;
        return visit.BREAK;
      }
      return undefined;
    },
    Map(_key, map) {
      const keys = new Set<string>();
      for (const pair of map.items) {
        const key = keyText(pair.key as Node | null);
        if (key === undefined || keys.has(key)) {
          fine = false;
          return visit.BREAK;
        }
        keys.add(key);
      }
      return undefined;
    },
  });
  return fine;
}

/** A key as the parse compares keys for duplicates; undefined for a key that is not a plain value. */
function keyText(key: Node | null): string | undefined {
  if (key === null) return '';
  return isScalar(key) ? String(key.value) : undefined;
}
