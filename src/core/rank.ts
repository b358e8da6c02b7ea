import { DEFAULT_DECIMALS, Decimals, toScaled } from "./round";

export type Rank = number;

/** Room for 2²⁰ scores per ranking; keys up to ±2³² still pack exactly into a double. */
const INDEX_SPAN = 1 << 20;
const MAX_PACKED_KEY = 2 ** 32;

/** How ties are ranked: Excel's RANK.EQ ("competition", 1 2 2 4) or 中国式排名 ("dense", 1 2 2 3). */
export type TieMethod = "competition" | "dense";

export interface RankOptions {
  /** "desc" ranks the highest score first (the default, as scores are ranked). */
  readonly order?: "desc" | "asc";
  readonly ties?: TieMethod;
  /** Decimals scores are compared at (the sheet's precision; 2 by default). */
  readonly decimals?: Decimals;
}

/**
 * Ranks scores as Excel's RANK.EQ does: ties share the better rank and the next rank is skipped.
 * Scores are compared at the sheet's precision (2 decimals unless `decimals` says otherwise), so
 * 88.6 − 0.1 ties 88.5, and on a 3-decimal sheet 95.125 ranks above 95.124. A missing score
 * (`null`, `NaN`) gets no rank and does not count against anyone.
 * @example rank([99.8, 98.2, 98.2, 97]) // => [1, 2, 2, 4]
 * @example rank([99.8, 98.2, 98.2, 97], { ties: "dense" }) // => [1, 2, 2, 3]
 */
export function rank(
  scores: readonly (number | null)[],
  options: RankOptions = {}
): (Rank | null)[] {
  if (scores.length > INDEX_SPAN) throw new RangeError(`rank takes at most ${INDEX_SPAN} scores`);
  const sign = options.order === "asc" ? -1 : 1;
  const decimals = options.decimals ?? DEFAULT_DECIMALS;
  const keys = new Float64Array(scores.length);
  // Each present score is packed with its index into one number (−key · 2²⁰ + index), so a
  // native numeric sort orders them best first without a comparator call per pair. Typed arrays
  // sized once: this runs for every column and group of every table.
  const packed = new Float64Array(scores.length);
  const present = new Int32Array(scores.length);
  let count = 0;
  let packable = true;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s === null || !Number.isFinite(s)) continue;
    keys[i] = sign * toScaled(s, decimals);
    if (Math.abs(keys[i]) >= MAX_PACKED_KEY) packable = false;
    packed[count] = -keys[i] * INDEX_SPAN + i;
    present[count] = i;
    count += 1;
  }
  // Scores too large to pack (never seen on a score sheet) are sorted the plain way.
  let order: ArrayLike<number>;
  if (packable) {
    const sorted = packed.subarray(0, count).sort();
    for (let j = 0; j < count; j++)
      present[j] = ((sorted[j] % INDEX_SPAN) + INDEX_SPAN) % INDEX_SPAN;
    order = present.subarray(0, count);
  } else order = Array.from(present.subarray(0, count)).sort((a, b) => keys[b] - keys[a] || a - b);
  const out: (Rank | null)[] = new Array<Rank | null>(scores.length).fill(null);
  const dense = options.ties === "dense";
  let distinct = 0;
  for (let j = 0; j < order.length; j++) {
    const index = order[j];
    if (j > 0 && keys[order[j - 1]] === keys[index]) {
      out[index] = out[order[j - 1]];
      continue;
    }
    distinct += 1;
    out[index] = dense ? distinct : j + 1;
  }
  return out;
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
  ties: TieMethod = "competition",
  decimals: Decimals = DEFAULT_DECIMALS
): (score: number, exclude?: number | null) => Rank {
  const toKey = (s: number) => toScaled(s, decimals);
  const keys = field
    .filter((s): s is number => s !== null && Number.isFinite(s))
    .map(toKey)
    .sort((a, b) => a - b);
  const distinct = keys.filter((k, i) => i === 0 || keys[i - 1] !== k);
  /** Count of values strictly greater than `key` in a sorted array. */
  const above = (sorted: number[], key: number): number => sorted.length - firstAbove(sorted, key);
  const occurrences = (key: number): number => above(keys, key - 1) - above(keys, key);
  return (score, exclude = null) => {
    const key = toKey(score);
    const ex = exclude === null || !Number.isFinite(exclude) ? null : toKey(exclude);
    const excludedAbove = ex !== null && ex > key;
    if (ties === "dense") {
      const lostDistinct = excludedAbove && occurrences(ex) === 1 ? 1 : 0;
      return above(distinct, key) - lostDistinct + 1;
    }
    return above(keys, key) - (excludedAbove ? 1 : 0) + 1;
  };
}

/**
 * Index of the first value greater than `key` in an ascending array (its length when none).
 * @example firstAbove([1, 2, 2, 5], 2) // => 3
 */
export function firstAbove(sorted: ArrayLike<number>, key: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
