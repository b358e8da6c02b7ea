import { TableAnalysis, UnitResult, analyzeWorkbook, unitTotal } from "../../src/core/analyze";
import { SheetInput } from "../../src/core/cells";
import { readWorkbook } from "../../src/core/workbook";
import { Cell, frozen, sheet } from "../support/sheet-builder";

function analyze(sheets: SheetInput[], ties: "competition" | "dense" = "competition") {
  return analyzeWorkbook(readWorkbook(sheets.map(frozen)), { ties });
}
const byName = (a: TableAnalysis, name: string): UnitResult => {
  const u = a.units.find((x) => x.unit.name === name);
  if (!u) throw new Error(`no ${name}`);
  return u;
};

/** 白河 is 0.1 above 甘泉 thanks to a 0.1 bonus; 平利 first; 镇坪 and 岚皋 tie. */
const COUNTY: Cell[][] = [
  ["2017年第三季度考核结果"],
  ["县（区）", "所属市", "交叉检查得分", "月通报得分", "其中：加分", "总分", "深度贫困县"],
  ["平利县", "安康市", 98.2, 1.6, 0.5, 99.8, null],
  ["白河县", "安康", 90.85, 0.6, 0.1, 91.45, "是"],
  ["甘泉县", "延安市", 90.85, 0.5, null, 91.35, null],
  ["镇坪县", "安康市", 92, 1, null, 93, null],
  ["岚皋县", "安康市", 91.9, 1.1, 0.2, 93, "是"],
  ["宜川县", "延安市", 95, 1, null, null, "是"],
];

