import { isIsoDate } from './dates';
import { parseInterview, pointerSegment } from './parse';
import type { PhraseSensitivity } from './phraseModel';
import { PHRASE_SENSITIVITIES } from './phraseModel';
import { closestMatch } from './suggest';
import type { SeveritySetting } from './types';
import { SEVERITIES } from './types';

/** The file that configures the rules for a repository, found upwards from an interview file. */
export const CONFIG_FILE_NAMES = ['.interviewlintrc.yaml', '.interviewlintrc.yml'] as const;

/**
 * The paths where a file's `.interviewlintrc.yaml` may be, nearest first: each folder from the
 * file's own up to the root (or up to `stopAt`, included), both spellings in each. It reads
 * nothing: the CLI and the extension try the paths in order and use the first file that exists.
 * Works on `/` and Windows `\` paths alike, keeping the separator it was given.
 */
export function configCandidates(filePath: string, options: { stopAt?: string } = {}): string[] {
  const separator = filePath.includes('/') || !filePath.includes('\\') ? '/' : '\\';
  const trim = (path: string) => (path.length > 1 && (path.endsWith('/') || path.endsWith('\\')) && !/^[A-Za-z]:[\\/]$/.test(path) ? path.slice(0, -1) : path);
  const stopAt = options.stopAt !== undefined ? trim(options.stopAt) : undefined;
  const candidates: string[] = [];
  let folder = parentOf(filePath, separator);
  const seen = new Set<string>();
  while (folder !== undefined && !seen.has(folder)) {
    seen.add(folder);
    const prefix = folder === '' ? '' : folder.endsWith(separator) ? folder : folder + separator;
    for (const name of CONFIG_FILE_NAMES) candidates.push(prefix + name);
    if (stopAt !== undefined && trim(folder) === stopAt) break;
    folder = parentOf(folder, separator);
  }
  return candidates;
}

/** The folder holding `path`, or undefined above the root. `''` stands for the current folder of a relative path. */
function parentOf(path: string, separator: string): string | undefined {
  const trimmed = path.length > 1 && path.endsWith(separator) && !/^[A-Za-z]:[\\/]$/.test(path) ? path.slice(0, -1) : path;
  if (trimmed === '' || trimmed === separator || /^[A-Za-z]:[\\/]?$/.test(trimmed)) return undefined;
  const at = trimmed.lastIndexOf(separator);
  if (at === -1) return '';
  if (at === 0) return separator;
  // `C:\file` → `C:\`.
  if (at === 2 && /^[A-Za-z]:/.test(trimmed)) return trimmed.slice(0, 3);
  return trimmed.slice(0, at);
}

/** The tunable windows of the date and time rules. */
export interface Windows {
  /** `thank-you-late`: days after the meeting a thank-you may still go out. */
  thankYouDays: number;
  /** `request-stale`: business days a request may wait for a reply before the one follow-up. */
  staleRequestDays: number;
  /** `second-contact`: business days without a reply before writing to a second person at the employer. */
  secondContactDays: number;
  /** `time-ask`: the longest meeting, in minutes, you should ask for. */
  maxMinutes: number;
  /** Default days until the next check-in offered by fixes and commands. */
  checkInDays: number;
  /** `outreach-length`: the most words an outreach message should have. */
  maxOutreachWords: number;
}

/** Everything the rules read from configuration. */
export interface LintConfig {
  rules: Record<string, SeveritySetting>;
  jobAskPhrases: string[];
  allowPhrases: string[];
  windows: Windows;
  /** How readily `no-job-ask` and `about-them` report: `low` only what the phrase model is surest of, `high` more. */
  phraseSensitivity: PhraseSensitivity;
  /** Files longer than this many characters are not linted. */
  maxFileSize: number;
  /** Days that are not business days besides weekends, `YYYY-MM-DD` (the business-day windows skip them). */
  holidays: string[];
}

export const DEFAULT_WINDOWS: Windows = { thankYouDays: 1, staleRequestDays: 7, secondContactDays: 3, maxMinutes: 30, checkInDays: 30, maxOutreachWords: 100 };

export function defaultConfig(): LintConfig {
  return { rules: {}, jobAskPhrases: [], allowPhrases: [], windows: { ...DEFAULT_WINDOWS }, phraseSensitivity: 'medium', maxFileSize: 512 * 1024, holidays: [] };
}

/** Configuration as written in one place (a file or the editor's settings): every part optional. */
export interface ConfigLayer {
  rules?: Record<string, SeveritySetting>;
  jobAskPhrases?: string[];
  allowPhrases?: string[];
  windows?: Partial<Windows>;
  phraseSensitivity?: PhraseSensitivity;
  maxFileSize?: number;
  holidays?: string[];
}

/** A problem in a configuration file, by offsets into its text. */
export interface ConfigProblem {
  message: string;
  start: number;
  end: number;
}

