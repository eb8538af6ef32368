import type * as vscode from 'vscode';
import { ParsedDocuments } from './shared/documents';
import { Log } from './shared/log';
import { LintSettings } from './shared/settings';
import { Today } from './shared/today';
import { Ui } from './shared/ui';
import { WorkspaceInterviews } from './shared/workspace';
import { WorkspaceLists } from './shared/lists';

/** The long-lived services every feature shares, created once per activation. */
export interface Deps {
  log: Log;
  /** Messages and prompts: VS Code's own, reported to the tests as they open. */
  ui: Ui;
  today: Today;
  settings: LintSettings;
  /** One parse per open document version. */
  documents: ParsedDocuments;
  /** The workspace index: every interview's summary and lint issues, kept up to date. */
  workspace: WorkspaceInterviews;
  /** The network and targets files, kept read. */
  lists: WorkspaceLists;
}

/** Creates the shared services and registers them for disposal. */
export function createDeps(context: vscode.ExtensionContext): Deps {
  const log = new Log();
  const ui = new Ui();
  const today = new Today();
  const settings = new LintSettings(log);
  const documents = new ParsedDocuments(() => settings.maxFileSize);
  const workspace = new WorkspaceInterviews(documents, settings, today, log);
  const lists = new WorkspaceLists(workspace, log);
  context.subscriptions.push(log, ui, today, settings, documents, workspace, lists);
  return { log, ui, today, settings, documents, workspace, lists };
}
