import { shortDate } from '../dates';
import type { Fix } from '../types';
import type { Finding, Rule } from './rule';
import { fixFromChanges, hasValue, keySpan, stageSpan, valueSpan } from './rule';

export const STAGE_MISMATCH = 'stage-mismatch';

export const stageMismatchRule: Rule = {
  id: STAGE_MISMATCH,
  defaultSeverity: 'warning',
  habit: 'format',
  reason: 'The stage should agree with the dates, so the pipeline shows where each conversation really is and what to do next.',
  check({ document, interview }, { today }) {
    const findings: Finding[] = [];
    const setStage = (stage: string, preferred: boolean) => fixFromChanges(document, `Set the stage to ${stage}`, [{ kind: 'set', path: ['stage'], value: stage }], { preferred });
    const fixes = (...candidates: (Fix | undefined)[]) => {
      const present = candidates.filter((fix): fix is Fix => fix !== undefined);
      return present.length > 0 ? present : undefined;
    };
    const [stageStart, stageEnd] = stageSpan(document);
    switch (interview.stage) {
      case 'scheduled':
        if (!hasValue(document, '/meeting/date')) {
          findings.push({
            message: 'The stage is `scheduled` but no `meeting.date` is set: write the agreed date, or set the stage back to `requested`.',
            start: stageStart,
            end: stageEnd,
            fixes: fixes(setStage('requested', true)),
          });
        }
        break;
      case 'met':
        if (interview.meetingDate && interview.meetingDate > today) {
          const [start, end] = valueSpan(document, '/meeting/date');
          findings.push({
            message: `The stage is \`met\` but the meeting is on ${shortDate(interview.meetingDate, today)}, still ahead: set the stage to \`scheduled\`, or correct the date.`,
            start,
            end,
            fixes: fixes(setStage('scheduled', true)),
          });
        }
        break;
      case 'followed_up':
        if (!hasValue(document, '/follow_up/thanked')) {
          const thank = fixFromChanges(document, `Mark the thank-you as sent today (${today})`, [{ kind: 'set', path: ['follow_up', 'thanked'], value: today }], { preferred: true });
          findings.push({
            message: 'The stage is `followed_up` but no thank-you is recorded: set `follow_up.thanked` to the day you sent it, or set the stage back to `met`.',
            start: stageStart,
            end: stageEnd,
            fixes: fixes(thank, setStage('met', false)),
          });
        }
        break;
      case 'closed':
        if (!hasValue(document, '/closed_reason')) {
          const [start, end] = document.entries.has('/closed_reason') ? keySpan(document, '/closed_reason') : [stageStart, stageEnd];
          findings.push({
            message: 'The stage is `closed` but `closed_reason` is empty: note why the thread ended, so you know later whether to pick it up again.',
            start,
            end,
          });
        }
        break;
      default:
        break;
    }
    return findings;
  },
};