/** Layers configuration: later layers win; phrase lists add up. */
export function mergeConfig(base: LintConfig, ...layers: (ConfigLayer | undefined)[]): LintConfig {
  const result: LintConfig = { ...base, rules: { ...base.rules }, windows: { ...base.windows }, jobAskPhrases: [...base.jobAskPhrases], allowPhrases: [...base.allowPhrases], holidays: [...base.holidays] };
  for (const layer of layers) {
    if (!layer) continue;
    Object.assign(result.rules, layer.rules ?? {});
    for (const [key, value] of Object.entries(layer.windows ?? {})) {
      if (typeof value === 'number') result.windows[key as keyof Windows] = value;
    }
    result.jobAskPhrases.push(...(layer.jobAskPhrases ?? []));
    result.allowPhrases.push(...(layer.allowPhrases ?? []));
    result.holidays.push(...(layer.holidays ?? []));
    if (layer.phraseSensitivity !== undefined) result.phraseSensitivity = layer.phraseSensitivity;
    if (layer.maxFileSize !== undefined) result.maxFileSize = layer.maxFileSize;
  }
  return result;
}

const WINDOW_KEYS: Record<string, keyof Windows> = {
  thank_you_days: 'thankYouDays',
  stale_request_days: 'staleRequestDays',
  second_contact_days: 'secondContactDays',
  max_minutes: 'maxMinutes',
  check_in_days: 'checkInDays',
  max_outreach_words: 'maxOutreachWords',
};
/** What each window may be set to: a thank-you window of 0 means "the same day"; a meeting is 5–240 minutes, as in the format. */
const WINDOW_RANGES: Record<keyof Windows, [number, number]> = {
  thankYouDays: [0, 365],
  staleRequestDays: [1, 365],
  secondContactDays: [1, 60],
  maxMinutes: [5, 240],
  checkInDays: [1, 730],
  maxOutreachWords: [20, 1000],
};
const WINDOW_UNITS: Record<keyof Windows, string> = { thankYouDays: 'days', staleRequestDays: 'business days', secondContactDays: 'business days', maxMinutes: 'minutes', checkInDays: 'days', maxOutreachWords: 'words' };
const TOP_KEYS = ['rules', 'job_ask_phrases', 'allow_phrases', 'phrase_sensitivity', 'windows', 'holidays', 'max_file_size'];
const SEVERITY_SETTINGS: readonly string[] = ['off', ...SEVERITIES];
/** Severity spellings from other linters, mapped to ours for "did you mean". */
const SEVERITY_ALIASES: Readonly<Record<string, string>> = { warn: 'warning', info: 'information', err: 'error', none: 'off', disable: 'off', disabled: 'off', ignore: 'off', note: 'information', suggestion: 'hint' };

function severitySuggestion(value: string): string | undefined {
  const lower = value.trim().toLowerCase();
  if (SEVERITY_SETTINGS.includes(lower)) return lower;
  if (Object.hasOwn(SEVERITY_ALIASES, lower)) return SEVERITY_ALIASES[lower];
  return closestMatch(lower, SEVERITY_SETTINGS);
}

/** Sensitivity spellings people reach for, mapped to ours for "did you mean". */
const SENSITIVITY_ALIASES: Readonly<Record<string, PhraseSensitivity>> = { normal: 'medium', default: 'medium', mid: 'medium', moderate: 'medium' };

function sensitivitySuggestion(value: string): string | undefined {
  const lower = value.trim().toLowerCase();
  if (Object.hasOwn(SENSITIVITY_ALIASES, lower)) return SENSITIVITY_ALIASES[lower];
  return closestMatch(lower, PHRASE_SENSITIVITIES);
}

function describeSetting(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a map';
  return String(value);
}

/**
 * Reads a `.interviewlintrc.yaml`; what is malformed is reported and left out, the rest still
 * applies. `ruleIds` are the known rule ids, for "unknown rule" problems.
 */
