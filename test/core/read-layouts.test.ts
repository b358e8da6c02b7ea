/**
 * Layouts other provinces publish, each read by readSheet: tables found by their cells, printed in
 * side-by-side blocks or across, with sections, grades and weights in the header.
 */
import { analyzeWorkbook, unitTotal } from "../../src/core/analyze";
import { fitWeights } from "../../src/core/weights";
import { readSheet } from "../../src/core/read-table";
import { ScoreTable } from "../../src/core/table";
import { readWorkbook } from "../../src/core/workbook";
import { frozen, problemList, roles, sheet } from "../support/sheet-builder";

function only(tables: readonly ScoreTable[]): ScoreTable {
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe("readSheet(sheet) finds a table by its cells when no header names the unit column", () => {
  const gansu = sheet("2024年1月", [
    ["2024年1月全省市州乡村振兴考核得分"],
    ["", "日常考核", "专项督查", "得分"],
    ["兰州市", 88.5, 9.5, 98],
    ["天水市", 86, 8.75, 94.75],
    ["临夏回族自治州", 90, 9, 99],
    ["甘南藏族自治州", 85.25, 7.5, 92.75],
  ]);

  it("takes the column of distinct place names as the units", () => {
    const t = only(readSheet(frozen(gansu)).tables);
    expect(t.units.map((u) => u.name)).toEqual([
      "兰州市",
      "天水市",
      "临夏回族自治州",
      "甘南藏族自治州",
    ]);
    expect(t.title).toBe("2024年1月全省市州乡村振兴考核得分");
    expect(t.period).toEqual({ year: 2024, kind: "month", index: 1 });
  });

  it("reads 得分, the sum of the other two on every row, as the total, and says so", () => {
    const t = only(readSheet(gansu).tables);
    expect(roles(t)).toEqual(["A列:name", "日常考核:part", "专项督查:part", "得分:total"]);
    expect(problemList(t.problems)).toContain("D2 totalDetected");
  });

  it("says it cannot decide between two columns of distinct texts, naming the range", () => {
    const two = sheet("考核", [
      ["负责人", "", "得分", "加分"],
      ["张三", "甲组", 90, 1],
      ["李四", "乙组", 88, 2],
      ["王五", "丙组", 85, 0],
    ]);
    const reading = readSheet(two);
    expect(reading.tables).toHaveLength(0);
    expect(problemList(reading.problems)).toEqual(["A2:D4 tableUndecided"]);
    expect(reading.problems[0].params).toEqual({ columns: "A、B" });
  });

  it("reads the undecided table once the user names its unit column", () => {
    const two = sheet("考核", [
      ["负责人", "", "得分", "加分"],
      ["张三", "甲组", 90, 1],
      ["李四", "乙组", 88, 2],
      ["王五", "丙组", 85, 0],
    ]);
    const t = only(readSheet(two, { overrides: { B: "name" } }).tables);
    expect(t.units.map((u) => u.name)).toEqual(["甲组", "乙组", "丙组"]);
  });
});

describe("readSheet(sheet) on a bulletin printed in side-by-side blocks", () => {
  const blocks = sheet(
    "三季度",
    [
      ["2023年第三季度县市区考核排名"],
      ["序号", "县市区", "得分", "名次", null, "序号", "县市区", "得分", "名次"],
      [1, "芦溪县", 95.5, 2, null, 4, "上栗县", 90, 4],
      [2, "莲花县", 96, 1, null, 5, "湘东区", 88.25, 5],
      [3, "安源区", 92.1, 3, null, null, null, null, null],
    ],
    ["A1:I1"]
  );

  it("reads ONE table with the units of both blocks, ranked together", () => {
    const [a] = analyzeWorkbook(readWorkbook([frozen(blocks)]));
    expect(a.table.units.map((u) => u.name)).toEqual([
      "芦溪县",
      "莲花县",
      "安源区",
      "上栗县",
      "湘东区",
    ]);
    expect(a.units.map((u) => [u.unit.name, u.rank])).toEqual([
      ["莲花县", 1],
      ["芦溪县", 2],
      ["安源区", 3],
      ["上栗县", 4],
      ["湘东区", 5],
    ]);
    expect(a.problems.filter((p) => p.code === "printedRankDiffers")).toEqual([]);
  });

  it("keeps each unit's own cells: the second block's scores are in column H", () => {
    const t = only(readSheet(blocks).tables);
    const shangli = t.units.find((u) => u.name === "上栗县");
    expect(
      shangli && [shangli.row, shangli.col, shangli.parts[0].row, shangli.parts[0].col]
    ).toEqual([2, 6, 2, 7]);
  });
});

describe("readSheet(sheet) on side-by-side blocks found by their cells, the last one cut short", () => {
  it("reads a right block whose trailing note column lies past the sheet's last column", () => {
    const gansu = sheet("1月", [
      ["2024年1月市州考核得分"],
      ["兰州市", 88.5, 9.5, "整改", "天水市", 86, 8.75],
      ["嘉峪关市", 90, 9, null, "金昌市", 85, 7.5],
      ["白银市", 87, 8, null, "武威市", 84, 8.25],
    ]);
    const t = only(readSheet(frozen(gansu)).tables);
    expect(t.units.map((u) => [u.name, u.parts.map((p) => p.value)])).toEqual([
      ["兰州市", [88.5, 9.5]],
      ["嘉峪关市", [90, 9]],
      ["白银市", [87, 8]],
      ["天水市", [86, 8.75]],
      ["金昌市", [85, 7.5]],
      ["武威市", [84, 8.25]],
    ]);
  });

  it("reads a last block that names a single unit", () => {
    const guizhou = sheet("1月", [
      [null, "最终得分", null, "最终得分", null, "最终得分"],
      ["贵阳市", 85.65, "铜仁市", 81.53, "黔南布依族苗族自治州", 88.38],
      ["六盘水市", 88.9, "黔西南布依族苗族自治州", 85.65, null, null],
      ["遵义市", 84.53, "黔东南苗族侗族自治州", 76.52, null, null],
    ]);
    const t = only(readSheet(frozen(guizhou)).tables);
    expect(t.units.map((u) => [u.name, u.col, u.printedTotal?.value])).toEqual([
      ["贵阳市", 0, 85.65],
      ["六盘水市", 0, 88.9],
      ["遵义市", 0, 84.53],
      ["铜仁市", 2, 81.53],
      ["黔西南布依族苗族自治州", 2, 85.65],
      ["黔东南苗族侗族自治州", 2, 76.52],
      ["黔南布依族苗族自治州", 4, 88.38],
    ]);
  });

  it("does not take a right block lacking a score column for a block with empty scores", () => {
    const cut = sheet("1月", [
      ["2024年1月市州考核得分"],
      ["兰州市", 88.5, 9.5, "天水市", 86],
      ["嘉峪关市", 90, 9, "金昌市", 85],
      ["白银市", 87, 8, "武威市", 84],
    ]);
    const read = readSheet(frozen(cut));
    // Read as blocks, the right one's second score would be column F, past the sheet: the reader
    // says it cannot tell the table instead, naming the cells it looked at.
    expect(read.tables).toEqual([]);
    expect(problemList(read.problems)).toEqual(["A2:E4 tableUndecided"]);
  });

  it("does not take a right block lacking a column where the left one has a single score", () => {
    // Found by the engine fuzz test: 扣分 holds one score among blanks, so it is a score column;
    // a right block would have it past the sheet's last column.
    const cut = sheet("三季度", [
      [88.5, null, "兰州市", null],
      [90, null, "嘉峪关市", null],
      [87, null, "白银市", 2, 85, null, "天水市"],
    ]);
    const read = readSheet(frozen(cut));
    const cells = [...read.tables.flatMap((t) => t.problems), ...read.problems].map((p) => p.cell);
    expect(cells.filter((c) => /^H/.test(c))).toEqual([]);
    expect(read.tables.flatMap((t) => t.units.map((u) => u.name))).not.toContain("天水市");
  });
});

describe("readSheet(sheet) on a table printed across (units in columns)", () => {
  const across = sheet("年度考核", [
    ["2022年度各盟市考核结果"],
    ["项目", "呼和浩特市", "包头市", "阿拉善盟", "锡林郭勒盟"],
    ["日常考核", 40, 38.5, 39, 37.25],
    ["年终考核", 55, 56, 52.5, 58],
    ["总分", 95, 94.5, 91.5, 95.25],
  ]);

  it("reads the units across and their scores down, with the sheet's own addresses", () => {
    const t = only(readSheet(frozen(across)).tables);
    expect(t.orientation).toBe("columns");
    expect(t.units.map((u) => u.name)).toEqual(["呼和浩特市", "包头市", "阿拉善盟", "锡林郭勒盟"]);
    const alashan = t.units[2];
    expect([alashan.row, alashan.col]).toEqual([1, 3]);
    expect(alashan.printedTotal && [alashan.printedTotal.row, alashan.printedTotal.col]).toEqual([
      4, 3,
    ]);
    expect(t.title).toBe("2022年度各盟市考核结果");
  });

  it("ranks them by the 总分 row", () => {
    const [a] = analyzeWorkbook(readWorkbook([across]));
    expect(a.units.map((u) => [u.unit.name, u.rank])).toEqual([
      ["锡林郭勒盟", 1],
      ["呼和浩特市", 2],
      ["包头市", 3],
      ["阿拉善盟", 4],
    ]);
  });
});

describe("readSheet(sheet) on different tables printed side by side", () => {
  const gansu = sheet("考核结果", [
    ["2024年市州考核结果", null, null, null, "2024年县市区考核结果"],
    ["市州", "得分", "名次", null, "县市区", "得分", "名次"],
    ["兰州市", 90, 2, null, "临夏市", 88, 2],
    ["天水市", 92, 1, null, "康乐县", 85, 3],
    ["白银市", 88, 3, null, "永靖县", 91, 1],
  ]);

  it("reads each as its own table, never adding one's scores to the other's", () => {
    const tables = readSheet(frozen(gansu)).tables;
    expect(tables.map((t) => t.units.map((u) => [u.name, u.parts[0]?.value]))).toEqual([
      [
        ["兰州市", 90],
        ["天水市", 92],
        ["白银市", 88],
      ],
      [
        ["临夏市", 88],
        ["康乐县", 85],
        ["永靖县", 91],
      ],
    ]);
    expect(tables.map((t) => t.columns.filter((c) => c.role === "part").length)).toEqual([1, 1]);
    expect(tables.map((t) => t.title)).toEqual(["2024年市州考核结果", "2024年县市区考核结果"]);
  });

  it("keeps one table printed in blocks with a blank column between them as one table", () => {
    const blocks = sheet("考核结果", [
      ["县区", "得分", "名次", null, "县区", "得分", "名次"],
      ["汉台区", 90, 2, null, "城固县", 88, 3],
      ["南郑区", 92, 1, null, "洋县", 87, 4],
    ]);
    expect(only(readSheet(frozen(blocks)).tables).units.map((u) => u.name)).toEqual([
      "汉台区",
      "南郑区",
      "城固县",
      "洋县",
    ]);
  });
});

describe("readSheet(sheet) on a table printed across under a unit-column word", () => {
  // 州市 over the items reads as a header naming a unit column; the rows' "units" would be the
  // items and the cities their score columns.
  const yunnan = sheet("考核结果", [
    ["州市", "昆明市", "曲  靖", "玉　溪", "保山市", "红河哈尼族彝族自治州"],
    ["群众满意度", 32.25, 35.17, 33.92, 36.29, 33.15],
    ["重点工作", 58.45, 57.51, 54.49, 57.05, 52.94],
    ["合计", 90.7, 92.68, 88.41, 93.34, 86.09],
  ]);

  it("reads the cities across, with 合计 as their total row, not as a summary row", () => {
    const t = only(readSheet(frozen(yunnan)).tables);
    expect(t.orientation).toBe("columns");
    expect(t.units.map((u) => u.name)).toEqual([
      "昆明市",
      "曲  靖",
      "玉　溪",
      "保山市",
      "红河哈尼族彝族自治州",
    ]);
    expect(roles(t)).toEqual(["州市:name", "群众满意度:part", "重点工作:part", "合计:total"]);
  });

  it("keeps a table by rows whose few units are named like units and its items are not", () => {
    const offices = sheet("部门", [
      ["单位", "党建", "业务", "作风", "创新", "总分"],
      ["财政局", 20, 30, 19, 18, 87],
      ["发改委", 19, 31, 18, 20, 88],
    ]);
    const t = only(readSheet(frozen(offices)).tables);
    expect(t.orientation).toBe("rows");
    expect(t.units.map((u) => u.name)).toEqual(["财政局", "发改委"]);
  });
});

describe("readSheet(sheet) under a three-row header without merges", () => {
  it("joins a group line holding one text to the lines above and below it", () => {
    const inner = sheet("考核结果", [
      [null, "考核情况", null, null, "位次"],
      [null, "分项得分", null, null, null],
      [null, "日常考核", "年终考核", "重点工作", null],
      ["海拉尔区", 26.17, 49.8, 18.52, 2],
      ["扎赉诺尔区", 26.48, 46.71, 19.67, 3],
      ["阿荣旗", 28.4, 49.1, 19.09, 1],
      ["根河市", 27.56, 42.09, 18.88, 4],
    ]);
    const t = only(readSheet(frozen(inner)).tables);
    expect([t.headerTop, t.headerBottom]).toEqual([0, 2]);
    expect(roles(t)).toEqual([
      "A列:name",
      "考核情况 分项得分 日常考核:part",
      "考核情况 分项得分 年终考核:part",
      "考核情况 分项得分 重点工作:part",
      "位次:rank",
    ]);
  });

  it("does not take a lone text over a single header line for part of the header", () => {
    const titled = sheet("考核结果", [
      [null, null, "考核排名"],
      [null, "日常考核", "年终考核", "位次"],
      ["海拉尔区", 26.17, 49.8, 2],
      ["扎赉诺尔区", 26.48, 46.71, 3],
      ["阿荣旗", 28.4, 49.1, 1],
    ]);
    const t = only(readSheet(frozen(titled)).tables);
    expect([t.headerTop, t.headerBottom]).toEqual([1, 1]);
    expect(roles(t)).toEqual(["A列:name", "日常考核:part", "年终考核:part", "位次:rank"]);
  });
});

describe("readSheet(sheet) on a table with section rows", () => {
  const sectioned = sheet(
    "县区",
    [
      ["序号", "县（市、区）", "得分", "名次"],
      ["一类县（区）", null, null, null],
      [1, "城关区", 96, 1],
      [2, "七里河区", 94, 2],
      ["二类县（区）", null, null, null],
      [3, "榆中县", 97, 1],
      [4, "永登县", 93.5, 3],
      [5, "皋兰县", 95, 2],
      ["全市平均", null, 95.1, null],
    ],
    ["A2:D2", "A5:D5"]
  );

  it("gives each unit its section and skips the section and average rows", () => {
    const t = only(readSheet(frozen(sectioned)).tables);
    expect(t.units.map((u) => [u.name, u.section])).toEqual([
      ["城关区", "一类县（区）"],
      ["七里河区", "一类县（区）"],
      ["榆中县", "二类县（区）"],
      ["永登县", "二类县（区）"],
      ["皋兰县", "二类县（区）"],
    ]);
    expect(problemList(t.problems)).toEqual(["B9 summaryRowSkipped"]);
  });

  it("ranks within each section, and audits a printed rank that restarts per section against it", () => {
    const [a] = analyzeWorkbook(readWorkbook([sectioned]));
    const section = (name: string) =>
      a.units.find((u) => u.unit.name === name)?.groupRanks.find((g) => g.kind === "section");
    expect(section("皋兰县")).toMatchObject({ group: "二类县（区）", rank: 2, size: 3 });
    expect(a.printedRankBySection).toBe(true);
    expect(problemList(a.problems.filter((p) => p.code === "printedRankDiffers"))).toEqual([]);
  });

  it("still reports a printed rank that is wrong within its section", () => {
    const wrong = sheet(
      "县区",
      sectioned.values.map((row, r) =>
        r === 6 ? row.map((v, c) => (c === 3 ? 2 : v)) : [...row]
      ) as never,
      ["A2:D2", "A5:D5"]
    );
    const [a] = analyzeWorkbook(readWorkbook([wrong]));
    expect(problemList(a.problems.filter((p) => p.code === "printedRankDiffers"))).toEqual([
      "D7 printedRankDiffers",
    ]);
  });
});

describe("readSheet(sheet): grades, stated weights and repeated headers", () => {
  it("carries a grade column as text and never ranks by it", () => {
    const t = only(
      readSheet(
        sheet("部门", [
          ["单位名称", "考核得分", "等次"],
          ["市发展和改革委员会", 96.5, "优秀"],
          ["市财政局", 92, "良好"],
          ["市农业农村局", 85, "一般"],
        ])
      ).tables
    );
    expect(roles(t)).toEqual(["单位名称:name", "考核得分:part", "等次:grade"]);
    expect(t.units.map((u) => u.grade)).toEqual(["优秀", "良好", "一般"]);
    expect(t.units[1].gradeCell).toEqual({ row: 2, col: 2 });
  });

  it("weights parts as their headers state when the sheet prints no total", () => {
    const book = readWorkbook([
      sheet("年度", [
        ["地区", "日常考核（40%）", "年终考核(权重60%)"],
        ["喀什地区", 90, 80],
        ["和田地区", 80, 85.5],
        ["阿克苏地区", 85, 84],
      ]),
    ]);
    const t = book.tables[0];
    expect(t.columns.map((c) => c.weight)).toEqual([null, 0.4, 0.6]);
    expect(t.units.map((u) => unitTotal(t, u))).toEqual([84, 83.3, 84.4]);
    expect(fitWeights(t)).toMatchObject({ weights: [0.4, 0.6], source: "header", fits: true });
    expect(problemList(t.problems)).toEqual(["A1 totalFromParts", "B1 weightsFromHeader"]);
  });

  it("adds a weighted part's converted figure (折合分), not its raw score beside it", () => {
    const book = readWorkbook([
      sheet(
        "年度",
        [
          ["县区", "日常考核（40%）", null, "年终考核（60%）", null],
          [null, "得分", "折合分", "得分", "折合分"],
          ["汉台区", 90, 36, 80, 48],
          ["南郑区", 95, 38, 85, 51],
          ["城固县", 80, 32, 75, 45],
        ],
        ["A1:A2", "B1:C1", "D1:E1"]
      ),
    ]);
    const t = book.tables[0];
    expect(roles(t)).toEqual([
      "县区:name",
      "日常考核（40%） 折合分:part",
      "年终考核（60%） 折合分:part",
    ]);
    expect(t.columns.filter((c) => c.role === "ignore").map((c) => c.header)).toEqual([
      "日常考核（40%） 得分",
      "年终考核（60%） 得分",
    ]);
    expect(t.columns.map((c) => c.weight)).toEqual([null, null, null, null, null]);
    expect(t.units.map((u) => unitTotal(t, u))).toEqual([84, 89, 77]);
  });

  it("never adds another period's score or a change since it (上期得分, 较上期增减)", () => {
    const t = only(
      readSheet(
        frozen(
          sheet("县区", [
            ["县区", "本期得分", "上期得分", "较上期增减", "名次"],
            ["汉台区", 90, 88, 2, 2],
            ["南郑区", 92, 93, -1, 1],
            ["城固县", 88, 85, 3, 3],
          ])
        )
      ).tables
    );
    expect(roles(t)).toEqual(["县区:name", "本期得分:part", "名次:rank"]);
    expect(t.units.map((u) => unitTotal(t, u))).toEqual([90, 92, 88]);
  });

  it("skips a row of full marks under the header (满分) and says so", () => {
    const t = only(
      readSheet(
        frozen(
          sheet("县区", [
            ["县区", "党建", "经济", "民生", "总分"],
            ["满分", 20, 50, 30, 100],
            ["汉台区", 18, 45, 27, 90],
            ["南郑区", 19, 46, 27, 92],
            ["城固县", 17, 44, 27, 88],
          ])
        )
      ).tables
    );
    expect(t.units.map((u) => u.name)).toEqual(["汉台区", "南郑区", "城固县"]);
    expect(problemList(t.problems)).toEqual(["A2 summaryRowSkipped"]);
  });

  describe("a row of full marks without a label, under a header merged over two lines", () => {
    const header: (string | number | null)[][] = [
      ["序号", "单位", "日常考核", null, "年终考核", "总分"],
      [null, null, "得分", "名次", "得分", null],
    ];
    const units: (string | number | null)[][] = [
      [1, "汉台区", 30, 1, 55, 85],
      [2, "南郑区", 20, 3, 58, 78],
      [3, "城固县", 25, 2, 56, 81],
    ];
    const merges = ["A1:A2", "B1:B2", "C1:D1", "F1:F2"];
    const read = (points: (string | number | null)[]) =>
      only(readSheet(frozen(sheet("县区", [...header, points, ...units], merges))).tables);

    it("skips it when it holds the points as numbers no unit exceeds", () => {
      const t = read([null, null, 40, null, 60, 100]);
      expect(t.units.map((u) => u.name)).toEqual(["汉台区", "南郑区", "城固县"]);
      expect(problemList(t.problems)).toEqual(["B3 pointsRowSkipped"]);
    });

    it("skips it when it holds the points as text: （40分）", () => {
      const t = read([null, null, "（40分）", null, "（60分）", "（100分）"]);
      expect(problemList(t.problems)).toEqual(["B3 pointsRowSkipped"]);
    });

    it("warns of a row without a name when some unit beats its scores", () => {
      const t = read([null, null, 28, null, 57, 85]);
      expect(problemList(t.problems)).toEqual(["B3 rowWithoutName"]);
    });
  });

  it("skips a header repeated under a unit's row (a page break), keeping one table", () => {
    const t = only(
      readSheet(
        sheet("乡镇", [
          ["乡镇（街道）", "得分"],
          ["城关镇", 95],
          ["河口镇", 93],
          ["乡镇（街道）", "得分"],
          ["东城街道", 94],
        ])
      ).tables
    );
    expect(t.units.map((u) => u.name)).toEqual(["城关镇", "河口镇", "东城街道"]);
    expect(problemList(t.problems)).toEqual(["A4 repeatedHeaderSkipped"]);
  });

  it("takes the county column for the units and the city column beside it for the parent", () => {
    const t = only(
      readSheet(
        sheet("县市区", [
          ["序号", "市州", "县市区", "得分"],
          [1, "湘西州", "吉首市", 95],
          [2, "湘西州", "凤凰县", 94],
          [3, "怀化市", "沅陵县", 93],
        ])
      ).tables
    );
    expect(roles(t)).toEqual(["序号:seq", "市州:parent", "县市区:name", "得分:part"]);
    expect(t.units.map((u) => u.parent)).toEqual(["湘西州", "湘西州", "怀化市"]);
  });
});

describe("readSheet(sheet) at the sheet's precision", () => {
  it("ranks 95.125 above 95.124 on a 3-decimal sheet", () => {
    const [a] = analyzeWorkbook(
      readWorkbook([
        sheet("市州", [
          ["市州", "总分"],
          ["贵阳市", 95.124],
          ["遵义市", 95.125],
          ["安顺市", 95.12],
        ]),
      ])
    );
    expect(a.table.precision).toBe(3);
    expect(a.units.map((u) => [u.unit.name, u.rank])).toEqual([
      ["遵义市", 1],
      ["贵阳市", 2],
      ["安顺市", 3],
    ]);
  });

  it("compares at the decimals the number format shows", () => {
    const input = {
      ...sheet("市州", [
        ["市州", "总分"],
        ["贵阳市", 95.1249],
        ["遵义市", 95.1254],
        ["安顺市", 95.12],
      ]),
      formats: [
        [null, null],
        [null, "0.000"],
        [null, "0.000"],
        [null, "0.000"],
      ],
    };
    const [a] = analyzeWorkbook(readWorkbook([input]));
    expect(a.table.precision).toBe(3);
    expect(a.units.map((u) => [u.unit.name, u.total, u.rank])).toEqual([
      ["贵阳市", 95.125, 1],
      ["遵义市", 95.125, 1],
      ["安顺市", 95.12, 3],
    ]);
  });
});
