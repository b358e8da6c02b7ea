import ExcelJS from "exceljs";
import { CellArea, CellValue, EMPTY, SheetInput, toCellValue } from "../core";
import { parseCellAddress } from "../core/address";

/** What ExcelJS gives for a cell that is more than a plain value. */
type RichValue =
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | { richText: { text: string }[] }
  | { text: string; hyperlink?: string }
  | { error: string };

/** A cell as the engine sees it: formulas by their cached result, rich text as its plain text. */
export function excelJsCellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw !== "object" || raw instanceof Date) return toCellValue(raw);
  const v = raw as RichValue;
  if ("richText" in v) return toCellValue(v.richText.map((r) => r.text).join(""));
  if ("error" in v) return toCellValue(v.error);
  if ("formula" in v || "sharedFormula" in v)
    return excelJsCellValue((v as { result?: unknown }).result);
  if ("text" in v) return toCellValue(v.text);
  return toCellValue(String(raw));
}

function parseRange(range: string): CellArea {
  const [a, b = a] = range.split(":");
  const from = parseCellAddress(a);
  const to = parseCellAddress(b);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

/** One worksheet as engine input: values from A1, merged areas. */
export function sheetInput(ws: ExcelJS.Worksheet): SheetInput {
  const raw = ws.getSheetValues() as unknown[][];
  const values: CellValue[][] = [];
  for (let r = 1; r < raw.length; r++) {
    const line = raw[r];
    const row: CellValue[] = [];
    if (line) for (let c = 1; c < line.length; c++) row.push(excelJsCellValue(line[c]));
    values.push(row);
  }
  const merges = (ws.model.merges ?? []).map(parseRange);
  return { name: ws.name, values, merges };
}

export function workbookInputs(wb: ExcelJS.Workbook): SheetInput[] {
  return wb.worksheets.map(sheetInput);
}
