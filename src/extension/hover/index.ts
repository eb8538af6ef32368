import * as vscode from 'vscode';
import { isScalarEntry } from '../../core/parse';
import { ruleById } from '../../core/rules';
import type { Habit } from '../../core/rules/rule';
import { HABITS } from '../../core/rules/rule';
import type { Deps } from '../deps';
import { ruleIdOf } from '../diagnostics';
import { describe } from '../completion';
import { scalarBranch, schemaAtPath } from '../completion/schemaPath';
import { linkAt, linkTarget } from '../links';
import { LANGUAGE_ID } from '../shared/files';
import { stageDescription, stageKnown } from '../../core/pipeline';

/**
 * Hovers that explain the file: what a key means (from the schema), what an enum value means, why a
 * rule flagged something (its reason and the habit it protects) and, on a link, who is at the other
 * end. The diagnostic's own message is shown by VS Code; this adds the why.
 */
class InterviewHovers implements vscode.HoverProvider {
  constructor(private readonly deps: Deps) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    const rules = new Set<string>();
    for (const diagnostic of vscode.languages.getDiagnostics(document.uri)) {
      const ruleId = ruleIdOf(diagnostic);
      if (!ruleId || rules.has(ruleId) || !diagnostic.range.contains(position)) continue;
      const rule = ruleById(ruleId);
      if (!rule) continue;
      rules.add(ruleId);
      // The reason once, and the habit by name only: the diagnostic's message, shown just above by
      // VS Code, already says what to do, and the habit's own summary would say the reason again.
      const habit = HABITS[rule.habit];
      const number = HABIT_NUMBERS[rule.habit];
      const markdown = new vscode.MarkdownString(`**Why \`${ruleId}\`?** ${rule.reason}\n\n${number ? `Habit ${number}: ` : ''}*${habit.title}*`);
      parts.push(markdown);
      range ??= diagnostic.range;
    }
    const link = linkAt(this.deps, document, position);
    if (link) {
      const target = linkTarget(this.deps, document.uri, link.link);
      const linkRange = new vscode.Range(document.positionAt(link.start), document.positionAt(link.end));
      if (target) {
        const who = [target.role, target.company].filter(Boolean).join(' at ');
        const state = stageDescription(target, this.deps.today.value);
        const stage = stageKnown(target) ? `Stage: \`${target.stage}\`` : 'Stage unknown';
        parts.unshift(new vscode.MarkdownString(`**${escape(target.name)}**${who ? `, ${escape(who)}` : ''}\n\n${stage}${state ? ` (${escape(state)})` : ''}`));
      }
      range ??= linkRange;
    } else {
      const schemaPart = this.schemaHover(document, position);
      if (schemaPart) {
        parts.unshift(schemaPart.markdown);
        range ??= schemaPart.range;
      }
    }
    return parts.length > 0 ? new vscode.Hover(parts, range) : undefined;
  }

  /** The schema's description of the key under the cursor, or of the enum value under it. */
  private schemaHover(document: vscode.TextDocument, position: vscode.Position): { markdown: vscode.MarkdownString; range: vscode.Range } | undefined {
    const parsed = this.deps.documents.get(document).document;
    const offset = parsed.lines.offsetAt(position);
    for (const [pointer, entry] of parsed.entries) {
      if (pointer === '') continue;
      const path = pointer.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
      const toRange = (span: [number, number]) => new vscode.Range(document.positionAt(span[0]), document.positionAt(span[1]));
      if (entry.key && offset >= entry.key[0] && offset <= entry.key[1]) {
        const node = schemaAtPath(path);
        if (!node) return undefined;
        return { markdown: describe(path, node), range: toRange(entry.key) };
      }
      if (isScalarEntry(entry) && offset >= entry.value[0] && offset <= entry.value[1]) {
        const node = schemaAtPath(path);
        const scalar = node && scalarBranch(node);
        const index = scalar?.enum?.indexOf(entry.scalar) ?? -1;
        const note = index >= 0 ? scalar?.enumDescriptions?.[index] : undefined;
        if (!note) continue;
        return { markdown: new vscode.MarkdownString(`\`${String(entry.scalar)}\`: ${note}`), range: toRange(entry.value) };
      }
    }
    return undefined;
  }
}

/** The habits as the README and the walkthrough number them; the format itself has no number. */
const HABIT_NUMBERS: Readonly<Record<Habit, number | undefined>> = { contacts: 1, 'in-person': 2, research: 3, 'about-them': 4, 'follow-up': 5, format: undefined };

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

/** Registers the hovers for interview files. */
export function register(context: vscode.ExtensionContext, deps: Deps): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, new InterviewHovers(deps)));
}
