/**
 * City rows inside a county table: a city on a row of its own above its counties, with no score or
 * with its counties' average (or sum), groups them and is not ranked.
 */
import fc from "fast-check";
import { analyzeWorkbook, unitTotal } from "../../src/core/analyze";
import { GroupTestRow, groupRows } from "../../src/core/group-rows";
import { matchKey } from "../../src/core/names";
import { readSheet } from "../../src/core/read-table";
import { ScoreTable } from "../../src/core/table";
import { readWorkbook } from "../../src/core/workbook";
import { CITY_BY_CITY_ROWS } from "../support/layouts";
import { Cell, frozen, problemList, sheet } from "../support/sheet-builder";

function only(tables: readonly ScoreTable[]): ScoreTable {
  expect(tables).toHaveLength(1);
  return tables[0];
}

const HEADER: Cell[] = ["序号", "县（市、区）", "党建", "发展", "综合得分"];
const AVERAGED = CITY_BY_CITY_ROWS.map((row) => [...row]);

/** The one table read from a sheet of `rows`. */
const tableOf = (name: string, rows: Cell[][]) => only(readSheet(sheet(name, rows)).tables);
/** Whether no unit of `t` was put in a group. */
const ungrouped = (t: ScoreTable) => t.units.every((u) => u.section === null);

