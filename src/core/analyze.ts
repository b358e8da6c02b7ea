import { cellAddress } from "./address";
import { MatchKey, matchKey } from "./names";
import { Problem } from "./problems";
import { Rank, TieMethod, firstAbove, rank, rankAgainst } from "./rank";
import { Decimals, roundAt, scaleOf, toScaled } from "./round";
import { ScoreTable, UnitRow, columnsWithRole, tableId } from "./table";
import { Level, WorkbookTables } from "./workbook";

export interface AnalyzeOptions {
  /** RANK.EQ ("competition", the default) or 中国式排名 ("dense"). */
  readonly ties?: TieMethod;
}

export interface GroupRank {
  /** The parent's name as written in the unit's row, the flag column's header, or the section. */
  readonly group: string;
  readonly kind: "parent" | "flag" | "section";
  /** Index of the flag column among the table's flag columns (flag groups only). */
  readonly flagIndex: number;
  readonly rank: Rank;
  /** How many ranked units the group has. */
  readonly size: number;
}

export interface UnitResult {
  readonly unit: UnitRow;
  /** Rounded to the table's precision; null when the unit has no total to rank by. */
  readonly total: number | null;
  readonly rank: Rank | null;
  /** Each part's score at the table's precision, aligned with the table's part columns. */
  readonly parts: readonly (number | null)[];
  readonly partRanks: readonly (Rank | null)[];
  /** The unit's own bonus (all bonus columns), null when the table has no bonus column. */
  readonly bonus: number | null;
  readonly groupRanks: readonly GroupRank[];
  /** Points behind the first unit (first total minus own; 0 for the first). */
  readonly gapToFirst: number | null;
  /** Points behind the next better distinct total; null for the first. */
  readonly gapToAbove: number | null;
  /** Rank with the unit's own bonus removed and everyone else unchanged. */
  readonly rankWithoutBonus: Rank | null;
  readonly previousRank: Rank | null;
  /** Previous rank minus rank: positive is a rise. */
  readonly rankChange: number | null;
}

export interface TableAnalysis {
  readonly id: string;
  readonly table: ScoreTable;
  readonly level: number;
  readonly levelKind: Level["kind"];
  /** Id of the previous period's table, when one matched. */
  readonly previousId: string | null;
  /** Units in rank order (ties in source order), unranked units last. */
  readonly units: readonly UnitResult[];
  /** Canonical spelling of each parent group (the most common one), by match key. */
  readonly parentNames: ReadonlyMap<MatchKey, string>;
  readonly ties: TieMethod;
  /** The sheet prints each section's own ranks, and they are checked against those. */
  readonly printedRankBySection: boolean;
  /** The table's reading problems, and each printed rank that differs from the computed one. */
  readonly problems: readonly Problem[];
}

function sumScaled(values: readonly (number | null)[], decimals: Decimals): number {
  return values.reduce<number>((acc, v) => acc + (v === null ? 0 : toScaled(v, decimals)), 0);
}

/**
 * The total a unit is ranked by: the printed total, or its parts summed (+ bonus addends −
 * deductions) at the table's precision. Parts whose header states a weight (日常考核（40%）) count
 * by that weight, and the weighted sum is rounded as the sheet's ROUND would.
 */
export function unitTotal(table: ScoreTable, unit: UnitRow): number | null {
  return totalOf(table)(unit);
}

/** How a table makes each unit's total, its columns looked at once for all its units. */
function totalOf(table: ScoreTable): (unit: UnitRow) => number | null {
  const d = table.precision;
  const scale = scaleOf(d);
  if (columnsWithRole(table, "total").length > 0)
    return (unit) =>
      unit.printedTotal?.value == null ? null : roundAt(unit.printedTotal.value, d);
  const addend = columnsWithRole(table, "bonus").map((c) => c.addend);
  const partColumns = columnsWithRole(table, "part");
  const weights = partColumns.some((c) => c.weight !== null)
    ? partColumns.map((c) => c.weight ?? 1)
    : null;
  return (unit) => {
    const parts = unit.parts.map((p) => p.value);
    if (parts.every((p) => p === null)) return null;
    const addends = unit.bonuses.filter((_, i) => addend[i]).map((b) => b.value);
    const deductions = unit.deductions.map((x) => (x.value === null ? null : Math.abs(x.value)));
    const extras = sumScaled(addends, d) - sumScaled(deductions, d);
    if (weights) {
      const weighted = parts.reduce<number>(
        (acc, v, i) => acc + (v === null ? 0 : roundAt(v, d) * weights[i]),
        0
      );
      return (toScaled(weighted, d) + extras) / scale;
    }
    return (sumScaled(parts, d) + extras) / scale;
  };
}

