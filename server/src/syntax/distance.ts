/** Edit distance and "did you mean" lookup shared by every layer. */

/** Levenshtein distance between two strings, counting UTF-16 code units. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate closest to `name`, if it is close enough to be a plausible typo:
 * at most a third of the longer string's length (and at least one edit) away.
 */
export function closest<T>(name: string, candidates: Iterable<T>, keysOf: (candidate: T) => readonly string[]): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  const lower = name.toLowerCase();
  for (const candidate of candidates) {
    for (const key of keysOf(candidate)) {
      const distance = editDistance(lower, key.toLowerCase());
      const limit = Math.max(1, Math.floor(Math.max(name.length, key.length) / 3));
      if (distance <= limit && distance < bestScore) {
        best = candidate;
        bestScore = distance;
      }
    }
  }
  return best;
}
