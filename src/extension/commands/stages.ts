// The commands that move one interview along: Set Stage, Advance Stage, Schedule Meeting, Mark
// Thank-You Sent, Log Follow-Up and Close. Each takes (uri or pipeline item, inputs?) and prompts only
// for what it was not given.
import * as vscode from 'vscode';
import { addDays } from '../../core/dates';
import { STAGE_TITLES } from '../../core/exports';
import type { Stage } from '../../core/model';
import { MEETING_FORMATS, STAGES } from '../../core/model';
import type { Deps } from '../deps';
import { followUpChanges, meetingChanges, nextStage, stageChanges, thankYouChanges } from './changes';
import { changeInterview, readInterviewFile } from './edit';
import { askDate, askText, commandInputs, dateProblem, meetingDateProblem, normaliseMeetingDate, textInput } from './inputs';
import { targetInterview } from './target';

const STAGE_DETAILS: Record<Stage, string> = {
  prospect: 'someone you want to talk to',
  requested: 'you asked for a meeting',
  scheduled: 'a date is agreed',
  met: 'the conversation happened',
  followed_up: 'thanked, referrals asked, lines open',
  closed: 'no further action',
};

const FORMAT_DETAILS: Record<string, string> = {
  'in-person': 'face to face: the best way to meet',
  video: 'a video call',
  phone: 'a phone call',
  email: 'questions by e-mail',
};

function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

async function checkInDays(deps: Deps, uri: vscode.Uri): Promise<number> {
  return (await deps.settings.configFor(uri)).windows.checkInDays;
}

/** Asks what the stage needs that the inputs do not give; undefined when the user cancels. */
async function stageInputs(deps: Deps, uri: vscode.Uri, stage: Stage, given: { interactive: boolean; values: { date?: unknown; reason?: unknown } }, current: { meetingDate?: string; closedReason?: string }) {
  let meetingDate = textInput(given.values.date);
  let reason = textInput(given.values.reason);
  if (meetingDate !== undefined && meetingDate !== '' && meetingDateProblem(meetingDate)) {
    void vscode.window.showWarningMessage(`${meetingDate}: ${meetingDateProblem(meetingDate)}`);
    return undefined;
  }
  if (stage === 'scheduled' && meetingDate === undefined && !current.meetingDate && given.interactive) {
    const answer = await vscode.window.showInputBox({
      title: 'When is the meeting?',
      prompt: 'YYYY-MM-DD, or YYYY-MM-DDTHH:MM with a time; leave empty to add it later',
      placeHolder: 'YYYY-MM-DD',
      ignoreFocusOut: true,
      validateInput: (text) => (text.trim() === '' ? undefined : meetingDateProblem(text)),
    });
    if (answer === undefined) return undefined;
    meetingDate = answer.trim();
  }
  if (stage === 'closed' && !reason) {
    reason = await askText({ title: 'Why does this thread end?', prompt: 'The reason is kept in closed_reason', value: current.closedReason ?? '', required: true });
    if (!reason) return undefined;
  }
  return { today: deps.today.value, checkInDays: await checkInDays(deps, uri), meetingDate: meetingDate ? normaliseMeetingDate(meetingDate) : undefined, reason };
}

async function moveToStage(deps: Deps, uri: vscode.Uri, stage: Stage, inputs: unknown, label: string): Promise<boolean> {
  const read = await readInterviewFile(deps, uri, label);
  if (!read) return false;
  const given = commandInputs(inputs, ['stage', 'date', 'reason', 'interactive'] as const);
  // A drop on a stage group gives the stage but still wants the questions asked.
  const interactive = !given.given || given.values.interactive === true;
  const answers = await stageInputs(deps, uri, stage, { interactive, values: given.values }, { meetingDate: read.interview.meetingDate, closedReason: read.interview.closedReason });
  if (!answers) return false;
  return changeInterview(deps, uri, label, ({ interview }) => {
    const changes = stageChanges(interview, stage, answers);
    return typeof changes === 'string' ? changes : { changes };
  });
}

