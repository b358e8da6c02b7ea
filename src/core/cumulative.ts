import { TableAnalysis, UnitResult } from "./analyze";
import { historyPeriods, parentSpelling } from "./history";
import { MatchKey } from "./names";
import { Period } from "./period";
import { Rank, TieMethod, rank } from "./rank";
import { Decimals, scaleOf, toScaled } from "./round";

/**
 * How a year's periods add up to a cumulative (year-to-date) score: the average of the periods'
 * totals (the default), or their sum. Provinces differ; the settings choose.
 */
export type CumulativeMethod = "average" | "sum";

export const CUMULATIVE_METHODS: readonly CumulativeMethod[] = ["average", "sum"];

/** One unit's year to date. */
export interface CumulativeUnit {
  readonly key: MatchKey;
  /** The name as the latest period that lists the unit spells it. */
  readonly name: string;
  readonly parent: string | null;
  /** Aligned with {@link CumulativeStanding.periods}: its total there, null when missing. */
  readonly totals: readonly (number | null)[];
  /** Periods in which it has a total. */
  readonly counted: number;
  /**
   * The average (or sum) of its totals at the standing's precision; null unless it has a total in
   * every period: a unit that missed a period is listed with what it has, but not ranked, since
   * an average of fewer periods (or a smaller sum) would not be comparable with the others'.
   */
  readonly score: number | null;
  readonly rank: Rank | null;
  /** Points behind the best score (0 for the first). */
  readonly gapToFirst: number | null;
  /** Points behind the next better distinct score; null for the first. */
  readonly gapToAbove: number | null;
  /** The same score over every period but the last, by the same rule. */
  readonly previousScore: number | null;
  readonly previousRank: Rank | null;
  /** Previous rank minus rank: positive is a rise. */
  readonly rankChange: number | null;
}

/** A level's cumulative ranking for one year. */
export interface CumulativeStanding {
  readonly level: number;
  readonly levelKind: TableAnalysis["levelKind"];
  /** The year, or null when no table of the workbook names one. */
  readonly year: number | null;
  readonly method: CumulativeMethod;
  /** The periods counted, earliest first: all of one kind (months, or quarters, or halves). */
  readonly periods: readonly TableAnalysis[];
  /** Decimals the scores are compared at: the finest of the periods'. */
  readonly decimals: Decimals;
  readonly ties: TieMethod;
  /** Ranked units in rank order, then the units left unranked. */
  readonly units: readonly CumulativeUnit[];
}

const GRAIN: readonly Period["kind"][] = ["month", "quarter", "half"];

/**
 * The periods a level's cumulative ranking counts, per year: those of the kind the year has most
 * of (months before quarters before halves when as many), at least two of them. A whole-year table
 * is the province's own year ranking, never an addend: counting it with its quarters would count
 * the year twice.
 * @example cumulativePeriods([q1, q2, q3, q4, year2024]) // => Map { 2024 => [q1, q2, q3, q4] }
 */
export function cumulativePeriods(
  periods: readonly TableAnalysis[]
): Map<number | null, TableAnalysis[]> {
  const byYear = new Map<number | null, TableAnalysis[]>();
  for (const a of periods) {
    const p = a.table.period;
    if (!p || p.kind === "year") continue;
    const list = byYear.get(p.year) ?? [];
    list.push(a);
    byYear.set(p.year, list);
  }
  const out = new Map<number | null, TableAnalysis[]>();
  for (const [year, list] of byYear) {
    const count = (kind: Period["kind"]) => list.filter((a) => a.table.period?.kind === kind);
    const best = GRAIN.map(count).reduce((a, b) => (b.length > a.length ? b : a));
    if (best.length >= 2) out.set(year, best);
  }
  return out;
}

/**
 * A cumulative score from per-period totals, or null when any is missing. Worked in whole units
 * of the last decimal, the average rounded half away from zero as Excel's ROUND(SUM(…)/k, d).
 * @example cumulativeScore([90.01, 90.02], 2, "average") // => 90.02 (90.015 rounded)
 * @example cumulativeScore([90.01, null], 2, "sum") // => null
 */
export function cumulativeScore(
  totals: readonly (number | null)[],
  decimals: Decimals,
  method: CumulativeMethod
): number | null {
  if (totals.length === 0 || totals.some((t) => t === null)) return null;
  const sum = totals.reduce<number>((acc, t) => acc + toScaled(t as number, decimals), 0);
  const scale = scaleOf(decimals);
  if (method === "sum") return sum / scale;
  const k = totals.length;
  const half = Math.floor((2 * Math.abs(sum) + k) / (2 * k));
  return (sum < 0 ? -half : half) / scale;
}

