/**
 * Typing into a written workbook before it is recalculated: the what-if test puts expected scores
 * into a comparison sheet's scenario cells, as an analyst would, then lets LibreOffice recompute.
 */
import ExcelJS from "exceljs";
import { splitRef } from "./workbook-builder";

/**
 * Sets each cell, named as the engine names cells ("'对标-汉中'!M5"), to a number; null clears it.
 * A cell holding a formula is refused: the scenario's inputs are plain cells, and overwriting a
 * formula would make a test pass for the wrong reason.
 */
export function setCells(
  workbook: ExcelJS.Workbook,
  values: ReadonlyMap<string, number | null> | Readonly<Record<string, number | null>>
): void {
  const entries = values instanceof Map ? [...values] : Object.entries(values);
  for (const [ref, value] of entries) {
    const { sheet, address } = splitRef(ref);
    const ws = workbook.getWorksheet(sheet);
    if (!ws) throw new Error(`setCells: no sheet "${sheet}"`);
    const cell = ws.getCell(address);
    const held = cell.value as unknown;
    if (held !== null && typeof held === "object" && "formula" in held)
      throw new Error(`setCells: ${ref} holds a formula`);
    cell.value = value;
  }
}
