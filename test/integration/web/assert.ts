// The assertions the web suite uses, for the web worker, which has no `node:assert`. The web build
// of the suite (test/vscode/build-suite.mjs) also hands this module to the shared helpers in place
// of `node:assert/strict`, so they run unchanged. Strict semantics only: no type coercion.

/** Thrown by a failed assertion; mocha prints its message. */
export class AssertionError extends Error {
  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
  ) {
    super(message);
    this.name = 'AssertionError';
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value, undefined, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Fails unless `value` is truthy. */
export function ok(value: unknown, message?: string): asserts value {
  if (!value) throw new AssertionError(message ?? `expected a truthy value, got ${show(value)}`, value, true);
}

/** Fails unless `actual` and `expected` are the same value (`Object.is`). */
export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) throw new AssertionError(message ?? `expected ${show(expected)}, got ${show(actual)}`, actual, expected);
}

/** Fails if `actual` and `expected` are the same value. */
export function notEqual(actual: unknown, expected: unknown, message?: string): void {
  if (Object.is(actual, expected)) throw new AssertionError(message ?? `expected anything but ${show(expected)}`, actual, expected);
}

/** Fails unless the two are structurally equal: same prototypes, same own keys, equal values all the way down. */
export function deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!same(actual, expected)) throw new AssertionError(message ?? `expected ${show(expected)},\n     got ${show(actual)}`, actual, expected);
}

/** Fails unless `text` is a string that `pattern` matches. */
export function match(text: unknown, pattern: RegExp, message?: string): void {
  if (typeof text !== 'string' || !pattern.test(text)) throw new AssertionError(message ?? `expected ${show(text)} to match ${String(pattern)}`, text, pattern);
}

/** Fails unconditionally. */
export function fail(message = 'failed'): never {
  throw new AssertionError(message);
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([key, value]) => b.has(key) && same(value, b.get(key)));
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((value) => b.has(value));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && same(recordA[key], recordB[key]));
}
