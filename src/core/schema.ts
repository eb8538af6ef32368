import { impossibleDateReason } from './dates';
import type { InterviewDocument, SourceEntry } from './parse';
import { pointerSegment } from './parse';
import { closestMatch } from './suggest';
import type { Fix } from './types';

/** A JSON Schema `type`; `null` is how YAML reads an empty value (`key:`). */
export type SchemaType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

/** The subset of JSON Schema the format's schema uses: `SCHEMA_KEYWORDS` lists it, and a test holds the schema to it. */
export interface SchemaNode {
  title?: string;
  description?: string;
  /** One type, or several (`["string", "null"]`: text, or empty). */
  type?: SchemaType | SchemaType[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean;
  items?: SchemaNode;
  enum?: unknown[];
  enumDescriptions?: string[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  /** What yaml-language-server says when `pattern` fails; the `schema` rule words its message from it too. */
  patternErrorMessage?: string;
  oneOf?: SchemaNode[];
  $ref?: string;
  default?: unknown;
}

/**
 * Every keyword the schema may use: the ones `validateSchema` checks, the annotations the editor
 * shows, and the document's own (`$schema`, `$id`, `$comment`, `definitions`). A keyword outside
 * this list would be one the `schema` rule silently ignores while other editors enforce it.
 */
export const SCHEMA_KEYWORDS: readonly string[] = [
  '$schema', '$id', '$comment', 'definitions', '$ref',
  'title', 'description', 'default', 'enumDescriptions', 'patternErrorMessage',
  'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'oneOf', 'minimum', 'maximum', 'pattern',
];

type FormatSchema = SchemaNode & { definitions: Record<string, SchemaNode> };

/** Until the host installs the format's schema, one that allows anything (the `schema` rule then reports nothing). */
let formatSchema: FormatSchema = { definitions: {} };

/**
 * Installs the format's JSON Schema (`schemas/interview.schema.json`, the single source of truth),
 * as the host reads it: the extensions from their folder at activation, beside the bundle rather
 * than in it; the CLI, the tests and the benchmark through shippedData.ts.
 */
export function installInterviewSchema(schema: unknown): void {
  formatSchema = schema as FormatSchema;
}

/** The format's JSON Schema, once installed. */
export const interviewSchema = (): FormatSchema => formatSchema;

/** A schema problem as offsets, before it becomes an issue. */
export interface SchemaProblem {
  message: string;
  start: number;
  end: number;
  fixes?: Fix[];
}

/** Follows a `$ref` to the definitions of the format's schema. */
export function resolveSchema(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const name = node.$ref.replace('#/definitions/', '');
  const target = formatSchema.definitions[name];
  return { ...target, ...node, $ref: undefined, description: node.description ?? target.description, refName: name } as SchemaNode;
}

const resolvedNodes = new WeakMap<SchemaNode, SchemaNode>();

/**
 * `resolveSchema`, remembered per schema node for the validator, which asks for the same few
 * nodes for every value of every file; the schema never changes.
 */
function resolved(node: SchemaNode): SchemaNode {
  let result = resolvedNodes.get(node);
  if (!result) {
    result = resolveSchema(node);
    resolvedNodes.set(node, result);
  }
  return result;
}

const patterns = new Map<string, RegExp>();

/** A schema `pattern`, compiled once, with Unicode semantics as JSON Schema validators compile it. */
function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source, 'u');
    patterns.set(source, pattern);
  }
  return pattern;
}

/** The schema that applies at a JSON-pointer path, choosing the `oneOf` branch that fits the data when given. */
export function schemaAt(pointer: string, data?: unknown): SchemaNode | undefined {
  let node: SchemaNode | undefined = formatSchema;
  let value = data;
  for (const segment of pointer.split('/').slice(1)) {
    if (!node) return undefined;
    node = branchFor(node, value);
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node.properties) {
      node = Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
    } else if (node.items) {
      node = node.items;
    } else {
      return undefined;
    }
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return node ? branchFor(node, value) : undefined;
}

/**
 * A node with its `$ref` followed and, for a `oneOf`, the branch that fits the value (without a
 * value, the first that takes one), keeping the node's own description.
 */
function branchFor(node: SchemaNode, value: unknown): SchemaNode {
  const schema = resolveSchema(node);
  if (!schema.oneOf) return schema;
  const branch = value === undefined || value === null ? valueBranches(schema)[0] : chooseBranch(schema.oneOf, value);
  return branch ? { ...resolveSchema(branch), description: schema.description ?? branch.description } : schema;
}

/** The types a node names (`type` as a list), or undefined when it names none. */
export function typesOf(node: SchemaNode): readonly SchemaType[] | undefined {
  return node.type === undefined || Array.isArray(node.type) ? node.type : [node.type];
}

