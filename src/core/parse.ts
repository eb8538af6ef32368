import { isAlias, isMap, isScalar, isSeq, Lexer, Parser, Composer, visit } from 'yaml';
import type { Alias, CST, Document, Node, Pair } from 'yaml';
import { pointerSegment, readPlainYaml } from './plainYaml';
import type { PlainEntry, ValueKind } from './plainYaml';
import { COMPOSE_OPTIONS, countParsed, editKeepsSyntax } from './reparse';

export { parsedLength } from './reparse';
import { LineIndex } from './text';

/** Where one key/value sits in the source, by UTF-16 offsets. */
export interface SourceEntry {
  /** The key's span, for entries of a map. */
  key?: [number, number];
  /** The value's span; for an empty value, the point just after the key's colon. */
  value: [number, number];
  /** What the value is (a scalar's style, a map, a list, an alias); absent when there is no node. */
  kind?: ValueKind;
  /** A scalar's value (text, number, boolean or null); for an alias, the value it stands for. */
  scalar?: unknown;
  /**
   * The YAML node of the value. On a file read by the plain reader, reading it parses the file
   * with `yaml` (once): editor features that rewrite YAML need it, the lint does not.
   */
  node?: Node;
  /** The pair holding this entry, for entries of a map (parsed on first read like `node`). */
  pair?: Pair;
}

/** Whether an entry's value is a scalar (written plain, quoted, or as `|`/`>` text). */
export function isScalarEntry(entry: SourceEntry | undefined): boolean {
  const kind = entry?.kind;
  return kind === 'plain' || kind === 'quoted' || kind === 'block';
}

/** A YAML problem that stops the file from being read, as offsets and a message. */
export interface SyntaxProblem {
  message: string;
  start: number;
  end: number;
}

/** An interview file parsed once: its plain data plus the source span of every key and value. */
export interface InterviewDocument {
  readonly text: string;
  readonly lines: LineIndex;
  /** The parsed YAML document, absent when the text was too large to parse. */
  readonly yaml?: Document.Parsed;
  /** Plain data (maps, lists, scalars); aliases to collections are left out and reported. */
  readonly data: unknown;
  /** JSON-pointer path (`/contact/name`, `/questions/0/ask`, `` for the root) → source spans. */
  readonly entries: ReadonlyMap<string, SourceEntry>;
  /** YAML syntax errors and unsupported constructs; when any is present the rules do not run. */
  readonly syntax: readonly SyntaxProblem[];
  /** Set when the text is over the size limit and was not parsed. */
  readonly tooLarge?: { size: number; limit: number };
}

export interface ParseOptions {
  /** Largest text, in UTF-16 units, that is parsed; larger texts get one "too large" problem. */
  maxSize?: number;
  /**
   * The parsed document this text is an edit of (a fix being checked, say). When the edit stays
   * inside one item of a block collection, re-reading that item shows the text still parses, and
   * the whole text is parsed only once something beyond `text` and `syntax` is read.
   */
  editOf?: InterviewDocument;
  /** False to parse with the `yaml` library even where the plain reader could (to compare the two). */
  plain?: boolean;
}

export const DEFAULT_MAX_SIZE = 512 * 1024;


export { pointerSegment } from './plainYaml';

/**
 * Parses an interview file's text without throwing; broken YAML is reported, never raised. Files
 * written in plain YAML (nearly all) are read by `plainYaml.ts`; the rest, and every file with a
 * syntax error, by the `yaml` library.
 */
export function parseInterview(text: string, options: ParseOptions = {}): InterviewDocument {
  const limit = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (text.length > limit) return parseWithYaml(text, limit);
  // An edit (a fix being checked) is proved by re-reading the item it changes where it can: the
  // planned edit has read the document's YAML nodes already.
  if (options.editOf && editKeepsSyntax(options.editOf, text)) return parsedOnUse(text, limit);
  const plain = options.plain !== false ? readPlainDocument(text, limit) : undefined;
  return plain ?? parseWithYaml(text, limit);
}

