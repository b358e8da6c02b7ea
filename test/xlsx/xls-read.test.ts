import { mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import * as CFB from "cfb";
import ExcelJS from "exceljs";
import { EMPTY, runEngine } from "../../src/core";
import { WorkbookFileError, readWorkbookBytes } from "../../src/xlsx";
import { looksLikeCompoundFile, readXls } from "../../src/xlsx/xls-read";
import { removeRecalculated, saveAsXls } from "../support/libreoffice";
import { prng } from "../support/sheet-builder";

jest.setTimeout(180_000);

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample-shaanxi-2017.xlsx");

/** Text that fills several SST records: Chinese (two bytes a character) and Latin (one byte). */
function longTexts(): string[] {
  const random = prng(9);
  return Array.from({ length: 2500 }, (_, i) =>
    i % 3 === 0
      ? `Unit ${i} ${"x".repeat(Math.floor(random() * 30))}`
      : `单位${i}号${"县区市".repeat(1 + Math.floor(random() * 8))}`
  );
}

async function fixture(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("三季度县区");
  ws.mergeCells("A1:F1");
  ws.getCell("A1").value = "2017年第三季度考核结果";
  ws.addRow(["序号", "县（区）", "交叉检查得分", "月通报得分", "总分", "备注"]);
  ws.addRow([1, "平利县", 98.2, 1.6, { formula: "C3+D3", result: 99.8 }, true]);
  ws.addRow([2, "汉滨区", 88.5, 0.9, { formula: "C4+D4", result: 89.4 }, false]);
  ws.addRow([3, "白河县", 87.4, 123456.789, { formula: 'B5&"（测）"', result: "白河县（测）" }]);
  ws.getCell("A7").value = { formula: "C3>90", result: true };
  ws.getCell("B7").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("C7").value = new Date(Date.UTC(2017, 10, 2));
  ws.getCell("C7").numFmt = "yyyy-mm-dd";
  ws.getCell("D7").value = 1.23456;
  ws.getCell("D7").numFmt = "0.000";
  ws.getCell("E7").value = -42;
  const long = wb.addWorksheet("长文本");
  longTexts().forEach((t, i) => (long.getCell(`A${i + 1}`).value = t));
  wb.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = "看不见";
  const file = path.join(dir, "fixture.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("readXls on an .xls saved by LibreOffice", () => {
  let dir: string;
  let xlsBytes: Uint8Array;
  let sampleXls: Uint8Array;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "duibiao-xls-"));
    const xls = await saveAsXls(await fixture(dir));
    xlsBytes = new Uint8Array(readFileSync(xls));
    removeRecalculated(xls);
    const sample = await saveAsXls(SAMPLE);
    sampleXls = new Uint8Array(readFileSync(sample));
    removeRecalculated(sample);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("knows a compound file by its signature", () => {
    expect(looksLikeCompoundFile(xlsBytes)).toBe(true);
    expect(looksLikeCompoundFile(readFileSync(SAMPLE))).toBe(false);
  });

  it("reads the sheets in order with their visibility", () => {
    const book = readXls(xlsBytes);
    expect(book.sheets.map((s) => s.name)).toEqual(["三季度县区", "长文本", "隐藏"]);
    expect(book.states).toEqual(["visible", "visible", "hidden"]);
  });

  it("reads numbers, text, booleans, errors, formula results, dates and merges", () => {
    const [sheet] = readXls(xlsBytes).sheets;
    const v = sheet.values;
    expect(v[0][0]).toBe("2017年第三季度考核结果");
    expect(v[0][1] ?? EMPTY).toBe(EMPTY);
    expect(v[1]).toEqual(["序号", "县（区）", "交叉检查得分", "月通报得分", "总分", "备注"]);
    expect(v[2]).toEqual([1, "平利县", 98.2, 1.6, 99.8, true]);
    expect(v[3]).toEqual([2, "汉滨区", 88.5, 0.9, 89.4, false]);
    expect(v[4]).toEqual([3, "白河县", 87.4, 123456.789, "白河县（测）"]);
    expect(v[6].slice(0, 5)).toEqual([true, "#DIV/0!", "2017-11-02T00:00:00.000Z", 1.23456, -42]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
    expect(sheet.formats?.[6]?.[3]).toBe("0.000");
  });

  it("keeps dates as serial numbers with their format for the .xlsx it becomes", () => {
    const [raw] = readXls(xlsBytes).raw;
    expect(raw.values[6][2]).toBe(43041);
    expect(raw.formats?.[6]?.[2]).toMatch(/yy/i);
  });

  it("reads shared strings that run over several records, Chinese and Latin alike", () => {
    const long = readXls(xlsBytes).sheets[1];
    expect(long.values.map((row) => row[0])).toEqual(longTexts());
  });

  it("gives the engine the same report as the .xlsx it was saved from", () => {
    const options = { ownUnit: "安康", benchmarks: ["汉中", "商洛", "平利"] };
    const fromXls = runEngine(readWorkbookBytes(sampleXls).sheets, options);
    const fromXlsx = runEngine(readWorkbookBytes(readFileSync(SAMPLE)).sheets, options);
    expect(fromXls.report).toEqual(fromXlsx.report);
    expect(fromXls.report.tables).toHaveLength(4);
  });

  it("tells a WPS .et from an .xls by its name only", () => {
    expect(readWorkbookBytes(sampleXls, { fileName: "三季度.et" }).format).toBe("et");
    expect(readWorkbookBytes(sampleXls, { fileName: "三季度.xls" }).format).toBe("xls");
  });
});

