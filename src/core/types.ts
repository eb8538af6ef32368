/** A position in a document: zero-based line and UTF-16 character, as the editor counts them. */
export interface Position {
  line: number;
  character: number;
}

/** A span of a document, end exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A severity, or `off` to turn a rule off. */
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** One replacement in a document's text, by UTF-16 offsets into the text the edit was computed on. */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

/** A file to create as part of a fix (for example a referral's prospect file). */
export interface FileCreation {
  /** Path relative to the folder of the document the fix belongs to, with `/` separators. */
  relativePath: string;
  content: string;
}

/** A fix offered for an issue, as data: the editor turns it into a quick fix, the CLI could apply it. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Files the fix creates (never overwriting one that exists). */
  creates?: FileCreation[];
  /** The fix the editor should mark preferred. */
  preferred?: boolean;
  /** Safe to apply without a human choosing (used by "fix all"). */
  mechanical?: boolean;
}

/** A problem a rule found in one file. */
export interface Issue {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  fixes?: Fix[];
}
