import {
  DEFAULT_SETTINGS,
  EMPTY,
  SheetInput,
  engineOptions,
  planFormulaCells,
  runEngine,
  cellAddress,
} from "../../src/core";
import { createOfficeHost, detectCapabilities, readWorkbook, writePlans } from "../../src/excel";
import { messagesFor } from "../../src/locales";
import { emulate } from "../support/emulated-workbook";

jest.setTimeout(300_000);

/** A county table of `n` units: two parts, a breakdown bonus, a printed total, parents. */
function countyTable(n: number, name = "三季度县区"): SheetInput {
  const values: SheetInput["values"][number][] = [
    ["序号", "县（区）", "所属市", "交叉检查得分", "月通报得分", "其中：加分", "总分"],
  ];
  for (let i = 0; i < n; i++) {
    const a = 80 + ((i * 37) % 2000) / 100;
    const b = ((i * 13) % 200) / 100;
    values.push([
      i + 1,
      `单位${i}县`,
      `城市${i % 30}市`,
      a,
      b,
      i % 3 ? EMPTY : 0.1,
      Math.round((a + b) * 100) / 100,
    ]);
  }
  return { name, values, merges: [] };
}

describe("round trips do not grow with the workbook", () => {
  const counts = new Map<number, number>();
  it.each([100, 3000])("refreshing %d units takes the same round trips", async (n) => {
    const emu = emulate([countyTable(n)]);
    await createOfficeHost({ locale: "zh-CN" }).refresh(DEFAULT_SETTINGS);
    counts.set(n, emu.stats.syncCalls);
    expect(emu.stats.requests.every((r) => r.bytes < 4_000_000)).toBe(true);
    expect(emu.sheetInputs().map((s) => s.name)).toContain("排名-三季度县区");
    emu.uninstall();
  });
  it("is flat from 100 to 3,000 units, and within 5", () => {
    expect(counts.get(3000)).toBe(counts.get(100));
    expect(counts.get(100)).toBeLessThanOrEqual(5);
  });
});

describe("writePlans above the request limit", () => {
  it("splits the writing into requests of whole rows, each under the limit, with the same result", async () => {
    const limit = 40_000;
    const table = countyTable(300);
    const result = runEngine([table], engineOptions(DEFAULT_SETTINGS, "zh-CN"));
    const emu = emulate([table], { requestLimitBytes: limit + 10_000 });
    const caps = detectCapabilities((name, v) =>
      Office.context.requirements.isSetSupported(name, v)
    );
    const outcome = await Excel.run(async (context) => {
      const snapshot = await readWorkbook(context, caps, messagesFor("zh-CN"));
      return writePlans(
        context,
        result.plans,
        result.staleOutputSheets,
        snapshot,
        caps,
        messagesFor("zh-CN"),
        limit
      );
    });
    expect(outcome.syncs).toBeGreaterThan(3);
    expect(outcome.requestBytes.every((b) => b <= limit)).toBe(true);
    // The emulator's own measure of each request agrees that every one fits.
    expect(emu.stats.requests.every((r) => r.ok && r.bytes <= limit + 10_000)).toBe(true);
    const ranking = result.rankingSheets[0].plan;
    const sheet = emu.sheetInputs().find((s) => s.name === ranking.name);
    const cells = planFormulaCells(ranking);
    expect(cells.length).toBeGreaterThan(1000);
    for (const { row, col, cell } of cells) {
      expect({ at: cellAddress(row, col), formula: sheet?.formulas[row][col] }).toEqual({
        at: cellAddress(row, col),
        formula: cell.formula,
      });
    }
    emu.uninstall();
  });
});

describe("text from a sheet stays text", () => {
  it("writes unit names starting with = + - @ as text, not formulas", async () => {
    const names = ["=HYPERLINK(1)", "+86县", "-县", "@县", "平利县"];
    const table: SheetInput = {
      name: "县区",
      values: [["县（区）", "总分"], ...names.map((n, i) => [n, 90 + i])],
      merges: [],
    };
    // In the source the names are text too (a text-formatted column), as a pasted sheet holds them.
    const emu = emulate([table], {}, [["@", "General"], ...names.map(() => ["@", "General"])]);
    await createOfficeHost({ locale: "zh-CN" }).refresh(DEFAULT_SETTINGS);
    const source = emu.sheetInputs().find((s) => s.name === "县区");
    expect(source?.values.slice(1).map((row) => row[0])).toEqual(names);
    const sheet = emu.sheetInputs().find((s) => s.name === "排名-县区");
    const written = (sheet?.values ?? []).slice(3, 3 + names.length).map((row) => row[1]);
    expect([...written].sort()).toEqual([...names].sort());
    const formulas = (sheet?.formulas ?? []).slice(3, 3 + names.length).map((row) => row[1]);
    expect([...formulas].sort()).toEqual([...names].sort());
    emu.uninstall();
  });
});
