import ExcelJS from "exceljs";
import { createEmulator } from "../../dev/office-emulator";
import { displayValue } from "../../dev/playground/display";
import { readXlsx, writeXlsx } from "../../dev/playground/xlsx-convert";

async function bytesOf(wb: ExcelJS.Workbook): Promise<ArrayBuffer> {
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
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
          values: [[1, 2, "=RANK.EQ(A1,A1:B1)", "=x"]],
          numberFormats: [[null, null, null, "@"]],
        },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await writeXlsx(emu.snapshot()));
    const ws = wb.getWorksheet("表") as ExcelJS.Worksheet;
    expect(ws.getCell("C1").formula).toBe("_xlfn.RANK.EQ(A1,A1:B1)");
    expect(ws.getCell("C1").result).toBe(2);
    expect(ws.getCell("D1").value).toBe("=x");
    expect(ws.getCell("D1").numFmt).toBe("@");
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
    [-1.375, "0.####", "-1.375"],
    ["", "0.00", ""],
    ["安康", undefined, "安康"],
    [0.1 + 0.2, undefined, "0.3"],
  ])("%p with %p shows %p", (value, format, shown) => {
    expect(displayValue(value, format)).toBe(shown);
  });
});
