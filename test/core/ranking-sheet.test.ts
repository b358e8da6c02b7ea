import { analyzeWorkbook } from "../../src/core/analyze";
import { CellValue, EMPTY } from "../../src/core/cells";
import { OUTPUT_MARKER, isOutputSheet } from "../../src/core/output-sheets";
import { planRankingSheet, rankingLayout, scoreCell } from "../../src/core/ranking-sheet";
import { FORMAT, PlanCell, planFormulaCells } from "../../src/core/sheet-plan";
import { ScoreCell, UnitRow } from "../../src/core/table";
import { readWorkbook } from "../../src/core/workbook";
import { messagesFor } from "../../src/locales";
import { Cell, frozen, sheet } from "../support/sheet-builder";

const messages = messagesFor("zh-CN");

const ROWS: Cell[][] = [
  ["2017年第三季度考核结果"],
  ["县（区）", "所属市", "交叉检查得分", "月通报得分", "其中：加分", "排名"],
  ["白河县", "安康市", "９０．８５", 0.6, 0.1, 2],
  ["平利县", "安康市", 98.2, "1.6分", 0.5, 1],
  ["=SUM(A1)", "延安市", 90.85, 0.5, null, 3],
  ["宜川县", "延安市", "缺考", 0.4, null, 4],
];

function plan(rows = ROWS, name = "三季度 O'县") {
  const [a] = analyzeWorkbook(readWorkbook([frozen(sheet(name, rows, []))]));
  const layout = rankingLayout(a, "排名-三季度");
  return { a, layout, sheet: planRankingSheet(a, layout, null, messages) };
}

const values = (rows: readonly (readonly PlanCell[])[]): CellValue[][] =>
  rows.map((r) => r.map((c) => (c.value === null ? EMPTY : c.value)));

