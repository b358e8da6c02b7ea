import {
  analyzeWorkbook,
  cumulativePeriods,
  cumulativeScore,
  cumulativeStandings,
  formatPeriod,
  historyPeriods,
  readWorkbook,
  runEngine,
} from "../../src/core";
import { Ties, refRanks } from "../support/reference";
import { quarterlyFixture } from "../support/period-fixtures";
import { Cell, frozen, sheet } from "../support/sheet-builder";

function counties(name: string, rows: readonly (readonly [string, number])[]) {
  const values: Cell[][] = [["县（区）", "总分"], ...rows.map(([n, t]) => [n, t])];
  return frozen(sheet(name, values));
}

const standings = (
  sheets: ReturnType<typeof counties>[],
  method: "average" | "sum" = "average",
  ties: Ties = "competition"
) => cumulativeStandings(analyzeWorkbook(readWorkbook(sheets), { ties }), { method, ties });

const periodsOf = (sheets: ReturnType<typeof counties>[]) => {
  const [level] = [...historyPeriods(analyzeWorkbook(readWorkbook(sheets))).values()];
  return [...cumulativePeriods(level)].map(([year, list]) => [
    year,
    list.map((a) => formatPeriod(a.table.period!)),
  ]);
};

describe("cumulativeScore(totals, decimals, method)", () => {
  it.each([
    [[90.01, 90.02], "average", 90.02],
    [[90.01, 90.02, 90.02, 90.02], "average", 90.02],
    [[90, 90.01, 90.01], "average", 90.01],
    [[-0.01, -0.02], "average", -0.02],
    [[98.2, 1.6], "sum", 99.8],
    [[88.6, -0.1], "sum", 88.5],
  ] as const)("%p by %s is %p, rounded as ROUND does", (totals, method, expected) => {
    expect(cumulativeScore(totals, 2, method)).toBe(expected);
  });

  it("works at the sheet's precision", () => {
    expect(cumulativeScore([95.125, 95.124], 3, "average")).toBe(95.125);
    // At 2 decimals each total is rounded first: 95.13 and 95.12.
    expect(cumulativeScore([95.125, 95.124], 2, "average")).toBe(95.13);
  });

  it("is null when any period has no total, or there is none", () => {
    expect(cumulativeScore([90, null, 91], 2, "average")).toBeNull();
    expect(cumulativeScore([90, null], 2, "sum")).toBeNull();
    expect(cumulativeScore([], 2, "average")).toBeNull();
  });
});

describe("cumulativePeriods(levelPeriods)", () => {
  const two = [
    ["平利县", 90],
    ["白河县", 80],
  ] as const;

  it("counts the quarters of a year, never the year's own table", () => {
    const sheets = ["2024年一季度", "二季度", "三季度", "四季度", "2024年度"].map((n) =>
      counties(n, two)
    );
    expect(periodsOf(sheets)).toEqual([[2024, ["2024Q1", "2024Q2", "2024Q3", "2024Q4"]]]);
  });

  it("takes the kind a year has most of, months before quarters when as many", () => {
    const months = ["2024年1月", "2月", "3月", "2024年一季度"].map((n) => counties(n, two));
    expect(periodsOf(months)[0][1]).toEqual(["2024-01", "2024-02", "2024-03"]);
    const even = ["2024年1月", "2月", "2024年一季度", "二季度"].map((n) => counties(n, two));
    expect(periodsOf(even)[0][1]).toEqual(["2024-01", "2024-02"]);
  });

  it("keeps each year apart, and a year of one period has no cumulative ranking", () => {
    const sheets = ["2023年四季度", "2024年一季度", "2024年二季度"].map((n) => counties(n, two));
    expect(periodsOf(sheets)).toEqual([[2024, ["2024Q1", "2024Q2"]]]);
  });
});

