// The interview language as the editor sees it: its configuration (comments, quotes, indentation),
// the grammar's scopes (tokenized by VS Code's own TextMate engine and YAML grammar), the iv-
// snippets, and the getting-started walkthrough.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lintText } from '../../src/core/lint';
import { RECOMMENDED_QUESTIONS, REFERRAL_ASK } from '../../src/core/phrases';
import { activateExtension, extensionUnderTest } from './helpers';
import { completionsAt, labelOf, localToday, openUntitled, revertAndClose } from './editorSupport';

/** The parts of vscode-textmate and vscode-oniguruma (shipped inside VS Code) that the grammar test uses. */
interface TextMate {
  INITIAL: unknown;
  Registry: new (options: { onigLib: Promise<unknown>; loadGrammar(scopeName: string): Promise<unknown> }) => { loadGrammar(scopeName: string): Promise<Grammar | null> };
  parseRawGrammar(content: string, filePath: string): unknown;
}
interface Grammar {
  tokenizeLine(line: string, stack: unknown): { tokens: { startIndex: number; endIndex: number; scopes: string[] }[]; ruleStack: unknown };
}
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (sources: string[]) => unknown;
  OnigString: new (text: string) => unknown;
}

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
}

/**
 * Brings the active editor's tokens up to date with its text. VS Code tokenizes in the background
 * and, on a line below one it has not re-tokenized since the last edit, skips what needs tokens:
 * Enter only keeps the indentation (no onEnterRules) and a quote is never auto-closed. A person's
 * keystrokes leave the tokenizer time to catch up; `type` commands sent back to back (or one `type`
 * with several lines) do not, on a busy machine least of all.
 */
async function settleTokens(): Promise<void> {
  await vscode.commands.executeCommand('editor.action.forceRetokenize');
}

/** Presses Enter in the active editor with its tokens up to date, as after a person's typing. */
async function pressEnter(): Promise<void> {
  await settleTokens();
  await vscode.commands.executeCommand('type', { text: '\n' });
}

