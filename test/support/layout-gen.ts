/**
 * Generated score-sheet layouts for property tests of the reader (issue 8): the same classes as
 * the province fixtures — titles, units rows, one to three header rows with merges, unit words and
 * their padding, names with and without suffixes, sections, summary rows and notes, side-by-side
 * blocks, stacked and transposed tables, numbers as text or full-width, 2 or 3 decimals.
 *
 * fast-check draws the layout's shape; a seed it also draws picks the places and invents the
 * scores. What the reader must find is computed from that plan by test/support/layout-builder.ts.
 */
import fc from "fast-check";
import { SheetInput } from "../../src/core";
import {
  CITY_DEPARTMENTS,
  GANSU_CITIES,
  GANSU_LINXIA_GANNAN,
  GUANGDONG_CITIES,
  GUIZHOU_CITIES,
  HENAN_CITIES,
  HENAN_XINYANG,
  HUBEI_CITIES,
  HUBEI_ENSHI_TOWNS,
  HUNAN_CITIES,
  HUNAN_HUAIHUA,
  JIANGSU_CITIES,
  JIANGSU_COUNTIES,
  JIANGSU_XUANWU_STREETS,
  NEIMENGGU_CHIFENG,
  NEIMENGGU_HULUNBUIR,
  NEIMENGGU_LEAGUES,
  SHAANXI_CITIES,
  SHAANXI_ZIYANG_TOWNS,
  SICHUAN_CITIES,
  SICHUAN_JINJIANG_STREETS,
  SICHUAN_LIANGSHAN,
  XINJIANG_KASHGAR,
  XINJIANG_PREFECTURES,
  YUNNAN_CITIES,
  ZHEJIANG_ANJI_TOWNS,
  ZHEJIANG_CITIES,
} from "../fixtures/provinces/places";
import {
  After,
  ExpectedTable,
  Fill,
  Form,
  SheetBuilder,
  Shuffle,
  TablePlan,
  UnitPlan,
} from "./layout-builder";
import { Cell, prng } from "./sheet-builder";

/** A list of real places and the words provinces head its column with. */
interface Pool {
  readonly names: readonly string[];
  readonly words: readonly string[];
}

const CITY_POOLS: readonly Pool[] = [
  { names: GANSU_CITIES, words: ["市州", "市（州）"] },
  { names: SICHUAN_CITIES, words: ["市州", "市（州）"] },
  { names: HUNAN_CITIES, words: ["市州"] },
  { names: GUIZHOU_CITIES, words: ["市（州）", "市州"] },
  { names: HUBEI_CITIES, words: ["市州", "市（州）"] },
  { names: YUNNAN_CITIES, words: ["州市", "州（市）"] },
  { names: NEIMENGGU_LEAGUES, words: ["盟市"] },
  { names: GUANGDONG_CITIES, words: ["地市"] },
  { names: JIANGSU_CITIES, words: ["设区市"] },
  { names: ZHEJIANG_CITIES, words: ["设区市"] },
  { names: XINJIANG_PREFECTURES, words: ["地区"] },
  { names: HENAN_CITIES, words: ["市别"] },
  { names: SHAANXI_CITIES, words: ["市别", "地市"] },
];

const LOWER_POOLS: readonly Pool[] = [
  { names: NEIMENGGU_HULUNBUIR, words: ["旗县（市、区）", "旗县"] },
  { names: NEIMENGGU_CHIFENG, words: ["旗县（市、区）", "旗县"] },
  { names: GANSU_LINXIA_GANNAN, words: ["县市区"] },
  { names: SICHUAN_LIANGSHAN, words: ["县（市）", "县别"] },
  { names: HUNAN_HUAIHUA, words: ["区县（市）", "县市区"] },
  { names: JIANGSU_COUNTIES.north, words: ["县（市）"] },
  { names: XINJIANG_KASHGAR, words: ["县（市）", "县别"] },
  { names: HENAN_XINYANG, words: ["区县（市）", "县市区"] },
  { names: ZHEJIANG_ANJI_TOWNS, words: ["乡镇（街道）", "乡镇"] },
  { names: HUBEI_ENSHI_TOWNS, words: ["乡镇（街道）", "乡镇"] },
  { names: SHAANXI_ZIYANG_TOWNS, words: ["镇", "乡镇"] },
  { names: JIANGSU_XUANWU_STREETS, words: ["街道"] },
  { names: SICHUAN_JINJIANG_STREETS, words: ["街道"] },
  { names: CITY_DEPARTMENTS, words: ["单位名称", "被考核单位", "部门", "责任单位"] },
];

