import {
  Period,
  comparePeriods,
  formatPeriod,
  mergePeriods,
  parsePeriod,
  periodEndMonth,
  periodOrder,
} from "../../src/core/period";

const q = (year: number | null, index: number): Period => ({ year, kind: "quarter", index });
const m = (year: number | null, index: number): Period => ({ year, kind: "month", index });

describe("parsePeriod(text)", () => {
  it.each([
    ["2017Q3", q(2017, 3)],
    ["2017q3", q(2017, 3)],
    ["Q3", q(null, 3)],
    ["2017年第三季度", q(2017, 3)],
    ["2017 年 第三季度", q(2017, 3)],
    ["2017年第三季度全省脱贫攻坚考核结果（县区）", q(2017, 3)],
    ["2017年度第四季度", q(2017, 4)],
    ["三季度", q(null, 3)],
    ["三季度县区", q(null, 3)],
    ["第三季度", q(null, 3)],
    ["3季度", q(null, 3)],
    ["第3季度", q(null, 3)],
    ["４季度", q(null, 4)],
    ["一季度", q(null, 1)],
  ])("reads the quarter in %p", (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each([
    ["9月", m(null, 9)],
    ["2017年9月", m(2017, 9)],
    ["2017年9月考核通报", m(2017, 9)],
    ["1-9月", m(null, 9)],
    ["2017年1-9月", m(2017, 9)],
    ["1至9月", m(null, 9)],
    ["10月份", m(null, 10)],
    ["十二月", m(null, 12)],
    ["十一月", m(null, 11)],
    ["9月通报", m(null, 9)],
  ])("reads the month in %p", (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each([
    ["上半年", { year: null, kind: "half", index: 1 }],
    ["2017年上半年", { year: 2017, kind: "half", index: 1 }],
    ["2017年下半年考核", { year: 2017, kind: "half", index: 2 }],
    ["2017年度考核结果", { year: 2017, kind: "year", index: 0 }],
  ])("reads halves and whole years: %p", (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each([
    "月通报",
    "省扶贫办月通报得分",
    "2017年11月3日",
    "全省考核结果 2017年11月3日",
    "11月3号印发",
    "13月",
    "第5季度",
    "汇总",
    "",
    "Sheet1",
  ])("finds no period in %p", (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it.each([
    ["1月", m(null, 1)],
    ["一月", m(null, 1)],
    ["01月", m(null, 1)],
    ["2024年1月", m(2024, 1)],
    ["2024年1月份县区考核", m(2024, 1)],
    ["二〇二四年一月", m(2024, 1)],
    ["二零二四年十二月", m(2024, 12)],
    ["2024-01", m(2024, 1)],
    ["2024.1", m(2024, 1)],
    ["2024/12", m(2024, 12)],
    ["202403", m(2024, 3)],
    ["县区3月", m(null, 3)],
  ])("reads the month in the mixed style %p", (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each([
    ["一季度", q(null, 1)],
    ["第1季度", q(null, 1)],
    ["Q1", q(null, 1)],
    ["Q1 2024", q(2024, 1)],
    ["q4-2024", q(2024, 4)],
    ["2024年一季度县区", q(2024, 1)],
    ["2024 Q2", q(2024, 2)],
    ["县区Q3", q(null, 3)],
  ])("reads the quarter in the mixed style %p", (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each([
    ["H1", { year: null, kind: "half", index: 1 }],
    ["2024H2", { year: 2024, kind: "half", index: 2 }],
    ["全年", { year: null, kind: "year", index: 0 }],
    ["2024年全年考核", { year: 2024, kind: "year", index: 0 }],
    ["年终考核", { year: null, kind: "year", index: 0 }],
  ])("reads halves and whole years in other styles: %p", (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each(["2024-11-03", "2024.11.3", "20241103", "Sheet1", "FAQ1", "ABCH1"])(
    "reads no period in the date or word %p",
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    }
  );

  it("does not read the date a title was issued as the period", () => {
    expect(parsePeriod("三季度考核结果（2017年11月3日印发）")).toEqual(q(2017, 3));
    expect(parsePeriod("2017年9月考核结果（2017年10月8日）")).toEqual(m(2017, 9));
  });
});

describe("comparing and formatting periods", () => {
  it("periodEndMonth puts quarters, months and halves on one scale", () => {
    expect(periodEndMonth(q(2017, 3))).toBe(9);
    expect(periodEndMonth(m(2017, 8))).toBe(8);
    expect(periodEndMonth({ year: 2017, kind: "half", index: 1 })).toBe(6);
    expect(periodEndMonth({ year: 2017, kind: "year", index: 0 })).toBe(12);
  });

  it("comparePeriods orders by year, then by the month a period ends", () => {
    expect(comparePeriods(q(2017, 2), q(2017, 3))).toBeLessThan(0);
    expect(comparePeriods(q(2017, 4), q(2018, 1))).toBeLessThan(0);
    expect(comparePeriods(q(null, 2), q(2017, 3))).toBeLessThan(0);
    expect(comparePeriods(m(2017, 9), q(2017, 3))).toBe(0);
  });

  it("periodOrder puts the shorter period first among those ending in the same month", () => {
    const year = { year: 2017, kind: "year", index: 0 } as Period;
    const h2 = { year: 2017, kind: "half", index: 2 } as Period;
    const shuffled = [year, q(2017, 4), m(2017, 12), h2, q(2017, 1), m(2017, 11)];
    expect([...shuffled].sort(periodOrder)).toEqual([
      q(2017, 1),
      m(2017, 11),
      m(2017, 12),
      q(2017, 4),
      h2,
      year,
    ]);
    expect(periodOrder(q(2017, 3), q(2017, 3))).toBe(0);
    expect(periodOrder(q(2016, 4), m(2017, 1))).toBeLessThan(0);
  });

  it.each([
    [q(2017, 3), "2017Q3"],
    [q(null, 3), "Q3"],
    [m(2017, 9), "2017-09"],
    [m(null, 9), "M09"],
    [{ year: 2017, kind: "half", index: 1 } as Period, "2017H1"],
    [{ year: 2017, kind: "year", index: 0 } as Period, "2017"],
  ])("formatPeriod(%p) is %p", (period, text) => {
    expect(formatPeriod(period)).toBe(text);
  });

  it("mergePeriods lets the title's year fill the sheet name's gap", () => {
    expect(mergePeriods(null, q(null, 3))).toEqual(q(null, 3));
    expect(mergePeriods(q(null, 3), null)).toEqual(q(null, 3));
    expect(mergePeriods(q(null, 3), q(2017, 3))).toEqual(q(2017, 3));
    expect(mergePeriods({ year: 2017, kind: "year", index: 0 }, q(null, 3))).toEqual(q(2017, 3));
  });
});