/** Each unit's parent as a match key (null without one); a block's repeated parent is keyed once. */
function parentKeys(units: readonly UnitRow[]): (MatchKey | null)[] {
  const memo = new Map<string, MatchKey>();
  return units.map((u) => {
    if (!u.parent) return null;
    let key = memo.get(u.parent);
    if (key === undefined) {
      key = matchKey(u.parent);
      memo.set(u.parent, key);
    }
    return key;
  });
}

function canonicalNames(units: readonly UnitRow[]): Map<MatchKey, string> {
  const counts = new Map<MatchKey, Map<string, number>>();
  const keys = parentKeys(units);
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const k = keys[i];
    if (!u.parent || k === null) continue;
    const forms = counts.get(k) ?? new Map<string, number>();
    forms.set(u.parent, (forms.get(u.parent) ?? 0) + 1);
    counts.set(k, forms);
  }
  const names = new Map<MatchKey, string>();
  for (const [k, forms] of counts)
    names.set(k, [...forms.entries()].sort((a, b) => b[1] - a[1])[0][0]);
  return names;
}

/** Ranks within each group of units (same parent; each flag column; each section). */
function groupRanks(
  table: ScoreTable,
  totals: readonly (number | null)[],
  ties: TieMethod
): GroupRank[][] {
  // Most units are in one or two groups: each list is made at its size when first needed (a push
  // onto an empty array reserves room for 17).
  const out: GroupRank[][] = new Array<GroupRank[]>(table.units.length);
  const addGroups = (
    members: number[],
    group: (i: number) => string,
    kind: GroupRank["kind"],
    flagIndex: number
  ) => {
    const ranks = rank(
      members.map((i) => totals[i]),
      { ties, decimals: table.precision }
    );
    const size = ranks.filter((r) => r !== null).length;
    members.forEach((i, j) => {
      const r = ranks[j];
      if (r === null) return;
      const entry: GroupRank = { group: group(i), kind, flagIndex, rank: r, size };
      const held = out[i];
      if (held === undefined) out[i] = [entry];
      else held.push(entry);
    });
  };
  const byParent = new Map<string, number[]>();
  const keys = parentKeys(table.units);
  table.units.forEach((u, i) => {
    const k = keys[i];
    if (k === null) return;
    const members = byParent.get(k);
    if (members) members.push(i);
    else byParent.set(k, [i]);
  });
  for (const members of byParent.values())
    addGroups(members, (i) => table.units[i].parent as string, "parent", -1);
  columnsWithRole(table, "flag").forEach((col, f) => {
    const members = table.units.map((u, i) => (u.flags[f] ? i : -1)).filter((i) => i >= 0);
    addGroups(members, () => col.header, "flag", f);
  });
  const bySection = new Map<string, number[]>();
  table.units.forEach((u, i) => {
    if (u.section === null) return;
    const members = bySection.get(u.section);
    if (members) members.push(i);
    else bySection.set(u.section, [i]);
  });
  for (const [section, members] of bySection) addGroups(members, () => section, "section", -1);
  for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = [];
  return out;
}

/** Ranks, gaps, group ranks, rank without bonus and rank change for one table. */
function analyzeTable(
  table: ScoreTable,
  ties: TieMethod,
  { totals, ranks }: TotalsAndRanks,
  previousByKey: ReadonlyMap<MatchKey, Rank | null>
): UnitResult[] {
  const d = table.precision;
  const scale = scaleOf(d);
  const partValues = columnsWithRole(table, "part").map((_, p) =>
    table.units.map((u) =>
      u.parts[p].value === null ? null : roundAt(u.parts[p].value as number, d)
    )
  );
  const partRanks = partValues.map((values) => rank(values, { ties, decimals: d }));
  const hasBonus = columnsWithRole(table, "bonus").length > 0;
  const withoutBonus = rankAgainst(totals, ties, d);
  const cents = totals.map((t) => (t === null ? null : toScaled(t, d)));
  const present = Float64Array.from(cents.filter((k): k is number => k !== null)).sort();
  const maxCents = present.length ? present[present.length - 1] : null;
  const groups = groupRanks(table, totals, ties);
  // Thousands of units per table: one result object each, its arrays filled by plain loops.
  const results = new Array<UnitResult>(table.units.length);
  for (let i = 0; i < table.units.length; i++) {
    const unit = table.units[i];
    const total = totals[i];
    let bonus: number | null = null;
    if (hasBonus) {
      let scaled = 0;
      for (const b of unit.bonuses) if (b.value !== null) scaled += toScaled(b.value, d);
      bonus = scaled / scale;
    }
    const previousRank = previousByKey.get(unit.key) ?? null;
    const k = cents[i];
    let gapToAbove: number | null = null;
    if (k !== null) {
      const next = present[firstAbove(present, k)];
      gapToAbove = next === undefined ? null : (next - k) / scale;
    }
    const parts = new Array<number | null>(partValues.length);
    const ranksOfParts = new Array<Rank | null>(partValues.length);
    for (let p = 0; p < partValues.length; p++) {
      parts[p] = partValues[p][i];
      ranksOfParts[p] = partRanks[p][i];
    }
    results[i] = {
      unit,
      total,
      rank: ranks[i],
      parts,
      partRanks: ranksOfParts,
      bonus,
      groupRanks: groups[i],
      gapToFirst: k === null || maxCents === null ? null : (maxCents - k) / scale,
      gapToAbove,
      rankWithoutBonus:
        total === null || bonus === null ? null : withoutBonus(roundAt(total - bonus, d), total),
      previousRank,
      rankChange:
        previousRank === null || ranks[i] === null ? null : previousRank - (ranks[i] as Rank),
    };
  }
  return results;
}

