import schemaJson from '../../schemas/interview.schema.json';
import { impossibleDateReason } from './dates';
import type { InterviewDocument, SourceEntry } from './parse';
import { pointerSegment } from './parse';
import { closestMatch } from './suggest';
import type { Fix } from './types';

/** The subset of JSON Schema the format's schema uses. */
export interface SchemaNode {
  description?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean;
  items?: SchemaNode;
  enum?: unknown[];
  enumDescriptions?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  format?: string;
  oneOf?: SchemaNode[];
  $ref?: string;
  default?: unknown;
}

/** The format's JSON Schema (`schemas/interview.schema.json`), the single source of truth. */
export const interviewSchema = schemaJson as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

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
  const target = interviewSchema.definitions[name];
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

/** A schema `pattern`, compiled once. */
function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source);
    patterns.set(source, pattern);
  }
  return pattern;
}

/** The schema that applies at a JSON-pointer path, choosing the `oneOf` branch that fits the data when given. */
export function schemaAt(pointer: string, data?: unknown): SchemaNode | undefined {
  let node: SchemaNode | undefined = interviewSchema;
  let value = data;
  for (const segment of pointer.split('/').slice(1)) {
    if (!node) return undefined;
    node = resolveSchema(node);
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node.type === 'object' || node.properties) {
      node = node.properties && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
    } else if (node.type === 'array' || node.items) {
      node = node.items;
    } else {
      return undefined;
    }
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    if (node?.oneOf) node = chooseBranch(node.oneOf, value) ?? node;
  }
  return node ? resolveSchema(node) : undefined;
}

/** Checks a parsed interview against the format's schema, with ranges and "did you mean" fixes. */
export function validateSchema(document: InterviewDocument): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const root = document.entries.get('') ?? { value: [0, 0] as [number, number] };
  if (document.data === null || document.data === undefined) {
    problems.push({
      message: 'The file is empty: an interview needs at least `contact:` with the person\'s `name:`.',
      start: 0,
      end: Math.min(document.text.length, document.lines.lineEnd(0)),
    });
    return problems;
  }
  new Validator(document, problems).check(interviewSchema, document.data, '', root);
  return problems;
}

function chooseBranch(branches: SchemaNode[], value: unknown): SchemaNode | undefined {
  const kind = kindOf(value);
  return branches.find((branch) => {
    const type = resolved(branch).type;
    return type === kind || (type === 'number' && kind === 'integer');
  });
}

type Kind = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

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

/** `contact.name`, `questions[2].ask`: a path as a person reads it. */
export function displayPath(pointer: string): string {
  let result = '';
  for (const segment of pointer.split('/').slice(1)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    result += /^\d+$/.test(key) ? `[${key}]` : result ? `.${key}` : key;
  }
  return result || 'the file';
}

class Validator {
  constructor(
    private readonly document: InterviewDocument,
    private readonly problems: SchemaProblem[],
  ) {}

  check(schemaNode: SchemaNode, value: unknown, pointer: string, entry: SourceEntry): void {
    let schema = resolved(schemaNode);
    if (schema.oneOf) {
      const branch = chooseBranch(schema.oneOf, value);
      if (!branch) {
        const expected = schema.oneOf.map((option) => KIND_NAMES[(resolved(option).type ?? 'string') as Kind]).join(' or ');
        this.report(entry, `${label((pointer))} should be ${expected}, not ${describeValue(value)}.`);
        return;
      }
      schema = resolved(branch);
    }
    const kind = kindOf(value);
    const expected = schema.type;
    if (expected && !(expected === kind || (expected === 'number' && kind === 'integer'))) {
      this.report(entry, `${label((pointer))} should be ${KIND_NAMES[expected]}, not ${describeValue(value)}.${quoteHint(expected, value)}`);
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
            if (item === null || item === undefined) {
              this.report(this.entry(childPointer, entry), `${label((childPointer))} is empty: write the item or remove the line.`);
              return;
            }
            this.check(schema.items as SchemaNode, item, childPointer, this.entry(childPointer, entry));
          });
        }
        break;
      case 'string':
        this.checkString(schema, value as string, pointer, entry);
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
    for (const key of Object.keys(value)) {
      const childPointer = `${pointer}/${pointerSegment(key)}`;
      const childEntry = this.entry(childPointer, entry);
      // Own properties only: a key such as `toString` or `__proto__` is unknown, not Object's.
      const childSchema = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (!childSchema) {
        if (schema.additionalProperties === false) this.reportUnknownKey(key, Object.keys(properties), pointer, childEntry, value);
        continue;
      }
      const child = value[key];
      if (child === null || child === undefined) continue;
      this.check(childSchema, child, childPointer, childEntry);
    }
    for (const key of schema.required ?? []) {
      const child = value[key];
      if (child === null || child === undefined || (typeof child === 'string' && child.trim() === '')) {
        const where = pointer === '' ? 'The interview' : label((pointer));
        const present = this.document.entries.get(`${pointer}/${pointerSegment(key)}`);
        const description = firstSentence(properties[key]?.description ?? '');
        this.report(present ?? entry, `${where} needs \`${key}\`${present ? ' filled in' : ''}${description ? `: ${lowerFirst(description)}` : '.'}`, !present);
      }
    }
  }

  private checkString(schema: SchemaNode, value: string, pointer: string, entry: SourceEntry): void {
    const refName = (schema as { refName?: string }).refName;
    if (refName === 'date' || refName === 'dateOrDateTime') {
      const shape = refName === 'date' ? 'YYYY-MM-DD' : 'YYYY-MM-DD or YYYY-MM-DDTHH:MM';
      if (schema.pattern && !patternOf(schema.pattern).test(value)) {
        this.report(entry, `"${value}" is not a date ${label(pointer)} understands: write it as ${shape}, for example 2026-12-03.`);
        return;
      }
      const reason = impossibleDateReason(value);
      if (reason) this.report(entry, `"${value}" is not a real date: ${reason}.`);
      return;
    }
    if (schema.minLength !== undefined && value.trim().length < schema.minLength) {
      this.report(entry, `${label((pointer))} is empty.`);
      return;
    }
    if (schema.pattern && !patternOf(schema.pattern).test(value)) {
      this.report(entry, `"${value}" does not have the form ${label(pointer)} needs.`);
      return;
    }
    if (schema.format === 'uri' && !/^https?:\/\/\S+$/i.test(value.trim())) {
      this.report(entry, `${label((pointer))} should be a web address starting with https://.`);
    } else if (schema.format === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())) {
      this.report(entry, `"${value}" is not an e-mail address (name@example.com).`);
    }
  }

  private checkNumber(schema: SchemaNode, value: number, pointer: string, entry: SourceEntry): void {
    if ((schema.minimum !== undefined && value < schema.minimum) || (schema.maximum !== undefined && value > schema.maximum)) {
      this.report(entry, `${label((pointer))} should be between ${schema.minimum ?? '-∞'} and ${schema.maximum ?? '∞'}, not ${value}.`);
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
    const options = (schema.enum ?? []).map(String);
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

function quoteHint(expected: string, value: unknown): string {
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return ` Put it in quotes ("${String(value)}") if that is what you meant.`;
  if (expected === 'boolean' && typeof value === 'string') return ' Write true or false.';
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