describe('editor: the interview language', () => {
  before(async () => {
    await activateExtension();
  });

  describe('language configuration', () => {
    it('toggles a line comment with #', async () => {
      const editor = await openUntitled('stage: met\n');
      try {
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        await vscode.commands.executeCommand('editor.action.commentLine');
        assert.equal(editor.document.lineAt(0).text, '# stage: met');
      } finally {
        await revertAndClose(editor);
      }
    });

    it('closes a quote it opens, except in a comment', async () => {
      const editor = await openUntitled('notes: \nstage: met  # note ');
      try {
        editor.selection = new vscode.Selection(0, 7, 0, 7);
        await vscode.commands.executeCommand('type', { text: '"' });
        assert.equal(editor.document.lineAt(0).text, 'notes: ""');
        const end = editor.document.lineAt(1).text.length;
        editor.selection = new vscode.Selection(1, end, 1, end);
        // Without tokens for line 2 VS Code closes no quote there, comment or not: this would prove nothing.
        await settleTokens();
        await vscode.commands.executeCommand('type', { text: "'" });
        assert.equal(editor.document.lineAt(1).text, "stage: met  # note '");
      } finally {
        await revertAndClose(editor);
      }
    });

    it('indents after a key that opens a map, and keeps list-item keys aligned', async () => {
      const editor = await openUntitled('contact:');
      try {
        editor.selection = new vscode.Selection(0, 8, 0, 8);
        await pressEnter();
        assert.equal(editor.document.lineAt(1).text, '  ', 'Enter after `contact:` indents by two spaces');
        await vscode.commands.executeCommand('type', { text: 'referrals:' });
        await pressEnter();
        await vscode.commands.executeCommand('type', { text: '- name: Lee' });
        await pressEnter();
        const last = editor.document.lineAt(editor.document.lineCount - 1).text;
        const item = editor.document.lineAt(editor.document.lineCount - 2).text;
        assert.equal(last.length, item.indexOf('name'), `Enter after "${item}" lines up with its key`);
      } finally {
        await revertAndClose(editor);
      }
    });
  });

  describe('grammar', () => {
    let tokenize: (text: string) => { text: string; scopes: string[] }[][];

    before(async function () {
      // VS Code's own TextMate engine and grammars, loaded the way the editor loads them: every
      // grammar contributed by the built-in YAML extension and by this one.
      const appRequire = createRequire(path.join(vscode.env.appRoot, 'package.json'));
      const textmate = appRequire('vscode-textmate') as TextMate;
      const oniguruma = appRequire('vscode-oniguruma') as Oniguruma;
      const wasm = fs.readFileSync(path.join(path.dirname(appRequire.resolve('vscode-oniguruma')), 'onig.wasm'));
      await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
      const grammarFiles = new Map<string, string>();
      for (const extension of [vscode.extensions.getExtension('vscode.yaml'), extensionUnderTest()]) {
        assert.ok(extension, 'the built-in YAML extension is installed');
        const grammars = (extension.packageJSON as { contributes?: { grammars?: GrammarContribution[] } }).contributes?.grammars ?? [];
        for (const grammar of grammars) grammarFiles.set(grammar.scopeName, path.join(extension.extensionPath, grammar.path));
      }
      const registry = new textmate.Registry({
        onigLib: Promise.resolve({ createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources), createOnigString: (text: string) => new oniguruma.OnigString(text) }),
        loadGrammar: async (scopeName: string) => {
          const file = grammarFiles.get(scopeName);
          return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
        },
      });
      const ours = (extensionUnderTest().packageJSON as { contributes: { grammars: GrammarContribution[] } }).contributes.grammars.find((grammar) => grammar.language === 'interview-yaml');
      assert.ok(ours, 'package.json contributes a grammar for interview-yaml');
      const loaded = await registry.loadGrammar(ours.scopeName);
      assert.ok(loaded, `the grammar ${ours.scopeName} loads`);
      const grammar = loaded;
      tokenize = (text) => {
        let stack = textmate.INITIAL;
        return text.split('\n').map((line) => {
          const result = grammar.tokenizeLine(line, stack);
          stack = result.ruleStack;
          return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
        });
      };
    });

    const scopesOf = (lines: { text: string; scopes: string[] }[][], line: number, text: string) => {
      const token = lines[line].find((candidate) => candidate.text === text);
      assert.ok(token, `line ${line + 1} has a token "${text}"; tokens: ${lines[line].map((t) => JSON.stringify(t.text)).join(' ')}`);
      return token.scopes;
    };

    it('scopes stage, format and connection values, and dates, on top of YAML', () => {
      const lines = tokenize(['stage: followed_up', 'contact:', '  connection: alumni', 'meeting:', '  date: 2026-12-03T09:30', '  format: in-person', 'follow_up:', '  next: 2027-01-15  # check in'].join('\n'));
      assert.ok(scopesOf(lines, 0, 'stage').some((scope) => scope.startsWith('entity.name.tag.yaml')), 'keys keep the YAML key scope');
      assert.ok(scopesOf(lines, 0, 'followed_up').includes('constant.language.stage.interview-yaml'));
      assert.ok(scopesOf(lines, 2, 'alumni').includes('constant.language.connection.interview-yaml'));
      assert.ok(scopesOf(lines, 4, '2026-12-03').includes('constant.numeric.date.interview-yaml'));
      assert.ok(scopesOf(lines, 4, '09:30').includes('constant.numeric.time.interview-yaml'));
      assert.ok(scopesOf(lines, 5, 'in-person').includes('constant.language.meeting-format.interview-yaml'));
      assert.ok(scopesOf(lines, 7, '2027-01-15').includes('constant.numeric.date.interview-yaml'));
      assert.ok(scopesOf(lines, 7, '#').some((scope) => scope.startsWith('comment.line')), 'a trailing comment is still a comment');
    });

    it('scopes the lint directives and their rule ids inside comments', () => {
      const lines = tokenize(['# interview-lint-disable-next-line no-job-ask about-them', 'questions:', '  - Is your team hiring?  # interview-lint-disable-line no-job-ask'].join('\n'));
      assert.ok(scopesOf(lines, 0, 'interview-lint-disable-next-line').includes('keyword.control.directive.interview-lint.interview-yaml'));
      const ruleId = scopesOf(lines, 0, 'about-them');
      assert.ok(ruleId.includes('constant.other.rule-id.interview-yaml'));
      assert.ok(ruleId.some((scope) => scope.startsWith('comment.line')), 'the directive is still a comment');
      assert.ok(scopesOf(lines, 2, 'interview-lint-disable-line').includes('keyword.control.directive.interview-lint.interview-yaml'));
    });

    it('leaves look-alikes in text and in other keys alone', () => {
      const lines = tokenize(['outreach: |', '  stage: met on 2026-01-10', '  # interview-lint-disable', 'notes: "stage: met"', 'tags: [met]', 'stage: meeting'].join('\n'));
      const all = lines.flat().flatMap((token) => token.scopes.slice(1));
      assert.ok(!all.some((scope) => scope.endsWith('.interview-yaml')), `no interview scope in text: ${all.filter((scope) => scope.endsWith('.interview-yaml')).join(', ')}`);
    });
  });

  describe('snippets', () => {
    const snippetItems = async (): Promise<vscode.CompletionItem[]> => {
      const editor = await openUntitled('iv-');
      try {
        const items = await completionsAt(editor.document.uri, new vscode.Position(0, 3));
        return items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet && labelOf(item).startsWith('iv-'));
      } finally {
        await revertAndClose(editor);
      }
    };
    const body = (item: vscode.CompletionItem) => (typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? ''));

    it('offers each recommended question, all four, and the referral ask, naming the habit', async () => {
      const items = await snippetItems();
      const labels = items.map(labelOf);
      for (const prefix of ['iv-workday', 'iv-started', 'iv-most-least', 'iv-challenges', 'iv-questions', 'iv-referral-ask', 'iv-interview', 'iv-meeting', 'iv-research', 'iv-follow-up']) {
        assert.ok(labels.includes(prefix), `a snippet ${prefix}; have ${labels.join(', ')}`);
      }
      const bodies = items.map(body);
      for (const question of [...RECOMMENDED_QUESTIONS, REFERRAL_ASK]) {
        assert.ok(bodies.includes(question), `a snippet that is exactly "${question}"`);
      }
      const all = items.find((item) => labelOf(item) === 'iv-questions');
      assert.ok(all);
      for (const question of RECOMMENDED_QUESTIONS) assert.ok(body(all).includes(question), `iv-questions has "${question}"`);
      for (const item of items) {
        const description = `${item.detail ?? ''} ${typeof item.documentation === 'string' ? item.documentation : (item.documentation?.value ?? '')}`;
        assert.match(description, /habit/i, `${labelOf(item)} says which habit it serves`);
      }
    });

    it('inserts a whole interview with choices for the enums, which the linter accepts', async () => {
      const skeleton = (await snippetItems()).find((item) => labelOf(item) === 'iv-interview');
      assert.ok(skeleton);
      const text = body(skeleton);
      assert.match(text, /connection: \$\{\d+\|first,second,third,alumni,referral,cold\|\}/);
      assert.match(text, /stage: \$\{\d+\|prospect,requested,scheduled,met,followed_up,closed\|\}/);
      assert.match(text, /format: \$\{\d+\|in-person,video,phone,email\|\}/);
      const editor = await openUntitled('');
      try {
        assert.ok(await editor.insertSnippet(new vscode.SnippetString(text)), 'the snippet inserts');
        const inserted = editor.document.getText();
        assert.match(inserted, /^ {2}name: Full Name$/m, 'indented with spaces');
        const schemaIssues = lintText(inserted, { today: localToday() }).filter((issue) => issue.ruleId === 'schema');
        assert.deepEqual(schemaIssues.map((issue) => issue.message), [], 'the skeleton as inserted follows the format');
      } finally {
        await revertAndClose(editor);
      }
    });
  });

  describe('walkthrough', () => {
    interface Walkthrough {
      id: string;
      steps: { id: string; description: string; media: { markdown?: string }; completionEvents?: string[] }[];
    }

    it('walks through a first interview, the pipeline and the five habits, with its media shipped', async () => {
      const extension = extensionUnderTest();
      const walkthroughs = (extension.packageJSON as { contributes: { walkthroughs?: Walkthrough[] } }).contributes.walkthroughs ?? [];
      const walkthrough = walkthroughs.find((candidate) => candidate.id === 'gettingStarted');
      assert.ok(walkthrough, 'contributes the gettingStarted walkthrough');
      const nls = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'package.nls.json'), 'utf8')) as Record<string, string>;
      const text = (value: string) => nls[/^%(.+)%$/.exec(value)?.[1] ?? ''] ?? value;
      const descriptions = walkthrough.steps.map((step) => text(step.description)).join('\n');
      assert.match(descriptions, /command:interviews\.newInterview/, 'a step creates a first interview');
      assert.match(descriptions, /command:interviews\.pipeline\.focus/, 'a step shows the pipeline');
      for (const step of walkthrough.steps) {
        assert.ok(step.media.markdown, `${step.id} has markdown media`);
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, step.media.markdown));
      }
      const habits = walkthrough.steps.find((step) => step.id === 'fiveHabits');
      assert.ok(habits?.media.markdown);
      const habitsText = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, habits.media.markdown)));
      for (const habit of ['Scour your contacts', 'meet in person', 'Do your research', 'Make it about them', 'Follow up']) assert.match(habitsText, new RegExp(habit, 'i'));
    });

    it('opens in VS Code', async () => {
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extensionUnderTest().id}#gettingStarted`, false);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  });
});