describe("analyzeWorkbook(book): ranks, gaps and groups of one table", () => {
  const [a] = analyze([sheet("三季度县区", COUNTY, [])]);

  it("ranks by the printed total, ties sharing the better rank", () => {
    expect(a.units.map((u) => [u.unit.name, u.total, u.rank])).toEqual([
      ["平利县", 99.8, 1],
      ["镇坪县", 93, 2],
      ["岚皋县", 93, 2],
      ["白河县", 91.45, 4],
      ["甘泉县", 91.35, 5],
      // An empty printed total: not ranked, listed last.
      ["宜川县", null, null],
    ]);
  });

  it("ranks every part, ignoring missing totals but not the unit's parts", () => {
    expect(byName(a, "宜川县").partRanks).toEqual([2, 3]);
    expect(byName(a, "平利县").partRanks).toEqual([1, 1]);
    expect(byName(a, "白河县").parts).toEqual([90.85, 0.6]);
  });

  it("measures the gap to the first and to the next better distinct total", () => {
    const gaps = a.units.map((u) => [u.unit.name, u.gapToFirst, u.gapToAbove]);
    expect(gaps).toEqual([
      ["平利县", 0, null],
      ["镇坪县", 6.8, 6.8],
      ["岚皋县", 6.8, 6.8],
      ["白河县", 8.35, 1.55],
      ["甘泉县", 8.45, 0.1],
      ["宜川县", null, null],
    ]);
  });

  it("ranks without the unit's own bonus against everyone else's unchanged totals", () => {
    expect(byName(a, "白河县").bonus).toBe(0.1);
    // 91.35 ties 甘泉 (5th): with 99.8, 93 and 93 above, the tie shares 4th, as 白河 (95th of
    // 96) would be with 甘泉 in the speech.
    expect(byName(a, "白河县").rankWithoutBonus).toBe(4);
    expect(byName(a, "岚皋县").rankWithoutBonus).toBe(3);
    expect(byName(a, "平利县").rankWithoutBonus).toBe(1);
    expect(byName(a, "甘泉县").rankWithoutBonus).toBe(5);
    expect(byName(a, "宜川县").rankWithoutBonus).toBeNull();
  });

  it("ranks within each parent (安康 = 安康市) and within the flag column", () => {
    const groups = (name: string) =>
      Object.fromEntries(byName(a, name).groupRanks.map((g) => [g.group, [g.rank, g.size]]));
    expect(groups("平利县")).toEqual({ 安康市: [1, 4] });
    expect(groups("白河县")).toEqual({ 安康: [4, 4], 深度贫困县: [2, 2] });
    expect(groups("岚皋县")).toEqual({ 安康市: [2, 4], 深度贫困县: [1, 2] });
    expect(groups("甘泉县")).toEqual({ 延安市: [1, 1] });
    expect(groups("宜川县")).toEqual({});
    expect(a.parentNames.get("安康")).toBe("安康市");
  });

  it("ranks densely when asked (中国式排名)", () => {
    const [dense] = analyze([sheet("三季度县区", COUNTY, [])], "dense");
    expect(dense.units.map((u) => u.rank)).toEqual([1, 2, 2, 3, 4, null]);
    expect(byNameOf(dense, "白河县").rankWithoutBonus).toBe(3);
  });

  it("has no rank without bonus when the table has no bonus column", () => {
    const [plain] = analyze([
      sheet(
        "市",
        [
          ["单位", "总分"],
          ["汉中", 94.52],
          ["安康", 92.49],
        ],
        []
      ),
    ]);
    expect(plain.units.map((u) => [u.bonus, u.rankWithoutBonus])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});

function byNameOf(a: TableAnalysis, name: string): UnitResult {
  return byName(a, name);
}

describe("unitTotal(table, unit)", () => {
  const totals = (rows: Cell[][]) => {
    const book = readWorkbook([sheet("s", rows, [])]);
    const t = book.tables[0];
    return t.units.map((u) => unitTotal(t, u));
  };

  it("sums parts at 2 decimals: 98.20 + 1.6 is exactly 99.8", () => {
    expect(
      totals([
        ["单位", "交叉检查", "月通报"],
        ["平利", "98.20", 1.6],
        ["汉滨", 0.1, 0.2],
      ])
    ).toEqual([99.8, 0.3]);
  });

  it("sums the parts it has when one is blank or not a number", () => {
    expect(
      totals([
        ["单位", "交叉检查", "月通报"],
        ["平利", 98.2, null],
        ["汉滨", "缺考", 1.2],
      ])
    ).toEqual([98.2, 1.2]);
  });

  it("prefers the printed total, even when the parts disagree", () => {
    expect(
      totals([
        ["单位", "交叉检查", "总分"],
        ["平利", 98.2, 99.8],
        ["汉滨", 90, null],
      ])
    ).toEqual([99.8, null]);
  });
});

describe("analyzeWorkbook(book): previous period", () => {
  const q2: Cell[][] = [
    ["2017年第二季度考核结果"],
    ["单位", "总分"],
    ["汉中市", 93],
    ["安康市", 94.75],
    ["商洛市", 92.4],
    ["铜川市", 88],
  ];
  const q3: Cell[][] = [
    ["2017年第三季度考核结果"],
    ["单位", "总分"],
    ["汉中", 94.52],
    [" 安康 ", 92.49],
    ["商洛", 93.58],
    ["杨凌示范区", 87],
  ];
  const analyses = analyze([sheet("三季度", q3, []), sheet("二季度", q2, [])]);
  const current = analyses.find((x) => x.table.sheet === "三季度") as TableAnalysis;

  it("matches units across suffixes and spaces, and says how far each moved", () => {
    expect(current.previousId).toBe("二季度");
    expect(current.units.map((u) => [u.unit.name, u.rank, u.previousRank, u.rankChange])).toEqual([
      ["汉中", 1, 2, 1],
      ["商洛", 2, 3, 1],
      ["安康", 3, 1, -2],
      ["杨凌示范区", 4, null, null],
    ]);
  });

  it("gives the earliest period no previous rank", () => {
    const first = analyses.find((x) => x.table.sheet === "二季度") as TableAnalysis;
    expect(first.previousId).toBeNull();
    expect(first.units.every((u) => u.previousRank === null && u.rankChange === null)).toBe(true);
  });
});

describe("analyzeWorkbook(book): two units whose short names are one (临夏市, 临夏县)", () => {
  const quarter = (title: string, scores: [string, number][]): Cell[][] => [
    [title],
    ["县市区", "总分"],
    ...scores.map(([name, total]): Cell[] => [name, total]),
  ];
  const analyses = analyze([
    sheet(
      "二季度",
      quarter("2023年第二季度考核结果", [
        ["临夏市", 95],
        ["临夏县", 90],
        ["康乐县", 92],
      ]),
      []
    ),
    sheet(
      "三季度",
      quarter("2023年第三季度考核结果", [
        ["临夏县", 96],
        ["康乐县", 93],
        ["临夏市", 91],
      ]),
      []
    ),
  ]);
  const q3 = analyses.find((x) => x.table.sheet === "三季度") as TableAnalysis;

  it("reads two units, each keyed with its kind, and no duplicate", () => {
    expect(q3.units.map((u) => [u.unit.name, u.unit.key])).toEqual([
      ["临夏县", "临夏县"],
      ["康乐县", "康乐"],
      ["临夏市", "临夏市"],
    ]);
    expect(q3.table.problems.map((p) => p.code)).not.toContain("duplicateUnit");
  });

  it("matches each with its own previous rank", () => {
    expect(q3.units.map((u) => [u.unit.name, u.previousRank])).toEqual([
      ["临夏县", 3],
      ["康乐县", 2],
      ["临夏市", 1],
    ]);
  });

  it("still reports one place written twice (汉中, 汉中市) as a duplicate", () => {
    const [a] = analyze([
      sheet(
        "市",
        quarter("考核结果", [
          ["汉中", 90],
          ["汉中市", 91],
        ]),
        []
      ),
    ]);
    expect(a.table.problems.map((p) => p.code)).toContain("duplicateUnit");
  });
});