/** Set Stage…: `(uri, { stage, date?, reason? })`. */
export async function setStage(deps: Deps, target?: unknown, inputs?: unknown): Promise<boolean> {
  const uri = await targetInterview(deps, target, 'move to another stage');
  if (!uri) return false;
  const given = commandInputs(inputs, ['stage'] as const);
  let stage: Stage | undefined;
  if (given.given) {
    if (!isStage(given.values.stage)) {
      void vscode.window.showWarningMessage(`Set Stage: "${String(given.values.stage)}" is not a stage (${STAGES.join(', ')}).`);
      return false;
    }
    stage = given.values.stage;
  } else {
    const current = (await readInterviewFile(deps, uri, 'Set Stage'))?.interview.stage;
    stage = await pickStage(current, 'Move the interview to which stage?');
    if (!stage) return false;
  }
  return moveToStage(deps, uri, stage, inputs, `Set the stage to ${stage}`);
}

async function pickStage(current: Stage | undefined, title: string): Promise<Stage | undefined> {
  const picked = await vscode.window.showQuickPick(
    STAGES.map((candidate) => ({ label: STAGE_TITLES[candidate], description: candidate === current ? `${candidate} (current)` : candidate, detail: STAGE_DETAILS[candidate], stage: candidate })),
    { title, placeHolder: 'prospect → requested → scheduled → met → followed_up, or closed' },
  );
  return picked?.stage;
}

/**
 * Set Stage… or Close… on several interviews selected together (the Explorer's or the pipeline's
 * multi-selection): the stage, and the reason when closing, are asked once for all of them.
 */
export async function setStageOfMany(deps: Deps, uris: readonly vscode.Uri[], closing: boolean): Promise<boolean> {
  const stage = closing ? 'closed' : await pickStage(undefined, `Move ${uris.length} interviews to which stage?`);
  if (!stage) return false;
  let reason: string | undefined;
  if (stage === 'closed') {
    reason = await askText({ title: `Why do these ${uris.length} threads end?`, prompt: 'The reason is kept in closed_reason', required: true });
    if (!reason) return false;
  }
  let all = true;
  for (const uri of uris) all = (await moveToStage(deps, uri, stage, { stage, reason, interactive: true }, `Set the stage to ${stage}`)) && all;
  return all;
}

/** Advance Stage: the next stage in pipeline order; `(uri, { date?, reason? })`. */
export async function advanceStage(deps: Deps, target?: unknown, inputs?: unknown): Promise<boolean> {
  const uri = await targetInterview(deps, target, 'advance');
  if (!uri) return false;
  const read = await readInterviewFile(deps, uri, 'Advance Stage');
  if (!read) return false;
  const stage = nextStage(read.interview.stage);
  if (!stage) {
    void vscode.window.showInformationMessage(`${read.interview.name ?? 'This interview'} is closed: there is no next stage. Use "Set Stage…" to reopen it.`);
    return false;
  }
  return moveToStage(deps, uri, stage, inputs, `Advance to ${stage}`);
}

/** Schedule Meeting…: `(uri, { date, format?, minutes?, place? })`; minutes default to 30. */
export async function scheduleMeeting(deps: Deps, target?: unknown, inputs?: unknown): Promise<boolean> {
  const label = 'Schedule the meeting';
  const uri = await targetInterview(deps, target, 'schedule a meeting for');
  if (!uri) return false;
  const read = await readInterviewFile(deps, uri, label);
  if (!read) return false;
  const { interview } = read;
  const given = commandInputs(inputs, ['date', 'format', 'minutes', 'place'] as const);
  let date = textInput(given.values.date);
  if (date === undefined || date === '') {
    date = await vscode.window.showInputBox({
      title: `Schedule the meeting with ${interview.name ?? 'this contact'} (1/4): date`,
      prompt: 'YYYY-MM-DD, or YYYY-MM-DDTHH:MM with a time',
      value: interview.meetingWhen ?? '',
      placeHolder: 'YYYY-MM-DDTHH:MM',
      ignoreFocusOut: true,
      validateInput: meetingDateProblem,
    });
    if (date === undefined) return false;
  } else if (meetingDateProblem(date)) {
    void vscode.window.showWarningMessage(`${label}: ${meetingDateProblem(date)}`);
    return false;
  }
  let format = textInput(given.values.format);
  if (format !== undefined && format !== '' && !(MEETING_FORMATS as readonly string[]).includes(format)) {
    void vscode.window.showWarningMessage(`${label}: "${format}" is not a meeting format (${MEETING_FORMATS.join(', ')}).`);
    return false;
  }
  if (format === undefined && !given.given) {
    const current = interview.meetingFormat;
    const ordered = [...MEETING_FORMATS].sort((a, b) => Number(b === current) - Number(a === current));
    const picked = await vscode.window.showQuickPick(
      ordered.map((candidate) => ({ label: candidate, description: candidate === current ? '(current)' : undefined, detail: FORMAT_DETAILS[candidate] })),
      { title: 'Schedule the meeting (2/4): how will you meet?', placeHolder: 'In person is best; be flexible and respect their time' },
    );
    if (!picked) return false;
    format = picked.label;
  }
  let minutes: number | undefined;
  const minutesGiven = given.values.minutes;
  if (minutesGiven !== undefined) {
    minutes = Number(minutesGiven);
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240) {
      void vscode.window.showWarningMessage(`${label}: the length should be a whole number of minutes from 5 to 240.`);
      return false;
    }
  } else if (!given.given) {
    const answer = await vscode.window.showInputBox({
      title: 'Schedule the meeting (3/4): how many minutes?',
      prompt: 'Ask for 20–30 minutes: respect their time',
      value: String(interview.minutes ?? 30),
      ignoreFocusOut: true,
      validateInput: (text) => (/^\d+$/.test(text.trim()) && Number(text) >= 5 && Number(text) <= 240 ? undefined : 'A whole number of minutes from 5 to 240.'),
    });
    if (answer === undefined) return false;
    minutes = Number(answer.trim());
  } else {
    minutes = interview.minutes ?? 30;
  }
  let place = textInput(given.values.place);
  if (place === undefined && !given.given) {
    place = await askText({ title: 'Schedule the meeting (4/4): where?', prompt: 'A place, or a call link; leave empty to skip', value: interview.meetingPlace ?? '' });
    if (place === undefined) return false;
  }
  const meeting = { date: normaliseMeetingDate(date), format: format || undefined, minutes, place: place || undefined };
  return changeInterview(deps, uri, label, ({ interview: current }) => ({ changes: meetingChanges(current, meeting) }));
}

