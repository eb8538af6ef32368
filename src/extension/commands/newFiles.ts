// The commands that create interview files: New Interview… and Add Referral…. Both write into the
// `interviews.folder` of the workspace folder, pick a name no file has yet and never overwrite one.
import * as vscode from 'vscode';
import { CONNECTIONS } from '../../core/model';
import type { Connection } from '../../core/newInterview';
import { interviewFileNames, interviewsFolderSegments, needsVia, newInterviewText } from '../../core/newInterview';
import { relativeLink } from '../../core/workspace';
import type { Deps } from '../deps';
import { exists, uriKey } from '../shared/files';
import { referralChanges } from './changes';
import { changeInterview, readInterviewFile } from './edit';
import { askText, commandInputs, textInput } from './inputs';
import { targetInterview, uriOf } from './target';

const CONNECTION_DETAILS: Record<Connection, string> = {
  first: 'someone you know',
  second: 'you know them through a mutual contact',
  third: 'two introductions away',
  alumni: 'from your school or a former employer',
  referral: 'someone referred you to them',
  cold: 'no connection: a last resort',
};

/** The folder new interviews go in, for the workspace folder of `scope` (else the first one); undefined after telling the user why not. */
function interviewsFolder(scope: vscode.Uri | undefined, label: string): vscode.Uri | undefined {
  const folder = (scope && vscode.workspace.getWorkspaceFolder(scope)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage(`${label}: open a folder first; interviews are files in your workspace.`);
    return undefined;
  }
  const setting = vscode.workspace.getConfiguration('interviews', folder.uri).get<unknown>('folder');
  const segments = interviewsFolderSegments(setting);
  if (!segments.ok) {
    void vscode.window.showErrorMessage(`${label}: ${segments.reason}`);
    return undefined;
  }
  return segments.segments.length > 0 ? vscode.Uri.joinPath(folder.uri, ...segments.segments) : folder.uri;
}

/** The first `<slug>[-n].interview.yaml` in `folder` that no file (nor the index) has. */
async function freeFile(deps: Deps, folder: vscode.Uri, name: string): Promise<vscode.Uri | undefined> {
  for (const fileName of interviewFileNames(name)) {
    const candidate = vscode.Uri.joinPath(folder, fileName);
    if (deps.workspace.index.get(uriKey(candidate))) continue;
    if (vscode.workspace.textDocuments.some((document) => uriKey(document.uri) === uriKey(candidate))) continue;
    if (!(await exists(candidate))) return candidate;
  }
  return undefined;
}

function lineEnding(scope: vscode.Uri | undefined): '\n' | '\r\n' {
  return vscode.workspace.getConfiguration('files', scope).get('eol') === '\r\n' ? '\r\n' : '\n';
}

const NEW_INTERVIEW_KEYS = ['name', 'role', 'company', 'connection', 'via', 'referredBy', 'tags', 'open'] as const;

/**
 * New Interview…: `({ name, company?, role?, connection?, via?, tags?, open? })`, or `(uri, {…})` to
 * choose the workspace folder. Writes `<interviews.folder>/<slug>.interview.yaml` (never over an
 * existing file) and opens it at the first empty field. Resolves to the new file's URI.
 */
export async function newInterview(deps: Deps, first?: unknown, second?: unknown): Promise<vscode.Uri | undefined> {
  const label = 'New Interview';
  // Any scheme: on github.dev the workspace is vscode-vfs:, in a remote vscode-remote:. A document
  // outside every workspace folder (untitled, say) falls back to the first folder.
  const scope = uriOf(first) ?? vscode.window.activeTextEditor?.document.uri;
  const given = commandInputs(uriOf(first) || first === undefined ? second : first, NEW_INTERVIEW_KEYS);
  const values = given.values;
  const folder = interviewsFolder(scope, label);
  if (!folder) return undefined;

  let name = textInput(values.name);
  if (!name) {
    name = await askText({ title: 'New interview (1/4): who do you want to talk to?', prompt: 'Their name', placeHolder: 'Dana Reyes', required: true });
    if (!name) return undefined;
  }
  let company = textInput(values.company);
  if (company === undefined && !given.given) {
    company = await askText({ title: 'New interview (2/4): their company', prompt: 'Leave empty to fill in later', placeHolder: 'Acme Robotics' });
    if (company === undefined) return undefined;
  }
  let role = textInput(values.role);
  if (role === undefined && !given.given) {
    role = await askText({ title: 'New interview (3/4): their role', prompt: 'Someone with supervisory experience is best; leave empty to fill in later', placeHolder: 'Engineering Manager' });
    if (role === undefined) return undefined;
  }
  let connection = textInput(values.connection) as Connection | undefined;
  if (connection !== undefined && connection !== ('' as Connection) && !(CONNECTIONS as readonly string[]).includes(connection)) {
    void vscode.window.showWarningMessage(`${label}: "${connection}" is not a connection (${CONNECTIONS.join(', ')}).`);
    return undefined;
  }
  if (connection === undefined && !given.given) {
    const picked = await vscode.window.showQuickPick(
      CONNECTIONS.map((candidate) => ({ label: candidate, detail: CONNECTION_DETAILS[candidate] })),
      { title: 'New interview (4/4): how are you connected?', placeHolder: 'Start with people you know, or know of through someone' },
    );
    if (!picked) return undefined;
    connection = picked.label;
  }
  let via = textInput(values.via);
  if (via === undefined && needsVia(connection) && !given.given) {
    via = await askText({ title: `Who connects you to ${name}?`, prompt: 'The mutual contact (kept in contact.via); leave empty to fill in later', placeHolder: 'Sam Patel' });
    if (via === undefined) return undefined;
  }
  const tags = Array.isArray(values.tags) ? values.tags.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '') : undefined;

  const target = await freeFile(deps, folder, name);
  if (!target) {
    void vscode.window.showWarningMessage(`${label}: every file name for ${name} in ${vscode.workspace.asRelativePath(folder)} is taken; nothing was written.`);
    return undefined;
  }
  const { text, cursor } = newInterviewText({ name, role, company, connection: connection || undefined, via, referredBy: textInput(values.referredBy), tags }, lineEnding(folder));
  await vscode.workspace.fs.createDirectory(folder);
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
  if (!(await vscode.workspace.applyEdit(edit)) || !(await exists(target))) {
    void vscode.window.showErrorMessage(`${label}: ${vscode.workspace.asRelativePath(target)} could not be created (does it exist already, or is the folder read-only?). Nothing was overwritten.`);
    return undefined;
  }
  if (values.open !== false) {
    const document = await vscode.workspace.openTextDocument(target);
    const position = document.positionAt(cursor);
    await vscode.window.showTextDocument(document, { preview: false, selection: new vscode.Range(position, position) });
  }
  return target;
}

