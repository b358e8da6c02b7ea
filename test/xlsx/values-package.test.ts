import { EMPTY, runEngine } from "../../src/core";
import { readWorkbookBytes, writeWorkbookBytes } from "../../src/xlsx";
import { readPackageSheets } from "../../src/xlsx/read-workbook";
import { valuesPackage } from "../../src/xlsx/values-package";
import { formulaMismatches } from "../support/formula-check";
import { sheet } from "../support/sheet-builder";

jest.setTimeout(120_000);

describe("valuesPackage: an .xls's sheets as a new .xlsx", () => {
  const scores = sheet(
    "三季度",
    [
      ["2017年第三季度考核结果"],
      ["县（区）", "交叉检查得分", "月通报得分", "总分", "考核日期"],
      ["平利县", 98.2, 1.6, 99.8, 43041],
      ["汉滨区", 88.5, 0.9, 89.4, 43041],
      ["白河县", 87.4, 0.1, 87.5, true],
    ],
    ["A1:E1"]
  );
  const withFormats = {
    ...scores,
    formats: scores.values.map((row) =>
      row.map((_, c) => (c === 4 ? "yyyy-mm-dd" : c > 0 ? "0.00" : null))
    ),
  };

  it("holds the values, merges, formats and visibility of the sheets", () => {
    const pkg = valuesPackage([withFormats, sheet("隐", [["x"]])], ["visible", "hidden"]);
    const { sheets, states } = readPackageSheets(pkg, true);
    expect(states).toEqual(["visible", "hidden"]);
    expect(sheets[0].values[2]).toEqual(["平利县", 98.2, 1.6, 99.8, "2017-11-02T00:00:00.000Z"]);
    expect(sheets[0].values[4][4]).toBe(true);
    expect(sheets[0].values[0][1] ?? EMPTY).toBe(EMPTY);
    expect(sheets[0].merges).toEqual(scores.merges);
    expect(sheets[0].formats?.[2]).toEqual([null, "0.00", "0.00", "0.00", "yyyy-mm-dd"]);
  });

  it("takes the tool's sheets, whose formulas LibreOffice recalculates to the engine's values", async () => {
    const book = {
      format: "xls" as const,
      sheets: [scores],
      states: ["visible" as const],
      source: { kind: "values" as const, sheets: [withFormats], states: ["visible" as const] },
    };
    const result = runEngine(book.sheets);
    const out = readWorkbookBytes(writeWorkbookBytes(book, { plans: result.plans }));
    expect(out.sheets.map((s) => s.name)).toEqual(["三季度", ...result.plans.map((p) => p.name)]);
    const { mismatches, checked } = await formulaMismatches(book, result);
    expect(checked).toBeGreaterThan(10);
    expect(mismatches).toEqual([]);
  });
});
