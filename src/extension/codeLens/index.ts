import * as vscode from 'vscode';
import type { Interview } from '../../core/model';
import type { Deps } from '../deps';
import { LANGUAGE_ID } from '../shared/files';

/** A next step the lens offers: a title and one of the pipeline commands, which take `(uri, args?)`. */
export interface NextStep {
  title: string;
  command: string;
  tooltip: string;
}

/**
 * The natural next steps for an interview at its stage, given today: ask for the meeting, schedule
 * it, mark it met once the date has passed, send the thank-you, move to followed-up once thanked and
 * the referral question is asked, log the check-in when it is due. Nothing when nothing applies.
 */
export function nextSteps(interview: Interview, today: string): NextStep[] {
  // A stage that is not one is not "prospect": the step is to say which stage it is.
  if (interview.unknownStage !== undefined) return [{ title: 'Set the stage', command: 'interviews.setStage', tooltip: `"${interview.unknownStage}" is not a stage: pick the one this conversation is at.` }];
  const met = interview.meetingDate !== undefined && interview.meetingDate <= today;
  switch (interview.stage) {
    case 'prospect':
      return [{ title: 'Advance to requested', command: 'interviews.advanceStage', tooltip: 'You asked them for a meeting: set the stage to requested and record today as the date.' }];
    case 'requested':
      return [{ title: 'Schedule the meeting', command: 'interviews.scheduleMeeting', tooltip: 'They agreed: set the meeting date and move to scheduled.' }];
    case 'scheduled':
      if (!met) return [];
      return [
        { title: 'Advance to met', command: 'interviews.advanceStage', tooltip: 'The meeting date has come: set the stage to met.' },
        ...(interview.thanked ? [] : [{ title: 'Mark thank-you sent', command: 'interviews.markThanked', tooltip: 'Record the day the thank-you went out (today unless you say otherwise).' }]),
      ];
    case 'met':
      if (!interview.thanked) return [{ title: 'Mark thank-you sent', command: 'interviews.markThanked', tooltip: 'Record the day the thank-you went out (today unless you say otherwise).' }];
      if (!interview.referralsAsked && interview.referrals.length === 0) return [{ title: 'Add a referral', command: 'interviews.addReferral', tooltip: 'Record the name they gave you when you asked who else to talk to.' }];
      return [{ title: 'Advance to followed up', command: 'interviews.advanceStage', tooltip: 'Thanked and referrals asked: set the stage to followed_up and plan the next check-in (you will be asked when).' }];
    case 'followed_up':
      if (interview.next && interview.next <= today) return [{ title: 'Log a check-in', command: 'interviews.logFollowUp', tooltip: 'Record today\'s touch and plan the next one.' }];
      return [];
    default:
      return [];
  }
}

/** CodeLens above `stage:` with the interview's natural next step, only where one applies. */
class StageLenses implements vscode.CodeLensProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;

  constructor(private readonly deps: Deps) {}

  /** Asks VS Code for fresh lenses (the day changed, so "met" may apply now). */
  refresh(): void {
    this.emitter.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const { document: parsed, interview } = this.deps.documents.get(document);
    const stage = parsed.entries.get('/stage');
    if (!stage?.key || parsed.syntax.length > 0) return [];
    const start = parsed.lines.positionAt(stage.key[0]);
    const range = new vscode.Range(start.line, start.character, start.line, start.character);
    return nextSteps(interview, this.deps.today.value).map(
      (step) => new vscode.CodeLens(range, { title: step.title, command: step.command, tooltip: step.tooltip, arguments: [document.uri] }),
    );
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** Registers the stage lenses; they refresh when the day changes. */
export function register(context: vscode.ExtensionContext, deps: Deps): void {
  const lenses = new StageLenses(deps);
  context.subscriptions.push(lenses, vscode.languages.registerCodeLensProvider({ language: LANGUAGE_ID }, lenses), deps.today.onDidChange(() => lenses.refresh()));
}
