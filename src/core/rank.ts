import { toCents } from "./round";

export type Rank = number;

/** How ties are ranked: Excel's RANK.EQ ("competition", 1 2 2 4) or 中国式排名 ("dense", 1 2 2 3). */
export type TieMethod = "competition" | "dense";

export interface RankOptions {
  /** "desc" ranks the highest score first (the default, as scores are ranked). */
  readonly order?: "desc" | "asc";
  readonly ties?: TieMethod;
}

/**
 * Ranks scores as Excel's RANK.EQ does: ties share the better rank and the next rank is skipped.
 * Scores are compared at 2 decimals, so 88.6 − 0.1 ties 88.5. A missing score (`null`, `NaN`)
 * gets no rank and does not count against anyone.
 * @example rank([99.8, 98.2, 98.2, 97]) // => [1, 2, 2, 4]
 * @example rank([99.8, 98.2, 98.2, 97], { ties: "dense" }) // => [1, 2, 2, 3]
 */
export function rank(
  scores: readonly (number | null)[],
  options: RankOptions = {}
): (Rank | null)[] {
  const sign = options.order === "asc" ? -1 : 1;
  const keys = scores.map((s) => (s === null || !Number.isFinite(s) ? null : sign * toCents(s)));
  const present = keys.filter((k): k is number => k !== null).sort((a, b) => b - a);
  const rankOf = new Map<number, Rank>();
  let distinct = 0;
  present.forEach((key, i) => {
    if (i > 0 && present[i - 1] === key) return;
    distinct += 1;
    rankOf.set(key, options.ties === "dense" ? distinct : i + 1);
  });
  return keys.map((k) => (k === null ? null : (rankOf.get(k) as Rank)));
}

/**
 * The rank a score would take among a field of scores that does not include it, ties sharing as
 * in {@link rank}. Built once (sorting the field), then each query is a binary search, so "rank
 * without bonus" for every unit stays O(n log n).
 * `exclude` removes one score of the field (the unit's own, unchanged total) from the count.
 * @example rankAgainst([90, 88.5, 80])(88.5) // => 2
 */
export function rankAgainst(
  field: readonly (number | null)[],
  ties: TieMethod = "competition"
): (score: number, exclude?: number | null) => Rank {
  const keys = field
    .filter((s): s is number => s !== null && Number.isFinite(s))
    .map(toCents)
    .sort((a, b) => a - b);
  const distinct = keys.filter((k, i) => i === 0 || keys[i - 1] !== k);
  /** Count of values strictly greater than `key` in a sorted array. */
  const above = (sorted: number[], key: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] <= key) lo = mid + 1;
      else hi = mid;
    }
    return sorted.length - lo;
  };
  const occurrences = (key: number): number => above(keys, key - 1) - above(keys, key);
  return (score, exclude = null) => {
    const key = toCents(score);
    const ex = exclude === null || !Number.isFinite(exclude) ? null : toCents(exclude);
    const excludedAbove = ex !== null && ex > key;
    if (ties === "dense") {
      const lostDistinct = excludedAbove && occurrences(ex) === 1 ? 1 : 0;
      return above(distinct, key) - lostDistinct + 1;
    }
    return above(keys, key) - (excludedAbove ? 1 : 0) + 1;
  };
}
