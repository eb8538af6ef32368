import * as vscode from 'vscode';
import type { InterviewDocument, SourceEntry } from '../../core/parse';
import { isScalarEntry, pointerSegment } from '../../core/parse';
import type { Deps } from '../deps';
import { LANGUAGE_ID } from '../shared/files';

const KINDS: Record<string, vscode.SymbolKind> = {
  contact: vscode.SymbolKind.Object,
  stage: vscode.SymbolKind.EnumMember,
  meeting: vscode.SymbolKind.Event,
  research: vscode.SymbolKind.Namespace,
  questions: vscode.SymbolKind.Array,
  follow_up: vscode.SymbolKind.Object,
  tags: vscode.SymbolKind.Array,
};

/**
 * The outline of an interview: the contact (with the person's name), the stage, the meeting, the
 * research, each question, the follow-up (thank-you, referrals, check-ins) and the other top-level
 * keys, each spanning its lines so breadcrumbs and sticky scroll follow the cursor.
 */
export function interviewSymbols(document: InterviewDocument): vscode.DocumentSymbol[] {
  if (document.entries.get('')?.kind !== 'map') return [];
  const symbols: vscode.DocumentSymbol[] = [];
  for (const [pointer, entry] of document.entries) {
    if (!/^\/[^/]+$/.test(pointer) || !entry.key) continue;
    const key = document.text.slice(entry.key[0], entry.key[1]);
    const symbol = symbolFor(document, entry, key, detailOf(document, pointer, entry), KINDS[key] ?? vscode.SymbolKind.Field);
    symbol.children = childrenOf(document, pointer, key);
    symbols.push(symbol);
  }
  return symbols;
}

function childrenOf(document: InterviewDocument, pointer: string, key: string): vscode.DocumentSymbol[] {
  switch (key) {
    case 'questions':
      return items(document, pointer).map(({ entry, itemPointer }) => {
        const ask = entry.kind === 'map' ? document.entries.get(`${itemPointer}/ask`) : entry;
        const answered = entry.kind === 'map' && document.entries.has(`${itemPointer}/answer`);
        return symbolFor(document, entry, scalarText(ask) ?? '(question)', answered ? 'answered' : '', vscode.SymbolKind.String);
      });
    case 'contact':
    case 'meeting':
    case 'research':
      return fields(document, pointer);
    case 'follow_up':
      return fields(document, pointer).map((symbol) => {
        const childPointer = `${pointer}/${pointerSegment(symbol.name)}`;
        if (symbol.name === 'referrals') {
          symbol.children = items(document, childPointer).map(({ entry, itemPointer }) =>
            symbolFor(document, entry, scalarText(document.entries.get(`${itemPointer}/name`)) ?? '(referral)', scalarText(document.entries.get(`${itemPointer}/file`)) ?? '', vscode.SymbolKind.Object),
          );
        } else if (symbol.name === 'log') {
          symbol.children = items(document, childPointer).map(({ entry, itemPointer }) =>
            symbolFor(document, entry, scalarText(document.entries.get(`${itemPointer}/date`)) ?? '(check-in)', scalarText(document.entries.get(`${itemPointer}/note`)) ?? '', vscode.SymbolKind.Event),
          );
        }
        return symbol;
      });
    default:
      return [];
  }
}

/** The keys of a map as field symbols, their scalar values as details. */
function fields(document: InterviewDocument, pointer: string): vscode.DocumentSymbol[] {
  const symbols: vscode.DocumentSymbol[] = [];
  const prefix = `${pointer}/`;
  for (const [childPointer, entry] of document.entries) {
    if (!childPointer.startsWith(prefix) || childPointer.slice(prefix.length).includes('/') || !entry.key) continue;
    const key = document.text.slice(entry.key[0], entry.key[1]);
    symbols.push(symbolFor(document, entry, key, scalarText(entry) ?? '', vscode.SymbolKind.Field));
  }
  return symbols;
}

function items(document: InterviewDocument, pointer: string): { entry: SourceEntry; itemPointer: string }[] {
  if (document.entries.get(pointer)?.kind !== 'seq') return [];
  const result: { entry: SourceEntry; itemPointer: string }[] = [];
  for (let index = 0; ; index++) {
    const itemPointer = `${pointer}/${index}`;
    const entry = document.entries.get(itemPointer);
    if (!entry) break;
    if (entry.kind) result.push({ entry, itemPointer });
  }
  return result;
}

function detailOf(document: InterviewDocument, pointer: string, entry: SourceEntry): string {
  const text = (path: string) => scalarText(document.entries.get(`${pointer}/${path}`));
  switch (pointer) {
    case '/contact':
      return [text('name'), text('company')].filter(Boolean).join(', ');
    case '/meeting':
      return [text('date'), text('format')].filter(Boolean).join(', ');
    case '/follow_up':
      return [text('thanked') ? `thanked ${text('thanked')}` : '', text('next') ? `next ${text('next')}` : ''].filter(Boolean).join(', ');
    case '/questions': {
      if (entry.kind !== 'seq') return '';
      let count = 0;
      while (document.entries.has(`${pointer}/${count}`)) count++;
      return `${count}`;
    }
    default:
      return scalarText(entry) ?? '';
  }
}

/** A scalar's value as one line of text. */
function scalarText(entry: SourceEntry | undefined): string | undefined {
  if (!entry || !isScalarEntry(entry) || entry.scalar === null || entry.scalar === undefined) return undefined;
  const text = String(entry.scalar).replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** A symbol over an entry's key and value, its selection on the key (or the value, for list items). */
function symbolFor(document: InterviewDocument, entry: SourceEntry, name: string, detail: string, kind: vscode.SymbolKind): vscode.DocumentSymbol {
  const selection = entry.key ?? entry.value;
  const start = entry.key ? entry.key[0] : entry.value[0];
  // A block value's range runs over its trailing line break and comments: end on its last character.
  let end = Math.max(entry.value[1], selection[1]);
  while (end > start && /\s/.test(document.text[end - 1])) end--;
  const range = new vscode.Range(position(document, start), position(document, Math.max(end, selection[1])));
  const selectionRange = new vscode.Range(position(document, selection[0]), position(document, selection[1]));
  return new vscode.DocumentSymbol(name || '(empty)', detail, kind, range, selectionRange);
}

function position(document: InterviewDocument, offset: number): vscode.Position {
  const { line, character } = document.lines.positionAt(offset);
  return new vscode.Position(line, character);
}

/** Registers the outline of interview files. */
export function register(context: vscode.ExtensionContext, deps: Deps): void {
  const provider: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols: (document) => interviewSymbols(deps.documents.get(document).document),
  };
  context.subscriptions.push(vscode.languages.registerDocumentSymbolProvider({ language: LANGUAGE_ID }, provider, { label: 'Interview' }));
}
