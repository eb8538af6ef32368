import type * as vscode from 'vscode';
import { createDeps } from './deps';
import type { Deps } from './deps';

/** What the extension hands to its tests and to other extensions. */
export interface InterviewsApi {
  /** Resolves once every feature is registered and the first workspace lint has finished. */
  readonly ready: Promise<void>;
  /** The shared services, for the integration tests. */
  readonly deps: Deps;
}

/** Activates the extension: one `register` call per feature and nothing else. */
export function activate(context: vscode.ExtensionContext): InterviewsApi {
  const deps = createDeps(context);
  return { ready: deps.workspace.ready, deps };
}

export function deactivate(): void {}
