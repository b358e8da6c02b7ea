import {
  CellArea,
  CellValue,
  EMPTY,
  HostError,
  READ_LIMITS,
  ReadLimits,
  SheetInput,
  cellAddress,
  fill,
  parseCellAddress,
  toCellValue,
  usedRangeExcess,
} from "../core";
import { Messages } from "../locales";
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

/** One sheet's used range as Excel reports it, before any value is read. */
export interface UsedExtent {
  readonly sheet: string;
  /** Rows and columns from A1 to the last cell with a value (0 for an empty sheet). */
  readonly rows: number;
  readonly columns: number;
}

/**
 * Refuses a workbook past the caps of src/core/limits.ts, the numbers the file reader uses: a
 * sheet's used range (from A1, as the engine holds it), all sheets' cells, the number of sheets.
 * Called between the round trip that learns the extents and the one that would load the values.
 * @example checkExtents([{ sheet: "三季度县区", rows: 1_048_576, columns: 100 }], messages)
 * // throws HostError "tooLarge": 工作表「三季度县区」的使用范围 A1:CV1048576 有 1,048,576 行 × 100 列…
 */
export function checkExtents(
  extents: readonly UsedExtent[],
  messages: Messages,
  limits: ReadLimits = READ_LIMITS
): void {
  const m = messages.host;
  if (extents.length > limits.sheets)
    throw new HostError(
      "tooLarge",
      fill(m.tooLargeSheets, { actual: grouped(extents.length), max: grouped(limits.sheets) }),
      undefined,
      `sheets ${extents.length} > ${limits.sheets}`
    );
  let total = 0;
  for (const { sheet, rows, columns } of extents) {
    const excess = usedRangeExcess(rows, columns, limits);
    if (excess) {
      const cell = cellAddress(rows - 1, columns - 1);
      throw new HostError(
        "tooLarge",
        fill(m.tooLargeSheet, {
          sheet,
          cell,
          rows: grouped(rows),
          columns: grouped(columns),
          max: grouped(limits.sheetCells),
        }),
        undefined,
        `${excess.kind} ${excess.actual} > ${excess.limit}; sheet ${sheet}, used range A1:${cell}`
      );
    }
    total += rows * columns;
  }
  if (total > limits.cells)
    throw new HostError(
      "tooLarge",
      fill(m.tooLargeCells, { actual: grouped(total), max: grouped(limits.cells) }),
      undefined,
      `cells ${total} > ${limits.cells}`
    );
}

/** 1048576 → "1,048,576", as both languages write figures. */
function grouped(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 0 });
}

/**
 * Reads every sheet's used range (values only, whole 2-D arrays), merged areas where the API has
 * them, protection and chart names, in three round trips whatever the number of sheets: the
 * sheets; then each used range's extent, checked against the caps before a value is asked for
 * (a stray cell at XFD1048576 would otherwise make Excel send 17 billion values); then the values.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  caps: Capabilities,
  messages: Messages,
  limits: ReadLimits = READ_LIMITS
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const workbookProtection = caps.workbookProtection ? context.workbook.protection : null;
  workbookProtection?.load("protected");
  await context.sync();

  const extents = worksheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    ws.protection.load("protected");
    ws.charts.load("items/name");
    ws.tables.load("items/name");
    return { ws, used };
  });
  await context.sync();
  checkExtents(
    extents.map(({ ws, used }) => ({
      sheet: ws.name,
      rows: used.isNullObject ? 0 : used.rowIndex + used.rowCount,
      columns: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
    })),
    messages,
    limits
  );

  const reads = extents.map(({ ws, used }) => {
    if (used.isNullObject) return { ws, used, merged: null };
    // Number formats tell the precision scores are compared at (a "0.000" sheet ranks at 3).
    used.load("values,numberFormat");
    const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    return { ws, used, merged };
  });
  await context.sync();

  const sheets: SheetInput[] = reads.map(({ ws, used, merged }) => ({
    name: ws.name,
    values: used.isNullObject ? [] : gridFrom(used.values, used.rowIndex, used.columnIndex),
    formats: used.isNullObject
      ? undefined
      : formatsFrom(used.numberFormat, used.rowIndex, used.columnIndex),
    merges: used.isNullObject
      ? caps.mergedAreas
        ? []
        : undefined
      : merged === null
        ? undefined
        : merged.isNullObject
          ? []
          : parseAreas(merged.address),
  }));
  return {
    sheets,
    workbookProtected: workbookProtection?.protected ?? false,
    protectedSheets: new Set(reads.filter((r) => r.ws.protection.protected).map((r) => r.ws.name)),
    charts: new Map(reads.map((r) => [r.ws.name, r.ws.charts.items.map((c) => c.name)])),
    tables: new Map(reads.map((r) => [r.ws.name, r.ws.tables.items.map((t) => t.name)])),
  };
}