describe("readSheet: a county table listed city by city", () => {
  it("skips the cities' own rows, whose scores are their counties' averages, and says so", () => {
    const t = only(readSheet(frozen(sheet("二季度县区", AVERAGED))).tables);
    expect(t.units.map((u) => u.name)).toEqual([
      "汉台区",
      "南郑区",
      "城固县",
      "汉滨区",
      "旬阳市",
      "商州区",
      "洛南县",
    ]);
    expect(problemList(t.problems)).toEqual([
      "B3 cityRowSkipped",
      "B7 cityRowSkipped",
      "B10 cityRowSkipped",
    ]);
  });

  it("groups each city's counties under it, and ranks them within it", () => {
    const book = readWorkbook([frozen(sheet("二季度县区", AVERAGED))]);
    const [a] = analyzeWorkbook(book);
    const section = (name: string) => a.units.find((u) => u.unit.name === name)?.unit.section;
    expect([section("城固县"), section("旬阳市"), section("洛南县")]).toEqual([
      "汉中市",
      "安康市",
      "商洛市",
    ]);
    const within = (name: string) =>
      a.units.find((u) => u.unit.name === name)?.groupRanks.find((g) => g.kind === "section")?.rank;
    expect([within("汉台区"), within("南郑区"), within("城固县")]).toEqual([1, 3, 2]);
    expect(a.units.map((u) => u.rank)).toEqual([1, 2, 3, 4, 4, 6, 6]);
  });

  it("skips city rows that carry their counties' sum rather than their average", () => {
    const summed = AVERAGED.map((row) =>
      row[1] === "汉中市"
        ? ["", "汉中市", 124.5, 131, 255.5]
        : row[1] === "安康市"
          ? ["", "安康市", 80.5, 84.5, 165]
          : row[1] === "商洛市"
            ? ["", "商洛市", 78, 83, 161]
            : row
    );
    const t = tableOf("县区", summed);
    expect(t.units).toHaveLength(7);
    expect(t.units.map((u) => u.section)).toEqual([
      "汉中市",
      "汉中市",
      "汉中市",
      "安康市",
      "安康市",
      "商洛市",
      "商洛市",
    ]);
  });

  it("takes city label rows without scores as the groups, with no warning for them", () => {
    const labels = AVERAGED.map((row) =>
      typeof row[1] === "string" && row[0] === "" ? ["", row[1]] : row
    );
    const t = tableOf("县区", labels);
    expect(t.units.map((u) => u.section)).toEqual([
      "汉中市",
      "汉中市",
      "汉中市",
      "安康市",
      "安康市",
      "商洛市",
      "商洛市",
    ]);
    expect(t.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("takes a city row named in the 所属市 column of the rows below it, whatever its score", () => {
    const t = tableOf("县区", [
      ["县区", "所属市", "得分"],
      ["汉中市", "", 90.1],
      ["汉台区", "汉中", 86],
      ["南郑区", "汉中", 84.5],
      ["安康市", "", 70],
      ["汉滨区", "安康", 82.5],
      ["石泉县", "安康", 81],
    ]);
    expect(t.units.map((u) => `${u.name}/${u.section}`)).toEqual([
      "汉台区/汉中市",
      "南郑区/汉中市",
      "汉滨区/安康市",
      "石泉县/安康市",
    ]);
  });

  it("ranks a county-level city whose score is no city's average as a unit", () => {
    const t = tableOf("县区", [
      HEADER,
      [1, "汉台区", 42, 44, 86],
      [2, "韩城市", 41, 43.5, 84.5],
      [3, "城固县", 41.5, 43.5, 85],
      [4, "华阴市", 40.5, 42, 82.5],
      [5, "洛南县", 38.5, 42, 80.5],
    ]);
    expect(t.units.map((u) => u.name)).toEqual(["汉台区", "韩城市", "城固县", "华阴市", "洛南县"]);
    expect(ungrouped(t)).toBe(true);
  });

  it("keeps a lone county-level city without scores a unit whose scores are missing", () => {
    const t = tableOf("县区", [
      HEADER,
      [1, "汉台区", 42, 44, 86],
      [2, "韩城市"],
      [3, "城固县", 41.5, 43.5, 85],
      [4, "洛南县", 38.5, 42, 80.5],
    ]);
    expect(problemList(t.problems)).toContain("B3 rowWithoutScores");
    expect(ungrouped(t)).toBe(true);
  });

  it("leaves a table of cities with two districts alone, though some cities average the next two", () => {
    const t = tableOf("市级", [
      ["市（区）", "得分"],
      ["西安市", 90],
      ["宝鸡市", 85],
      ["咸阳市", 86],
      ["铜川市", 84],
      ["渭南市", 80],
      ["延安市", 81],
      ["榆林市", 79],
      ["汉中市", 78],
      ["杨凌示范区", 70],
      ["西咸新区", 75],
    ]);
    expect(t.units).toHaveLength(10);
    expect(ungrouped(t)).toBe(true);
  });

  it("leaves a table of cities alone, whatever their scores", () => {
    const t = tableOf("市级", [
      ["市（区）", "得分"],
      ["西安市", 90],
      ["汉中市", 85],
      ["安康市", 80],
      ["商洛市", 82.5],
      ["宝鸡市", 81.25],
    ]);
    expect(t.units).toHaveLength(5);
  });
});

describe("groupRows(rows, decimals)", () => {
  const row = (name: string, score: number | null, parent: string | null = null): GroupTestRow => ({
    name,
    score,
    key: matchKey(name),
    parentKey: parent === null ? null : matchKey(parent),
  });

  it("does not stop a group short at a county-level city among its counties", () => {
    const rows = [
      row("渭南市", 84),
      row("临渭区", 86),
      row("华阴市", 85),
      row("韩城市", 83),
      row("潼关县", 82),
      row("延安市", 80),
      row("宝塔区", 81),
      row("安塞区", 79),
    ];
    expect([...groupRows(rows, 2)]).toEqual([
      [0, "scored"],
      [5, "scored"],
    ]);
  });

  it("passes over a blank row inside a city's counties", () => {
    const rows = [row("汉中市", 85), row("汉台区", 86), row("", null), row("南郑区", 84)];
    const ankang = [row("", null), row("安康市", 82.5), row("汉滨区", 82.5), row("旬阳市", 82.5)];
    expect([...groupRows([...rows, ...ankang], 2).keys()]).toEqual([0, 5]);
  });

  it("compares at the table's precision, the average rounded half away from zero", () => {
    const ankang = [row("安康市", 82.5), row("汉滨区", 82.5), row("旬阳市", 82.5)];
    const rows = [row("汉中市", 85.17), row("汉台区", 86), row("南郑区", 84.5), row("城固县", 85)];
    expect(groupRows([...rows, ...ankang], 2).get(0)).toBe("scored");
    expect(groupRows([{ ...rows[0], score: 85.16 }, ...rows.slice(1), ...ankang], 2).get(0)).toBe(
      undefined
    );
    const tenths = [{ ...rows[0], score: 85.2 }, ...rows.slice(1), ...ankang];
    expect(groupRows(tenths, 1).get(0)).toBe("scored");
  });

  it("keeps one county-level city whose score happens to be the average below it a unit", () => {
    const rows = [row("临夏市", 88), row("康乐县", 85), row("永靖县", 91), row("广河县", 80)];
    expect(groupRows(rows.slice(0, 3), 2).size).toBe(0);
    expect(groupRows([...rows, row("和政县", 79), row("东乡县", 81)], 2).size).toBe(0);
  });
});

describe("readSheet on generated county tables listed city by city", () => {
  /** Two-character stems, made into unit names that are all different. */
  const STEMS = [
    ..."安平宁和康乐永靖石泉汉阴紫阳岚皋镇坪白河旬留坝佛城固洋西乡勉略柞水丹凤山阳商南",
  ];
  const name = (i: number, suffix: string) =>
    `${STEMS[i % STEMS.length]}${STEMS[(i * 7 + 3) % STEMS.length]}${i}${suffix}`;
  const roundHalfAway = (cents: number, count: number) =>
    Math.floor((2 * cents + count) / (2 * count)) / 100;

  const tableArb = fc.record({
    cities: fc.array(
      fc.array(
        fc.record({
          kind: fc.constantFrom("县", "县", "区", "市"),
          cents: fc.integer({ min: 6000, max: 10000 }),
        }),
        { minLength: 2, maxLength: 8 }
      ),
      { minLength: 2, maxLength: 5 }
    ),
    mode: fc.constantFrom<"average" | "sum" | "label">("average", "sum", "label"),
  });
  /**
   * Counties with different scores. Where a county-level city (韩城市) ends a group's first rows and
   * those rows average exactly what the whole group does, as when every score is the same, where the
   * group ends cannot be told; the reader ends it at the first such place.
   */
  const distinctArb = tableArb.filter(({ cities }) => {
    const all = cities.flat().map((u) => u.cents);
    return new Set(all).size === all.length;
  });

  const build = (cities: { kind: string; cents: number }[][], mode: string | null) => {
    const rows: Cell[][] = [["县（市、区）", "综合得分"]];
    const expected: { name: string; section: string | null; score: number }[] = [];
    let n = 0;
    cities.forEach((counties, c) => {
      const city = `${STEMS[c]}${STEMS[c + 10]}市`;
      // Every city has a district or a county, whatever its county-level cities.
      if (counties.every((u) => u.kind === "市")) counties[0] = { ...counties[0], kind: "县" };
      const sum = counties.reduce((a, u) => a + u.cents, 0);
      if (mode === "average") rows.push([city, roundHalfAway(sum, counties.length)]);
      if (mode === "sum") rows.push([city, sum / 100]);
      if (mode === "label") rows.push([city]);
      for (const u of counties) {
        const unit = name(n++, u.kind);
        rows.push([unit, u.cents / 100]);
        expected.push({ name: unit, section: mode ? city : null, score: u.cents / 100 });
      }
    });
    return { rows, expected };
  };

  it("reads every county as a unit of its city, whichever way the city's row is written", () => {
    fc.assert(
      fc.property(distinctArb, ({ cities, mode }) => {
        const { rows, expected } = build(cities, mode);
        const t = tableOf("县区", rows);
        expect(
          t.units.map((u) => ({ name: u.name, section: u.section, score: unitTotal(t, u) }))
        ).toEqual(expected);
        const skipped = t.problems.filter((p) => p.code === "cityRowSkipped").length;
        expect(skipped).toBe(mode === "label" ? 0 : cities.length);
        expect(t.problems.filter((p) => p.severity !== "info")).toEqual([]);
      }),
      { seed: 20_241_129, numRuns: 150 }
    );
  });

  it("reads every row as a unit when no city has a row of its own", () => {
    fc.assert(
      fc.property(tableArb, ({ cities }) => {
        const { rows, expected } = build(cities, null);
        const t = tableOf("县区", rows);
        expect(
          t.units.map((u) => ({ name: u.name, section: u.section, score: unitTotal(t, u) }))
        ).toEqual(expected);
      }),
      { seed: 20_241_130, numRuns: 150 }
    );
  });
});
