/**
 * Between .xlsx files (ExcelJS) and the emulator: a workbook opened in the playground becomes the
 * emulator's sheets, and the emulated workbook (with the tool's sheets) is downloaded as .xlsx.
 * Runs in the browser and in jest alike.
 */
import ExcelJS from "exceljs";
import { toFileFormula } from "../../src/core/formula";
import type { SheetSpec, WorkbookSnapshot } from "../office-emulator";

/** ExcelJS's column width unit is a character; the emulator keeps points. */
const POINTS_PER_CHAR = 7;

type Raw = ExcelJS.CellValue;

function plainValue(raw: Raw): string | number | boolean | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  if (typeof raw === "object") {
    if ("richText" in raw) return raw.richText.map((r) => r.text).join("");
    if ("error" in raw) return String(raw.error);
    if ("text" in raw) return String(raw.text);
  }
  return String(raw);
}

/** One ExcelJS sheet as the emulator's sheet: formulas as "=…", text that looks like one kept as text. */
export function sheetSpec(ws: ExcelJS.Worksheet): SheetSpec {
  const values: (string | number | boolean | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // ExcelJS shows a merged area's value in every cell of it; only its first cell holds it.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      while (values.length < r) {
        values.push([]);
        numberFormats.push([]);
      }
      const line = values[r - 1];
      const formats = numberFormats[r - 1];
      while (line.length < c) {
        line.push(null);
        formats.push(null);
      }
      let value: string | number | boolean | null;
      let format: string | null = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null;
      if (cell.formula) value = `=${cell.formula.replace(/_xlfn\./g, "")}`;
      else value = plainValue(cell.value);
      // A constant that Excel would take for a formula is text in the file; keep it text.
      if (typeof value === "string" && !cell.formula && /^[=+\-@]/.test(value)) format = "@";
      line[c - 1] = value;
      formats[c - 1] = format;
    });
  });
  const merges = (ws.model.merges ?? []).filter((m) => m.includes(":"));
  const columnWidths: Record<string, number> = {};
  ws.columns?.forEach((col, i) => {
    if (col.width) columnWidths[columnLetter(i)] = Math.round(col.width * POINTS_PER_CHAR);
  });
  return { name: ws.name, values, numberFormats, merges, columnWidths };
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Reads an .xlsx file's bytes; throws when they are not a workbook. */
export async function readXlsx(bytes: ArrayBuffer): Promise<SheetSpec[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  if (wb.worksheets.length === 0) throw new Error("no worksheets");
  return wb.worksheets.map(sheetSpec);
}

/**
 * The emulated workbook as an .xlsx file: each sheet's formulas with their computed values cached
 * (so any viewer shows them), number formats, merges and column widths.
 */
export async function writeXlsx(snapshot: WorkbookSnapshot): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of snapshot.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.formulas.forEach((line, r) => {
      line.forEach((content, c) => {
        if (content === "" || content === null || content === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        const value = s.values[r]?.[c];
        const format = s.numberFormats[r]?.[c];
        // In a text-formatted cell "=…" is text (a unit's name), never a formula.
        if (typeof content === "string" && content.startsWith("=") && format !== "@") {
          const result = value === "" ? undefined : (value as ExcelJS.CellFormulaValue["result"]);
          cell.value = { formula: toFileFormula(content), result } as ExcelJS.CellFormulaValue;
        } else {
          cell.value = content as ExcelJS.CellValue;
        }
        if (format && format !== "General") cell.numFmt = format;
      });
    });
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const [letter, points] of Object.entries(s.columnWidths)) {
      ws.getColumn(letter).width = Math.round((points / POINTS_PER_CHAR) * 10) / 10;
    }
  }
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
