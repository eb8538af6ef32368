// The commands that create interview files: New Interview… and Add Referral…. Both write into the
// `interviews.folder` of the workspace folder, pick a name no file has yet and never overwrite one.
import * as vscode from 'vscode';
import { CONNECTIONS } from '../../core/model';
import type { Connection } from '../../core/newInterview';
import { stageTitle } from '../../core/exports';
import { interviewFileNames, interviewSlug, interviewsFolderSegments, needsVia, newInterviewText } from '../../core/newInterview';
import type { InterviewSummary } from '../../core/pipeline';
import { stageDescription } from '../../core/pipeline';
import { contactKey, relativeLink } from '../../core/workspace';
import type { Deps } from '../deps';
import { interviewFileMatcher, isSupervisorTitle, readNetwork } from '../../core/network';
import type { Person } from '../../core/network';
import { exists, readText, uriKey } from '../shared/files';
import { listFileOf } from '../shared/lists';
import { referralChanges } from './changes';
import type { AppliedChange } from './edit';
import { changeInterview, readInterviewFile, reportChanges } from './edit';
import { askText, commandInputs, textInput } from './inputs';
import { targetInterview, uriOf } from './target';

const interviewLabelOf = (summary: InterviewSummary) => (summary.company ? `${summary.name} — ${summary.company}` : summary.name);

const CONNECTION_DETAILS: Record<Connection, string> = {
  first: 'someone you know',
  second: 'you know them through a mutual contact',
  third: 'two introductions away',
  alumni: 'from your school or a former employer',
  referral: 'someone referred you to them',
  cold: 'no connection: a last resort',
};

/** The folder new interviews go in, for the workspace folder of `scope` (else the first one); undefined after telling the user why not. */
export function interviewsFolder(deps: Deps, scope: vscode.Uri | undefined, label: string): vscode.Uri | undefined {
  const folder = (scope && vscode.workspace.getWorkspaceFolder(scope)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void deps.ui.warn(`${label}: open a folder first; interviews are files in your workspace.`);
    return undefined;
  }
  const setting = vscode.workspace.getConfiguration('interviews', folder.uri).get<unknown>('folder');
  const segments = interviewsFolderSegments(setting);
  if (!segments.ok) {
    void deps.ui.error(`${label}: ${segments.reason}`);
    return undefined;
  }
  return segments.segments.length > 0 ? vscode.Uri.joinPath(folder.uri, ...segments.segments) : folder.uri;
}

/** The first `<slug>[-n].interview.yaml` in `folder` that no file (nor the index, nor `taken`) has. */
async function freeFile(deps: Deps, folder: vscode.Uri, name: string, taken: readonly vscode.Uri[] = []): Promise<vscode.Uri | undefined> {
  for (const fileName of interviewFileNames(name)) {
    const candidate = vscode.Uri.joinPath(folder, fileName);
    if (deps.workspace.index.get(uriKey(candidate)) || taken.some((file) => uriKey(file) === uriKey(candidate))) continue;
    if (vscode.workspace.textDocuments.some((document) => uriKey(document.uri) === uriKey(candidate))) continue;
    if (!(await exists(candidate))) return candidate;
  }
  return undefined;
}

function lineEnding(scope: vscode.Uri | undefined): '\n' | '\r\n' {
  return vscode.workspace.getConfiguration('files', scope).get('eol') === '\r\n' ? '\r\n' : '\n';
}

const NEW_INTERVIEW_KEYS = ['name', 'role', 'company', 'connection', 'via', 'referredBy', 'tags', 'open', 'existing'] as const;

