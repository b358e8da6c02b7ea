import { Period } from "./period";
import { ParsedScore } from "./parse-score";
import { MatchKey, UnitName } from "./names";
import { Problem } from "./problems";
import { Decimals } from "./round";

/**
 * What a column of a score table holds.
 * - `part`: a score that makes up the total (交叉检查得分, 八办两组得分 …)
 * - `bonus`: 加分; an addend unless it is a breakdown (其中：加分) of the column before it
 * - `deduction`: 扣分, always subtracted
 * - `total`: the printed total, the truth to rank by
 * - `rank`: the printed rank, checked against the computed one
 * - `flag`: a column of 是/√ marks that defines a group (深度贫困县)
 * - `grade`: a grade (等次: 优秀/良好/一般/较差), carried as text and never read as a score
 */
export type ColumnRole =
  | "seq"
  | "name"
  | "parent"
  | "part"
  | "bonus"
  | "deduction"
  | "total"
  | "rank"
  | "flag"
  | "grade"
  | "ignore";

export const COLUMN_ROLES: readonly ColumnRole[] = [
  "seq",
  "name",
  "parent",
  "part",
  "bonus",
  "deduction",
  "total",
  "rank",
  "flag",
  "grade",
  "ignore",
];

export interface TableColumn {
  /** 0-based column index in the source sheet. */
  readonly index: number;
  /** The header as the report names it: the header rows' texts joined by a space. */
  readonly header: string;
  readonly role: ColumnRole;
  /** For `bonus`: true when it adds to the total, false for a breakdown (其中：加分). */
  readonly addend: boolean;
  /** For `part`: the weight its header states ("日常考核（40%）" → 0.4), or null. */
  readonly weight: number | null;
}

/** A cell of the source sheet, 0-based. */
export interface CellPos {
  readonly row: number;
  readonly col: number;
}

/**
 * One score cell of a unit: where it is, and what it held as the engine reads it (its `kind`, and
 * `value`: the number, or null when blank or not a number). One object per cell, not a cell and its
 * reading: a sheet of thousands of units holds tens of thousands of these.
 */
export type ScoreCell = CellPos &
  (
    | Extract<ParsedScore, { kind: "number" | "repaired" }>
    | (Extract<ParsedScore, { kind: "empty" | "invalid" }> & { readonly value: null })
  );

export interface UnitRow extends CellPos {
  /** Trimmed name as written; `row` and `col` are its cell in the source sheet. */
  readonly name: UnitName;
  readonly key: MatchKey;
  /** Its place in the table as read (blocks left to right, rows top to bottom). */
  readonly index: number;
  readonly parent: UnitName | null;
  /** The section row above it ("一类县（区）"), trimmed, or null. */
  readonly section: string | null;
  /** Its grade (优秀 …) when the table has a grade column, and that cell. */
  readonly grade: string | null;
  readonly gradeCell: CellPos | null;
  /** Aligned with the table's flag columns. */
  readonly flags: readonly boolean[];
  /** Aligned with the table's part columns. */
  readonly parts: readonly ScoreCell[];
  readonly bonuses: readonly ScoreCell[];
  readonly deductions: readonly ScoreCell[];
  readonly printedTotal: ScoreCell | null;
  readonly printedRank: ScoreCell | null;
}

export interface ScoreTable {
  readonly sheet: string;
  /** Which table of its sheet (0 for the first). */
  readonly index: number;
  readonly title: string;
  readonly period: Period | null;
  /** 0-based first and last header rows (header columns, for a table read across). */
  readonly headerTop: number;
  readonly headerBottom: number;
  /** "rows": a unit per row; "columns": a unit per column (a table printed across). */
  readonly orientation: "rows" | "columns";
  /** Decimals its scores are compared at (2 unless the sheet shows more). */
  readonly precision: Decimals;
  readonly columns: readonly TableColumn[];
  readonly units: readonly UnitRow[];
  readonly problems: readonly Problem[];
}

export function columnsWithRole(
  table: Pick<ScoreTable, "columns">,
  role: ColumnRole
): TableColumn[] {
  return table.columns.filter((c) => c.role === role);
}

/**
 * A unit's cell in one of its table's part, bonus or deduction columns. Found by the column's
 * place among those of its role, not by its letter: in side-by-side blocks and tables printed
 * across, each unit's cells stand elsewhere.
 */
export function termCell(
  table: Pick<ScoreTable, "columns">,
  unit: UnitRow,
  column: TableColumn
): ScoreCell | undefined {
  return termReader(table, column)(unit);
}

/** {@link termCell} for many units: the column's place among those of its role is found once. */
export function termReader(
  table: Pick<ScoreTable, "columns">,
  column: TableColumn
): (unit: UnitRow) => ScoreCell | undefined {
  const i = columnsWithRole(table, column.role).findIndex((c) => c.index === column.index);
  if (column.role === "part") return (unit) => unit.parts[i];
  if (column.role === "bonus") return (unit) => unit.bonuses[i];
  if (column.role === "deduction") return (unit) => unit.deductions[i];
  return () => undefined;
}

/** A stable id for a table: its sheet, and its place there when a sheet holds several. */
export function tableId(table: Pick<ScoreTable, "sheet" | "index">): string {
  return table.index === 0 ? table.sheet : `${table.sheet}#${table.index + 1}`;
}
