import { findBlocks } from "../../src/core/blocks";
import { EMPTY } from "../../src/core/cells";
import { blocksFrame, sheetFrame, transposedFrame } from "../../src/core/frame";
import { joinHeaders } from "../../src/core/header-detect";
import { sectionLabel } from "../../src/core/sections";
import { area, sheet } from "../support/sheet-builder";

describe("findBlocks(header)", () => {
  const header = (cells: (string | null)[]) => {
    const g = sheet("s", [cells]).values;
    return joinHeaders(g, 0, 0, [], cells.length);
  };

  it("finds each block's first column when the header repeats", () => {
    expect(findBlocks(header(["序号", "县区", "得分", null, "序号", "县区", "得分"]))).toEqual([
      0, 4,
    ]);
    expect(
      findBlocks(header(["县区", "得分", "名次", "县区", "得分", "名次", "县区", "得分", "名次"]))
    ).toEqual([0, 3, 6]);
  });

  it("is null for a unit column beside its parent, and for one unit column", () => {
    expect(findBlocks(header(["序号", "市州", "县市区", "得分"]))).toBeNull();
    expect(findBlocks(header(["序号", "县区", "得分", "名次"]))).toBeNull();
    expect(findBlocks(header(["县区", "得分", "县区", "名次"]))).toBeNull();
  });
});

describe("sectionLabel(grid, merges, row, width)", () => {
  const s = sheet(
    "s",
    [
      ["一类县（区）", null, null],
      ["二、非贫困县", null, null],
      ["（一）城区", "（一）城区", "（一）城区"],
      ["平利县", null, null],
      ["全市平均", null, 95],
      ["注：分数为百分制", null, null],
      ["城区组", null, null],
    ],
    ["A1:C1", "A7:C7"]
  );
  const label = (row: number) => sectionLabel(s.values, s.merges, row, 3);

  it("reads section rows, merged, alone or filled across", () => {
    expect([0, 1, 2, 6].map(label)).toEqual([
      "一类县（区）",
      "二、非贫困县",
      "（一）城区",
      "城区组",
    ]);
  });

  it("is null for a unit without scores, a row with a number and a note", () => {
    expect([3, 4, 5].map(label)).toEqual([null, null, null]);
  });
});

describe("frames", () => {
  const s = sheet(
    "s",
    [
      ["县区", "得分", "县区", "得分"],
      ["甲县", 1, "丙县", 3],
      ["乙县", 2, null, null],
    ],
    ["A1:A1"]
  );

  it("sheetFrame is the sheet itself", () => {
    const f = sheetFrame(s);
    expect(f.values).toBe(s.values);
    expect(f.source(2, 1)).toEqual({ row: 2, col: 1 });
  });

  it("transposedFrame turns rows into columns and maps cells back", () => {
    const f = transposedFrame(s, 4);
    expect(f.values[0]).toEqual(["县区", "甲县", "乙县"]);
    expect(f.values[3]).toEqual(["得分", 3, EMPTY]);
    expect(f.source(3, 1)).toEqual({ row: 1, col: 3 });
    expect(f.orientation).toBe("columns");
  });

  it("blocksFrame stacks the second block under the first, each cell mapped to its own", () => {
    const f = blocksFrame(sheetFrame(s), 0, 3, [0, 2]);
    expect(f.values.map((r) => r.slice(0, 2))).toEqual([
      ["县区", "得分"],
      ["甲县", 1],
      ["乙县", 2],
      ["丙县", 3],
      [EMPTY, EMPTY],
    ]);
    expect(f.source(3, 1)).toEqual({ row: 1, col: 3 });
    expect(f.source(1, 0)).toEqual({ row: 1, col: 0 });
  });

  it("blocksFrame moves a merge inside a later block onto its stacked rows", () => {
    const merged = { ...s, merges: [area("C2:C3")] };
    const f = blocksFrame(sheetFrame(merged), 0, 3, [0, 2]);
    expect(f.merges).toEqual([{ top: 3, bottom: 4, left: 0, right: 0 }]);
  });
});
