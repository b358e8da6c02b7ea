import { Period } from "../../src/core/period";
import { readTables } from "../../src/core/read-table";
import { ScoreTable } from "../../src/core/table";
import { groupLevels, inferYears, readWorkbook } from "../../src/core/workbook";
import { Cell, frozen, sheet } from "../support/sheet-builder";

const CITIES = ["西安", "铜川", "宝鸡", "咸阳", "渭南", "延安", "榆林", "汉中", "安康", "商洛"];
const COUNTIES: [string, string][] = [
  ["汉滨区", "安康市"],
  ["平利县", "安康市"],
  ["白河县", "安康市"],
  ["甘泉县", "延安市"],
  ["宜川县", "延安市"],
  ["南郑区", "汉中市"],
];

/** A city table; `suffix` writes 汉中市 instead of 汉中; `title` carries the period. */
function cityTable(title: string | null, suffix = "", names = CITIES): Cell[][] {
  return [
    ...(title ? [[title]] : []),
    ["序号", "市（区）", "综合得分"],
    ...names.map((n, i) => [i + 1, `${n}${suffix}`, 95 - i]),
  ];
}

function countyTable(title: string | null, withParent = true): Cell[][] {
  return [
    ...(title ? [[title]] : []),
    withParent ? ["县（区）", "所属市", "总分"] : ["县（区）", "总分"],
    ...COUNTIES.map(([n, p], i) => (withParent ? [n, p, 99 - i] : [n, 99 - i])),
  ];
}

const tableOf = (name: string, rows: Cell[][]): ScoreTable => readTables(sheet(name, rows, []))[0];
const withPeriod = (t: ScoreTable, period: Period | null): ScoreTable => ({ ...t, period });

describe("inferYears(tables)", () => {
  const a = tableOf("三季度", cityTable(null));
  const q = (year: number | null, index: number): Period => ({ year, kind: "quarter", index });

  it("gives a period written without a year the year of the workbook's other tables", () => {
    const tables = Object.freeze([withPeriod(a, q(2017, 3)), withPeriod(a, q(null, 2))]);
    expect(inferYears(tables).map((t) => t.period)).toEqual([q(2017, 3), q(2017, 2)]);
    // Nothing is changed in place.
    expect(tables[1].period).toEqual(q(null, 2));
  });

  it("takes the most common year, and the later one on a tie", () => {
    const most = [q(2016, 4), q(2017, 1), q(2017, 2), q(null, 3)].map((p) => withPeriod(a, p));
    expect(inferYears(most)[3].period?.year).toBe(2017);
    const tie = [q(2016, 4), q(2017, 1), q(null, 3)].map((p) => withPeriod(a, p));
    expect(inferYears(tie)[2].period?.year).toBe(2017);
  });

  it("leaves periods alone when no table has a year, and tables without a period", () => {
    const tables = [withPeriod(a, q(null, 3)), withPeriod(a, null)];
    expect(inferYears(tables).map((t) => t.period)).toEqual([q(null, 3), null]);
    expect(inferYears([withPeriod(a, q(2017, 3)), withPeriod(a, null)])[1].period).toBeNull();
  });
});

describe("groupLevels(tables): cities vs counties", () => {
  it("puts tables of the same places in one level, whatever their suffixes", () => {
    const levels = groupLevels([
      tableOf("二季度市级", cityTable(null, "市")),
      tableOf("二季度县区", countyTable(null)),
      tableOf("三季度市级", cityTable(null)),
      tableOf("三季度县区", countyTable(null)),
    ]);
    expect(levels.map((l) => [l.kind, l.tables])).toEqual([
      ["city", ["二季度市级", "三季度市级"]],
      ["county", ["二季度县区", "三季度县区"]],
    ]);
  });

  it("tells counties by their suffixes even without a 所属市 column", () => {
    const levels = groupLevels([tableOf("县", countyTable(null, false))]);
    expect(levels.map((l) => l.kind)).toEqual(["county"]);
  });

  it("tells cities by the county tables' parents", () => {
    const levels = groupLevels([
      tableOf("市", cityTable(null, "", ["安康", "延安", "汉中"])),
      tableOf("县", countyTable(null)),
    ]);
    expect(levels.map((l) => l.kind)).toEqual(["city", "county"]);
  });

  it("keeps tables sharing fewer than half their units apart", () => {
    const levels = groupLevels([
      tableOf("a", cityTable(null, "", ["甲", "乙", "丙", "丁"])),
      tableOf("b", cityTable(null, "", ["甲", "戊", "己", "庚"])),
    ]);
    expect(levels).toHaveLength(2);
  });
});

