/**
 * A worksheet part's cells, read by a scanner made for it: one pass over the text with indexOf, no
 * tree and no object per cell beyond its value, so a sheet of 30,000 rows reads in tens of
 * milliseconds and the text is the largest thing held.
 */
import { CellArea, CellValue, EMPTY } from "../core/cells";
import { CellBudget, GridBuilder } from "./cell-budget";
import { CellFormats } from "./styles-read";
import { rootPrefix } from "./shared-strings";
import { assertNoDoctype, plainTextOf } from "./xml-scan";
import { decodeEntities, decodeOoxmlEscapes } from "./xml-text";

export interface SheetContext {
  readonly strings: readonly string[];
  /** The workbook's cell formats; `null` when it has no styles part. */
  readonly styles: CellFormats | null;
  /** Dates count from 1904 (old Mac workbooks) rather than 1900. */
  readonly date1904: boolean;
  /** Collect each cell's number-format code. */
  readonly withFormats: boolean;
  /** The workbook's cells and merges so far against the caps; a fresh one when not given. */
  readonly budget?: CellBudget;
  /** The sheet's name, for a refusal to name it. */
  readonly sheet?: string;
}

export interface SheetCells {
  readonly values: CellValue[][];
  readonly merges: CellArea[];
  readonly formats?: (string | null)[][];
}

/**
 * Reads the values of every cell (formulas by their cached result), the merged areas and, when
 * asked, each valued cell's number-format code. Cells without a value are left blank and carry no
 * format: a formatted but empty row 1,048,576 costs nothing. The cells kept and the used range are
 * checked against the caps as they arrive (see {@link CellBudget}); past one, it throws a
 * "too-large" {@link WorkbookFileError} naming the cell.
 * @example
 * readSheetXml('<worksheet><sheetData><row r="1"><c r="B1"><v>2</v></c></row></sheetData></worksheet>',
 *   { strings: [], styles: null, date1904: false, withFormats: false }).values // => [[EMPTY, 2]]
 */
export function readSheetXml(xml: string, context: SheetContext): SheetCells {
  assertNoDoctype(xml);
  const p = rootPrefix(xml);
  const budget = context.budget ?? new CellBudget();
  const grid = budget.grid<CellValue>(context.sheet ?? "", EMPTY);
  const values = grid.rows;
  const formats: (string | null)[][] | undefined = context.withFormats ? [] : undefined;
  const rowOpen = `<${p}row`;
  const cellOpen = `<${p}c`;
  const cellClose = `</${p}c>`;
  const dataClose = `</${p}sheetData>`;
  let at = xml.indexOf(`<${p}sheetData`);
  checkDimension(xml, at, p, grid);
  let end = at < 0 ? -1 : xml.indexOf(dataClose, at);
  if (at >= 0 && end < 0) {
    // "<sheetData/>": a sheet with no rows.
    end = at;
  }
  let row = -1;
  let col = -1;
  const attrs: TagAttrs = { hasRef: false, col: -1, row: -1, s: -1, t: "" };
  while (at >= 0 && at < end) {
    const lt = xml.indexOf("<", at + 1);
    if (lt < 0 || lt >= end) break;
    if (xml.startsWith(cellOpen, lt) && isNameEnd(xml.charCodeAt(lt + cellOpen.length))) {
      const gt = xml.indexOf(">", lt);
      readAttrs(xml, lt + cellOpen.length, gt, attrs);
      // A reference without a column ("5") is read as the next cell, as one without r is.
      if (attrs.hasRef && attrs.col >= 0) {
        col = attrs.col;
        if (attrs.row >= 0) row = attrs.row;
      } else col += 1;
      if (xml.charCodeAt(gt - 1) === 47) {
        at = gt;
        continue;
      }
      const close = xml.indexOf(cellClose, gt);
      const stop = close < 0 ? end : close;
      const value = cellValue(xml, gt + 1, stop, attrs, p, context);
      if (value !== EMPTY && row >= 0) {
        grid.put(row, col, value);
        // Formats follow the values' grid, which has already been checked and counted.
        if (formats && attrs.s >= 0 && context.styles)
          put(formats, row, col, context.styles.codes[attrs.s] ?? null, null);
      }
      at = stop;
      continue;
    }
    if (xml.startsWith(rowOpen, lt) && isNameEnd(xml.charCodeAt(lt + rowOpen.length))) {
      const gt = xml.indexOf(">", lt);
      readAttrs(xml, lt + rowOpen.length, gt, attrs);
      row = attrs.hasRef ? attrs.row : row + 1;
      col = -1;
      at = gt;
      continue;
    }
    at = lt;
  }
  const merges = readMerges(xml, end < 0 ? 0 : end, p, budget, context.sheet ?? "");
  return formats ? { values, merges, formats } : { values, merges };
}

/**
 * The `<dimension ref>` before the cells, checked against Excel's grid only: a range no Excel can
 * make is refused before a cell is read. Its size is not held against the used-range cap, which
 * counts cells with values: Excel's dimension also spans cells that only carry a format, and a
 * score table with borders drawn to row 1,048,576 is still a score table.
 */
function checkDimension(
  xml: string,
  sheetData: number,
  p: string,
  grid: GridBuilder<CellValue>
): void {
  const tag = xml.lastIndexOf(`<${p}dimension`, sheetData < 0 ? xml.length : sheetData);
  if (tag < 0) return;
  const gt = xml.indexOf(">", tag);
  const m = /\bref\s*=\s*["']([^"']*)["']/.exec(xml.slice(tag, gt < 0 ? tag : gt));
  if (!m) return;
  const last = m[1].slice(m[1].lastIndexOf(":") + 1);
  const ref = parseRef(last);
  if (ref.row >= 0 && ref.col >= 0) grid.checkDimension(ref.row, ref.col);
}

