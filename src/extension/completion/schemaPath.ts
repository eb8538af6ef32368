import type { SchemaNode } from '../../core/schema';
import { hasType, interviewSchema, resolveSchema, valueBranches } from '../../core/schema';

/** The kinds of value a schema node accepts, `oneOf` branches included; the empty value (`null`) is left out, as there is nothing to offer for it. */
export function branches(node: SchemaNode): SchemaNode[] {
  return valueBranches(node);
}

/** The branch of a node that is a map, if any (a question may be text or a map). */
export function mapBranch(node: SchemaNode): SchemaNode | undefined {
  return branches(node).find((branch) => hasType(branch, 'object') || branch.properties !== undefined);
}

/** The branch of a node that is a single value (text, number, true/false, a choice), if any. */
export function scalarBranch(node: SchemaNode): SchemaNode | undefined {
  return branches(node).find((branch) => !hasType(branch, 'object') && !hasType(branch, 'array') && branch.properties === undefined && branch.items === undefined);
}

/** Whether a node holds a map or a list, so typing its key goes on with an indented block. */
export function blockKind(node: SchemaNode): 'map' | 'list' | undefined {
  const resolved = resolveSchema(node);
  if (hasType(resolved, 'object')) return 'map';
  if (hasType(resolved, 'array')) return 'list';
  return undefined;
}

/**
 * The schema of the value at a path of keys and list indexes, without looking at the data: where a
 * node may be text or a map, the next segment decides (a key needs the map).
 */
export function schemaAtPath(path: readonly string[], root: SchemaNode = interviewSchema()): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    const isIndex = /^\d+$/.test(segment);
    const container: SchemaNode | undefined = branches(node).find((branch) => (isIndex ? branch.items !== undefined : branch.properties !== undefined));
    if (!container) return undefined;
    node = isIndex ? container.items : container.properties && Object.hasOwn(container.properties, segment) ? container.properties[segment] : undefined;
  }
  return node ? resolveSchema(node) : undefined;
}

/** The name of the definition a node was resolved from (`date`, `dateOrDateTime`), if any, looking into its branches. */
export function definitionName(node: SchemaNode): string | undefined {
  return branches(node)
    .map((branch) => (branch as { refName?: string }).refName)
    .find((name) => name !== undefined);
}

/** Whether a node holds a date (or a date and time). */
export function isDateNode(node: SchemaNode): boolean {
  const name = definitionName(node);
  return name === 'date' || name === 'dateOrDateTime';
}

/** A short note of what a key holds, shown beside it in the completion list: `map`, `date`, `5–240`, `first | second | …`. */
export function valueSummary(node: SchemaNode): string {
  const scalar = scalarBranch(node);
  if (scalar?.enum) return scalar.enum.map(String).join(' | ');
  const date = definitionName(node);
  if (date === 'date') return 'date';
  if (date === 'dateOrDateTime') return 'date or date-time';
  return branches(node).map(kindSummary).join(' or ');
}

function kindSummary(node: SchemaNode): string {
  if (hasType(node, 'object')) return 'map';
  if (hasType(node, 'array')) return 'list';
  if (hasType(node, 'integer')) return node.minimum !== undefined && node.maximum !== undefined ? `${node.minimum}–${node.maximum}` : 'number';
  if (hasType(node, 'boolean')) return 'true | false';
  return 'text';
}