/** Parses with the `yaml` library: every construct, and the wording of every syntax error. */
function parseWithYaml(text: string, limit: number): InterviewDocument {
  const lines = new LineIndex(text);
  const entries = new Map<string, SourceEntry>();
  if (text.length > limit) {
    return { text, lines, data: undefined, entries, syntax: [], tooLarge: { size: text.length, limit } };
  }
  const syntax: SyntaxProblem[] = [];
  let yamlDocument: Document.Parsed | undefined;
  countParsed(text.length);
  try {
    yamlDocument = parseFirstDocument(text, syntax);
  } catch (error) {
    syntax.push({ message: `The file could not be read as YAML: ${describe(error)}`, start: 0, end: Math.min(text.length, 1) });
  }
  let data: unknown = undefined;
  if (yamlDocument) {
    for (const error of yamlDocument.errors) {
      syntax.push({ message: yamlMessage(error.message), start: error.pos[0], end: Math.max(error.pos[1], error.pos[0]) });
    }
    const contents = yamlDocument.contents as Node | null;
    const walker = new Walker(yamlDocument, entries, syntax);
    const rootSpan: [number, number] = contents?.range ? [contents.range[0], contents.range[1]] : [0, 0];
    const rootEntry: SourceEntry = { value: rootSpan, node: contents ?? undefined };
    entries.set('', rootEntry);
    data = contents ? walker.value(contents, '', 0) : null;
    if (contents) describeEntry(rootEntry, contents, data);
  }
  return { text, lines, yaml: yamlDocument, data, entries, syntax };
}

const NO_PROBLEMS: readonly SyntaxProblem[] = Object.freeze([]);

/**
 * The document the plain reader reads, or undefined where it gives up; its YAML nodes come from a
 * full parse, made the first time one is read.
 */
function readPlainDocument(text: string, limit: number): InterviewDocument | undefined {
  let parsed: InterviewDocument | undefined;
  const full = (): InterviewDocument => (parsed ??= parseWithYaml(text, limit));
  const read = readPlainYaml(text, (pointer) => new PlainSourceEntry(full, pointer));
  if (!read) return undefined;
  countParsed(text.length);
  return {
    text,
    lines: new LineIndex(text),
    get yaml() {
      return full().yaml;
    },
    data: read.data,
    entries: read.entries,
    syntax: NO_PROBLEMS,
  };
}

/** An entry the plain reader fills; its node and pair are the full parse's. */
class PlainSourceEntry implements SourceEntry, PlainEntry {
  key: [number, number] | undefined = undefined;
  value: [number, number] = [0, 0];
  kind: ValueKind = 'plain';
  scalar: unknown = undefined;

  constructor(
    private readonly full: () => InterviewDocument,
    private readonly pointer: string,
  ) {}

  get node(): Node | undefined {
    return this.full().entries.get(this.pointer)?.node;
  }

  get pair(): Pair | undefined {
    return this.full().entries.get(this.pointer)?.pair;
  }
}

/**
 * A document whose text is known to parse without problems, parsed in full the first time its
 * lines, data, entries or YAML are read.
 */
function parsedOnUse(text: string, maxSize: number): InterviewDocument {
  let parsed: InterviewDocument | undefined;
  const full = (): InterviewDocument => (parsed ??= parseInterview(text, { maxSize }));
  return {
    text,
    get lines() {
      return full().lines;
    },
    get yaml() {
      return full().yaml;
    },
    get data() {
      return full().data;
    },
    get entries() {
      return full().entries;
    },
    get syntax() {
      return parsed ? parsed.syntax : NO_PROBLEMS;
    },
  };
}

/**
 * Parses only the first YAML document; a second `---` document is reported rather than parsed, so
 * the file keeps one meaning.
 */
function parseFirstDocument(text: string, syntax: SyntaxProblem[]): Document.Parsed | undefined {
  const tokens = shallowTokens(text, syntax);
  if (!tokens) return undefined;
  // Duplicate keys are found by the walk below: the composer's own check compares every pair of keys.
  const composer = new Composer(COMPOSE_OPTIONS);
  let first: Document.Parsed | undefined;
  for (const document of composer.compose(tokens, true)) {
    if (!first) first = document as Document.Parsed;
    else {
      const marker = /^---/m.exec(text.slice(first.range[1]));
      const start = marker ? first.range[1] + marker.index : document.range[0];
      syntax.push({
        message: 'This file holds more than one YAML document (`---`). Keep one interview per file: move this part into a file of its own.',
        start,
        end: Math.min(text.length, start + 3),
      });
      break;
    }
  }
  return first;
}

