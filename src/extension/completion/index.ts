import * as vscode from 'vscode';
import { addDays } from '../../core/dates';
import { RECOMMENDED_QUESTIONS, REFERRAL_ASK } from '../../core/phrases';
import { unaskedQuestions } from '../../core/questions';
import type { SchemaNode } from '../../core/schema';
import { displayPath, hasType, interviewSchema } from '../../core/schema';
import { targetsSchema } from '../../core/targets';
import { companyKey, relativeLink } from '../../core/workspace';
import type { Deps } from '../deps';
import { LANGUAGE_ID, uriKey, workspacePath } from '../shared/files';
import { blockKind, isDateNode, mapBranch, scalarBranch, schemaAtPath, valueSummary } from './schemaPath';
import type { KeyContext, ValueContext } from './yamlContext';
import { cursorContext } from './yamlContext';

/** Whether a path names a link to another interview file (`contact.referred_by`, a referral's `file`). */
export function isLinkPath(path: readonly string[]): boolean {
  const joined = path.map((segment) => (/^\d+$/.test(segment) ? '*' : segment)).join('/');
  return joined === 'contact/referred_by' || joined === 'follow_up/referrals/*/file';
}

/**
 * Completion from the format's schema: the keys valid at the cursor (with their descriptions), enum
 * values (with theirs), today's date for dates, the recommended questions in `questions`, and the
 * workspace's interview files, as relative paths, for links. Reads the line structure, not the
 * parse, so it works while the file is half-written.
 */
export class InterviewCompletions implements vscode.CompletionItemProvider {
  constructor(
    protected readonly deps: Deps,
    private readonly root: () => SchemaNode = interviewSchema,
  ) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): Promise<vscode.CompletionItem[]> {
    const prefix = document.lineAt(position.line).text.slice(0, position.character);
    // Typing a space only opens completion right after `key: ` or `- `.
    if (context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter && !/(?::|^\s*(?:-\s+)+)\s$/.test(prefix)) return [];
    const cursor = cursorContext((line) => document.lineAt(line).text, document.lineCount, position.line, position.character);
    const items: vscode.CompletionItem[] = [];
    if (cursor.key) items.push(...this.keyItems(cursor.key, position.line));
    if (cursor.value) items.push(...(await this.valueItems(document, cursor.value, position.line)));
    return items;
  }

  private keyItems(cursor: KeyContext, line: number): vscode.CompletionItem[] {
    const node = schemaAtPath(cursor.mapPath, this.root());
    const map = node && mapBranch(node);
    if (!map?.properties) return [];
    const range = new vscode.Range(line, cursor.start, line, cursor.end);
    const required = new Set(map.required ?? []);
    return Object.entries(map.properties)
      .filter(([key]) => !cursor.siblings.includes(key))
      .map(([key, property], order) => {
        const item = new vscode.CompletionItem({ label: key, description: valueSummary(property) }, vscode.CompletionItemKind.Property);
        item.documentation = describe([...cursor.mapPath, key], property);
        item.insertText = keySnippet(key, property, this.deps.today.value);
        item.range = range;
        item.sortText = `${required.has(key) ? 0 : 1}${String(order).padStart(3, '0')}`;
        if (blockKind(property)) item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest' };
        return item;
      });
  }

  private async valueItems(document: vscode.TextDocument, cursor: ValueContext, line: number): Promise<vscode.CompletionItem[]> {
    const range = new vscode.Range(line, cursor.start, line, cursor.end);
    const withRange = (items: vscode.CompletionItem[]) => items.map((item, order) => Object.assign(item, { range, sortText: item.sortText ?? String(order).padStart(3, '0') }));
    if (isLinkPath(cursor.path)) return withRange(this.fileItems(document));
    const joined = cursor.path.map((segment) => (/^\d+$/.test(segment) ? '*' : segment)).join('/');
    if (joined === 'questions/*' || joined === 'questions/*/ask') {
      // The questions asked elsewhere in the file: the one being typed may become any of them.
      const here = `/${cursor.path.join('/')}`;
      const asked = this.deps.documents
        .get(document)
        .interview.questions.filter((question) => question.pointer !== here && question.pointer !== `${here}/ask`)
        .map((question) => question.text);
      return withRange(questionItems(asked));
    }
    const known = this.knownValues(cursor.path);
    if (known) return withRange(known);
    const node = schemaAtPath(cursor.path, this.root());
    const scalar = node && scalarBranch(node);
    if (!scalar) return [];
    if (scalar.enum) {
      return withRange(
        scalar.enum.map((value, index) => {
          const item = new vscode.CompletionItem(String(value), vscode.CompletionItemKind.EnumMember);
          const description = scalar.enumDescriptions?.[index];
          if (description) {
            item.detail = description;
            item.documentation = new vscode.MarkdownString(description);
          }
          return item;
        }),
      );
    }
    if (hasType(scalar, 'boolean')) return withRange(['true', 'false'].map((value) => new vscode.CompletionItem(value, vscode.CompletionItemKind.Value)));
    if (isDateNode(scalar)) return withRange(await this.dateItems(document, cursor.path));
    return [];
  }

  /** Values the workspace knows for a path beyond the schema's (none for an interview: links and questions are offered above). */
  protected knownValues(_path: readonly string[]): vscode.CompletionItem[] | undefined {
    return undefined;
  }

  /** Today; for the next check-in also the default window later (from `.interviewlintrc.yaml` or the settings). */
  private async dateItems(document: vscode.TextDocument, path: readonly string[]): Promise<vscode.CompletionItem[]> {
    const today = this.deps.today.value;
    const item = new vscode.CompletionItem({ label: today, description: 'today' }, vscode.CompletionItemKind.Value);
    item.insertText = today;
    item.filterText = today;
    const items = [item];
    if (path.join('/') === 'follow_up/next') {
      const days = (await this.deps.settings.configFor(document.uri)).windows.checkInDays;
      const later = addDays(today, days);
      const next = new vscode.CompletionItem({ label: later, description: `in ${days} days` }, vscode.CompletionItemKind.Value);
      next.insertText = later;
      items.push(next);
    }
    return items;
  }

  /** The other interview files of the workspace, as links relative to this file. */
  private fileItems(document: vscode.TextDocument): vscode.CompletionItem[] {
    const here = workspacePath(document.uri);
    const self = uriKey(document.uri);
    return [...this.deps.workspace.index.values()]
      .filter((summary) => summary.key !== self)
      .sort((a, b) => a.name.localeCompare(b.name) || a.path.localeCompare(b.path))
      .map((summary) => {
        const link = relativeLink(here, summary.path);
        const item = new vscode.CompletionItem({ label: link, description: [summary.name, summary.company].filter(Boolean).join(', ') }, vscode.CompletionItemKind.File);
        item.detail = `${summary.name}${summary.role ? `, ${summary.role}` : ''}${summary.company ? ` at ${summary.company}` : ''} (${summary.stage})`;
        // Typing the person's name finds the file too.
        item.filterText = `${link} ${summary.name}`;
        return item;
      });
  }
}