/** Gaps to the first and to the next better distinct score, at `decimals`. */
function gaps(
  scores: readonly (number | null)[],
  decimals: Decimals
): { first: number | null; above: number | null }[] {
  const scale = scaleOf(decimals);
  const keys = scores.map((s) => (s === null ? null : toScaled(s, decimals)));
  const distinct = [...new Set(keys.filter((k): k is number => k !== null))].sort((a, b) => a - b);
  const next = new Map(distinct.map((k, i) => [k, distinct[i + 1]]));
  const max = distinct.length ? distinct[distinct.length - 1] : null;
  return keys.map((k) => {
    if (k === null || max === null) return { first: null, above: null };
    const above = next.get(k);
    return { first: (max - k) / scale, above: above === undefined ? null : (above - k) / scale };
  });
}

/** A table's units by match key: the first in rank order, as MATCH on its ranking sheet finds. */
function firstByKey(a: TableAnalysis): Map<MatchKey, UnitResult> {
  const map = new Map<MatchKey, UnitResult>();
  for (const u of a.units) if (!map.has(u.unit.key)) map.set(u.unit.key, u);
  return map;
}

/**
 * Every level's cumulative (year-to-date) ranking, one per year that has at least two periods of
 * one kind: the average of each unit's totals (or their sum), ranked with the tables' tie rule,
 * with the gaps of a ranking sheet and the change from the same ranking one period earlier.
 * The work is units × periods: each period's units are indexed by match key once.
 * @example cumulativeStandings(analyses, { method: "average", ties: "competition" })[0].units[0]
 *   // => { name: "平利县", totals: [99.1, 99.8], score: 99.45, rank: 1, previousRank: 1, … }
 */
export function cumulativeStandings(
  analyses: readonly TableAnalysis[],
  options: { readonly method: CumulativeMethod; readonly ties: TieMethod }
): CumulativeStanding[] {
  const out: CumulativeStanding[] = [];
  for (const periods of historyPeriods(analyses).values()) {
    for (const [year, counted] of cumulativePeriods(periods)) {
      const decimals = Math.max(...counted.map((a) => a.table.precision));
      const maps = counted.map(firstByKey);
      const keys: MatchKey[] = [];
      const known = new Set<MatchKey>();
      for (let p = counted.length - 1; p >= 0; p--) {
        for (const u of counted[p].units) {
          if (known.has(u.unit.key)) continue;
          known.add(u.unit.key);
          keys.push(u.unit.key);
        }
      }
      const rows = keys.map((key) => {
        const results = maps.map((m) => m.get(key) ?? null);
        const latestAt = results.map((r, p) => (r ? p : -1)).reduce((a, b) => Math.max(a, b));
        const totals = results.map((r) => r?.total ?? null);
        return {
          key,
          latest: results[latestAt] as UnitResult,
          table: counted[latestAt],
          totals,
          score: cumulativeScore(totals, decimals, options.method),
          previousScore: cumulativeScore(totals.slice(0, -1), decimals, options.method),
        };
      });
      const ranks = rank(
        rows.map((r) => r.score),
        { ties: options.ties, decimals }
      );
      const previousRanks = rank(
        rows.map((r) => r.previousScore),
        { ties: options.ties, decimals }
      );
      const gap = gaps(
        rows.map((r) => r.score),
        decimals
      );
      const spell = parentSpelling();
      const units = rows.map((r, i): CumulativeUnit => {
        const rankNow = ranks[i];
        const before = previousRanks[i];
        return {
          key: r.key,
          name: r.latest.unit.name,
          parent: spell(r.table, r.latest.unit.parent),
          totals: r.totals,
          counted: r.totals.filter((t) => t !== null).length,
          score: r.score,
          rank: rankNow,
          gapToFirst: gap[i].first,
          gapToAbove: gap[i].above,
          previousScore: r.previousScore,
          previousRank: before,
          rankChange: rankNow === null || before === null ? null : before - rankNow,
        };
      });
      // Rank order; ties, and the unranked at the end, in the order listed (the latest period's).
      const byRank = (a: { u: CumulativeUnit; i: number }, b: { u: CumulativeUnit; i: number }) => {
        if (a.u.rank === null || b.u.rank === null)
          return a.u.rank === null ? (b.u.rank === null ? a.i - b.i : 1) : -1;
        return a.u.rank - b.u.rank || a.i - b.i;
      };
      const order = units
        .map((u, i) => ({ u, i }))
        .sort(byRank)
        .map((x) => x.u);
      out.push({
        level: counted[0].level,
        levelKind: counted[0].levelKind,
        year,
        method: options.method,
        periods: counted,
        decimals,
        ties: options.ties,
        units: order,
      });
    }
  }
  return out;
}
