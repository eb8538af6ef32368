/** Edit distance between two short words, a swap of neighbours counting as one edit, stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2] + 1);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

/** A misspelt word as closestMatch compares it: lower case, runs of spaces and dashes as one `_`. */
export const normalisedWord = (word: string): string => word.toLowerCase().replace(/[\s-]+/g, '_');
/** A candidate as closestMatch compares it: lower case, each dash as `_`. */
export const normalisedCandidate = (candidate: string): string => candidate.toLowerCase().replace(/-/g, '_');

/**
 * Whether a candidate of this length (as normalised) can be close enough to a word of this length:
 * true for every candidate closestMatch could pick (a superset: lower-casing may change a length).
 */
export const mayMatchLength = (wordLength: number, candidateLength: number): boolean => Math.abs(wordLength - candidateLength) <= Math.floor(candidateLength / 3) + 2;

/** The closest candidate to a misspelt word, or undefined when none is close enough to be a typo. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const normalised = normalisedWord(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const target = normalisedCandidate(candidate);
    if (target === normalised) return candidate;
    const limit = Math.max(1, Math.floor(candidate.length / 3));
    const distance = editDistance(normalised, target, limit);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
