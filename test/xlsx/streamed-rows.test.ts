/**
 * The ranking, history and cumulative sheets make their rows as the file is written (a sheet's
 * rows are never all alive at once); the file must be the one their held rows would give, charts'
 * cached values included.
 */
import { readFileSync } from "fs";
import path from "path";
import { runEngine } from "../../src/core";
import { readWorkbookBytes, writeWorkbookBytes } from "../../src/xlsx";
import { chartModel, chartSpaceXml } from "../../src/xlsx/chart-write";
import { partText, partsOf } from "../support/packages";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample-shaanxi-2017.xlsx");

describe("writeWorkbookBytes(book, plans) with rows made as they are written", () => {
  const book = readWorkbookBytes(readFileSync(SAMPLE));
  const result = runEngine(book.sheets, { ownUnit: "安康", benchmarks: ["汉中", "商洛"] });
  const out = writeWorkbookBytes(book, { plans: result.plans, stale: [] });

  it("makes the long sheets' rows on demand: ranking, history and cumulative", () => {
    const streamed = result.plans.filter((p) => p.rowSource).map((p) => p.kind);
    expect(new Set(streamed)).toEqual(new Set(["ranking", "history", "cumulative"]));
    for (const plan of result.plans.filter((p) => p.rowSource))
      expect({
        plan: plan.name,
        rows: [...(plan.rowSource?.rows() ?? [])],
        count: plan.rowSource?.count,
        width: plan.rowSource?.width,
      }).toEqual({
        plan: plan.name,
        rows: plan.rows,
        count: plan.rows.length,
        width: Math.max(...plan.rows.map((r) => r.length)),
      });
  });

  it("gives every chart, on a streamed sheet too, the cached values of its held rows", () => {
    const charted = result.plans.filter((p) => p.charts.length > 0);
    expect(charted.some((p) => p.rowSource)).toBe(true);
    const expected = charted.flatMap((p) =>
      p.charts.map((c) => chartSpaceXml(chartModel(c, { name: p.name, rows: p.rows })))
    );
    const written = [...partsOf(out).keys()]
      .filter((n) => n.startsWith("xl/charts/"))
      .map((n) => partText(out, n));
    expect(written.sort()).toEqual(expected.sort());
    // Values are there, not blanks.
    for (const xml of written) expect(xml).toMatch(/<c:numCache>.*<c:v>-?[\d.]+<\/c:v>/);
  });

  it("writes the styles part after the sheets, with every look they use", () => {
    const names = [...partsOf(out).keys()];
    const styles = names.indexOf("xl/styles.xml");
    const sheets = names.filter((n) => n.startsWith("xl/worksheets/sheet"));
    expect(styles).toBeGreaterThan(Math.max(...sheets.map((n) => names.indexOf(n))));
    const count = Number(/<cellXfs count="(\d+)"/.exec(partText(out, "xl/styles.xml"))?.[1]);
    for (const name of sheets)
      for (const m of partText(out, name).matchAll(/ s="(\d+)"/g))
        expect(Number(m[1])).toBeLessThan(count);
  });
});
