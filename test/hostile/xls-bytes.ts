/**
 * Excel 97–2003 workbooks (BIFF8 in a compound file) written record by record, so a test can
 * make one that Excel would make, and then break one record of it.
 */
import * as CFB from "cfb";
import type { Cell, SheetSpec } from "./books";

type Biff = [type: number, data: number[]];

const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
const f64 = (n: number) => [...new Uint8Array(new Float64Array([n]).buffer)];

/** A string as UTF-16LE with the "wide" flag, after its length field of `lengthBytes`. */
function unicode(text: string, lengthBytes: 1 | 2): number[] {
  const units = [...text].flatMap((ch) => {
    const code = ch.codePointAt(0) as number;
    if (code < 0x10000) return [code];
    const c = code - 0x10000;
    return [0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff)];
  });
  return [
    ...(lengthBytes === 1 ? [units.length] : u16(units.length)),
    1,
    ...units.flatMap((u) => u16(u)),
  ];
}

function bytesOf(records: readonly Biff[]): number[] {
  return records.flatMap(([type, data]) => [...u16(type), ...u16(data.length), ...data]);
}

const bof = (kind: number, version = 0x0600): Biff => [
  0x0809,
  [...u16(version), ...u16(kind), ...u16(0x0dbb), ...u16(0x07cc), ...u32(0), ...u32(0x0600)],
];
const EOF: Biff = [0x000a, []];

export interface XlsOptions {
  /** Records put in the globals after BOF (FILEPASS, a broken one …). */
  readonly globals?: readonly Biff[];
  /** Records appended to each sheet before its EOF. */
  readonly sheetExtra?: readonly Biff[];
  /** The BOF version: 0x0600 for BIFF8, 0x0500 for Excel 95. */
  readonly version?: number;
  /** The stream's name: "Workbook" (BIFF8) or "Book" (BIFF5). */
  readonly stream?: string;
  /** A declared number of unique shared strings, true or not. */
  readonly sstCount?: number;
}

/** The Workbook stream of a BIFF8 workbook holding the sheets. */
export function workbookStream(sheets: readonly SheetSpec[], options: XlsOptions = {}): Uint8Array {
  const strings: string[] = [];
  const sst = (s: string) => {
    const i = strings.indexOf(s);
    if (i >= 0) return i;
    strings.push(s);
    return strings.length - 1;
  };
  const cell = (row: number, col: number, value: Cell): Biff[] => {
    if (value === null) return [];
    const at = [...u16(row), ...u16(col), ...u16(0)];
    if (typeof value === "number") return [[0x0203, [...at, ...f64(value)]]];
    if (typeof value === "boolean") return [[0x0205, [...at, value ? 1 : 0, 0]]];
    if (typeof value === "string") return [[0x00fd, [...at, ...u32(sst(value))]]];
    if ("inline" in value) return [[0x00fd, [...at, ...u32(sst(value.inline))]]];
    if ("date" in value) return [[0x0203, [...at, ...f64(value.date)]]];
    const codes: Readonly<Record<string, number>> = { "#DIV/0!": 0x07, "#N/A": 0x2a };
    return [[0x0205, [...at, codes[value.error] ?? 0x2a, 1]]];
  };
  const sheetStreams = sheets.map((s) =>
    bytesOf([
      bof(0x0010, options.version),
      ...s.rows.flatMap((row, r) => row.flatMap((v, c) => cell(r, c, v))),
      ...(options.sheetExtra ?? []),
      EOF,
    ])
  );
  const sstRecord: Biff = [
    0x00fc,
    [
      ...u32(strings.length),
      ...u32(options.sstCount ?? strings.length),
      ...strings.flatMap((s) => unicode(s, 2)),
    ],
  ];
  const globalsFor = (offsets: number[]) =>
    bytesOf([
      bof(0x0005, options.version),
      ...(options.globals ?? []),
      ...sheets.map((s, i): Biff => [0x0085, [...u32(offsets[i]), 0, 0, ...unicode(s.name, 1)]]),
      sstRecord,
      EOF,
    ]);
  const size = globalsFor(sheets.map(() => 0)).length;
  const offsets: number[] = [];
  let at = size;
  for (const s of sheetStreams) {
    offsets.push(at);
    at += s.length;
  }
  return Uint8Array.from([...globalsFor(offsets), ...sheetStreams.flat()]);
}

/** A compound file with the given streams. */
export function compoundFile(streams: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(cfb, `/${name}`, data);
  return Uint8Array.from(CFB.write(cfb, { type: "array" }) as number[]);
}

/** An .xls file holding the sheets. */
export function xlsFile(sheets: readonly SheetSpec[], options: XlsOptions = {}): Uint8Array {
  return compoundFile({ [options.stream ?? "Workbook"]: workbookStream(sheets, options) });
}

export const RECORD = { FILEPASS: 0x002f, NUMBER: 0x0203, MERGECELLS: 0x00e5 } as const;
export { u16, u32, f64 };
