import {
  EngineResult,
  PlanCell,
  cellAddress,
  columnLabel,
  historyRefs,
  planFormulaCells,
  rankAxisStep,
  runEngine,
} from "../../src/core";
import { monthlyFixture, quarterlyFixture } from "../support/period-fixtures";

const SETTINGS = { ownUnit: "安康", benchmarks: ["汉中", "平利"] };

describe("the history sheet of each level (排名走势)", () => {
  let result: EngineResult;
  beforeAll(() => {
    result = runEngine(monthlyFixture().sheets, SETTINGS);
  });
  const county = () => {
    const h = result.historySheets.find((s) => s.history.levelKind === "county");
    if (!h) throw new Error("no county history");
    return h;
  };
  const row = (name: string) => {
    const h = county();
    return h.plan.rows[h.layout.firstRow + h.history.units.findIndex((u) => u.name === name)];
  };

  it("is named for its level and written after the comparisons, before the ranking sheets", () => {
    const names = result.plans.map((p) => p.name);
    expect(names.slice(0, 7)).toEqual([
      "简报",
      "对标-汉中",
      "对标-平利县",
      "排名走势-县区",
      "排名走势-市级",
      "累计-2024年县区",
      "累计-2024年市级",
    ]);
    expect(result.plans.filter((p) => p.kind === "history")).toHaveLength(2);
    expect(county().plan.rows[0][0].value).toBe("县区排名走势（2024年1月至2024年12月，共12期）");
  });

  it("heads each period by its month, the ranks together and the totals together", () => {
    const h = county();
    const header = h.plan.rows[h.layout.fieldRow - 1].map((c) => c.value);
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
    expect(h.layout.col.ranks.map((c) => header[c])).toEqual(months);
    expect(h.layout.col.totals.map((c) => header[c])).toEqual(months);
    expect(
      [
        h.layout.col.changeFromFirst,
        h.layout.col.changeFromPrevious,
        h.layout.col.best,
        h.layout.col.worst,
        h.layout.col.topStreak,
        h.layout.col.bottomStreak,
        h.layout.col.fallingStreak,
      ].map((c) => header[c])
    ).toEqual([
      "较首期",
      "较上期",
      "最好名次",
      "最差名次",
      "连续前三期数",
      "连续后10位期数",
      "连续下降期数",
    ]);
  });

  it("finds each rank and total on its period's ranking sheet by match key, blank where missing", () => {
    const h = county();
    const lanGao = row("岚皋县");
    const june = lanGao[h.layout.col.ranks[5]];
    expect(june.value).toBe("");
    expect(june.formula).toMatch(
      /^=IFERROR\(INDEX\('排名-六月县区'!\$A\$4:\$A\$\d+,MATCH\(\$[A-Z]+\d+,'排名-六月县区'!\$[A-Z]+\$4:\$[A-Z]+\$\d+,0\)\),""\)$/
    );
    const total = row("平利县")[h.layout.col.totals[0]];
    expect(total.formula).toContain("INDEX('排名-1月县区'!$");
    expect(total.value).toBe(99.8);
  });

  it("writes streaks as SUMPRODUCT over the rank row, positions as a constant", () => {
    const cell = row("汉滨区")[county().layout.col.fallingStreak];
    expect(cell.value).toBe(3);
    expect(cell.formula).toMatch(/^=11-SUMPRODUCT\(MAX\(\(1-ISNUMBER\(/);
    expect(cell.formula).toContain("{1,2,3,4,5,6,7,8,9,10,11}");
    expect(cell.formula).not.toContain("COLUMN(");
  });

  it("draws a line chart of the own unit's members and the benchmark, rank 1 on top", () => {
    const h = county();
    const [chart] = h.plan.charts;
    expect(chart.kind).toBe("line");
    expect(chart.valueAxis).toEqual({ reversed: true, min: 1, max: 30, majorUnit: 5, format: "0" });
    // 安康's ten counties (平利 among them, the benchmark too) in their latest rank order.
    expect(chart.values).toHaveLength(10);
    expect(chart.values.map((v) => v.name)).toContain("平利县");
    const at = (ref: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
      const col = m[1].charCodeAt(0) - 65;
      return h.plan.rows[Number(m[2]) - 1][col];
    };
    const [from, to] = chart.categories.split(":");
    expect([at(from).value, at(to).value]).toEqual(["1月", "12月"]);
    // The row above the data names the series; its first cell is blank.
    const header = Number(/\d+/.exec(from)?.[0]) - 2;
    expect(h.plan.rows[header][0].value).toBeNull();
    // Each point reads the sheet's own rank by match key, #N/A (a gap) if it ever goes blank.
    const lanGao = chart.values.findIndex((v) => v.name === "岚皋县");
    const column = chart.values[lanGao].range.split(":")[0].replace(/\d+/, "");
    const first = Number(/\d+/.exec(from)?.[0]);
    const june = at(`${column}${first + 5}`);
    expect(june).toMatchObject({ value: null });
    expect(june.formula).toBeUndefined();
    const may = at(`${column}${first + 4}`);
    expect(may.formula).toMatch(/^=IF\(ISNUMBER\(INDEX\(.*\)\),INDEX\(.*\),NA\(\)\)$/);
    expect(typeof may.value).toBe("number");
  });

  it("highlights the own unit's line on its own level", () => {
    const city = result.historySheets.find((s) => s.history.levelKind === "city");
    const [chart] = city?.plan.charts ?? [];
    expect(chart.values.map((v) => v.name)).toEqual(["安康", "汉中"]);
    expect(chart.highlight).toEqual([0]);
    expect(chart.valueAxis?.max).toBe(6);
  });

  it("draws no chart when no unit is followed", () => {
    const plain = runEngine(monthlyFixture().sheets);
    expect(plain.historySheets.every((h) => h.plan.charts.length === 0)).toBe(true);
  });

  it("lets the briefing find a unit's values by match key", () => {
    const refs = historyRefs(county(), "汉滨");
    expect(refs.field("fallingStreak")).toMatch(
      /^INDEX\('排名走势-县区'!\$[A-Z]+\$6:\$[A-Z]+\$35,MATCH\("汉滨",'排名走势-县区'!\$[A-Z]+\$6:\$[A-Z]+\$35,0\)\)$/
    );
  });

  it("reports each unit's history with the cells that hold it", () => {
    const report = result.report.history ?? [];
    expect(report.map((h) => [h.sheet, h.level, h.periods.length, h.bottomLine])).toEqual([
      ["排名走势-县区", "county", 12, 10],
      ["排名走势-市级", "city", 12, 10],
    ]);
    const hanbin = report[0].units.find((u) => u.name === "汉滨区");
    expect(hanbin?.streaks.falling).toBe(3);
    expect(hanbin?.cells.fallingStreak).toMatch(/^'排名走势-县区'![A-Z]+\d+$/);
    expect(hanbin?.cells.ranks).toHaveLength(12);
  });
});

describe("the cumulative sheet of each level and year (累计)", () => {
  let result: EngineResult;
  beforeAll(() => {
    result = runEngine(quarterlyFixture().sheets, { ...SETTINGS, cumulativeBy: "sum" });
  });
  const sheet = () => {
    const c = result.cumulativeSheets.find((s) => s.standing.levelKind === "county");
    if (!c) throw new Error("no county cumulative sheet");
    return c;
  };
  const header = () => sheet().plan.rows[2].map((c: PlanCell) => c.value);

  it("counts the four quarters, not the year's own table, and says how it adds them", () => {
    const s = sheet();
    expect(s.plan.name).toBe("累计-2024年县区");
    expect(s.plan.rows[0][0].value).toBe(
      "2024年县区累计排名（第一季度至第四季度，共4期，按累计总分）"
    );
    expect(header().slice(3, 8)).toEqual([
      "第一季度总分",
      "第二季度总分",
      "第三季度总分",
      "第四季度总分",
      "有总分期数",
    ]);
    expect(s.standing.method).toBe("sum");
  });

  it("sums only a unit with every quarter, and ranks with RANK.EQ over the column", () => {
    const s = sheet();
    const c = s.layout.col;
    const r = s.layout.firstRow;
    const first = s.plan.rows[r];
    expect(first[c.score].formula).toBe(
      `=IF(COUNT(D${r + 1}:G${r + 1})=4,ROUND(SUM(D${r + 1}:G${r + 1}),2),"")`
    );
    const score = cellAddress(r, c.score);
    const column = columnLabel(c.score);
    expect(first[c.rank].formula).toBe(
      `=IF(ISNUMBER(${score}),RANK.EQ(${score},$${column}$4:$${column}$33),"")`
    );
    const lanGao = s.plan.rows[r + s.standing.units.findIndex((u) => u.name === "岚皋县")];
    expect([lanGao[c.counted].value, lanGao[c.score].value, lanGao[c.rank].value]).toEqual([
      3,
      "",
      "",
    ]);
    expect(lanGao[c.counted].style).toBe("warn");
  });

  it("is an Excel table the user may sort, and reported with its cells", () => {
    expect(sheet().plan.table).toEqual({ top: 2, left: 0, bottom: 32, right: 14 });
    const report = result.report.cumulative?.find((x) => x.level === "county");
    expect(report).toMatchObject({ year: 2024, method: "sum", precision: 2 });
    expect(report?.periods).toEqual(["2024Q1", "2024Q2", "2024Q3", "2024Q4"]);
    const ziyang = report?.units.find((u) => u.name === "紫阳县");
    expect(ziyang?.score).toBe(386);
    expect(ziyang?.cells.rank).toMatch(/^'累计-2024年县区'!A\d+$/);
  });

  it("puts every formula's value in its plan", () => {
    for (const { cell } of planFormulaCells(sheet().plan)) expect(cell.value).not.toBeNull();
  });
});

describe("rankAxisStep(max)", () => {
  it.each([
    [6, 1],
    [11, 1],
    [30, 5],
    [96, 10],
    [250, 50],
  ])("steps a rank axis of %p places by %p", (max, step) => {
    expect(rankAxisStep(max)).toBe(step);
  });
});