/** A compound file with the given streams. */
function compound(streams: Record<string, Uint8Array>): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(cfb, `/${name}`, data);
  return Uint8Array.from(CFB.write(cfb, { type: "array" }) as number[]);
}

/** BIFF records: type, then data. */
function biff(...records: [number, number[]][]): Uint8Array {
  const bytes: number[] = [];
  for (const [type, data] of records)
    bytes.push(type & 0xff, type >> 8, data.length & 0xff, data.length >> 8, ...data);
  return Uint8Array.from(bytes);
}

function refusal(bytes: Uint8Array): string {
  try {
    readWorkbookBytes(bytes);
  } catch (e) {
    if (e instanceof WorkbookFileError) return e.code;
    throw e;
  }
  return "read";
}

describe("files readXls refuses", () => {
  const bof = (version: number): [number, number[]] => [
    0x0809,
    [version & 0xff, version >> 8, 5, 0],
  ];

  it("an encrypted .xlsx (EncryptionInfo and EncryptedPackage in a compound file)", () => {
    const bytes = compound({
      EncryptionInfo: Uint8Array.of(4, 0, 4, 0, 0x40, 0, 0, 0),
      EncryptedPackage: Uint8Array.from({ length: 600 }, (_, i) => i % 251),
    });
    expect(refusal(bytes)).toBe("encrypted");
  });

  it("an .xls with a password to open (FILEPASS)", () => {
    const stream = biff(bof(0x0600), [0x002f, [1, 0, 1, 0]], [0x000a, []]);
    expect(refusal(compound({ Workbook: stream }))).toBe("encrypted");
  });

  it("an Excel 95 workbook (a Book stream, BIFF5)", () => {
    expect(refusal(compound({ Book: biff(bof(0x0500), [0x000a, []]) }))).toBe("old-xls");
  });

  it("a compound file that is no workbook (a Word document)", () => {
    expect(refusal(compound({ WordDocument: Uint8Array.from({ length: 600 }, () => 7) }))).toBe(
      "not-a-workbook"
    );
  });

  it("a compound file cut short", () => {
    const whole = compound({ Workbook: biff(bof(0x0600), [0x000a, []]) });
    expect(refusal(whole.subarray(0, 520))).toBe("corrupt");
  });
});
