import { isAlias, isMap, isScalar, isSeq, LineCounter, Parser, Composer } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import { LineIndex } from './text';

/** Where one key/value sits in the source, by UTF-16 offsets. */
export interface SourceEntry {
  /** The key's span, for entries of a map. */
  key?: [number, number];
  /** The value's span; for an empty value, the point just after the key's colon. */
  value: [number, number];
  /** The YAML node of the value, absent for an empty value. */
  node?: Node;
  /** The pair holding this entry, for entries of a map. */
  pair?: Pair;
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
}

export const DEFAULT_MAX_SIZE = 512 * 1024;

/** Escapes one key for a JSON pointer. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Parses an interview file's text without throwing; broken YAML is reported, never raised. */
export function parseInterview(text: string, options: ParseOptions = {}): InterviewDocument {
  const lines = new LineIndex(text);
  const limit = options.maxSize ?? DEFAULT_MAX_SIZE;
  const entries = new Map<string, SourceEntry>();
  if (text.length > limit) {
    return { text, lines, data: undefined, entries, syntax: [], tooLarge: { size: text.length, limit } };
  }
  const syntax: SyntaxProblem[] = [];
  let yamlDocument: Document.Parsed | undefined;
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
    entries.set('', { value: rootSpan, node: contents ?? undefined });
    data = contents ? walker.value(contents, '', 0) : null;
  }
  return { text, lines, yaml: yamlDocument, data, entries, syntax };
}

/**
 * Parses only the first YAML document; a second `---` document is reported rather than parsed, so
 * the file keeps one meaning.
 */
function parseFirstDocument(text: string, syntax: SyntaxProblem[]): Document.Parsed | undefined {
  const lineCounter = new LineCounter();
  const composer = new Composer({ prettyErrors: false, uniqueKeys: true });
  let first: Document.Parsed | undefined;
  for (const document of composer.compose(new Parser(lineCounter.addNewLine).parse(text), true)) {
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

const MAX_DEPTH = 200;

class Walker {
  constructor(
    private readonly document: Document.Parsed,
    private readonly entries: Map<string, SourceEntry>,
    private readonly syntax: SyntaxProblem[],
  ) {}

  value(node: Node, pointer: string, depth: number): unknown {
    if (depth > MAX_DEPTH) {
      if (depth === MAX_DEPTH + 1) this.problem(node, `The file is nested more than ${MAX_DEPTH} levels deep; an interview needs only a few.`);
      return undefined;
    }
    if (isScalar(node)) return node.value;
    if (isMap(node)) {
      const result: Record<string, unknown> = {};
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        if (keyNode !== null && !isScalar(keyNode)) {
          this.problem(keyNode, 'Keys must be plain names such as `contact` or `stage`.');
          continue;
        }
        const key = keyNode === null ? '' : String(keyNode.value);
        const childPointer = `${pointer}/${pointerSegment(key)}`;
        const valueNode = pair.value as Node | null;
        const keySpan: [number, number] | undefined = keyNode?.range ? [keyNode.range[0], keyNode.range[1]] : undefined;
        const valueSpan = spanOf(valueNode, keySpan);
        this.entries.set(childPointer, { key: keySpan, value: valueSpan, node: valueNode ?? undefined, pair });
        // `__proto__` and friends stay plain data: define, never assign.
        Object.defineProperty(result, key, {
          value: valueNode === null ? null : this.value(valueNode, childPointer, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result;
    }
    if (isSeq(node)) {
      const result: unknown[] = [];
      node.items.forEach((item, index) => {
        const childPointer = `${pointer}/${index}`;
        const itemNode = item as Node | null;
        this.entries.set(childPointer, { value: spanOf(itemNode, undefined), node: itemNode ?? undefined });
        result.push(itemNode === null ? null : this.value(itemNode, childPointer, depth + 1));
      });
      return result;
    }
    if (isAlias(node)) {
      const target = node.resolve(this.document);
      if (target && isScalar(target)) return target.value;
      this.problem(node, 'Aliases (`*name`) to maps or lists are not supported in interview files: write the value out.');
      return undefined;
    }
    return undefined;
  }

  private problem(node: Node, message: string): void {
    const range = node.range ?? [0, 0, 0];
    this.syntax.push({ message, start: range[0], end: range[1] });
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