/** Whether a node names a type (`hasType(node, 'object')` for `"object"` and for `["object", "null"]`). */
export function hasType(node: SchemaNode, type: SchemaType): boolean {
  return typesOf(node)?.includes(type) ?? false;
}

/** Whether a JSON Schema `type` (one or a list) takes a value of a kind; an integer is a number too. */
function typeTakes(type: SchemaType | SchemaType[], kind: Kind): boolean {
  return Array.isArray(type) ? type.some((one) => typeTakes(one, kind)) : type === kind || (type === 'number' && kind === 'integer');
}

/** Whether a node takes a value of a kind by its `type`, or else by the kinds of its `enum` values. */
function takesKind(node: SchemaNode, kind: Kind): boolean {
  if (node.type !== undefined) return typeTakes(node.type, kind);
  return !node.enum || node.enum.some((option) => kindOf(option) === kind);
}

/** The kinds of value a node takes, for a message: its types, or else the kinds of its `enum` values. */
function kindsOf(node: SchemaNode): readonly SchemaType[] {
  return typesOf(node) ?? node.enum?.map(kindOf) ?? [];
}

/**
 * The branches of a node that hold a value, `$ref`s followed: its `oneOf` branches but the one for
 * an empty value (`{ "type": "null" }`), or the node itself. What completion and hovers offer.
 */
export function valueBranches(node: SchemaNode): SchemaNode[] {
  const schema = resolveSchema(node);
  if (!schema.oneOf) return [schema];
  return schema.oneOf.map(resolveSchema).filter((branch) => branch.type !== 'null');
}

/**
 * Checks a parsed file against a schema (the format's, unless another is given: one without
 * `$ref`s), with ranges and "did you mean" fixes. `subject` names the whole file in messages
 * ("The interview needs `contact`"); `emptyMessage` is what an empty file is told.
 */
export function validateSchema(
  document: InterviewDocument,
  schema: SchemaNode = formatSchema,
  subject = 'The interview',
  emptyMessage = 'The file is empty: an interview needs at least `contact:` with the person\'s `name:`.',
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const root = document.entries.get('') ?? { value: [0, 0] as [number, number] };
  if (document.data === null || document.data === undefined) {
    problems.push({ message: emptyMessage, start: 0, end: Math.min(document.text.length, document.lines.lineEnd(0)) });
    return problems;
  }
  new Validator(document, problems, subject).check(schema, document.data, '', root);
  return problems;
}

/** The `oneOf` branch that takes the kind of a value; the branches of the format never share one. */
function chooseBranch(branches: SchemaNode[], value: unknown): SchemaNode | undefined {
  const kind = kindOf(value);
  return branches.find((branch) => takesKind(resolved(branch), kind));
}

type Kind = SchemaType;

function kindOf(value: unknown): Kind {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'bigint') return 'integer';
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value as Kind;
  return 'object';
}

