// Import Contacts…: reads LinkedIn's Connections.csv or vCard files (the core parses and merges)
// into the workspace's network file, through the editor so that Undo works; says where other
// people's details go, and offers to keep them out of git the first time.
import * as vscode from 'vscode';
import type { ContactExport } from '../../core/contacts';
import { ContactImportError, readContactExport } from '../../core/contacts';
import { diffEdits } from '../../core/edits';
import { mergeIntoNetwork, mergeSummary } from '../../core/network';
import type { Deps } from '../deps';
import { applyPlannedEdit } from '../shared/applyEdits';
import { exists, readText } from '../shared/files';
import { listFileOf } from '../shared/lists';
import { commandInputs } from './inputs';

const LABEL = 'Import Contacts';
export const KEEP_OUT = 'Import and keep out of git';
const IMPORT = 'Import';

const URIS = (value: unknown): vscode.Uri[] | undefined => {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const uris = list.map((item) => (item instanceof vscode.Uri ? item : typeof item === 'string' ? vscode.Uri.parse(item) : undefined));
  return uris.length > 0 && uris.every(Boolean) ? (uris as vscode.Uri[]) : undefined;
};

/**
 * Import Contacts…: `({ files })` imports those exports; otherwise an open dialog asks. Resolves to
 * the network file once it holds the import, undefined when nothing was imported.
 */
export async function importContacts(deps: Deps, inputs?: unknown): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void deps.ui.error(`${LABEL}: open a folder first; the network file is kept in your workspace.`);
    return undefined;
  }
  const files =
    URIS(commandInputs(inputs, ['files'] as const).values.files) ??
    (await vscode.window.showOpenDialog({
      title: "Import Contacts: LinkedIn's Connections.csv or vCard files",
      openLabel: 'Import',
      canSelectMany: true,
      filters: { 'Contacts (LinkedIn CSV, vCard)': ['csv', 'vcf', 'vcard'] },
    }));
  if (!files?.length) return undefined;
  const network = listFileOf(folder, 'networkFile');
  if (typeof network === 'string') {
    void deps.ui.error(`${LABEL}: ${network}`);
    return undefined;
  }

  // Read every export before writing anything: one that cannot be read stops the import.
  const exports: Array<{ name: string; read: ContactExport }> = [];
  for (const file of files) {
    const name = vscode.workspace.asRelativePath(file);
    try {
      exports.push({ name, read: readContactExport(await readText(file)) });
    } catch (error) {
      const why = error instanceof ContactImportError ? error.message : `it could not be read (${error instanceof Error ? error.message : String(error)}).`;
      void deps.ui.error(`${LABEL}: ${name}: ${why} Nothing was imported.`);
      return undefined;
    }
  }
  const people = exports.reduce((sum, { read }) => sum + read.contacts.length, 0);
  if (people === 0) {
    void deps.ui.warn(`${LABEL}: ${exports.map(({ name }) => name).join(', ')} has nobody with a name in it, so nothing was imported.`);
    return undefined;
  }

  const isNew = !(await exists(network.uri));
  if (isNew) {
    const choice = await deps.ui.info(
      `Import ${people} ${people === 1 ? 'person' : 'people'} into ${network.relative}? These are other people's details (names, e-mails, profiles): keep the file out of git unless the repository is private to you.`,
      KEEP_OUT,
      IMPORT,
    );
    if (choice !== KEEP_OUT && choice !== IMPORT) return undefined;
    if (choice === KEEP_OUT && !(await ignoreInGit(deps, folder, network.relative))) return undefined;
  }

  const document = isNew ? undefined : await vscode.workspace.openTextDocument(network.uri);
  const version = document?.version;
  const before = document?.getText();
  // A large export takes a moment to merge: say so.
  const merged = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Importing ${people} contacts into ${network.relative}…` }, async () => {
    let text = before;
    const lines: string[] = [];
    for (const { name, read } of exports) {
      const result = mergeIntoNetwork(text, read);
      if (typeof result === 'string') return result;
      text = result.text;
      lines.push(`${name}: ${mergeSummary(result)}${read.skipped.length > 0 ? `, ${read.skipped.length} left out (${read.skipped.slice(0, 3).join('; ')}${read.skipped.length > 3 ? '; …' : ''})` : ''}`);
    }
    return { text: text!, lines };
  });
  if (typeof merged === 'string') {
    void deps.ui.error(`${LABEL}: ${network.relative}: ${merged} Nothing was imported.`);
    return undefined;
  }
  const { text, lines } = merged;
  if (document && before !== undefined && version !== undefined) {
    if (text !== before && !(await applyPlannedEdit({ document, version, edits: diffEdits(before, text), label: LABEL, save: true, ui: deps.ui }))) return undefined;
  } else {
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(network.uri, { overwrite: false, contents: new TextEncoder().encode(text) });
    if (!(await vscode.workspace.applyEdit(edit))) {
      void deps.ui.error(`${LABEL}: ${network.relative} could not be created. Check that the folder can be written to.`);
      return undefined;
    }
  }
  void deps.ui.info(`${LABEL} — ${lines.join('; ')}. They are in ${network.relative}.`, 'Open').then((choice) => {
    if (choice === 'Open') void vscode.window.showTextDocument(network.uri, { preview: false });
  });
  return network.uri;
}

/** Adds the network file to the workspace's `.gitignore` (created if need be), unless a line already names it. */
async function ignoreInGit(deps: Deps, folder: vscode.WorkspaceFolder, relative: string): Promise<boolean> {
  const gitignore = vscode.Uri.joinPath(folder.uri, '.gitignore');
  const line = `/${relative}`;
  const entry = `# Other people's details, imported by Interviews: Import Contacts…\n${line}\n`;
  const edit = new vscode.WorkspaceEdit();
  const existing = (await exists(gitignore)) ? await vscode.workspace.openTextDocument(gitignore) : undefined;
  if (existing) {
    const text = existing.getText();
    if (text.split(/\r?\n/).some((written) => [line, relative].includes(written.trim()))) return true;
    edit.insert(gitignore, existing.positionAt(text.length), `${text.length > 0 && !text.endsWith('\n') ? '\n' : ''}${entry}`);
  } else edit.createFile(gitignore, { overwrite: false, contents: new TextEncoder().encode(entry) });
  if ((await vscode.workspace.applyEdit(edit)) && (!existing || (await existing.save()))) return true;
  void deps.ui.error(`${LABEL}: .gitignore could not be ${existing ? 'changed' : 'created'}, so nothing was imported. Add ${line} to it by hand, or import without keeping the file out of git.`);
  return false;
}
