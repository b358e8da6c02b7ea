import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { EngineResult, planFormulaCells, cellAddress } from "../../src/core";
import { applyPlans } from "../../src/cli/xlsx-write";
import { ComputedValue, computedValues, recalculate, removeRecalculated } from "./libreoffice";

export interface Mismatch {
  readonly sheet: string;
  readonly cell: string;
  readonly formula: string;
  readonly expected: string | number | null;
  readonly actual: ComputedValue | undefined;
}

/** Equal as a spreadsheet shows them: numbers to 1e-9, "" and blank alike, text exactly. */
export function sameValue(
  expected: string | number | null,
  actual: ComputedValue | undefined
): boolean {
  if (typeof expected === "number")
    return typeof actual === "number" && Math.abs(actual - expected) < 1e-9;
  const e = expected ?? "";
  const a = actual === undefined ? "" : actual;
  return e === a;
}

/**
 * Writes the engine's plans into `workbook` WITHOUT cached results, lets LibreOffice recalculate,
 * and lists every formula whose computed value differs from the engine's.
 */
export async function formulaMismatches(
  workbook: ExcelJS.Workbook,
  result: EngineResult
): Promise<{
  mismatches: Mismatch[];
  checked: number;
  values: Map<string, Map<string, ComputedValue>>;
}> {
  applyPlans(workbook, result.staleOutputSheets, result.plans, { cachedResults: false });
  const dir = mkdtempSync(path.join(os.tmpdir(), "duibiao-formulas-"));
  const file = path.join(dir, "check.xlsx");
  await workbook.xlsx.writeFile(file);
  const recalculated = await recalculate(file);
  const values = await computedValues(recalculated);
  removeRecalculated(recalculated);
  const mismatches: Mismatch[] = [];
  let checked = 0;
  for (const plan of result.plans) {
    const sheet = values.get(plan.name);
    for (const { row, col, cell } of planFormulaCells(plan)) {
      checked += 1;
      const address = cellAddress(row, col);
      const actual = sheet?.get(address);
      if (!sameValue(cell.value, actual)) {
        mismatches.push({
          sheet: plan.name,
          cell: address,
          formula: cell.formula as string,
          expected: cell.value,
          actual,
        });
      }
    }
  }
  return { mismatches, checked, values };
}