/** The interviews of the workspace with this person's name (case, spacing and accents aside), most recent stage first. */
function filesOfPerson(deps: Deps, name: string): InterviewSummary[] {
  const person = contactKey(name, undefined);
  const slug = interviewSlug(name);
  return [...deps.workspace.index.values()]
    .filter((summary) => contactKey(summary.name, undefined) === person || interviewSlug(summary.name) === slug)
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * New Interview…: `({ name, company?, role?, connection?, via?, tags?, open?, existing? })`, or
 * `(uri, {…})` to choose the workspace folder. Looks for the person first: when the workspace has
 * an interview with that name, it offers to open it (`existing: 'open'` does so without asking) or
 * to start a new conversation, whose file says which the earlier ones are. Writes
 * `<interviews.folder>/<slug>.interview.yaml` (never over an existing file) and opens it at the
 * first empty field. Resolves to the file written, or to the existing file opened.
 */
export async function newInterview(deps: Deps, first?: unknown, second?: unknown): Promise<vscode.Uri | undefined> {
  const label = 'New Interview';
  // Any scheme: on github.dev the workspace is vscode-vfs:, in a remote vscode-remote:. A document
  // outside every workspace folder (untitled, say) falls back to the first folder.
  const scope = uriOf(first) ?? vscode.window.activeTextEditor?.document.uri;
  const given = commandInputs(uriOf(first) || first === undefined ? second : first, NEW_INTERVIEW_KEYS);
  const values = given.values;
  const folder = interviewsFolder(deps, scope, label);
  if (!folder) return undefined;

  // The prompts carry no step count: whether the mutual contact is asked depends on an answer.
  let name = textInput(values.name);
  if (!name) {
    name = await askText(deps, { title: 'New interview: who do you want to talk to?', prompt: 'Their name. If you already have a file for them, you will be offered it.', placeHolder: 'First and last name', required: true });
    if (!name) return undefined;
  }
  await deps.workspace.ready;
  const earlier = filesOfPerson(deps, name);
  if (earlier.length > 0) {
    let open: InterviewSummary | undefined;
    if (given.given) open = values.existing === 'open' ? earlier[0] : undefined;
    else {
      const fresh = { label: `$(new-file) Start a new conversation with ${name}`, detail: 'A new file; the earlier one stays as it is and the two are not reported as duplicates.' };
      const picked = await deps.ui.pick<vscode.QuickPickItem & { summary?: InterviewSummary }>(
        [
          ...earlier.map((summary) => ({ label: `$(go-to-file) Open ${interviewLabelOf(summary)}`, description: `${stageTitle(summary)} · ${stageDescription(summary, deps.today.value)}`.replace(/ · $/, ''), detail: summary.path, summary })),
          fresh,
        ],
        { title: `New interview: ${name} already has ${earlier.length === 1 ? 'a file' : `${earlier.length} files`}`, placeHolder: 'Open it, or start a new conversation with them' },
      );
      if (!picked) return undefined;
      open = picked.summary;
    }
    if (open) {
      const uri = vscode.Uri.parse(open.key);
      if (values.open !== false) await vscode.window.showTextDocument(uri, { preview: false });
      return uri;
    }
  }
  let company = textInput(values.company);
  if (company === undefined && !given.given) {
    company = await askText(deps, { title: `New interview with ${name}: their company`, prompt: 'Leave empty to fill in later', placeHolder: 'Acme Robotics' });
    if (company === undefined) return undefined;
  }
  let role = textInput(values.role);
  if (role === undefined && !given.given) {
    role = await askText(deps, { title: `New interview with ${name}: their role`, prompt: 'Someone with supervisory experience is best; leave empty to fill in later', placeHolder: 'Engineering Manager' });
    if (role === undefined) return undefined;
  }
  let connection = textInput(values.connection) as Connection | undefined;
  if (connection !== undefined && connection !== ('' as Connection) && !(CONNECTIONS as readonly string[]).includes(connection)) {
    void deps.ui.warn(`${label}: "${connection}" is not a connection (${CONNECTIONS.join(', ')}).`);
    return undefined;
  }
  if (connection === undefined && !given.given) {
    const picked = await deps.ui.pick(
      CONNECTIONS.map((candidate) => ({ label: candidate, detail: CONNECTION_DETAILS[candidate] })),
      { title: `New interview with ${name}: how are you connected?`, placeHolder: 'Start with people you know, or know of through someone' },
    );
    if (!picked) return undefined;
    connection = picked.label as Connection;
  }
  let via = textInput(values.via);
  if (via === undefined && needsVia(connection) && !given.given) {
    via = await askText(deps, { title: `New interview with ${name}: who connects you?`, prompt: 'The mutual contact (kept in contact.via); leave empty to fill in later', placeHolder: 'Their name' });
    if (via === undefined) return undefined;
  }
  const tags = Array.isArray(values.tags) ? values.tags.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '') : undefined;

  const target = await freeFile(deps, folder, name);
  if (!target) {
    void deps.ui.warn(`${label}: every file name for ${name} in ${vscode.workspace.asRelativePath(folder)} is taken; nothing was written.`);
    return undefined;
  }
  const links = earlier.map((summary) => relativeLink(target.path, vscode.Uri.parse(summary.key).path));
  const { text, cursor } = newInterviewText({ name, role, company, connection: connection || undefined, via, referredBy: textInput(values.referredBy), tags, earlier: links }, lineEnding(folder));
  await vscode.workspace.fs.createDirectory(folder);
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
  if (!(await vscode.workspace.applyEdit(edit)) || !(await exists(target))) {
    void deps.ui.error(`${label}: ${vscode.workspace.asRelativePath(target)} could not be created (does it exist already, or is the folder read-only?). Nothing was overwritten.`);
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
    name = await askText(deps, { title: `Add a referral from ${interview.name ?? 'this contact'} (1/3): name`, prompt: 'Who did they suggest you talk to?', placeHolder: 'Lee Wong', required: true });
    if (!name) return undefined;
  }
  let role = textInput(given.values.role);
  if (role === undefined && !given.given) {
    role = await askText(deps, { title: 'Add a referral (2/3): their role', prompt: 'Leave empty if you do not know it yet' });
    if (role === undefined) return undefined;
  }
  let company = textInput(given.values.company);
  if (company === undefined && !given.given) {
    company = await askText(deps, { title: 'Add a referral (3/3): their company', prompt: 'Leave empty if you do not know it yet', value: interview.company ?? '' });
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
    const folder = interviewsFolder(deps, uri, label);
    if (!folder) return undefined;
    const free = await freeFile(deps, folder, name);
    if (!free) {
      void deps.ui.warn(`${label}: every file name for ${name} in ${vscode.workspace.asRelativePath(folder)} is taken; nothing was written.`);
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
  const applied: AppliedChange[] = [];
  const notes = existingKey ? [`${name} already had a file: it is linked, not created again.`] : [];
  if (!(await changeInterview(deps, uri, label, ({ interview: current }) => ({ changes: referralChanges(current, referral), creates, notes }), applied))) return undefined;
  void reportChanges(deps, label, applied, { title: `Open ${name}`, uri: referralUri }).catch((error: unknown) => deps.log.error(`Reporting "${label}"`, error));
  return referralUri;
}


/**
 * Make Prospects from Network…: a pick of the people in the network file who have no interview
 * file yet (matched as `duplicate-contact` matches: name and company), supervisors first, filtered
 * by typing a company or a title; creates a prospect file for each person picked (`connection:
 * first`, with their role, company, profile and e-mail), all in one undoable edit. Resolves to the
 * files created.
 */
export async function makeProspects(deps: Deps): Promise<vscode.Uri[] | undefined> {
  const label = 'Make Prospects';
  const workspaceFolder = vscode.workspace.workspaceFolders?.[0];
  const folder = interviewsFolder(deps, workspaceFolder?.uri, label);
  if (!workspaceFolder || !folder) return undefined;
  const network = listFileOf(workspaceFolder, 'networkFile');
  if (typeof network === 'string') {
    void deps.ui.error(`${label}: ${network}`);
    return undefined;
  }
  if (!(await exists(network.uri))) {
    const choice = await deps.ui.info(`${label}: there is no network file (${network.relative}) yet. Import your contacts from LinkedIn or a vCard first.`, 'Import Contacts…');
    if (choice) await vscode.commands.executeCommand('interviews.importContacts');
    return undefined;
  }
  const people = readNetwork(await readText(network.uri));
  await deps.workspace.ready;
  const hasFile = interviewFileMatcher(deps.workspace.index.values());
  const candidates = people.filter((person) => !hasFile(person));
  const withFiles = people.length - candidates.length;
  if (candidates.length === 0) {
    void deps.ui.info(`${label}: ${people.length === 0 ? `${network.relative} has nobody in it yet.` : `everyone in ${network.relative} has an interview file already.`}`);
    return undefined;
  }
  const supervisor = (person: Person) => isSupervisorTitle(person.title);
  candidates.sort((a, b) => Number(supervisor(b)) - Number(supervisor(a)) || (a.company ?? '').localeCompare(b.company ?? '') || a.name.localeCompare(b.name));
  const picked = await deps.ui.pickMany(
    candidates.map((person) => ({
      label: person.name,
      description: [person.title, person.company].filter(Boolean).join(' · '),
      detail: supervisor(person) ? '$(star) Supervises others: people who hire see the whole business' : undefined,
      person,
    })),
    {
      title: `Make prospects from your network: ${candidates.length} ${candidates.length === 1 ? 'person' : 'people'} without an interview file${withFiles > 0 ? ` (${withFiles} have one)` : ''}`,
      placeHolder: 'Type a company or a title to filter; supervisors come first',
      matchOnDescription: true,
      matchOnDetail: true,
    },
  );
  if (!picked?.length) return undefined;
  return createProspects(deps, label, folder, picked.map(({ person }) => person));
}

/**
 * Creates a prospect file in `folder` for each person (`connection: first`, with their role,
 * company, profile and e-mail, and `supervisor: true` when the title says so), all in one undoable
 * edit, and says so with an offer to open a single file. Resolves to the files created.
 */
export async function createProspects(deps: Deps, label: string, folder: vscode.Uri, people: readonly Person[]): Promise<vscode.Uri[] | undefined> {
  const eol = lineEnding(folder);
  const edit = new vscode.WorkspaceEdit();
  const targets: vscode.Uri[] = [];
  for (const person of people) {
    const target = await freeFile(deps, folder, person.name, targets);
    if (!target) {
      void deps.ui.warn(`${label}: every file name for ${person.name} in ${vscode.workspace.asRelativePath(folder)} is taken; nothing was written.`);
      return undefined;
    }
    const { text } = newInterviewText({ name: person.name, role: person.title, company: person.company, linkedin: person.linkedin, email: person.email, connection: 'first', supervisor: isSupervisorTitle(person.title) || undefined }, eol);
    edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
    targets.push(target);
  }
  await vscode.workspace.fs.createDirectory(folder);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void deps.ui.error(`${label}: the files could not be created in ${vscode.workspace.asRelativePath(folder)} (is the folder read-only?). Nothing was written.`);
    return undefined;
  }
  void deps.ui.info(`${label} — created ${targets.length} prospect ${targets.length === 1 ? 'file' : 'files'} in ${vscode.workspace.asRelativePath(folder)}: ${people.map((person) => person.name).join(', ')}.`, ...(targets.length === 1 ? ['Open'] : [])).then((choice) => {
    if (choice === 'Open') void vscode.window.showTextDocument(targets[0], { preview: false });
  });
  return targets;
}
