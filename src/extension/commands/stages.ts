// The commands that move one interview along: Set Stage, Advance Stage, Schedule Meeting, Mark
// Thank-You Sent, Log Follow-Up and Close. Each takes (uri or pipeline item, inputs?) and prompts only
// for what it was not given; each says what it changed.
import * as vscode from 'vscode';
import { addDays } from '../../core/dates';
import { STAGE_TITLES } from '../../core/exports';
import type { Interview, Stage } from '../../core/model';
import { MEETING_FORMATS, STAGES } from '../../core/model';
import { timeToAskFor } from '../../core/rules/inPerson';
import type { Deps } from '../deps';
import type { StageInputs } from './changes';
import { followUpChanges, meetingChanges, nextStage, stageChanges, stageNotes, thankYouChanges } from './changes';
import type { AppliedChange } from './edit';
import { changeInterview, readInterviewFile, reportChanges } from './edit';
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

/** Who an interview is about, for prompts: the contact's name, else "this contact". */
function who(interview: Pick<Interview, 'name'>): string {
  return interview.name ?? 'this contact';
}

/** The keys a stage move reads from a command's inputs. */
const STAGE_INPUT_KEYS = ['stage', 'date', 'reason', 'next', 'thanked', 'referralsAsked', 'interactive'] as const;
type StageInputValues = Partial<Record<(typeof STAGE_INPUT_KEYS)[number], unknown>>;

/** Why a thank-you date is not usable, or undefined: a real date, and not after today. */
function thankYouDateProblem(value: string, today: string, optional = false): string | undefined {
  const problem = dateProblem(value, optional);
  if (problem || value.trim() === '') return problem;
  return value.trim() > today ? `That is after today (${today}): record the thank-you once it has gone out.` : undefined;
}

/**
 * Asks what the stage needs that the inputs do not give and the file lacks: the meeting date, the
 * reason for closing, whether to go on without an outreach message, and when following up the
 * thank-you, the referral question and the next check-in. Undefined when the user cancels or a
 * given input is not usable (after saying why).
 */
async function stageInputs(deps: Deps, uri: vscode.Uri, stage: Stage, given: { interactive: boolean; values: StageInputValues }, interview: Interview): Promise<StageInputs | undefined> {
  const today = deps.today.value;
  const days = await checkInDays(deps, uri);
  let meetingDate = textInput(given.values.date);
  let reason = textInput(given.values.reason);
  let next = textInput(given.values.next);
  let thanked = textInput(given.values.thanked);
  let referralsAsked = typeof given.values.referralsAsked === 'boolean' ? given.values.referralsAsked : undefined;
  for (const [value, problem] of [
    [meetingDate, meetingDate ? meetingDateProblem(meetingDate) : undefined],
    [next, next ? dateProblem(next) : undefined],
    [thanked, thanked ? thankYouDateProblem(thanked, today) : undefined],
  ] as const) {
    if (problem) {
      void deps.ui.warn(`${value}: ${problem}`);
      return undefined;
    }
  }
  if (stage === 'requested' && !interview.outreach && given.interactive) {
    const write = '$(edit) Write the outreach first';
    const picked = await deps.ui.pick(
      [
        { label: '$(arrow-right) Advance: I have asked them', detail: `requested: ${today}` },
        { label: write, detail: 'The rules check the message you send for a job ask.' },
      ],
      { title: `${who(interview)}: the outreach is empty`, placeHolder: 'Did you send your request for a meeting?' },
    );
    if (!picked) return undefined;
    if (picked.label === write) {
      await showOutreach(deps, uri);
      return undefined;
    }
  }
  if (stage === 'scheduled' && meetingDate === undefined && !interview.meetingDate && given.interactive) {
    const answer = await deps.ui.input({
      title: `When is the meeting with ${who(interview)}?`,
      prompt: 'YYYY-MM-DD, or YYYY-MM-DDTHH:MM with a time; leave empty to add it later',
      placeHolder: 'YYYY-MM-DD',
      ignoreFocusOut: true,
      validateInput: (text) => (text.trim() === '' ? undefined : meetingDateProblem(text)),
    });
    if (answer === undefined) return undefined;
    meetingDate = answer.trim();
  }
  if (stage === 'followed_up' && given.interactive) {
    if (!interview.thanked && thanked === undefined) {
      const answer = await deps.ui.input({
        title: `When did the thank-you to ${who(interview)} go out?`,
        prompt: 'YYYY-MM-DD; leave empty if you have not sent it yet',
        value: today,
        valueSelection: [0, today.length],
        placeHolder: 'YYYY-MM-DD',
        ignoreFocusOut: true,
        validateInput: (text) => thankYouDateProblem(text, today, true),
      });
      if (answer === undefined) return undefined;
      thanked = answer.trim();
    }
    if (!interview.referralsAsked && interview.referrals.length === 0 && referralsAsked === undefined) {
      const asked = '$(check) Yes, I asked';
      const picked = await deps.ui.pick(
        [
          { label: asked, detail: 'follow_up.referrals_asked: true' },
          { label: '$(circle-slash) Not yet', detail: 'ask-referral will remind you' },
        ],
        { title: `Did you ask ${who(interview)} who else you should talk to?`, placeHolder: 'Each conversation should lead to the next' },
      );
      if (!picked) return undefined;
      referralsAsked = picked.label === asked;
    }
    if (!interview.next && next === undefined) {
      const answer = await askDate(deps, `Next check-in with ${who(interview)}`, addDays(today, days), true);
      if (answer === undefined) return undefined;
      next = answer;
    }
  }
  if (stage === 'closed' && !reason) {
    reason = await askText(deps, { title: `Why does the thread with ${who(interview)} end?`, prompt: 'The reason is kept in closed_reason', value: interview.closedReason ?? '', required: true });
    if (!reason) return undefined;
  }
  return { today, checkInDays: days, meetingDate: meetingDate ? normaliseMeetingDate(meetingDate) : undefined, reason, next, thanked: thanked || undefined, referralsAsked };
}

