import { Emulator } from "../../dev/office-emulator";
import {
  DEFAULT_SETTINGS,
  DuibiaoSettings,
  EngineResult,
  SheetInput,
  cellAddress,
  engineOptions,
  planFormulaCells,
  runEngine,
} from "../../src/core";
import { createOfficeHost } from "../../src/excel";
import { emulate, sampleInputs } from "../support/emulated-workbook";

jest.setTimeout(120_000);

const SETTINGS: DuibiaoSettings = {
  ...DEFAULT_SETTINGS,
  ownUnit: "安康",
  benchmarks: ["汉中", "商洛", "平利"],
};

/** Every formula the engine planned, compared with what the emulated Excel computed for it. */
function formulaMismatches(emu: Emulator, result: EngineResult): string[] {
  const computed = new Map(emu.sheetInputs().map((s) => [s.name, s]));
  const out: string[] = [];
  for (const plan of result.plans) {
    const sheet = computed.get(plan.name);
    for (const { row, col, cell } of planFormulaCells(plan)) {
      const got = sheet?.values[row]?.[col];
      const formula = sheet?.formulas[row]?.[col];
      const expected = cell.value ?? "";
      const same =
        typeof expected === "number"
          ? typeof got === "number" && Math.abs(got - expected) < 1e-9
          : got === expected;
      if (!same || formula !== cell.formula) {
        out.push(
          `${plan.name}!${cellAddress(row, col)} ${cell.formula} expected ${expected} got ${String(got)}`
        );
      }
    }
  }
  return out;
}

function sourceContents(emu: Emulator, names: readonly string[]) {
  return emu.sheetInputs().filter((s) => names.includes(s.name));
}

describe("refreshing the sample workbook in an emulated Excel", () => {
  let inputs: SheetInput[];
  let emu: Emulator;
  let result: EngineResult;
  let before: ReturnType<Emulator["sheetInputs"]>;

  beforeAll(async () => {
    inputs = await sampleInputs();
    emu = emulate(inputs);
    before = emu.sheetInputs();
    result = runEngine(inputs, engineOptions(SETTINGS, "zh-CN"));
    const steps: string[] = [];
    const outcome = await createOfficeHost({ locale: "zh-CN" }).refresh(SETTINGS, (s) =>
      steps.push(s)
    );
    expect(steps).toEqual(["read", "analyse", "write", "done"]);
    expect(outcome.tables.find((t) => t.sheet === "三季度市级")?.own).toEqual({
      name: "安康",
      rank: 4,
      previousRank: 1,
      rankChange: -3,
      // Its rank over the cities' periods up to this one, for the pane's sparkline.
      history: [
        { period: "2017Q2", label: "第二季度", rank: 1, fieldSize: 11 },
        { period: "2017Q3", label: "第三季度", rank: 4, fieldSize: 11 },
      ],
    });
  });
  afterAll(() => emu.uninstall());

  it("takes at most 6 round trips: three to read (sheets, extents, values), one to write", () => {
    expect(emu.stats.syncCalls).toBeLessThanOrEqual(6);
    expect(emu.stats.requests).toHaveLength(4);
    expect(emu.stats.requests.every((r) => r.ok)).toBe(true);
  });

  it("writes every planned sheet, briefing first, after the source sheets", () => {
    const names = emu.snapshot().sheets.map((s) => s.name);
    expect(names).toEqual([...inputs.map((s) => s.name), ...result.plans.map((p) => p.name)]);
  });

  it("writes formulas whose values, computed by the emulated Excel, equal the engine's", () => {
    expect(formulaMismatches(emu, result)).toEqual([]);
  });

  it("leaves the source sheets byte-identical", () => {
    const names = inputs.map((s) => s.name);
    expect(sourceContents(emu, names)).toEqual(
      sourceContents({ sheetInputs: () => before } as Emulator, names)
    );
  });

  it("gives the same workbook when refreshed again, replacing its sheets in place", async () => {
    const first = emu.sheetInputs();
    const ids = emu.snapshot().sheets.map((s) => s.id);
    emu.resetStats();
    await createOfficeHost({ locale: "zh-CN" }).refresh(SETTINGS);
    expect(emu.sheetInputs()).toEqual(first);
    // The tool's sheets are the same sheet objects, so references to them keep working.
    expect(emu.snapshot().sheets.map((s) => s.id)).toEqual(ids);
    expect(emu.stats.requests).toHaveLength(4);
  });

  it("draws the briefing's charts: totals with the own units highlighted, gaps per benchmark", () => {
    const briefing = emu.snapshot().sheets.find((s) => s.name === "简报");
    const planned = result.briefing?.plan.charts ?? [];
    expect(planned).toHaveLength(3);
    expect(briefing?.charts.map((c) => c.type)).toEqual([
      "BarClustered",
      "BarClustered",
      "BarClustered",
    ]);
    expect(briefing?.charts.map((c) => c.title.text)).toEqual(planned.map((c) => c.title));
    const [cities, counties, gaps] = briefing?.charts ?? [];
    const highlighted = (chart: typeof cities) =>
      chart.series[0].points.map((p, i) => (p.format?.fill?.color ? i : -1)).filter((i) => i >= 0);
    // 安康 is fourth of the cities; its ten counties are highlighted among the province's 96.
    expect(cities.series).toHaveLength(1);
    expect(highlighted(cities)).toEqual([3]);
    expect(counties.series[0].points).toHaveLength(96);
    expect(highlighted(counties)).toEqual(planned[1].highlight);
    expect(planned[1].highlight).toHaveLength(10);
    expect(gaps.series.map((s) => s.name)).toEqual(["汉中", "商洛"]);
  });

  it("keeps every unit's numbers right on the other sheets when the user sorts a ranking table", async () => {
    const ranking = emu.snapshot().sheets.find((s) => s.name === "排名-三季度市级");
    expect(ranking?.tables.map((t) => t.name)).toEqual([expect.stringMatching(/^Duibiao\d+$/)]);
    // Sort the table's rows by name, as a user might; references to fixed cells would now be wrong.
    const before = emu.sheetInputs().find((s) => s.name === "对标-汉中")?.values;
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("排名-三季度市级");
      const body = ws.getRange("A4:V14");
      body.load("formulas");
      await context.sync();
      const rows = body.formulas.map((row, i) => ({ row, from: i }));
      rows.sort((a, b) => String(a.row[1]).localeCompare(String(b.row[1])));
      // Excel's sort moves each row's formulas and shifts their relative row references by the
      // distance moved (absolute ones stay): the same rule, applied here by hand.
      body.formulas = rows.map(({ row, from }, to) =>
        row.map((f) =>
          typeof f === "string" && f.startsWith("=")
            ? f.replace(/(\$?[A-Z]{1,3})(\$?)(\d+)/g, (m, col: string, abs: string, r: string) =>
                abs ? m : `${col}${Number(r) + to - from}`
              )
            : f
        )
      );
      await context.sync();
    });
    expect(emu.sheetInputs().find((s) => s.name === "对标-汉中")?.values).toEqual(before);
  });

  it("selects a problem's cell on its sheet", async () => {
    await createOfficeHost({ locale: "zh-CN" }).selectCell("二季度县区", "D79");
    const snap = emu.snapshot();
    expect(snap.activeSheet).toBe("二季度县区");
    expect(snap.sheets.find((s) => s.name === "二季度县区")?.selection).toBe("D79");
  });
});
