import { UnitResult, analyzeWorkbook } from "../../src/core/analyze";
import { cellAddress } from "../../src/core/address";
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
    const pingli = s.cellsOf(unitAt(3) as UnitRow);
    expect(pingli?.rank).toBe("'排名-三季度'!A4");
    expect(Object.keys(pingli ?? {}).sort()).toEqual(
      ["gapToFirst", "rank", "rankWithoutBonus", "total"].sort()
    );
    expect(Object.keys(s.cellsOf(unitAt(5) as UnitRow)).sort()).toEqual(
      ["gapToAbove", "gapToFirst", "rank", "rankWithoutBonus", "total"].sort()
    );
  });

  it("adds the targets: points to the top three, and the bottom-N line of the setting", () => {
    expect(header.slice(layout.col.topThree, layout.col.key)).toEqual([
      "进入前三需提高",
      "距后10位线",
    ]);
    const top = cell("宜川县", "进入前三需提高");
    expect(top.formula).toMatch(/^=IF\(COUNT\(\$([A-Z]+)\$4:\$\1\$7\)<3,0,MAX\(0,ROUND\(LARGE\(/);
    // Four units and a line of 10: no line.
    expect(cell("宜川县", "距后10位线").value).toBe("");
    const narrow = planRankingSheet(a, layout, null, messages, new Set(), 2);
    const line = narrow.plan.rows[2].findIndex((c) => c.value === "距后2位线");
    const at = (name: string) => narrow.plan.rows[rowOf(name)][line].value;
    // 平利 99.8, 白河 91.45 (90.85 + 0.6), =SUM(A1) 91.35, 宜川 0.4: the last two are in.
    expect(["平利县", "白河县", "=SUM(A1)", "宜川县"].map(at)).toEqual([8.45, 0.1, -0.1, -91.05]);
    expect(narrow.targetCellsOf(a.units[0].unit)).toEqual({
      topThree: `'排名-三季度'!${cellAddress(3, narrow.layout.col.topThree)}`,
      first: `'排名-三季度'!${cellAddress(3, narrow.layout.col.gapToFirst)}`,
      bottomLine: `'排名-三季度'!${cellAddress(3, narrow.layout.col.bottomLine)}`,
    });
    expect(s.plan.rows.some((r) => String(r[0]?.value).startsWith("目标："))).toBe(true);
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
    expect(scoreCell("s", { row: 4, col: 3, kind: "number", value: 1.005 })).toMatchObject({
      value: 1.01,
      formula: "=ROUND('s'!$D$5,2)",
      format: "0.00",
    });
  });

  it("rounds at the sheet's precision when it shows 3 decimals", () => {
    const cell = { row: 4, col: 3, kind: "number", value: 95.1254 };
    expect(scoreCell("s", cell as ScoreCell, 3)).toMatchObject({
      value: 95.125,
      formula: "=ROUND('s'!$D$5,3)",
      format: "0.000",
    });
  });

  it("guards an empty source cell so the formula follows a later edit", () => {
    expect(scoreCell("s", { row: 4, col: 3, kind: "empty", value: null })).toMatchObject({
      value: "",
      formula: "=IF(ISNUMBER('s'!$D$5),ROUND('s'!$D$5,2),\"\")",
    });
  });
});

describe("planRankingSheet on other provinces' tables", () => {
  const plan = (input: ReturnType<typeof sheet>) => {
    const [a] = analyzeWorkbook(readWorkbook([input]));
    const layout = rankingLayout(a, "排名");
    return { a, layout, s: planRankingSheet(a, layout, null, messages) };
  };
  const column = (s: ReturnType<typeof plan>["s"], header: string) =>
    s.plan.rows[2].findIndex((c) => c.value === header);

  it("adds a section column and ranks within each section with COUNTIFS", () => {
    const { a, layout, s } = plan(
      sheet(
        "县区",
        [
          ["县（市、区）", "得分"],
          ["一类县（区）", null],
          ["城关区", 96],
          ["七里河区", 94],
          ["二类县（区）", null],
          ["榆中县", 97],
          ["永登县", 93.5],
        ],
        ["A2:B2", "A5:B5"]
      )
    );
    const sectionCol = column(s, messages.sheets.columns.section);
    const rankCol = column(s, messages.sheets.columns.sectionRank);
    expect(sectionCol).toBe(layout.col.section);
    const yuzhong = a.units.find((u) => u.unit.name === "榆中县") as UnitResult;
    const row = s.plan.rows[layout.rowOf.get(yuzhong.unit) as number];
    expect(row[sectionCol].value).toBe("二类县（区）");
    expect(row[rankCol]).toMatchObject({ value: 1, format: FORMAT.rank });
    expect(row[rankCol].formula).toMatch(/^=COUNTIFS\(\$C\$4:\$C\$7,\$C\d+,/);
  });

  it("carries a grade as text beside the total", () => {
    const { layout, s } = plan(
      sheet("部门", [
        ["单位名称", "考核得分", "等次"],
        ["市财政局", 92, "良好"],
        ["市发展和改革委员会", 96.5, "优秀"],
      ])
    );
    expect(s.plan.rows[3][layout.col.grade as number]).toMatchObject({
      value: "优秀",
      format: "@",
    });
  });

  it("sums parts by the weights their headers state, rounded as the sheet's ROUND", () => {
    const { layout, s } = plan(
      sheet("年度", [
        ["地区", "日常考核（40%）", "年终考核(权重60%)"],
        ["喀什地区", 90, 80],
        ["和田地区", 80, 85.5],
      ])
    );
    const total = s.plan.rows[3][layout.col.total];
    expect(total.value).toBe(84);
    expect(total.formula).toBe("=ROUND(SUM(ROUND(0.4*N(C4)+0.6*N(D4),2)),2)");
  });

  it("writes a 3-decimal sheet's formulas and formats at 3 decimals", () => {
    const { layout, s } = plan(
      sheet("市州", [
        ["市州", "总分"],
        ["贵阳市", 95.124],
        ["遵义市", 95.125],
      ])
    );
    const first = s.plan.rows[3];
    expect(first[layout.col.total]).toMatchObject({
      value: 95.125,
      formula: "=ROUND('市州'!$B$3,3)",
      format: "0.000",
    });
    expect(s.plan.rows[4][layout.col.gapToFirst]).toMatchObject({ value: 0.001, format: "0.000" });
    expect(s.plan.rows[4][layout.col.gapToFirst].formula).toMatch(/,3\)$/);
  });
});
