import * as vscode from 'vscode';
import type { Issue, Severity } from '../../core/types';
import type { Deps } from '../deps';
import { DIAGNOSTIC_SOURCE } from '../shared/files';

/** The `source` of every diagnostic the rules produce (`interview-lint`); quick fixes and hovers pick diagnostics by it. */
export { DIAGNOSTIC_SOURCE };
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

/**
 * A message as plain text for the Problems panel and the hover, which show a diagnostic's message
 * as written (no Markdown): a code span becomes its text, in quotes when it holds spaces
 * (`follow_up.thanked` → follow_up.thanked; `# interview-lint-disable x` → "# interview-lint-disable x").
 */
export function plainMessage(message: string): string {
  return message.replace(/`([^`\r\n]+)`/g, (_, code: string) => (/\s/.test(code.trim()) ? `"${code}"` : code));
}

/** A core issue as a VS Code diagnostic: the rule id as its code, linked to the rule's documentation. */
export function toDiagnostic(issue: Issue, extensionUri: vscode.Uri): vscode.Diagnostic {
  const { start, end } = issue.range;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), plainMessage(issue.message), SEVERITIES[issue.severity]);
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

/**
 * What the Problems panel and the status bar count among these issues: errors, warnings and
 * information. VS Code leaves hints out of both (they show only as dots under the text), so they
 * are counted apart.
 */
export function problemCounts(issues: Iterable<Pick<Issue, 'severity'>>): { problems: number; hints: number } {
  let problems = 0;
  let hints = 0;
  for (const issue of issues) {
    if (issue.severity === 'hint') hints++;
    else problems++;
  }
  return { problems, hints };
}

/**
 * Re-reads and re-lints every interview file, with a progress notification, then says what it found
 * in the numbers Problems shows (hints apart) and offers to open Problems. Resolves to the message.
 */
async function lintWorkspace(deps: Deps): Promise<string> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Linting interviews…' }, () => deps.workspace.rescan());
  const summaries = [...deps.workspace.index.values()];
  const { problems, hints } = problemCounts(summaries.flatMap((summary) => summary.issues));
  const files = summaries.length;
  const found = problems === 0 && hints === 0 ? 'no problems' : `${count(problems, 'problem')}${hints > 0 ? `, ${count(hints, 'hint')}` : ''}`;
  const message = `Linted ${count(files, 'interview file')}: ${found}.${hints > 0 ? ' Hints show in the editor only, not in Problems.' : ''}`;
  const open = 'Open Problems';
  void deps.ui.info(message, ...(problems > 0 ? [open] : [])).then((choice) => {
    if (choice === open) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return message;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