/** Opens an interview with the cursor on its outreach, or at the end of its stage line when it has none. */
async function showOutreach(deps: Deps, uri: vscode.Uri): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const { document } = deps.documents.get(editor.document);
  const outreach = document.entries.get('/outreach');
  const stage = document.entries.get('/stage');
  const offset = outreach ? outreach.value[0] : stage ? document.lines.lineEnd(document.lines.positionAt(stage.value[0]).line) : 0;
  const at = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at));
}

async function moveToStage(deps: Deps, uri: vscode.Uri, stage: Stage, inputs: unknown, label: string, collect?: AppliedChange[]): Promise<boolean> {
  const read = await readInterviewFile(deps, uri, label);
  if (!read) return false;
  const given = commandInputs(inputs, STAGE_INPUT_KEYS);
  // A drop on a stage group gives the stage but still wants the questions asked.
  const interactive = !given.given || given.values.interactive === true;
  const answers = await stageInputs(deps, uri, stage, { interactive, values: given.values }, read.interview);
  if (!answers) return false;
  return changeInterview(
    deps,
    uri,
    label,
    ({ interview }) => {
      const changes = stageChanges(interview, stage, answers);
      return typeof changes === 'string' ? changes : { changes, notes: stageNotes(interview, stage, answers) };
    },
    collect,
  );
}

/** Set Stage…: `(uri, { stage, date?, reason?, next?, thanked?, referralsAsked? })`. */
export async function setStage(deps: Deps, target?: unknown, inputs?: unknown): Promise<boolean> {
  const uri = await targetInterview(deps, target, 'move to another stage');
  if (!uri) return false;
  const given = commandInputs(inputs, ['stage'] as const);
  let stage: Stage | undefined;
  if (given.given) {
    if (!isStage(given.values.stage)) {
      void deps.ui.warn(`Set Stage: "${String(given.values.stage)}" is not a stage (${STAGES.join(', ')}).`);
      return false;
    }
    stage = given.values.stage;
  } else {
    const current = (await readInterviewFile(deps, uri, 'Set Stage'))?.interview;
    stage = await pickStage(deps, current?.unknownStage === undefined ? current?.stage : undefined, 'Move the interview to which stage?');
    if (!stage) return false;
  }
  return moveToStage(deps, uri, stage, inputs, `Set the stage to ${stage}`);
}

async function pickStage(deps: Deps, current: Stage | undefined, title: string): Promise<Stage | undefined> {
  const picked = await deps.ui.pick(
    STAGES.map((candidate) => ({ label: STAGE_TITLES[candidate], description: candidate === current ? `${candidate} (current)` : candidate, detail: STAGE_DETAILS[candidate], stage: candidate })),
    { title, placeHolder: 'prospect → requested → scheduled → met → followed_up, or closed' },
  );
  return picked?.stage;
}

