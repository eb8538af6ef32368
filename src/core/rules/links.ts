import { formatScalar } from '../edits';
import type { Interview, Referral } from '../model';
import type { InterviewDocument } from '../parse';
import { closestMatch } from '../suggest';
import type { Fix } from '../types';
import { basename, dirname, interviewFileName, relativeLink, resolveLink } from '../workspace';
import type { Finding, Rule, RuleContext, WorkspaceView } from './rule';
import { fixFromChanges, personName, plansFixes, valueSpan } from './rule';

export const REFERRAL_FILE = 'referral-file';
export const BROKEN_LINK = 'broken-link';

/** The text of a new prospect file for someone this contact referred you to. */
export function prospectFileContent(referral: Pick<Referral, 'name' | 'role' | 'company'>, via: string | undefined, referredBy: string | undefined, eol = '\n'): string {
  const field = (key: string, value: string | undefined) => (value && value.trim() ? [`  ${key}: ${formatScalar(value.trim(), '    ')}`] : []);
  return [
    'version: 1',
    'contact:',
    ...field('name', referral.name),
    ...field('role', referral.role),
    ...field('company', referral.company),
    '  connection: referral',
    ...field('via', via),
    ...field('referred_by', referredBy),
    'stage: prospect',
    '',
  ].join(eol);
}

/** A file name for the referral that no file in the workspace has yet (`lee-wong-2.interview.yaml` on a clash). */
function freeFileName(name: string, context: RuleContext): string {
  const extension = context.path?.endsWith('.yml') ? '.interview.yml' : '.interview.yaml';
  const base = interviewFileName(name, extension);
  const { path, workspace } = context;
  if (!path || !workspace) return base;
  const stem = base.slice(0, -extension.length);
  for (let count = 1; count < 100; count++) {
    const candidate = count === 1 ? base : `${stem}-${count}${extension}`;
    if (!workspace.exists(resolveLink(path, candidate))) return candidate;
  }
  return base;
}

/** A fix that creates the referral's prospect file at `link` (relative to this file) and, when asked, writes the link. */
function createProspectFix(document: InterviewDocument, interview: Interview, referral: Referral, link: string, context: RuleContext, writeLink: boolean, preferred: boolean): Fix | undefined {
  const newPath = context.path ? resolveLink(context.path, link) : undefined;
  const backLink = context.path && newPath ? relativeLink(newPath, context.path) : undefined;
  const content = prospectFileContent(referral, interview.name, backLink, document.lines.eol);
  const title = `Create ${link} for ${referral.name ?? 'this referral'}`;
  const creates = [{ relativePath: link, content }];
  if (!writeLink) return { title, edits: [], creates, ...(preferred ? { preferred } : {}) };
  const fix = fixFromChanges(document, title, [{ kind: 'set', path: [...referral.pointer.split('/').slice(1), 'file'], value: link }], { preferred });
  return fix ? { ...fix, creates } : undefined;
}

/** Files of the workspace other than this one with this contact's name and company. */
function otherFilesOf(workspace: WorkspaceView, name: string, company: string | undefined, path: string | undefined): string[] {
  return workspace.filesWithContact(name, company).filter((file) => file !== path);
}

export const referralFileRule: Rule = {
  id: REFERRAL_FILE,
  defaultSeverity: 'hint',
  habit: 'follow-up',
  reason: 'Every name you are given is your next conversation: give each referral a prospect file of its own.',
  check({ document, interview }, context) {
    const findings: Finding[] = [];
    for (const referral of interview.referrals) {
      if (!referral.name || referral.file) continue;
      const [start, end] = valueSpan(document, document.entries.has(`${referral.pointer}/name`) ? `${referral.pointer}/name` : referral.pointer);
      const existing = context.workspace && context.path ? otherFilesOf(context.workspace, referral.name, referral.company, context.path) : [];
      if (existing.length > 0 && context.path) {
        const link = relativeLink(context.path, existing[0]);
        const fix = fixFromChanges(document, `Link ${referral.name}'s file (${link})`, [{ kind: 'set', path: [...referral.pointer.split('/').slice(1), 'file'], value: link }], { preferred: true, mechanical: true });
        findings.push({ message: `${referral.name} already has a file, ${link}: link it in \`file\` so you can follow the thread from here.`, start, end, fixes: fix ? [fix] : undefined });
        continue;
      }
      const fix = plansFixes(document) ? createProspectFix(document, interview, referral, freeFileName(referral.name, context), context, true, true) : undefined;
      findings.push({
        message: `${referral.name} has no file yet: create their prospect file and link it in \`file\`, so the name ${personName(interview)} gave you becomes your next conversation.`,
        start,
        end,
        fixes: fix ? [fix] : undefined,
      });
    }
    return findings;
  },
};

/** A link that is a web address or empty is not a file link. */
function isFileLink(link: string | undefined): link is string {
  return link !== undefined && link.trim() !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(link.trim());
}

/** An existing file the broken link probably meant: the same name elsewhere, or a close name in the same folder. */
function likelyTarget(workspace: WorkspaceView, target: string): string | undefined {
  const name = basename(target);
  const sameName = workspace.named?.(name) ?? [];
  if (sameName.length === 1) return sameName[0];
  const neighbours = workspace.neighbours?.(dirname(target), name) ?? [];
  const closest = closestMatch(name, neighbours.map(basename));
  return closest ? neighbours.find((file) => basename(file) === closest) : undefined;
}

export const brokenLinkRule: Rule = {
  id: BROKEN_LINK,
  defaultSeverity: 'warning',
  habit: 'contacts',
  reason: 'Links between files trace who introduced you to whom; a broken one loses that thread.',
  workspace: true,
  check({ document, interview }, context) {
    const { path, workspace } = context;
    if (!path || !workspace) return [];
    const findings: Finding[] = [];
    const check = (pointer: string, link: string | undefined, subject: string, referral?: Referral) => {
      if (!isFileLink(link)) return;
      const target = resolveLink(path, link.trim());
      if (workspace.exists(target)) return;
      const [start, end] = valueSpan(document, pointer);
      const guess = likelyTarget(workspace, target);
      const guessLink = guess ? relativeLink(path, guess) : undefined;
      const fixes: Fix[] = [];
      if (guessLink) {
        const fix = fixFromChanges(document, `Change the link to ${guessLink}`, [{ kind: 'set', path: pointer.split('/').slice(1), value: guessLink }], { preferred: true });
        if (fix) fixes.push(fix);
      }
      if (referral && /\.interview\.ya?ml$/.test(link.trim()) && plansFixes(document)) {
        const fix = createProspectFix(document, interview, referral, link.trim(), context, false, fixes.length === 0);
        if (fix) fixes.push(fix);
      }
      findings.push({
        message: `${subject} points at "${link}", which does not exist${guessLink ? ` (did you mean "${guessLink}"?)` : ''}: correct the path or create that file.`,
        start,
        end,
        fixes: fixes.length > 0 ? fixes : undefined,
      });
    };
    check('/contact/referred_by', interview.referredBy, '`contact.referred_by`');
    for (const referral of interview.referrals) {
      check(`${referral.pointer}/file`, referral.file, `The \`file\` of ${referral.name ?? 'this referral'}`, referral);
    }
    return findings;
  },
};
