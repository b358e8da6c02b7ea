import { EMPTY } from "../../src/core/cells";
import {
  findHeaderAnchor,
  headerBlockAt,
  joinHeaders,
  looksLikeHeaderRow,
  mergedText,
} from "../../src/core/header-detect";
import { area, sheet } from "../support/sheet-builder";

/** Title, units row, two-row header with a group header over E:F, then data. */
const TWO_ROW = [
  ["2017年第三季度全省脱贫攻坚考核结果", null, null, null, null, null, null, null],
  ["单位：分", null, null, null, null, null, null, null],
  ["序号", "县（区）", "所属市", "交叉检查", "省扶贫办月通报", null, "总分", "排名"],
  [null, null, null, "得分", "得分（含加分）", "其中：加分", null, null],
  [1, "平利县", "安康市", 98.2, 1.6, 0.5, 99.8, 1],
  [2, "汉滨区", "安康市", 90.3, 1.2, null, 91.5, 2],
];
const MERGES = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "E3:F3", "G3:G4", "H3:H4"];

describe("looksLikeHeaderRow(grid, row)", () => {
  const grid = sheet("s", TWO_ROW).values;

  it("is true for a row with a unit-name word among header words, and no data", () => {
    expect(looksLikeHeaderRow(grid, 2)).toBe(true);
  });

  it("is false for titles, units rows, sub-header rows and data rows", () => {
    expect([0, 1, 3, 4, 5].map((r) => looksLikeHeaderRow(grid, r))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it.each([
    [["序号", "县（市、区）", "交叉考核", "合计", "位次"]],
    [["序号", "市（区）", "交叉检查得分", "综合得分", "名次"]],
    [["单位", "得分"]],
    [["县区", "总分", "排名"]],
  ])("accepts the header wording %p", (row) => {
    expect(looksLikeHeaderRow([row], 0)).toBe(true);
  });

  it.each([[["姓名", "单位"]], [["关于三季度考核的说明"]], [["县（区）", 98.2, 97.1, 96]], [[]]])(
    "refuses %p",
    (row) => {
      expect(looksLikeHeaderRow([row.map((v) => v ?? EMPTY)], 0)).toBe(false);
    }
  );
});

describe("findHeaderAnchor(grid, start)", () => {
  it("finds the first header row at or after `start`, or -1", () => {
    const grid = sheet("s", TWO_ROW).values;
    expect(findHeaderAnchor(grid, 0)).toBe(2);
    expect(findHeaderAnchor(grid, 3)).toBe(-1);
    expect(findHeaderAnchor([], 0)).toBe(-1);
  });
});

describe("headerBlockAt(grid, anchor, merges)", () => {
  it("joins a merged group header with its sub-headers (merges given)", () => {
    const s = sheet("s", TWO_ROW, MERGES);
    const block = headerBlockAt(s.values, 2, s.merges);
    expect([block.top, block.bottom]).toEqual([2, 3]);
    expect(block.headers).toEqual([
      "序号",
      "县（区）",
      "所属市",
      "交叉检查 得分",
      "省扶贫办月通报 得分（含加分）",
      "省扶贫办月通报 其中：加分",
      "总分",
      "排名",
    ]);
    expect(block.pieces[5]).toEqual(["省扶贫办月通报", "其中：加分"]);
  });

  it("reads the same headers when the merges are unknown", () => {
    const merged = sheet("s", TWO_ROW, MERGES);
    const unknown = sheet("s", TWO_ROW);
    expect(headerBlockAt(unknown.values, 2, undefined).headers).toEqual(
      headerBlockAt(merged.values, 2, merged.merges).headers
    );
  });

  it("joins a group row above the name row", () => {
    const rows = [
      [null, null, "考核得分", null, null],
      ["序号", "单位", "交叉检查", "八办两组", "月通报"],
      [1, "汉中", 94.25, 91.78, 1.5],
    ];
    const s = sheet("s", rows, ["C1:E1"]);
    const block = headerBlockAt(s.values, 1, s.merges);
    expect([block.top, block.bottom]).toEqual([0, 1]);
    expect(block.headers).toEqual([
      "序号",
      "单位",
      "考核得分 交叉检查",
      "考核得分 八办两组",
      "考核得分 月通报",
    ]);
  });

  it("keeps a title and a units row out of the header", () => {
    const rows = [["2017年第三季度考核结果"], ["单位：分"], ["单位", "总分"], ["汉中", 94.52]];
    for (const merges of [undefined, []]) {
      const block = headerBlockAt(sheet("s", rows, merges).values, 2, merges);
      expect([block.top, block.bottom]).toEqual([2, 2]);
    }
  });

  it("stops at a data row right below the header", () => {
    const rows = [
      ["单位", "总分"],
      ["汉中", "９４．５２"],
      ["安康", 92.49],
    ];
    expect(headerBlockAt(sheet("s", rows).values, 0, undefined).bottom).toBe(0);
  });
});

describe("joinHeaders and mergedText", () => {
  it("shows a merged area's value in each of its cells", () => {
    const s = sheet("s", TWO_ROW, MERGES);
    expect(mergedText(s.values, s.merges, 2, 5)).toBe("省扶贫办月通报");
    expect(mergedText(s.values, s.merges, 3, 1)).toBe("县（区）");
    expect(mergedText(s.values, undefined, 3, 1)).toBe("");
  });

  it("collapses white space in each piece and drops repeats", () => {
    const grid = sheet("s", [
      ["交叉\n检查", "总分"],
      ["得分", "总分"],
    ]).values;
    const block = joinHeaders(grid, 0, 1, []);
    expect(block.pieces).toEqual([["交叉 检查", "得分"], ["总分"]]);
    expect(block.headers).toEqual(["交叉 检查 得分", "总分"]);
  });

  it("does not change the grid or the merges", () => {
    const grid = Object.freeze(sheet("s", TWO_ROW).values.map((r) => Object.freeze([...r])));
    const merges = Object.freeze(MERGES.map((m) => Object.freeze(area(m))));
    expect(() => headerBlockAt(grid, 2, merges)).not.toThrow();
    expect(() => headerBlockAt(grid, 2, undefined)).not.toThrow();
  });
});

describe("headerBlockAt: lines above the header that are not group headers", () => {
  const body = [
    [1, "汉中", 94.25, 91.78, 94.52, 1],
    [2, "安康", 92.14, 89.03, 92.49, 2],
  ];
  const header = ["序号", "市（区）", "交叉检查", "八办两组", "综合得分", "排名"];

  it.each([
    ["a date over the last column", [null, null, null, null, null, "2017年11月3日"]],
    ["the publisher over a score column", [null, null, null, null, "发布单位：省扶贫办", null]],
  ])("leaves out %s", (_, line) => {
    for (const merges of [undefined, ["A1:F1"]]) {
      const s = sheet("s", [["2017年第三季度全省考核结果"], line, header, ...body], merges);
      const block = headerBlockAt(s.values, 2, s.merges);
      expect([block.top, block.bottom]).toEqual([2, 2]);
      expect(block.headers).toEqual(header);
    }
  });
});
