import { EngineResult, runEngine } from "../../src/core";
import { formulaMismatches } from "../support/formula-check";
import { sheet } from "../support/sheet-builder";
import { readBack, workbookOf } from "../support/workbook-builder";

jest.setTimeout(120_000);

/** Names a spreadsheet would take for a formula, a number or a sign if they were typed in. */
const ODD_NAMES = ["=SUM(1,2)", "+86", "-汉滨", "@平利", "=A1", "-1"];

const header = ["县（区）", "所属市", "交叉检查得分", "其中：加分", "排名"];
const current = sheet(
  "三季度",
  [
    ["2017年第三季度考核结果"],
    header,
    ["=SUM(1,2)", "安康市", 95.5, 0.5, 1],
    ["+86", "安康市", 90, null, 3],
    ["-汉滨", "汉中市", 92, 0.1, 2],
    ["@平利", "汉中市", 90, null, 3],
    ["=A1", "安康市", 88.5, 1, 5],
    ["-1", "汉中市", "８８．５０", null, 5],
  ],
  ["A1:E1"]
);
const previous = sheet(
  "二季度",
  [
    ["2017年第二季度考核结果"],
    header,
    ["-1", "汉中市", 97, null, 1],
    ["@平利", "汉中市", 91, null, 4],
    ["=SUM(1,2)", "安康市", 93, 0.5, 2],
    ["-汉滨", "汉中市", 92, null, 3],
  ],
  ["A1:E1"]
);
/** A previous period that lists one unit twice (the province's mistake): 甲县 at 80, then at 99. */
const twiceBefore = sheet("上月", [
  ["2017年8月考核结果"],
  ["单位", "总分"],
  ["甲县", 80],
  ["乙县", 90],
  ["丙县", 85],
  ["甲县", 99],
]);
const twiceNow = sheet("本月", [
  ["2017年9月考核结果"],
  ["单位", "总分"],
  ["甲县", 91],
  ["乙县", 92],
  ["丙县", 93],
]);

/**
 * Names decorated or cased differently from one period to the next: a footnote asterisk (*白河县:
 * a deep-poverty county), Latin letters in another case. MATCH ignores case and reads * and ? as
 * wildcards, so the engine must match these names the same way, and a table without 序号 must not
 * end at a name that starts with "*".
 */
const markedBefore = sheet("上季度", [
  ["2017年第二季度考核结果"],
  ["县（区）", "总分"],
  ["白河县", 88],
  ["ABC新区", 95],
  ["平利县", 99],
  ["汉滨区", 90],
]);
const markedNow = sheet("本季度", [
  ["2017年第三季度考核结果"],
  ["县（区）", "总分"],
  ["*白河县", 91.45],
  ["abc新区", 92],
  ["平利县", 99.8],
  ["汉?区", 93],
]);

describe("names that look like formulas, and a previous period listing a unit twice", () => {
  let result: EngineResult;
  let outcome: Awaited<ReturnType<typeof formulaMismatches>>;

  beforeAll(async () => {
    const book = await readBack(
      workbookOf([previous, current, twiceBefore, twiceNow, markedBefore, markedNow])
    );
    result = runEngine(book.sheets);
    outcome = await formulaMismatches(book, result);
  });

  it("reads every odd name as a unit name", () => {
    const table = result.report.tables.find((t) => t.sheet === "三季度");
    expect(table?.units.map((u) => u.name).sort()).toEqual([...ODD_NAMES].sort());
    expect(table?.units.find((u) => u.name === "-汉滨")?.previousRank).toBe(3);
    expect(table?.units.find((u) => u.name === "=SUM(1,2)")?.previousRank).toBe(2);
  });

  it("computes every formula to the engine's value", () => {
    expect(outcome.checked).toBeGreaterThan(50);
    expect(outcome.mismatches).toEqual([]);
  });

  it("keeps the names as text after LibreOffice recalculates, in the source and the ranking", () => {
    const ranking = result.report.tables.find((t) => t.sheet === "三季度")?.outputSheet as string;
    // LibreOffice writes text in two scripts as rich text runs; what the cell shows is their join.
    const plain = (v: unknown) =>
      v !== null && typeof v === "object" && "richText" in v
        ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("")
        : v;
    const shown = (name: string) => [...(outcome.values.get(name)?.values() ?? [])].map(plain);
    for (const name of ODD_NAMES) {
      expect(shown("三季度")).toContain(name);
      expect(shown(ranking)).toContain(name);
    }
    // Each name sits beside its rank (column B of the ranking sheet), as text, not as a value.
    const table = result.report.tables.find((t) => t.sheet === "三季度");
    for (const unit of table?.units ?? []) {
      const row = /(\d+)$/.exec(unit.cells.rank as string)?.[1];
      expect(plain(outcome.values.get(ranking)?.get(`B${row}`))).toBe(unit.name);
    }
    expect(shown(ranking).filter((v) => typeof v === "object")).toEqual([]);
  });

  it("takes the previous rank of a unit listed twice from its first listing, as MATCH does", () => {
    const table = result.report.tables.find((t) => t.sheet === "本月");
    const prev = result.report.tables.find((t) => t.sheet === "上月");
    const jia = table?.units.find((u) => u.name === "甲县");
    // The previous ranking sheet lists units by rank: 甲县 at 99 is first there, rank 1.
    const firstListed = prev?.units.find((u) => u.name === "甲县");
    expect(jia?.previousRank).toBe(firstListed?.rank);
  });

  it("matches a footnote-marked name and a name in another case to the previous period", () => {
    const table = result.report.tables.find((t) => t.sheet === "本季度");
    const prev = result.report.tables.find((t) => t.sheet === "上季度");
    const rankOf = (name: string) => prev?.units.find((u) => u.name === name)?.rank;
    const now = (name: string) => table?.units.find((u) => u.name === name);
    expect(table?.units).toHaveLength(4);
    expect(now("*白河县")?.previousRank).toBe(rankOf("白河县"));
    expect(now("abc新区")?.previousRank).toBe(rankOf("ABC新区"));
    // "汉?区" is not 汉滨区, whatever MATCH makes of the question mark.
    expect(now("汉?区")?.previousRank).toBeNull();
  });
});