function cellValue(
  xml: string,
  from: number,
  to: number,
  attrs: TagAttrs,
  p: string,
  context: SheetContext
): CellValue {
  const t = attrs.t;
  if (t === "inlineStr") {
    const is = xml.indexOf(`<${p}is`, from);
    if (is < 0 || is >= to) return EMPTY;
    return text(plainTextOf(xml, is, to));
  }
  const v = innerText(xml, from, to, `<${p}v`, `</${p}v>`);
  if (v === null) return EMPTY;
  switch (t) {
    case "s": {
      const s = context.strings[Number(v)];
      return s === undefined || s === "" ? EMPTY : s;
    }
    case "str":
      return text(v);
    case "b":
      return v.trim() === "1" || v.trim() === "true";
    case "e":
      return text(v);
    case "d":
      return text(v);
    default: {
      const n = Number(v);
      if (v.trim() === "" || !Number.isFinite(n)) return EMPTY;
      if (attrs.s >= 0 && context.styles?.dates[attrs.s]) return serialToIso(n, context.date1904);
      return n;
    }
  }
}

function text(raw: string): CellValue {
  const value = decodeOoxmlEscapes(decodeEntities(raw));
  return value === "" ? EMPTY : value;
}

/** The text between `<v>` and `</v>` within [from, to), or null when there is no such element. */
function innerText(
  xml: string,
  from: number,
  to: number,
  open: string,
  close: string
): string | null {
  let i = xml.indexOf(open, from);
  while (i >= 0 && i < to && !isNameEnd(xml.charCodeAt(i + open.length)))
    i = xml.indexOf(open, i + 1);
  if (i < 0 || i >= to) return null;
  const gt = xml.indexOf(">", i);
  if (xml.charCodeAt(gt - 1) === 47) return "";
  const c = xml.indexOf(close, gt);
  return xml.slice(gt + 1, c < 0 || c > to ? to : c);
}

/** The attributes a cell or row tag may carry that matter here; reused for every tag. */
interface TagAttrs {
  /** Whether the tag had an r attribute; its column and row (0-based, -1 when absent). */
  hasRef: boolean;
  col: number;
  row: number;
  /** The style index, -1 without one. */
  s: number;
  t: string;
}

/**
 * Reads r, s and t from a tag's attribute text by character codes, into `out`: no string is cut
 * for a name or a number, which matters at tens of thousands of cells.
 */
function readAttrs(xml: string, from: number, to: number, out: TagAttrs): void {
  out.hasRef = false;
  out.col = -1;
  out.row = -1;
  out.s = -1;
  out.t = "";
  let i = from;
  while (i < to) {
    let c = xml.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < to && c !== 61 && c !== 32 && c !== 9 && c !== 10 && c !== 13)
      c = xml.charCodeAt(++i);
    const nameLength = i - nameStart;
    while (i < to && c !== 34 && c !== 39) c = xml.charCodeAt(++i);
    if (i >= to) return;
    const valueStart = i + 1;
    const valueEnd = xml.indexOf(c === 34 ? '"' : "'", valueStart);
    if (valueEnd < 0 || valueEnd > to) return;
    if (nameLength === 1) {
      const name = xml.charCodeAt(nameStart);
      if (name === 114 /* r */) readRef(xml, valueStart, valueEnd, out);
      else if (name === 115 /* s */) out.s = digitsAt(xml, valueStart, valueEnd);
      else if (name === 116 /* t */) out.t = xml.slice(valueStart, valueEnd);
    }
    i = valueEnd + 1;
  }
}

/** "AB12" between the offsets → column 27, row 11; "12" (a row's r) → row 11 only. */
function readRef(xml: string, from: number, to: number, out: TagAttrs): void {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  out.hasRef = true;
  out.col = col - 1;
  out.row = i < to ? digitsAt(xml, i, to) - 1 : -1;
}

function digitsAt(xml: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  return n;
}

/** "AB12" → 0-based column 27, row 11; row -1 when the reference has no digits. */
function parseRef(ref: string): { row: number; col: number } {
  let col = 0;
  let row = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === ref.length) return { row: -1, col: col - 1 };
  for (; i < ref.length; i++) row = row * 10 + (ref.charCodeAt(i) - 48);
  return { row: row - 1, col: col - 1 };
}

function put<T>(grid: T[][], row: number, col: number, value: T, blank: T): void {
  while (grid.length <= row) grid.push([]);
  const line = grid[row];
  while (line.length < col) line.push(blank);
  line[col] = value;
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

const MERGE =
  /<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref\s*=\s*["']([A-Za-z]+\d+)(?::([A-Za-z]+\d+))?["']/g;

function readMerges(
  xml: string,
  from: number,
  p: string,
  budget: CellBudget,
  sheet: string
): CellArea[] {
  const merges: CellArea[] = [];
  const start = xml.indexOf(`<${p}mergeCells`, from);
  if (start < 0) return merges;
  MERGE.lastIndex = start;
  for (let m = MERGE.exec(xml); m; m = MERGE.exec(xml)) {
    budget.takeMerge(sheet);
    const a = parseRef(m[1]);
    const b = parseRef(m[2] ?? m[1]);
    merges.push({
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    });
  }
  return merges;
}

const DAY_MS = 86_400_000;

/**
 * A date serial as ISO text, as ExcelJS (the reader before this one) gave dates to the engine.
 * @example serialToIso(43041, false) // => "2017-11-02T00:00:00.000Z"
 */
export function serialToIso(serial: number, date1904: boolean): CellValue {
  const ms = Math.round(((date1904 ? serial + 1462 : serial) - 25569) * DAY_MS);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? serial : date.toISOString();
}