/** Mark Thank-You Sent: `(uri, { date? })`, today by default. */
export async function markThanked(deps: Deps, target?: unknown, inputs?: unknown): Promise<boolean> {
  const label = 'Mark the thank-you as sent';
  const uri = await targetInterview(deps, target, 'mark as thanked');
  if (!uri) return false;
  const given = commandInputs(inputs, ['date'] as const);
  const date = textInput(given.values.date) || deps.today.value;
  const problem = dateProblem(date);
  if (problem) {
    void vscode.window.showWarningMessage(`${label}: ${problem}`);
    return false;
  }
  return changeInterview(deps, uri, label, ({ interview }) => ({ changes: thankYouChanges(interview, date) }));
}

/** Log Follow-Up…: `(uri, { note, date?, next? })` appends to `follow_up.log` and sets `next`. */
export async function logFollowUp(deps: Deps, target?: unknown, inputs?: unknown): Promise<boolean> {
  const label = 'Log a follow-up';
  const uri = await targetInterview(deps, target, 'log a follow-up for');
  if (!uri) return false;
  const read = await readInterviewFile(deps, uri, label);
  if (!read) return false;
  const given = commandInputs(inputs, ['note', 'date', 'next'] as const);
  const date = textInput(given.values.date) || deps.today.value;
  let note = textInput(given.values.note);
  if (!note) {
    note = await askText({ title: `Log a follow-up with ${read.interview.name ?? 'this contact'}`, prompt: `What did you do on ${date}? (kept in follow_up.log)`, placeHolder: 'Sent the article on EU robotics standards she mentioned.', required: true });
    if (!note) return false;
  }
  let next = textInput(given.values.next);
  if (next === undefined && !given.given) {
    const suggestion = addDays(deps.today.value, await checkInDays(deps, uri));
    next = await askDate('Next check-in', read.interview.next && read.interview.next > deps.today.value ? read.interview.next : suggestion, true);
    if (next === undefined) return false;
  }
  for (const value of [date, next]) {
    const problem = value ? dateProblem(value) : undefined;
    if (problem) {
      void vscode.window.showWarningMessage(`${label}: ${value}: ${problem}`);
      return false;
    }
  }
  const entry = { date, note };
  return changeInterview(deps, uri, label, () => ({ changes: followUpChanges(entry, next || undefined) }));
}

/** Close…: `(uri, { reason })`. */
export async function closeInterview(deps: Deps, target?: unknown, inputs?: unknown): Promise<boolean> {
  const uri = await targetInterview(deps, target, 'close');
  if (!uri) return false;
  return moveToStage(deps, uri, 'closed', inputs, 'Close the interview');
}
