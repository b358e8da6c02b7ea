import { cellAddress, columnLabel } from "./address";
import { CellValue, Grid, SheetInput, cellAt, cellText, gridWidth, isBlank } from "./cells";
import { ColumnStats, assignRoles, columnStats, isFlagYes } from "./column-roles";
import { findHeaderAnchor, headerBlockAt, looksLikeHeaderRow, mergedText } from "./header-detect";
import { matchKey } from "./names";
import { isScoreLike, parseScore } from "./parse-score";
import { mergePeriods, parsePeriod } from "./period";
import { Problem } from "./problems";
import { ColumnRole, ScoreCell, ScoreTable, TableColumn, UnitRow } from "./table";
import { compactText, trimText } from "./text";
import { HEADER, NOTE_ROW, SUMMARY_ROW, UNITS_ROW } from "./vocabulary";

/** A role the user sets for a column by hand; "breakdown" is a bonus that is not an addend. */
export type RoleOverride = ColumnRole | "breakdown";

export interface ReadOptions {
  /** Column-role overrides for this sheet, keyed by column letter ("E"). */
  readonly overrides?: Readonly<Record<string, RoleOverride>>;
}

/** Rows sampled to decide column roles. */
const STATS_ROWS = 500;

function isBlankRow(grid: Grid, row: number, width: number): boolean {
  for (let c = 0; c < width; c++) if (!isBlank(cellAt(grid, row, c))) return false;
  return true;
}

/** The first text cell of a row when it reads as a summary label (平均分, 合计), else "". */
function summaryLabel(grid: Grid, row: number, width: number): string {
  const t = firstText(grid, row, width);
  return t !== "" && typeof cellAt(grid, row, 0) !== "number" && SUMMARY_ROW.test(compactText(t))
    ? t
    : "";
}

/** The row's first non-blank cell when it is text; "" when it is a number or the row is blank. */
function firstText(grid: Grid, row: number, width: number): string {
  for (let c = 0; c < width; c++) {
    const v = cellAt(grid, row, c);
    if (typeof v === "number") return "";
    const t = cellText(v);
    if (t !== "") return t;
  }
  return "";
}

function hasScoreCell(grid: Grid, row: number, width: number): boolean {
  for (let c = 0; c < width; c++) if (isScoreLike(cellAt(grid, row, c))) return true;
  return false;
}

/** Where the table's rows stop at the latest: a note, the next table's header, or the sheet's end. */
function regionEnd(grid: Grid, from: number, width: number): number {
  for (let r = from; r < grid.length; r++) {
    // A note is text; a row with a score is a unit's, even one whose name starts with a footnote
    // mark ("*白河县") in a table without 序号.
    if (NOTE_ROW.test(compactText(firstText(grid, r, width))) && !hasScoreCell(grid, r, width))
      return r;
    if (looksLikeHeaderRow(grid, r, width)) return r;
  }
  return grid.length;
}

function titleAbove(grid: Grid, from: number, to: number, width: number): string {
  let title = "";
  for (let r = from; r < to; r++) {
    for (let c = 0; c < width; c++) {
      const t = cellText(cellAt(grid, r, c));
      // The table above may end in a note (注：…), often longer than the title below it.
      const skip = UNITS_ROW.test(compactText(t)) || NOTE_ROW.test(compactText(t));
      if (t.length > title.length && !skip) title = t;
    }
  }
  return title;
}

function applyOverrides(
  columns: TableColumn[],
  overrides: ReadOptions["overrides"]
): TableColumn[] {
  if (!overrides) return columns;
  const byIndex = new Map<number, RoleOverride>();
  for (const [letter, role] of Object.entries(overrides)) {
    const index = columns.findIndex((c) => columnLabel(c.index) === letter.toUpperCase());
    if (index >= 0) byIndex.set(index, role);
  }
  const newName = [...byIndex.values()].includes("name");
  return columns.map((c, i) => {
    const o = byIndex.get(i);
    if (o === undefined) return newName && c.role === "name" ? { ...c, role: "ignore" } : c;
    return o === "breakdown"
      ? { ...c, role: "bonus", addend: false }
      : { ...c, role: o, addend: o === "bonus" ? true : c.addend };
  });
}

