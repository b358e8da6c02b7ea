import { Grid } from "../../src/core/cells";
import {
  findDataRuns,
  guessNameColumn,
  namesAcross,
  unitLikeColumns,
} from "../../src/core/unit-column";
import { sheet } from "../support/sheet-builder";

const grid = (rows: (string | number | null)[][]): Grid => sheet("s", rows).values;
const rowsOf = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("findDataRuns(grid, width, claimed)", () => {
  const g = grid([
    ["2024年考核"],
    ["", "得分"],
    ["兰州市", 90],
    ["天水市", 88],
    [null, null],
    ["平均", 89],
    [null, null],
    [null, null],
    [null, null],
    ["武威市", 91],
    ["张掖市", 85],
    ["注：得分为百分制"],
    ["酒泉市", 80],
  ]);

  it("finds runs of at least two data rows, a short gap inside, a long gap or a note between", () => {
    expect(findDataRuns(g, 2, () => false)).toEqual([
      { top: 2, bottom: 5 },
      { top: 9, bottom: 10 },
    ]);
  });

  it("leaves out rows a table has claimed already", () => {
    expect(findDataRuns(g, 2, (r) => r <= 5)).toEqual([{ top: 9, bottom: 10 }]);
  });
});

describe("guessNameColumn(grid, rows, width)", () => {
  it("takes the one column of distinct texts beside the numbers", () => {
    const g = grid([
      [1, "汉中", 94.25],
      [2, "商洛", 93.1],
      [3, "安康", 92.14],
    ]);
    expect(guessNameColumn(g, rowsOf(0, 2), 3)).toEqual({ kind: "found", col: 1 });
  });

  it("prefers the column of place names over one of other texts (负责人)", () => {
    const g = grid([
      ["张三", "城关镇", 95],
      ["李四", "河口镇", 93],
      ["王五", "东城街道", 90],
    ]);
    expect(guessNameColumn(g, rowsOf(0, 2), 3)).toEqual({ kind: "found", col: 1 });
  });

  it("is undecided between two columns of place names (a pairing sheet)", () => {
    const g = grid([
      ["兰州市", "嘉峪关市", 95],
      ["金昌市", "白银市", 93],
      ["天水市", "武威市", 90],
    ]);
    expect(guessNameColumn(g, rowsOf(0, 2), 3)).toEqual({ kind: "undecided", candidates: [0, 1] });
  });

  it("takes no column of header words, marks or grades, and ignores summary rows", () => {
    const transposed = grid([
      ["日常考核", 90, 88],
      ["年终考核", 85, 91],
      ["总分", 175, 179],
    ]);
    expect(guessNameColumn(transposed, rowsOf(0, 2), 3)).toEqual({ kind: "none" });
    const withAverage = grid([
      ["汕头市", 84.13],
      ["河源市", 88.86],
      ["中山市", 78.01],
      ["全省平均", 83.67],
      ["最低分", 78.01],
    ]);
    expect(guessNameColumn(withAverage, rowsOf(0, 4), 2)).toEqual({ kind: "found", col: 0 });
  });
});

describe("unitLikeColumns(grid, rows, width) and namesAcross(grid, row, width)", () => {
  it("lists each block's unit column, the shorter last block included", () => {
    const g = grid([
      ["鹤城区", 91.58, "新晃侗族自治县", 92.84],
      ["沅陵县", 83.86, "洪江市", 86.77],
      ["麻阳苗族自治县", 96.02, null, null],
    ]);
    expect(unitLikeColumns(g, rowsOf(0, 2), 4)).toEqual([0, 2]);
  });

  it("sees a row of names across a matrix, not a header of score words", () => {
    const g = grid([
      [null, "成都市", "自贡市", "攀枝花市"],
      ["项目", "日常考核", "年终考核", "总分"],
    ]);
    expect(namesAcross(g, 0, 4)).toBe(true);
    expect(namesAcross(g, 1, 4)).toBe(false);
  });
});