const PART_WORDS = ["日常考核", "年终考核", "专项考核", "交叉检查", "群众满意度", "重点工作"];
const SINGLE_WORDS = ["得分", "分值", "考核得分", "综合得分", "总分", "最终得分", "总得分"];
const TOTAL_WORDS = ["总分", "合计", "总计", "综合得分", "总得分", "最终得分", "考核得分"];
const RANK_WORDS = ["名次", "排名", "位次", "排序"];
const GROUP_WORDS = ["考核情况", "考核内容", "分项得分"];
const WEIGHTED = [
  { headers: ["日常考核（40%）", "年终考核（60%）"], weights: [40, 60] },
  { headers: ["日常考核(权重30%)", "年终考核(权重70%)"], weights: [30, 70] },
  { headers: ["平时考核（占50%）", "年度考核（占50%）"], weights: [50, 50] },
];
const SECTION_LABELS = [
  ["一类县（区）", "二类县（区）", "三类县（区）"],
  ["一、贫困县", "二、非贫困县", "三、其他县"],
  ["（一）城区", "（二）郊区", "（三）县"],
  ["一、第一组", "二、第二组", "三、第三组"],
];
const SUMMARIES: readonly After[] = [
  { summary: "全省平均", of: "mean" },
  { summary: "平均分", of: "mean" },
  { summary: "最高分", of: "max" },
  { summary: "最低分", of: "min" },
  { summary: "合计", of: "sum" },
];

export type LayoutKind = "plain" | "sections" | "blocks" | "transposed" | "stacked";
export type ScoreMode = "single" | "sum" | "unlabelled" | "absent" | "weighted";

/** The shape fast-check draws; `seed` picks places and scores. */
export interface LayoutChoice {
  readonly kind: LayoutKind;
  readonly mode: ScoreMode;
  readonly headerRows: 1 | 2 | 3;
  readonly precision: 2 | 3;
  readonly rank: boolean;
  readonly rankRestarts: boolean;
  readonly grade: boolean;
  readonly seq: boolean;
  readonly title: boolean;
  readonly unitsRow: boolean;
  readonly padHeader: boolean;
  readonly blankUnitHeader: boolean;
  readonly mergesKnown: boolean;
  readonly summaries: number;
  readonly note: boolean;
  readonly messyCells: boolean;
  /** Score cells carry a number format showing the sheet's decimals ("0.00", "0.000_ "). */
  readonly formatted: boolean;
  readonly blocks: 2 | 3;
  readonly blockGap: boolean;
  readonly sectionLabelAt: "merged" | "name";
  readonly seed: number;
}

export interface GenLayout {
  readonly choice: LayoutChoice;
  readonly sheets: readonly SheetInput[];
  readonly expected: readonly ExpectedTable[];
  readonly shuffles: readonly Shuffle[];
}

export const KINDS: readonly LayoutKind[] = [
  "plain",
  "sections",
  "blocks",
  "transposed",
  "stacked",
];

/** Layout choices of one kind (or any). */
export function choiceArb(kind?: LayoutKind): fc.Arbitrary<LayoutChoice> {
  return fc.record({
    kind: kind ? fc.constant(kind) : fc.constantFrom(...KINDS),
    mode: fc.constantFrom<ScoreMode>("single", "sum", "sum", "unlabelled", "absent", "weighted"),
    headerRows: fc.constantFrom<1 | 2 | 3>(1, 1, 2, 3),
    precision: fc.constantFrom<2 | 3>(2, 2, 3),
    rank: fc.boolean(),
    rankRestarts: fc.boolean(),
    grade: fc.boolean(),
    seq: fc.boolean(),
    title: fc.boolean(),
    unitsRow: fc.boolean(),
    padHeader: fc.boolean(),
    blankUnitHeader: fc.constantFrom(false, false, false, true),
    mergesKnown: fc.constantFrom(true, true, true, false),
    summaries: fc.integer({ min: 0, max: 31 }),
    note: fc.boolean(),
    messyCells: fc.boolean(),
    formatted: fc.boolean(),
    blocks: fc.constantFrom<2 | 3>(2, 3),
    blockGap: fc.boolean(),
    sectionLabelAt: fc.constantFrom<"merged" | "name">("merged", "name"),
    seed: fc.integer({ min: 1, max: 0x7fffffff }),
  });
}

/** Generated layouts of one kind (or any), rendered, with what the reader must find. */
export function layoutArb(kind?: LayoutKind): fc.Arbitrary<GenLayout> {
  return choiceArb(kind).map(renderLayout);
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

/** `count` items of a list, in the list's order. */
function someOf<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, items.length))
    chosen.add(Math.floor(random() * items.length));
  return [...chosen].sort((a, b) => a - b).map((i) => items[i]);
}

function padWord(word: string, pad: boolean): string {
  return pad && [...word].length === 2 ? [...word].join("\u3000") : word;
}

