/**
 * Between .xlsx files (ExcelJS) and the emulator: a workbook opened in the playground becomes the
 * emulator's sheets, and the emulated workbook (with the tool's sheets) is downloaded as .xlsx.
 * Runs in the browser and in jest alike.
 */
import ExcelJS from "exceljs";
import { toFileFormula } from "../../src/core/formula";
import type { SheetSpec, WorkbookSnapshot } from "../office-emulator";

type Plain = string | number | boolean | null;

/** Excel's error values: a formula's cached result is one of these, not text. */
const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/**
 * Column widths: a file counts characters of the default font, office-js counts points. Excel
 * draws w characters as 7w + 5 whole pixels at 96 dpi, and a pixel is 3/4 of a point (8.43 ↔ 48).
 */
export const charsToPoints = (chars: number): number => Math.round(chars * 7 + 5) * 0.75;
export const pointsToChars = (points: number): number =>
  Math.round(((points / 0.75 - 5) / 7) * 100) / 100;

function plainValue(raw: ExcelJS.CellValue): Plain {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  // The emulator keeps dates as text (README: "dates as dates" are not emulated).
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  if ("richText" in raw) return raw.richText.map((r) => r.text).join("");
  if ("error" in raw) return String(raw.error);
  if ("text" in raw) return String(raw.text);
  return String(raw);
}

/** One ExcelJS sheet as the emulator's sheet: formulas as "=…", text that looks like one kept as text. */
export function sheetSpec(ws: ExcelJS.Worksheet): SheetSpec {
  const values: Plain[][] = [];
  const numberFormats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // ExcelJS shows a merged area's value in every cell of it; only its first cell holds it.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      while (values.length < r) {
        values.push([]);
        numberFormats.push([]);
      }
      while (values[r - 1].length < c) {
        values[r - 1].push(null);
        numberFormats[r - 1].push(null);
      }
      // ExcelJS gives shared formulas translated to their cell; files carry no "=" nor "_xlfn.".
      const value = cell.formula
        ? `=${cell.formula.replace(/_xlfn\./g, "")}`
        : plainValue(cell.value);
      let format = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null;
      // A constant that Excel would take for a formula is text in the file; keep it text.
      if (typeof value === "string" && !cell.formula && /^[=+\-@]/.test(value)) format = "@";
      values[r - 1][c - 1] = value;
      numberFormats[r - 1][c - 1] = format;
    });
  });
  const columnWidths: Record<string, number> = {};
  ws.columns?.forEach((col, i) => {
    if (col.width) columnWidths[columnLetter(i)] = charsToPoints(col.width);
  });
  const frozen = ws.views?.find((v) => v.state === "frozen") as
    Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  return {
    name: ws.name,
    values,
    numberFormats,
    merges: (ws.model.merges ?? []).filter((m) => m.includes(":")),
    columnWidths,
    visibility:
      ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : undefined,
    frozen: frozen ? { rows: frozen.ySplit ?? 0, columns: frozen.xSplit ?? 0 } : undefined,
  };
}

/** 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "D5" → [3, 4] (0-based column and row); anything else → [0, 0]. */
export function splitAddress(address: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [col - 1, Number(m[2]) - 1];
}

/** Reads an .xlsx file's bytes; throws when they are not a workbook. */
export async function readXlsx(bytes: ArrayBuffer): Promise<SheetSpec[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  if (wb.worksheets.length === 0) throw new Error("The file holds no worksheet.");
  return wb.worksheets.map(sheetSpec);
}

function cachedResult(value: unknown): ExcelJS.CellFormulaValue["result"] {
  if (value === "" || value === null || value === undefined) return undefined;
  if (typeof value === "string" && ERRORS.has(value))
    return { error: value } as ExcelJS.CellErrorValue;
  return value as ExcelJS.CellFormulaValue["result"];
}

/**
 * The emulated workbook as an .xlsx file: each sheet's formulas with their computed values cached
 * (so any viewer shows them before recalculating), number formats, merges, column widths, row
 * heights, frozen panes and hidden sheets.
 */
export async function writeXlsx(snapshot: WorkbookSnapshot): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of snapshot.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.formulas.forEach((line, r) => {
      line.forEach((content, c) => {
        if (content === "" || content === null || content === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        const format = s.numberFormats[r]?.[c];
        // In a text-formatted cell "=…" is text (a unit's name), never a formula.
        if (typeof content === "string" && content.startsWith("=") && format !== "@") {
          const result = cachedResult(s.values[r]?.[c]);
          cell.value = { formula: toFileFormula(content), result } as ExcelJS.CellFormulaValue;
        } else {
          cell.value = content as ExcelJS.CellValue;
        }
        if (format && format !== "General") cell.numFmt = format;
      });
    });
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const [letter, points] of Object.entries(s.columnWidths))
      ws.getColumn(letter).width = pointsToChars(points);
    for (const [row, points] of Object.entries(s.rowHeights))
      ws.getRow(Number(row)).height = points;
    if (s.frozen.rows > 0 || s.frozen.columns > 0)
      ws.views = [{ state: "frozen", ySplit: s.frozen.rows, xSplit: s.frozen.columns }];
    if (s.visibility !== "Visible") ws.state = s.visibility === "Hidden" ? "hidden" : "veryHidden";
  }
  return wb.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
