/**
 * Random score tables for property tests and formula checks: what each cell holds is generated
 * first (a score in thousandths of a point, and the form it is written in), then rendered as a
 * messy sheet. Expectations are computed from the generated data by ./reference.ts, never by the
 * engine.
 */
import fc from "fast-check";
import { CellArea, EMPTY, SheetInput } from "../../src/core";
import { Cell, fullWidth } from "./sheet-builder";

/** How a score cell is written. */
export type ScoreForm = "number" | "text" | "fullWidth" | "suffix" | "blank" | "junk";

export interface GenScore {
  readonly form: ScoreForm;
  /** The score in thousandths of a point; null for blank and junk cells. */
  readonly mills: number | null;
}

export interface GenUnit {
  /** Name as written in the sheet. */
  readonly name: string;
  /** Name without its suffix: what the unit is, across periods. */
  readonly base: string;
  readonly parent: string;
  readonly flagged: boolean;
  readonly parts: readonly GenScore[];
  readonly bonus: GenScore;
  readonly deduction: GenScore;
  readonly total: GenScore;
  /** The printed rank as written (a number, its text, or junk), when the table prints one. */
  readonly printedRank: Cell;
}

export interface GenTable {
  readonly sheet: string;
  readonly title: string | null;
  readonly unitsRow: boolean;
  readonly seq: boolean;
  readonly nameHeader: string;
  readonly partHeaders: readonly string[];
  readonly totalHeader: string;
  readonly rankHeader: string;
  readonly bonus: "none" | "addend" | "breakdown";
  readonly deduction: boolean;
  readonly printedTotal: boolean;
  readonly printedRank: boolean;
  /** "every": parent on each row; "merged": merged down each run; "pasted": first row of each run. */
  readonly parentMode: "none" | "every" | "merged" | "pasted";
  readonly flag: boolean;
  /** Index of the unit after which a blank row sits, or -1. */
  readonly blankAfter: number;
  readonly averageRow: boolean;
  readonly note: boolean;
  readonly units: readonly GenUnit[];
}

export interface GenCase {
  readonly id: number;
  readonly current: GenTable;
  readonly previous: GenTable | null;
}

/** A rendered sheet and where each unit's row is (1-based), by unit name. */
export interface RenderedSheet {
  readonly input: SheetInput;
  readonly rowOf: ReadonlyMap<string, number>;
}

export const FLAG_HEADER = "深度贫困县";

/** First characters of unit names, one per case, so that no two cases share a unit. */
const CASE_CHARS =
  "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星云风雷电山川河湖海江天地人和春夏秋冬东南西北" +
  "龙虎鹤松竹梅兰菊桃李杏柳槐桂枫樱荷莲玉珠琴书画诗";
/** Second characters: none is a name suffix (市 县 区 旗) or makes a summary row. */
const UNIT_CHARS =
  "安宁平利丰泰兴隆昌盛华阳德昭福禄寿喜文武长乐永庆光明新城太白石泉汉阴镇坪紫岚皋旬河宜川富洛黄陵靖边定米脂清涧府谷";
const SUFFIXES = ["县", "县", "区", ""];
const PART_HEADERS = ["交叉检查得分", "八办两组得分", "月通报得分"];
const NAME_HEADERS = ["县（区）", "单位", "县（市、区）", "市（区）", "县区"];
const TOTAL_HEADERS = ["总分", "合计", "综合得分"];
const RANK_HEADERS = ["排名", "名次", "位次"];

/** Part scores in hundredths: few values, so that ties are common. */
const PART_CENTS = [8850, 8860, 9000, 9012, 9050, 9120, 9500, 9820, 9985];
const BONUS_CENTS = [0, 10, 20, 50, 110, 120];
const DEDUCTION_CENTS = [50, 100, -50, 20];
const TOTAL_CENTS = [9135, 9145, 9247, 9500, 9980, 9012, 8850, 9145];

const SCORE_FORMS: readonly ScoreForm[] = [
  ...Array.from({ length: 8 }, () => "number" as const),
  "text",
  "fullWidth",
  "suffix",
  "blank",
  "junk",
];
/** Bonus and deduction cells are often blank. */
const EXTRA_FORMS: readonly ScoreForm[] = [
  ...Array.from({ length: 4 }, () => "number" as const),
  ...Array.from({ length: 3 }, () => "blank" as const),
  "text",
  "fullWidth",
  "suffix",
  "junk",
];

