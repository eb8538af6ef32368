import { isMap, isScalar, isSeq, stringify } from 'yaml';
import type { Node, YAMLMap, YAMLSeq } from 'yaml';
import type { InterviewDocument } from './parse';
import { parseInterview, pointerSegment } from './parse';
import { disableTargetLine, scalarContinuations } from './suppress';
import type { TextEdit } from './types';

/** A value the edits write: text, a number or a boolean. */
export type ScalarValue = string | number | boolean;

/** One change to an interview file, described by what it means rather than where the text goes. */
/** A list item the edits append: a value, or a map of values (undefined ones left out). */
export type ListItem = ScalarValue | Readonly<Record<string, ScalarValue | undefined>>;

export type Change =
  | { kind: 'set'; path: readonly string[]; value: ScalarValue; /** Write text of several lines quoted on one line, not as a `|` block. */ quoted?: boolean }
  | { kind: 'append'; path: readonly string[]; item: ListItem; /** As for `set`, in the item's values. */ quoted?: boolean };

/** The result of planning changes: minimal edits against the text they were computed on, or why not. */
export type EditPlan = { ok: true; edits: TextEdit[]; text: string } | { ok: false; reason: string };

/**
 * Turns changes into minimal text edits that keep every comment and all formatting outside the
 * lines that must change; refuses (with a reason) where the file's shape leaves no safe place.
 */
export function planChanges(document: InterviewDocument, changes: readonly Change[]): EditPlan {
  const plan = planChangesAsGiven(document, changes);
  // A `|` block takes in the blank-looking lines after it that are indented deeper than its text
  // (spaces or a tab left at the end of a file, say), so text of several lines is checked on a
  // whole parse; where the block went wrong, the same text is written quoted on one line.
  const blocks = changes.filter((change) => !change.quoted && writesLines(change));
  if (blocks.length === 0 || (plan.ok && writesValues(plan.text, blocks))) return plan;
  const quoted = planChangesAsGiven(
    document,
    changes.map((change) => (blocks.includes(change) ? { ...change, quoted: true } : change)),
  );
  if (quoted.ok && writesValues(quoted.text, blocks)) return quoted;
  return plan.ok ? { ok: false, reason: 'The value could not be written without changing the text around it, so it was not written.' } : plan;
}

/** Whether a change writes text of several lines. */
function writesLines(change: Change): boolean {
  const values = change.kind === 'set' ? [change.value] : typeof change.item === 'object' ? Object.values(change.item) : [change.item];
  return values.some((value) => typeof value === 'string' && value.includes('\n'));
}

