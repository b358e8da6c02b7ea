import { CellValue, EMPTY } from "../../src/core/cells";
import { assignRoles, columnStats, isFlagYes } from "../../src/core/column-roles";

describe("columnStats(cells)", () => {
  it("counts non-blank, numeric (repaired included) and flag cells", () => {
    const stats = columnStats(Object.freeze([98.2, "９０．１０", "缺考", EMPTY, " ", "是", "否"]));
    expect(stats).toEqual({
      nonBlank: 5,
      numeric: 2,
      flagMarks: 2,
      flagYes: 1,
      grades: 0,
      medianAbs: 98.2,
      ordinal: false,
      distinctTexts: 3,
    });
  });

  it("gives an empty column zeros", () => {
    expect(columnStats([])).toEqual({
      nonBlank: 0,
      numeric: 0,
      flagMarks: 0,
      flagYes: 0,
      grades: 0,
      ordinal: false,
      distinctTexts: 0,
      medianAbs: 0,
    });
  });
});

describe("isFlagYes(cell)", () => {
  it.each<[CellValue, boolean]>([
    ["是", true],
    ["√", true],
    [" Y ", true],
    ["yes", true],
    ["●", true],
    ["否", false],
    ["", false],
    [EMPTY, false],
    ["×", false],
    ["深度贫困县", false],
  ])("isFlagYes(%p) is %p", (cell, yes) => {
    expect(isFlagYes(cell)).toBe(yes);
  });
});

/** Roles of single-row headers over columns of the given kinds of data. */
function rolesOf(headers: string[], data: (string | number | null)[][]): string[] {
  const stats = headers.map((_, c) =>
    columnStats(data.map((row) => (row[c] === null ? EMPTY : row[c])))
  );
  return assignRoles(
    headers,
    headers.map((h) => (h === "" ? [] : [h])),
    stats,
    headers.findIndex((h) => /单位|县|市/.test(h) && !/所属/.test(h))
  ).map((c) => (c.role === "bonus" && !c.addend ? "breakdown" : c.role));
}

describe("assignRoles(headers, pieces, stats, nameCol)", () => {
  it("reads the county sheet's columns", () => {
    expect(
      rolesOf(
        [
          "序号",
          "县（区）",
          "所属市",
          "交叉检查得分",
          "月通报得分",
          "其中：加分",
          "总分",
          "排名",
          "深度贫困县",
        ],
        [
          [1, "平利县", "安康市", 98.2, 1.6, 0.5, 99.8, 1, "是"],
          [2, "汉滨区", "安康市", 90.3, 1.2, null, 91.5, 2, null],
        ]
      )
    ).toEqual(["seq", "name", "parent", "part", "part", "breakdown", "total", "rank", "flag"]);
  });

  it.each([
    ["总分", "total"],
    ["合计", "total"],
    ["综合得分", "total"],
    ["总分（含加分）", "total"],
    ["加分", "bonus"],
    ["加分项", "bonus"],
    ["其中：加分", "breakdown"],
    ["其中:加分项", "breakdown"],
    ["扣分", "deduction"],
    ["扣减分", "deduction"],
    ["月通报得分（含加分）", "part"],
    ["交叉检查", "part"],
    ["交叉考核", "part"],
  ])("reads a numeric column headed %p as %p", (header, role) => {
    expect(
      rolesOf(
        ["单位", "八办两组得分", header],
        [
          ["汉中", 91.78, 1],
          ["安康", 89.03, 2],
        ]
      )[2]
    ).toBe(role);
  });

  it("reads a plain 加分 after a column that includes the bonus as a breakdown", () => {
    expect(
      rolesOf(
        ["单位", "月通报得分（含加分）", "加分"],
        [
          ["汉中", 1.5, 0.5],
          ["安康", 1.9, 0.2],
        ]
      )
    ).toEqual(["name", "part", "breakdown"]);
  });

  it.each([["排名"], ["名次"], ["位次"], ["全省排名"], ["综合名次"]])(
    "reads %p as the printed rank",
    (header) => {
      expect(
        rolesOf(
          ["单位", "总分", header],
          [
            ["汉中", 94.5, 1],
            ["安康", 92.5, 2],
          ]
        )[2]
      ).toBe("rank");
    }
  );

  it("ignores a part's rank, last period's rank and a second rank column", () => {
    expect(
      rolesOf(
        ["单位", "总分", "交叉检查排名", "上期排名", "排名", "名次"],
        [
          ["汉中", 94.5, 2, 1, 1, 1],
          ["安康", 92.5, 1, 2, 2, 2],
        ]
      )
    ).toEqual(["name", "total", "ignore", "ignore", "rank", "ignore"]);
  });

  it("keeps only the first total", () => {
    expect(
      rolesOf(
        ["单位", "总分", "合计"],
        [
          ["汉中", 94.5, 94.5],
          ["安康", 92.5, 92.5],
        ]
      )
    ).toEqual(["name", "total", "ignore"]);
  });

  it("does not take phone numbers, people counts or text columns for scores", () => {
    expect(
      rolesOf(
        ["序号", "单位", "姓名", "电话", "贫困人口"],
        [
          [1, "汉中", "张三", 13800000000, 1200],
          [2, "安康", "李四", 13900000000, 1300],
        ]
      )
    ).toEqual(["seq", "name", "ignore", "ignore", "ignore"]);
  });

  it("reads a column of 是/√ marks as a flag, even under a plain header", () => {
    expect(
      rolesOf(
        ["单位", "总分", "重点县", "备注"],
        [
          ["汉中", 94.5, "√", "是"],
          ["安康", 92.5, null, "否"],
        ]
      )
    ).toEqual(["name", "total", "flag", "flag"]);
  });

  it("names a headerless column by its letter", () => {
    const columns = assignRoles(
      ["单位", "", "总分"],
      [["单位"], [], ["总分"]],
      [columnStats(["a", "b"]), columnStats([1, 2]), columnStats([1, 2])],
      0
    );
    expect(columns.map((c) => [c.header, c.role])).toEqual([
      ["单位", "name"],
      ["B列", "part"],
      ["总分", "total"],
    ]);
  });
});
