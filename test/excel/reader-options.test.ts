/**
 * The add-in's side of reading any province's sheets, on the strict emulator: number formats set
 * the precision, the user's selection marks a table or its unit column, and a table the reader
 * cannot tell is a problem the pane can show.
 */
import { DEFAULT_SETTINGS, DuibiaoSettings, SheetInput } from "../../src/core";
import { createOfficeHost, splitAddress } from "../../src/excel";
import { formatsFrom } from "../../src/excel/read";
import { sheet } from "../support/sheet-builder";
import { emulate } from "../support/emulated-workbook";

jest.setTimeout(120_000);

const guizhou: SheetInput = sheet("市州", [
  ["2023年第三季度市州考核结果"],
  ["市州", "总分"],
  ["贵阳市", 95.1249],
  ["遵义市", 95.1254],
  ["安顺市", 95.12],
]);

const pairing: SheetInput = sheet("互查", [
  [null, null, "得分"],
  ["兰州市", "嘉峪关市", 95],
  ["金昌市", "白银市", 93],
  ["天水市", "武威市", 90],
]);

describe("splitAddress(address) and formatsFrom(formats, row, column)", () => {
  it("splits a selection's address into its sheet and cells, quotes and $ removed", () => {
    expect(splitAddress("'三季度 县区'!$B$3:$B$20")).toEqual({
      sheet: "三季度 县区",
      address: "B3:B20",
    });
    expect(splitAddress("Sheet1!A1")).toEqual({ sheet: "Sheet1", address: "A1" });
    expect(splitAddress("'it''s'!C4")).toEqual({ sheet: "it's", address: "C4" });
    expect(splitAddress("A1:B2")).toBeNull();
  });

  it("places a used range's formats from A1, General as no format", () => {
    expect(formatsFrom([["0.000", "General"]], 1, 2)).toEqual([[], [null, null, "0.000", null]]);
  });
});

describe("the office host reads number formats and the user's marks", () => {
  afterEach(() => jest.restoreAllMocks());

  it("compares a sheet formatted 0.000 at 3 decimals: 95.1249 and 95.1254 tie", async () => {
    const formats = guizhou.values.map((row, r) =>
      row.map((_, c) => (r >= 2 && c === 1 ? "0.000" : "General"))
    );
    const emu = emulate([guizhou], {}, formats);
    try {
      const result = await createOfficeHost({ locale: "zh-CN" }).refresh(DEFAULT_SETTINGS);
      expect(result.tables).toHaveLength(1);
      const ranking = emu.sheetInputs().find((s) => s.name === result.tables[0].outputSheet);
      // Units in rank order from row 4: the two that tie at 95.125 share rank 1.
      expect(ranking?.values.slice(3, 6).map((r) => [r[1], r[0]])).toEqual([
        ["贵阳市", 1],
        ["遵义市", 1],
        ["安顺市", 3],
      ]);
      expect(ranking?.formulas[3][2]).toBe("=ROUND('市州'!$B$3,3)");
    } finally {
      emu.uninstall();
    }
  });

  it("lists an undecided table as a scan problem, then reads it once its unit column is marked", async () => {
    const emu = emulate([pairing]);
    try {
      const host = createOfficeHost({ locale: "zh-CN" });
      const scan = await host.scan(DEFAULT_SETTINGS);
      expect(scan.tables).toEqual([]);
      expect(scan.problems.map((p) => [p.sheet, p.cell])).toEqual([["互查", "A2:C4"]]);
      expect(scan.problems[0].message).toMatch(/无法确定哪一列是单位名称（可能是 A、B 列）/);

      await host.selectCell("互查", "B2:B4");
      const selection = await host.getSelection();
      expect(selection).toEqual({ sheet: "互查", address: "B2:B4" });
      const marked: DuibiaoSettings = { ...DEFAULT_SETTINGS, overrides: { 互查: { B: "name" } } };
      const again = await host.scan(marked);
      expect(again.tables.map((t) => [t.sheet, t.unitCount])).toEqual([["互查", 3]]);
      expect(again.problems).toEqual([]);
    } finally {
      emu.uninstall();
    }
  });

  it("reads a marked range as a table even where no header names the unit column", async () => {
    const emu = emulate([pairing]);
    try {
      const host = createOfficeHost({ locale: "zh-CN" });
      const marked: DuibiaoSettings = {
        ...DEFAULT_SETTINGS,
        tableRanges: { 互查: ["B1:C4"] },
      };
      const scan = await host.scan(marked);
      expect(scan.tables.map((t) => [t.sheet, t.unitCount])).toEqual([["互查", 3]]);
      const result = await host.refresh(marked);
      const ranking = emu.sheetInputs().find((s) => s.name === result.tables[0].outputSheet);
      expect(ranking?.values.slice(3, 6).map((r) => r[1])).toEqual([
        "嘉峪关市",
        "白银市",
        "武威市",
      ]);
    } finally {
      emu.uninstall();
    }
  });
});