/** Whether a text parses whole and holds each change's value: a set's at its path, an append's as the last item of its list. */
function writesValues(text: string, changes: readonly Change[]): boolean {
  const parsed = parseInterview(text, { maxSize: Infinity });
  if (parsed.syntax.length > 0) return false;
  return changes.every((change) => {
    let value: unknown = parsed.data;
    for (const key of change.path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    if (change.kind === 'set') return value === change.value;
    const last: unknown = Array.isArray(value) ? value[value.length - 1] : undefined;
    if (typeof change.item !== 'object') return last === change.item;
    if (last === null || typeof last !== 'object') return false;
    return Object.entries(change.item).every(([key, item]) => item === undefined || (last as Record<string, unknown>)[key] === item);
  });
}

function planChangesAsGiven(document: InterviewDocument, changes: readonly Change[]): EditPlan {
  if (document.tooLarge) return { ok: false, reason: 'The file is too large to edit safely.' };
  if (document.syntax.length > 0) return { ok: false, reason: 'The file has YAML errors; fix them first so the edit cannot garble it.' };
  // A CR alone is text to the YAML parser but a line break to the editor; a line added next to it would change a value.
  if (/\r(?!\n)/.test(document.text)) return { ok: false, reason: 'The file has a line break this edit cannot keep (a CR without LF); save it with LF or CR LF line ends first.' };
  if (document.text.charCodeAt(0) === 0xfeff) {
    // A byte-order mark is not indentation: plan on the text after it, and keep it first.
    const inner = planChangesAsGiven(parseInterview(document.text.slice(1), { maxSize: Infinity }), changes);
    return inner.ok ? { ok: true, edits: inner.edits.map((edit) => ({ ...edit, offset: edit.offset + 1 })), text: `\ufeff${inner.text}` } : inner;
  }
  const planned = steps(changes);
  if (planned.length > 1) {
    const together = planTogether(document, planned);
    if (together) return together;
  }
  let current = document;
  for (const step of planned) {
    const edits = planChange(current, step);
    if (typeof edits === 'string') return { ok: false, reason: edits };
    const text = applyEdits(current.text, edits);
    // Usually only the edited item is re-read; the rest is parsed only if a further change needs it.
    current = parseInterview(text, { maxSize: Infinity, editOf: current });
    if (current.syntax.length > 0) return { ok: false, reason: 'The change would break the YAML of this file, so it was not made.' };
  }
  return { ok: true, edits: diffEdits(document.text, current.text), text: current.text };
}

/**
 * Several changes planned at once on the same text, when that is sure to give what planning them
 * one after another gives: no change's path holds another's, each change's edits lie apart from
 * every other change's (not touching, not on the same spot), and the result parses. Saves planning
 * each later change on a fresh parse of the text the earlier ones produced. Undefined otherwise.
 */
function planTogether(document: InterviewDocument, changes: readonly Step[]): EditPlan | undefined {
  const pointers = changes.map((change) => toPointer(change[0].path));
  for (const [index, pointer] of pointers.entries()) {
    if (pointers.some((other, at) => at !== index && (other === pointer || other.startsWith(`${pointer}/`)))) return undefined;
  }
  const spans: { start: number; end: number; change: number }[] = [];
  const edits: TextEdit[] = [];
  for (const [index, change] of changes.entries()) {
    const planned = planChange(document, change);
    if (typeof planned === 'string') return undefined;
    for (const edit of planned) {
      edits.push(edit);
      spans.push({ start: edit.offset, end: edit.offset + edit.length, change: index });
    }
  }
  for (const span of spans) {
    if (spans.some((other) => other.change !== span.change && other.start <= span.end && span.start <= other.end)) return undefined;
  }
  const text = applyEdits(document.text, edits);
  if (parseInterview(text, { maxSize: Infinity, editOf: document }).syntax.length > 0) return undefined;
  return { ok: true, edits: diffEdits(document.text, text), text };
}

/** Changes as they are planned: each alone, except that appends in a row to one list are one step, which writes their items together. */
type Step = readonly Change[];

function steps(changes: readonly Change[]): Step[] {
  const out: Change[][] = [];
  for (const change of changes) {
    const last = out[out.length - 1]?.[0];
    if (last?.kind === 'append' && change.kind === 'append' && toPointer(last.path) === toPointer(change.path) && !last.quoted === !change.quoted) out[out.length - 1].push(change);
    else out.push([change]);
  }
  return out;
}

/** One step's edits against `document`, written with its line ends; a string says why it cannot be made. */
function planChange(document: InterviewDocument, step: Step): TextEdit[] | string {
  const [change] = step;
  const planned =
    change.kind === 'set' ? planSet(document, change.path, change.value, change.quoted) : planAppend(document, change.path, step.map((each) => (each as Extract<Change, { kind: 'append' }>).item), change.quoted);
  if (typeof planned === 'string') return planned;
  const eol = document.lines.eol;
  return (Array.isArray(planned) ? planned : [planned]).map((edit) => ({ ...edit, newText: edit.newText.replace(/\r?\n/g, eol) }));
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.offset) + edit.newText + result.slice(edit.offset + edit.length);
  return result;
}

