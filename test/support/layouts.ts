/**
 * Messy score sheets, as provinces publish them, built by code. Each layout says in its comment what
 * is messy about it; the tests derive their expectations from the data written here.
 */
import { SheetInput } from "../../src/core";
import { Cell, sheet } from "./sheet-builder";

/** One county row of {@link countySheet}: what is written in each cell. */
export interface CountyRow {
  readonly name: string;
  readonly parent: string | null;
  readonly cross: Cell;
  readonly bulletin: Cell;
  readonly bonus: Cell;
  readonly total: Cell;
  readonly printedRank: Cell;
  readonly deep: Cell;
}

/**
 * Counties in administrative order (not by rank). Messy on purpose: a suffix-less name (平利),
 * numbers as text ("98.20"), with a 分 suffix ("1.6分"), in full-width digits (９０．８５), an empty
 * score (洛川县's bulletin), a wrong printed rank (宜川县: "3", its total ranks 2), and deep-poverty
 * flags written as 是 and √.
 */
export const COUNTY_ROWS: readonly CountyRow[] = [
  {
    name: "汉滨区",
    parent: "安康市",
    cross: 90.87,
    bulletin: 1.6,
    bonus: 0.2,
    total: 92.47,
    printedRank: 3,
    deep: "是",
  },
  {
    name: "平利",
    parent: null,
    cross: "98.20",
    bulletin: "1.6分",
    bonus: 0.5,
    total: 99.8,
    printedRank: 1,
    deep: null,
  },
  {
    name: "白河县",
    parent: null,
    cross: "９０．８５",
    bulletin: 0.6,
    bonus: 0.1,
    total: 91.45,
    printedRank: 4,
    deep: "√",
  },
  {
    name: "甘泉县",
    parent: "延安市",
    cross: 90.85,
    bulletin: 0.5,
    bonus: null,
    total: 91.35,
    printedRank: 5,
    deep: null,
  },
  {
    name: "宜川县",
    parent: null,
    cross: 95,
    bulletin: 1,
    bonus: null,
    total: 96,
    printedRank: "3",
    deep: "是",
  },
  {
    name: "洛川县",
    parent: null,
    cross: 89,
    bulletin: null,
    bonus: null,
    total: 89,
    printedRank: 6,
    deep: null,
  },
];

/** Where each county row sits (1-based): a blank row separates 白河县 from 甘泉县. */
export const COUNTY_SHEET_ROWS: Readonly<Record<string, number>> = {
  汉滨区: 5,
  平利: 6,
  白河县: 7,
  甘泉县: 9,
  宜川县: 10,
  洛川县: 11,
};

/** The parent each county belongs to, as a reader of the printed sheet sees it. */
export const COUNTY_PARENTS: Readonly<Record<string, string>> = {
  汉滨区: "安康市",
  平利: "安康市",
  白河县: "安康市",
  甘泉县: "延安市",
  宜川县: "延安市",
  洛川县: "延安市",
};

/** The county sheet's merged areas: title, units row, header cells, 所属市 blocks. */
export const COUNTY_MERGES = [
  "A1:I1",
  "A2:I2",
  "A3:A4",
  "B3:B4",
  "C3:C4",
  "E3:F3",
  "G3:G4",
  "H3:H4",
  "I3:I4",
  "C5:C7",
  "C9:C11",
];

/**
 * A county sheet: merged title, units row (单位：分), two-row header with the group header
 * 省扶贫办月通报 over 得分（含加分） and 其中：加分, 所属市 merged down each city's block, a blank
 * row inside, an average row and a 合计 row, a note (注：…) and junk after it.
 * `merges`: "all" as published; "unknown" when the reader cannot tell (undefined); "lost" when
 * the sheet was pasted as values (the reader knows there are no merges but the title's).
 */
export function countySheet(
  merges: "all" | "unknown" | "lost" = "all",
  name = "三季度县区"
): SheetInput {
  const rows: Cell[][] = [
    ["2017年第三季度全省脱贫攻坚考核结果（县区）", null, null, null, null, null, null, null, null],
    ["单位：分", null, null, null, null, null, null, null, null],
    [
      "序号",
      "县（区）",
      "所属市",
      "交叉检查",
      "省扶贫办月通报",
      null,
      "总分",
      "排名",
      "深度贫困县",
    ],
    [null, null, null, "得分", "得分（含加分）", "其中：加分", null, null, null],
  ];
  COUNTY_ROWS.forEach((r, i) => {
    if (r.name === "甘泉县") rows.push([null, null, null, null, null, null, null, null, null]);
    rows.push([
      i + 1,
      r.name,
      r.parent,
      r.cross,
      r.bulletin,
      r.bonus,
      r.total,
      r.printedRank,
      r.deep,
    ]);
  });
  rows.push([null, "平均分", null, null, null, null, 93.35, null, null]);
  rows.push([null, "合计", null, null, null, null, 560.07, null, null]);
  rows.push([
    "注：总分 = 交叉检查得分 + 省扶贫办月通报得分（含加分）。",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ]);
  rows.push(["制表：张三", null, null, "审核：李四", null, null, null, null, null]);
  rows.push([null, null, null, null, null, null, null, null, null]);
  rows.push([7, "汉阴县", "安康市", 88, 1, null, 89, 7, null]);
  rows.push([null, null, null, null, null, null, null, null, null]);
  const m = merges === "all" ? COUNTY_MERGES : merges === "lost" ? ["A1:I1"] : undefined;
  return sheet(name, rows, m);
}

/** A city sheet with a one-row header in the given wording, no title. */
export function citySheet(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  name = "三季度市级"
): SheetInput {
  return sheet(name, [[...headers], ...rows.map((r) => [...r])], []);
}

/** A memo: sentences, a units-like line, a date. No table. */
export function memoSheet(): SheetInput {
  return sheet(
    "说明",
    [
      ["关于2017年第三季度脱贫攻坚考核结果的说明"],
      ["单位：安康市扶贫开发局"],
      ["各县区要对照考核结果，认真查找差距。"],
      ["交叉检查得分、八办两组得分、月通报得分分别占 50%、50% 和附加分。"],
      ["2017年11月3日"],
    ],
    []
  );
}

/** A contact list: 序号/单位/姓名/电话 — it has a 单位 column but no score. */
export function contactSheet(): SheetInput {
  return sheet(
    "联系人",
    [
      ["各县区脱贫办联系人"],
      ["序号", "单位", "姓名", "电话"],
      [1, "汉滨区", "张三", 13800000001],
      [2, "平利县", "李四", "0915-8888888"],
      [3, "白河县", "王五", 13800000003],
    ],
    []
  );
}

/**
 * A county table listed city by city: 汉中 (3 counties), 安康 (2) and 商洛 (2), each city on a row
 * of its own above its counties, carrying their average (旬阳市 is a county-level city).
 */
export const CITY_BY_CITY_ROWS: readonly (readonly Cell[])[] = [
  ["2024年第二季度各县（市、区）考核结果"],
  ["序号", "县（市、区）", "党建", "发展", "综合得分"],
  ["", "汉中市", 41.5, 43.67, 85.17],
  [1, "汉台区", 42, 44, 86],
  [2, "南郑区", 41, 43.5, 84.5],
  [3, "城固县", 41.5, 43.5, 85],
  ["", "安康市", 40.25, 42.25, 82.5],
  [4, "汉滨区", 40, 42.5, 82.5],
  [5, "旬阳市", 40.5, 42, 82.5],
  ["", "商洛市", 39, 41.5, 80.5],
  [6, "商州区", 39.5, 41, 80.5],
  [7, "洛南县", 38.5, 42, 80.5],
];
