import { Period } from "./period";
import { ParsedScore } from "./parse-score";
import { MatchKey, UnitName } from "./names";
import { Problem } from "./problems";

/**
 * What a column of a score table holds.
 * - `part`: a score that makes up the total (交叉检查得分, 八办两组得分 …)
 * - `bonus`: 加分; an addend unless it is a breakdown (其中：加分) of the column before it
 * - `deduction`: 扣分, always subtracted
 * - `total`: the printed total, the truth to rank by
 * - `rank`: the printed rank, checked against the computed one
 * - `flag`: a column of 是/√ marks that defines a group (深度贫困县)
 */
export type ColumnRole =
  "seq" | "name" | "parent" | "part" | "bonus" | "deduction" | "total" | "rank" | "flag" | "ignore";

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
}

/** One score cell of a unit: where it is, what it held, what the engine reads it as. */
export interface ScoreCell {
  readonly col: number;
  readonly parsed: ParsedScore;
  /** The number, or null when blank or not a number. */
  readonly value: number | null;
}

export interface UnitRow {
  /** Trimmed name as written. */
  readonly name: UnitName;
  readonly key: MatchKey;
  /** 0-based source row. */
  readonly row: number;
  readonly parent: UnitName | null;
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
  /** 0-based first and last header rows. */
  readonly headerTop: number;
  readonly headerBottom: number;
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

/** A stable id for a table: its sheet, and its place there when a sheet holds several. */
export function tableId(table: Pick<ScoreTable, "sheet" | "index">): string {
  return table.index === 0 ? table.sheet : `${table.sheet}#${table.index + 1}`;
}
