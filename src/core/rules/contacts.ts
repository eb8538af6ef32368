import { relativeLink } from '../workspace';
import type { Rule } from './rule';
import { personName, valueSpan } from './rule';

export const WARM_CONTACT = 'warm-contact';
export const DUPLICATE_CONTACT = 'duplicate-contact';

export const warmContactRule: Rule = {
  id: WARM_CONTACT,
  defaultSeverity: 'hint',
  habit: 'contacts',
  reason: 'Scour your contacts first: people you know, or know of through a mutual contact, say yes far more often than strangers.',
  check({ document, interview }) {
    if (interview.connection !== 'cold') return [];
    const [start, end] = valueSpan(document, '/contact/connection');
    return [
      {
        message: `${personName(interview, 'This person')} is a cold contact: look first for someone you know who knows them (a colleague, a friend, a fellow alumnus), ask for an introduction and note it in \`via\`.`,
        start,
        end,
      },
    ];
  },
};

export const duplicateContactRule: Rule = {
  id: DUPLICATE_CONTACT,
  defaultSeverity: 'warning',
  habit: 'contacts',
  reason: 'One person, one thread: two files for the same contact split your notes and your follow-ups.',
  workspace: true,
  check({ document, interview }, { path, workspace }) {
    if (!path || !workspace || !interview.name) return [];
    const others = workspace.filesWithContact(interview.name, interview.company).filter((file) => file !== path);
    if (others.length === 0) return [];
    const [start, end] = valueSpan(document, '/contact/name');
    const who = interview.company ? `${interview.name} at ${interview.company}` : interview.name;
    const files = others.map((file) => relativeLink(path, file)).join(', ');
    return [
      {
        message: `${who} also has ${others.length === 1 ? 'a file' : 'files'}: ${files}. Merge them if they are the same conversation; if this is a second conversation, turn this check off for the file with \`# interview-lint-disable ${DUPLICATE_CONTACT}\`.`,
        start,
        end,
      },
    ];
  },
};
