/**
 * Excel 97–2003 workbooks (.xls, BIFF8) and WPS .et files (the same format), read into engine
 * inputs. The compound-file container is SheetJS's `cfb`; the records inside are read here, only
 * those that carry cells: shared strings, numbers, RK numbers, booleans and errors, formulas by
 * their cached results, merged areas, and number formats through the cell styles (XF).
 *
 * Why not the `xlsx` package: on npm it is stuck at a release with published advisories for
 * untrusted files, and it would bring a whole second spreadsheet model for what is ~300 lines.
 */
import * as CFB from "cfb";
import { CellArea, CellValue, EMPTY, SheetInput } from "../core/cells";
import { CellBudget } from "./cell-budget";
import { WorkbookFileError, tooLarge } from "./errors";
import { builtInFormat, isDateFormat } from "./number-formats";
import { serialToIso } from "./sheet-read";
import { SheetState } from "./workbook-part";

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Whether the bytes start like a compound file (.xls, .et, an encrypted .xlsx, .doc …).
 * @example looksLikeCompoundFile(readFileSync("省里.xls")) // => true
 */
export function looksLikeCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && MAGIC.every((b, i) => bytes[i] === b);
}

export interface XlsBook {
  /** Engine inputs: dates as ISO text, as the .xlsx reader gives them. */
  readonly sheets: SheetInput[];
  /** The same cells with dates left as serial numbers, for writing them into a new .xlsx. */
  readonly raw: SheetInput[];
  readonly states: SheetState[];
}

const R = {
  BOF: 0x0809,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  CONTINUE: 0x003c,
  DATEMODE: 0x0022,
  FORMAT: 0x041e,
  XF: 0x00e0,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
  MERGECELLS: 0x00e5,
} as const;

const ERRORS: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/**
 * Reads the worksheets of an .xls or .et file, its cells counted against `budget`'s caps.
 * @example readXls(bytes).sheets[0].values[0][0] // => "2017年第三季度考核结果"
 */
export function readXls(bytes: Uint8Array, budget = new CellBudget()): XlsBook {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: "array" });
  } catch (error) {
    // cfb's own words go to the detail only, for whoever reports it.
    throw new WorkbookFileError("corrupt", `compound file: ${String(error)}`);
  }
  const has = (name: string) => CFB.find(container, name) !== null;
  if (has("EncryptionInfo") || has("EncryptedPackage"))
    throw new WorkbookFileError("encrypted", "encrypted package");
  const stream = CFB.find(container, "Workbook");
  if (!stream) {
    if (has("Book")) throw new WorkbookFileError("old-xls", "BIFF5 or older");
    throw new WorkbookFileError("not-a-workbook", "compound file without a Workbook stream");
  }
  if (!stream.content) throw new WorkbookFileError("corrupt", "Workbook stream without content");
  const data =
    stream.content instanceof Uint8Array ? stream.content : Uint8Array.from(stream.content);
  return readWorkbookStream(data, budget);
}

interface BiffRecord {
  readonly type: number;
  /** The record's data and that of the CONTINUE records after it, each separately. */
  readonly parts: Uint8Array[];
  /** Offset of the record after this one (and its continuations). */
  readonly next: number;
}

function recordAt(data: Uint8Array, at: number): BiffRecord | null {
  if (at + 4 > data.length) return null;
  const type = data[at] | (data[at + 1] << 8);
  const size = data[at + 2] | (data[at + 3] << 8);
  if (at + 4 + size > data.length) throw new WorkbookFileError("corrupt", "truncated BIFF record");
  const parts = [data.subarray(at + 4, at + 4 + size)];
  let next = at + 4 + size;
  while (next + 4 <= data.length && (data[next] | (data[next + 1] << 8)) === R.CONTINUE) {
    const n = data[next + 2] | (data[next + 3] << 8);
    if (next + 4 + n > data.length) throw new WorkbookFileError("corrupt", "truncated CONTINUE");
    parts.push(data.subarray(next + 4, next + 4 + n));
    next += 4 + n;
  }
  return { type, parts, next };
}

/** Reads across a record and its CONTINUE records, as strings in the SST are stored. */
class PartsReader {
  private part = 0;
  private pos = 0;

  constructor(private readonly parts: readonly Uint8Array[]) {}

  private get current(): Uint8Array {
    return this.parts[this.part];
  }

  private ensure(): void {
    while (this.part < this.parts.length && this.pos >= this.current.length) {
      this.part++;
      this.pos = 0;
    }
    if (this.part >= this.parts.length) throw new WorkbookFileError("corrupt", "record too short");
  }

