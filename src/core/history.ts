import { TableAnalysis, UnitResult } from "./analyze";
import { MatchKey, matchKey } from "./names";
import { Period, formatPeriod, periodOrder } from "./period";
import { Rank } from "./rank";

/** The places a unit counts as "in the top" for a streak (连续N期前三). */
export const TOP_PLACES = 3;

/** How many periods in a row, counting back from the latest, a unit has stayed somewhere. */
export interface Streaks {
  /** Periods in a row with a rank of 3 or better (连续N期前三). */
  readonly topThree: number;
  /** Periods in a row inside the bottom-N line (连续N期后十). */
  readonly bottom: number;
  /** Periods in a row whose rank was worse than the period before (连续N期下降). */
  readonly falling: number;
}

/** One unit across every period of its level. */
export interface UnitHistory {
  readonly key: MatchKey;
  /** The name as the latest period that lists the unit spells it. */
  readonly name: string;
  /** Its parent (所属市) as the latest period that lists it writes it, or null. */
  readonly parent: string | null;
  /** Aligned with {@link LevelHistory.periods}: the unit's result there, null when not listed. */
  readonly results: readonly (UnitResult | null)[];
  readonly totals: readonly (number | null)[];
  readonly ranks: readonly (Rank | null)[];
  /** First period's rank minus the latest one's (positive is a rise); null when either is missing. */
  readonly changeFromFirst: number | null;
  /** The period before the latest one's rank minus the latest one's; null when either is missing. */
  readonly changeFromPrevious: number | null;
  /** The best and worst rank over all periods; null when the unit was never ranked. */
  readonly best: Rank | null;
  readonly worst: Rank | null;
  readonly streaks: Streaks;
}

/** A level's tables in period order, and each unit's place in each. */
export interface LevelHistory {
  readonly level: number;
  readonly levelKind: TableAnalysis["levelKind"];
  /** The level's tables that have a period, one per period, earliest first. */
  readonly periods: readonly TableAnalysis[];
  /** Ranked units in each period: the field the bottom-N line is counted in. */
  readonly fieldSizes: readonly number[];
  /** The latest period's units in rank order, then units it does not list, latest seen first. */
  readonly units: readonly UnitHistory[];
  /** The bottom-N line the `bottom` streaks count against. */
  readonly bottomLine: number;
}

/**
 * Each level's tables with a known period, earliest first ({@link periodOrder}: months, quarters,
 * halves and years on one scale, a year after its last quarter). Two tables of the same period
 * keep the first in workbook order; a table without a period cannot be placed and is left out.
 * @example historyPeriods([q3, q1, year, q2]) // => Map { 0 => [q1, q2, q3, year] }
 */
export function historyPeriods(
  analyses: readonly TableAnalysis[]
): Map<number, readonly TableAnalysis[]> {
  const byLevel = new Map<number, TableAnalysis[]>();
  const seen = new Set<string>();
  for (const a of analyses) {
    const p = a.table.period;
    if (!p) continue;
    const tag = `${a.level}|${p.kind}|${formatPeriod(p)}`;
    if (seen.has(tag)) continue;
    seen.add(tag);
    const list = byLevel.get(a.level) ?? [];
    list.push(a);
    byLevel.set(a.level, list);
  }
  for (const list of byLevel.values())
    list.sort((x, y) => periodOrder(x.table.period as Period, y.table.period as Period));
  return byLevel;
}

/** Counts back from the last element while `holds(i)` is true. */
function trailing(length: number, holds: (i: number) => boolean): number {
  let n = 0;
  for (let i = length - 1; i >= 0 && holds(i); i--) n += 1;
  return n;
}

/**
 * Whether a field has a bottom-N line: at least twice N units, so the line falls in its lower half.
 * "后十位" of the 96 counties is a warning; of 11 cities it would be nearly all of them.
 * @example hasBottomLine(96, 10) // => true; hasBottomLine(11, 10) // => false
 */
export function hasBottomLine(fieldSize: number, bottomLine: number): boolean {
  return fieldSize >= 2 * bottomLine;
}

/**
 * Whether a rank is inside the bottom-N line of a field: among the last N places, as the briefing
 * counts them (rank above field − N), in a field that has such a line ({@link hasBottomLine}).
 * @example inBottom(87, 96, 10) // => true; inBottom(86, 96, 10) // => false
 */
export function inBottom(rank: Rank, fieldSize: number, bottomLine: number): boolean {
  return hasBottomLine(fieldSize, bottomLine) && rank > fieldSize - bottomLine;
}

