import { validateSchema } from '../schema';
import type { Rule } from './rule';

export const SCHEMA = 'schema';

export const schemaRule: Rule = {
  id: SCHEMA,
  defaultSeverity: 'error',
  habit: 'format',
  reason: 'The file must follow the interview format so every tool can read it.',
  check: ({ document }) => validateSchema(document),
};
