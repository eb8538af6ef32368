import * as vscode from 'vscode';
import type { Issue, Severity } from '../../core/types';
import type { Deps } from '../deps';

/** The `source` of every diagnostic the rules produce; quick fixes and hovers pick diagnostics by it. */
export const DIAGNOSTIC_SOURCE = 'interviews';
export const LINT_WORKSPACE_COMMAND = 'interviews.lintWorkspace';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * The documentation of a rule: the `docs/rules.md` shipped inside the extension, at the rule's
 * heading. The bundled file (rather than a web address) works offline and in the browser, and
 * always describes the rules of the installed version.
 */
export function ruleDocsUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules.md').with({ fragment: ruleId });
}

/** A core issue as a VS Code diagnostic: the rule id as its code, linked to the rule's documentation. */
export function toDiagnostic(issue: Issue, extensionUri: vscode.Uri): vscode.Diagnostic {
  const { start, end } = issue.range;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), issue.message, SEVERITIES[issue.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: issue.ruleId, target: ruleDocsUri(extensionUri, issue.ruleId) };
  return diagnostic;
}

/** The rule id of one of our diagnostics, or undefined for anyone else's. */
export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

/**
 * Shows the workspace index's lint issues as diagnostics, for open and closed files alike, and
 * updates only the files each refresh names; the index does the linting (debounced, stale results
 * dropped, recomputed when the day changes), this feature only publishes.
 */
export function register(context: vscode.ExtensionContext, deps: Deps): void {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const { index } = deps.workspace;
  const publish = (key: string) => {
    const uri = vscode.Uri.parse(key);
    const summary = index.get(key);
    if (!summary) collection.delete(uri);
    else collection.set(uri, summary.issues.map((issue) => toDiagnostic(issue, context.extensionUri)));
  };
  for (const summary of index.values()) publish(summary.key);
  context.subscriptions.push(
    collection,
    deps.workspace.onDidChange(
      deps.log.guard('Publishing diagnostics', ({ keys, removed }: { keys: string[]; removed: string[] }) => {
        for (const key of removed) collection.delete(vscode.Uri.parse(key));
        for (const key of keys) publish(key);
      }),
    ),
    vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, () => lintWorkspace(deps)),
  );
}

/** Re-reads and re-lints every interview file, with a progress notification and a summary. */
async function lintWorkspace(deps: Deps): Promise<void> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Linting interviews…' }, () => deps.workspace.rescan());
  let files = 0;
  let problems = 0;
  for (const summary of deps.workspace.index.values()) {
    files++;
    problems += summary.issues.length;
  }
  vscode.window.setStatusBarMessage(`Interviews: ${files} file${files === 1 ? '' : 's'} linted, ${problems} problem${problems === 1 ? '' : 's'}`, 5000);
}