/**
 * Set Stage… or Close… on several interviews selected together (the Explorer's or the pipeline's
 * multi-selection): the stage, and the reason when closing, are asked once for all of them, and
 * one message says what changed in each.
 */
export async function setStageOfMany(deps: Deps, uris: readonly vscode.Uri[], closing: boolean): Promise<boolean> {
  const stage = closing ? 'closed' : await pickStage(deps, undefined, `Move ${uris.length} interviews to which stage?`);
  if (!stage) return false;
  let reason: string | undefined;
  if (stage === 'closed') {
    reason = await askText(deps, { title: `Why do these ${uris.length} threads end?`, prompt: 'The reason is kept in closed_reason', required: true });
    if (!reason) return false;
  }
  const label = `Set the stage to ${stage}`;
  const applied: AppliedChange[] = [];
  let all = true;
  for (const uri of uris) all = (await moveToStage(deps, uri, stage, { stage, reason, interactive: true }, label, applied)) && all;
  void reportChanges(deps, label, applied);
  return all;
}

/** Whether Advance Stage can move an interview on: its stage is known and not `closed`. */
function advanceable(interview: Pick<Interview, 'stage' | 'unknownStage'>): boolean {
  return interview.unknownStage === undefined && interview.stage !== 'closed';
}

/** Advance Stage: the next stage in pipeline order; `(uri, { date?, reason?, next?, thanked?, referralsAsked? })`. */
export async function advanceStage(deps: Deps, target?: unknown, inputs?: unknown, collect?: AppliedChange[]): Promise<boolean> {
  // Only the interviews it can advance are offered.
  const uri = await targetInterview(deps, target, 'advance', {
    accepts: (summary) => summary.readable && advanceable(summary),
    none: 'Every interview here is closed or needs its stage fixed: there is none to advance.',
  });
  if (!uri) return false;
  const read = await readInterviewFile(deps, uri, 'Advance Stage');
  if (!read) return false;
  const { interview } = read;
  if (interview.unknownStage !== undefined) {
    const fix = 'Set Stage…';
    void deps.ui.warn(`Advance Stage: the stage of ${who(interview)}, "${interview.unknownStage}", is not a stage, so there is no next one. Pick the stage it is at with Set Stage….`, fix).then((choice) => {
      if (choice === fix) void vscode.commands.executeCommand('interviews.setStage', uri);
    });
    return false;
  }
  const stage = nextStage(interview.stage);
  if (!stage) {
    void deps.ui.info(`Advance Stage: ${who(interview)} is closed, so there is no next stage. Use Set Stage… to reopen the thread.`);
    return false;
  }
  return moveToStage(deps, uri, stage, inputs, `Advance to ${stage}`, collect);
}