function form(kind: "score" | "extra"): fc.Arbitrary<ScoreForm> {
  return fc.constantFrom(...(kind === "score" ? SCORE_FORMS : EXTRA_FORMS));
}

/** A score from a pool of hundredths, now and then off by a thousandth or a half-hundredth. */
function score(pool: readonly number[], forms: fc.Arbitrary<ScoreForm>): fc.Arbitrary<GenScore> {
  return fc
    .record({
      form: forms,
      cents: fc.constantFrom(...pool),
      mills: fc.constantFrom(0, 0, 0, 0, 0, 0, 5, 5, 3, -3),
    })
    .map(({ form: f, cents, mills }) => ({
      form: f,
      mills: f === "blank" || f === "junk" ? null : cents * 10 + (cents < 0 ? -mills : mills),
    }));
}

interface Shape {
  readonly parts: number;
  readonly bonus: GenTable["bonus"];
  readonly deduction: boolean;
  readonly printedTotal: boolean;
  readonly printedRank: boolean;
  readonly parentMode: GenTable["parentMode"];
  readonly flag: boolean;
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  parts: fc.integer({ min: 1, max: 3 }),
  bonus: fc.constantFrom<GenTable["bonus"]>("none", "addend", "breakdown"),
  deduction: fc.boolean(),
  printedTotal: fc.boolean(),
  printedRank: fc.boolean(),
  parentMode: fc.constantFrom<GenTable["parentMode"]>("none", "every", "merged", "pasted"),
  flag: fc.boolean(),
});

function unitArb(shape: Shape): fc.Arbitrary<Omit<GenUnit, "name" | "base" | "parent">> {
  return fc.record({
    flagged: fc.boolean(),
    parts: fc.array(score(PART_CENTS, form("score")), {
      minLength: shape.parts,
      maxLength: shape.parts,
    }),
    bonus: score(BONUS_CENTS, form("extra")),
    deduction: score(DEDUCTION_CENTS, form("extra")),
    total: score(TOTAL_CENTS, form("score")),
    printedRank: fc.constantFrom<Cell>(1, 2, 3, "2", "第1名", null),
  });
}

/** Makes each score column read as a score column: numeric in most cells, at least one number. */
function fixColumns(units: GenUnit[], table: Omit<GenTable, "units">): GenUnit[] {
  const fixColumn = (get: (u: GenUnit) => GenScore, set: (u: GenUnit, s: GenScore) => GenUnit) => {
    const count = (f: (s: GenScore) => boolean) => units.filter((u) => f(get(u))).length;
    const numeric = () => count((s) => s.mills !== null);
    const nonBlank = () => count((s) => s.form !== "blank");
    for (let i = 0; i < units.length && (numeric() === 0 || numeric() * 2 < nonBlank()); i++) {
      const s = get(units[i]);
      if (s.mills === null) units[i] = set(units[i], { form: "number", mills: 1000 + i * 10 });
    }
  };
  table.partHeaders.forEach((_, p) =>
    fixColumn(
      (u) => u.parts[p],
      (u, s) => ({ ...u, parts: u.parts.map((x, i) => (i === p ? s : x)) })
    )
  );
  if (table.bonus !== "none")
    fixColumn(
      (u) => u.bonus,
      (u, s) => ({ ...u, bonus: s })
    );
  if (table.deduction)
    fixColumn(
      (u) => u.deduction,
      (u, s) => ({ ...u, deduction: s })
    );
  if (table.printedTotal)
    fixColumn(
      (u) => u.total,
      (u, s) => ({ ...u, total: s })
    );
  if (table.flag && !units.some((u) => u.flagged)) units[0] = { ...units[0], flagged: true };
  // At most one row without any score (it is skipped): more would make the two periods' tables
  // share too few units to be read as one level, which is not what these cases test.
  let unscored = 0;
  units.forEach((u, i) => {
    const scored =
      u.parts.some((p) => p.mills !== null) || (table.printedTotal && u.total.mills !== null);
    if (scored || unscored++ === 0) return;
    units[i] = { ...u, parts: [{ form: "number", mills: 90000 }, ...u.parts.slice(1)] };
  });
  return units;
}

