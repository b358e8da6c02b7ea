import { analyzeWorkbook, unitTotal } from "../../src/core/analyze";
import { readTables } from "../../src/core/read-table";
import { ScoreTable } from "../../src/core/table";
import { readWorkbook } from "../../src/core/workbook";
import {
  COUNTY_PARENTS,
  COUNTY_ROWS,
  COUNTY_SHEET_ROWS,
  citySheet,
  contactSheet,
  countySheet,
  memoSheet,
} from "../support/layouts";
import { frozen, problemList, roles, sheet, unitNamed } from "../support/sheet-builder";

function onlyTable(tables: ScoreTable[]): ScoreTable {
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe("readTables(sheet) on a messy county sheet", () => {
  describe.each(["all", "unknown", "lost"] as const)("with merges %s", (merges) => {
    const table = onlyTable(readTables(frozen(countySheet(merges))));

    it("finds the two-row header under the title and units rows", () => {
      expect([table.headerTop, table.headerBottom]).toEqual([2, 3]);
      expect(table.title).toBe("2017年第三季度全省脱贫攻坚考核结果（县区）");
      expect(table.period).toEqual({ year: 2017, kind: "quarter", index: 3 });
    });

    it("joins the group header and gives every column its role", () => {
      const expected = [
        "序号:seq",
        "县（区）:name",
        "所属市:parent",
        "交叉检查 得分:part",
        "省扶贫办月通报 得分（含加分）:part",
        "省扶贫办月通报 其中：加分:bonus",
        "总分:total",
        "排名:rank",
        "深度贫困县:flag",
      ];
      expect(roles(table)).toEqual(expected);
      const bonus = table.columns.find((c) => c.role === "bonus");
      expect(bonus?.addend).toBe(false);
    });

    it("reads every unit row in sheet order, and nothing after the note", () => {
      expect(table.units.map((u) => u.name)).toEqual(COUNTY_ROWS.map((r) => r.name));
      expect(table.units.map((u) => u.row + 1)).toEqual(
        COUNTY_ROWS.map((r) => COUNTY_SHEET_ROWS[r.name])
      );
    });

    it("gives every county its parent, from the merged 所属市 or filled down when pasted", () => {
      const parents = Object.fromEntries(table.units.map((u) => [u.name, u.parent]));
      expect(parents).toEqual(COUNTY_PARENTS);
    });

    it("repairs text, 分-suffixed and full-width numbers", () => {
      expect(unitNamed(table, "平利").parts.map((p) => p.value)).toEqual([98.2, 1.6]);
      expect(unitNamed(table, "白河县").parts[0].value).toBe(90.85);
      expect(unitNamed(table, "平利").parts[1]).toMatchObject({
        kind: "repaired",
        value: 1.6,
        repairs: ["text", "suffix"],
      });
    });

    it("reads the deep-poverty flags written as 是 and √", () => {
      const flagged = table.units.filter((u) => u.flags[0]).map((u) => u.name);
      expect(flagged).toEqual(COUNTY_ROWS.filter((r) => r.deep !== null).map((r) => r.name));
    });

    it("reports each repair, skipped row and empty score at its cell", () => {
      expect(problemList(table.problems)).toEqual([
        "D6 textNumber",
        "E6 textNumber",
        "D7 textNumber",
        "B8 blankRowInside",
        "E11 emptyScore",
        "B12 summaryRowSkipped",
        "B13 summaryRowSkipped",
      ]);
      const severities = Object.fromEntries(table.problems.map((p) => [p.cell, p.severity]));
      expect(severities).toMatchObject({ D6: "warning", B8: "info", E11: "warning", B12: "info" });
    });

    it("reports the wrong printed rank at its cell once the table is ranked", () => {
      const [analysis] = analyzeWorkbook(readWorkbook([countySheet(merges)]));
      const rankProblems = analysis.problems.filter((p) => p.code === "printedRankDiffers");
      expect(problemList(rankProblems)).toEqual([
        `H${COUNTY_SHEET_ROWS["宜川县"]} printedRankDiffers`,
      ]);
      expect(rankProblems[0].params).toMatchObject({ name: "宜川县", printed: 3, computed: 2 });
    });
  });

  it("reads the same units whatever the order of the data rows", () => {
    const base = countySheet("all");
    const header = base.values.slice(0, 4);
    const data = base.values.slice(4, 11).filter((r) => r.some((v) => typeof v === "number"));
    const reversed = sheet("三季度县区", []);
    const flipped = { ...reversed, values: [...header, ...[...data].reverse()], merges: [] };
    const a = onlyTable(readTables(base));
    const b = onlyTable(readTables(flipped));
    const byName = (t: ScoreTable) =>
      Object.fromEntries(
        t.units.map((u) => [
          u.name,
          [u.parts.map((p) => p.value), u.printedTotal?.value, u.printedRank?.value],
        ])
      );
    expect(byName(b)).toEqual(byName(a));
    expect(b.units.map((u) => u.name)).toEqual(a.units.map((u) => u.name).reverse());
  });
});

describe("readTables(sheet): totals when the sheet prints none", () => {
  const rows = [
    ["平利", 98.2, 1.6, 0.5, 1],
    ["汉滨", 90, 1.2, null, -0.5],
    ["白河", 90.5, "0.6", "0.1", null],
  ];
  const totalsOf = (headers: string[], width: number) => {
    const book = readWorkbook([
      citySheet(
        headers,
        rows.map((r) => r.slice(0, width))
      ),
    ]);
    const table = book.tables[0];
    return table.units.map((u) => unitTotal(table, u));
  };

  it("does not add an 其中：加分 breakdown column", () => {
    expect(totalsOf(["单位", "交叉检查得分", "月通报得分", "其中：加分"], 4)).toEqual([
      99.8, 91.2, 91.1,
    ]);
  });

  it("adds a plain 加分 column", () => {
    expect(totalsOf(["单位", "交叉检查得分", "月通报得分", "加分"], 4)).toEqual([
      100.3, 91.2, 91.2,
    ]);
  });

  it("subtracts a 扣分 column, whatever sign it is written with", () => {
    expect(totalsOf(["单位", "交叉检查得分", "月通报得分", "加分", "扣分"], 5)).toEqual([
      99.3, 90.7, 91.2,
    ]);
  });
});

describe("readTables(sheet) on other layouts", () => {
  it.each([
    [["序号", "县（市、区）", "交叉检查", "月通报", "总分", "排名"]],
    [["序号", "县（市、区）", "交叉考核", "月通报", "合计", "名次"]],
    [["序号", "县区", "交叉检查得分", "月通报得分", "综合得分", "位次"]],
    [["序号", "市（区）", "交叉考核得分", "月通报得分", "总分", "排名"]],
    [["序 号", "单 位", "交叉检查", "月通报", "总 分", "名 次"]],
  ])("reads the header wording %p", (headers) => {
    const table = onlyTable(
      readTables(
        citySheet(headers, [
          [1, "汉中", 94.25, 1.5, 95.75, 1],
          [2, "安康", 92.14, 1.9, 94.04, 2],
        ])
      )
    );
    expect(table.columns.map((c) => c.role)).toEqual([
      "seq",
      "name",
      "part",
      "part",
      "total",
      "rank",
    ]);
  });

  it("finds two tables on one sheet, each with its title and period", () => {
    const s = sheet(
      "三季度",
      [
        ["2017年第三季度全省考核结果（市级）"],
        ["单位", "综合得分", "排名"],
        ["汉中", 94.52, 1],
        ["安康", 92.49, 2],
        ["注：综合得分 = 交叉考核得分 × 50% + 八办两组得分 × 50% + 月通报得分（2017年10月统计）"],
        [null],
        ["2017年第二季度全省考核结果（县区）"],
        ["单位：分"],
        ["县（区）", "所属市", "总分", "排名"],
        ["平利县", "安康市", 99.8, 1],
        ["汉滨区", "安康市", 92.47, 2],
        ["甘泉县", "延安市", 91.35, 3],
      ],
      []
    );
    const tables = readTables(s);
    expect(tables.map((t) => [t.index, t.headerBottom + 1, t.units.map((u) => u.name)])).toEqual([
      [0, 2, ["汉中", "安康"]],
      [1, 9, ["平利县", "汉滨区", "甘泉县"]],
    ]);
    expect(tables.map((t) => t.title)).toEqual([
      "2017年第三季度全省考核结果（市级）",
      "2017年第二季度全省考核结果（县区）",
    ]);
    expect(tables.map((t) => t.period?.index)).toEqual([3, 2]);
    // The second table's title and units rows are not problems of the first.
    expect(tables[0].problems).toEqual([]);
  });

  it("reads a two-row header that was unmerged and filled in (the name header repeated)", () => {
    const table = onlyTable(
      readTables(
        sheet("三季度", [
          ["2017年第三季度考核结果"],
          ["序号", "县（区）", "所属市", "交叉检查", "省扶贫办月通报", "省扶贫办月通报", "总分"],
          ["序号", "县（区）", "所属市", "得分", "得分（含加分）", "其中：加分", "总分"],
          [1, "平利县", "安康市", 98.2, 1.6, 0.5, 99.8],
          [2, "白河县", "安康市", 90, 1, 0.1, 91],
        ])
      )
    );
    expect([table.headerTop, table.headerBottom]).toEqual([1, 2]);
    expect(roles(table)).toEqual([
      "序号:seq",
      "县（区）:name",
      "所属市:parent",
      "交叉检查 得分:part",
      "省扶贫办月通报 得分（含加分）:part",
      "省扶贫办月通报 其中：加分:bonus",
      "总分:total",
    ]);
    expect(table.columns[5].addend).toBe(false);
    expect(table.units.map((u) => u.name)).toEqual(["平利县", "白河县"]);
  });

  it("skips an average row whose label sits under 序号, as a summary row", () => {
    const table = onlyTable(
      readTables(
        sheet("市级", [
          ["序号", "市（区）", "得分"],
          [1, "汉中", 94.52],
          [2, "安康", 92.49],
          ["平均分", null, 93.5],
        ])
      )
    );
    expect(problemList(table.problems)).toEqual(["B4 summaryRowSkipped"]);
    expect(table.units).toHaveLength(2);
  });

  it("finds no table in a memo or a contact list", () => {
    expect(readTables(memoSheet())).toEqual([]);
    expect(readTables(contactSheet())).toEqual([]);
    expect(readTables(sheet("空", []))).toEqual([]);
    expect(readTables(sheet("空", [[null, null], [null]]))).toEqual([]);
  });

  it("needs two units to call it a table", () => {
    expect(readTables(citySheet(["单位", "总分"], [["汉中", 94.52]]))).toEqual([]);
  });

  it("trims names and reports rows without a name or scores, and duplicates", () => {
    const table = onlyTable(
      readTables(
        citySheet(
          ["单位", "总分"],
          [
            ["\u3000汉中市 ", 94.52],
            [null, 93],
            ["商洛", null],
            ["安康", "缺考"],
            ["宝鸡", 90.1],
            ["汉中", 80],
          ]
        )
      )
    );
    expect(table.units.map((u) => u.name)).toEqual(["汉中市", "宝鸡", "汉中"]);
    expect(problemList(table.problems)).toEqual([
      "A3 rowWithoutName",
      "A4 rowWithoutScores",
      "A5 rowWithoutScores",
      "A7 duplicateUnit",
    ]);
  });

  it("says a unit without scores is skipped when it is the table's last row, as anywhere else", () => {
    const last = onlyTable(
      readTables(
        citySheet(
          ["单位", "总分"],
          [
            ["汉中市", 94.52],
            ["商洛", 93.1],
            ["安康", null],
            ["注：安康市分数待复核", null],
          ]
        )
      )
    );
    expect(last.units.map((u) => u.name)).toEqual(["汉中市", "商洛"]);
    expect(problemList(last.problems)).toEqual(["A4 rowWithoutScores"]);
    // A line after a blank row is not the table's: a footer is not a unit.
    const footer = onlyTable(
      readTables(
        citySheet(
          ["单位", "总分"],
          [
            ["汉中市", 94.52],
            ["商洛", 93.1],
            [null, null],
            ["制表人：张三", null],
          ]
        )
      )
    );
    expect(footer.problems.filter((p) => p.code === "rowWithoutScores")).toEqual([]);
  });

  it("reads a unit marked with a footnote * as a unit, and the * note as the table's end", () => {
    const table = onlyTable(
      readTables(
        citySheet(
          ["县（区）", "总分"],
          [
            ["*白河县", 91.45],
            ["平利县", 99.8],
            ["* 为深度贫困县", null],
            ["汉滨区", 92.47],
          ]
        )
      )
    );
    expect(table.units.map((u) => u.name)).toEqual(["*白河县", "平利县"]);
  });

  it("does not report blank rows after the table", () => {
    const table = onlyTable(
      readTables(citySheet(["单位", "总分"], [["汉中", 94.52], ["安康", 92.49], [null], [null]]))
    );
    expect(table.problems).toEqual([]);
  });

  it("lets an override set a column's role by its letter", () => {
    const s = citySheet(
      ["单位", "交叉检查得分", "月通报得分", "奖励"],
      [
        ["汉中", 94, 1.5, 0.5],
        ["安康", 92, 1.9, 0.2],
      ]
    );
    const plain = onlyTable(readTables(s));
    expect(plain.columns[3].role).toBe("part");
    const table = onlyTable(readTables(s, { overrides: { d: "breakdown" } }));
    expect([table.columns[3].role, table.columns[3].addend]).toEqual(["bonus", false]);
  });
});
