/**
 * Typed access to what the reader of issue 8 adds to its results: a table's precision and
 * orientation, a column's stated weight, a unit's section and grade, section group ranks and the
 * workbook's own problems. Each accessor reads the field loosely, so the tests compile against a
 * reader that does not have the field yet and fail on its value, not on a type error.
 */
import {
  GroupRank,
  Problem,
  ScoreTable,
  TableColumn,
  UnitRow,
  WorkbookTables,
} from "../../src/core";

interface TableExtras {
  readonly precision?: number;
  readonly orientation?: "rows" | "columns";
}

interface ColumnExtras {
  readonly weight?: number | null;
}

interface UnitExtras {
  readonly section?: string | null;
  readonly grade?: string | null;
}

interface WorkbookExtras {
  readonly problems?: readonly Problem[];
}

/** The precision the table's scores compare at (decimals); undefined when the reader has none. */
export function tablePrecision(table: ScoreTable): number | undefined {
  return (table as unknown as TableExtras).precision;
}

/** "rows" (units down the rows) or "columns" (a transposed table). */
export function tableOrientation(table: ScoreTable): string | undefined {
  return (table as unknown as TableExtras).orientation;
}

/** The weight a column's header states (日常考核（40%） → 0.4), null without one. */
export function columnWeight(column: TableColumn): number | null {
  return (column as unknown as ColumnExtras).weight ?? null;
}

/** The column's role as a plain string, so roles the type does not list yet ("grade") compare. */
export function columnRole(column: TableColumn): string {
  return column.role as string;
}

/** The section row (一类县（区）) the unit sits under, null outside any section. */
export function unitSection(unit: UnitRow): string | null {
  return (unit as unknown as UnitExtras).section ?? null;
}

/** The unit's grade (等次: 优秀, 良好 …) as written, null without a grade column. */
export function unitGrade(unit: UnitRow): string | null {
  return (unit as unknown as UnitExtras).grade ?? null;
}

/** The unit's rank within its section, from its group ranks of kind "section". */
export function sectionGroupRank(groups: readonly GroupRank[]): GroupRank | null {
  return groups.find((g) => (g.kind as string) === "section") ?? null;
}

/** Problems about a sheet rather than a table read from it (tableUndecided). */
export function workbookProblems(book: WorkbookTables): readonly Problem[] {
  return (book as unknown as WorkbookExtras).problems ?? [];
}

/** A problem's code as a plain string, so codes the type does not list yet compare. */
export function problemCode(problem: Problem): string {
  return problem.code as string;
}
