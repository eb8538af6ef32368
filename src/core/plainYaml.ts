/**
 * A reader for the plain YAML that interview files are written in: block maps of simple keys,
 * block lists, plain values (continued over several lines too), one-line quoted values, `|` and `>`
 * text, one-line `[a, b]` lists and comments. It reads such a file in one pass over its lines, several times faster than a full YAML
 * parse, and gives exactly what the full parse gives (`parse.ts`'s data and source spans; a unit
 * test compares the two on every fixture and on generated files).
 *
 * It never guesses: at the first thing outside that subset (a tab, a lone CR, an anchor or tag, a flow
 * map, a quoted value continued on the next line, a duplicate key, anything the YAML specification
 * treats as an error…) it gives up and returns `undefined`, and the caller parses the text with the
 * `yaml` library, which also words the syntax errors.
 *
 * Pure TypeScript: no `vscode`, no Node APIs.
 */

/** What an entry's value is: a scalar's style, a collection, or an alias. */
export type ValueKind = 'plain' | 'quoted' | 'block' | 'map' | 'seq' | 'alias';

/** One key/value or list item as read, with UTF-16 spans as `parse.ts` records them. */
export interface PlainEntry {
  key?: [number, number];
  value: [number, number];
  kind: ValueKind;
  /** The value of a scalar (string, number, boolean or null). */
  scalar?: unknown;
}

export interface PlainRead<Entry extends PlainEntry = PlainEntry> {
  /** The root map as plain data. */
  data: Record<string, unknown>;
  /** JSON-pointer path → entry, in document order, the root (``) first. */
  entries: Map<string, Entry>;
}

/** Makes the entry object for a pointer; the reader sets its fields. */
export type EntryMaker<Entry extends PlainEntry> = (pointer: string) => Entry;

const plainEntry: EntryMaker<PlainEntry> = () => ({ key: undefined, value: [0, 0], kind: 'plain', scalar: undefined });

/** Nesting deeper than this is left to the full parse (which reports what is too deep). */
const MAX_DEPTH = 64;

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const CR = 13;
const LF = 10;

/** An open block collection. */
interface Frame {
  kind: 'map' | 'seq';
  /** Column of its keys or dashes. */
  indent: number;
  pointer: string;
  entry: PlainEntry;
  map?: Record<string, unknown>;
  list?: unknown[];
  /** A compact list (`key:` then `- item` at the key's own column), which ends at the next key. */
  compact: boolean;
  /** Where its last item ends: after the newline of its last line, or the end of a nested value. */
  end: number;
  /** The key or item whose value is still to come on the next lines, or undefined. */
  slot?: Slot;
}

interface Slot {
  pointer: string;
  entry: PlainEntry;
  /** Where an empty value sits (the start of the comment or line end after the indicator). */
  emptyAt: number;
  /** For a list item after the first: where the item before it ended (comments between count as its own). */
  after?: number;
  assign: (value: unknown) => void;
}

class GiveUp {}
const GIVE_UP = new GiveUp();

/**
 * Reads `text` if it is written in the plain subset described above; `undefined` otherwise, and
 * then only the full parse can say what the text holds. Each entry is made by `makeEntry`, so a
 * caller can have the reader fill objects of its own.
 */