interface TotalsAndRanks {
  readonly totals: readonly (number | null)[];
  readonly ranks: readonly (Rank | null)[];
}

/**
 * Each key's rank in a table. A unit listed twice takes its first listing in rank order: the
 * ranking sheet lists units so, and its previous-rank formula (MATCH) finds the first.
 */
function ranksByKey(table: ScoreTable, { ranks }: TotalsAndRanks): Map<MatchKey, Rank | null> {
  const first = new Map<MatchKey, number>();
  const { units } = table;
  for (let i = 0; i < units.length; i++) {
    const held = first.get(units[i].key);
    if (held === undefined || byRankAt(ranks, units, i, held) < 0) first.set(units[i].key, i);
  }
  const out = new Map<MatchKey, Rank | null>();
  for (const [key, i] of first) out.set(key, ranks[i]);
  return out;
}

/** {@link byRank} for the units at two indexes of a table, without making their results. */
function byRankAt(
  ranks: readonly (Rank | null)[],
  units: readonly UnitRow[],
  a: number,
  b: number
): number {
  return byRank({ rank: ranks[a], unit: units[a] }, { rank: ranks[b], unit: units[b] });
}

type Ranked = Pick<UnitResult, "rank" | "unit">;

function byRank(a: Ranked, b: Ranked): number {
  if (a.rank === null || b.rank === null)
    return a.rank === null ? (b.rank === null ? a.unit.index - b.unit.index : 1) : -1;
  return a.rank - b.rank || a.unit.index - b.unit.index;
}

function sectionRank(u: UnitResult): Rank | null {
  return u.groupRanks.find((g) => g.kind === "section")?.rank ?? null;
}

/**
 * Whether a sectioned table prints each section's own ranks (1, 2, 3 … again under 二类县): more
 * printed ranks agree with the section ranks than with the overall ones.
 */
function printedRankBySection(units: readonly UnitResult[]): boolean {
  let overall = 0;
  let section = 0;
  for (const u of units) {
    const printed = u.unit.printedRank?.value;
    if (printed == null) continue;
    if (printed === u.rank) overall += 1;
    if (u.unit.section !== null && printed === sectionRank(u)) section += 1;
  }
  return section > overall;
}

/**
 * Analyses every table of a workbook: ranks (RANK.EQ by default), part ranks, group ranks, gaps,
 * rank without bonus, and rank change against the same level's previous period.
 */
export function analyzeWorkbook(
  book: WorkbookTables,
  options: AnalyzeOptions = {}
): TableAnalysis[] {
  const ties = options.ties ?? "competition";
  const byId = new Map(book.tables.map((t) => [tableId(t), t]));
  const ranked = new Map(
    book.tables.map((t) => {
      const totals = t.units.map(totalOf(t));
      return [tableId(t), { totals, ranks: rank(totals, { ties, decimals: t.precision }) }];
    })
  );
  return book.tables.map((table) => {
    const id = tableId(table);
    const previousId = book.previousOf.get(id) ?? null;
    const previousTable = previousId ? byId.get(previousId) : undefined;
    const previousByKey = previousTable
      ? ranksByKey(previousTable, ranked.get(previousId as string) as TotalsAndRanks)
      : new Map<MatchKey, Rank | null>();
    const units = analyzeTable(table, ties, ranked.get(id) as TotalsAndRanks, previousByKey);
    const bySection = printedRankBySection(units);
    const rankProblems: Problem[] = [];
    for (const u of units) {
      const printed = u.unit.printedRank;
      if (!printed || printed.value === null) continue;
      const computed = bySection ? sectionRank(u) : u.rank;
      if (computed === null || printed.value === computed) continue;
      rankProblems.push({
        sheet: table.sheet,
        cell: cellAddress(printed.row, printed.col),
        severity: "warning",
        code: "printedRankDiffers",
        params: { name: u.unit.name, printed: printed.value, computed },
      });
    }
    return {
      id,
      table,
      problems: [...table.problems, ...rankProblems],
      level: book.levelOf.get(id) ?? -1,
      levelKind: book.levels.find((l) => l.id === book.levelOf.get(id))?.kind ?? "unknown",
      previousId,
      units: [...units].sort(byRank),
      parentNames: canonicalNames(table.units),
      ties,
      printedRankBySection: bySection,
    };
  });
}