/** A comment line that turns a rule off for one line (above it) or for the whole file (at the top). */
export function disableCommentEdit(document: InterviewDocument, ruleId: string, line: number | 'file'): TextEdit {
  const eol = document.lines.eol;
  if (line === 'file') {
    let at = 0;
    // Keep a leading BOM and `%YAML`/`---` header lines where they are.
    if (document.text.charCodeAt(0) === 0xfeff) at = 1;
    const first: TextEdit = { offset: at, length: 0, newText: `# interview-lint-disable ${ruleId}${eol}` };
    // Above an indented first line the comment can change how that line is read: go at the end instead
    // (after a CR that ends the file, a line break of its own, so the two do not become one CR LF),
    // unless the end is inside text (a block scalar that ends the file), which a whole parse tells.
    if (/^[ \t]+[^\s#]/.test(document.text.slice(at))) {
      const text = document.text;
      const before = text.endsWith('\n') ? '' : text.endsWith('\r') ? '\r\n' : eol;
      const last: TextEdit = { offset: text.length, length: 0, newText: `${before}# interview-lint-disable ${ruleId}${eol}` };
      const data = JSON.stringify(document.data);
      const keepsData = (edit: TextEdit) => {
        const edited = parseInterview(applyEdits(text, [edit]), { maxSize: Infinity });
        return edited.syntax.length <= document.syntax.length && JSON.stringify(edited.data) === data;
      };
      return keepsData(last) || !keepsData(first) ? last : first;
    }
    return first;
  }
  // Above a block scalar's opening line when `line` is its text, and above the first line of a
  // quoted or plain value that wraps: a comment inside either would be text.
  const inBlock = disableTargetLine(document.lines, line);
  const target = scalarContinuations(document.lines, document.entries).get(inBlock) ?? inBlock;
  const start = document.lines.lineStart(target);
  const content = document.lines.lineText(target);
  const indent = /^[ \t]*/.exec(content)?.[0] ?? '';
  const itemIndent = /^[ \t]*-\s/.test(content) ? indent : indent;
  return { offset: start, length: 0, newText: `${itemIndent}# interview-lint-disable-next-line ${ruleId}${eol}` };
}

/** A scalar inside `[…]` or `{…}`, where a comma or a bracket would end a plain value: such text goes in double quotes. */
function flowScalar(value: ScalarValue): string {
  const plain = formatScalar(value, '');
  return typeof value === 'string' && /[,[\]{}\r\n]/.test(plain) ? JSON.stringify(value) : plain;
}

/** Whether the value at `path` sits in a collection written inline (`{…}`, `[…]`). */
function inFlow(document: InterviewDocument, path: readonly string[]): boolean {
  const parent = document.entries.get(toPointer(path.slice(0, -1)))?.node;
  return (isMap(parent) || isSeq(parent)) && parent.flow === true;
}

/** Formats a scalar for a YAML value, quoting only where YAML needs it; text of several lines as a `|` block unless `quoted`. */
export function formatScalar(value: ScalarValue, indent: string, quoted = false): string {
  if (typeof value !== 'string') return String(value);
  // A JSON string is a YAML double-quoted scalar on one line, whatever it holds.
  if (quoted) return JSON.stringify(value);
  if (value.includes('\n')) {
    const body = value.replace(/\n+$/, '');
    const chomp = value.endsWith('\n') ? '' : '-';
    return `|${chomp}\n${body.split('\n').map((line) => (line ? indent + line : '')).join('\n')}`;
  }
  const plain = stringify(value, { lineWidth: 0, resolveKnownTags: false }).replace(/\n$/, '');
  // `yaml` writes some one-line text as a block of its own (text starting `---` or `...`, or with a
  // line separator), indented its way: quoted on one line, it needs no indentation at all.
  return /^[|>]/.test(plain) ? JSON.stringify(value) : plain;
}

function planSet(document: InterviewDocument, path: readonly string[], value: ScalarValue, quoted = false): TextEdit | TextEdit[] | string {
  const pointer = toPointer(path);
  const entry = document.entries.get(pointer);
  if (entry) {
    const node = entry.node;
    const keyColumn = entry.key ? keyIndent(document, entry.key[0]) : 0;
    const formatted = inFlow(document, path) ? flowScalar(value) : formatScalar(value, ' '.repeat(keyColumn + indentUnit(document)), quoted);
    if (isEmpty(node)) {
      if (node && node.range && node.range[1] > node.range[0]) return keepLineEnd(document, { offset: node.range[0], length: node.range[1] - node.range[0], newText: formatted });
      // `key:` with nothing after it: write the value after the colon.
      const colon = document.text.indexOf(':', entry.key ? entry.key[1] : entry.value[0]);
      if (colon === -1) return 'Could not find where to write the value.';
      return keepLineEnd(document, { offset: colon + 1, length: 0, newText: ` ${formatted}` });
    }
    if (!isScalar(node)) return `\`${path.join('.')}\` holds a map or list, not a single value; edit it by hand.`;
    const [start, end] = entry.value;
    if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
      // Keep the line break that ends a block scalar, and a comment on its `|` line.
      const body = document.text.slice(start, end);
      const trailing = /\r?\n[ \t]*$/.exec(body)?.[0] ?? '';
      const comment = /^[|>][0-9+-]*([ \t]+#[^\r\n]*)/.exec(body)?.[1] ?? '';
      const value = /^[|>]/.test(formatted) ? formatted.replace(/^[|>][0-9+-]*/, (header) => header + comment) : formatted + comment;
      return { offset: start, length: end - start, newText: value + trailing };
    }
    return keepLineEnd(document, { offset: start, length: end - start, newText: formatted });
  }
  return insertUnderParent(document, path, (indent, flow) => `${path[path.length - 1]}: ${flow ? flowScalar(value) : formatScalar(value, indent + ' '.repeat(indentUnit(document)), quoted)}`);
}

/**
 * A value of several lines (a `|` block) written over a value on one line: the `|` goes where the
 * value was and the lines after whatever ends that line, so a comment there stays a comment and
 * does not become the last words of the text.
 */
function keepLineEnd(document: InterviewDocument, edit: TextEdit): TextEdit | TextEdit[] {
  const newline = edit.newText.indexOf('\n');
  if (newline === -1 || /[\r\n]/.test(document.text.slice(edit.offset, edit.offset + edit.length))) return edit;
  const end = edit.offset + edit.length;
  const lineEnd = document.lines.lineEnd(document.lines.positionAt(end).line);
  if (document.text.slice(end, lineEnd).trim() === '') return edit;
  return [
    { ...edit, newText: edit.newText.slice(0, newline) },
    { offset: lineEnd, length: 0, newText: edit.newText.slice(newline) },
  ];
}

function planAppend(document: InterviewDocument, path: readonly string[], items: readonly ListItem[], quoted = false): TextEdit | TextEdit[] | string {
  const pointer = toPointer(path);
  const entry = document.entries.get(pointer);
  const unit = indentUnit(document);
  const render = (indent: string) => items.map((item) => renderItem(item, indent, unit, quoted)).join('');
  if (entry?.node && !isEmpty(entry.node)) {
    const node = entry.node;
    if (!isSeq(node)) return `\`${path.join('.')}\` is not a list; edit it by hand.`;
    const sequence = node as YAMLSeq<Node | null>;
    if (sequence.flow) {
      const close = document.text.lastIndexOf(']', entry.value[1]);
      if (close === -1 || items.some((item) => typeof item === 'object')) return `\`${path.join('.')}\` is written inline ([…]); edit it by hand.`;
      const rendered = items.map((item) => flowScalar(item as ScalarValue)).join(', ');
      return { offset: close, length: 0, newText: sequence.items.length > 0 ? `, ${rendered}` : rendered };
    }
    const firstItem = sequence.items.find((candidate) => candidate?.range);
    const dashColumn = firstItem?.range ? columnOfDash(document, firstItem.range[0]) : 0;
    return insertAfterNode(document, entry.value[1], render(' '.repeat(dashColumn)));
  }
  if (entry) {
    // `key:` with no items yet.
    const keyColumn = entry.key ? keyIndent(document, entry.key[0]) : 0;
    const lines = document.lines.eol + render(' '.repeat(keyColumn + unit)).replace(/\r?\n$/, '');
    return belowEmptyKey(document, entry.node, entry.key ? entry.key[1] : entry.value[0], lines);
  }
  return insertUnderParent(document, path, (indent) => `${path[path.length - 1]}:${document.lines.eol}${render(indent + ' '.repeat(unit)).replace(/\r?\n$/, '')}`);
}

/** Inserts `key: …` (as rendered for its indent) into the parent map of `path`, creating parents as needed. */
function insertUnderParent(document: InterviewDocument, path: readonly string[], render: (indent: string, flow: boolean) => string): TextEdit | TextEdit[] | string {
  const unit = indentUnit(document);
  const eol = document.lines.eol;
  // Find the deepest existing ancestor.
  let depth = path.length - 1;
  while (depth > 0 && !document.entries.has(toPointer(path.slice(0, depth)))) depth--;
  const ancestorPointer = toPointer(path.slice(0, depth));
  const ancestor = document.entries.get(ancestorPointer);
  const missing = path.slice(depth);
  const nest = (baseIndent: string): string => {
    // Render the missing chain: parents as `key:` lines, the last via `render`.
    const lines: string[] = [];
    let indent = baseIndent;
    for (let index = 0; index < missing.length - 1; index++) {
      lines.push(`${indent}${missing[index]}:`);
      indent += ' '.repeat(unit);
    }
    lines.push(indent + render(indent, false));
    return lines.join(eol);
  };
  if (depth === 0 && (!ancestor?.node || document.data === null)) {
    // An empty file: start it.
    const text = document.text;
    const needsBreak = text.length > 0 && !text.endsWith('\n');
    return { offset: text.length, length: 0, newText: `${needsBreak ? eol : ''}${nest('')}${eol}` };
  }
  if (!ancestor) return 'Could not find where to add the value.';
  if (isEmpty(ancestor.node)) {
    // `parent:` with nothing under it yet.
    const keyColumn = ancestor.key ? keyIndent(document, ancestor.key[0]) : 0;
    return belowEmptyKey(document, ancestor.node, ancestor.key ? ancestor.key[1] : ancestor.value[0], eol + nest(' '.repeat(keyColumn + unit)));
  }
  const node = ancestor.node as Node;
  if (!isMap(node)) return `\`${path.slice(0, depth).join('.') || 'The file'}\` is not a map, so \`${missing.join('.')}\` cannot be added to it; edit it by hand.`;
  const map = node as YAMLMap<Node | null, Node | null>;
  if (map.flow) {
    if (missing.length > 1) return `\`${path.slice(0, depth).join('.')}\` is written inline ({…}); edit it by hand.`;
    const close = document.text.lastIndexOf('}', ancestor.value[1]);
    if (close === -1) return 'Could not find where to add the value.';
    const rendered = render('', true);
    if (/[\r\n]/.test(rendered)) return `\`${path.slice(0, depth).join('.')}\` is written inline ({…}); edit it by hand.`;
    return { offset: close, length: 0, newText: map.items.length > 0 ? `, ${rendered}` : rendered };
  }
  const firstKey = map.items.find((pair) => pair.key?.range)?.key;
  const column = firstKey?.range ? keyIndent(document, firstKey.range[0]) : 0;
  const nested = nest(' '.repeat(column));
  return insertInFormatOrder(document, path.slice(0, depth), missing[0], nested) ?? insertAfterNode(document, ancestor.value[1], nested + eol);
}

/**
 * The order the format writes the keys of each map in (FORMAT.md, and the schema's `properties`),
 * by the map's path with `*` for list indexes. A key added to one of these maps goes where the
 * format puts it: after the last key before it that the file has, or else before the first after.
 */
export const KEY_ORDER: Readonly<Record<string, readonly string[]>> = {
  '': ['version', 'contact', 'stage', 'tags', 'outreach', 'requested', 'replied', 'meeting', 'research', 'questions', 'notes', 'follow_up', 'closed_reason'],
  contact: ['name', 'role', 'company', 'linkedin', 'email', 'connection', 'via', 'referred_by', 'supervisor'],
  meeting: ['date', 'format', 'place', 'minutes'],
  research: ['company', 'situation', 'profile', 'sources'],
  follow_up: ['thanked', 'referrals_asked', 'referrals', 'next', 'log'],
  'follow_up/referrals/*': ['name', 'role', 'company', 'file'],
  'follow_up/log/*': ['date', 'note'],
};

/** Inserts the lines of a new key of a block map where the format's key order puts it; undefined when the order does not say (an unknown key or map). */
function insertInFormatOrder(document: InterviewDocument, mapPath: readonly string[], key: string, lines: string): TextEdit | undefined {
  const order = KEY_ORDER[mapPath.map((segment) => (/^\d+$/.test(segment) ? '*' : segment)).join('/')];
  const position = order?.indexOf(key) ?? -1;
  if (!order || position === -1) return undefined;
  const written = (name: string) => document.entries.get(toPointer([...mapPath, name]));
  for (let index = position - 1; index >= 0; index--) {
    const before = written(order[index]);
    if (before?.key) return insertAfterNode(document, before.value[1], lines + document.lines.eol);
  }
  for (let index = position + 1; index < order.length; index++) {
    const after = written(order[index]);
    if (!after?.key) continue;
    // Only where the key starts its line (not `- name: …`, the first key of a list item).
    let line = document.lines.positionAt(after.key[0]).line;
    if (!/^[ \t]*$/.test(document.text.slice(document.lines.lineStart(line), after.key[0]))) return undefined;
    // Above the key and the comment lines right above it, which speak of that key.
    const indent = /^[ \t]*/.exec(document.lines.lineText(line))?.[0] ?? '';
    while (line > 0 && document.lines.lineText(line - 1).startsWith(`${indent}#`)) line--;
    return { offset: document.lines.lineStart(line), length: 0, newText: lines + document.lines.eol };
  }
  return undefined;
}

/** Inserts whole lines right after a block node that ends at `end`. */
function insertAfterNode(document: InterviewDocument, end: number, lines: string): TextEdit {
  const text = document.text;
  const eol = document.lines.eol;
  // A block node's range ends after its trailing comment and line break, or at the end of the text.
  let at = end;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  // Spaces that end the file are the last line of the node (of a block scalar, say): go after them.
  if (at > 0 && text[at - 1] === '\n' && (at === end || end < text.length)) {
    return { offset: at, length: 0, newText: lines.endsWith('\n') ? lines : lines + eol };
  }
  const line = document.lines.positionAt(at).line;
  const lineEnd = document.lines.lineEnd(line);
  const body = lines.replace(/\r?\n$/, '');
  return { offset: lineEnd, length: 0, newText: eol + body };
}

/** A key with no value (`key:`, `key: ~`, `key: null`). */
function isEmpty(node: Node | undefined): boolean {
  return !node || (isScalar(node) && node.value === null);
}

/** Puts block lines under a key whose value is empty, dropping a `~`/`null` placeholder but not a comment. */
function belowEmptyKey(document: InterviewDocument, node: Node | undefined, at: number, lines: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const anchor = at;
  if (node?.range && node.range[1] > node.range[0]) {
    edits.push({ offset: node.range[0], length: node.range[1] - node.range[0], newText: '' });
  }
  const line = document.lines.positionAt(anchor).line;
  edits.push({ offset: document.lines.lineEnd(line), length: 0, newText: lines });
  return edits;
}

function renderItem(item: ListItem, indent: string, unit: number, quoted = false): string {
  if (typeof item !== 'object') return `${indent}- ${formatScalar(item, indent + '  ' + ' '.repeat(unit), quoted)}\n`;
  const entries = Object.entries(item).filter((pair): pair is [string, ScalarValue] => pair[1] !== undefined);
  if (entries.length === 0) return `${indent}- {}\n`;
  return entries
    .map(([key, value], index) => `${index === 0 ? `${indent}- ` : `${indent}  `}${key}: ${formatScalar(value, indent + '  ' + ' '.repeat(unit), quoted)}`)
    .join('\n')
    .concat('\n');
}

function columnOfDash(document: InterviewDocument, itemStart: number): number {
  const position = document.lines.positionAt(itemStart);
  const line = document.lines.lineText(position.line);
  const before = line.slice(0, position.character);
  const dash = before.lastIndexOf('-');
  return dash === -1 ? Math.max(0, position.character - 2) : dash;
}

/**
 * The column a key's map lines up at: where the key starts, or where an anchor, a tag or the `?`
 * of an explicit key written before it starts (`&a key:` is a key at the start of its line).
 */
function keyIndent(document: InterviewDocument, keyStart: number): number {
  const position = document.lines.positionAt(keyStart);
  const before = document.lines.lineText(position.line).slice(0, position.character);
  const properties = /(?:[&!][^\s]*[ \t]+|\?[ \t]+)+$/.exec(before);
  return position.character - (properties ? properties[0].length : 0);
}

/** The indentation step the file uses (2 when it has no nested keys yet). */
export function indentUnit(document: InterviewDocument): number {
  for (const [pointer, entry] of document.entries) {
    if (pointer.split('/').length === 3 && entry.key && !/^\/\w+\/\d+$/.test(pointer)) {
      // A key inside `{…}` sits wherever the line puts it: only block maps show the step.
      if (inFlow(document, pointer.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~')))) continue;
      const column = keyIndent(document, entry.key[0]);
      if (column > 0) return column;
    }
  }
  return 2;
}

function toPointer(path: readonly string[]): string {
  return path.map((segment) => `/${pointerSegment(segment)}`).join('');
}

/**
 * The smallest edits that turn `before` into `after`, line by line (Myers' diff on lines), so an
 * edit never rewrites lines it does not change.
 */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const middleA = a.slice(prefix, a.length - suffix);
  const middleB = b.slice(prefix, b.length - suffix);
  const hunks = myers(middleA, middleB);
  const offsets: number[] = [0];
  for (const line of a) offsets.push(offsets[offsets.length - 1] + line.length);
  return hunks.map((hunk) => {
    const start = offsets[prefix + hunk.aStart];
    const end = offsets[prefix + hunk.aEnd];
    return { offset: start, length: end - start, newText: middleB.slice(hunk.bStart, hunk.bEnd).join('') };
  });
}

/** Lines with their line breaks attached. */
function splitLines(text: string): string[] {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  return lines;
}

interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Myers' O(ND) diff: the changed hunks between two line lists. */
function myers(a: string[], b: string[]): Hunk[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0 || n * m > 4_000_000) return [{ aStart: 0, aEnd: n, bStart: 0, bEnd: m }];
  const max = n + m;
  const offset = max;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk back to collect the path, then group non-diagonal steps into hunks.
  const steps: ('same' | 'del' | 'ins')[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const previous = trace[d];
    const k = x - y;
    const previousK = k === -d || (k !== d && previous[offset + k - 1] < previous[offset + k + 1]) ? k + 1 : k - 1;
    const previousX = previous[offset + previousK];
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      steps.push('same');
      x--;
      y--;
    }
    if (x === previousX) {
      steps.push('ins');
      y--;
    } else {
      steps.push('del');
      x--;
    }
  }
  while (x > 0 && y > 0) {
    steps.push('same');
    x--;
    y--;
  }
  steps.reverse();
  const hunks: Hunk[] = [];
  let ai = 0;
  let bi = 0;
  let current: Hunk | undefined;
  for (const step of steps) {
    if (step === 'same') {
      if (current) hunks.push(current);
      current = undefined;
      ai++;
      bi++;
      continue;
    }
    current ??= { aStart: ai, aEnd: ai, bStart: bi, bEnd: bi };
    if (step === 'del') current.aEnd = ++ai;
    else current.bEnd = ++bi;
  }
  if (current) hunks.push(current);
  return hunks;
}