describe("readWorkbook(sheets)", () => {
  const sheets = [
    frozen(sheet("说明", [["关于考核结果的说明"]], [])),
    frozen(sheet("二季度市级", cityTable("2017年第二季度考核结果", "市"), [])),
    frozen(sheet("三季度县区", countyTable("2017年第三季度考核结果"), [])),
    frozen(sheet("三季度市级", cityTable("三季度考核结果"), [])),
    frozen(sheet("9月", cityTable(null), [])),
    frozen(sheet("二季度县区", countyTable(null), [])),
  ];
  const book = readWorkbook(sheets);

  it("reads every table, skipping the memo, with the periods completed", () => {
    expect(book.tables.map((t) => [t.sheet, t.period])).toEqual([
      ["二季度市级", { year: 2017, kind: "quarter", index: 2 }],
      ["三季度县区", { year: 2017, kind: "quarter", index: 3 }],
      ["三季度市级", { year: 2017, kind: "quarter", index: 3 }],
      ["9月", { year: 2017, kind: "month", index: 9 }],
      ["二季度县区", { year: 2017, kind: "quarter", index: 2 }],
    ]);
  });

  it("finds each table's previous period in its own level, preferring the same kind of period", () => {
    expect(Object.fromEntries(book.previousOf)).toEqual({
      三季度市级: "二季度市级",
      三季度县区: "二季度县区",
      // September ends with Q3, so Q3 is not before it; the quarter before it is.
      "9月": "二季度市级",
    });
  });

  it("does not change its input", () => {
    expect(() => readWorkbook(sheets)).not.toThrow();
  });
});

describe("readWorkbook(sheets): the period just before", () => {
  const previousOf = (titles: [string, string][]) =>
    Object.fromEntries(
      readWorkbook(titles.map(([name, title]) => sheet(name, cityTable(title), []))).previousOf
    );

  it("takes the latest earlier period, whatever the sheet order", () => {
    expect(
      previousOf([
        ["c", "2017年第三季度考核结果"],
        ["a", "2017年第一季度考核结果"],
        ["b", "2017年第二季度考核结果"],
      ])
    ).toEqual({ c: "b", b: "a" });
  });

  it("crosses the year: 2018Q1 follows 2017Q4", () => {
    expect(
      previousOf([
        ["q4", "2017年第四季度考核结果"],
        ["q1", "2018年第一季度考核结果"],
      ])
    ).toEqual({ q1: "q4" });
  });

  it("prefers a month to a month, a quarter to a quarter", () => {
    expect(
      previousOf([
        ["q2", "2017年第二季度考核结果"],
        ["m7", "2017年7月考核结果"],
        ["m8", "2017年8月考核结果"],
        ["q3", "2017年第三季度考核结果"],
      ])
    ).toEqual({ m8: "m7", m7: "q2", q3: "q2" });
  });
});

describe("groupLevels(tables): the level of towns and of departments", () => {
  const kindOf = (rows: (string | number)[][]) =>
    readWorkbook([sheet("s", [["单位", "得分"], ...rows])]).levels[0].kind;

  it("tells a county's towns and streets", () => {
    expect(
      kindOf([
        ["城关镇", 95],
        ["河口镇", 93],
        ["东城街道", 90],
        ["南山乡", 88],
      ])
    ).toBe("town");
  });

  it("tells a city's departments", () => {
    expect(
      kindOf([
        ["市发展和改革委员会", 95],
        ["市财政局", 93],
        ["市农业农村局", 90],
        ["市政府办", 88],
      ])
    ).toBe("department");
  });

  it("keeps 地区 with the cities, not the counties", () => {
    expect(
      kindOf([
        ["喀什地区", 95],
        ["和田地区", 93],
        ["阿克苏地区", 90],
        ["克拉玛依市", 88],
      ])
    ).toBe("city");
  });
});
