import ExcelJS from "exceljs";
import { createEmulator } from "../../dev/office-emulator";
import { displayValue } from "../../dev/playground/display";
import {
  charsToPoints,
  columnLetter,
  pointsToChars,
  readXlsx,
  splitAddress,
  writeXlsx,
} from "../../dev/playground/xlsx-convert";

async function bytesOf(wb: ExcelJS.Workbook): Promise<ArrayBuffer> {
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

async function load(bytes: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return wb;
}

describe("readXlsx(bytes)", () => {
  it("gives formulas as =…, keeps formula-like text as text, and keeps merges and formats", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("三季度");
    ws.getCell("A1").value = "标题";
    ws.mergeCells("A1:C1");
    ws.getCell("A2").value = "=不是公式";
    ws.getCell("B2").value = 98.2;
    ws.getCell("B2").numFmt = "0.00";
    ws.getCell("C2").value = {
      formula: "_xlfn.RANK.EQ(B2,B2:B2)",
      result: 1,
    } as ExcelJS.CellFormulaValue;
    const [sheet] = await readXlsx(await bytesOf(wb));
    expect(sheet.name).toBe("三季度");
    expect(sheet.values).toEqual([["标题"], ["=不是公式", 98.2, "=RANK.EQ(B2,B2:B2)"]]);
    expect(sheet.numberFormats?.[1]).toEqual(["@", "0.00", null]);
    expect(sheet.merges).toEqual(["A1:C1"]);
  });

  it("gives each cell of a shared formula its own formula", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("B1").value = { formula: "A1*2", result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 4 } as ExcelJS.CellSharedFormulaValue;
    const [sheet] = await readXlsx(await bytesOf(wb));
    expect(sheet.values).toEqual([
      [1, "=A1*2"],
      [2, "=A2*2"],
    ]);
  });

  it("keeps column widths (as points), frozen panes and hidden sheets", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表", { views: [{ state: "frozen", ySplit: 3, xSplit: 2 }] });
    ws.getColumn("B").width = 8.43;
    ws.getCell("A1").value = 1;
    wb.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = 2;
    const [shown, hidden] = await readXlsx(await bytesOf(wb));
    expect(shown.columnWidths).toEqual({ B: 48 });
    expect(shown.frozen).toEqual({ rows: 3, columns: 2 });
    expect(shown.visibility).toBeUndefined();
    expect(hidden.visibility).toBe("Hidden");
  });

  it("throws on bytes that are not a workbook", async () => {
    await expect(
      readXlsx(new TextEncoder().encode("序号,单位\n1,汉中").buffer as ArrayBuffer)
    ).rejects.toThrow();
  });
});

describe("writeXlsx(snapshot)", () => {
  it("writes the emulated workbook with formulas, their values cached, and text as text", async () => {
    const emu = createEmulator({
      sheets: [
        {
          name: "表",
          values: [[1, 2, "=RANK.EQ(A1,A1:B1)", "=x", "=1/0"]],
          numberFormats: [[null, null, "0", "@", null]],
        },
      ],
    });
    const ws = (await load(await writeXlsx(emu.snapshot()))).getWorksheet(
      "表"
    ) as ExcelJS.Worksheet;
    expect(ws.getCell("C1").formula).toBe("_xlfn.RANK.EQ(A1,A1:B1)");
    expect(ws.getCell("C1").result).toBe(2);
    expect(ws.getCell("C1").numFmt).toBe("0");
    expect(ws.getCell("D1").value).toBe("=x");
    expect(ws.getCell("D1").numFmt).toBe("@");
    expect(ws.getCell("E1").result).toEqual({ error: "#DIV/0!" });
  });

  it("keeps merges, column widths, row heights, frozen panes and hidden sheets", async () => {
    const emu = createEmulator({
      sheets: [
        {
          name: "表",
          values: [
            ["标题", null],
            [1, 2],
          ],
          merges: ["A1:B1"],
          columnWidths: { A: 48, B: 100 },
          rowHeights: { 1: 30 },
          frozen: { rows: 1 },
        },
        { name: "隐藏", values: [[1]], visibility: "Hidden" },
      ],
    });
    const wb = await load(await writeXlsx(emu.snapshot()));
    const ws = wb.getWorksheet("表") as ExcelJS.Worksheet;
    expect(ws.model.merges).toEqual(["A1:B1"]);
    expect(ws.getColumn("A").width).toBe(8.43);
    expect(ws.getColumn("B").width).toBeCloseTo(18.33, 2);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1, xSplit: 0 });
    expect((wb.getWorksheet("隐藏") as ExcelJS.Worksheet).state).toBe("hidden");
  });

  it("round-trips a column width through points", () => {
    for (const chars of [8.43, 12, 40]) expect(pointsToChars(charsToPoints(chars))).toBe(chars);
  });
});

describe("addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
  ])("column %p is %p and back", (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
    expect(splitAddress(`${letter}7`)).toEqual([index, 6]);
  });
});

describe("displayValue(value, format)", () => {
  it.each([
    [99.8, "0.00", "99.80"],
    [4, "0", "4"],
    [-3, "+0;-0;0", "-3"],
    [5, "+0;-0;0", "+5"],
    [0, "+0;-0;0", "0"],
    [0.6773, "0%", "68%"],
    [0.6773, "0.0%", "67.7%"],
    [-1.375, "0.####", "-1.375"],
    [98.2, '0.00"分"', "98.20分"],
    [1234.5, "#,##0.00", "1,234.50"],
    ["", "0.00", ""],
    ["安康", undefined, "安康"],
    ["#N/A", null, "#N/A"],
    [true, null, "TRUE"],
    [0.1 + 0.2, undefined, "0.3"],
  ])("%p with %p shows %p", (value, format, shown) => {
    expect(displayValue(value, format)).toBe(shown);
  });
});