/**
 * Streaks of a rank series, counted back from its last period: how long a unit has stayed in the
 * top three, inside the bottom-N line, and falling. A period without a rank ends every streak.
 * @example streaks([5, 4, 6, 8], [96, 96, 96, 96], 10) // => { topThree: 0, bottom: 0, falling: 2 }
 */
export function streaks(
  ranks: readonly (Rank | null)[],
  fieldSizes: readonly number[],
  bottomLine: number
): Streaks {
  if (ranks.length !== fieldSizes.length)
    throw new RangeError("streaks requires one field size per period");
  const n = ranks.length;
  return {
    topThree: trailing(n, (i) => ranks[i] !== null && (ranks[i] as Rank) <= TOP_PLACES),
    bottom: trailing(n, (i) => {
      const r = ranks[i];
      return r !== null && inBottom(r, fieldSizes[i], bottomLine);
    }),
    falling: trailing(n - 1, (j) => {
      const before = ranks[j];
      const after = ranks[j + 1];
      return before !== null && after !== null && after > before;
    }),
  };
}

/**
 * A parent as the table spells it most often (安康市 for 安康 and 安康市), its match key worked out
 * once per spelling: a level has a few parents and thousands of units.
 * @example const spell = parentSpelling(); spell(county, "安康") // => "安康市" (as the table mostly writes it)
 */
export function parentSpelling(): (a: TableAnalysis, parent: string | null) => string | null {
  const keys = new Map<string, MatchKey>();
  return (a, parent) => {
    if (!parent) return null;
    let key = keys.get(parent);
    if (key === undefined) {
      key = matchKey(parent);
      keys.set(parent, key);
    }
    return a.parentNames.get(key) ?? parent;
  };
}

/** A table's units by match key: the first in rank order, as MATCH on its ranking sheet finds. */
function firstByKey(a: TableAnalysis): Map<MatchKey, UnitResult> {
  const map = new Map<MatchKey, UnitResult>();
  for (const u of a.units) if (!map.has(u.unit.key)) map.set(u.unit.key, u);
  return map;
}

function difference(before: Rank | null, after: Rank | null): number | null {
  return before === null || after === null ? null : before - after;
}

/**
 * Every level's rank history over all its periods (levels with at least two), in the work of
 * units × periods: each period's units are indexed by match key once.
 * @example levelHistories(analyses, { bottomLine: 10 })[0].units[0]
 *   // => { name: "平利县", ranks: [6, 1], changeFromFirst: 5, streaks: { topThree: 1, … }, … }
 */
export function levelHistories(
  analyses: readonly TableAnalysis[],
  options: { readonly bottomLine: number }
): LevelHistory[] {
  const out: LevelHistory[] = [];
  for (const [level, periods] of historyPeriods(analyses)) {
    if (periods.length < 2) continue;
    const maps = periods.map(firstByKey);
    const fieldSizes = periods.map((a) => a.units.filter((u) => u.rank !== null).length);
    // The latest period's order first; units it does not list follow, the most recently seen first.
    const keys: MatchKey[] = [];
    const known = new Set<MatchKey>();
    for (let p = periods.length - 1; p >= 0; p--) {
      for (const u of periods[p].units) {
        if (known.has(u.unit.key)) continue;
        known.add(u.unit.key);
        keys.push(u.unit.key);
      }
    }
    const spell = parentSpelling();
    const units = keys.map((key): UnitHistory => {
      const results = maps.map((m) => m.get(key) ?? null);
      const ranks = results.map((r) => r?.rank ?? null);
      const latestAt = results.map((r, p) => (r ? p : -1)).reduce((a, b) => Math.max(a, b));
      const latest = results[latestAt] as UnitResult;
      const present = ranks.filter((r): r is Rank => r !== null);
      const n = periods.length;
      return {
        key,
        name: latest.unit.name,
        parent: spell(periods[latestAt], latest.unit.parent),
        results,
        totals: results.map((r) => r?.total ?? null),
        ranks,
        changeFromFirst: difference(ranks[0], ranks[n - 1]),
        changeFromPrevious: difference(ranks[n - 2], ranks[n - 1]),
        best: present.length ? Math.min(...present) : null,
        worst: present.length ? Math.max(...present) : null,
        streaks: streaks(ranks, fieldSizes, options.bottomLine),
      };
    });
    out.push({
      level,
      levelKind: periods[0].levelKind,
      periods,
      fieldSizes,
      units,
      bottomLine: options.bottomLine,
    });
  }
  return out;
}
