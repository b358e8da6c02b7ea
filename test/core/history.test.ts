import {
  analyzeWorkbook,
  formatPeriod,
  hasBottomLine,
  historyPeriods,
  inBottom,
  levelHistories,
  readWorkbook,
  runEngine,
  streaks,
} from "../../src/core";
import { Ties, refRanks } from "../support/reference";
import { fixtureUnit, monthlyFixture, quarterlyFixture } from "../support/period-fixtures";
import { Cell, frozen, sheet, shuffled } from "../support/sheet-builder";

/** A county sheet of (name, total) rows. */
function counties(name: string, rows: readonly (readonly [string, number])[]) {
  const values: Cell[][] = [["县（区）", "总分"], ...rows.map(([n, t]) => [n, t])];
  return frozen(sheet(name, values));
}

function histories(sheets: ReturnType<typeof counties>[], bottomLine = 2, ties?: Ties) {
  return levelHistories(analyzeWorkbook(readWorkbook(sheets), { ties }), { bottomLine });
}

describe("streaks(ranks, fieldSizes, bottomLine)", () => {
  it.each([
    [[5, 4, 6, 8], { topThree: 0, bottom: 0, falling: 2 }],
    [[3, 2, 1, 1], { topThree: 4, bottom: 0, falling: 0 }],
    [[1, 2, 3, 4], { topThree: 0, bottom: 0, falling: 3 }],
    [[2, null, 3, 2], { topThree: 2, bottom: 0, falling: 0 }],
    [[4, 3, null, 5], { topThree: 0, bottom: 0, falling: 0 }],
    [[19, 18, 20], { topThree: 0, bottom: 3, falling: 1 }],
    [[15, 18, 20], { topThree: 0, bottom: 2, falling: 2 }],
    [[null, null], { topThree: 0, bottom: 0, falling: 0 }],
  ])("counts back from the latest period in %p", (ranks, expected) => {
    expect(
      streaks(
        ranks,
        ranks.map(() => 20),
        4
      )
    ).toEqual(expected);
  });

  it("counts the bottom line in each period's own field", () => {
    // 20th is inside the bottom four of 20 units, not of 24.
    expect(streaks([17, 17, 20], [20, 20, 24], 4).bottom).toBe(0);
    expect(streaks([17, 17, 21], [20, 20, 24], 4).bottom).toBe(3);
    expect(streaks([17, 17, 20], [20, 20, 20], 4).bottom).toBe(3);
  });

  it("refuses ranks and fields of different lengths", () => {
    expect(() => streaks([1, 2], [10], 3)).toThrow(RangeError);
  });
});

describe("hasBottomLine and inBottom", () => {
  it("puts the line only in a field at least twice its size", () => {
    expect(hasBottomLine(96, 10)).toBe(true);
    expect(hasBottomLine(20, 10)).toBe(true);
    expect(hasBottomLine(19, 10)).toBe(false);
    expect(hasBottomLine(11, 10)).toBe(false);
  });

  it("is inside from the place after field − N", () => {
    expect([86, 87, 96].map((r) => inBottom(r, 96, 10))).toEqual([false, true, true]);
    expect(inBottom(11, 11, 10)).toBe(false);
  });
});

describe("historyPeriods(analyses)", () => {
  it("orders a level's periods by time whatever the sheet order, a year after its last quarter", () => {
    const fx = quarterlyFixture();
    const byLevel = historyPeriods(analyzeWorkbook(readWorkbook(fx.sheets)));
    expect(
      [...byLevel.values()].map((list) => list.map((a) => formatPeriod(a.table.period!)))
    ).toEqual([
      ["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2024"],
      ["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2024"],
    ]);
  });

  it("keeps the first of two tables of one period, and leaves out a table without a period", () => {
    const a = counties("一季度", [
      ["甲县", 90],
      ["乙县", 80],
    ]);
    const b = counties("第1季度（重报）", [
      ["甲县", 70],
      ["乙县", 60],
    ]);
    const c = counties("汇总", [
      ["甲县", 50],
      ["乙县", 40],
    ]);
    const d = counties("二季度", [
      ["甲县", 85],
      ["乙县", 88],
    ]);
    const [list] = [...historyPeriods(analyzeWorkbook(readWorkbook([a, b, c, d]))).values()];
    expect(list.map((x) => x.table.sheet)).toEqual(["一季度", "二季度"]);
  });
});

