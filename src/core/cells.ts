/**
 * Cell values as the engine sees them, whatever program the workbook came from.
 *
 * A blank cell is the distinct marker {@link EMPTY}, never `undefined`, `null` or `""`: adapters
 * turn each reader's idea of "nothing" into it, so the engine has exactly one blank to test for.
 */
import { isSpace } from "./text";
export const EMPTY: unique symbol = Symbol("empty");
export type Empty = typeof EMPTY;

export type CellValue = string | number | boolean | Empty;

/** A sheet's values, row-major, row 0 is sheet row 1 and column 0 is column A. */
export type Grid = readonly (readonly CellValue[])[];

/** A rectangle of cells, 0-based and inclusive. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One sheet as read from any source (office-js, ExcelJS, a test). */
export interface SheetInput {
  readonly name: string;
  readonly values: Grid;
  /** Merged areas when the reader knows them; `undefined` when it cannot tell. */
  readonly merges?: readonly CellArea[];
  /**
   * Each cell's number-format code ("0.00", "0.000_ ", "General"), row-major like `values`, where
   * the reader knows them; `null` or a missing row for a cell without one. Scores are compared at
   * the precision their format shows.
   */
  readonly formats?: readonly (readonly (string | null)[])[];
}

/** Turns whatever a reader returns for a cell into a {@link CellValue}. */
export function toCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined || raw === "") return EMPTY;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : EMPTY;
  if (typeof raw === "string" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return raw.toISOString();
  return String(raw);
}

/**
 * The sheet with every hole, `undefined` and `null` in its grid (and every missing row) read as
 * {@link EMPTY}, the one blank the engine tests for; the same object when it has none. The readers
 * never make them, but a grid built by hand, or sent across a worker, can, and the engine decides
 * here, once, that they are blanks.
 * @example withBlanks({ name: "S", values: [[, "汉中"], null] }).values // => [[EMPTY, "汉中"], []]
 */
export function withBlanks(sheet: SheetInput): SheetInput {
  const values = sheet.values;
  let clean = true;
  for (let r = 0; r < values.length && clean; r++) {
    const row = values[r];
    if (!Array.isArray(row)) clean = false;
    else
      for (let c = 0; c < row.length && clean; c++) clean = row[c] !== undefined && row[c] !== null;
  }
  if (clean) return sheet;
  const dense: CellValue[][] = [];
  for (let r = 0; r < values.length; r++) {
    const row: readonly (CellValue | null | undefined)[] = Array.isArray(values[r])
      ? values[r]
      : [];
    dense.push(Array.from(row, (v) => (v === undefined || v === null ? EMPTY : v)));
  }
  return { ...sheet, values: dense };
}

/** Reads a cell, treating anything outside the grid as blank. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const line = grid[row];
  if (!line) return EMPTY;
  const value = line[col];
  return value === undefined ? EMPTY : value;
}

export function isBlank(value: CellValue): boolean {
  return value === EMPTY || (typeof value === "string" && value.trim() === "");
}

/** The text of a cell as a reader would see it, trimmed; "" for a blank. */
export function cellText(value: CellValue): string {
  if (value === EMPTY) return "";
  const text = typeof value === "string" ? value : String(value);
  // Most cells have nothing to trim; checking both ends first spares a regular expression each.
  if (text === "" || (!isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(text.length - 1)))) {
    return text;
  }
  return text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

/** The widest row of a grid. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid) width = Math.max(width, row.length);
  return width;
}