  u8(): number {
    this.ensure();
    return this.current[this.pos++];
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(n: number): void {
    for (let left = n; left > 0;) {
      this.ensure();
      const take = Math.min(left, this.current.length - this.pos);
      this.pos += take;
      left -= take;
    }
  }

  /**
   * `count` characters, one byte each (Latin-1) or two (UTF-16LE). Where the characters run into
   * a CONTINUE record, that record starts with a fresh option byte saying which.
   */
  chars(count: number, wide: boolean): string {
    let out = "";
    let left = count;
    while (left > 0) {
      if (this.pos >= this.current.length) {
        this.part++;
        this.pos = 0;
        if (this.part >= this.parts.length)
          throw new WorkbookFileError("corrupt", "string too short");
        wide = (this.u8() & 1) === 1;
      }
      const avail = Math.floor((this.current.length - this.pos) / (wide ? 2 : 1));
      const take = Math.min(left, avail);
      const bytes = this.current.subarray(this.pos, this.pos + take * (wide ? 2 : 1));
      out += wide ? utf16(bytes) : latin1(bytes);
      this.pos += bytes.length;
      left -= take;
      if (take === 0 && left > 0) this.pos = this.current.length;
    }
    return out;
  }

  /** An XLUnicodeRichExtendedString (SST entries) or, with `rich` false, an XLUnicodeString. */
  unicodeString(lengthBytes: 1 | 2, rich: boolean): string {
    const count = lengthBytes === 1 ? this.u8() : this.u16();
    const flags = this.u8();
    const runs = rich && flags & 0x08 ? this.u16() : 0;
    const ext = rich && flags & 0x04 ? this.u32() : 0;
    const text = this.chars(count, (flags & 1) === 1);
    this.skip(runs * 4 + ext);
    return text;
  }
}

let utf16Decoder: InstanceType<typeof TextDecoder> | null = null;
function utf16(bytes: Uint8Array): string {
  return (utf16Decoder ??= new TextDecoder("utf-16le")).decode(bytes);
}
function latin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Throws when a record is too short for the field it should hold: a broken record, not a bug. */
function need(b: Uint8Array, at: number, length: number): void {
  if (at < 0 || at + length > b.length)
    throw new WorkbookFileError("corrupt", `BIFF record of ${b.length} bytes read at ${at}`);
}

function u16(b: Uint8Array, at: number): number {
  need(b, at, 2);
  return b[at] | (b[at + 1] << 8);
}

function f64(b: Uint8Array, at: number): number {
  need(b, at, 8);
  return new DataView(b.buffer, b.byteOffset + at, 8).getFloat64(0, true);
}

/** An RK number: a 30-bit integer or the top of a double, perhaps divided by 100. */
function rk(b: Uint8Array, at: number): number {
  need(b, at, 4);
  const raw = (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
  let value: number;
  if (raw & 2) value = (raw | 0) >> 2;
  else {
    const view = new DataView(new ArrayBuffer(8));
    view.setUint32(4, raw & 0xfffffffc, true);
    value = view.getFloat64(0, true);
  }
  return raw & 1 ? value / 100 : value;
}

interface Globals {
  strings: string[];
  formats: Map<number, string>;
  xfFormats: number[];
  date1904: boolean;
  sheets: { name: string; offset: number; state: SheetState; kind: number }[];
}

function readGlobals(data: Uint8Array, budget: CellBudget): Globals {
  const limits = budget.limits;
  const g: Globals = {
    strings: [],
    formats: new Map(),
    xfFormats: [],
    date1904: false,
    sheets: [],
  };
  const bof = recordAt(data, 0);
  if (!bof || bof.type !== R.BOF) throw new WorkbookFileError("not-a-workbook", "no BIFF BOF");
  if (u16(bof.parts[0], 0) !== 0x0600) throw new WorkbookFileError("old-xls", "not BIFF8");
  for (let at = bof.next; ;) {
    const rec = recordAt(data, at);
    if (!rec || rec.type === R.EOF) break;
    at = rec.next;
    const b = rec.parts[0];
    switch (rec.type) {
      case R.FILEPASS:
        throw new WorkbookFileError("encrypted", "FILEPASS");
      case R.DATEMODE:
        g.date1904 = u16(b, 0) === 1;
        break;
      case R.FORMAT: {
        const reader = new PartsReader(rec.parts);
        const id = reader.u16();
        g.formats.set(id, reader.unicodeString(2, false));
        break;
      }
      case R.XF:
        g.xfFormats.push(u16(b, 2));
        break;
      case R.BOUNDSHEET: {
        if (g.sheets.length >= limits.sheets)
          throw tooLarge("sheets", g.sheets.length + 1, limits.sheets);
        need(b, 0, 7);
        const offset = (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
        const state = (["visible", "hidden", "veryHidden"] as const)[b[4] & 3] ?? "visible";
        const reader = new PartsReader([b.subarray(6)]);
        g.sheets.push({ name: reader.unicodeString(1, false), offset, state, kind: b[5] });
        break;
      }
      case R.SST: {
        const reader = new PartsReader(rec.parts);
        reader.skip(4);
        const unique = reader.u32();
        // The count is declared up front: a hostile one is refused before the loop, not during.
        if (unique > limits.sharedStrings)
          throw tooLarge("sharedStrings", unique, limits.sharedStrings);
        for (let i = 0; i < unique; i++) g.strings.push(reader.unicodeString(2, true));
        break;
      }
    }
  }
  return g;
}

function readWorkbookStream(data: Uint8Array, budget: CellBudget): XlsBook {
  const g = readGlobals(data, budget);
  const codes = g.xfFormats.map((id) => g.formats.get(id) ?? builtInFormat(id) ?? "General");
  const dates = g.xfFormats.map((id, i) => isDateFormat(id, codes[i]));
  const sheets: SheetInput[] = [];
  const raw: SheetInput[] = [];
  const states: SheetState[] = [];
  for (const sheet of g.sheets) {
    if (sheet.kind !== 0) continue; // chart, macro and module sheets hold no cells to rank
    let cells: ReturnType<typeof readSheetStream>;
    try {
      cells = readSheetStream(data, sheet, g, codes, dates, budget);
    } catch (error) {
      if (error instanceof WorkbookFileError) throw error.within({ sheet: sheet.name });
      throw error;
    }
    sheets.push({ name: sheet.name, ...cells.engine });
    raw.push({ name: sheet.name, ...cells.raw });
    states.push(sheet.state);
  }
  return { sheets, raw, states };
}

function readSheetStream(
  data: Uint8Array,
  sheet: { readonly name: string; readonly offset: number },
  g: Globals,
  codes: readonly string[],
  dates: readonly boolean[],
  budget: CellBudget
): {
  engine: { values: CellValue[][]; merges: CellArea[]; formats: (string | null)[][] };
  raw: { values: CellValue[][]; merges: CellArea[]; formats: (string | null)[][] };
} {
  const grid = budget.grid<CellValue>(sheet.name, EMPTY);
  const values = grid.rows;
  const rawValues: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const merges: CellArea[] = [];
  const put = (row: number, col: number, xf: number, value: CellValue) => {
    if (value === EMPTY || value === "") return;
    const date = typeof value === "number" && dates[xf];
    // The engine's grid is checked and counted; the two beside it hold the same cells.
    grid.put(row, col, date ? serialToIso(value as number, g.date1904) : value);
    set(rawValues, row, col, value, EMPTY);
    set(formats, row, col, codes[xf] ?? null, null);
  };
  const bof = recordAt(data, sheet.offset);
  if (!bof || bof.type !== R.BOF) throw new WorkbookFileError("corrupt", "sheet without BOF");
  let pending: { row: number; col: number; xf: number } | null = null;
  for (let at = bof.next; ;) {
    const rec = recordAt(data, at);
    if (!rec || rec.type === R.EOF) break;
    at = rec.next;
    const b = rec.parts[0];
    switch (rec.type) {
      case R.LABELSST:
        put(u16(b, 0), u16(b, 2), u16(b, 4), g.strings[u16(b, 6) | (u16(b, 8) << 16)] ?? EMPTY);
        break;
      case R.LABEL: {
        const reader = new PartsReader([b.subarray(6), ...rec.parts.slice(1)]);
        put(u16(b, 0), u16(b, 2), u16(b, 4), reader.unicodeString(2, false));
        break;
      }
      case R.NUMBER:
        put(u16(b, 0), u16(b, 2), u16(b, 4), f64(b, 6));
        break;
      case R.RK:
        put(u16(b, 0), u16(b, 2), u16(b, 4), rk(b, 6));
        break;
      case R.MULRK: {
        const row = u16(b, 0);
        const first = u16(b, 2);
        const count = (b.length - 6) / 6;
        for (let i = 0; i < count; i++) put(row, first + i, u16(b, 4 + i * 6), rk(b, 6 + i * 6));
        break;
      }
      case R.BOOLERR:
        need(b, 0, 8);
        put(u16(b, 0), u16(b, 2), u16(b, 4), b[7] ? (ERRORS[b[6]] ?? "#N/A") : b[6] !== 0);
        break;
      case R.FORMULA: {
        const row = u16(b, 0);
        const col = u16(b, 2);
        const xf = u16(b, 4);
        if (u16(b, 12) !== 0xffff) put(row, col, xf, f64(b, 6));
        else if (b[6] === 0) pending = { row, col, xf };
        else if (b[6] === 1) put(row, col, xf, b[8] !== 0);
        else if (b[6] === 2) put(row, col, xf, ERRORS[b[8]] ?? "#N/A");
        break;
      }
      case R.STRING:
        if (pending) {
          const reader = new PartsReader(rec.parts);
          put(pending.row, pending.col, pending.xf, reader.unicodeString(2, false));
          pending = null;
        }
        break;
      case R.MERGECELLS: {
        const count = u16(b, 0);
        for (let i = 0; i < count; i++) {
          const p = 2 + i * 8;
          need(b, p, 8);
          budget.takeMerge(sheet.name);
          merges.push({
            top: u16(b, p),
            bottom: u16(b, p + 2),
            left: u16(b, p + 4),
            right: u16(b, p + 6),
          });
        }
        break;
      }
    }
  }
  return {
    engine: { values, merges, formats },
    raw: { values: rawValues, merges, formats },
  };
}

function set<T>(grid: T[][], row: number, col: number, value: T, blank: T): void {
  while (grid.length <= row) grid.push([]);
  const line = grid[row];
  while (line.length < col) line.push(blank);
  line[col] = value;
}
