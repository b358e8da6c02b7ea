/**
 * Typing into the tool's sheets before they are recalculated: the what-if test puts expected
 * scores into a comparison sheet's scenario cells, as an analyst would, then lets LibreOffice
 * recompute. The cells are set in the plans the writer writes, so the file holds them exactly as
 * if typed, whichever writer makes it.
 */
import { EngineResult, PlanCell, SheetPlan, parseCellAddress } from "../../src/core";
import { splitRef } from "./workbook-builder";

/**
 * The engine's result with each named cell ("'对标-汉中'!M5") holding a number (null clears it).
 * A cell with a formula is refused: the scenario's inputs are plain cells, and overwriting a
 * formula would make a test pass for the wrong reason. The engine's values stay as they were, so
 * every formula that reads a typed cell shows up as differing from them.
 */
export function withTypedCells(
  result: EngineResult,
  values: ReadonlyMap<string, number | null>
): EngineResult {
  const bySheet = new Map<string, { row: number; col: number; value: number | null }[]>();
  for (const [ref, value] of values) {
    const { sheet, address } = splitRef(ref);
    const list = bySheet.get(sheet) ?? [];
    list.push({ ...parseCellAddress(address), value });
    bySheet.set(sheet, list);
  }
  for (const sheet of bySheet.keys())
    if (!result.plans.some((p) => p.name === sheet))
      throw new Error(`withTypedCells: no sheet "${sheet}"`);
  const plans = result.plans.map((plan): SheetPlan => {
    const edits = bySheet.get(plan.name);
    if (!edits) return plan;
    const rows = plan.rows.map((row) => [...row]);
    for (const { row, col, value } of edits) {
      const held: PlanCell | undefined = rows[row]?.[col];
      if (held?.formula)
        throw new Error(`withTypedCells: ${plan.name}!${row},${col} holds a formula`);
      while (rows.length <= row) rows.push([]);
      while (rows[row].length <= col) rows[row].push({ value: null });
      rows[row][col] = { ...held, value };
    }
    return { ...plan, rows };
  });
  return { ...result, plans };
}
