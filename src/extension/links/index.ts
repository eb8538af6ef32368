import * as vscode from 'vscode';
import type { InterviewDocument } from '../../core/parse';
import { isScalarEntry } from '../../core/parse';
import type { InterviewSummary } from '../../core/pipeline';
import { resolveLink } from '../../core/workspace';
import type { Deps } from '../deps';
import { LANGUAGE_ID, workspacePath } from '../shared/files';

/** A link to another interview file written in this one. */
export interface FileLink {
  /** `/contact/referred_by` or `/follow_up/referrals/<n>/file`. */
  pointer: string;
  /** The link as written. */
  link: string;
  /** Offsets of the link's text (inside the quotes, when quoted). */
  start: number;
  end: number;
}

/** The file links of a parsed interview: `contact.referred_by` and each referral's `file`. */
export function fileLinks(document: InterviewDocument): FileLink[] {
  const links: FileLink[] = [];
  for (const [pointer, entry] of document.entries) {
    if (pointer !== '/contact/referred_by' && !/^\/follow_up\/referrals\/\d+\/file$/.test(pointer)) continue;
    const value = isScalarEntry(entry) ? entry.scalar : undefined;
    if (typeof value !== 'string' || value.trim() === '' || /^[a-z][a-z0-9+.-]*:/i.test(value.trim())) continue;
    let [start, end] = entry.value;
    const source = document.text.slice(start, end);
    const quoted = /^(["'])(.*)\1$/s.exec(source);
    if (quoted) {
      start += 1;
      end -= 1;
    }
    const raw = document.text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trailing = raw.length - raw.trimEnd().length;
    links.push({ pointer, link: value.trim(), start: start + leading, end: end - trailing });
  }
  return links;
}

/** The indexed interview a link points at, if it exists. */
export function linkTarget(deps: Deps, from: vscode.Uri, link: string): InterviewSummary | undefined {
  const key = deps.workspace.index.keyOfPath(resolveLink(workspacePath(from), link));
  return key ? deps.workspace.index.get(key) : undefined;
}

/** The file link under a position, if any. */
export function linkAt(deps: Deps, document: vscode.TextDocument, position: vscode.Position): FileLink | undefined {
  const parsed = deps.documents.get(document).document;
  const offset = parsed.lines.offsetAt(position);
  return fileLinks(parsed).find((link) => offset >= link.start && offset <= link.end);
}

/**
 * `referred_by` and referral `file` values as document links and as definitions, to the files they
 * name. A link to a file that does not exist gets neither: the `broken-link` diagnostic says so.
 */
class InterviewLinks implements vscode.DocumentLinkProvider, vscode.DefinitionProvider {
  constructor(private readonly deps: Deps) {}

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const parsed = this.deps.documents.get(document).document;
    const links: vscode.DocumentLink[] = [];
    for (const link of fileLinks(parsed)) {
      const target = linkTarget(this.deps, document.uri, link.link);
      if (!target) continue;
      const documentLink = new vscode.DocumentLink(new vscode.Range(document.positionAt(link.start), document.positionAt(link.end)), vscode.Uri.parse(target.key));
      documentLink.tooltip = `Open ${target.name}'s interview`;
      links.push(documentLink);
    }
    return links;
  }

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[] | undefined> {
    const link = linkAt(this.deps, document, position);
    if (!link) return undefined;
    const target = linkTarget(this.deps, document.uri, link.link);
    if (!target) return undefined;
    const uri = vscode.Uri.parse(target.key);
    // Land on the contact's name when the file has one.
    const parsed = await this.deps.workspace.parse(uri);
    const name = parsed?.document.entries.get('/contact/name');
    const anchor = name?.key ?? name?.value ?? parsed?.document.entries.get('/contact')?.key;
    const targetRange = anchor && parsed ? new vscode.Range(toPosition(parsed.document, anchor[0]), toPosition(parsed.document, anchor[1])) : new vscode.Range(0, 0, 0, 0);
    return [
      {
        originSelectionRange: new vscode.Range(document.positionAt(link.start), document.positionAt(link.end)),
        targetUri: uri,
        targetRange,
        targetSelectionRange: targetRange,
      },
    ];
  }
}

function toPosition(document: InterviewDocument, offset: number): vscode.Position {
  const position = document.lines.positionAt(offset);
  return new vscode.Position(position.line, position.character);
}

/** Registers the document links and Go to Definition for file links. */
export function register(context: vscode.ExtensionContext, deps: Deps): void {
  const provider = new InterviewLinks(deps);
  const selector = { language: LANGUAGE_ID };
  context.subscriptions.push(vscode.languages.registerDocumentLinkProvider(selector, provider), vscode.languages.registerDefinitionProvider(selector, provider));
}