const KIND_NAMES: Record<Kind, string> = {
  object: 'a map of keys',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

/** The kinds a list of types names, for a message: "text", "text or a map of keys"; empty left out. */
function kindNames(kinds: readonly Kind[]): string {
  return [...new Set(kinds.filter((kind) => kind !== 'null'))].map((kind) => KIND_NAMES[kind]).join(' or ');
}

/** `contact.name`, `questions[2].ask`: a path as a person reads it. */
export function displayPath(pointer: string): string {
  let result = '';
  for (const segment of pointer.split('/').slice(1)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    result += /^\d+$/.test(key) ? `[${key}]` : result ? `.${key}` : key;
  }
  return result || 'the file';
}

/** Whether a resolved node is one of the format's dates, whose calendar the rule checks beyond the pattern. */
function isDate(node: SchemaNode): boolean {
  const refName = (node as { refName?: string }).refName;
  return refName === 'date' || refName === 'dateOrDateTime';
}

/** What an empty value is where the schema refuses one: a required key's, or a list item. */
type EmptyValue = 'required' | 'item';

/** "`contact` needs `name` filled in: the person's full name." — a required key missing, or left empty. */
function needsMessage(subject: string, parentPointer: string, key: string, property: SchemaNode | undefined, filledIn: boolean): string {
  const where = parentPointer === '' ? subject : label(parentPointer);
  const description = firstSentence((property && resolved(property).description) ?? '');
  return `${where} needs \`${key}\`${filledIn ? ' filled in' : ''}${description ? `: ${lowerFirst(description)}` : '.'}`;
}

/**
 * Validates data against the schema keyword by keyword, as JSON Schema does, with messages and
 * ranges for people. `empty` says what an empty value the schema refuses (`key:`, or blank text
 * failing a `pattern`) is, for its message: a required key or a list item left empty.
 */
class Validator {
  constructor(
    private readonly document: InterviewDocument,
    private readonly problems: SchemaProblem[],
    private readonly subject: string,
  ) {}

  check(schemaNode: SchemaNode, value: unknown, pointer: string, entry: SourceEntry, empty?: EmptyValue): void {
    let schema = resolved(schemaNode);
    const kind = kindOf(value);
    if (schema.oneOf) {
      let branch = chooseBranch(schema.oneOf, value);
      if (!branch) {
        // A value no branch takes is judged by the only branch for a value, when there is one (the enum, the date).
        const candidates = valueBranches(schema);
        if (kind !== 'null' && candidates.length === 1) branch = candidates[0];
        else {
          if (kind === 'null' && empty) this.report(entry, this.emptyMessage(empty, schemaNode, pointer));
          else this.report(entry, `${label(pointer)} should be ${kindNames(candidates.flatMap(kindsOf))}, not ${describeValue(value)}.`);
          return;
        }
      }
      schema = resolved(branch);
    }
    if (schema.type !== undefined && !typeTakes(schema.type, kind)) {
      const types = kindsOf(schema);
      if (kind === 'null' && empty) this.report(entry, this.emptyMessage(empty, schemaNode, pointer));
      else this.report(entry, `${label(pointer)} should be ${kindNames(types)}, not ${describeValue(value)}.${quoteHint(types, value)}`);
      return;
    }
    if (schema.enum && !schema.enum.includes(value)) {
      this.reportEnum(schema, value, pointer, entry);
      return;
    }
    switch (kind) {
      case 'object':
        this.checkObject(schema, value as Record<string, unknown>, pointer, entry);
        break;
      case 'array':
        if (schema.items) {
          (value as unknown[]).forEach((item, index) => {
            const childPointer = `${pointer}/${index}`;
            this.check(schema.items as SchemaNode, item, childPointer, this.entry(childPointer, entry), 'item');
          });
        }
        break;
      case 'string':
        if (empty && (value as string).trim() === '' && !this.passesPattern(schema, value as string)) this.report(entry, this.emptyMessage(empty, schemaNode, pointer));
        else this.checkString(schema, value as string, pointer, entry);
        break;
      case 'integer':
      case 'number':
        this.checkNumber(schema, value as number, pointer, entry);
        break;
      default:
        break;
    }
  }

  private checkObject(schema: SchemaNode, value: Record<string, unknown>, pointer: string, entry: SourceEntry): void {
    const properties = schema.properties ?? {};
    const required = schema.required ?? [];
    for (const key of Object.keys(value)) {
      const childPointer = `${pointer}/${pointerSegment(key)}`;
      const childEntry = this.entry(childPointer, entry);
      // Own properties only: a key such as `toString` or `__proto__` is unknown, not Object's.
      const childSchema = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (!childSchema) {
        if (schema.additionalProperties === false) this.reportUnknownKey(key, Object.keys(properties), pointer, childEntry, value);
        continue;
      }
      this.check(childSchema, value[key], childPointer, childEntry, required.includes(key) ? 'required' : undefined);
    }
    for (const key of required) {
      if (!Object.hasOwn(value, key)) this.report(entry, needsMessage(this.subject, pointer, key, Object.hasOwn(properties, key) ? properties[key] : undefined, false), true);
    }
  }

  private checkString(schema: SchemaNode, value: string, pointer: string, entry: SourceEntry): void {
    if (schema.pattern && !patternOf(schema.pattern).test(value)) {
      const reason = isDate(schema) ? impossibleDateReason(value) : undefined;
      if (reason) this.report(entry, `"${truncate(value)}" is not a real date: ${reason}.`);
      else if (schema.patternErrorMessage) this.report(entry, `"${truncate(value)}" does not fit ${label(pointer)}: ${lowerFirst(schema.patternErrorMessage)}`);
      else this.report(entry, `"${truncate(value)}" does not have the form ${label(pointer)} needs.`);
      return;
    }
    // What a pattern cannot say: the days of each month (2026-02-30).
    const reason = isDate(schema) ? impossibleDateReason(value) : undefined;
    if (reason) this.report(entry, `"${truncate(value)}" is not a real date: ${reason}.`);
  }

  private passesPattern(schema: SchemaNode, value: string): boolean {
    return !schema.pattern || patternOf(schema.pattern).test(value);
  }

  /** The message for an empty value where the schema wants one. */
  private emptyMessage(empty: EmptyValue, schemaNode: SchemaNode, pointer: string): string {
    if (empty === 'item') return `${label(pointer)} is empty: write the item or remove the line.`;
    const at = pointer.lastIndexOf('/');
    const key = pointer.slice(at + 1).replace(/~1/g, '/').replace(/~0/g, '~');
    return needsMessage(this.subject, pointer.slice(0, at), key, schemaNode, true);
  }

  private checkNumber(schema: SchemaNode, value: number, pointer: string, entry: SourceEntry): void {
    if ((schema.minimum !== undefined && value < schema.minimum) || (schema.maximum !== undefined && value > schema.maximum)) {
      this.report(entry, `${label(pointer)} should be between ${schema.minimum ?? '-∞'} and ${schema.maximum ?? '∞'}, not ${value}.`);
    }
  }

  private reportUnknownKey(key: string, known: string[], pointer: string, entry: SourceEntry, siblings: Record<string, unknown>): void {
    const where = pointer === '' ? 'at the top level' : `in ${displayPath(pointer)}`;
    const suggestion = closestMatch(key, known);
    const span = entry.key ?? entry.value;
    if (suggestion) {
      // Renaming to a key the map already has would repeat it, which breaks the YAML: no fix then.
      const taken = Object.hasOwn(siblings, suggestion);
      this.problems.push({
        message: `Unknown key "${key}" ${where}. Did you mean "${suggestion}"?${taken ? ` The map already has "${suggestion}": merge the two by hand.` : ''}`,
        start: span[0],
        end: span[1],
        ...(taken ? {} : { fixes: [{ title: `Change "${key}" to "${suggestion}"`, edits: [{ offset: span[0], length: span[1] - span[0], newText: suggestion }], preferred: true, mechanical: true }] }),
      });
    } else {
      this.problems.push({ message: `Unknown key "${key}" ${where}. Known keys: ${known.join(', ')}.`, start: span[0], end: span[1] });
    }
  }

  private reportEnum(schema: SchemaNode, value: unknown, pointer: string, entry: SourceEntry): void {
    const options = (schema.enum ?? []).filter((option) => option !== null).map(String);
    const kind = pointer === '/stage' ? 'a stage' : `a value for ${label(pointer)}`;
    const suggestion = typeof value === 'string' ? closestMatch(value, options) : undefined;
    const [start, end] = entry.value;
    const message = `"${String(value)}" is not ${kind}.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use one of: ${options.join(', ')}.`;
    // Only a value on one line is replaced in place: a block scalar's `|` line may carry a comment, and its line break must stay.
    const oneLine = !/[\r\n]/.test(this.document.text.slice(start, end));
    const fixes: Fix[] | undefined = suggestion && oneLine
      ? [{ title: `Change "${String(value)}" to "${suggestion}"`, edits: [{ offset: start, length: end - start, newText: suggestion }], preferred: true, mechanical: true }]
      : undefined;
    this.problems.push({ message, start, end, fixes });
  }

  private entry(pointer: string, fallback: SourceEntry): SourceEntry {
    return this.document.entries.get(pointer) ?? fallback;
  }

  private report(entry: SourceEntry, message: string, onKey = false): void {
    const span = onKey ? (entry.key ?? entry.value) : entry.value;
    let [start, end] = span;
    if (!onKey && entry.key && entry.kind && !isScalarSpan(this.document.text, start, end)) {
      // A map or list value spans many lines; point at its key instead.
      [start, end] = entry.key;
    }
    if (start === end && entry.key) [start, end] = entry.key;
    if (start === end && end === 0) end = Math.min(this.document.text.length, this.document.lines.lineEnd(0));
    this.problems.push({ message, start, end });
  }
}

function isScalarSpan(text: string, start: number, end: number): boolean {
  return text.slice(start, end).indexOf('\n') === -1;
}

function describeValue(value: unknown): string {
  switch (kindOf(value)) {
    case 'object':
      return 'a map';
    case 'array':
      return 'a list';
    case 'string':
      return `the text "${truncate(String(value))}"`;
    case 'boolean':
      return String(value);
    case 'null':
      return 'empty';
    default:
      return `the number ${String(value)}`;
  }
}

function quoteHint(expected: readonly SchemaType[], value: unknown): string {
  if (expected.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) return ` Put it in quotes ("${String(value)}") if that is what you meant.`;
  if (expected.includes('boolean') && typeof value === 'string') return ' Write true or false.';
  return '';
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** A path for the start of a message: `` `contact.name` `` or "The file". */
function label(pointer: string): string {
  return pointer === '' ? 'The file' : `\`${displayPath(pointer)}\``;
}

function firstSentence(text: string): string {
  const end = text.indexOf('. ');
  return end === -1 ? text : text.slice(0, end + 1);
}

function lowerFirst(text: string): string {
  return text ? text[0].toLowerCase() + text.slice(1) : text;
}