/** One random table of `n` units named from the case's characters. */
function tableArb(id: number, sheetName: string, minUnits = 2, maxUnits = 40) {
  const caseChar = CASE_CHARS[id % CASE_CHARS.length];
  return shapeArb.chain((shape) =>
    fc
      .record({
        units: fc.array(unitArb(shape), { minLength: minUnits, maxLength: maxUnits }),
        suffixes: fc.array(fc.constantFrom(...SUFFIXES), { minLength: 40, maxLength: 40 }),
        parents: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 40, maxLength: 40 }),
        title: fc.constantFrom<string | null>(
          null,
          "第三季度考核结果",
          "2017年第三季度全省考核结果"
        ),
        unitsRow: fc.boolean(),
        seq: fc.boolean(),
        nameHeader: fc.constantFrom(...NAME_HEADERS),
        totalHeader: fc.constantFrom(...TOTAL_HEADERS),
        rankHeader: fc.constantFrom(...RANK_HEADERS),
        blankAfter: fc.integer({ min: -3, max: 38 }),
        averageRow: fc.boolean(),
        note: fc.boolean(),
      })
      .map((r): GenTable => {
        const parentNames = [0, 1, 2, 3].map((k) => `${caseChar}${"东西南北"[k]}市`);
        let units: GenUnit[] = r.units.map((u, i) => {
          const base = `${caseChar}${UNIT_CHARS[i]}`;
          return {
            ...u,
            base,
            name: `${base}${r.suffixes[i]}`,
            parent: parentNames[r.parents[i]],
          };
        });
        // Merged or pasted 所属市 blocks need each city's counties together, in administrative order.
        if (shape.parentMode === "merged" || shape.parentMode === "pasted")
          units = [...units].sort((a, b) => a.parent.localeCompare(b.parent));
        const table: Omit<GenTable, "units"> = {
          sheet: sheetName,
          title: r.title,
          unitsRow: r.unitsRow,
          seq: r.seq,
          nameHeader: r.nameHeader,
          partHeaders: PART_HEADERS.slice(0, shape.parts),
          totalHeader: r.totalHeader,
          rankHeader: r.rankHeader,
          bonus: shape.bonus,
          deduction: shape.deduction,
          printedTotal: shape.printedTotal,
          printedRank: shape.printedRank,
          parentMode: shape.parentMode,
          flag: shape.flag,
          blankAfter: r.blankAfter < units.length - 1 ? r.blankAfter : -1,
          averageRow: r.averageRow,
          note: r.note,
        };
        return { ...table, units: fixColumns(units, table) };
      })
  );
}

/**
 * A case: a current table and, for some, the previous period's table of the same units shuffled,
 * some missing, names written with or without their suffix, scored afresh.
 */
export function caseArb(id: number, options: { maxUnits?: number; sheetName?: string } = {}) {
  const base = options.sheetName ?? `例${String(id).padStart(2, "0")}`;
  const current = tableArb(id, `${base}-三季度`, 2, options.maxUnits ?? 40);
  return current.chain((cur) =>
    fc
      .record({
        hasPrevious: fc.boolean(),
        previous: tableArb(id, `${base}-二季度`, cur.units.length, cur.units.length),
        keep: fc.array(fc.integer({ min: 0, max: 9 }), {
          minLength: cur.units.length,
          maxLength: cur.units.length,
        }),
        order: fc.array(fc.integer(), { minLength: cur.units.length, maxLength: cur.units.length }),
        suffixes: fc.array(fc.constantFrom(...SUFFIXES), {
          minLength: cur.units.length,
          maxLength: cur.units.length,
        }),
      })
      .map(({ hasPrevious, previous, keep, order, suffixes }): GenCase => {
        if (!hasPrevious) return { id, current: cur, previous: null };
        // The previous table's units are the current ones: same places, scored afresh, shuffled,
        // about one in five missing (never so many that the tables stop looking like one level).
        const kept = cur.units
          .map((u, i) => ({ u, i }))
          .filter(({ i }) => keep[i] >= 2 || i < 2)
          .sort((a, b) => order[a.i] - order[b.i] || a.i - b.i)
          .map(({ u, i }) => ({
            ...previous.units[i],
            base: u.base,
            name: `${u.base}${suffixes[i]}`,
            parent: u.parent,
          }));
        const units =
          previous.parentMode === "merged" || previous.parentMode === "pasted"
            ? kept.sort((a, b) => a.parent.localeCompare(b.parent))
            : kept;
        return {
          id,
          current: cur,
          previous: {
            ...previous,
            title: previous.title?.replace("三", "二") ?? null,
            blankAfter: previous.blankAfter < units.length - 1 ? previous.blankAfter : -1,
            units: fixColumns(units, previous),
          },
        };
      })
  );
}

