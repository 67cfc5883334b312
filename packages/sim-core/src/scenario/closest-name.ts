/**
 * "Did you mean …?": the known name nearest a mistyped one, used wherever a user names
 * something (a parameter, a lever, a field, a command-line option, a scenario).
 */

/** The candidate nearest `text` (ignoring case), if near enough to be a plausible typo. */
export function closestName(text: string, candidates: readonly string[]): string | undefined {
  const target = text.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const allowed = Math.max(2, Math.floor(text.length / 4));
  for (const candidate of candidates) {
    // The distance is at least the difference in length: skip what cannot be near (a 20 KB key
    // against 30-letter names once took 23 s, the full table being quadratic).
    if (Math.abs(candidate.length - text.length) > Math.min(allowed, bestDistance)) continue;
    const d = editDistance(target, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/** Edit distance: insertions, deletions, substitutions and swaps of adjacent letters each cost 1. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
