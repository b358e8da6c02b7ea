/**
 * Builds engine inputs by code, the way a test reads best: rows of plain values, `null` for a blank
 * cell, merged areas as A1 ranges.
 */
import {
  CellArea,
  CellValue,
  EMPTY,
  ScoreTable,
  SheetInput,
  UnitRow,
  parseCellAddress,
} from "../../src/core";

export type Cell = string | number | boolean | null;

/** "B3:B6" (or "B3") as a 0-based area. */
export function area(range: string): CellArea {
  const [a, b = a] = range.split(":");
  const from = parseCellAddress(a);
  const to = parseCellAddress(b);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

/**
 * A sheet from rows of values. `merges` given as A1 ranges means "the reader knows the merges";
 * left out, the sheet's merges are unknown (`undefined`), as when a reader cannot tell.
 */
export function sheet(
  name: string,
  rows: readonly (readonly Cell[])[],
  merges?: string[]
): SheetInput {
  const values: CellValue[][] = rows.map((row) => row.map((v) => (v === null ? EMPTY : v)));
  return { name, values, merges: merges === undefined ? undefined : merges.map(area) };
}

/** A deep-frozen copy of a sheet, to prove the engine reads without writing. */
export function frozen(input: SheetInput): SheetInput {
  const values = Object.freeze(input.values.map((row) => Object.freeze([...row])));
  const merges = input.merges
    ? Object.freeze(input.merges.map((m) => Object.freeze({ ...m })))
    : undefined;
  const formats = input.formats
    ? Object.freeze(input.formats.map((row) => Object.freeze([...row])))
    : undefined;
  // A sheet without formats stays without the key, so a frozen copy equals its original.
  return Object.freeze(
    formats ? { name: input.name, values, merges, formats } : { name: input.name, values, merges }
  );
}

/** The unit of a table with this name; throws when missing, so a test fails with a clear reason. */
export function unitNamed(table: ScoreTable, name: string): UnitRow {
  const unit = table.units.find((u) => u.name === name);
  if (!unit)
    throw new Error(`no unit "${name}" in ${table.sheet}: ${table.units.map((u) => u.name)}`);
  return unit;
}

/** The table's columns as "header:role" strings, for compact assertions. */
export function roles(table: ScoreTable): string[] {
  return table.columns.filter((c) => c.role !== "ignore").map((c) => `${c.header}:${c.role}`);
}

/** Problems as "cell code" strings. */
export function problemList(problems: readonly { cell: string; code: string }[]): string[] {
  return problems.map((p) => `${p.cell} ${p.code}`);
}

/** Shuffles a copy with a seeded generator (deterministic tests). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** mulberry32: small, seeded, good enough for test data (the sample generator's own). */
import { prng } from "../../scripts/sample-data";

export { prng };

/** "98.20" → "９８．２０": full-width digits, point and sign, as text pasted from a PDF arrives. */
export function fullWidth(text: string): string {
  return text.replace(/[0-9.\-+]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}