/**
 * Add Referral…: `(uri, { name, role?, company? })` records the referral in `follow_up.referrals`
 * with `referrals_asked: true`, and creates their prospect file (`connection: referral`, `via` this
 * contact, `referred_by` a link back) linked from `file:` — or links the file they already have.
 * Resolves to the referral's file.
 */
export async function addReferral(deps: Deps, target?: unknown, inputs?: unknown): Promise<vscode.Uri | undefined> {
  const label = 'Add a referral';
  const uri = await targetInterview(deps, target, 'add a referral to');
  if (!uri) return undefined;
  const read = await readInterviewFile(deps, uri, label);
  if (!read) return undefined;
  const { interview } = read;
  const given = commandInputs(inputs, ['name', 'role', 'company'] as const);
  let name = textInput(given.values.name);
  if (!name) {
    name = await askText({ title: `Add a referral from ${interview.name ?? 'this contact'} (1/3): name`, prompt: 'Who did they suggest you talk to?', placeHolder: 'Lee Wong', required: true });
    if (!name) return undefined;
  }
  let role = textInput(given.values.role);
  if (role === undefined && !given.given) {
    role = await askText({ title: 'Add a referral (2/3): their role', prompt: 'Leave empty if you do not know it yet' });
    if (role === undefined) return undefined;
  }
  let company = textInput(given.values.company);
  if (company === undefined && !given.given) {
    company = await askText({ title: 'Add a referral (3/3): their company', prompt: 'Leave empty if you do not know it yet', value: interview.company ?? '' });
    if (company === undefined) return undefined;
  }

  await deps.workspace.ready;
  const index = deps.workspace.index;
  const own = index.get(uriKey(uri))?.path;
  const existingPath = index
    .view()
    .filesWithContact(name, company || undefined)
    .find((path) => path !== own);
  const existingKey = existingPath !== undefined ? index.keyOfPath(existingPath) : undefined;
  let referralUri: vscode.Uri;
  const creates: { relativePath: string; content: string }[] = [];
  if (existingKey) {
    referralUri = vscode.Uri.parse(existingKey);
  } else {
    const folder = interviewsFolder(uri, label);
    if (!folder) return undefined;
    const free = await freeFile(deps, folder, name);
    if (!free) {
      void vscode.window.showWarningMessage(`${label}: every file name for ${name} in ${vscode.workspace.asRelativePath(folder)} is taken; nothing was written.`);
      return undefined;
    }
    referralUri = free;
    await vscode.workspace.fs.createDirectory(folder);
  }
  const link = relativeLink(uri.path, referralUri.path);
  if (!existingKey) {
    const eol = read.document.lines.eol === '\r\n' ? '\r\n' : '\n';
    const { text } = newInterviewText({ name, role, company, connection: 'referral', via: interview.name, referredBy: relativeLink(referralUri.path, uri.path) }, eol);
    creates.push({ relativePath: link, content: text });
  }
  const referral = { name, role, company, file: link };
  const applied = await changeInterview(deps, uri, label, ({ interview: current }) => ({ changes: referralChanges(current, referral), creates }));
  if (!applied) return undefined;
  const message = existingKey ? `${name} already had a file; linked ${link}.` : `Created ${vscode.workspace.asRelativePath(referralUri)} for ${name} and linked it.`;
  void vscode.window.showInformationMessage(message, 'Open').then((choice) => {
    if (choice === 'Open') void vscode.window.showTextDocument(referralUri, { preview: false });
  });
  return referralUri;
}

