/**
 * Issue 8: the reader on score sheets from many provinces, levels and layouts. Each fixture is a
 * workbook built by code from real unit lists with invented scores; what the reader must find
 * there was computed from the planted scores (test/support/layout-builder.ts), not by the reader.
 */
import { SheetInput, TableAnalysis } from "../../src/core";
import { CLASSES, FIXTURES, Fixture } from "../fixtures/provinces";
import { ExpectedTable, shuffleSheet } from "../support/layout-builder";
import { problemCode, workbookProblems } from "../support/reader-api";
import {
  TableView,
  actualView,
  copySheets,
  expectedView,
  pointsInto,
  readAndAnalyze,
  resultSummary,
  tablesOf,
  unitRecords,
} from "../support/reader-check";
import { frozen } from "../support/sheet-builder";

describe("the province fixtures", () => {
  it("cover every class of issue 8 in two fixtures or more, 36 layouts, 9 provinces", () => {
    const uses = Object.fromEntries(
      CLASSES.map((c) => [c, FIXTURES.filter((f) => f.classes.includes(c)).length])
    );
    const thin = Object.entries(uses).filter(([, n]) => n < 2);
    expect(thin).toEqual([]);
    expect(FIXTURES.length).toBeGreaterThanOrEqual(36);
    expect(new Set(FIXTURES.map((f) => f.province)).size).toBeGreaterThanOrEqual(9);
    expect(new Set(FIXTURES.map((f) => f.id)).size).toBe(FIXTURES.length);
  });

  it("give every table at least two units and every sheet a distinct name", () => {
    for (const f of FIXTURES) {
      expect({ fixture: f.id, sheets: new Set(f.sheets.map((s) => s.name)).size }).toEqual({
        fixture: f.id,
        sheets: f.sheets.length,
      });
      for (const t of f.expected.tables)
        expect({ fixture: f.id, small: t.units.length < 2 }).toEqual({
          fixture: f.id,
          small: false,
        });
    }
  });
});

/** The reader's tables paired with the expected ones: same sheet, same order on it. */
function pairs(
  f: Fixture,
  analyses: readonly TableAnalysis[]
): { expected: ExpectedTable; actual: TableAnalysis | undefined; label: string }[] {
  const seen = new Map<string, number>();
  return f.expected.tables.map((expected) => {
    const k = seen.get(expected.sheet) ?? 0;
    seen.set(expected.sheet, k + 1);
    return {
      expected,
      actual: tablesOf(analyses, expected.sheet)[k],
      label: `${f.id} ${expected.sheet}#${k + 1}`,
    };
  });
}

function tableCounts(sheets: readonly SheetInput[], sheetOf: readonly { sheet: string }[]) {
  return Object.fromEntries(
    sheets.map((s) => [s.name, sheetOf.filter((t) => t.sheet === s.name).length])
  );
}

function pick<K extends keyof TableView>(view: TableView, keys: readonly K[]): Partial<TableView> {
  return Object.fromEntries(keys.filter((k) => k in view).map((k) => [k, view[k]]));
}

describe.each(FIXTURES.map((f) => [f.id, f] as const))("fixture %s", (_id, f) => {
  let reading: ReturnType<typeof readAndAnalyze> | undefined;
  // Every reading in these tests is of frozen sheets: a write to them throws.
  const read = () => (reading ??= readAndAnalyze(f.sheets.map(frozen)));

  it("readWorkbook(sheets) reads each sheet's tables, no more and no fewer", () => {
    const { book } = read();
    expect({ fixture: f.id, tables: tableCounts(f.sheets, book.tables) }).toEqual({
      fixture: f.id,
      tables: tableCounts(f.sheets, f.expected.tables),
    });
  });

  it("analyzeWorkbook(book) finds exactly the planted units with their totals and ranks", () => {
    for (const { expected, actual, label } of pairs(f, read().analyses)) {
      if (!actual) {
        expect({ table: label, read: false }).toEqual({ table: label, read: true });
        continue;
      }
      const units = unitRecords(expectedView(expected).units, actualView(actual, expected).units);
      expect({ table: label, units: units.got }).toEqual({ table: label, units: units.want });
    }
  });

  it("readWorkbook(sheets) gives each table its precision, orientation, roles, weights, period", () => {
    const keys = ["precision", "orientation", "roles", "weights", "period"] as const;
    for (const { expected, actual, label } of pairs(f, read().analyses)) {
      const want = pick(expectedView(expected), keys);
      const got = actual ? pick(actualView(actual, expected), keys) : "no table";
      expect({ table: label, got }).toEqual({ table: label, got: want });
    }
  });

  it("analyzeWorkbook(book) reports the problems each table holds, at their cells", () => {
    const keys = ["problems", "problemCells"] as const;
    for (const { expected, actual, label } of pairs(f, read().analyses)) {
      const want = pick(expectedView(expected), keys);
      const got = actual ? pick(actualView(actual, expected), keys) : "no table";
      expect({ table: label, got }).toEqual({ table: label, got: want });
    }
  });

  it("readWorkbook(sheets).problems names each sheet it cannot decide on", () => {
    const problems = workbookProblems(read().book);
    const codes = problems.map(problemCode);
    const w = f.expected.workbookProblems;
    const view = (has: (code: string) => boolean) =>
      Object.fromEntries([...w.present, ...w.absent].map((c) => [c, has(c)]));
    expect({ fixture: f.id, codes: view((c) => codes.includes(c)) }).toEqual({
      fixture: f.id,
      codes: view((c) => w.present.includes(c)),
    });
    for (const u of w.undecided ?? []) {
      const named = problems.filter(
        (p) => problemCode(p) === "tableUndecided" && p.sheet === u.sheet && pointsInto(p, u.area)
      );
      expect({
        fixture: f.id,
        sheet: u.sheet,
        namesRangeIn: named.length > 0 ? u.area : problems,
      }).toEqual({ fixture: f.id, sheet: u.sheet, namesRangeIn: u.area });
    }
  });

  it("readWorkbook(sheets) gives the same results with the unit rows reordered", () => {
    const before = resultSummary(read().analyses);
    for (const seed of [1, 2]) {
      const sheets = f.sheets.map((s) => shuffleSheet(s, f.shuffles, seed * 7919));
      // The reordering must reorder something, or this test could not fail.
      expect(sheets.some((s, i) => !sameValues(s, f.sheets[i]))).toBe(true);
      const after = resultSummary(readAndAnalyze(sheets.map(frozen)).analyses);
      expect({ fixture: f.id, seed, after }).toEqual({ fixture: f.id, seed, after: before });
    }
  });

  it("readWorkbook(sheets) and analyzeWorkbook(book) leave the sheets as they were", () => {
    const copy = copySheets(f.sheets);
    const { analyses } = readAndAnalyze(f.sheets);
    expect(f.sheets).toEqual(copy);
    // Reading unfrozen sheets gives what reading frozen ones gave.
    expect(resultSummary(analyses)).toEqual(resultSummary(read().analyses));
  });
});

function sameValues(a: SheetInput, b: SheetInput): boolean {
  return a.values.every((row, r) => row.every((v, c) => v === b.values[r][c]));
}
