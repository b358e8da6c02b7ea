import { NumericColumn, detectTotal } from "../../src/core/detect-total";

const col = (index: number, values: (number | null)[], deduction = false): NumericColumn => ({
  index,
  values,
  deduction,
});

const daily = [80, 90, 70.5, 85, 66, 92.25];
const yearEnd = [70, 60, 88, 79.5, 91, 84];

describe("detectTotal(columns, decimals)", () => {
  it("finds a plain sum whatever its header", () => {
    const sum = daily.map((d, i) => Math.round((d + yearEnd[i]) * 100) / 100);
    expect(detectTotal([col(2, daily), col(3, yearEnd), col(4, sum)], 2)).toEqual({
      total: 4,
      subtotals: [],
    });
  });

  it("finds a plain sum of three parts over three rows, two of them a tie's identical rows", () => {
    // Two distinct rows cannot fit three weights; the plain sum is told all the same.
    const parts = [
      [27.03, 25.78, 25.78],
      [45.34, 49.28, 49.28],
      [18.46, 16.93, 16.93],
    ];
    const total = [90.83, 91.99, 91.99];
    expect(
      detectTotal([col(1, parts[0]), col(2, parts[1]), col(3, parts[2]), col(4, total)], 2).total
    ).toBe(4);
  });

  it("finds a sum by the weights the headers state, over a tie's identical rows", () => {
    // 平时考核（占50%） and 年度考核（占50%）: 0.5 · 79.24 + 0.5 · 87.95 = 83.595, printed 83.60.
    const columns = [
      { ...col(1, [98.02, 79.24, 79.24]), weight: 0.5 },
      { ...col(2, [94.3, 87.95, 87.95]), weight: 0.5 },
      col(3, [96.16, 83.6, 83.6]),
    ];
    expect(detectTotal(columns, 2).total).toBe(3);
  });

  it("does not take a column that a fit matches by chance on three rows for a subtotal", () => {
    // 0.083 · 日常 + 0.379 · 年终 comes within 0.01 of 群众满意度 on these rows: no sum for all that.
    const columns = [
      col(1, [29.51, 26.8, 29.28]),
      col(2, [41.29, 45.3, 41.88]),
      col(3, [18.1, 19.4, 18.32]),
      col(4, [88.9, 91.5, 89.48]),
    ];
    expect(detectTotal(columns, 2)).toEqual({ total: 4, subtotals: [] });
  });

  it("does not take a part for a total because a tie's identical rows seem to fit it", () => {
    // 重点工作 is no sum of the other two; with the repeated row counted twice, two weights fitted
    // exactly to the two distinct rows looked like proof.
    const columns = [
      col(1, [28.56, 25.49, 25.49]),
      col(2, [43.37, 49.39, 49.39]),
      col(3, [17.17, 15.6, 15.6]),
    ];
    expect(detectTotal(columns, 2)).toEqual({ total: null, subtotals: [] });
  });

  it("finds a weighted sum rounded to the sheet's decimals (0.4·日常 + 0.6·年终)", () => {
    const weighted = daily.map((d, i) => Math.round((0.4 * d + 0.6 * yearEnd[i]) * 100) / 100);
    expect(detectTotal([col(2, daily), col(3, yearEnd), col(4, weighted)], 2).total).toBe(4);
  });

  it("sets a subtotal aside so it is never added again", () => {
    const extra = [1, 2, 0.5, 1.5, 2, 1];
    const sub = daily.map((d, i) => d + yearEnd[i]);
    const total = sub.map((s, i) => s + extra[i]);
    const found = detectTotal(
      [col(1, daily), col(2, yearEnd), col(3, sub), col(4, extra), col(5, total)],
      2
    );
    expect(found).toEqual({ total: 5, subtotals: [3] });
  });

  it("finds a total net of a deduction", () => {
    const ded = [0, 1, 0, 0.5, 0, 2];
    const total = daily.map((d, i) => d + yearEnd[i] - ded[i]);
    expect(
      detectTotal([col(1, daily), col(2, yearEnd), col(3, ded, true), col(4, total)], 2).total
    ).toBe(4);
  });

  it("finds nothing among independent parts", () => {
    const third = [1, 5, 3, 9, 2, 7];
    expect(detectTotal([col(1, daily), col(2, yearEnd), col(3, third)], 2)).toEqual({
      total: null,
      subtotals: [],
    });
  });

  it("with as many rows as terms, takes a sum only when its weights are round", () => {
    const sum = daily.map((d, i) => d + yearEnd[i]);
    const two = (xs: number[]) => xs.slice(0, 2);
    expect(detectTotal([col(1, two(daily)), col(2, two(yearEnd)), col(3, two(sum))], 2).total).toBe(
      3
    );
    // On two rows [7, 9] is some mix of the two other columns too, but not with round weights.
    expect(
      detectTotal([col(1, two(daily)), col(2, two(yearEnd)), col(3, [7, 9])], 2).total
    ).toBeNull();
    const one = (xs: number[]) => xs.slice(0, 1);
    expect(
      detectTotal([col(1, one(daily)), col(2, one(yearEnd)), col(3, one(sum))], 2).total
    ).toBeNull();
  });

  it("does not take a difference of columns (a negative weight) for a total", () => {
    const diff = daily.map((d, i) => d - yearEnd[i]);
    expect(detectTotal([col(1, daily), col(2, yearEnd), col(3, diff)], 2).total).toBeNull();
  });
});