export function readPlainYaml(text: string): PlainRead | undefined;
export function readPlainYaml<Entry extends PlainEntry>(text: string, makeEntry: EntryMaker<Entry>): PlainRead<Entry> | undefined;
export function readPlainYaml(text: string, makeEntry: EntryMaker<PlainEntry> = plainEntry): PlainRead | undefined {
  if (!isPlainText(text)) return undefined;
  try {
    return new Reader(text, makeEntry).read();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/**
 * No character that only the full parse handles: tabs, a CR not followed by LF, other controls,
 * BOM, NEL, line or paragraph separators.
 */
function isPlainText(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  return !/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]|\r(?!\n)/.test(text);
}

/** Where the line whose line feed is at `newline` (-1: the last line) ends, before a CR LF or LF. */
function lineEndBefore(text: string, newline: number): number {
  if (newline === -1) return text.length;
  return text.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
}

class Reader {
  /** The end of the line `lineAt` last measured (before its CR LF or LF), and the start of the next. */
  private lineStop = 0;
  private lineAfter = 0;
  private readonly entries = new Map<string, PlainEntry>();
  private readonly stack: Frame[] = [];
  private root: Frame | undefined;
  private readonly length: number;

  constructor(
    private readonly text: string,
    private readonly makeEntry: EntryMaker<PlainEntry>,
  ) {
    this.length = text.length;
  }

  /** A new entry at `pointer`, put in the entries in document order. */
  private entry(pointer: string, key: [number, number] | undefined, value: [number, number], kind: ValueKind): PlainEntry {
    const entry = this.makeEntry(pointer);
    entry.key = key;
    entry.value = value;
    entry.kind = kind;
    this.entries.set(pointer, entry);
    return entry;
  }

  read(): PlainRead | undefined {
    const text = this.text;
    this.entry('', undefined, [0, 0], 'map');
    let position = 0;
    let opened = false;
    while (position < this.length) {
      const at = this.lineAt(position);
      const lineEnd = this.lineStop;
      const next = this.lineAfter;
      if (at === lineEnd || text.charCodeAt(at) === HASH) {
        position = next;
        continue;
      }
      const indent = at - position;
      if (indent === 0 && isMarker(text, at, lineEnd)) {
        // A `---` before the first key only opens the document; any other marker is left to the full parse.
        const rest = this.skipSpaces(at + 3, lineEnd);
        if (this.root || opened || text.charCodeAt(at) !== DASH || (rest < lineEnd && text.charCodeAt(rest) !== HASH)) return undefined;
        opened = true;
        position = next;
        continue;
      }
      position = this.line(at, indent, lineEnd, next);
    }
    if (!this.root) return undefined;
    while (this.stack.length > 0) this.close(this.length);
    return { data: this.root.map as Record<string, unknown>, entries: this.entries };
  }

  /** Measures the line starting at `position` (`lineStop`, `lineAfter`); returns where its first non-space is (`lineStop` for a line of spaces). */
  private lineAt(position: number): number {
    const text = this.text;
    const newline = text.indexOf('\n', position);
    this.lineStop = lineEndBefore(text, newline);
    this.lineAfter = newline === -1 ? this.length : newline + 1;
    let at = position;
    while (at < this.lineStop && text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  /** Reads one line of content starting at `at`; returns where reading goes on. */
  private line(at: number, indent: number, lineEnd: number, next: number): number {
    const dash = this.isDash(at, lineEnd);
    let top = this.stack[this.stack.length - 1];
    while (top && (top.indent > indent || (top.indent === indent && top.compact && !dash))) {
      this.close(at);
      top = this.stack[this.stack.length - 1];
    }
    if (!top) {
      if (this.root || indent !== 0 || dash) throw GIVE_UP;
      const entry = this.entries.get('') as PlainEntry;
      entry.value[0] = at;
      top = this.open('map', indent, '', entry, false, at);
      this.root = top;
      return this.mapEntry(top, at, lineEnd, next);
    }
    if (top.indent === indent) {
      if (top.kind === 'seq') {
        if (!dash) throw GIVE_UP;
        this.fillEmpty(top, at);
        return this.seqItem(top, at, lineEnd, next);
      }
      if (dash) {
        // `key:` followed by `- item` lines at the key's own column.
        const slot = this.takeSlot(top);
        const seq = this.openIn(slot, 'seq', indent, true, at);
        return this.seqItem(seq, at, lineEnd, next);
      }
      this.fillEmpty(top, at);
      return this.mapEntry(top, at, lineEnd, next);
    }
    // More indented than the open collection: only a nested collection of an empty key or item.
    const slot = this.takeSlot(top);
    if (dash) return this.seqItem(this.openIn(slot, 'seq', indent, false, at), at, lineEnd, next);
    return this.mapEntry(this.openIn(slot, 'map', indent, false, at), at, lineEnd, next);
  }

  private isDash(at: number, lineEnd: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === lineEnd || this.text.charCodeAt(at + 1) === SPACE);
  }

  private open(kind: 'map' | 'seq', indent: number, pointer: string, entry: PlainEntry, compact: boolean, start: number): Frame {
    if (this.stack.length >= MAX_DEPTH) throw GIVE_UP;
    const frame: Frame = { kind, indent, pointer, entry, compact, end: start };
    if (kind === 'map') frame.map = {};
    else frame.list = [];
    entry.kind = kind;
    entry.value = [start, start];
    this.stack.push(frame);
    return frame;
  }

  /** Opens a collection as the value of an empty key or item. */
  private openIn(slot: Slot, kind: 'map' | 'seq', indent: number, compact: boolean, start: number): Frame {
    const frame = this.open(kind, indent, slot.pointer, slot.entry, compact, start);
    slot.assign(kind === 'map' ? frame.map : frame.list);
    return frame;
  }

  private takeSlot(frame: Frame): Slot {
    const slot = frame.slot;
    if (!slot) throw GIVE_UP;
    frame.slot = undefined;
    return slot;
  }

  /**
   * A key or item left without a value is null, at the point after its indicator. `next` is where
   * the next content starts (or the end of the text).
   */
  private fillEmpty(frame: Frame, next: number): void {
    const slot = frame.slot;
    if (!slot) return;
    frame.slot = undefined;
    slot.entry.value = [slot.emptyAt, slot.emptyAt];
    slot.entry.kind = 'plain';
    slot.entry.scalar = null;
    slot.assign(null);
    // As in the full parse, the empty value takes in the comments after it, and with them every
    // line up to the next content; without a comment it ends where it is.
    const commented = this.deepestComment(slot.emptyAt, next) !== -1 || (slot.after !== undefined && this.deepestComment(slot.after, slot.emptyAt) !== -1);
    frame.end = commented ? next : slot.emptyAt;
  }

  /**
   * The indentation of the deepest comment line between `from` and `to`, which hold only empty and
   * comment lines; -1 when there is no comment.
   */
  private deepestComment(from: number, to: number): number {
    let deepest = -1;
    let start = from;
    while (start < to) {
      const at = this.lineAt(start);
      if (at >= to) break;
      if (this.text.charCodeAt(at) === HASH) deepest = Math.max(deepest, at - start);
      start = this.lineAfter;
    }
    return deepest;
  }

  /**
   * Where the comment lines indented deeper than `indent` that follow a one-line value end (empty
   * lines may come between them; a shallower comment or any content stops them), `from` being the
   * start of the line after the value: the full parse counts them into the value. `from` when
   * there are none.
   */
  private commentsBelow(from: number, indent: number): number {
    let end = from;
    let start = from;
    while (start < this.length) {
      const at = this.lineAt(start);
      if (this.text.charCodeAt(at) === HASH) {
        if (at - start <= indent) break;
        end = this.lineAfter;
      } else if (at < this.lineStop) break;
      start = this.lineAfter;
    }
    return end;
  }

  /**
   * Ends the innermost open collection; `next` is where the content after it starts (or the end of
   * the text). Its span runs to the end of its last item. Comment lines between that item and
   * `next` belong to it when one of them is indented to its level or deeper (not at the root):
   * then its parent sees it end at `next`; otherwise they pass to the parent, as in the full parse.
   */
  private close(next: number): void {
    const frame = this.stack.pop() as Frame;
    this.fillEmpty(frame, next);
    frame.entry.value[1] = frame.end;
    const parent = this.stack[this.stack.length - 1];
    if (!parent) return;
    const keepsComments = frame.indent > 0 && this.deepestComment(frame.end, next) >= frame.indent;
    parent.end = keepsComments ? next : frame.end;
  }

  /** `key: value` at `at`, in `map`. */
  private mapEntry(map: Frame, at: number, lineEnd: number, next: number): number {
    const text = this.text;
    const keyEnd = this.keyEnd(at, lineEnd);
    if (keyEnd === at || text.charCodeAt(keyEnd) !== COLON || this.farFromKeyStart(at, keyEnd)) throw GIVE_UP;
    const afterColon = keyEnd + 1;
    if (afterColon < lineEnd && text.charCodeAt(afterColon) !== SPACE) throw GIVE_UP;
    const key = text.slice(at, keyEnd);
    if (!isTextKey(key)) throw GIVE_UP;
    const data = map.map as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(data, key)) throw GIVE_UP;
    const pointer = `${map.pointer}/${pointerSegment(key)}`;
    const entry = this.entry(pointer, [at, keyEnd], [afterColon, afterColon], 'plain');
    const assign = (value: unknown): void => {
      if (key === '__proto__') Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true });
      else data[key] = value;
    };
    assign(null);
    return this.value(map, pointer, entry, assign, afterColon, lineEnd, next);
  }

  /**
   * YAML allows at most 1024 characters from where an implicit key starts to its `:`, and counts
   * the line breaks and spaces before the key when nothing else comes between it and the value
   * before (after an empty value, say). Measured here from the first of those blank characters,
   * which gives up in a few more cases than YAML would need.
   */
  private farFromKeyStart(at: number, colon: number): boolean {
    const limit = colon - 1024;
    if (limit <= 0) return false;
    let start = at;
    while (start > limit) {
      const code = this.text.charCodeAt(start - 1);
      if (code !== SPACE && code !== LF && code !== CR) return false;
      start--;
    }
    return true;
  }

  /** `- value` at `at`, in `seq`. */
  private seqItem(seq: Frame, at: number, lineEnd: number, next: number): number {
    const list = seq.list as unknown[];
    const index = list.length;
    const pointer = `${seq.pointer}/${index}`;
    const entry = this.entry(pointer, undefined, [at + 1, at + 1], 'plain');
    list.push(null);
    const assign = (value: unknown): void => {
      list[index] = value;
    };
    const text = this.text;
    const start = this.skipSpaces(at + 1, lineEnd);
    if (start < lineEnd && text.charCodeAt(start) !== HASH && this.startsKey(start, lineEnd)) {
      // `- key: value`: a map whose keys sit at this column.
      const map = this.open('map', start - (text.lastIndexOf('\n', at) + 1), pointer, entry, false, start);
      assign(map.map);
      return this.mapEntry(map, start, lineEnd, next);
    }
    const after = index > 0 ? seq.end : undefined;
    const lineAfter = this.value(seq, pointer, entry, assign, at + 1, lineEnd, next);
    if (seq.slot) seq.slot.after = after;
    return lineAfter;
  }

  /** Where the key characters from `at` end (`at` when there are none). */
  private keyEnd(at: number, lineEnd: number): number {
    let end = at;
    while (end < lineEnd && isKeyCode(this.text.charCodeAt(end))) end++;
    return end;
  }

  /** Whether a `key:` (followed by a space or the line end) starts at `at`. */
  private startsKey(at: number, lineEnd: number): boolean {
    const text = this.text;
    const end = this.keyEnd(at, lineEnd);
    return end > at && text.charCodeAt(end) === COLON && (end + 1 === lineEnd || text.charCodeAt(end + 1) === SPACE);
  }

  /**
   * The value after an indicator (`key:` or `-`) ending at `from`: on this line, or an empty slot
   * that the next lines may fill with a collection.
   */
  private value(frame: Frame, pointer: string, entry: PlainEntry, assign: (value: unknown) => void, from: number, lineEnd: number, next: number): number {
    const text = this.text;
    const at = this.skipSpaces(from, lineEnd);
    if (at === lineEnd || text.charCodeAt(at) === HASH) {
      entry.value = [at, at];
      frame.slot = { pointer, entry, emptyAt: at, assign };
      frame.end = next;
      return next;
    }
    const code = text.charCodeAt(at);
    if (code === 124 /* | */ || code === 62 /* > */) {
      const end = this.blockScalar(frame.indent, entry, at, lineEnd, next);
      assign(entry.scalar);
      frame.end = end;
      return end;
    }
    let valueEnd: number;
    let after = next;
    if (code === 39 /* ' */ || code === 34 /* " */) {
      valueEnd = this.quoted(entry, at, lineEnd);
      this.lineRest(valueEnd, lineEnd);
      assign(entry.scalar);
    } else if (code === 91 /* [ */) {
      valueEnd = this.flowList(pointer, entry, assign, at, lineEnd);
      this.lineRest(valueEnd, lineEnd);
    } else {
      valueEnd = this.plain(entry, at, lineEnd, false);
      this.lineRest(valueEnd, lineEnd);
      after = this.continuedPlain(entry, frame.indent, valueEnd, lineEnd, next);
      assign(entry.scalar);
    }
    frame.end = this.commentsBelow(after, frame.indent);
    return after;
  }

  /** After a value: only spaces, then the line end or a comment. */
  private lineRest(at: number, lineEnd: number): void {
    const position = this.skipSpaces(at, lineEnd);
    if (position < lineEnd && (this.text.charCodeAt(position) !== HASH || position === at)) throw GIVE_UP;
  }

  /** A one-line plain value from `at`; returns where it ends. In a `[…]` list it also ends at `,` or `]`. */
  private plain(entry: PlainEntry, at: number, lineEnd: number, inFlow: boolean): number {
    const valueEnd = this.plainEnd(at, lineEnd, inFlow);
    entry.kind = 'plain';
    entry.scalar = resolvePlain(this.text.slice(at, valueEnd));
    entry.value = [at, valueEnd];
    return valueEnd;
  }

  /** Where the line's part of a plain value starting at `at` ends (before trailing spaces and a comment). */
  private plainEnd(at: number, lineEnd: number, inFlow: boolean): number {
    const text = this.text;
    if (!canStartPlain(text, at, lineEnd, inFlow)) throw GIVE_UP;
    let end = at;
    let valueEnd = at;
    while (end < lineEnd) {
      const code = text.charCodeAt(end);
      if (code === SPACE) {
        if (text.charCodeAt(end + 1) === HASH) break;
      } else {
        if (code === COLON) {
          const after = end + 1 < lineEnd ? text.charCodeAt(end + 1) : SPACE;
          if (after === SPACE || (inFlow && isFlowIndicator(after))) throw GIVE_UP;
        } else if (inFlow && (code === 44 /* , */ || code === 93 /* ] */)) break;
        else if (inFlow && isFlowIndicator(code)) throw GIVE_UP;
        valueEnd = end + 1;
      }
      end++;
    }
    return valueEnd;
  }

  /**
   * A plain value continued on the lines below its first (each indented deeper than its collection
   * at `parentIndent`): YAML folds them into one text, a line break into a space and each empty
   * line between into a line break. Returns where reading goes on: after the last continued line,
   * or `next` when the value has one line.
   */
  private continuedPlain(entry: PlainEntry, parentIndent: number, valueEnd: number, lineEnd: number, next: number): number {
    const text = this.text;
    // A comment (all that can follow the value on its line) ends it: a line below would be an error.
    if (this.skipSpaces(valueEnd, lineEnd) < lineEnd) return next;
    let folded: string | undefined;
    let empty = 0;
    let after = next;
    let position = next;
    let end = valueEnd;
    while (position < this.length) {
      const at = this.lineAt(position);
      const lineStop = this.lineStop;
      if (at === lineStop) {
        empty++;
        position = this.lineAfter;
        continue;
      }
      if (text.charCodeAt(at) === HASH || at - position <= parentIndent) break;
      const partEnd = this.plainEnd(at, lineStop, false);
      folded = (folded ?? text.slice(entry.value[0], valueEnd)) + (empty === 0 ? ' ' : '\n'.repeat(empty)) + text.slice(at, partEnd);
      empty = 0;
      end = partEnd;
      after = this.lineAfter;
      position = after;
      if (this.skipSpaces(partEnd, lineStop) < lineStop) break;
    }
    if (folded === undefined) return next;
    entry.scalar = resolvePlain(folded);
    entry.value = [entry.value[0], end];
    return after;
  }

  /** The first position at or after `at` on its line that is not a space (`lineEnd` if none). */
  private skipSpaces(at: number, lineEnd: number): number {
    let position = at;
    while (position < lineEnd && this.text.charCodeAt(position) === SPACE) position++;
    return position;
  }

  /** A quoted value closed on its own line; returns where it ends. */
  private quoted(entry: PlainEntry, at: number, lineEnd: number): number {
    const text = this.text;
    const quote = text.charCodeAt(at);
    let end = at + 1;
    let escaped = false;
    for (;;) {
      if (end >= lineEnd) throw GIVE_UP;
      const code = text.charCodeAt(end);
      if (quote === 39) {
        if (code === 39) {
          if (text.charCodeAt(end + 1) === 39 && end + 1 < lineEnd) {
            escaped = true;
            end += 2;
            continue;
          }
          break;
        }
      } else if (code === 92 /* \ */) {
        escaped = true;
        end += 2;
        continue;
      } else if (code === 34) break;
      end++;
    }
    const inner = text.slice(at + 1, end);
    let value = inner;
    if (escaped) {
      if (quote === 39) value = inner.replace(/''/g, "'");
      else {
        // JSON's escapes are YAML's with the same meaning; any other escape is left to the full parse.
        try {
          value = JSON.parse(text.slice(at, end + 1)) as string;
        } catch {
          throw GIVE_UP;
        }
      }
    }
    entry.kind = 'quoted';
    entry.scalar = value;
    entry.value = [at, end + 1];
    return end + 1;
  }

  /** A one-line `[a, 'b', c]` list of scalars, handed to `assign`; returns where it ends. */
  private flowList(pointer: string, entry: PlainEntry, assign: (value: unknown) => void, at: number, lineEnd: number): number {
    const text = this.text;
    const items: unknown[] = [];
    let position = at + 1;
    for (;;) {
      position = this.skipSpaces(position, lineEnd);
      if (position >= lineEnd) throw GIVE_UP;
      const code = text.charCodeAt(position);
      if (code === 93 /* ] */) {
        if (items.length > 0) throw GIVE_UP; // `[a, ]`: a trailing comma
        break;
      }
      const item = this.entry(`${pointer}/${items.length}`, undefined, [position, position], 'plain');
      position = code === 39 || code === 34 ? this.quoted(item, position, lineEnd) : this.plain(item, position, lineEnd, true);
      items.push(item.scalar);
      position = this.skipSpaces(position, lineEnd);
      const after = text.charCodeAt(position);
      if (position < lineEnd && after === 93) break;
      if (position >= lineEnd || after !== 44 /* , */) throw GIVE_UP;
      position++;
    }
    entry.kind = 'seq';
    entry.scalar = undefined;
    entry.value = [at, position + 1];
    assign(items);
    return position + 1;
  }

  /**
   * A `|` or `>` text whose indicator is at `at`, in a collection at column `parentIndent`;
   * returns where its last line ends.
   */
  private blockScalar(parentIndent: number, entry: PlainEntry, at: number, lineEnd: number, next: number): number {
    const text = this.text;
    const folded = text.charCodeAt(at) === 62;
    let header = at + 1;
    const chomp = text.charCodeAt(header);
    const strip = chomp === DASH;
    if (strip) header++;
    else if (header < lineEnd && chomp !== SPACE) throw GIVE_UP; // `+` keeps trailing lines; a digit fixes the indentation
    this.lineRest(header, lineEnd);
    // Leading empty lines, then the first line of text fixes the indentation.
    let position = next;
    let leading = 0;
    let widestLeading = 0;
    let indent = -1;
    while (position < this.length) {
      const column = this.lineAt(position);
      if (column < this.lineStop) {
        indent = column - position;
        break;
      }
      leading++;
      widestLeading = Math.max(widestLeading, this.lineStop - position);
      position = this.lineAfter;
    }
    // Empty text, or leading lines wider than the text's indentation: left to the full parse.
    if (indent <= parentIndent || widestLeading > indent) throw GIVE_UP;
    const lines: string[] = [];
    for (let count = 0; count < leading; count++) lines.push('');
    let blankRun = 0;
    let lastEnd = position;
    while (position < this.length) {
      const column = this.lineAt(position);
      const end = this.lineStop;
      // A line of spaces no wider than the indentation is an empty line; in `|` text a wider one is a
      // line of the text, its spaces past the indentation kept (in `>` text it is left to the full parse).
      if (column === end && (column - position <= indent || folded)) {
        if (column - position > indent) throw GIVE_UP;
        blankRun++;
        position = this.lineAfter;
        continue;
      }
      if (column - position < indent) break;
      if (folded && (column - position > indent || text.charCodeAt(end - 1) === SPACE)) throw GIVE_UP;
      for (; blankRun > 0; blankRun--) lines.push('');
      lines.push(text.slice(position + indent, end));
      lastEnd = this.lineAfter;
      position = lastEnd;
    }
    let value: string;
    if (folded) {
      value = '';
      for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        if (index > 0) value += line === '' || lines[index - 1] === '' ? '' : ' ';
        value += line === '' ? '\n' : line;
      }
    } else value = lines.join('\n');
    if (!strip) value += '\n';
    entry.kind = 'block';
    entry.scalar = value;
    entry.value = [at, lastEnd];
    return lastEnd;
  }
}

