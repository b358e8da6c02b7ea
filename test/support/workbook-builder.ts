/**
 * Engine inputs written as an ExcelJS workbook, the way the command line meets them: values as they
 * are (text stays text, "=x" included), merged areas merged.
 */
import ExcelJS from "exceljs";
import { EMPTY, SheetInput } from "../../src/core";
import { WorkbookRead, readWorkbookBytes } from "../../src/xlsx";

export function addSheet(wb: ExcelJS.Workbook, input: SheetInput): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(input.name);
  input.values.forEach((line, r) => {
    const row = ws.getRow(r + 1);
    line.forEach((v, c) => {
      if (v !== EMPTY) row.getCell(c + 1).value = v as string | number | boolean;
    });
  });
  for (const m of input.merges ?? [])
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return ws;
}

export function workbookOf(inputs: readonly SheetInput[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const input of inputs) addSheet(wb, input);
  return wb;
}

/** A report's "'sheet'!A1" reference split into sheet and address. */
export function splitRef(ref: string): { sheet: string; address: string } {
  const m = /^'((?:[^']|'')+)'!([A-Z]+[0-9]+)$/.exec(ref);
  if (!m) throw new Error(`not a quoted sheet reference: ${ref}`);
  return { sheet: m[1].replace(/''/g, "'"), address: m[2] };
}

/** A workbook built by ExcelJS, saved and read back as the command line reads a file. */
export async function readBack(wb: ExcelJS.Workbook): Promise<WorkbookRead> {
  return readWorkbookBytes(new Uint8Array(await wb.xlsx.writeBuffer()));
}
