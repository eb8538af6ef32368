import type { SchemaNode } from '../../core/schema';
import { interviewSchema, resolveSchema } from '../../core/schema';

/** The kinds of value a schema node accepts, `oneOf` branches included. */
export function branches(node: SchemaNode): SchemaNode[] {
  const resolved = resolveSchema(node);
  return resolved.oneOf ? resolved.oneOf.map(resolveSchema) : [resolved];
}

/** The branch of a node that is a map, if any (a question may be text or a map). */
export function mapBranch(node: SchemaNode): SchemaNode | undefined {
  return branches(node).find((branch) => branch.type === 'object' || branch.properties !== undefined);
}

/** The branch of a node that is a single value (text, number, true/false), if any. */
export function scalarBranch(node: SchemaNode): SchemaNode | undefined {
  return branches(node).find((branch) => branch.type !== 'object' && branch.type !== 'array' && branch.properties === undefined && branch.items === undefined);
}

/**
 * The schema of the value at a path of keys and list indexes, without looking at the data: where a
 * node may be text or a map, the next segment decides (a key needs the map).
 */
export function schemaAtPath(path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = interviewSchema;
  for (const segment of path) {
    if (!node) return undefined;
    const isIndex = /^\d+$/.test(segment);
    const container: SchemaNode | undefined = branches(node).find((branch) => (isIndex ? branch.items !== undefined : branch.properties !== undefined));
    if (!container) return undefined;
    node = isIndex ? container.items : container.properties?.[segment];
  }
  return node ? resolveSchema(node) : undefined;
}

/** The name of the definition a node was resolved from (`date`, `dateOrDateTime`), if any. */
export function definitionName(node: SchemaNode): string | undefined {
  return (node as { refName?: string }).refName;
}

/** Whether a node holds a date (or a date and time). */
export function isDateNode(node: SchemaNode): boolean {
  const name = definitionName(node);
  return name === 'date' || name === 'dateOrDateTime';
}
