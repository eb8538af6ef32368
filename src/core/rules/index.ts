import { aboutThemRule } from './aboutThem';
import { duplicateContactRule, warmContactRule } from './contacts';
import { askReferralRule, followUpDueRule, keepInTouchRule, requestStaleRule, secondContactRule, thankYouLateRule, thankYouRule } from './followUp';
import { preferInPersonRule, timeAskRule } from './inPerson';
import { noJobAskRule } from './jobAsk';
import { brokenLinkRule, referralFileRule } from './links';
import { outreachLengthRule } from './outreach';
import { prepareQuestionsRule, prepareResearchRule } from './research';
import type { Rule } from './rule';
import { schemaRule } from './schemaRule';
import { stageMismatchRule } from './stage';

/** Every rule, in the order of the format's rule table. */
export const RULES: readonly Rule[] = [
  schemaRule,
  noJobAskRule,
  aboutThemRule,
  timeAskRule,
  outreachLengthRule,
  prepareResearchRule,
  prepareQuestionsRule,
  thankYouRule,
  thankYouLateRule,
  askReferralRule,
  keepInTouchRule,
  followUpDueRule,
  secondContactRule,
  requestStaleRule,
  stageMismatchRule,
  preferInPersonRule,
  warmContactRule,
  referralFileRule,
  brokenLinkRule,
  duplicateContactRule,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
