import { readFileSync } from "fs";
import path from "path";
import { parseCellAddress, runEngine } from "../../src/core";
import { readWorkbookBytes } from "../../src/xlsx";
import { formulaMismatches, sameValue } from "../support/formula-check";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample-shaanxi-2017.xlsx");

jest.setTimeout(180_000);

describe("formulas on the sample workbook, recalculated by LibreOffice", () => {
  let outcome: Awaited<ReturnType<typeof formulaMismatches>>;
  let result: ReturnType<typeof runEngine>;

  beforeAll(async () => {
    const book = readWorkbookBytes(readFileSync(SAMPLE));
    result = runEngine(book.sheets, {
      ownUnit: "安康",
      benchmarks: ["汉中", "商洛", "平利"],
    });
    outcome = await formulaMismatches(book, result);
  });

  it("computes every formula to the engine's value", () => {
    expect(outcome.checked).toBeGreaterThan(2000);
    expect(outcome.mismatches).toEqual([]);
  });

  it("puts each reported value in the cell the report names", () => {
    let compared = 0;
    for (const table of result.report.tables) {
      for (const unit of table.units) {
        for (const [field, ref] of Object.entries(unit.cells)) {
          const m = /^'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(ref as string);
          expect(m).not.toBeNull();
          const sheet = (m as RegExpExecArray)[1].replace(/''/g, "'");
          const address = (m as RegExpExecArray)[2];
          expect(() => parseCellAddress(address)).not.toThrow();
          const actual = outcome.values.get(sheet)?.get(address);
          const expected = (unit as unknown as Record<string, number | null>)[field];
          expect({ ref, ok: sameValue(expected, actual) }).toEqual({ ref, ok: true });
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});
