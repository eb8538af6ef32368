import type * as vscode from 'vscode';
import { createDeps } from './deps';
import type { Deps } from './deps';
import { register as registerCodeActions } from './codeActions';
import { register as registerCodeLens } from './codeLens';
import { register as registerCommands } from './commands';
import { register as registerCompletion } from './completion';
import { register as registerDiagnostics } from './diagnostics';
import { register as registerHover } from './hover';
import { register as registerLinks } from './links';
import { register as registerOutline } from './outline';
import { loadShippedData } from './shippedData';
import { register as registerPipeline } from './pipeline';
import type { PipelineApi } from './pipeline';
import { register as registerStatusBar } from './statusBar';
import type { DueStatusApi } from './statusBar';
import { register as registerTargets } from './targets';
import type { TargetsProvider } from './targets';

/** What the extension hands to its tests and to other extensions. */
export interface InterviewsApi {
  /** Resolves once every feature is registered and the first workspace lint has finished. */
  readonly ready: Promise<void>;
  /** The shared services, for the integration tests. */
  readonly deps: Deps;
  /** The Interview Pipeline view and its data, for the integration tests. */
  readonly pipeline: PipelineApi;
  /** The "N due" status bar entry, for the integration tests. */
  readonly dueStatus: DueStatusApi;
  /** The Targets view's data, for the integration tests. */
  readonly targets: TargetsProvider;
  /** How long `activate` took, in milliseconds: reading the phrase model and the schema, and the registrations, not the loading of the bundle nor the first workspace lint. */
  readonly activationMs: number;
}

/** Activates the extension: the data the core reads first (nothing is linted without it), then one `register` call per feature. */
export async function activate(context: vscode.ExtensionContext): Promise<InterviewsApi> {
  const started = performance.now();
  const problems = await loadShippedData(context.extensionUri);
  const deps = createDeps(context);
  for (const problem of problems) deps.log.error(problem);
  registerDiagnostics(context, deps);
  registerCodeActions(context, deps);
  registerCompletion(context, deps);
  registerHover(context, deps);
  registerLinks(context, deps);
  registerOutline(context, deps);
  registerCodeLens(context, deps);
  registerCommands(context, deps);
  const pipeline = registerPipeline(context, deps);
  const dueStatus = registerStatusBar(context, deps);
  const targets = registerTargets(context, deps);
  const activationMs = performance.now() - started;
  deps.log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return { ready: deps.workspace.ready, deps, pipeline, dueStatus, targets, activationMs };
}

export function deactivate(): void {}
