import * as fs from 'fs';
import * as path from 'path';

/**
 * The text of docs/rules.md, put into the command-line bundle by esbuild.js (`define`), since the
 * bundle ships without the docs; undefined when running from the sources (tests, tsx).
 */
declare const INTERVIEW_LINT_RULES_PAGE: string | undefined;

/** A text in both of SARIF's forms: plain text, and GitHub-flavoured Markdown. */
export interface TextAndMarkdown {
  text: string;
  markdown: string;
}

/** What SARIF's `reportingDescriptor` says about a rule beyond its one-line reason, taken from its docs section. */
export interface RuleHelp {
  /** The anchor of the rule's section in docs/rules.md. */
  anchor: string;
  /** What the rule protects and when it fires: the section's "Why" and "Fires when" paragraphs. */
  fullDescription: TextAndMarkdown;
  /** The whole section: why, when, examples, how to fix, how to turn it off. */
  help: TextAndMarkdown;
}

/** docs/rules.md: built into the bundle, else read from the repository the sources sit in. */
export function rulesPage(): string {
  if (typeof INTERVIEW_LINT_RULES_PAGE === 'string') return INTERVIEW_LINT_RULES_PAGE;
  return fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
}

/**
 * Problems reported under an id that is not a rule, and the part of the rules page that explains
 * them: `config` is a problem in `.interviewlintrc.yaml`, documented with the repository settings.
 */
const OTHER_SECTIONS: Readonly<Record<string, { heading: string; from: string; descriptionTo: string }>> = {
  config: { heading: 'Turning rules off and changing their severity', from: '**For a repository**', descriptionTo: 'Unknown rule ids' },
};

/**
 * The help of a rule (or of `config`) from the rules page, with its relative links made absolute
 * against `docsUrl` (the page's address); undefined when the page has no section for it. It reads
 * the page's own shape (a `## id` section, then **Why.** and **Fires when** paragraphs) and leaves
 * out nothing but the section's heading.
 */
export function ruleHelp(page: string, ruleId: string, docsUrl: string): RuleHelp | undefined {
  const other = OTHER_SECTIONS[ruleId];
  const heading = other?.heading ?? ruleId;
  const body = section(page, heading);
  if (body === undefined) return undefined;
  let blocks = markdownBlocks(body).map((block) => absoluteLinks(block, docsUrl));
  let description: string[];
  if (other) {
    const start = blocks.findIndex((block) => block.startsWith(other.from));
    if (start === -1) return undefined;
    blocks = blocks.slice(start);
    const end = blocks.findIndex((block) => block.startsWith(other.descriptionTo));
    description = blocks.slice(0, end === -1 ? blocks.length : end + 1).filter((block) => !block.startsWith('```'));
  } else {
    const why = blocks.findIndex((block) => block.startsWith('**Why.**'));
    const firesWhen = blocks.findIndex((block) => block.startsWith('**Fires when**'));
    if (why === -1 || firesWhen === -1) return undefined;
    // A "fires when" that ends in a colon goes on in the list after it.
    let end = firesWhen + 1;
    while (end < blocks.length && blocks[firesWhen].endsWith(':') && blocks[end].startsWith('- ')) end++;
    description = [blocks[why], ...blocks.slice(firesWhen, end)];
  }
  const unwrapped = description.map(unwrap);
  return {
    anchor: anchorOf(heading),
    fullDescription: { text: unwrapped.map(plainText).join('\n\n'), markdown: unwrapped.join('\n\n') },
    help: { text: blocks.map(plainText).join('\n\n'), markdown: blocks.join('\n\n') },
  };
}

/** The text under a `## heading` of the page, up to the next `## `; undefined when there is none. */
function section(page: string, heading: string): string | undefined {
  const lines = page.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) return undefined;
  let end = start + 1;
  let fenced = false;
  for (; end < lines.length; end++) {
    if (lines[end].startsWith('```')) fenced = !fenced;
    if (!fenced && lines[end].startsWith('## ')) break;
  }
  return lines.slice(start + 1, end).join('\n');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

/** The paragraphs, lists and code blocks of a Markdown text, each as written. */
function markdownBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fenced = false;
  const close = () => {
    if (current.length > 0) blocks.push(current.join('\n'));
    current = [];
  };
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) {
      if (!fenced) close();
      current.push(line);
      fenced = !fenced;
      if (!fenced) close();
    } else if (fenced) current.push(line);
    else if (line.trim() === '') close();
    else current.push(line);
  }
  close();
  return blocks;
}

/** Links and images with a relative target, pointed at the published page instead. */
function absoluteLinks(block: string, docsUrl: string): string {
  if (block.startsWith('```')) return block;
  return block.replace(/\]\(([^)\s]+)\)/g, (whole, target: string) => (/^[a-z][a-z0-9+.-]*:/i.test(target) ? whole : `](${new URL(target, docsUrl).href})`));
}

/** A paragraph on one line, and each item of a list on one line, as hard wraps mean nothing in Markdown. */
function unwrap(block: string): string {
  if (block.startsWith('```')) return block;
  const items: string[] = [];
  for (const line of block.split('\n')) {
    if (/^\s*- /.test(line) || items.length === 0) items.push(line.trimEnd());
    else items[items.length - 1] += ` ${line.trim()}`;
  }
  return items.join('\n');
}

/** A Markdown block as plain text: no emphasis or code marks, links as "label (address)", code indented. */
function plainText(block: string): string {
  if (block.startsWith('```')) {
    return block
      .split('\n')
      .filter((line) => !line.startsWith('```'))
      .map((line) => `    ${line}`.trimEnd())
      .join('\n');
  }
  return block
    .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/\*\*/g, '')
    .replace(/(?<![\w*])\*(?=\S)([^*\n]+?)\*(?![\w*])/g, '$1')
    .replace(/`([^`\n]*)`/g, '$1');
}