/** The marker strings `yaml`'s lexer puts before a scalar, at a flow error's end, and for document mode. */
export const LEXER_MARKERS = { scalar: '\x1f', flowEnd: '\x18', document: '\x02' } as const;

/** Deepest nesting read; the walk below stops there, and deeper text is never composed at all. */
const MAX_DEPTH = 200;

const tooDeep = (): string => `The file is nested more than ${MAX_DEPTH} levels deep; an interview needs only a few.`;

/**
 * The YAML syntax tree of a text, or undefined (with a problem) when it nests deeper than
 * MAX_DEPTH. The composer recurses once per level, and running out of stack there can abort the
 * whole process (V8 fails to compile a regular expression near the stack limit), so depth is
 * measured first: flow brackets and `- - -` on the lexer's tokens, indentation on the tree, both
 * without recursion.
 */
function shallowTokens(text: string, syntax: SyntaxProblem[]): CST.Token[] | undefined {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let offset = 0;
  let flow = 0;
  let compact = 0;
  let scalarSource = false;
  for (const lexeme of new Lexer().lex(text)) {
    if (scalarSource) scalarSource = false;
    else {
      // The lexer's indicators are these exact strings (`CST.tokenType` names them; the markers are
      // `CST.SCALAR`, `CST.FLOW_END` and `CST.DOCUMENT`, which a unit test compares). Spelled out
      // here so the bundles leave out the rest of the CST module.
      if (lexeme === LEXER_MARKERS.scalar) scalarSource = true;
      else if (lexeme === '[' || lexeme === '{') flow++;
      else if (lexeme === ']' || lexeme === '}') flow = Math.max(0, flow - 1);
      else if (lexeme === LEXER_MARKERS.flowEnd || lexeme === LEXER_MARKERS.document) flow = 0;
      else if (lexeme === '\n' || lexeme === '\r\n' || lexeme === '') compact = 0;
      // Outside brackets, each `- `, `? ` or `key:` after the first on a line opens a level.
      else if (lexeme === '-' || lexeme === '?' || (lexeme === ':' && flow === 0)) compact++;
      if (flow + compact > MAX_DEPTH) {
        syntax.push({ message: tooDeep(), start: offset, end: Math.min(text.length, offset + Math.max(1, lexeme.length)) });
        return undefined;
      }
    }
    for (const token of parser.next(lexeme)) tokens.push(token);
    offset += lexeme.length;
  }
  for (const token of parser.end()) tokens.push(token);
  const deep = deepestToken(tokens);
  if (deep !== undefined) {
    syntax.push({ message: tooDeep(), start: deep, end: Math.min(text.length, deep + 1) });
    return undefined;
  }
  return tokens;
}

/** The offset of the first collection nested deeper than MAX_DEPTH in a syntax tree, found without recursion. */
function deepestToken(tokens: readonly CST.Token[]): number | undefined {
  // Two parallel stacks (token, depth) rather than a pair per token: this runs on every parse.
  const stack: CST.Token[] = [...tokens];
  const depths: number[] = tokens.map(() => 0);
  while (stack.length > 0) {
    const token = stack.pop() as CST.Token;
    const depth = depths.pop() as number;
    if (token.type === 'document') {
      if (token.value) {
        stack.push(token.value);
        depths.push(depth);
      }
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > MAX_DEPTH) return token.offset;
      for (const item of token.items as CST.CollectionItem[]) {
        if (item.key) {
          stack.push(item.key);
          depths.push(depth + 1);
        }
        if (item.value) {
          stack.push(item.value);
          depths.push(depth + 1);
        }
      }
    }
  }
  return undefined;
}

class Walker {
  constructor(
    private readonly document: Document.Parsed,
    private readonly entries: Map<string, SourceEntry>,
    private readonly syntax: SyntaxProblem[],
  ) {}