/** `---` or `...` opening a line (document markers), or a `%` directive. */
function isMarker(text: string, at: number, lineEnd: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 37 /* % */) return true;
  if ((code !== DASH && code !== 46) || text.charCodeAt(at + 1) !== code || text.charCodeAt(at + 2) !== code) return false;
  return at + 3 === lineEnd || text.charCodeAt(at + 3) === SPACE;
}

/** Letters, digits, `_`, `-` and `.`: the keys interview files use. */
function isKeyCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === DASH || code === 46;
}

/** `,` `[` `]` `{` `}`: what ends or opens something inside brackets. */
function isFlowIndicator(code: number): boolean {
  return code === 44 || code === 91 || code === 93 || code === 123 || code === 125;
}

/** A key that YAML reads as text (not a number, boolean or null, which the full parse turns into text its own way). */
function isTextKey(key: string): boolean {
  const first = key.charCodeAt(0);
  if (first === DASH || first === 46) return false;
  return typeof resolvePlain(key) === 'string';
}

/** Whether a plain value may start at `at` (YAML's indicators start other things, or are errors). */
function canStartPlain(text: string, at: number, lineEnd: number, inFlow: boolean): boolean {
  const code = text.charCodeAt(at);
  if (code === DASH || code === 63 /* ? */ || code === COLON) {
    if (at + 1 >= lineEnd) return false;
    const after = text.charCodeAt(at + 1);
    return after !== SPACE && !(inFlow && isFlowIndicator(after));
  }
  // , [ ] { } # & * ! | > ' " % @ `
  return !(isFlowIndicator(code) || code === HASH || code === 38 || code === 42 || code === 33 || code === 124 || code === 62 || code === 39 || code === 34 || code === 37 || code === 64 || code === 96);
}

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCTAL = /^0o[0-7]+$/;
const INTEGER = /^[-+]?[0-9]+$/;
const HEXADECIMAL = /^0x[0-9a-fA-F]+$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain value as YAML 1.2's core schema reads it (as the `yaml` library does by default). */
export function resolvePlain(source: string): unknown {
  const first = source.charCodeAt(0);
  // Only these can start anything but text; most values start with a letter and stop here.
  const maybe = source.length === 0 || first === 126 || first === 110 || first === 78 || first === 116 || first === 84 || first === 102 || first === 70 || first === 46 || first === 43 || first === DASH || (first >= 48 && first <= 57);
  if (!maybe) return source;
  if (NULL.test(source)) return null;
  if (BOOLEAN.test(source)) return first === 116 || first === 84;
  if (OCTAL.test(source)) return parseInt(source.substring(2), 8);
  if (INTEGER.test(source)) return parseInt(source, 10);
  if (HEXADECIMAL.test(source)) return parseInt(source.substring(2), 16);
  if (SPECIAL_FLOAT.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : first === DASH ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (EXPONENT_FLOAT.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

/** Escapes one key for a JSON pointer. */
export function pointerSegment(key: string | number): string {
  const text = String(key);
  if (text.indexOf('~') === -1 && text.indexOf('/') === -1) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}
