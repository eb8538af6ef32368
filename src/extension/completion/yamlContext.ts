/**
 * Where the cursor is in a block-style YAML file, read from the indentation of the lines alone, so
 * it works while the file is half-typed and does not parse. Flow collections (`[…]`, `{…}`) and
 * text inside block scalars give no context.
 */

/** A path into the file: map keys, and list items by their index. */
export type YamlPath = string[];

export interface KeyContext {
  /** The map whose key is being typed. */
  mapPath: YamlPath;
  /** Keys that map already has, above and below the cursor. */
  siblings: string[];
  /** Column where the key starts, and where the word under the cursor ends. */
  start: number;
  end: number;
}

export interface ValueContext {
  /** The path of the value being typed: `contact/connection`, `questions/2`. */
  path: YamlPath;
  /** Column where the value starts, and where it ends (before a trailing comment). */
  start: number;
  end: number;
  /** The value typed so far, up to the cursor. */
  typed: string;
}

export interface CursorContext {
  key?: KeyContext;
  value?: ValueContext;
}

interface Node {
  kind: 'key' | 'item' | 'text';
  column: number;
  key?: string;
  /** For keys: whether something follows the colon on the line (a value, `|`, `[…]`). */
  hasValue?: boolean;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},:-][^#:]*?|-[^\s#:][^#:]*?)[ \t]*:(?=[ \t]|$)[ \t]*(.*)$/;

/** The structure one line starts: list-item dashes, then a key or text, by column. */
function nodesOf(text: string): Node[] {
  const nodes: Node[] = [];
  let column = /^ */.exec(text)?.[0].length ?? 0;
  if (column >= text.length || text[column] === '#') return nodes;
  while (text[column] === '-' && (column + 1 === text.length || text[column + 1] === ' ' || text[column + 1] === '\t')) {
    nodes.push({ kind: 'item', column });
    column += 1;
    while (text[column] === ' ' || text[column] === '\t') column++;
  }
  if (column >= text.length || text[column] === '#') return nodes;
  const match = KEY.exec(text.slice(column));
  if (match) {
    const value = match[2].replace(/(^|[ \t])#.*$/, '').trim();
    nodes.push({ kind: 'key', column, key: unquote(match[1].trim()), hasValue: value !== '' });
  } else nodes.push({ kind: 'text', column });
  return nodes;
}

function unquote(key: string): string {
  if (key.startsWith('"') && key.endsWith('"')) return key.slice(1, -1).replace(/\\(.)/g, '$1');
  if (key.startsWith("'") && key.endsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  return key;
}

type Entity = { kind: 'key' | 'item'; column: number };

/**
 * The path of the container that holds an entity (a key or a list item) starting at `column`, from
 * the nodes to its left on its own line and the lines above; for a list item the path ends with the
 * item's index. Undefined when the indentation leads nowhere sensible (inside block text, say).
 */
function containerPath(lines: (line: number) => string, line: number, leftNodes: Node[], entity: Entity, siblings: string[]): YamlPath | undefined {
  const path: YamlPath = [];
  let current = entity;
  let firstLevel = true;
  let itemIndex = 0;
  const moveTo = (next: Entity) => {
    current = next;
    itemIndex = 0;
    firstLevel = false;
  };
  const visit = (node: Node): boolean => {
    if (node.column > current.column) return true;
    if (current.kind === 'key') {
      if (node.column === current.column) {
        if (node.kind === 'key' && firstLevel && node.key !== undefined) siblings.push(node.key);
        return true;
      }
      if (node.kind === 'key' && !node.hasValue) {
        path.unshift(node.key ?? '');
        moveTo({ kind: 'key', column: node.column });
        return true;
      }
      if (node.kind === 'item') {
        moveTo({ kind: 'item', column: node.column });
        return true;
      }
      return false;
    }
    // Looking for what owns a list item: a key (at the same column or to the left) or an outer item.
    if (node.kind === 'item' && node.column === current.column) {
      itemIndex++;
      return true;
    }
    if (node.kind === 'key' && !node.hasValue) {
      path.unshift(node.key ?? '');
      path.splice(1, 0, String(itemIndex));
      moveTo({ kind: 'key', column: node.column });
      return true;
    }
    if (node.kind === 'item') {
      path.unshift(String(itemIndex));
      moveTo({ kind: 'item', column: node.column });
      return true;
    }
    return false;
  };
  for (const node of [...leftNodes].reverse()) if (!visit(node)) return undefined;
  for (let above = line - 1; above >= 0; above--) {
    if (current.kind === 'key' && current.column === 0 && !firstLevel) break;
    const nodes = nodesOf(lines(above));
    for (const node of [...nodes].reverse()) if (!visit(node)) return undefined;
  }
  // A list needs an owner key, and only top-level keys may start at column 0.
  if (current.kind === 'item' || current.column !== 0) return undefined;
  return path;
}

/** Keys of the same map below the cursor. */
function siblingsBelow(lines: (line: number) => string, lineCount: number, line: number, column: number): string[] {
  const found: string[] = [];
  for (let below = line + 1; below < lineCount; below++) {
    const nodes = nodesOf(lines(below));
    if (nodes.length === 0) continue;
    const first = nodes[0];
    if (first.column < column) break;
    if (first.column > column) continue;
    if (first.kind !== 'key') break;
    if (first.key !== undefined) found.push(first.key);
  }
  return found;
}

/** What can be completed at a position: a key of a map, a value, or both (right after `- `). */
export function cursorContext(lines: (line: number) => string, lineCount: number, line: number, character: number): CursorContext {
  const text = lines(line);
  const prefix = text.slice(0, character);
  const result: CursorContext = {};
  const leading = /^( *)((?:-[ \t]+)*)/.exec(prefix);
  if (!leading) return result;
  const leftNodes = nodesOf(leading[0]).filter((node) => node.kind === 'item');
  const contentColumn = leading[0].length;
  const rest = prefix.slice(contentColumn);
  const wordEnd = character + (/^[\w-]*/.exec(text.slice(character))?.[0].length ?? 0);
  const valueEnd = Math.max(character, text.replace(/([ \t]+#.*)?[ \t]*$/, '').length);

  const keyValue = KEY.exec(rest);
  if (keyValue && !/^[ \t]*[|>]/.test(keyValue[2])) {
    const key = unquote(keyValue[1].trim());
    const mapPath = containerPath(lines, line, leftNodes, { kind: 'key', column: contentColumn }, []);
    if (mapPath) {
      const start = character - keyValue[2].length;
      result.value = { path: [...mapPath, key], start, end: valueEnd, typed: keyValue[2] };
    }
    return result;
  }
  if (/^[\w-]*$/.test(rest)) {
    const siblings: string[] = [];
    const mapPath = containerPath(lines, line, leftNodes, { kind: 'key', column: contentColumn }, siblings);
    if (mapPath) {
      const below = siblingsBelow(lines, lineCount, line, contentColumn);
      result.key = { mapPath, siblings: [...siblings, ...below], start: contentColumn, end: wordEnd };
    }
  }
  if (leftNodes.length > 0 && !rest.startsWith('#')) {
    const item = leftNodes[leftNodes.length - 1];
    const itemPath = containerPath(lines, line, leftNodes.slice(0, -1), { kind: 'item', column: item.column }, []);
    if (itemPath) result.value = { path: itemPath, start: contentColumn, end: valueEnd, typed: rest };
  }
  return result;
}
