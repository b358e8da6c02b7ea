import fc from "fast-check";
import { EngineResult, ReportUnit, runEngine } from "../../src/core";
import { formulaMismatches, sameValue } from "../support/formula-check";
import { GenCase, caseArb, renderCase } from "../support/random-tables";
import { Ties, expectedUnits } from "../support/reference";
import { readBack, splitRef, workbookOf } from "../support/workbook-builder";

jest.setTimeout(180_000);

const CASES = 60;

/** Sixty random cases, fixed by their seeds; a few sheet names need quoting in formulas. */
const cases: GenCase[] = Array.from({ length: CASES }, (_, id) => {
  const sheetName = id % 20 === 3 ? `例${id} O'Neil` : id % 20 === 9 ? `例${id} 县 区` : undefined;
  return fc.sample(caseArb(id, { sheetName }), { seed: 20171102 + id, numRuns: 1 })[0];
});

type Outcome = Awaited<ReturnType<typeof formulaMismatches>>;

describe.each<Ties>(["competition", "dense"])(
  "formulas on %s-ranked random tables, recalculated by LibreOffice",
  (ties) => {
    let result: EngineResult;
    let outcome: Outcome;

    beforeAll(async () => {
      const book = await readBack(
        workbookOf(cases.flatMap((c) => renderCase(c).map((r) => r.input)))
      );
      result = runEngine(book.sheets, { ties });
      outcome = await formulaMismatches(book, result);
    });

    it("covers many cases: previous periods, bonuses, parents, flags, text numbers", () => {
      const shapes = cases.map((c) => c.current);
      expect(cases.filter((c) => c.previous).length).toBeGreaterThan(15);
      expect(shapes.filter((t) => t.bonus === "addend").length).toBeGreaterThan(5);
      expect(shapes.filter((t) => t.bonus === "breakdown").length).toBeGreaterThan(5);
      expect(shapes.filter((t) => t.deduction).length).toBeGreaterThan(5);
      expect(shapes.filter((t) => t.parentMode !== "none").length).toBeGreaterThan(15);
      expect(shapes.filter((t) => t.flag).length).toBeGreaterThan(10);
      expect(shapes.filter((t) => t.printedTotal).length).toBeGreaterThan(10);
      const forms = new Set(
        shapes.flatMap((t) => t.units.flatMap((u) => u.parts.map((p) => p.form)))
      );
      expect([...forms].sort()).toEqual(["blank", "fullWidth", "junk", "number", "suffix", "text"]);
    });

    it("reports what the reference computes from the generated scores", () => {
      for (const c of cases) {
        const expected = expectedUnits(c.current, ties, c.previous);
        const table = result.report.tables.find((t) => t.sheet === c.current.sheet);
        if (expected.size === 0) {
          expect(table).toBeUndefined();
          continue;
        }
        const got = new Map(
          (table?.units ?? []).map((u: ReportUnit) => [
            u.name,
            {
              total: u.total,
              rank: u.rank,
              componentRanks: u.componentRanks,
              rankWithoutBonus: u.rankWithoutBonus,
              gapToFirst: u.gapToFirst,
              gapToAbove: u.gapToAbove,
              groupRanks: u.groupRanks,
              previousRank: u.previousRank,
              rankChange: u.rankChange,
            },
          ])
        );
        const want = new Map(
          [...expected].map(([name, e]) => [
            name,
            {
              total: e.total,
              rank: e.rank,
              componentRanks: e.componentRanks,
              rankWithoutBonus: e.rankWithoutBonus,
              gapToFirst: e.gapToFirst,
              gapToAbove: e.gapToAbove,
              groupRanks: e.groupRanks,
              previousRank: e.previousRank,
              rankChange: e.rankChange,
            },
          ])
        );
        const sorted = (m: Map<string, unknown>) =>
          [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        expect({ sheet: c.current.sheet, units: sorted(got) }).toEqual({
          sheet: c.current.sheet,
          units: sorted(want),
        });
      }
    });

    it("computes every formula to the engine's value", () => {
      expect(result.rankingSheets.length).toBeGreaterThanOrEqual(CASES);
      expect(outcome.checked).toBeGreaterThan(5000);
      expect(outcome.mismatches.slice(0, 20)).toEqual([]);
    });

    it("puts each reported value in the cell the report names", () => {
      let compared = 0;
      for (const table of result.report.tables) {
        for (const unit of table.units) {
          for (const [field, ref] of Object.entries(unit.cells)) {
            const { sheet, address } = splitRef(ref as string);
            expect(sheet).toBe(table.outputSheet);
            const actual = outcome.values.get(sheet)?.get(address);
            const expected = unit[field as keyof ReportUnit] as number | null;
            expect(expected).not.toBeNull();
            expect({ ref, ok: sameValue(expected, actual) }).toEqual({ ref, ok: true });
            compared += 1;
          }
        }
      }
      expect(compared).toBeGreaterThan(2000);
    });
  }
);