/** The recommended questions (and the referral ask) not yet in the file. */
function questionItems(asked: readonly string[]): vscode.CompletionItem[] {
  return unaskedQuestions(asked, [...RECOMMENDED_QUESTIONS, REFERRAL_ASK]).map((question) => {
    const item = new vscode.CompletionItem(question, vscode.CompletionItemKind.Text);
    item.detail = question === REFERRAL_ASK ? 'Habit 5, follow up: ask who else to talk to' : 'Habit 4, make it about them: a recommended question';
    return item;
  });
}

/** The description of a key, with its allowed values. */
export function describe(path: readonly string[], node: SchemaNode): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(`**${displayPath(`/${path.join('/')}`)}**`);
  if (node.description) markdown.appendMarkdown(`\n\n${node.description}`);
  const scalar = scalarBranch(node);
  if (scalar?.enum) {
    markdown.appendMarkdown('\n\n');
    scalar.enum.forEach((value, index) => {
      const note = scalar.enumDescriptions?.[index];
      markdown.appendMarkdown(`- \`${String(value)}\`${note ? `: ${note}` : ''}\n`);
    });
  }
  return markdown;
}

/** What typing a key inserts: the colon and a start on its value. */
function keySnippet(key: string, node: SchemaNode, today: string): vscode.SnippetString {
  const snippet = new vscode.SnippetString(`${key}:`);
  const scalar = scalarBranch(node);
  const block = blockKind(node);
  if (block === 'map') return snippet.appendText('\n\t').appendTabstop(0);
  if (block === 'list') return snippet.appendText('\n\t- ').appendTabstop(0);
  snippet.appendText(' ');
  if (scalar?.enum) return snippet.appendChoice(scalar.enum.map(String));
  if (scalar && hasType(scalar, 'boolean')) return snippet.appendChoice(['true', 'false']);
  if (isDateNode(node)) return snippet.appendPlaceholder(today);
  if (scalar && hasType(scalar, 'integer') && key === 'minutes') return snippet.appendPlaceholder('30');
  return snippet.appendTabstop(0);
}

/**
 * Completion in the targets file, from its schema: the keys of an employer, the LAMP scores with
 * what each means, and for a name the companies of the network and the interviews.
 */
class TargetsCompletions extends InterviewCompletions {
  constructor(deps: Deps) {
    super(deps, targetsSchema);
  }

  override provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken, context: vscode.CompletionContext): Promise<vscode.CompletionItem[]> {
    const file = this.deps.lists.targetsFile;
    return file && uriKey(file) === uriKey(document.uri) ? super.provideCompletionItems(document, position, token, context) : Promise.resolve([]);
  }

  protected override knownValues(path: readonly string[]): vscode.CompletionItem[] | undefined {
    if (path.length !== 3 || path[0] !== 'employers' || path[2] !== 'name') return undefined;
    // The companies of the network and the interviews not listed yet, each once, as first written.
    const companies = new Map<string, string>(this.deps.lists.employers.map((employer) => [companyKey(employer.name), '']));
    for (const company of [...this.deps.lists.people, ...this.deps.workspace.index.values()].map((entry) => entry.company)) {
      if (company && !companies.has(companyKey(company))) companies.set(companyKey(company), company);
    }
    return [...companies.values()].filter(Boolean).map((company) => new vscode.CompletionItem(company, vscode.CompletionItemKind.Value));
  }
}

/** Registers completion for interview files and the targets file; a space after `key:` or `- ` opens it too. */
export function register(context: vscode.ExtensionContext, deps: Deps): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider({ language: LANGUAGE_ID }, new InterviewCompletions(deps), ' '),
    vscode.languages.registerCompletionItemProvider({ pattern: '**/*.{yaml,yml}' }, new TargetsCompletions(deps), ' '),
  );
}
