import { shortDate } from '../dates';
import type { Interview } from '../model';
import { RECOMMENDED_QUESTIONS } from '../phrases';
import type { Rule } from './rule';
import { fixFromChanges, hasValue, missingSpan, personName } from './rule';

export const PREPARE_RESEARCH = 'prepare-research';
export const PREPARE_QUESTIONS = 'prepare-questions';

/** Whether a meeting is coming: the stage says scheduled, or a meeting date is after today (a closed thread never is). */
export function meetingAhead(interview: Pick<Interview, 'stage' | 'meetingDate'>, today: string): boolean {
  if (interview.stage === 'closed') return false;
  return interview.stage === 'scheduled' || (interview.meetingDate !== undefined && interview.meetingDate > today);
}

const RESEARCH_PARTS = [
  { key: 'company', what: "the company's background" },
  { key: 'situation', what: "the company's current situation" },
  { key: 'profile', what: 'their profile and career history' },
] as const;

export const prepareResearchRule: Rule = {
  id: PREPARE_RESEARCH,
  defaultSeverity: 'warning',
  habit: 'research',
  reason: "Do your research before you meet: the company's background and situation, and the person's career, so your questions go deeper.",
  check({ document, interview }, { today }) {
    if (!meetingAhead(interview, today)) return [];
    const missing = RESEARCH_PARTS.filter((part) => !hasValue(document, `/research/${part.key}`));
    if (missing.length === 0) return [];
    const when = interview.meetingDate && interview.meetingDate >= today ? ` on ${shortDate(interview.meetingDate, today)}` : '';
    const list = missing.map((part) => `${part.what} (\`research.${part.key}\`)`);
    const joined = list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
    const [start, end] = missingSpan(document, ['/research', '/meeting/date']);
    return [{ message: `Before you meet ${personName(interview)}${when}, look up and note ${joined}.`, start, end }];
  },
};

export const prepareQuestionsRule: Rule = {
  id: PREPARE_QUESTIONS,
  defaultSeverity: 'warning',
  habit: 'about-them',
  reason: 'Come with questions about them and the business: it shows respect for their time and keeps the talk on them.',
  check({ document, interview }) {
    if (interview.stage !== 'scheduled' || interview.questions.some((question) => question.text.trim() !== '')) return [];
    const [start, end] = missingSpan(document, ['/questions']);
    const fix = fixFromChanges(
      document,
      'Add the recommended questions',
      RECOMMENDED_QUESTIONS.map((question) => ({ kind: 'append' as const, path: ['questions'], item: question })),
      { preferred: true },
    );
    return [
      {
        message: `The meeting with ${personName(interview)} is scheduled but no questions are written: prepare a few about them and the business under \`questions\`, such as "${RECOMMENDED_QUESTIONS[0]}"`,
        start,
        end,
        fixes: fix ? [fix] : undefined,
      },
    ];
  },
};