  value(node: Node, pointer: string, depth: number): unknown {
    if (depth > MAX_DEPTH) {
      if (depth === MAX_DEPTH + 1) this.problem(node, tooDeep());
      return undefined;
    }
    if (isScalar(node)) return node.value;
    if (isMap(node)) {
      const result: Record<string, unknown> = {};
      const seen = new Set<string>();
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        if (keyNode !== null && !isScalar(keyNode)) {
          this.problem(keyNode, 'Keys must be plain names such as `contact` or `stage`.');
          continue;
        }
        const key = keyNode === null ? '' : String(keyNode.value);
        if (seen.has(key)) {
          if (keyNode) this.problem(keyNode, 'YAML syntax: Map keys must be unique');
          else this.syntax.push({ message: 'YAML syntax: Map keys must be unique', start: node.range?.[0] ?? 0, end: node.range?.[0] ?? 0 });
          continue;
        }
        seen.add(key);
        const childPointer = `${pointer}/${pointerSegment(key)}`;
        const valueNode = pair.value as Node | null;
        const keySpan: [number, number] | undefined = keyNode?.range ? [keyNode.range[0], keyNode.range[1]] : undefined;
        const valueSpan = spanOf(valueNode, keySpan);
        const entry: SourceEntry = { key: keySpan, value: valueSpan, node: valueNode ?? undefined, pair };
        this.entries.set(childPointer, entry);
        const value = valueNode === null ? null : this.value(valueNode, childPointer, depth + 1);
        if (valueNode !== null) describeEntry(entry, valueNode, value);
        // `__proto__` stays plain data: define it, never assign it (assigning would set the prototype).
        if (key === '__proto__') Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
        else result[key] = value;
      }
      return result;
    }
    if (isSeq(node)) {
      const items = node.items as (Node | null)[];
      const result: unknown[] = [];
      for (let index = 0; index < items.length; index++) {
        const childPointer = `${pointer}/${index}`;
        const itemNode = items[index];
        const entry: SourceEntry = { value: spanOf(itemNode, undefined), node: itemNode ?? undefined };
        this.entries.set(childPointer, entry);
        const value = itemNode === null ? null : this.value(itemNode, childPointer, depth + 1);
        if (itemNode !== null) describeEntry(entry, itemNode, value);
        result.push(value);
      }
      return result;
    }
    if (isAlias(node)) {
      const target = this.aliasTarget(node);
      if (target && isScalar(target)) return target.value;
      this.problem(node, 'Aliases (`*name`) to maps or lists are not supported in interview files: write the value out.');
      return undefined;
    }
    return undefined;
  }

  private targets: Map<Alias, Node | undefined> | undefined;

  /**
   * The node an alias refers to: the last node before it with that anchor, as `Alias.resolve`
   * finds it, but from one pass over the document for all aliases (resolve scans the whole
   * document for each alias, which is quadratic in a file of many aliases).
   */
  private aliasTarget(alias: Alias): Node | undefined {
    if (!this.targets) {
      const targets = new Map<Alias, Node | undefined>();
      const anchors = new Map<string, Node>();
      visit(this.document, {
        Node: (_key, node) => {
          if (isAlias(node)) targets.set(node, anchors.get(node.source));
          else if (node.anchor) anchors.set(node.anchor, node);
        },
      });
      this.targets = targets;
    }
    return this.targets.get(alias);
  }

  private problem(node: Node, message: string): void {
    const range = node.range ?? [0, 0, 0];
    this.syntax.push({ message, start: range[0], end: range[1] });
  }
}

/** Sets an entry's `kind` and `scalar` from its node and the value read from it. */
function describeEntry(entry: SourceEntry, node: Node, value: unknown): void {
  if (isScalar(node)) {
    entry.kind = node.type === 'PLAIN' ? 'plain' : node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? 'block' : 'quoted';
    entry.scalar = value;
  } else if (isMap(node)) entry.kind = 'map';
  else if (isSeq(node)) entry.kind = 'seq';
  else if (isAlias(node)) {
    entry.kind = 'alias';
    entry.scalar = value;
  }
}

function spanOf(node: Node | null, keySpan: [number, number] | undefined): [number, number] {
  if (node?.range) return [node.range[0], node.range[1]];
  const at = keySpan ? keySpan[1] : 0;
  return [at, at];
}

function yamlMessage(message: string): string {
  const firstLine = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `YAML syntax: ${firstLine}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
