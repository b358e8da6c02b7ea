/**
 * Workbook files for the benchmark's limits section, written straight as zip bytes (ExcelJS would
 * take minutes and gigabytes over a million rows): the largest score sheet the caps accept, the most
 * cells they accept, and the bombs they stop. Strings go through a shared-string table, as Excel
 * saves them, so the worksheet part is ASCII as it is in a real file.
 */
import { writeFileSync } from "fs";
import zlib from "zlib";
import { crc32 } from "../src/xlsx/crc32";

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const MB = 1 << 20;

/** A zip entry as pieces of one deflate stream, with the size and CRC it declares. */
interface Entry {
  readonly name: string;
  readonly pieces: Uint8Array[];
  readonly size: number;
  readonly crc: number;
}

/** Deflates text given in chunks into pieces that join as one stream (each flushed, the last final). */
function deflateChunks(name: string, chunks: Iterable<string>, declared?: number): Entry {
  const pieces: Uint8Array[] = [];
  let size = 0;
  let crc = 0;
  for (const chunk of chunks) {
    const bytes = Buffer.from(chunk, "utf8");
    size += bytes.length;
    crc = crc32(bytes, crc);
    pieces.push(zlib.deflateRawSync(bytes, { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
  }
  pieces.push(Uint8Array.of(3, 0));
  return { name, pieces, size: declared ?? size, crc };
}

/** `length` bytes of one character: 1 MB compressed once, its piece repeated (a bomb's body). */
function blanks(length: number): Uint8Array[] {
  const piece = zlib.deflateRawSync(Buffer.alloc(MB, 32), {
    level: 9,
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
  });
  const out: Uint8Array[] = Array.from({ length: Math.floor(length / MB) }, () => piece);
  if (length % MB)
    out.push(
      zlib.deflateRawSync(Buffer.alloc(length % MB, 32), {
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      })
    );
  return out;
}

function writeZip(file: string, entries: readonly Entry[]): number {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const compressed = e.pieces.reduce((a, p) => a + p.length, 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(compressed, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, ...e.pieces);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(compressed, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + compressed;
  }
  const dirSize = central.reduce((a, c) => a + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  const bytes = Buffer.concat([...chunks, ...central, end]);
  writeFileSync(file, bytes);
  return bytes.length;
}

/** Shared strings, numbered in the order they are first used. */
class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

type Cell = string | number | null;

const letters = (col: number): string =>
  col < 26 ? String.fromCharCode(65 + col) : letters(Math.floor(col / 26) - 1) + letters(col % 26);

/**
 * A worksheet part as Excel writes one, from rows produced lazily, 10,000 at a time; `compact`
 * leaves out cell references and styles, as some generators do (every cell then follows the last).
 */
function* sheetChunks(
  rows: Iterable<Cell[]>,
  strings: Strings,
  lastRef: string,
  compact = false
): Generator<string> {
  yield `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:${lastRef}"/><sheetData>`;
  let out: string[] = [];
  let r = 0;
  for (const row of rows) {
    r += 1;
    let xml = compact ? "<row>" : `<row r="${r}" spans="1:${row.length}">`;
    row.forEach((v, c) => {
      if (v === null) return;
      const at = compact ? "" : ` r="${letters(c)}${r}"`;
      if (typeof v === "string") xml += `<c${at} t="s"><v>${strings.of(v)}</v></c>`;
      else xml += compact ? `<c><v>${v}</v></c>` : `<c${at} s="1"><v>${v}</v></c>`;
    });
    out.push(`${xml}</row>`);
    if (out.length === 10_000) {
      yield out.join("");
      out = [];
    }
  }
  yield `${out.join("")}</sheetData></worksheet>`;
}

function* sharedStringChunks(strings: Strings): Generator<string> {
  yield `${XML}<sst xmlns="${MAIN}" count="${strings.list.length}" uniqueCount="${strings.list.length}">`;
  for (let i = 0; i < strings.list.length; i += 50_000)
    yield strings.list
      .slice(i, i + 50_000)
      .map((s) => `<si><t>${esc(s)}</t></si>`)
      .join("");
  yield "</sst>";
}

/** A whole workbook of these sheets, each sheet's part from its own chunks. */
function workbook(
  file: string,
  sheets: readonly { name: string; chunks: (strings: Strings) => Iterable<string> }[],
  replace: (entry: Entry) => Entry = (e) => e
): number {
  const strings = new Strings();
  const sheetEntries = sheets.map((s, i) =>
    replace(deflateChunks(`xl/worksheets/sheet${i + 1}.xml`, s.chunks(strings)))
  );
  const types =
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${SML}.sheet.main+xml"/>` +
    sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SML}.worksheet+xml"/>`
      )
      .join("") +
    `<Override PartName="/xl/styles.xml" ContentType="${SML}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${SML}.sharedStrings+xml"/></Types>`;
  const rels = (items: string) =>
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  const n = sheets.length;
  return writeZip(file, [
    deflateChunks("[Content_Types].xml", [types]),
    deflateChunks("_rels/.rels", [
      rels(`<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>`),
    ]),
    deflateChunks("xl/workbook.xml", [
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets>` +
        sheets
          .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join("") +
        "</sheets></workbook>",
    ]),
    deflateChunks("xl/_rels/workbook.xml.rels", [
      rels(
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
          )
          .join("") +
          `<Relationship Id="rId${n + 1}" Type="${R}/styles" Target="styles.xml"/>` +
          `<Relationship Id="rId${n + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`
      ),
    ]),
    deflateChunks("xl/styles.xml", [
      `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="176" formatCode="0.00"/></numFmts>` +
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="176" applyNumberFormat="1"/></cellXfs></styleSheet>',
    ]),
    ...sheetEntries,
    deflateChunks("xl/sharedStrings.xml", sharedStringChunks(strings)),
  ]);
}

/** The score parts of the benchmark's county tables. */
export const PARTS = ["交叉检查得分", "八办两组得分", "月通报得分", "专项评估得分"];
/** Their header row. */
export const HEADER = ["序号", "县（区）", "所属市", ...PARTS, "其中：加分", "总分", "深度贫困县"];

/** `units` county rows under {@link HEADER}, drawn from `random`. */
export function* countyRows(units: number, random: () => number): Generator<Cell[]> {
  for (let i = 0; i < units; i++) {
    const parts = PARTS.map(() => Math.round((60 + random() * 40) * 100) / 100);
    const bonus = random() < 0.3 ? Math.round(random() * 100) / 100 : null;
    const total = Math.round(parts.reduce((a, p) => a + p * 100, 0)) / 100;
    yield [
      i + 1,
      `单位${i + 1}县`,
      `城市${i % 50}市`,
      ...parts,
      bonus,
      total,
      random() < 0.1 ? "是" : null,
    ];
  }
}

/** A county score table of `units` rows, 10 columns, as the province prints it. */
function* scoreRows(units: number, seed: number): Generator<Cell[]> {
  let s = seed;
  const random = () => (s = (s * 16807) % 2147483647) / 2147483647;
  yield ["2017年第三季度县区考核结果"];
  yield HEADER;
  yield* countyRows(units, random);
}

/**
 * 1,048,000 rows × 16 columns of numbers: about the most cells the caps accept (sheetCells and
 * cells, with a county table beside). As Excel writes them they would be a 593 MB part, past the
 * part cap; written compactly they fit.
 */
function* fullRows(): Generator<Cell[]> {
  // 576 rows short of the grid, to leave room for the county table beside it in the cell cap.
  for (let r = 0; r < 1_048_000; r++)
    yield Array.from({ length: 16 }, (_, c) => (r * 16 + c) % 997);
}

export interface BenchFile {
  readonly label: string;
  readonly file: string;
  /** The exit code the command must give: 0 read and written, 1 refused. */
  readonly exit: 0 | 1;
}

/**
 * Writes the limit cases into `dir`: the largest score sheet (1,000,000 units, 10 columns, beside a
 * 96-county table), the most cells a sheet may hold, the padded sheet, and three bombs.
 */
export function writeLimitFiles(dir: string): BenchFile[] {
  const county = {
    name: "三季度县区",
    chunks: (s: Strings) => sheetChunks(scoreRows(96, 7), s, "J98"),
  };
  const at = (name: string) => `${dir}/${name}`;
  workbook(at("largest.xlsx"), [
    county,
    { name: "百万行", chunks: (s) => sheetChunks(scoreRows(1_000_000, 11), s, "J1000002") },
  ]);
  workbook(at("cells.xlsx"), [
    county,
    { name: "满格", chunks: (s) => sheetChunks(fullRows(), s, "P1048000", true) },
  ]);
  // The case: 300 MB of blank XML in a sheet, about 300 KB on disk.
  // The blanks go after the first piece (the worksheet's start and <sheetData>), as a generator
  // that pads a sheet would put them.
  const padded = (e: Entry, length: number, size: number): Entry => ({
    ...e,
    pieces: [e.pieces[0], ...blanks(length), ...e.pieces.slice(1)],
    size,
  });
  workbook(at("padded.xlsx"), [county], (e) => padded(e, 300 * MB, e.size + 300 * MB));
  // Ten times that: past the part cap, refused from the zip's directory.
  workbook(at("bomb.xlsx"), [county], (e) => padded(e, 3000 * MB, e.size + 3000 * MB));
  // The same bomb claiming 1 KB: refused while inflating, at the declared size.
  workbook(at("lying-bomb.xlsx"), [county], (e) => padded(e, 3000 * MB, 1024));
  return [
    {
      label: "largest score sheet: 1,000,000 units × 10 columns (378 MB part) + 96 counties",
      file: at("largest.xlsx"),
      exit: 0,
    },
    {
      label: "most cells: 1,048,576 rows × 16 columns + 96 counties",
      file: at("cells.xlsx"),
      exit: 0,
    },
    { label: "a sheet padded with 300 MB of blank XML (read)", file: at("padded.xlsx"), exit: 0 },
    {
      label: "bomb: 3,000 MB of blanks declared (refused from the directory)",
      file: at("bomb.xlsx"),
      exit: 1,
    },
    {
      label: "bomb: 3,000 MB of blanks claiming 1 KB (refused while inflating)",
      file: at("lying-bomb.xlsx"),
      exit: 1,
    },
  ];
}