describe("planRankingSheet(analysis, layout)", () => {
  const { a, layout, sheet: s } = plan();
  const header = s.plan.rows[2].map((c) => c.value);
  const col = (title: string) => header.indexOf(title);
  const rowOf = (name: string) => s.plan.rows.findIndex((r) => r[layout.col.name]?.value === name);
  const cell = (name: string, title: string) => s.plan.rows[rowOf(name)][col(title)];

  it("writes a title, the tool's marker in A2, and a header row, frozen under it", () => {
    expect(s.plan.rows[0][0].value).toContain("2017年第三季度");
    expect(String(s.plan.rows[1][0].value).startsWith(OUTPUT_MARKER)).toBe(true);
    expect(isOutputSheet(values(s.plan.rows))).toBe(true);
    expect(s.plan.freeze).toEqual({ rows: 3, columns: layout.col.name + 1 });
    expect(header.slice(0, 2)).toEqual([
      messages.sheets.columns.rank,
      messages.sheets.columns.name,
    ]);
    expect(s.plan.name).toBe("排名-三季度");
  });

  it("lists the units in rank order from row 4", () => {
    const names = s.plan.rows.slice(3, 3 + a.units.length).map((r) => r[layout.col.name].value);
    expect(names).toEqual(["平利县", "白河县", "=SUM(A1)", "宜川县"]);
    expect(layout.firstRow).toBe(3);
    expect(layout.lastRow).toBe(6);
    const first = a.units.find((u) => u.unit.row === 3);
    expect(first && layout.rowOf.get(first.unit)).toBe(3);
  });

  it("writes a formula-like name as text, with no formula", () => {
    const name = s.plan.rows[rowOf("=SUM(A1)")][layout.col.name];
    expect(name.value).toBe("=SUM(A1)");
    expect(name.formula).toBeUndefined();
    expect(name.format).toBe(FORMAT.text);
  });

  it("brings each score from the source sheet, rounded, the sheet name quoted", () => {
    const pingli = rowOf("平利县");
    expect(cell("平利县", "交叉检查得分")).toMatchObject({
      value: 98.2,
      formula: "=ROUND('三季度 O''县'!$C$4,2)",
      format: FORMAT.score,
    });
    expect(pingli).toBe(3);
  });

  it("carries a repaired text number as a constant behind ISNUMBER, and marks it", () => {
    expect(cell("白河县", "交叉检查得分")).toMatchObject({
      value: 90.85,
      formula: "=IF(ISNUMBER('三季度 O''县'!$C$3),ROUND('三季度 O''县'!$C$3,2),90.85)",
      style: "repaired",
    });
    expect(cell("平利县", "月通报得分")).toMatchObject({ value: 1.6, style: "repaired" });
    const notes = s.plan.rows.slice(3 + a.units.length).flat();
    expect(notes.map((c) => c.value)).toContain(messages.sheets.repairedNote);
  });

  it("shows a score that is not a number as blank, marked", () => {
    expect(cell("宜川县", "交叉检查得分")).toMatchObject({ value: "", style: "warn" });
  });

  it("computes the total from the parts without the 其中 breakdown", () => {
    const total = cell("平利县", messages.sheets.columns.total);
    expect(total.value).toBe(99.8);
    expect(total.formula).toMatch(/^=ROUND\(SUM\([A-Z]+4,[A-Z]+4\),2\)$/);
  });

  it("ranks with RANK.EQ over the total column, rows anchored", () => {
    const rank = s.plan.rows[3][layout.col.rank];
    expect(rank).toMatchObject({ value: 1, format: FORMAT.rank });
    expect(rank.formula).toMatch(/^=RANK\.EQ\(([A-Z]+)4,\$\1\$4:\$\1\$7\)$/);
  });

  it("lists in `cells` where each non-null value's formula sits", () => {
    const unitAt = (row: number) => a.units.find((u) => u.unit.row === row)?.unit;
    const pingli = s.cells.get(unitAt(3) as UnitRow);
    expect(pingli?.rank).toBe("'排名-三季度'!A4");
    expect(Object.keys(pingli ?? {}).sort()).toEqual(
      ["gapToFirst", "rank", "rankWithoutBonus", "total"].sort()
    );
    expect(Object.keys(s.cells.get(unitAt(5) as UnitRow) ?? {}).sort()).toEqual(
      ["gapToAbove", "gapToFirst", "rank", "rankWithoutBonus", "total"].sort()
    );
  });

  it("makes every computed cell a formula whose value is the engine's", () => {
    const formulas = planFormulaCells(s.plan);
    expect(formulas.length).toBeGreaterThan(20);
    for (const { cell: c } of formulas) expect(c.formula?.startsWith("=")).toBe(true);
    const pingli = a.units.find((u) => u.unit.name === "平利县");
    expect(cell("平利县", messages.sheets.columns.rankWithoutBonus).value).toBe(
      pingli?.rankWithoutBonus
    );
  });
});

describe("scoreCell(sheet, cell, decimals)", () => {
  it("is blank without a cell, a rounded reference for a number", () => {
    const blank = scoreCell("s", null);
    expect(blank.value).toBeNull();
    expect(blank.formula).toBeUndefined();
    expect(
      scoreCell("s", { row: 4, col: 3, parsed: { kind: "number", value: 1.005 }, value: 1.005 })
    ).toMatchObject({ value: 1.01, formula: "=ROUND('s'!$D$5,2)", format: "0.00" });
  });

  it("rounds at the sheet's precision when it shows 3 decimals", () => {
    const cell = { row: 4, col: 3, parsed: { kind: "number", value: 95.1254 }, value: 95.1254 };
    expect(scoreCell("s", cell as ScoreCell, 3)).toMatchObject({
      value: 95.125,
      formula: "=ROUND('s'!$D$5,3)",
      format: "0.000",
    });
  });

  it("guards an empty source cell so the formula follows a later edit", () => {
    expect(
      scoreCell("s", { row: 4, col: 3, parsed: { kind: "empty" }, value: null })
    ).toMatchObject({
      value: "",
      formula: "=IF(ISNUMBER('s'!$D$5),ROUND('s'!$D$5,2),\"\")",
    });
  });
});
