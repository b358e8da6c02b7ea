import {
  cellAddress,
  cellRef,
  columnLabel,
  columnRange,
  parseCellAddress,
  quoteSheetName,
  sheetRef,
} from "../../src/core/address";

describe("columnLabel(col)", () => {
  it.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("columnLabel(%i) is %s", (col, label) => {
    expect(columnLabel(col)).toBe(label);
  });

  it.each([-1, 1.5, NaN, Infinity])("refuses the index %p", (col) => {
    expect(() => columnLabel(col)).toThrow(RangeError);
  });

  it("round-trips with parseCellAddress for every column up to XFD", () => {
    for (let col = 0; col < 16384; col += 7) {
      expect(parseCellAddress(`${columnLabel(col)}1`)).toEqual({ row: 0, col });
    }
  });
});

describe("cellAddress(row, col) and cellRef(row, col, abs)", () => {
  it("writes 1-based A1 addresses from 0-based indexes", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(cellAddress(4, 3)).toBe("D5");
    expect(cellAddress(1048575, 16383)).toBe("XFD1048576");
  });

  it("refuses a negative or fractional row", () => {
    expect(() => cellAddress(-1, 0)).toThrow(RangeError);
    expect(() => cellAddress(0.5, 0)).toThrow(RangeError);
  });

  it("anchors the row, the column, both or neither", () => {
    expect(cellRef(4, 3)).toBe("D5");
    expect(cellRef(4, 3, { col: true })).toBe("$D5");
    expect(cellRef(4, 3, { row: true })).toBe("D$5");
    expect(cellRef(4, 3, { row: true, col: true })).toBe("$D$5");
  });

  it("columnRange anchors the rows by default", () => {
    expect(columnRange(3, 4, 99)).toBe("D$5:D$100");
    expect(columnRange(0, 2, 2, { row: true, col: true })).toBe("$A$3:$A$3");
    expect(columnRange(1, 0, 9, {})).toBe("B1:B10");
  });
});

describe("parseCellAddress(address)", () => {
  it.each([
    ["A1", 0, 0],
    ["D5", 4, 3],
    ["$D$5", 4, 3],
    ["d5", 4, 3],
    [" AB12 ", 11, 27],
    ["XFD1048576", 1048575, 16383],
  ])("reads %p", (address, row, col) => {
    expect(parseCellAddress(address)).toEqual({ row, col });
  });

  it.each(["", "A", "5", "A1:B2", "'Sheet'!A1", "ABCD1", "1A"])("refuses %p", (address) => {
    expect(() => parseCellAddress(address)).toThrow(RangeError);
  });
});

describe("quoteSheetName(name) and sheetRef(sheet, ref)", () => {
  it("always quotes, and doubles an apostrophe", () => {
    expect(quoteSheetName("Sheet1")).toBe("'Sheet1'");
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
    expect(quoteSheetName("a''b")).toBe("'a''''b'");
    expect(quoteSheetName("三季度 县区")).toBe("'三季度 县区'");
  });

  it("qualifies a reference with the quoted sheet", () => {
    expect(sheetRef("三季度", "D5")).toBe("'三季度'!D5");
    expect(sheetRef("O'Brien", "$A$1:$A$9")).toBe("'O''Brien'!$A$1:$A$9");
  });
});
