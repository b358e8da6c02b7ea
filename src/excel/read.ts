import { CellArea, CellValue, EMPTY, SheetInput, parseCellAddress, toCellValue } from "../core";
import { Capabilities } from "./capabilities";

/** Everything the adapter needs to know about the open workbook before it writes anything. */
export interface WorkbookSnapshot {
  readonly sheets: readonly SheetInput[];
  readonly workbookProtected: boolean;
  /** Names of protected sheets. */
  readonly protectedSheets: ReadonlySet<string>;
  /** Chart names per sheet, so a replaced result sheet can lose its old charts. */
  readonly charts: ReadonlyMap<string, readonly string[]>;
  /** Excel table names per sheet (table names are unique across the workbook). */
  readonly tables: ReadonlyMap<string, readonly string[]>;
}

/** "Sheet1!A1:B2, Sheet1!D4" → areas, ignoring the sheet part. */
export function parseAreas(address: string): CellArea[] {
  return address
    .split(",")
    .map((a) => a.trim())
    .filter((a) => a !== "")
    .map((a) => {
      const local = a.includes("!") ? a.slice(a.lastIndexOf("!") + 1) : a;
      const [from, to = from] = local.split(":");
      const f = parseCellAddress(from);
      const t = parseCellAddress(to);
      return { top: f.row, left: f.col, bottom: t.row, right: t.col };
    });
}

/** A used range's number formats placed like {@link gridFrom}; "General" (no fixed format) as null. */
export function formatsFrom(
  formats: unknown[][],
  rowIndex: number,
  columnIndex: number
): (string | null)[][] {
  const grid: (string | null)[][] = [];
  for (let r = 0; r < rowIndex; r++) grid.push([]);
  for (const line of formats) {
    const row: (string | null)[] = new Array<string | null>(columnIndex).fill(null);
    for (const f of line) row.push(typeof f === "string" && f !== "General" ? f : null);
    grid.push(row);
  }
  return grid;
}

/** A used range's values placed in a grid that starts at A1, blanks as EMPTY. */
export function gridFrom(
  values: unknown[][],
  rowIndex: number,
  columnIndex: number
): CellValue[][] {
  const grid: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) grid.push([]);
  for (const line of values) {
    const row: CellValue[] = new Array(columnIndex).fill(EMPTY);
    for (const v of line) row.push(toCellValue(v));
    grid.push(row);
  }
  return grid;
}

/**
 * Reads every sheet's used range (values only, whole 2-D arrays), merged areas where the API has
 * them, protection and chart names: two round trips whatever the number of sheets.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  caps: Capabilities
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const workbookProtection = caps.workbookProtection ? context.workbook.protection : null;
  workbookProtection?.load("protected");
  await context.sync();

  const reads = worksheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    // Number formats tell the precision scores are compared at (a "0.000" sheet ranks at 3).
    used.load("values,numberFormat,rowIndex,columnIndex");
    const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    ws.protection.load("protected");
    ws.charts.load("items/name");
    ws.tables.load("items/name");
    return { ws, used, merged };
  });
  await context.sync();

  const sheets: SheetInput[] = reads.map(({ ws, used, merged }) => ({
    name: ws.name,
    values: used.isNullObject ? [] : gridFrom(used.values, used.rowIndex, used.columnIndex),
    formats: used.isNullObject
      ? undefined
      : formatsFrom(used.numberFormat, used.rowIndex, used.columnIndex),
    merges: merged === null ? undefined : merged.isNullObject ? [] : parseAreas(merged.address),
  }));
  return {
    sheets,
    workbookProtected: workbookProtection?.protected ?? false,
    protectedSheets: new Set(reads.filter((r) => r.ws.protection.protected).map((r) => r.ws.name)),
    charts: new Map(reads.map((r) => [r.ws.name, r.ws.charts.items.map((c) => c.name)])),
    tables: new Map(reads.map((r) => [r.ws.name, r.ws.tables.items.map((t) => t.name)])),
  };
}
