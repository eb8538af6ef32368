import { followUpDueRule, thankYouRule } from './followUp';
import { noJobAskRule } from './jobAsk';
import type { Rule } from './rule';
import { schemaRule } from './schemaRule';

/** Every rule, in the order of the format's rule table. */
export const RULES: readonly Rule[] = [schemaRule, noJobAskRule, thankYouRule, followUpDueRule];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
