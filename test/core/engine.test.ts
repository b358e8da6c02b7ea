import { EMPTY, SheetInput } from "../../src/core/cells";
import { runEngine } from "../../src/core/engine";
import { fitWeights } from "../../src/core/weights";
import { OUTPUT_MARKER } from "../../src/core/output-sheets";
import { PlanCell } from "../../src/core/sheet-plan";
import { messagesFor } from "../../src/locales";
import { countySheet, contactSheet, memoSheet } from "../support/layouts";
import { Cell, frozen, sheet } from "../support/sheet-builder";

const prefix = messagesFor("zh-CN").sheets.rankingPrefix;

const CITY: Cell[][] = [
  ["2017年第三季度考核结果"],
  ["单位", "综合得分", "排名"],
  ["汉中", 94.52, 1],
  ["安康", 92.49, 2],
];

/** A plan written back as a sheet, as the next run reads it. */
function asSheet(name: string, rows: readonly (readonly PlanCell[])[]): SheetInput {
  return { name, values: rows.map((r) => r.map((c) => (c.value === null ? EMPTY : c.value))) };
}

describe("runEngine(sheets)", () => {
  it("writes one ranking sheet per table, named from its source sheet", () => {
    const result = runEngine([frozen(memoSheet()), frozen(sheet("三季度市级", CITY, []))]);
    expect(result.report.tables.map((t) => [t.sheet, t.outputSheet])).toEqual([
      ["三季度市级", `${prefix}三季度市级`],
    ]);
    expect(result.plans.map((p) => p.name)).toContain(`${prefix}三季度市级`);
    expect(result.staleOutputSheets).toEqual([]);
  });

  it("finds nothing in a workbook without a score table", () => {
    const result = runEngine([memoSheet(), contactSheet()]);
    expect(result.analyses).toEqual([]);
    expect(result.report.tables).toEqual([]);
  });

  it("recognises its own earlier sheets by the marker: never a source, always replaced", () => {
    const first = runEngine([sheet("三季度市级", CITY, [])]);
    const written = first.plans.map((p) => asSheet(p.name, p.rows));
    for (const w of written) expect(String(w.values[1][0]).startsWith(OUTPUT_MARKER)).toBe(true);
    const second = runEngine([sheet("三季度市级", CITY, []), ...written]);
    expect([...second.staleOutputSheets].sort()).toEqual(first.plans.map((p) => p.name).sort());
    expect(second.plans.map((p) => p.name)).toEqual(first.plans.map((p) => p.name));
    expect(second.report.tables).toEqual(first.report.tables);
  });

  it("leaves a user's sheet of the wanted name alone and names its own sheet otherwise", () => {
    const user = sheet(`${prefix}三季度市级`, [["我的排名"], ["手工"]], []);
    const result = runEngine([sheet("三季度市级", CITY, []), user]);
    expect(result.staleOutputSheets).toEqual([]);
    const name = result.report.tables[0].outputSheet;
    expect(name).toBe(`${prefix}三季度市级 (2)`);
    // Comparing names as Excel does, without case.
    const latin = runEngine([
      sheet("Q3", CITY, []),
      sheet(`${prefix.toUpperCase()}q3`, [["x"]], []),
    ]);
    expect(latin.report.tables[0].outputSheet.toLowerCase()).not.toBe(`${prefix}q3`.toLowerCase());
  });

  it("names the second table of a sheet apart from the first", () => {
    const two = sheet("三季度", [...CITY, [null], ...CITY.slice(1)], []);
    const result = runEngine([two]);
    expect(result.report.tables.map((t) => t.outputSheet)).toEqual([
      `${prefix}三季度`,
      `${prefix}三季度(2)`,
    ]);
  });

  it("keeps every sheet name legal: at most 31 characters, unique", () => {
    const long = "二〇一七年第三季度全省脱贫攻坚考核结果县区排名明细表";
    const result = runEngine([sheet(long, CITY, []), sheet(`${long}二`, CITY, [])]);
    const names = result.plans.map((p) => p.name);
    for (const n of names) expect(Array.from(n).length).toBeLessThanOrEqual(31);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("reports each table with its period, header row and problems", () => {
    const result = runEngine([countySheet("all")]);
    const [t] = result.report.tables;
    expect([t.sheet, t.period, t.headerRow]).toEqual(["三季度县区", "2017Q3", 4]);
    expect(t.problems.map((p) => p.cell)).toEqual(
      expect.arrayContaining(["D6", "E6", "D7", "E11", "H10"])
    );
    expect(t.units.map((u) => u.row)).toEqual([6, 10, 5, 7, 9, 11]);
  });

  it("makes the report once, when first asked, with every unit's cells where its rows are", () => {
    const result = runEngine([countySheet("all")]);
    const report = result.report;
    expect(result.report).toBe(report);
    const [ranking] = result.rankingSheets;
    const [table] = report.tables;
    table.units.forEach((u, i) => {
      const unit = result.analyses[0].units[i];
      const row = ranking.plan.rows.findIndex((line) => line.some((c) => c.value === u.name)) + 1;
      expect(row).toBeGreaterThan(0);
      if (u.total !== null) expect(u.cells.total).toMatch(new RegExp(`![A-Z]+${row}$`));
      expect(u.cells).toEqual(ranking.cellsOf(unit.unit));
    });
  });

  it("fits each table's weights once, when first asked, as fitWeights does", () => {
    const result = runEngine([countySheet("all"), frozen(sheet("三季度市级", CITY, []))]);
    const fits = result.fits;
    expect(result.fits).toBe(fits);
    expect([...fits.keys()]).toEqual(result.analyses.map((a) => a.id));
    for (const a of result.analyses) expect(fits.get(a.id)).toEqual(fitWeights(a.table));
    expect(Object.keys(result.report.weights as Record<string, unknown>)).toEqual(
      result.analyses.map((a) => a.id)
    );
  });
});