/** A name as a sheet may write it: in full, without its suffix, padded, with stray spaces. */
function spell(random: Random, name: string, fullOnly: boolean): string {
  const r = random();
  if (r < 0.15) return random() < 0.5 ? ` ${name}` : `${name} `;
  if (fullOnly || r < 0.6) return name;
  // Offices drop 市, 县 or 区 (汉中 for 汉中市); a banner (旗) or an autonomous county keeps its name.
  const m = /^(.{2,}?)(市|县|区)$/.exec(name);
  if (!m || name.includes("自治")) return name;
  return [...m[1]].length === 2 && r > 0.8
    ? [...m[1]].join(random() < 0.5 ? "\u3000" : "  ")
    : m[1];
}

/** Score ranges (whole steps at scale 2) for `parts` parts, or one total. */
function ranges(mode: ScoreMode, parts: number): [number, number][] {
  if (mode === "single") return [[7500, 9900]];
  if (mode === "weighted")
    return [
      [7500, 9900],
      [7500, 9900],
    ];
  return parts === 2
    ? [
        [3000, 3990],
        [5000, 5990],
      ]
    : [
        [2500, 2990],
        [4000, 4990],
        [1500, 1990],
      ];
}

/** One table's plan on its own (not yet placed). */
function tablePlan(c: LayoutChoice, random: Random, pool: Pool, kind: LayoutKind): TablePlan {
  const transposed = kind === "transposed";
  const mode = c.mode;
  const single = mode === "single";
  const parts = single ? 0 : mode === "weighted" ? 2 : between(random, 2, 3);
  const headerRows =
    single || transposed
      ? 1
      : kind === "blocks" || kind === "stacked"
        ? Math.min(c.headerRows, 2)
        : c.headerRows;
  const blocks = kind === "blocks" ? c.blocks : 1;
  const sectionCount = kind === "sections" ? between(random, 2, 3) : 1;
  const minUnits = Math.max(3, 2 * blocks, 2 * sectionCount);
  const count = between(random, minUnits, Math.min(pool.names.length, 24));
  const places = someOf(random, pool.names, count);
  const blankHeader = c.blankUnitHeader;
  const scale = c.precision;
  const stretch = 10 ** (scale - 2);
  const rs = ranges(mode, parts);
  // A place whose short name another place here shares (临夏市, 临夏县) keeps its suffix.
  const stem = (name: string) => name.replace(/(市|县|区)$/, "");
  const shared = (name: string) => places.some((p) => p !== name && stem(p) === stem(name));
  let units: UnitPlan[] = places.map((name) => {
    const scores = rs.map(([lo, hi]) => between(random, lo * stretch, hi * stretch + stretch - 1));
    const form: Form = c.messyCells
      ? pick(random, ["number", "number", "number", "text", "fullWidth", "suffix"] as const)
      : "number";
    return {
      id: name,
      name: spell(random, name, blankHeader || shared(name)),
      ...(single ? { total: scores[0] } : { parts: scores }),
      form,
    };
  });
  // A planted tie now and then: one unit scored exactly as another.
  if (random() < 0.4) {
    const from = between(random, 0, units.length - 1);
    const to = between(random, 0, units.length - 1);
    units = units.map((u, i) =>
      i === to ? { ...u, parts: units[from].parts, total: units[from].total } : u
    );
  }
  // The sheet's last decimal must show somewhere, or it would not be a sheet of that precision.
  const first = units[0];
  if (single) units[0] = { ...first, total: showLastDigit(first.total as number) };
  else
    units[0] = {
      ...first,
      parts: [showLastDigit((first.parts ?? [])[0]), ...(first.parts ?? []).slice(1)],
    };
  const graded = c.grade && (single || mode === "sum") && !transposed;
  if (graded) {
    const at = 10 ** scale;
    units = units.map((u) => {
      const t = u.total ?? (u.parts ?? []).reduce((a, p) => a + p, 0);
      return {
        ...u,
        grade: t >= 90 * at ? "优秀" : t >= 85 * at ? "良好" : t >= 80 * at ? "一般" : "较差",
      };
    });
  }

  const word = padWord(pick(random, pool.words), c.padHeader);
  const unitHeader: Cell = blankHeader ? null : word;
  const weighted = pick(random, WEIGHTED);
  const partHeaders = mode === "weighted" ? weighted.headers : someOf(random, PART_WORDS, parts);
  const totalHeader = single
    ? pick(random, SINGLE_WORDS)
    : mode === "unlabelled"
      ? "考核结果"
      : pick(random, TOTAL_WORDS);
  const rankHeader = c.padHeader && random() < 0.5 ? "名  次" : pick(random, RANK_WORDS);
  const restarts = kind === "sections" && c.rankRestarts;

  const fills: Fill[] = [];
  const leaf: Cell[] = [];
  const column = (fill: Fill, text: Cell) => {
    fills.push(fill);
    leaf.push(text);
  };
  if (c.seq && !transposed) column("seq", "序号");
  column("name", transposed ? pick(random, ["项目", "指标", word]) : unitHeader);
  partHeaders.forEach((h, i) => column(i, h));
  if (mode !== "absent") column("total", totalHeader);
  if (graded) column("grade", "等次");
  if (c.rank) column(restarts ? "sectionRank" : "rank", rankHeader);

  const header = headerRowsFor(fills, leaf, headerRows, pick(random, GROUP_WORDS));
  const after: After[] = [];
  if (kind !== "blocks" && !transposed)
    SUMMARIES.forEach((s, i) => {
      if (c.summaries & (1 << i) && after.length < 2) after.push(s);
    });
  if (c.note) after.push({ note: "注：本表得分由各项考核得分汇总，按总分从高到低排名。" });

  const title =
    c.title || kind === "stacked"
      ? [`2023年第${pick(random, ["一", "二", "三", "四"])}季度考核结果`]
      : undefined;
  const base: TablePlan = {
    precision: c.precision,
    ...(c.formatted ? { format: c.precision === 2 ? "0.00" : "0.000_ " } : {}),
    title,
    unitsRow: c.unitsRow ? "单位：分" : undefined,
    header,
    fills,
    total: single ? "given" : mode === "weighted" ? weighted.weights : "sum",
    blocks,
    blockGap: c.blockGap,
    after,
    orientation: transposed ? "columns" : "rows",
    ...(mode === "weighted"
      ? {
          weights: Object.fromEntries(
            weighted.headers.map((h, i) => [h, weighted.weights[i] / 100])
          ),
        }
      : {}),
  };
  if (kind !== "sections") return { ...base, units };
  const labels = pick(random, SECTION_LABELS).slice(0, sectionCount);
  const sections = labels.map((label, s) => {
    const from = Math.floor((s * units.length) / sectionCount);
    const to = Math.floor(((s + 1) * units.length) / sectionCount);
    return { label, units: units.slice(from, to) };
  });
  return { ...base, sections, sectionLabelAt: c.sectionLabelAt };
}

