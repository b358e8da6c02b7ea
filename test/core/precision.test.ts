import { EMPTY } from "../../src/core/cells";
import {
  formatDecimals,
  shownDecimals,
  tablePrecision,
  textDecimals,
} from "../../src/core/precision";

describe("formatDecimals(code)", () => {
  it.each([
    ["0.00", 2],
    ["0.000", 3],
    ["0.0", 1],
    ["0", 0],
    ["#,##0.000_ ", 3],
    ["0.00_);[Red](0.00)", 2],
    ['0.00"分"', 2],
    ["[$-804]0.0000", 4],
    ["0.000000", 4],
  ])("reads %p as %p decimals", (code, decimals) => {
    expect(formatDecimals(code)).toBe(decimals);
  });

  it.each(["General", "@", "0.00%", "yyyy-mm-dd", "m月d日", "", null, undefined])(
    "fixes no decimals for %p",
    (code) => expect(formatDecimals(code)).toBeNull()
  );
});

describe("shownDecimals(x)", () => {
  it.each([
    [95, 0],
    [98.2, 1],
    [98.25, 2],
    [95.125, 3],
    [95.1254, 4],
    [0.1 + 0.2, 1],
    [88.18000000000001, 2],
    [-1.005, 3],
  ])("shownDecimals(%p) is %p", (x, d) => expect(shownDecimals(x)).toBe(d));

  it("is null for an unrounded formula result", () => {
    expect(shownDecimals(1 / 3)).toBeNull();
  });
});

describe("textDecimals(text)", () => {
  it.each([
    ["98.20", 2],
    ["９５．１２５分", 3],
    ["98", 0],
    ["缺考", 0],
  ])("textDecimals(%p) is %p", (text, d) => expect(textDecimals(text)).toBe(d));
});

describe("tablePrecision(columns)", () => {
  it("is 2 for a sheet of 1- and 2-decimal scores, and never less", () => {
    expect(tablePrecision([{ cells: [98.2, 91.35, EMPTY] }, { cells: [1.6, 0.5] }])).toBe(2);
    expect(tablePrecision([{ cells: [95, 88] }])).toBe(2);
  });

  it("is 3 when a score, even one stored as text, shows three decimals", () => {
    expect(tablePrecision([{ cells: [95.125, 95.12] }])).toBe(3);
    expect(tablePrecision([{ cells: [95.12] }, { cells: ["95.124"] }])).toBe(3);
  });

  it("follows a column's number format over the decimals its values carry", () => {
    const formats = ["0.000", "0.000", "0.000"];
    expect(tablePrecision([{ cells: [95.1254, 95.1249, 90], formats }])).toBe(3);
    expect(tablePrecision([{ cells: [95.1, 95.2], formats: ["0.000", "0.000"] }])).toBe(3);
  });

  it("reads a column by its values when most of its numbers carry no fixed format", () => {
    const formats = ["General", "General", "0.0000"];
    expect(tablePrecision([{ cells: [95.125, 95.12, 95.5], formats }])).toBe(3);
  });

  it("takes the finest of its columns", () => {
    expect(
      tablePrecision([
        { cells: [1.5, 2.5], formats: ["0.00", "0.00"] },
        { cells: [95.125, 95.5], formats: ["0.000", "0.000"] },
      ])
    ).toBe(3);
  });
});
