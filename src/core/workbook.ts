import { SheetInput, isBlank, withBlanks } from "./cells";
import { READ_LIMITS } from "./limits";
import { matchKey } from "./names";
import { Period, periodOrder } from "./period";
import { Problem } from "./problems";
import { ReadOptions, readSheet } from "./read-table";
import { ScoreTable, columnsWithRole, tableId } from "./table";
import { compactText } from "./text";
import { LEVEL_END } from "./vocabulary";

/**
 * Tables whose units are the same set of places (the cities; the counties; a county's towns; a
 * city's departments) form a level.
 */
export interface Level {
  readonly id: number;
  readonly kind: "city" | "county" | "town" | "department" | "unknown";
  /** Table ids, in workbook order. */
  readonly tables: readonly string[];
}

export interface WorkbookTables {
  readonly tables: readonly ScoreTable[];
  readonly levels: readonly Level[];
  /** Per table id, its level's id. */
  readonly levelOf: ReadonlyMap<string, number>;
  /** Per table id, the id of the same level's table from the period just before, if any. */
  readonly previousOf: ReadonlyMap<string, string>;
  /** Problems about sheets rather than tables: where the reader could not tell the table. */
  readonly problems: readonly Problem[];
}

export interface WorkbookReadOptions {
  /** Per sheet name, column-role overrides (see {@link ReadOptions}). */
  readonly overrides?: Readonly<Record<string, ReadOptions["overrides"]>>;
  /** Per sheet name, areas the user marked as tables ("A3:H40"). */
  readonly ranges?: Readonly<Record<string, readonly string[]>>;
  /** Sheets with more rows of values are not searched (default {@link READ_LIMITS}.analysedRows). */
  readonly analysedRows?: number;
}

/**
 * The number of rows holding at least one value, counting no further than `stop`: a sheet of a
 * million household rows is told from a score table without walking all of it.
 * @example rowsWithValues([["a"], [], [EMPTY, 2]], 10) // => 2
 */
export function rowsWithValues(values: SheetInput["values"], stop: number): number {
  let n = 0;
  for (const row of values) {
    for (let c = 0; c < row.length; c++)
      if (!isBlank(row[c])) {
        n += 1;
        break;
      }
    if (n > stop) return n;
  }
  return n;
}

/** Fills in the year of periods written without one, from the workbook's other tables. */
export function inferYears(tables: readonly ScoreTable[]): ScoreTable[] {
  const counts = new Map<number, number>();
  for (const t of tables)
    if (t.period?.year != null) counts.set(t.period.year, (counts.get(t.period.year) ?? 0) + 1);
  if (counts.size === 0) return [...tables];
  const year = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  return tables.map((t) =>
    t.period && t.period.year === null ? { ...t, period: { ...t.period, year } } : t
  );
}

/**
 * Groups tables into levels: two tables are the same level when at least half the units of the
 * smaller one appear in the other (names matched ignoring suffixes).
 */
export function groupLevels(tables: readonly ScoreTable[]): Level[] {
  const parentOf = tables.map((_, i) => i);
  const find = (i: number): number => (parentOf[i] === i ? i : (parentOf[i] = find(parentOf[i])));
  const keys = tables.map((t) => new Set(t.units.map((u) => u.key)));
  // Plain arrays to walk: iterating a Set of thousands of keys, pair after pair, costs more.
  const keyLists = keys.map((set) => [...set]);
  for (let i = 0; i < tables.length; i++) {
    for (let j = i + 1; j < tables.length; j++) {
      let shared = 0;
      const list = keyLists[i];
      for (let k = 0; k < list.length; k++) if (keys[j].has(list[k])) shared += 1;
      if (shared * 2 >= Math.min(keys[i].size, keys[j].size)) parentOf[find(j)] = find(i);
    }
  }
  const roots = [...new Set(tables.map((_, i) => find(i)))];
  // A 所属市 column repeats each parent for every one of its units: key each spelling once.
  const parentKeys = new Set<string>();
  const keyed = new Set<string>();
  for (const t of tables)
    for (const u of t.units)
      if (u.parent && !keyed.has(u.parent)) {
        keyed.add(u.parent);
        parentKeys.add(matchKey(u.parent));
      }
  return roots.map((root, id) => {
    const members = tables.filter((_, i) => find(i) === root);
    const hasParentColumn = members.some((t) => columnsWithRole(t, "parent").length > 0);
    const units = members.flatMap((t) => t.units);
    const parentsHere = units.filter((u) => parentKeys.has(u.key)).length;
    const names = units.map((u) => compactText(u.name));
    const ending = (re: RegExp) => names.filter((n) => re.test(n)).length;
    const citySuffix = ending(LEVEL_END.city);
    const countySuffix = ending(LEVEL_END.county);
    let kind: Level["kind"] = "unknown";
    if (ending(LEVEL_END.town) * 2 > units.length) kind = "town";
    else if (ending(LEVEL_END.office) * 2 > units.length) kind = "department";
    else if (hasParentColumn || countySuffix > citySuffix * 2) kind = "county";
    else if (parentsHere * 2 >= units.length || citySuffix > countySuffix) kind = "city";
    return { id, kind, tables: members.map(tableId) };
  });
}

function previousTable(table: ScoreTable, sameLevel: readonly ScoreTable[]): ScoreTable | null {
  const p = table.period;
  if (!p) return null;
  const earlier = sameLevel.filter((t) => t.period && periodOrder(t.period, p) < 0);
  const best = (list: ScoreTable[]) =>
    list.reduce<ScoreTable | null>(
      (acc, t) => (acc && periodOrder(acc.period as Period, t.period as Period) >= 0 ? acc : t),
      null
    );
  return best(earlier.filter((t) => t.period?.kind === p.kind)) ?? best(earlier);
}

/** Reads every sheet's tables, completes their periods and finds levels and previous periods. */
export function readWorkbook(
  sheets: readonly SheetInput[],
  options: WorkbookReadOptions = {}
): WorkbookTables {
  const most = options.analysedRows ?? READ_LIMITS.analysedRows;
  const readings = sheets.map(withBlanks).map((s) => {
    // Ranking costs about 10 KB and 0.3 ms a unit: a sheet past the cap is kept in the file but
    // not searched, and the user is told which and why (src/core/limits.ts).
    const rows = rowsWithValues(s.values, most);
    if (rows > most) {
      const tooLarge: Problem = {
        sheet: s.name,
        cell: "",
        severity: "warning",
        code: "sheetTooLarge",
        params: { sheet: s.name, max: most },
      };
      return { tables: [], problems: [tooLarge] };
    }
    return readSheet(s, {
      overrides: options.overrides?.[s.name],
      ranges: options.ranges?.[s.name],
    });
  });
  const tables = inferYears(readings.flatMap((r) => r.tables));
  const levels = groupLevels(tables);
  const levelOf = new Map<string, number>();
  for (const level of levels) for (const id of level.tables) levelOf.set(id, level.id);
  const previousOf = new Map<string, string>();
  for (const t of tables) {
    const sameLevel = tables.filter(
      (o) => o !== t && levelOf.get(tableId(o)) === levelOf.get(tableId(t))
    );
    const prev = previousTable(t, sameLevel);
    if (prev) previousOf.set(tableId(t), tableId(prev));
  }
  return { tables, levels, levelOf, previousOf, problems: readings.flatMap((r) => r.problems) };
}
