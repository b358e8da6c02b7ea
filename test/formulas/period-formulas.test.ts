/**
 * The history, cumulative, target and what-if formulas, recalculated by LibreOffice from files
 * written without cached values, against the engine: twelve shuffled monthly sheets, four quarters
 * and a year (中国式排名, the sum), the sample with expected scores typed into the scenario, and a
 * county tied right at the bottom-ten line.
 */
import { readFileSync } from "fs";
import path from "path";
import {
  EngineResult,
  PeerCells,
  SheetInput,
  TableAnalysis,
  runEngine,
  scenarioOutcome,
} from "../../src/core";
import { WorkbookRead, readWorkbookBytes } from "../../src/xlsx";
import { formulaMismatches, sameValue } from "../support/formula-check";
import { ComputedValue } from "../support/libreoffice";
import { monthlyFixture, quarterlyFixture, tiedAtBottomLineRows } from "../support/period-fixtures";
import { withTypedCells } from "../support/set-cells";
import { sheet } from "../support/sheet-builder";
import { readBack, splitRef, workbookOf } from "../support/workbook-builder";

jest.setTimeout(240_000);

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample-shaanxi-2017.xlsx");

type Outcome = Awaited<ReturnType<typeof formulaMismatches>>;

/**
 * A workbook as the command line reads it: what the formula check writes the plans into, and the
 * sheets the engine reads. The one place this file depends on how workbooks are read and written.
 */
async function loaded(
  source: readonly SheetInput[] | string
): Promise<{ book: WorkbookRead; sheets: SheetInput[] }> {
  const book =
    typeof source === "string"
      ? readWorkbookBytes(new Uint8Array(readFileSync(source)), { fileName: source })
      : await readBack(workbookOf(source));
  return { book, sheets: book.sheets };
}

/** The recalculated value of a cell the engine names ("'排名走势-县区'!K7"). */
function valueAt(outcome: Outcome, ref: string): ComputedValue | undefined {
  const { sheet: name, address } = splitRef(ref);
  return outcome.values.get(name)?.get(address);
}

/** Every cell the report names for history, cumulative and targets, with the value it states. */
function reportedCells(result: EngineResult): { ref: string; value: number | null }[] {
  const out: { ref: string; value: number | null }[] = [];
  for (const h of result.report.history ?? []) {
    for (const u of h.units) {
      u.cells.ranks.forEach((ref, p) => out.push({ ref, value: u.ranks[p] }));
      u.cells.totals.forEach((ref, p) => out.push({ ref, value: u.totals[p] }));
      out.push({ ref: u.cells.changeFromFirst, value: u.changeFromFirst });
      out.push({ ref: u.cells.changeFromPrevious, value: u.changeFromPrevious });
      out.push({ ref: u.cells.best, value: u.best });
      out.push({ ref: u.cells.worst, value: u.worst });
      out.push({ ref: u.cells.topStreak, value: u.streaks.topThree });
      out.push({ ref: u.cells.bottomStreak, value: u.streaks.bottom });
      out.push({ ref: u.cells.fallingStreak, value: u.streaks.falling });
    }
  }
  for (const c of result.report.cumulative ?? []) {
    for (const u of c.units)
      for (const [field, ref] of Object.entries(u.cells))
        out.push({ ref: ref as string, value: u[field as keyof typeof u] as number | null });
  }
  for (const t of result.report.targets?.tables ?? []) {
    for (const u of t.units)
      for (const [field, ref] of Object.entries(u.cells))
        out.push({ ref: ref as string, value: u[field as keyof typeof u] as number | null });
  }
  for (const c of result.report.targets?.comparisons ?? [])
    for (const part of Object.values(c.parts)) out.push({ ref: part.cell, value: part.needed });
  return out;
}

function expectReportedValues(result: EngineResult, outcome: Outcome, atLeast: number): void {
  const cells = reportedCells(result);
  expect(cells.length).toBeGreaterThan(atLeast);
  const wrong = cells.filter((c) => !sameValue(c.value, valueAt(outcome, c.ref)));
  expect(wrong.slice(0, 10)).toEqual([]);
}

describe("twelve monthly sheets, shuffled, recalculated by LibreOffice", () => {
  let result: EngineResult;
  let outcome: Outcome;

  beforeAll(async () => {
    const fx = monthlyFixture();
    const { book, sheets } = await loaded(fx.sheets);
    result = runEngine(sheets, { ownUnit: "安康", benchmarks: ["汉中", "平利"] });
    outcome = await formulaMismatches(book, result);
  });

  it("computes every formula to the engine's value: history, cumulative, targets, briefing", () => {
    expect(result.plans.filter((p) => p.kind === "history")).toHaveLength(2);
    expect(result.plans.filter((p) => p.kind === "cumulative")).toHaveLength(2);
    expect(outcome.checked).toBeGreaterThan(5000);
    expect(outcome.mismatches.slice(0, 20)).toEqual([]);
  });

  it("holds every reported history, cumulative and target value in the cell the report names", () => {
    expectReportedValues(result, outcome, 2500);
  });

  it("computes the streaks the briefing quotes: 安康 falling three months in a row", () => {
    const city = result.report.history?.find((h) => h.level === "city");
    const ankang = city?.units.find((u) => u.name === "安康");
    expect(ankang?.streaks.falling).toBe(3);
    expect(valueAt(outcome, ankang?.cells.fallingStreak as string)).toBe(3);
  });
});