/**
 * Finds every score table on a sheet: header (title and units rows above it, one to three header
 * rows), column roles, unit rows. Blank rows, summary rows (平均分) and rows without a name or
 * without scores are skipped; notes end the table. A sheet without a score table gives `[]`.
 * Each repaired cell, skipped row and empty score is a {@link Problem} with its address.
 */
export function readTables(sheet: SheetInput, options: ReadOptions = {}): ScoreTable[] {
  const grid = sheet.values;
  const width = gridWidth(grid);
  const tables: ScoreTable[] = [];
  let start = 0;
  // Where the next table's title may start: after the last unit row read so far. A table's
  // region runs on to the next header, so the next table's title and units rows lie inside it.
  let titleFrom = 0;
  while (start < grid.length) {
    const anchor = findHeaderAnchor(grid, start, width);
    if (anchor < 0) break;
    const block = headerBlockAt(grid, anchor, sheet.merges, width);
    const end = regionEnd(grid, block.bottom + 1, width);
    const table = readOneTable(sheet, tables.length, block, titleFrom, end, width, options);
    if (table) {
      tables.push(table);
      titleFrom = table.units[table.units.length - 1].row + 1;
    }
    start = Math.max(end, block.bottom + 1);
  }
  return tables;
}

function readOneTable(
  sheet: SheetInput,
  index: number,
  block: ReturnType<typeof headerBlockAt>,
  regionStart: number,
  end: number,
  width: number,
  options: ReadOptions
): ScoreTable | null {
  const grid = sheet.values;
  const nameCol = block.pieces.findIndex((ps) =>
    ps.some((p) => HEADER.name.test(compactText(p)) && !HEADER.parent.test(compactText(p)))
  );
  if (nameCol < 0) return null;
  const candidateRows: number[] = [];
  for (let r = block.bottom + 1; r < end; r++) {
    const name = compactText(cellText(cellAt(grid, r, nameCol)));
    if (name !== "" && !SUMMARY_ROW.test(name)) candidateRows.push(r);
  }
  // A column's role shows in any few hundred of its rows; beyond that, evenly spaced rows stand
  // for the rest, so reading 30,000 units costs no more here than reading 500.
  const step = Math.ceil(candidateRows.length / STATS_ROWS);
  const sampled = step > 1 ? candidateRows.filter((_, i) => i % step === 0) : candidateRows;
  const stats: ColumnStats[] = [];
  for (let c = 0; c < width; c++) stats.push(columnStats(sampled.map((r) => cellAt(grid, r, c))));
  const columns = applyOverrides(
    assignRoles(block.headers, block.pieces, stats, nameCol),
    options.overrides
  );
  const nameColumn = columns.find((c) => c.role === "name");
  const scoreColumns = columns.filter((c) => c.role === "part" || c.role === "total");
  if (!nameColumn || scoreColumns.length === 0) return null;

  const problems: Problem[] = [];
  const pending: Problem[] = [];
  const units: UnitRow[] = [];
  const problem = (
    row: number,
    col: number,
    severity: Problem["severity"],
    code: Problem["code"],
    params: Problem["params"] = {}
  ): Problem => ({
    sheet: sheet.name,
    cell: cellAddress(row, col),
    severity,
    code,
    params,
  });
  const byRole = (role: ColumnRole) => columns.filter((c) => c.role === role);
  const parentCol = byRole("parent")[0];
  const flagCols = byRole("flag");
  let lastParent: string | null = null;
  // A 所属市 column pasted without its merges keeps the name in a block's first row only: fill it
  // down. Only when no merge is known in that column; under known merges a blank is a blank.
  const fillDownParent =
    parentCol !== undefined &&
    !sheet.merges?.some(
      (m) =>
        m.left <= parentCol.index &&
        m.right >= parentCol.index &&
        m.bottom > block.bottom &&
        m.top < end
    );

  const partCols = byRole("part");
  const bonusCols = byRole("bonus");
  const deductionCols = byRole("deduction");
  const totalCol = byRole("total")[0];
  const rankCol = byRole("rank")[0];
  for (let r = block.bottom + 1; r < end; r++) {
    if (isBlankRow(grid, r, width)) {
      pending.push(problem(r, nameColumn.index, "info", "blankRowInside", { row: r + 1 }));
      continue;
    }
    // The parent is read before a row may be skipped: a pasted 所属市 column names the city in its
    // block's first row only, and that row may itself be one without scores.
    let parent: string | null = null;
    if (parentCol) {
      parent = trimText(mergedText(grid, sheet.merges, r, parentCol.index)) || null;
      if (parent === null && fillDownParent) parent = lastParent;
      lastParent = parent;
    }
    const name = trimText(cellText(cellAt(grid, r, nameColumn.index)));
    const hasScore = scoreColumns.some((c) => {
      const v = cellAt(grid, r, c.index);
      if (typeof v === "number") return true;
      const p = parseScore(v);
      return p.kind === "number" || p.kind === "repaired";
    });
    // A summary label usually sits in the name column, but some sheets put it under 序号.
    const summary =
      name !== ""
        ? SUMMARY_ROW.test(compactText(name))
          ? name
          : ""
        : summaryLabel(grid, r, width);
    if (summary !== "") {
      problems.push(
        ...pending.splice(0),
        problem(r, nameColumn.index, "info", "summaryRowSkipped", { name: summary })
      );
      continue;
    }
    if (name === "" || !hasScore) {
      const code =
        name === "" ? (hasScore ? "rowWithoutName" : "rowWithoutScores") : "rowWithoutScores";
      pending.push(problem(r, nameColumn.index, "warning", code, { name, row: r + 1 }));
      continue;
    }
    problems.push(...pending.splice(0));
    const cellOf = (col: TableColumn, kind: "score" | "total" | "extra"): ScoreCell => {
      const parsed = parseScore(cellAt(grid, r, col.index));
      const value = parsed.kind === "number" || parsed.kind === "repaired" ? parsed.value : null;
      const raw = parsed.kind === "number" ? "" : cellText(cellAt(grid, r, col.index));
      if (parsed.kind === "repaired") {
        problems.push(
          problem(r, col.index, "warning", "textNumber", {
            text: raw,
            value: parsed.value,
            column: col.header,
          })
        );
      } else if (parsed.kind === "invalid") {
        problems.push(
          problem(r, col.index, "warning", "notANumber", { text: raw, column: col.header })
        );
      } else if (parsed.kind === "empty" && kind !== "extra") {
        problems.push(
          problem(r, col.index, "warning", kind === "total" ? "emptyTotal" : "emptyScore", {
            column: col.header,
            name,
          })
        );
      }
      return { col: col.index, parsed, value };
    };
    units.push({
      name,
      key: matchKey(name),
      row: r,
      parent,
      flags: flagCols.map((c) => isFlagYes(flagCell(grid, sheet, r, c.index))),
      parts: partCols.map((c) => cellOf(c, "score")),
      bonuses: bonusCols.map((c) => cellOf(c, "extra")),
      deductions: deductionCols.map((c) => cellOf(c, "extra")),
      printedTotal: totalCol ? cellOf(totalCol, "total") : null,
      printedRank: rankCol ? rankCell(grid, r, rankCol.index) : null,
    });
  }
  if (units.length < 2) return null;
  const seen = new Map<string, UnitRow>();
  for (const u of units) {
    const first = seen.get(u.key);
    if (first)
      problems.push(
        problem(u.row, nameColumn.index, "warning", "duplicateUnit", {
          name: u.name,
          row: first.row + 1,
        })
      );
    else seen.set(u.key, u);
  }
  const title = titleAbove(grid, regionStart, block.top, width);
  return {
    sheet: sheet.name,
    index,
    title,
    period: mergePeriods(parsePeriod(title), parsePeriod(sheet.name)),
    headerTop: block.top,
    headerBottom: block.bottom,
    columns,
    units,
    problems,
  };
}

function flagCell(grid: Grid, sheet: SheetInput, row: number, col: number): CellValue {
  return mergedText(grid, sheet.merges, row, col);
}

function rankCell(grid: Grid, row: number, col: number): ScoreCell {
  const parsed = parseScore(cellAt(grid, row, col));
  return {
    col,
    parsed,
    value: parsed.kind === "number" || parsed.kind === "repaired" ? parsed.value : null,
  };
}
