import { Emulator } from "../../dev/office-emulator";
import {
  DEFAULT_SETTINGS,
  DuibiaoSettings,
  EngineResult,
  cellAddress,
  engineOptions,
  planFormulaCells,
  runEngine,
} from "../../src/core";
import { createOfficeHost } from "../../src/excel";
import { emulate } from "../support/emulated-workbook";
import { monthlyFixture } from "../support/period-fixtures";

jest.setTimeout(180_000);

const SETTINGS: DuibiaoSettings = {
  ...DEFAULT_SETTINGS,
  ownUnit: "安康",
  benchmarks: ["汉中", "平利"],
};

function chartsOf(emu: Emulator, sheet: string) {
  return emu.snapshot().sheets.find((s) => s.name === sheet)?.charts ?? [];
}

describe("a rank history refreshed in an emulated Excel", () => {
  let emu: Emulator;
  let result: EngineResult;

  beforeAll(async () => {
    const sheets = monthlyFixture().sheets;
    emu = emulate(sheets);
    result = runEngine(sheets, engineOptions(SETTINGS, "zh-CN"));
    await createOfficeHost({ locale: "zh-CN" }).refresh(SETTINGS);
  });
  afterAll(() => emu.uninstall());

  it("draws each level's line chart: lines with markers, the rank axis reversed, 1 on top", () => {
    const [chart] = chartsOf(emu, "排名走势-市级");
    const planned = result.historySheets.find((h) => h.plan.name === "排名走势-市级")?.plan
      .charts[0];
    expect(chart.type).toBe("LineMarkers");
    expect(chart.title.text).toBe(planned?.title);
    expect(chart.axes.valueAxis).toMatchObject({
      reversePlotOrder: true,
      position: "Maximum",
      minimum: 1,
      maximum: 6,
      majorUnit: 1,
      numberFormat: "0",
    });
    // One series per followed unit, named from the row above the data; twelve months each.
    expect(chart.series.map((s) => s.name)).toEqual(["安康", "汉中"]);
    expect(chart.series.map((s) => s.points.length)).toEqual([12, 12]);
    expect(chart.legend.visible).toBe(true);
    // The own unit's line in the highlight colour, heavier; the benchmark's as Excel draws it.
    expect(chart.series[0].format.line).toMatchObject({ color: "#C55A11", weight: 3 });
    expect(chart.series[1].format.line.color).toBeNull();
    const county = chartsOf(emu, "排名走势-县区");
    expect(county).toHaveLength(1);
    expect(county[0].series).toHaveLength(10);
  });

  it("computes the history sheets' formulas, chart data included, to the engine's values", () => {
    const computed = new Map(emu.sheetInputs().map((s) => [s.name, s]));
    const wrong: string[] = [];
    for (const plan of result.plans.filter(
      (p) => p.kind === "history" || p.kind === "cumulative"
    )) {
      for (const { row, col, cell } of planFormulaCells(plan)) {
        const got = computed.get(plan.name)?.values[row]?.[col];
        const expected = cell.value ?? "";
        const same =
          typeof expected === "number"
            ? typeof got === "number" && Math.abs(got - expected) < 1e-9
            : got === expected;
        if (!same)
          wrong.push(`${plan.name}!${cellAddress(row, col)} ${cell.formula} ≠ ${String(got)}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});

describe("a rank history on older Excel", () => {
  it.each([
    ["1.4", false, "Automatic", undefined],
    ["1.7", true, "Automatic", 3],
  ] as const)(
    "with ExcelApi %s draws the lines, reversing the axis only where it can",
    async (version, reversed, position, weight) => {
      const emu = emulate(monthlyFixture().sheets, { requirementSets: { ExcelApi: version } });
      await createOfficeHost({ locale: "zh-CN" }).refresh(SETTINGS);
      const [chart] = chartsOf(emu, "排名走势-市级");
      expect(chart.type).toBe("LineMarkers");
      expect(chart.axes.valueAxis).toMatchObject({
        reversePlotOrder: reversed,
        position,
        minimum: 1,
      });
      expect(chart.series[0].format.line.color).toBe("#C55A11");
      expect(chart.series[0].format.line.weight).toBe(weight ?? 0.75);
      emu.uninstall();
    }
  );
});