function showLastDigit(value: number): number {
  return value % 10 === 0 ? value + 3 : value;
}

/**
 * Header rows for the columns: one row of leaf headers; two with a group header over the parts
 * (everything else merged down); three with a group over parts and total and a second group over
 * the parts.
 */
function headerRowsFor(
  fills: readonly Fill[],
  leaf: readonly Cell[],
  rows: number,
  group: string
): Cell[][] {
  if (rows === 1) return [[...leaf]];
  const isPart = fills.map((f) => typeof f === "number");
  const firstPart = isPart.indexOf(true);
  const totalAt = fills.indexOf("total");
  if (rows === 2) {
    const top = leaf.map((h, c) => (isPart[c] ? (c === firstPart ? group : "<") : h));
    const bottom = leaf.map((h, c) => (isPart[c] ? h : "^"));
    return [top, bottom];
  }
  const spanTotal = totalAt === firstPart + isPart.filter(Boolean).length;
  const inTop = (c: number) => isPart[c] || (spanTotal && c === totalAt);
  const row1 = leaf.map((h, c) => (inTop(c) ? (c === firstPart ? "考核情况" : "<") : h));
  const row2 = leaf.map((h, c) =>
    isPart[c] ? (c === firstPart ? "分项得分" : "<") : inTop(c) ? h : "^"
  );
  const row3 = leaf.map((h, c) => (isPart[c] ? h : "^"));
  return [row1, row2, row3];
}

/** Renders a choice: one sheet, one table (two for "stacked"). */
export function renderLayout(choice: LayoutChoice): GenLayout {
  const random = prng(choice.seed);
  const normal: LayoutChoice =
    choice.blankUnitHeader && choice.kind === "transposed"
      ? { ...choice, blankUnitHeader: false }
      : choice;
  const sheet = new SheetBuilder("考核结果", normal.mergesKnown);
  if (normal.kind === "stacked") {
    sheet.table(tablePlan(normal, random, pick(random, CITY_POOLS), "stacked"));
    sheet.blank();
    if (random() < 0.5) sheet.blank();
    sheet.table(
      tablePlan(
        { ...normal, mode: pick(random, ["single", "sum", "absent"] as const) },
        random,
        pick(random, LOWER_POOLS),
        "stacked"
      )
    );
  } else {
    const pool = pick(random, random() < 0.5 ? CITY_POOLS : LOWER_POOLS);
    sheet.table(tablePlan(normal, random, pool, normal.kind));
  }
  return {
    choice,
    sheets: [sheet.build()],
    expected: sheet.tables.map((t) => t.expected),
    shuffles: sheet.tables.flatMap((t) => t.shuffles),
  };
}
