/**
 * A plain reference implementation of the ranking rules, written from the spec (issue 2 §3 and
 * domain.md), for property tests and formula checks. It is slow (O(n²)) and obviously correct:
 * scores are whole hundredths from the start, so no floating point is ever compared.
 */
import { GenScore, GenTable, FLAG_HEADER } from "./random-tables";

export type Ties = "competition" | "dense";

/** Hundredths of a point from thousandths: Excel's ROUND(x, 2), half away from zero. */
export function centsOf(s: GenScore): number | null {
  if (s.mills === null) return null;
  const abs = Math.floor((Math.abs(s.mills) + 5) / 10);
  return s.mills < 0 ? -abs : abs;
}

/** Ranks, highest first: one plus how many (competition) or how many distinct (dense) are higher. */
export function refRanks(values: readonly (number | null)[], ties: Ties): (number | null)[] {
  return values.map((v) => {
    if (v === null) return null;
    const higher = values.filter((w): w is number => w !== null && w > v);
    return 1 + (ties === "dense" ? new Set(higher).size : higher.length);
  });
}

/** The rank `score` would take among `others` (which do not include it). */
export function refRankAmong(
  score: number,
  others: readonly (number | null)[],
  ties: Ties
): number {
  const higher = others.filter((w): w is number => w !== null && w > score);
  return 1 + (ties === "dense" ? new Set(higher).size : higher.length);
}

export interface ExpectedUnit {
  readonly name: string;
  readonly base: string;
  readonly total: number | null;
  readonly rank: number | null;
  readonly componentRanks: Record<string, number | null>;
  readonly rankWithoutBonus: number | null;
  readonly gapToFirst: number | null;
  readonly gapToAbove: number | null;
  readonly groupRanks: Record<string, number>;
  readonly previousRank: number | null;
  readonly rankChange: number | null;
}

/** A score in units of its table's last decimal: thousandths at 3 decimals, else hundredths. */
export function scaledOf(s: GenScore, decimals: 2 | 3): number | null {
  return decimals === 3 ? s.mills : centsOf(s);
}

/**
 * The decimals a generated table is compared at: 3 when any score cell the reader reads (parts,
 * bonus, deduction, a printed total) shows a third decimal, else 2 — what the sheet shows.
 */
export function tableDecimals(t: GenTable): 2 | 3 {
  const cells = t.units.flatMap((u) => [
    ...u.parts,
    ...(t.bonus === "none" ? [] : [u.bonus]),
    ...(t.deduction ? [u.deduction] : []),
    ...(t.printedTotal ? [u.total] : []),
  ]);
  return cells.some((s) => s.mills !== null && s.mills % 10 !== 0) ? 3 : 2;
}

/** Whether a row becomes a unit: it has a name and some score in a part or the total column. */
export function isRanked(t: GenTable, u: GenTable["units"][number]): boolean {
  return u.parts.some((p) => p.mills !== null) || (t.printedTotal && u.total.mills !== null);
}

/**
 * A unit's total in units of the table's last decimal: the printed total, or parts + bonus addend
 * − |deduction|.
 */
export function totalScaled(
  t: GenTable,
  u: GenTable["units"][number],
  d: 2 | 3 = tableDecimals(t)
): number | null {
  if (t.printedTotal) return scaledOf(u.total, d);
  const parts = u.parts.map((p) => scaledOf(p, d));
  if (parts.every((p) => p === null)) return null;
  const sum = (xs: (number | null)[]) => xs.reduce<number>((a, x) => a + (x ?? 0), 0);
  const bonus = t.bonus === "addend" ? (scaledOf(u.bonus, d) ?? 0) : 0;
  const deduction = t.deduction ? Math.abs(scaledOf(u.deduction, d) ?? 0) : 0;
  return sum(parts) + bonus - deduction;
}

/** What the report must say of each unit of `t` (keyed by name), previous period included. */
export function expectedUnits(
  t: GenTable,
  ties: Ties,
  previous: GenTable | null = null
): Map<string, ExpectedUnit> {
  const units = t.units.filter((u) => isRanked(t, u));
  // A sheet needs two units to hold a table at all.
  if (units.length < 2) return new Map();
  const d = tableDecimals(t);
  const scale = d === 3 ? 1000 : 100;
  const totals = units.map((u) => totalScaled(t, u, d));
  const ranks = refRanks(totals, ties);
  const partRanks = t.partHeaders.map((_, p) =>
    refRanks(
      units.map((u) => scaledOf(u.parts[p], d)),
      ties
    )
  );
  const present = totals.filter((x): x is number => x !== null);
  const max = present.length ? Math.max(...present) : null;
  const previousRanks = new Map<string, number | null>();
  if (previous) {
    const prev = expectedUnits(previous, ties);
    for (const u of prev.values()) previousRanks.set(u.base, u.rank);
  }
  const out = new Map<string, ExpectedUnit>();
  units.forEach((u, i) => {
    const total = totals[i];
    const rank = ranks[i];
    const groupRanks: Record<string, number> = {};
    if (total !== null) {
      const others = (same: (v: (typeof units)[number]) => boolean) =>
        units.map((v, j) => (same(v) && j !== i ? totals[j] : null));
      if (t.parentMode !== "none")
        groupRanks[u.parent] = refRankAmong(
          total,
          others((v) => v.parent === u.parent),
          ties
        );
      if (t.flag && u.flagged)
        groupRanks[FLAG_HEADER] = refRankAmong(
          total,
          others((v) => v.flagged),
          ties
        );
    }
    const bonus = t.bonus === "none" ? null : (scaledOf(u.bonus, d) ?? 0);
    const above = present.filter((x) => total !== null && x > total);
    const previousRank = previousRanks.get(u.base) ?? null;
    out.set(u.name, {
      name: u.name,
      base: u.base,
      total: total === null ? null : total / scale,
      rank,
      componentRanks: Object.fromEntries(t.partHeaders.map((h, p) => [h, partRanks[p][i]])),
      rankWithoutBonus:
        total === null || bonus === null
          ? null
          : refRankAmong(
              total - bonus,
              totals.filter((_, j) => j !== i),
              ties
            ),
      gapToFirst: total === null || max === null ? null : (max - total) / scale,
      gapToAbove:
        total === null || above.length === 0 ? null : (Math.min(...above) - total) / scale,
      groupRanks,
      previousRank,
      rankChange: previousRank === null || rank === null ? null : previousRank - rank,
    });
  });
  return out;
}
