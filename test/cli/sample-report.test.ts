import { readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { columnLabel } from "../../src/core";
import { SAMPLE, cellAt, readBook, rowTexts, runCli, tempDir } from "../support/cli-harness";
import { splitRef } from "../support/workbook-builder";

jest.setTimeout(60_000);

interface Unit {
  name: string;
  row: number;
  total: number | null;
  rank: number | null;
  rankWithoutBonus: number | null;
  gapToFirst: number | null;
  gapToAbove: number | null;
  previousRank: number | null;
  rankChange: number | null;
  componentRanks: Record<string, number | null>;
  groupRanks: Record<string, number>;
  cells: Record<string, string>;
}
interface Table {
  sheet: string;
  period: string | null;
  headerRow: number;
  precision: number;
  outputSheet: string;
  units: Unit[];
  problems: { cell: string; severity: string; message: string }[];
}

let report: { tables: Table[] };
let source: ExcelJS.Workbook;
let output: ExcelJS.Workbook;

beforeAll(async () => {
  const dir = tempDir();
  const out = path.join(dir, "out.xlsx");
  const json = path.join(dir, "report.json");
  const run = await runCli(["analyze", SAMPLE, "--out", out, "--json", json]);
  expect(run.code).toBe(0);
  report = JSON.parse(readFileSync(json, "utf8"));
  source = await readBook(SAMPLE);
  output = await readBook(out);
});

const table = (sheet: string): Table => {
  const found = report.tables.find((t) => t.sheet === sheet);
  if (!found) throw new Error(`no table for ${sheet}`);
  return found;
};
const unit = (sheet: string, name: string): Unit => {
  const found = table(sheet).units.find((u) => u.name === name);
  if (!found) throw new Error(`no unit ${name} in ${sheet}`);
  return found;
};
const cents = (x: number) => Math.round(x * 100);

describe("the --json report keeps the contract of issue 2 §6", () => {
  it("has a list of tables, one per score table of the sample", () => {
    expect(Array.isArray(report.tables)).toBe(true);
    expect(report.tables.map((t) => t.sheet)).toEqual([
      "二季度市级",
      "二季度县区",
      "三季度市级",
      "三季度县区",
    ]);
  });

  it("gives each table exactly the contract's keys, with their types", () => {
    for (const t of report.tables) {
      expect(Object.keys(t).sort()).toEqual(
        ["headerRow", "outputSheet", "period", "precision", "problems", "sheet", "units"].sort()
      );
      expect(typeof t.sheet).toBe("string");
      expect(t.period === null || typeof t.period === "string").toBe(true);
      expect(Number.isInteger(t.headerRow)).toBe(true);
      // The sample's sheets show 2 decimals, so that is the precision they are compared at.
      expect(t.precision).toBe(2);
      expect(typeof t.outputSheet).toBe("string");
      expect(output.getWorksheet(t.outputSheet)).toBeDefined();
      for (const p of t.problems) {
        expect(Object.keys(p).sort()).toEqual(["cell", "message", "severity"]);
        expect(["error", "warning", "info"]).toContain(p.severity);
        expect(p.cell).toMatch(/^([A-Z]+[0-9]+)?$/);
        expect(p.message.length).toBeGreaterThan(0);
      }
    }
  });

  it("spells periods as 2017Q2 / 2017Q3 and header rows 1-based (the last header row)", () => {
    expect(report.tables.map((t) => [t.sheet, t.period, t.headerRow])).toEqual([
      ["二季度市级", "2017Q2", 3],
      ["二季度县区", "2017Q2", 2],
      ["三季度市级", "2017Q3", 3],
      ["三季度县区", "2017Q3", 4],
    ]);
  });

  it("gives each unit exactly the contract's keys, with their types", () => {
    const keys = [
      "cells",
      "componentRanks",
      "gapToAbove",
      "gapToFirst",
      "groupRanks",
      "name",
      "previousRank",
      "rank",
      "rankChange",
      "rankWithoutBonus",
      "row",
      "total",
    ];
    const numberOrNull = (v: unknown) => v === null || typeof v === "number";
    for (const t of report.tables) {
      for (const u of t.units) {
        expect(Object.keys(u).sort()).toEqual(keys);
        expect(typeof u.name).toBe("string");
        expect(Number.isInteger(u.row)).toBe(true);
        for (const k of ["total", "gapToFirst", "gapToAbove"] as const) {
          expect(numberOrNull(u[k])).toBe(true);
          if (u[k] !== null) expect(cents(u[k] as number) / 100).toBe(u[k]);
        }
        for (const k of ["rank", "rankWithoutBonus", "previousRank", "rankChange"] as const) {
          expect(u[k] === null || Number.isInteger(u[k])).toBe(true);
        }
        for (const v of Object.values(u.componentRanks))
          expect(v === null || Number.isInteger(v)).toBe(true);
        for (const v of Object.values(u.groupRanks)) expect(Number.isInteger(v)).toBe(true);
      }
    }
  });

  it("names each unit's 1-based source row: the name is written there", () => {
    for (const t of report.tables) {
      const ws = source.getWorksheet(t.sheet) as ExcelJS.Worksheet;
      for (const u of t.units) {
        const texts = rowTexts(ws, u.row);
        expect({ sheet: t.sheet, row: u.row, has: texts.includes(u.name) }).toEqual({
          sheet: t.sheet,
          row: u.row,
          has: true,
        });
      }
    }
  });

  it("keys part ranks by the part's header and group ranks by parent or flag column", () => {
    const pingli = unit("三季度县区", "平利县");
    expect(Object.keys(pingli.componentRanks)).toEqual([
      "交叉检查 得分",
      "省扶贫办月通报 得分（含加分）",
    ]);
    expect(Object.keys(unit("三季度县区", "汉滨区").groupRanks).sort()).toEqual(
      ["安康市", "深度贫困县"].sort()
    );
    expect(Object.keys(unit("三季度市级", "安康").componentRanks)).toEqual([
      "交叉考核得分",
      "八办两组得分",
      "省扶贫办月通报得分",
    ]);
  });

  it("lists cells for the non-null values only, quoted like '排名-三季度县区'!H4", () => {
    const fields = ["total", "rank", "rankWithoutBonus", "gapToFirst", "gapToAbove", "rankChange"];
    for (const t of report.tables) {
      const quoted = `'${t.outputSheet.replace(/'/g, "''")}'`;
      for (const u of t.units) {
        const record = u as unknown as Record<string, unknown>;
        const expected = fields.filter((f) => record[f] !== null).sort();
        expect({ name: u.name, fields: Object.keys(u.cells).sort() }).toEqual({
          name: u.name,
          fields: expected,
        });
        for (const ref of Object.values(u.cells)) {
          expect(ref.startsWith(`${quoted}!`)).toBe(true);
          expect(splitRef(ref).sheet).toBe(t.outputSheet);
        }
      }
    }
    expect(unit("三季度县区", "平利县").cells.total).toMatch(/^'排名-三季度县区'![A-Z]+4$/);
  });

  it("puts in each cell a formula whose cached result is the report's value", () => {
    let checked = 0;
    for (const t of report.tables) {
      for (const u of t.units) {
        for (const [field, ref] of Object.entries(u.cells)) {
          const { sheet, address } = splitRef(ref);
          const cell = cellAt(output.getWorksheet(sheet) as ExcelJS.Worksheet, address);
          expect(typeof cell.formula).toBe("string");
          const expected = (u as unknown as Record<string, number>)[field];
          // ExcelJS reads a cached 0 back as no result.
          expect({ ref, result: cell.result ?? 0 }).toEqual({ ref, result: expected });
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe("the sample reproduces the figures of the speech (domain.md)", () => {
  it("ranks 安康 fourth among the cities in 2017Q3, first in Q2: down 3", () => {
    const ankang = unit("三季度市级", "安康");
    expect([ankang.rank, ankang.previousRank, ankang.rankChange]).toEqual([4, 1, -3]);
    expect(unit("二季度市级", "安康市").rank).toBe(1);
  });

  it("puts 汉中, 西安, 商洛, 安康 at the top of the cities", () => {
    const top = table("三季度市级").units.filter((u) => (u.rank as number) <= 4);
    expect(top.map((u) => [u.name, u.rank])).toEqual([
      ["汉中", 1],
      ["西安", 2],
      ["商洛", 3],
      ["安康", 4],
    ]);
  });

  it("ranks 八办两组: 汉中 91.78 first, 宝鸡 1.15 behind second, 安康 89.03 third", () => {
    const part = "八办两组得分";
    expect(unit("三季度市级", "汉中").componentRanks[part]).toBe(1);
    expect(unit("三季度市级", "宝鸡").componentRanks[part]).toBe(2);
    expect(unit("三季度市级", "安康").componentRanks[part]).toBe(3);
    // The scores, as the ranking sheet carries them beside the ranks.
    const ranking = output.getWorksheet(table("三季度市级").outputSheet) as ExcelJS.Worksheet;
    const col = rowTexts(ranking, 3).indexOf(part);
    expect(col).toBeGreaterThan(0);
    const scoreOf = (name: string) => {
      const row = Number(/\d+$/.exec(unit("三季度市级", name).cells.rank)?.[0]);
      return cellAt(ranking, `${columnLabel(col - 1)}${row}`).result;
    };
    expect(scoreOf("汉中")).toBe(91.78);
    expect(scoreOf("安康")).toBe(89.03);
    expect(cents(scoreOf("汉中") as number) - cents(scoreOf("宝鸡") as number)).toBe(115);
  });

  it("ranks 安康's 月通报 first (1.9, the highest)", () => {
    expect(unit("三季度市级", "安康").componentRanks["省扶贫办月通报得分"]).toBe(1);
  });

  it("ranks 96 counties, 平利 first with 99.8", () => {
    expect(table("三季度县区").units).toHaveLength(96);
    const pingli = unit("三季度县区", "平利县");
    expect([pingli.rank, pingli.total, pingli.gapToFirst, pingli.gapToAbove]).toEqual([
      1,
      99.8,
      0,
      null,
    ]);
  });

  it("ranks 汉滨区 83rd", () => {
    expect(unit("三季度县区", "汉滨区").rank).toBe(83);
  });

  it("ranks 白河县 second to last, 0.1 above 甘泉县, the last", () => {
    const baihe = unit("三季度县区", "白河县");
    const ganquan = unit("三季度县区", "甘泉县");
    expect([baihe.rank, ganquan.rank]).toEqual([95, 96]);
    expect(cents(baihe.total as number) - cents(ganquan.total as number)).toBe(10);
    expect(ganquan.gapToAbove).toBe(0.1);
  });

  it("ranks 白河县 without its 0.1 bonus tied with 甘泉县 for last", () => {
    const baihe = unit("三季度县区", "白河县");
    const ganquan = unit("三季度县区", "甘泉县");
    const others = table("三季度县区").units.filter((u) => u.name !== "白河县");
    const above = others.filter((u) => cents(u.total as number) > cents(ganquan.total as number));
    // Ties share the better place: last of 96 with a tie is 95.
    expect(baihe.rankWithoutBonus).toBe(above.length + 1);
    expect(baihe.rankWithoutBonus).toBe(95);
  });

  it("drops 石泉县 and 旬阳县 below 30th without their bonus", () => {
    expect(unit("三季度县区", "石泉县").rankWithoutBonus).toBeGreaterThan(30);
    expect(unit("三季度县区", "旬阳县").rankWithoutBonus).toBeGreaterThan(30);
    expect(unit("三季度县区", "石泉县").rank).toBeLessThanOrEqual(30);
    expect(unit("三季度县区", "旬阳县").rank).toBeLessThanOrEqual(30);
  });

  it("places Ankang's four deep-poverty counties 8th–11th of the 11", () => {
    const deep = table("三季度县区").units.filter((u) => "深度贫困县" in u.groupRanks);
    expect(deep).toHaveLength(11);
    const ankang = ["汉滨区", "紫阳县", "岚皋县", "白河县"].map(
      (n) => unit("三季度县区", n).groupRanks["深度贫困县"]
    );
    expect([...ankang].sort((a, b) => a - b)).toEqual([8, 9, 10, 11]);
  });

  it("finds the sample's wrong printed rank and its full-width number, at their cells", () => {
    const q2 = table("二季度县区");
    const luonan = unit("二季度县区", "洛南县");
    expect(q2.problems.some((p) => p.cell === `H${luonan.row}` && p.severity === "warning")).toBe(
      true
    );
    const foping = unit("二季度县区", "佛坪县");
    expect(q2.problems.some((p) => p.cell === `D${foping.row}` && p.message.includes("９"))).toBe(
      true
    );
  });
});
