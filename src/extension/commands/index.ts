import * as vscode from 'vscode';
import type { Deps } from '../deps';
import { isInterviewUri } from '../shared/files';
import { importContacts } from './contacts';
import { exportInterviews } from './exports';
import { openInterview, showDue } from './navigation';
import { addReferral, makeProspects, newInterview } from './newFiles';
import { advanceStage, advanceStageOfMany, closeInterview, logFollowUp, markThanked, markThankedOfMany, scheduleMeeting, setStage, setStageOfMany } from './stages';
import { uriOf } from './target';

/** The command ids this feature registers (package.json contributes the same ones). */
export const COMMANDS = {
  newInterview: 'interviews.newInterview',
  setStage: 'interviews.setStage',
  advanceStage: 'interviews.advanceStage',
  scheduleMeeting: 'interviews.scheduleMeeting',
  markThanked: 'interviews.markThanked',
  addReferral: 'interviews.addReferral',
  logFollowUp: 'interviews.logFollowUp',
  close: 'interviews.close',
  showDue: 'interviews.showDue',
  openInterview: 'interviews.openInterview',
  exportCsv: 'interviews.exportCsv',
  exportMarkdown: 'interviews.exportMarkdown',
  exportIcal: 'interviews.exportIcal',
  refresh: 'interviews.refresh',
  importContacts: 'interviews.importContacts',
  makeProspects: 'interviews.makeProspects',
} as const;

/**
 * Registers the pipeline commands. Each resolves to what it did (true, or the file it wrote or
 * opened) so tests and other commands can chain them; errors are logged, never thrown at the user.
 */
export function register(context: vscode.ExtensionContext, deps: Deps): void {
  const register = <A extends unknown[]>(id: string, run: (...args: A) => Promise<unknown>) => registerCommand(context, deps, id, run);
  register(COMMANDS.newInterview, (first?: unknown, second?: unknown) => newInterview(deps, first, second));
  register(COMMANDS.setStage, (target?: unknown, inputs?: unknown) => {
    const selected = selection(inputs);
    return selected ? setStageOfMany(deps, selected, false) : setStage(deps, target, inputs);
  });
  register(COMMANDS.advanceStage, (target?: unknown, inputs?: unknown) => {
    const selected = selection(inputs);
    return selected ? advanceStageOfMany(deps, selected) : advanceStage(deps, target, inputs);
  });
  register(COMMANDS.scheduleMeeting, (target?: unknown, inputs?: unknown) => scheduleMeeting(deps, target, inputs));
  register(COMMANDS.markThanked, (target?: unknown, inputs?: unknown) => {
    const selected = selection(inputs);
    return selected ? markThankedOfMany(deps, selected) : markThanked(deps, target, inputs);
  });
  register(COMMANDS.addReferral, (target?: unknown, inputs?: unknown) => addReferral(deps, target, inputs));
  register(COMMANDS.logFollowUp, (target?: unknown, inputs?: unknown) => logFollowUp(deps, target, inputs));
  register(COMMANDS.close, (target?: unknown, inputs?: unknown) => {
    const selected = selection(inputs);
    return selected ? setStageOfMany(deps, selected, true) : closeInterview(deps, target, inputs);
  });
  register(COMMANDS.showDue, () => showDue(deps));
  register(COMMANDS.openInterview, (target?: unknown, inputs?: unknown) => openInterview(deps, target, inputs));
  register(COMMANDS.exportCsv, (inputs?: unknown) => exportInterviews(deps, 'csv', inputs));
  register(COMMANDS.exportMarkdown, (inputs?: unknown) => exportInterviews(deps, 'markdown', inputs));
  register(COMMANDS.exportIcal, (inputs?: unknown) => exportInterviews(deps, 'ical', inputs));
  register(COMMANDS.refresh, () => deps.workspace.rescan());
  register(COMMANDS.importContacts, (inputs?: unknown) => importContacts(deps, inputs));
  register(COMMANDS.makeProspects, () => makeProspects(deps));
}

/** Registers a command whose errors are logged and told to the user, never thrown. */
export function registerCommand<A extends unknown[]>(context: vscode.ExtensionContext, deps: Deps, id: string, run: (...args: A) => Promise<unknown>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(id, async (...args: A) => {
      try {
        return await run(...args);
      } catch (error) {
        deps.log.error(`${id} failed`, error);
        void deps.ui.error(`${id} stopped: ${error instanceof Error ? error.message : String(error)}. Nothing more was changed; the "Informational Interviews" output has the details.`);
        return undefined;
      }
    }),
  );
}

/**
 * The interviews of a multi-selection: menus pass `(clicked, selected[])`, and only a selection of
 * two or more interview files or pipeline items counts.
 */
function selection(second: unknown): vscode.Uri[] | undefined {
  if (!Array.isArray(second)) return undefined;
  const seen = new Set<string>();
  const uris: vscode.Uri[] = [];
  for (const entry of second) {
    const uri = uriOf(entry);
    if (!uri || !isInterviewUri(uri) || seen.has(uri.toString())) continue;
    seen.add(uri.toString());
    uris.push(uri);
  }
  return uris.length > 1 ? uris : undefined;
}