/** The text a score cell holds. */
export function scoreCell(s: GenScore): Cell {
  if (s.form === "blank") return null;
  if (s.form === "junk") return "缺考";
  const mills = s.mills as number;
  const value = mills / 1000;
  if (s.form === "number") return value;
  const text = mills % 10 === 0 ? value.toFixed(2) : value.toFixed(3);
  if (s.form === "text") return text;
  if (s.form === "fullWidth") return fullWidth(text);
  return `${text}分`;
}

/** Writes a generated table as a sheet: title, units row, header, rows, blank row, average, note. */
export function renderTable(t: GenTable): RenderedSheet {
  const header: string[] = [];
  const column = (text: string) => header.push(text) - 1;
  if (t.seq) column("序号");
  const nameCol = column(t.nameHeader);
  const parentCol = t.parentMode !== "none" ? column("所属市") : -1;
  const partCols = t.partHeaders.map(column);
  if (t.bonus !== "none") column(t.bonus === "addend" ? "加分" : "其中：加分");
  if (t.deduction) column("扣分");
  const totalCol = t.printedTotal ? column(t.totalHeader) : -1;
  if (t.printedRank) column(t.rankHeader);
  if (t.flag) column(FLAG_HEADER);
  const width = header.length;
  const rows: Cell[][] = [];
  const merges: CellArea[] = [];
  const blankLine = () => Array.from<Cell>({ length: width }).fill(null);
  const textLine = (text: string) => [text, ...blankLine().slice(1)];
  if (t.title) {
    rows.push(textLine(t.title));
    merges.push({ top: rows.length - 1, left: 0, bottom: rows.length - 1, right: width - 1 });
  }
  if (t.unitsRow) rows.push(textLine("单位：分"));
  rows.push(header);
  const rowOf = new Map<string, number>();
  let runStart = -1;
  t.units.forEach((u, i) => {
    const line: Cell[] = [];
    if (t.seq) line.push(i + 1);
    line.push(u.name);
    const firstOfRun = i === 0 || t.units[i - 1].parent !== u.parent;
    const lastOfRun = i === t.units.length - 1 || t.units[i + 1].parent !== u.parent;
    if (parentCol >= 0) line.push(t.parentMode === "every" || firstOfRun ? u.parent : null);
    line.push(...u.parts.map(scoreCell));
    if (t.bonus !== "none") line.push(scoreCell(u.bonus));
    if (t.deduction) line.push(scoreCell(u.deduction));
    if (t.printedTotal) line.push(scoreCell(u.total));
    if (t.printedRank) line.push(u.printedRank);
    if (t.flag) line.push(u.flagged ? (i % 2 ? "是" : "√") : null);
    if (firstOfRun) runStart = rows.length;
    rows.push(line);
    rowOf.set(u.name, rows.length);
    if (t.parentMode === "merged" && lastOfRun && rows.length - 1 > runStart)
      merges.push({ top: runStart, left: parentCol, bottom: rows.length - 1, right: parentCol });
    // A blank row inside the table (never inside a merged block: the merge would swallow it).
    if (i === t.blankAfter && !(t.parentMode === "merged" && !lastOfRun)) rows.push(blankLine());
  });
  if (t.averageRow) {
    const line = blankLine();
    line[nameCol] = "平均分";
    line[totalCol >= 0 ? totalCol : partCols[0]] = 90.12;
    rows.push(line);
  }
  if (t.note) {
    rows.push(textLine("注：总分按省里通报口径计算。"));
    rows.push(["制表：某某", null, "电话", 12345678]);
  }
  return {
    input: {
      name: t.sheet,
      values: rows.map((r) => r.map((v) => (v === null ? EMPTY : v))),
      // Pasted as values: the reader knows the sheet has no merges at all.
      merges: t.parentMode === "pasted" ? [] : merges,
    },
    rowOf,
  };
}

/** The case's sheets, previous period first (as a workbook usually holds them). */
export function renderCase(c: GenCase): RenderedSheet[] {
  return c.previous ? [renderTable(c.previous), renderTable(c.current)] : [renderTable(c.current)];
}