describe("cumulativeStandings(analyses, { method, ties })", () => {
  const q1 = counties("2024年一季度", [
    ["平利县", 96],
    ["石泉县", 95],
    ["旬阳县", 94],
    ["白河县", 93],
  ]);
  const q2 = counties("二季度", [
    ["平利县", 95],
    ["石泉", 96],
    ["白河县", 90],
  ]);
  const q3 = counties("三季度", [
    ["平利县", 97],
    ["石泉县", 97],
    ["旬阳县", 99],
    ["白河县", 91],
  ]);

  it("ranks the average of each unit's totals, ties sharing a rank, with a ranking sheet's gaps", () => {
    const [st] = standings([q3, q1, q2]);
    expect(st.periods.map((a) => a.table.sheet)).toEqual(["2024年一季度", "二季度", "三季度"]);
    expect(st.method).toBe("average");
    expect(
      st.units.map((u) => [u.name, u.score, u.rank, u.gapToFirst, u.gapToAbove, u.counted])
    ).toEqual([
      ["平利县", 96, 1, 0, null, 3],
      ["石泉县", 96, 1, 0, null, 3],
      ["白河县", 91.33, 3, 4.67, 4.67, 3],
      // Missing from the second quarter: listed with what it has, not ranked.
      ["旬阳县", null, null, null, null, 2],
    ]);
    expect(st.units.find((u) => u.name === "旬阳县")?.totals).toEqual([94, null, 99]);
  });

  it("compares with the same standing one period earlier", () => {
    const [st] = standings([q1, q2, q3]);
    const row = (name: string) => st.units.find((u) => u.name === name);
    // Through the second quarter: 平利 and 石泉 95.5 (tied first), 白河 91.5.
    expect([row("平利县")?.previousScore, row("平利县")?.previousRank]).toEqual([95.5, 1]);
    expect([row("石泉县")?.previousRank, row("石泉县")?.rankChange]).toEqual([1, 0]);
    expect([row("白河县")?.previousRank, row("白河县")?.rankChange]).toEqual([3, 0]);
    expect(row("旬阳县")?.previousRank).toBeNull();
  });

  it("ranks the sum instead when the setting says so", () => {
    const [st] = standings([q1, q2, q3], "sum");
    expect(st.units.slice(0, 3).map((u) => [u.name, u.score, u.rank])).toEqual([
      ["平利县", 288, 1],
      ["石泉县", 288, 1],
      ["白河县", 274, 3],
    ]);
  });

  it("ranks ties 1 1 2 with 中国式排名", () => {
    const [st] = standings([q1, q2, q3], "average", "dense");
    expect(st.units.slice(0, 3).map((u) => u.rank)).toEqual([1, 1, 2]);
  });

  it("on four quarters and a year, ranks as a plain reference does; 紫阳 and 石泉 tie on the average", () => {
    const fx = quarterlyFixture();
    const result = runEngine(fx.sheets);
    const county = result.cumulativeSheets.find((c) => c.standing.levelKind === "county")?.standing;
    expect(county?.periods.map((a) => formatPeriod(a.table.period!))).toEqual([
      "2024Q1",
      "2024Q2",
      "2024Q3",
      "2024Q4",
    ]);
    // The reference: averages of whole hundredths, half away from zero; a missing quarter unranks.
    const cents = fx.county.units.map((u) => {
      const q = u.cents.slice(0, 4);
      if (q.some((c) => c === null)) return null;
      const sum = (q as number[]).reduce((a, b) => a + b, 0);
      return Math.floor((2 * sum + 4) / 8);
    });
    const ranks = refRanks(cents, "competition");
    const got = new Map(county?.units.map((u) => [u.name, [u.score, u.rank]]));
    fx.county.units.forEach((u, i) => {
      expect({ name: u.name, got: got.get(u.name) }).toEqual({
        name: u.name,
        got: [cents[i] === null ? null : (cents[i] as number) / 100, ranks[i]],
      });
    });
    const [ziyang, shiquan] = ["紫阳县", "石泉县"].map((n) =>
      county?.units.find((u) => u.name === n)
    );
    expect(ziyang?.score).toBe(96.5);
    expect(ziyang?.rank).toBe(shiquan?.rank);
    expect(county?.units.find((u) => u.name === "岚皋县")?.rank).toBeNull();
  });
});
