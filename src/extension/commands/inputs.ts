import * as vscode from 'vscode';
import { impossibleDateReason } from '../../core/dates';
import type { Deps } from '../deps';

/**
 * The inputs a command was given as its second argument, keeping only the keys it knows: the
 * Explorer passes an array of selected URIs there and editor menus an options object, and neither
 * is an answer to a prompt.
 */
export function commandInputs<K extends string>(value: unknown, keys: readonly K[]): { given: boolean; values: Partial<Record<K, unknown>> } {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof vscode.Uri) return { given: false, values: {} };
  const values: Partial<Record<K, unknown>> = {};
  let given = false;
  for (const key of keys) {
    if (key in value) {
      values[key] = (value as Record<string, unknown>)[key];
      given = true;
    }
  }
  return { given, values };
}

/** A string input, trimmed; undefined when absent or not text. */
export function textInput(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() : undefined;
}

/** Why a `YYYY-MM-DD` answer is not a date, or undefined when it is one. */
export function dateProblem(value: string, optional = false): string | undefined {
  const text = value.trim();
  if (text === '') return optional ? undefined : 'Write a date as YYYY-MM-DD, for example 2026-12-03.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'Write the date as YYYY-MM-DD, for example 2026-12-03.';
  const reason = impossibleDateReason(text);
  return reason ? `That is not a real date: ${reason}.` : undefined;
}

/** Why a meeting date answer (a date, or a date and a time) is not usable, or undefined. */
export function meetingDateProblem(value: string): string | undefined {
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2})?$/.test(text)) return 'Write YYYY-MM-DD, or YYYY-MM-DDTHH:MM for a time (2026-12-03T09:30).';
  const reason = impossibleDateReason(text);
  return reason ? `That is not a real date: ${reason}.` : undefined;
}

/** A meeting date as the format writes it: the time, if any, after a `T`. */
export function normaliseMeetingDate(value: string): string {
  return value.trim().replace(' ', 'T');
}

/** Asks for a date (YYYY-MM-DD), validated as typed; undefined when the user cancels. */
export async function askDate(deps: Pick<Deps, 'ui'>, prompt: string, value: string, optional = false): Promise<string | undefined> {
  const answer = await deps.ui.input({
    title: prompt,
    prompt: optional ? 'YYYY-MM-DD; leave empty to skip' : 'YYYY-MM-DD',
    value,
    valueSelection: [0, value.length],
    placeHolder: 'YYYY-MM-DD',
    validateInput: (text) => dateProblem(text, optional),
    ignoreFocusOut: true,
  });
  return answer === undefined ? undefined : answer.trim();
}

/** Asks for a line of text; undefined when the user cancels. */
export async function askText(deps: Pick<Deps, 'ui'>, options: { title: string; prompt?: string; value?: string; placeHolder?: string; required?: boolean }): Promise<string | undefined> {
  const answer = await deps.ui.input({
    title: options.title,
    prompt: options.prompt,
    value: options.value ?? '',
    placeHolder: options.placeHolder,
    ignoreFocusOut: true,
    validateInput: options.required ? (text) => (text.trim() === '' ? 'This cannot be empty.' : undefined) : undefined,
  });
  return answer === undefined ? undefined : answer.trim();
}