export function parseConfig(text: string, ruleIds: readonly string[]): { layer: ConfigLayer; problems: ConfigProblem[] } {
  const document = parseInterview(text, { maxSize: 256 * 1024 });
  const problems: ConfigProblem[] = [];
  const layer: ConfigLayer = {};
  const at = (pointer: string, onKey = true): [number, number] => {
    const entry = document.entries.get(pointer);
    if (!entry) return [0, Math.min(text.length, document.lines.lineEnd(0))];
    return onKey && entry.key ? entry.key : entry.value;
  };
  const problem = (message: string, span: [number, number]) => problems.push({ message, start: span[0], end: span[1] });
  if (document.tooLarge) {
    problem('This configuration file is too large to read.', [0, 0]);
    return { layer, problems };
  }
  for (const syntax of document.syntax) problems.push({ message: syntax.message, start: syntax.start, end: syntax.end });
  if (document.syntax.length > 0) return { layer, problems };
  const root = document.data;
  if (root === null || root === undefined) return { layer, problems };
  if (typeof root !== 'object' || Array.isArray(root)) {
    problem('The configuration should be a map with `rules`, `job_ask_phrases`, `allow_phrases` and `windows`.', at('', false));
    return { layer, problems };
  }
  const map = root as Record<string, unknown>;
  for (const key of Object.keys(map)) {
    if (!TOP_KEYS.includes(key)) {
      const suggestion = closestMatch(key, TOP_KEYS);
      problem(`Unknown setting "${key}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Settings: ${TOP_KEYS.join(', ')}.`, at(`/${pointerSegment(key)}`));
    }
  }
  if (map.rules !== undefined && map.rules !== null) {
    if (typeof map.rules !== 'object' || Array.isArray(map.rules)) problem('`rules` should be a map of rule id to off, hint, information, warning or error.', at('/rules'));
    else {
      layer.rules = {};
      for (const [id, value] of Object.entries(map.rules as Record<string, unknown>)) {
        if (!ruleIds.includes(id)) {
          const suggestion = closestMatch(id, ruleIds);
          problem(`Unknown rule "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} See docs/rules.md for the rule ids.`, at(`/rules/${pointerSegment(id)}`));
          continue;
        }
        const setting = value === false ? 'off' : value;
        if (typeof setting !== 'string' || !SEVERITY_SETTINGS.includes(setting)) {
          const suggestion = typeof setting === 'string' ? severitySuggestion(setting) : undefined;
          problem(
            `${describeSetting(value)} is not a severity for ${id}.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use off, hint, information, warning or error.`,
            at(`/rules/${pointerSegment(id)}`, false),
          );
          continue;
        }
        layer.rules[id] = setting as SeveritySetting;
      }
    }
  }
  for (const [key, field] of [['job_ask_phrases', 'jobAskPhrases'], ['allow_phrases', 'allowPhrases']] as const) {
    const value = map[key];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      problem(`\`${key}\` should be a list of phrases (text).`, at(`/${key}`));
      continue;
    }
    layer[field] = (value as string[]).filter((phrase) => phrase.trim() !== '');
  }
  if (map.windows !== undefined && map.windows !== null) {
    if (typeof map.windows !== 'object' || Array.isArray(map.windows)) problem('`windows` should be a map such as `thank_you_days: 1`.', at('/windows'));
    else {
      layer.windows = {};
      for (const [key, value] of Object.entries(map.windows as Record<string, unknown>)) {
        const field = Object.hasOwn(WINDOW_KEYS, key) ? WINDOW_KEYS[key] : undefined;
        if (!field) {
          const suggestion = closestMatch(key, Object.keys(WINDOW_KEYS));
          problem(`Unknown window "${key}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Windows: ${Object.keys(WINDOW_KEYS).join(', ')}.`, at(`/windows/${pointerSegment(key)}`));
        } else {
          const [min, max] = WINDOW_RANGES[field];
          if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
            problem(`\`windows.${key}\` should be a whole number of ${WINDOW_UNITS[field]} from ${min} to ${max}, not ${describeSetting(value)}.`, at(`/windows/${pointerSegment(key)}`, false));
          } else layer.windows[field] = value;
        }
      }
    }
  }
  if (map.holidays !== undefined && map.holidays !== null) {
    const dates = Array.isArray(map.holidays) ? map.holidays.map((item) => (item instanceof Date ? item.toISOString().slice(0, 10) : item)) : undefined;
    if (!dates) problem('`holidays` should be a list of dates (YYYY-MM-DD) that are not business days.', at('/holidays'));
    else {
      layer.holidays = [];
      dates.forEach((item, index) => {
        if (typeof item === 'string' && isIsoDate(item)) layer.holidays!.push(item);
        else problem(`${describeSetting(item)} is not a date: write holidays as YYYY-MM-DD.`, at(`/holidays/${index}`, false));
      });
    }
  }
  if (map.phrase_sensitivity !== undefined && map.phrase_sensitivity !== null) {
    const value = map.phrase_sensitivity;
    if (typeof value === 'string' && (PHRASE_SENSITIVITIES as readonly string[]).includes(value)) layer.phraseSensitivity = value as PhraseSensitivity;
    else {
      const suggestion = typeof value === 'string' ? sensitivitySuggestion(value) : undefined;
      problem(
        `${describeSetting(value)} is not a phrase sensitivity.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use low (report only what the phrase model is surest of), medium or high (report more).`,
        at('/phrase_sensitivity', false),
      );
    }
  }
  if (map.max_file_size !== undefined && map.max_file_size !== null) {
    const value = map.max_file_size;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1024) problem('`max_file_size` should be a whole number of characters, at least 1024.', at('/max_file_size', false));
    else layer.maxFileSize = value;
  }
  return { layer, problems };
}