describe("levelHistories(analyses, { bottomLine })", () => {
  it("follows each unit across periods by match key, in the latest period's rank order", () => {
    const [h] = histories([
      counties("二季度", [
        ["平利县", 80],
        ["石泉县", 90],
        ["旬阳县", 85],
      ]),
      counties("一季度", [
        ["平利", 95],
        ["石泉县", 90],
        [" 旬阳县 ", 85],
        ["白河县", 70],
      ]),
    ]);
    expect(h.periods.map((a) => a.table.sheet)).toEqual(["一季度", "二季度"]);
    expect(h.units.map((u) => [u.name, u.ranks, u.totals])).toEqual([
      ["石泉县", [2, 1], [90, 90]],
      ["旬阳县", [3, 2], [85, 85]],
      // Named as the latest period names it.
      ["平利县", [1, 3], [95, 80]],
      // Not in the latest period: listed after, blank there.
      ["白河县", [4, null], [70, null]],
    ]);
    const pingli = h.units[2];
    expect([pingli.changeFromFirst, pingli.changeFromPrevious, pingli.best, pingli.worst]).toEqual([
      -2, -2, 1, 3,
    ]);
    expect(h.units[3].changeFromFirst).toBeNull();
    expect(h.fieldSizes).toEqual([4, 3]);
  });

  it("skips a level with a single period", () => {
    expect(
      histories([
        counties("一季度", [
          ["甲县", 1],
          ["乙县", 2],
        ]),
      ])
    ).toEqual([]);
  });

  it("ranks ties as the tables do: shared with RANK.EQ, 1 2 2 3 with 中国式排名", () => {
    const sheets = [
      counties("一季度", [
        ["甲县", 90],
        ["乙县", 88.6 - 0.1],
        ["丙县", 88.5],
        ["丁县", 80],
      ]),
      counties("二季度", [
        ["甲县", 90],
        ["乙县", 89],
        ["丙县", 89],
        ["丁县", 80],
      ]),
    ];
    const ranks = (ties: Ties) =>
      histories(sheets, 1, ties)[0].units.map((u) => [u.name, ...u.ranks]);
    expect(ranks("competition")).toEqual([
      ["甲县", 1, 1],
      ["乙县", 2, 2],
      ["丙县", 2, 2],
      ["丁县", 4, 4],
    ]);
    expect(ranks("dense").map((r) => r[2])).toEqual([1, 2, 2, 3]);
  });

  it("on twelve shuffled monthly sheets, gives every unit the ranks a plain reference gives", () => {
    const fx = monthlyFixture();
    const result = runEngine(fx.sheets);
    const county = result.historySheets.find((h) => h.history.levelKind === "county")?.history;
    expect(county?.periods.map((a) => formatPeriod(a.table.period!))).toEqual(
      Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`)
    );
    const expected = Array.from({ length: 12 }, (_, p) =>
      refRanks(
        fx.county.units.map((u) => u.cents[p]),
        "competition"
      )
    );
    for (const [i, u] of fx.county.units.entries()) {
      const got = county?.units.find((x) => x.name === u.name);
      expect({ name: u.name, ranks: got?.ranks }).toEqual({
        name: u.name,
        ranks: expected.map((ranks) => ranks[i]),
      });
    }
    // The planted units: 平利 first all year, 汉滨 falling, 白河 inside the bottom ten, 岚皋 missing June.
    const unit = (name: string) => county?.units.find((u) => u.name === name);
    expect(unit("平利县")?.streaks.topThree).toBe(12);
    expect(unit("汉滨区")?.streaks.falling).toBe(3);
    expect(unit("白河县")?.streaks.bottom).toBeGreaterThanOrEqual(2);
    expect(unit("岚皋县")?.ranks[5]).toBeNull();
    expect(fixtureUnit(fx.county, "岚皋县").cents[5]).toBeNull();
  });

  it("gives the same histories whatever order the sheets come in", () => {
    const fx = monthlyFixture();
    const summary = (sheets: typeof fx.sheets) =>
      runEngine(sheets).historySheets.map((h) => ({
        level: h.history.levelKind,
        units: h.history.units.map((u) => [u.name, u.ranks, u.streaks]),
      }));
    expect(summary(shuffled(fx.sheets, 7))).toEqual(summary(fx.sheets));
  });

  it("counts the bottom streak against the setting's line", () => {
    const fx = monthlyFixture();
    const bottom = (bottomLine: number) =>
      runEngine(fx.sheets, { bottomLine })
        .historySheets.find((h) => h.history.levelKind === "county")
        ?.history.units.find((u) => u.name === "白河县")?.streaks.bottom;
    expect(bottom(10)).toBeGreaterThan(bottom(3) as number);
    // No line in a field of 30 at 15 or more.
    expect(bottom(16)).toBe(0);
  });
});
