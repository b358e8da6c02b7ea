/**
 * Issue 8's formula truth: a 3-decimal sheet, a sectioned sheet with ranks that restart per
 * section, stated weights and a grade, written without cached values and recalculated by
 * LibreOffice; every formula must equal the engine.
 */
import { EngineResult, runEngine } from "../../src/core";
import { formulaMismatches } from "../support/formula-check";
import { CITY_BY_CITY_ROWS } from "../support/layouts";
import { sheet } from "../support/sheet-builder";
import { readBack, workbookOf } from "../support/workbook-builder";

jest.setTimeout(180_000);

/** 贵州's 市州 at 3 decimals: 95.125 and 95.124 rank apart; 95.125 twice ties. */
const threeDecimals = sheet("市州三位小数", [
  ["2023年第三季度全省市州考核结果"],
  ["市州", "日常考核", "年终考核", "总分", "名次"],
  ["贵阳市", 38.125, 57, 95.125, 1],
  ["遵义市", 38.124, 57, 95.124, 3],
  ["安顺市", 40, 55.125, 95.125, 1],
  ["毕节市", 37.5, 56.005, 93.505, 4],
  ["铜仁市", 36.875, 55.5, 92.375, 5],
]);

/** 兰州's 县区 in two sections, printed ranks restarting per section, one of them wrong. */
const sectioned = sheet(
  "县区分类",
  [
    ["2023年第三季度县区考核结果"],
    ["序号", "县（市、区）", "日常考核（40%）", "年终考核（60%）", "名次", "等次"],
    ["一类县（区）", null, null, null, null, null],
    [1, "城关区", 96, 95, 1, "优秀"],
    [2, "七里河区", 94, 92.5, 2, "良好"],
    [3, "西固区", 90.5, 93, 3, "良好"],
    ["二类县（区）", null, null, null, null, null],
    [4, "榆中县", 97, 90, 1, "优秀"],
    [5, "永登县", 93.5, 94, 1, "良好"],
    [6, "皋兰县", 95, 91.25, 3, "一般"],
    ["全市平均", null, 94.33, 92.63, null, null],
  ],
  ["A3:F3", "A7:F7"]
);

describe("formula truth on a 3-decimal sheet and a sectioned, weighted sheet", () => {
  let result: EngineResult;
  let outcome: Awaited<ReturnType<typeof formulaMismatches>>;

  beforeAll(async () => {
    const book = await readBack(workbookOf([threeDecimals, sectioned]));
    result = runEngine(book.sheets);
    outcome = await formulaMismatches(book, result);
  });

  it("reads both tables as the layouts say", () => {
    const [three, sections] = result.analyses;
    expect(three.table.precision).toBe(3);
    expect(three.units.map((u) => [u.unit.name, u.rank])).toEqual([
      ["贵阳市", 1],
      ["安顺市", 1],
      ["遵义市", 3],
      ["毕节市", 4],
      ["铜仁市", 5],
    ]);
    expect(sections.table.columns.filter((c) => c.weight !== null).map((c) => c.weight)).toEqual([
      0.4, 0.6,
    ]);
    expect(sections.printedRankBySection).toBe(true);
    const wrong = sections.problems.filter((p) => p.code === "printedRankDiffers");
    // In 二类县: 永登县 0.4 × 93.5 + 0.6 × 94 = 93.8 leads, 榆中县 0.4 × 97 + 0.6 × 90 = 92.8 is
    // second (printed 1: wrong), 皋兰县 92.75 third.
    expect(wrong.map((p) => p.cell)).toEqual(["E8"]);
  });

  it("computes every formula, section ranks and 3-decimal gaps included, to the engine's value", () => {
    expect(outcome.checked).toBeGreaterThan(80);
    expect(outcome.mismatches).toEqual([]);
  });

  it("shows the 3-decimal gaps LibreOffice computed: 0.001 between 95.125 and 95.124", () => {
    const table = result.report.tables.find((t) => t.sheet === "市州三位小数");
    const zunyi = table?.units.find((u) => u.name === "遵义市");
    expect(zunyi?.gapToAbove).toBe(0.001);
    const [sheetName, cell] = (zunyi?.cells.gapToAbove as string).split("!");
    expect(outcome.values.get(sheetName.replace(/^'|'$/g, ""))?.get(cell)).toBeCloseTo(0.001, 9);
  });
});

/** 市州 and 县市区 printed side by side; each counties' part weighted, with its converted figure. */
const sideBySide = sheet(
  "临夏",
  [
    ["2023年市州考核结果", null, null, null, "2023年县市区考核结果"],
    ["市州", "得分", "名次", null, "县市区", "日常考核（40%）", null, "年终考核（60%）", null],
    [null, null, null, null, null, "得分", "折合分", "得分", "折合分"],
    ["兰州市", 90, 2, null, "临夏市", 90, 36, 80, 48],
    ["天水市", 92, 1, null, "临夏县", 95, 38, 85, 51],
    ["白银市", 88, 3, null, "康乐县", 80, 32, 75, 45],
  ],
  ["F2:G2", "H2:I2"]
);

describe("formula truth on different tables side by side, with converted figures", () => {
  let result: EngineResult;
  let outcome: Awaited<ReturnType<typeof formulaMismatches>>;

  beforeAll(async () => {
    const book = await readBack(workbookOf([sideBySide]));
    result = runEngine(book.sheets, { ownUnit: "临夏县", benchmarks: ["临夏市"] });
    outcome = await formulaMismatches(book, result);
  });

  it("reads two tables, the counties' totals from their converted figures", () => {
    expect(result.analyses.map((a) => a.units.map((u) => [u.unit.name, u.total]))).toEqual([
      [
        ["天水市", 92],
        ["兰州市", 90],
        ["白银市", 88],
      ],
      [
        ["临夏县", 89],
        ["临夏市", 84],
        ["康乐县", 77],
      ],
    ]);
  });

  it("computes every formula, the comparison of 临夏县 with 临夏市 included, to the engine's value", () => {
    expect(result.plans.some((p) => p.kind === "comparison")).toBe(true);
    expect(outcome.checked).toBeGreaterThan(40);
    expect(outcome.mismatches).toEqual([]);
  });
});

const cityByCity = sheet(
  "二季度县区",
  CITY_BY_CITY_ROWS.map((row) => [...row])
);

describe("formula truth on a county table listed city by city", () => {
  let result: EngineResult;
  let outcome: Awaited<ReturnType<typeof formulaMismatches>>;

  beforeAll(async () => {
    const book = await readBack(workbookOf([cityByCity]));
    result = runEngine(book.sheets, { ownUnit: "南郑区", benchmarks: ["城固县"] });
    outcome = await formulaMismatches(book, result);
  });

  it("ranks the counties only, each within its city", () => {
    const [a] = result.analyses;
    expect(
      a.units.map((u) => [
        u.unit.name,
        u.rank,
        u.groupRanks.find((g) => g.kind === "section")?.rank ?? null,
      ])
    ).toEqual([
      ["汉台区", 1, 1],
      ["城固县", 2, 2],
      ["南郑区", 3, 3],
      ["汉滨区", 4, 1],
      ["旬阳市", 4, 1],
      ["商州区", 6, 1],
      ["洛南县", 6, 1],
    ]);
  });

  it("computes every formula, the ranks within each city included, to the engine's value", () => {
    expect(outcome.checked).toBeGreaterThan(40);
    expect(outcome.mismatches).toEqual([]);
  });
});
