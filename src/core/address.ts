/**
 * A1-style addresses and references, as formulas and messages need them.
 * Rows and columns are 0-based in code and 1-based only in the text produced here.
 */

/** @example columnLabel(0) // => "A"; columnLabel(27) // => "AB" */
export function columnLabel(col: number): string {
  if (!Number.isInteger(col) || col < 0)
    throw new RangeError(`columnLabel requires a column index >= 0, got ${col}`);
  let n = col + 1;
  let label = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    label = String.fromCharCode(65 + rem) + label;
    n = Math.floor((n - 1) / 26);
  }
  return label;
}

/** @example cellAddress(4, 3) // => "D5" */
export function cellAddress(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0)
    throw new RangeError(`cellAddress requires a row index >= 0, got ${row}`);
  return `${columnLabel(col)}${row + 1}`;
}

export interface Absolute {
  readonly row?: boolean;
  readonly col?: boolean;
}

/** @example cellRef(4, 3, { col: true }) // => "$D5" */
export function cellRef(row: number, col: number, abs: Absolute = {}): string {
  return `${abs.col ? "$" : ""}${columnLabel(col)}${abs.row ? "$" : ""}${row + 1}`;
}

/** A column's cells from row `top` to `bottom`, rows anchored: `D$5:D$100`. */
export function columnRange(
  col: number,
  top: number,
  bottom: number,
  abs: Absolute = { row: true }
): string {
  return `${cellRef(top, col, abs)}:${cellRef(bottom, col, abs)}`;
}

/**
 * A sheet name as a formula must write it: always quoted, an apostrophe doubled.
 * Quoting every name is legal in Excel and LibreOffice and spares guessing which names need it.
 * @example quoteSheetName("O'Brien") // => "'O''Brien'"
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** @example sheetRef("三季度", "D5") // => "'三季度'!D5" */
export function sheetRef(sheet: string, ref: string): string {
  return `${quoteSheetName(sheet)}!${ref}`;
}

/** Parses "D5" (or "$D$5") into 0-based row and column. */
export function parseCellAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new RangeError(`parseCellAddress requires an A1 address, got "${address}"`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