/** Advance Stage on several interviews selected together: each is asked what it needs, and one message says what changed. */
export async function advanceStageOfMany(deps: Deps, uris: readonly vscode.Uri[]): Promise<boolean> {
  const applied: AppliedChange[] = [];
  let all = true;
  for (const uri of uris) all = (await advanceStage(deps, uri, undefined, applied)) && all;
  void reportChanges(deps, 'Advance Stage', applied);
  return all;
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
    date = await deps.ui.input({
      title: `Schedule the meeting with ${who(interview)} (1/4): date`,
      prompt: 'YYYY-MM-DD, or YYYY-MM-DDTHH:MM with a time',
      value: interview.meetingWhen ?? '',
      placeHolder: 'YYYY-MM-DDTHH:MM',
      ignoreFocusOut: true,
      validateInput: meetingDateProblem,
    });
    if (date === undefined) return false;
  } else if (meetingDateProblem(date)) {
    void deps.ui.warn(`${label}: ${meetingDateProblem(date)}`);
    return false;
  }
  let format = textInput(given.values.format);
  if (format !== undefined && format !== '' && !(MEETING_FORMATS as readonly string[]).includes(format)) {
    void deps.ui.warn(`${label}: "${format}" is not a meeting format (${MEETING_FORMATS.join(', ')}).`);
    return false;
  }
  if (format === undefined && !given.given) {
    const current = interview.meetingFormat;
    const ordered = [...MEETING_FORMATS].sort((a, b) => Number(b === current) - Number(a === current));
    const picked = await deps.ui.pick(
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
      void deps.ui.warn(`${label}: the length should be a whole number of minutes from 5 to 240.`);
      return false;
    }
  } else if (!given.given) {
    const limit = (await deps.settings.configFor(uri)).windows.maxMinutes;
    const answer = await deps.ui.input({
      title: 'Schedule the meeting (3/4): how many minutes?',
      prompt: `Ask for ${timeToAskFor(limit)}: respect their time`,
      value: String(interview.minutes ?? Math.min(30, limit)),
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
    place = await askText(deps, { title: 'Schedule the meeting (4/4): where?', prompt: 'A place, or a call link; leave empty to skip', value: interview.meetingPlace ?? '' });
    if (place === undefined) return false;
  }
  const meeting = { date: normaliseMeetingDate(date), format: format || undefined, minutes, place: place || undefined };
  return changeInterview(deps, uri, label, ({ interview: current }) => ({ changes: meetingChanges(current, meeting) }));
}

/**
 * Mark Thank-You Sent…: `(uri, { date? })`. Without a date it asks when the thank-you went out,
 * today by default: recording today weeks after the meeting would report a thank-you that may well
 * have gone out on time as late.
 */
export async function markThanked(deps: Deps, target?: unknown, inputs?: unknown): Promise<boolean> {
  const uri = await targetInterview(deps, target, 'mark as thanked');
  if (!uri) return false;
  const read = await readInterviewFile(deps, uri, thankYouLabel);
  if (!read) return false;
  const date = await thankYouDate(deps, inputs, `When did the thank-you to ${who(read.interview)} go out?`, read.interview.meetingDate);
  if (!date) return false;
  return changeInterview(deps, uri, thankYouLabel, ({ interview }) => ({ changes: thankYouChanges(interview, date) }));
}

const thankYouLabel = 'Mark the thank-you as sent';

/** Mark Thank-You Sent… on several interviews selected together: the date is asked once, one message says what changed. */
export async function markThankedOfMany(deps: Deps, uris: readonly vscode.Uri[]): Promise<boolean> {
  const date = await thankYouDate(deps, undefined, `When did the thank-yous to these ${uris.length} people go out?`, undefined);
  if (!date) return false;
  const applied: AppliedChange[] = [];
  let all = true;
  for (const uri of uris) all = (await changeInterview(deps, uri, thankYouLabel, ({ interview }) => ({ changes: thankYouChanges(interview, date) }), applied)) && all;
  void reportChanges(deps, thankYouLabel, applied);
  return all;
}

/** The date a thank-you went out: the `date` input when given (checked), else asked, today by default. */
async function thankYouDate(deps: Deps, inputs: unknown, title: string, meetingDate: string | undefined): Promise<string | undefined> {
  const today = deps.today.value;
  const given = textInput(commandInputs(inputs, ['date'] as const).values.date);
  if (given) {
    const problem = thankYouDateProblem(given, today);
    if (problem) {
      void deps.ui.warn(`${thankYouLabel}: ${problem}`);
      return undefined;
    }
    return given;
  }
  const answer = await deps.ui.input({
    title,
    prompt: `YYYY-MM-DD; today by default.${meetingDate ? ` The meeting was on ${meetingDate}: a thank-you sent that day or the next counts as prompt.` : ''}`,
    value: today,
    valueSelection: [0, today.length],
    placeHolder: 'YYYY-MM-DD',
    ignoreFocusOut: true,
    validateInput: (text) => thankYouDateProblem(text, today),
  });
  return answer?.trim() || undefined;
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
    note = await askText(deps, { title: `Log a follow-up with ${who(read.interview)}`, prompt: `What did you do on ${date}? (kept in follow_up.log)`, placeHolder: 'Sent the article on EU robotics standards she mentioned.', required: true });
    if (!note) return false;
  }
  let next = textInput(given.values.next);
  if (next === undefined && !given.given) {
    const suggestion = addDays(deps.today.value, await checkInDays(deps, uri));
    next = await askDate(deps, 'Next check-in', read.interview.next && read.interview.next > deps.today.value ? read.interview.next : suggestion, true);
    if (next === undefined) return false;
  }
  for (const value of [date, next]) {
    const problem = value ? dateProblem(value) : undefined;
    if (problem) {
      void deps.ui.warn(`${label}: ${value}: ${problem}`);
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