describe("four quarters and a year, 中国式排名, the year to date by sum, recalculated by LibreOffice", () => {
  let result: EngineResult;
  let outcome: Outcome;

  beforeAll(async () => {
    const fx = quarterlyFixture();
    const { book, sheets } = await loaded(fx.sheets);
    result = runEngine(sheets, {
      ownUnit: "安康",
      benchmarks: ["汉中", "平利"],
      ties: "dense",
      cumulativeBy: "sum",
    });
    outcome = await formulaMismatches(book, result);
  });

  it("computes every formula to the engine's value", () => {
    expect(outcome.checked).toBeGreaterThan(2000);
    expect(outcome.mismatches.slice(0, 20)).toEqual([]);
  });

  it("ranks the tie on the year's sum as one place, in the sheet as in the engine", () => {
    const county = result.report.cumulative?.find((c) => c.level === "county");
    const [ziyang, shiquan] = ["紫阳县", "石泉县"].map((n) =>
      county?.units.find((u) => u.name === n)
    );
    expect(ziyang?.score).toBe(386);
    expect(shiquan?.score).toBe(386);
    expect(valueAt(outcome, ziyang?.cells.rank as string)).toBe(
      valueAt(outcome, shiquan?.cells.rank as string)
    );
    expect(valueAt(outcome, ziyang?.cells.rank as string)).toBe(ziyang?.rank);
    expectReportedValues(result, outcome, 500);
  });
});

describe("the what-if scenario with expected scores typed in, recalculated by LibreOffice", () => {
  let result: EngineResult;
  let outcome: Outcome;
  /** Per peer sheet: the expected scores typed, one per term (null: left blank). */
  const typed: Record<string, (number | null)[]> = {
    // 八办两组 up to 92: third place.
    "对标-汉中": [null, 92, null],
    // Every part lower than now: the own total no longer counts against itself.
    "对标-商洛": [80.5, 85.25, 0.9],
  };
  const peers = () =>
    result.comparisons.filter((c): c is typeof c & { cells: PeerCells } => c.cells !== null);

  beforeAll(async () => {
    const { book, sheets } = await loaded(SAMPLE);
    result = runEngine(sheets, { ownUnit: "安康", benchmarks: ["汉中", "商洛"] });
    const values = new Map<string, number | null>();
    for (const c of peers())
      c.cells.scenario.inputs.forEach((ref, i) => values.set(ref, typed[c.sheet][i]));
    outcome = await formulaMismatches(book, withTypedCells(result, values));
  });

  it("changes only the scenario's own cells: the briefing and every other sheet stay as they were", () => {
    const scenarioCells = new Set(
      peers().flatMap((c) => [
        ...c.cells.scenario.terms,
        c.cells.scenario.total,
        c.cells.scenario.rank,
      ])
    );
    const changed = outcome.mismatches.map((m) => `'${m.sheet}'!${m.cell}`);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((ref) => !scenarioCells.has(ref))).toEqual([]);
    expect(outcome.mismatches.filter((m) => m.sheet === "简报")).toEqual([]);
  });

  it("gives the total and rank the engine gives for the same expected scores", () => {
    const analysis = result.analyses.find((a) => a.id === "三季度市级") as TableAnalysis;
    for (const c of peers()) {
      const expected = scenarioOutcome(analysis, c.gaps[0], typed[c.sheet]);
      const got = {
        terms: c.cells.scenario.terms.map((ref) => valueAt(outcome, ref)),
        total: valueAt(outcome, c.cells.scenario.total),
        rank: valueAt(outcome, c.cells.scenario.rank),
      };
      expect({ sheet: c.sheet, ...got }).toEqual({ sheet: c.sheet, ...expected });
    }
    const hanzhong = scenarioOutcome(analysis, peers()[0].gaps[0], typed["对标-汉中"]);
    expect([hanzhong.total, hanzhong.rank]).toEqual([93.98, 3]);
  });
});

describe("a county tied right at the bottom-ten line, recalculated by LibreOffice", () => {
  it("gives both tied counties a margin of 0 and the briefing's sentence from the sheet", async () => {
    const rows = tiedAtBottomLineRows();
    const inputs: SheetInput[] = [sheet("三季度县区", rows)];
    const { book, sheets } = await loaded(inputs);
    const result = runEngine(sheets, { ownUnit: "汉滨区" });
    const outcome = await formulaMismatches(book, result);
    expect(outcome.mismatches).toEqual([]);
    const targets = result.report.targets?.tables[0].units ?? [];
    const tied = targets.filter((u) => u.bottomLine === 0).map((u) => u.name);
    expect(tied.sort()).toEqual(["汉滨区", "白河县"].sort());
    for (const u of targets.filter((x) => x.bottomLine === 0))
      expect(valueAt(outcome, u.cells.bottomLine as string)).toBe(0);
    expect(result.briefing?.sentences).toContain(
      "我区并列第十，恰在全省后10位线上，再失分即进入后10位。"
    );
  });
});
