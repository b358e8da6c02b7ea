import { readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { cellAt, runEngine, toCellValue } from "../../src/core";
import { WorkbookFileError, readWorkbookBytes } from "../../src/xlsx";
import { realWorldWorkbook } from "../support/packages";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample-shaanxi-2017.xlsx");

function code(bytes: Uint8Array): string {
  try {
    readWorkbookBytes(bytes);
  } catch (e) {
    if (e instanceof WorkbookFileError) return e.code;
    throw e;
  }
  return "read";
}

describe("readWorkbookBytes", () => {
  it("reads the sample's sheets, values, merges and formats", () => {
    const book = readWorkbookBytes(readFileSync(SAMPLE));
    expect(book.format).toBe("xlsx");
    expect(book.sheets.map((s) => s.name)).toEqual([
      "说明",
      "二季度市级",
      "二季度县区",
      "三季度市级",
      "三季度县区",
    ]);
    expect(book.states).toEqual(["visible", "visible", "visible", "visible", "visible"]);
    const county = book.sheets[4];
    expect(county.values[0][0]).toBe("2017年第三季度全省脱贫攻坚考核结果（县区）");
    expect(county.merges?.some((m) => m.top === 0 && m.left === 0 && m.right > 0)).toBe(true);
  });

  it("gives the engine what ExcelJS's reading of the same file gives", async () => {
    const bytes = readFileSync(SAMPLE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const book = readWorkbookBytes(bytes);
    // Same cells wherever ExcelJS has a value of its own (it repeats a merged area's value);
    // "" is a blank to both.
    for (const ws of wb.worksheets) {
      const sheet = book.sheets.find((s) => s.name === ws.name);
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (cell.isMerged && cell.master.address !== cell.address) return;
          const mine = sheet ? cellAt(sheet.values, r - 1, c - 1) : undefined;
          expect({ at: `${ws.name}!${cell.address}`, value: mine }).toEqual({
            at: `${ws.name}!${cell.address}`,
            value: toCellValue(cell.value),
          });
        })
      );
    }
    const options = { ownUnit: "安康", benchmarks: ["汉中", "商洛", "平利"] };
    expect(runEngine(book.sheets, options).report.tables).toHaveLength(4);
  });

  it("reads number formats where the cells' styles give them", () => {
    const book = readWorkbookBytes(realWorldWorkbook());
    const scores = book.sheets[0];
    expect(scores.values[2]).toEqual([1, "平利县", "安康市", 98.2, 1.6, 99.8]);
    expect(scores.formats?.[2]).toEqual([null, null, null, "0.00_ ", "0.00_ ", "0.00_ "]);
    expect(
      readWorkbookBytes(realWorldWorkbook(), { formats: false }).sheets[0].formats
    ).toBeUndefined();
  });

  it("reads an .xlsm as such", () => {
    expect(readWorkbookBytes(realWorldWorkbook({ macro: true })).format).toBe("xlsm");
  });

  it("refuses what is not a workbook, with a reason", () => {
    expect(code(new Uint8Array(0))).toBe("empty");
    expect(code(new TextEncoder().encode("序号,单位,总分\n1,汉中,94.52\n"))).toBe("text");
    expect(code(Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0))).toBe("not-a-workbook");
    const zipOfText = readFileSync(SAMPLE).subarray(0, 200);
    expect(code(zipOfText)).toBe("corrupt");
  });
});
