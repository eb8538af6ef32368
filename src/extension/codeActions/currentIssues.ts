import type * as vscode from 'vscode';
import type { LintOptions } from '../../core/lint';
import { lintDocument } from '../../core/lint';
import type { InterviewDocument } from '../../core/parse';
import type { Issue } from '../../core/types';
import type { Deps } from '../deps';
import type { ParsedVersion } from '../shared/documents';
import { workspacePath } from '../shared/files';

/** The lint issues of one document version, with what they were computed from. */
export interface CurrentIssues {
  parsed: ParsedVersion;
  issues: Issue[];
  /** Lints another text of the same file (the steps of "fix all") with the same options. */
  lint(document: InterviewDocument): Issue[];
}

interface Cached {
  generation: number;
  today: string;
  configKey: string;
  issues: Issue[];
}

/**
 * Lints the current version of an open document with the options the workspace index uses, once per
 * version: quick fixes must come from the text in the editor, never from an older version the index
 * may still hold. The cache hangs off the shared parse, so it goes when the parse does, and is
 * dropped when the other files change (the workspace checks read them).
 */
export class DocumentIssues implements vscode.Disposable {
  private readonly cache = new WeakMap<ParsedVersion, Cached>();
  private generation = 0;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly deps: Deps) {
    this.subscription = deps.workspace.onDidChange(() => this.generation++);
  }

  async get(document: vscode.TextDocument): Promise<CurrentIssues> {
    const config = await this.deps.settings.configFor(document.uri);
    const parsed = this.deps.documents.get(document);
    const options: LintOptions = { today: this.deps.today.value, config, path: workspacePath(document.uri), workspace: this.deps.workspace.index.view() };
    const configKey = JSON.stringify(config);
    const lint = (target: InterviewDocument) => lintDocument(target, options);
    const cached = this.cache.get(parsed);
    if (cached && cached.generation === this.generation && cached.today === options.today && cached.configKey === configKey) return { parsed, issues: cached.issues, lint };
    const issues = lintDocument(parsed.document, options, parsed.interview);
    this.cache.set(parsed, { generation: this.generation, today: options.today, configKey, issues });
    return { parsed, issues, lint };
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
