import {
  CellValue,
  EMPTY,
  Grid,
  SheetInput,
  cellAt,
  cellText,
  gridWidth,
  isBlank,
  toCellValue,
  withBlanks,
} from "../../src/core/cells";

describe("toCellValue(raw): every reader's blank becomes EMPTY", () => {
  it.each([
    [null, EMPTY],
    [undefined, EMPTY],
    ["", EMPTY],
    [NaN, EMPTY],
    [Infinity, EMPTY],
    [0, 0],
    [98.2, 98.2],
    ["  ", "  "],
    ["98.20", "98.20"],
    [true, true],
    [false, false],
  ])("toCellValue(%p) is %p", (raw, value) => {
    expect(toCellValue(raw)).toBe(value);
  });

  it("turns a date into its ISO text and anything else into a string", () => {
    expect(toCellValue(new Date(Date.UTC(2017, 10, 2)))).toBe("2017-11-02T00:00:00.000Z");
    expect(toCellValue({ toString: () => "x" })).toBe("x");
  });
});

describe("cellAt(grid, row, col)", () => {
  const grid: Grid = Object.freeze([Object.freeze<CellValue[]>(["a", EMPTY]), Object.freeze([1])]);

  it("reads a cell, and treats anything outside the grid as blank", () => {
    expect(cellAt(grid, 0, 0)).toBe("a");
    expect(cellAt(grid, 1, 0)).toBe(1);
    expect(cellAt(grid, 0, 1)).toBe(EMPTY);
    expect(cellAt(grid, 1, 5)).toBe(EMPTY);
    expect(cellAt(grid, 9, 0)).toBe(EMPTY);
  });

  it("treats a hole in a sparse row as blank", () => {
    const sparse: CellValue[] = [];
    sparse[2] = "c";
    expect(cellAt([sparse], 0, 1)).toBe(EMPTY);
    expect(cellAt([sparse], 0, 2)).toBe("c");
  });

  it("gridWidth is the widest row", () => {
    expect(gridWidth(grid)).toBe(2);
    expect(gridWidth([])).toBe(0);
    expect(gridWidth([[], [1, 2, 3], [1]])).toBe(3);
  });
});

describe("isBlank(value) and cellText(value)", () => {
  it.each<[CellValue, boolean, string]>([
    [EMPTY, true, ""],
    ["", true, ""],
    ["  \t", true, ""],
    ["\u3000", true, ""],
    [" 汉滨区 ", false, "汉滨区"],
    [0, false, "0"],
    [98.2, false, "98.2"],
    [false, false, "false"],
  ])("%p: blank %p, text %p", (value, blank, text) => {
    expect(isBlank(value)).toBe(blank);
    expect(cellText(value)).toBe(text);
  });
});

describe("withBlanks(sheet): holes, null and undefined in a grid are blanks", () => {
  it("reads each of them, and a missing row, as EMPTY", () => {
    // eslint-disable-next-line no-sparse-arrays -- a hole is one of the cases
    const holey = [[, "汉中", null, undefined, 92.14], undefined, []] as unknown as Grid;
    expect(withBlanks({ name: "S", values: holey }).values).toEqual([
      [EMPTY, "汉中", EMPTY, EMPTY, 92.14],
      [],
      [],
    ]);
  });

  it("gives the very same sheet when there is nothing to change", () => {
    const sheet: SheetInput = { name: "S", values: [["汉中", EMPTY, 1]] };
    expect(withBlanks(sheet)).toBe(sheet);
  });
});
