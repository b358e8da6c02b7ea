import { Messages } from "../locales";
import {
  cellAddress,
  cellRef,
  columnLabel,
  columnRange,
  quoteSheetName,
  sheetRef,
} from "./address";
import { CellArea } from "./cells";
import { stringLiteral } from "./formula";
import { LevelHistory, TOP_PLACES, UnitHistory } from "./history";
import { fill, periodLabel } from "./i18n";
import { MatchKey } from "./names";
import { OUTPUT_MARKER } from "./output-sheets";
import { Period } from "./period";
import { RankingSheet } from "./ranking-sheet";
import {
  CellStyle,
  ChartPlan,
  FORMAT,
  PlanCell,
  SheetPlan,
  flatRow,
  lazyRowsPlan,
  unitRowSource,
  scoreFormat,
} from "./sheet-plan";

/** Where the history sheet keeps each value, so the briefing and the report can point at it. */
export interface HistoryLayout {
  readonly sheet: string;
  /** 0-based rows of the first and last unit. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** The row counting each period's ranked units (参评单位数). */
  readonly fieldRow: number;
  readonly col: {
    readonly name: number;
    readonly parent: number | null;
    /** One rank column and one total column per period, in period order. */
    readonly ranks: readonly number[];
    readonly totals: readonly number[];
    readonly changeFromFirst: number;
    readonly changeFromPrevious: number;
    readonly best: number;
    readonly worst: number;
    readonly topStreak: number;
    readonly bottomStreak: number;
    readonly fallingStreak: number;
    readonly key: number;
  };
}

/** The fields of a unit's history row other than its per-period ranks and totals. */
export type HistoryField =
  | "changeFromFirst"
  | "changeFromPrevious"
  | "best"
  | "worst"
  | "topStreak"
  | "bottomStreak"
  | "fallingStreak";

export interface HistorySheet {
  readonly plan: SheetPlan;
  readonly layout: HistoryLayout;
  readonly history: LevelHistory;
}

/** Which units the line chart follows: the own unit, its members, the benchmarks at this level. */
export interface HistoryChartUnits {
  /** Match keys in series order. */
  readonly keys: readonly MatchKey[];
  /** Keys drawn in the highlight colour (the own unit). */
  readonly highlight: ReadonlySet<MatchKey>;
}

const HEADER_TOP = 2;
const CHART_ROWS = 20;
const ABS = { row: true, col: true } as const;

/**
 * Where each value of a level's history goes: name (and parent), a rank column per period, the
 * change and streak columns, a total column per period, the match key; two header rows and the
 * field-size row above the units.
 * @example historyLayout(twoQuarters, "排名走势-县区").col // => { name: 0, parent: 1, ranks: [2, 3], changeFromFirst: 4, …, totals: [11, 12], key: 13 }
 */
export function historyLayout(history: LevelHistory, sheet: string): HistoryLayout {
  const p = history.periods.length;
  const hasParent = history.units.some((u) => u.parent !== null);
  let next = 0;
  const take = () => next++;
  const many = (n: number) => Array.from({ length: n }, take);
  const name = take();
  const parent = hasParent ? take() : null;
  const ranks = many(p);
  const changeFromFirst = take();
  const changeFromPrevious = take();
  const best = take();
  const worst = take();
  const topStreak = take();
  const bottomStreak = take();
  const fallingStreak = take();
  const totals = many(p);
  const key = take();
  const fieldRow = HEADER_TOP + 2;
  const firstRow = fieldRow + 1;
  return {
    sheet,
    firstRow,
    lastRow: firstRow + history.units.length - 1,
    fieldRow,
    col: {
      name,
      parent,
      ranks,
      totals,
      changeFromFirst,
      changeFromPrevious,
      best,
      worst,
      topStreak,
      bottomStreak,
      fallingStreak,
      key,
    },
  };
}

/**
 * A period's label in a history: without the year when every period is of the same year (1月,
 * 第一季度), with it otherwise (2023年12月, 2024年1月).
 * @example historyPeriodLabel({ year: 2024, kind: "month", index: 1 }, true, zhCN) // => "1月"
 */
export function historyPeriodLabel(p: Period, sameYear: boolean, messages: Messages): string {
  return periodLabel(sameYear ? { ...p, year: null } : p, messages);
}

/**
 * A step for a rank axis of `max` places that gives about ten ticks: 1, 2, 5, 10, 20, 50 …
 * @example rankAxisStep(96) // => 10; rankAxisStep(11) // => 1
 */
export function rankAxisStep(max: number): number {
  const raw = Math.max(1, (max - 1) / 10);
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
}

/**
 * Formulas shared by every row of one column: the ranking sheets' ranges, quoted once. A rank or
 * total is found on its period's ranking sheet by match key (INDEX/MATCH), so sorting a ranking
 * table moves nothing here, and a unit the period does not list shows blank.
 */
function periodLookups(history: LevelHistory, rankings: ReadonlyMap<string, RankingSheet>) {
  return history.periods.map((a) => {
    const r = rankings.get(a.id);
    if (!r) throw new RangeError(`planHistorySheet: no ranking sheet for ${a.id}`);
    const l = r.layout;
    const range = (col: number) => sheetRef(l.sheet, columnRange(col, l.firstRow, l.lastRow, ABS));
    return { ranks: range(l.col.rank), totals: range(l.col.total), keys: range(l.col.key) };
  });
}

const blank = (style: CellStyle = "body"): PlanCell => ({ value: null, style });

/** The array constant {1,2,…,n}: each period's position in a row of n. */
function positions(n: number): string {
  return `{${Array.from({ length: n }, (_, i) => i + 1).join(",")}}`;
}
const val = (v: number | null): number | string => (v === null ? "" : v);

/**
 * The rank history of one level (排名走势-县区): for each unit its rank and total in every period,
 * live from the ranking sheets; the change since the first and since the previous period; best
 * and worst rank; how many periods in a row it has been in the top three, inside the bottom-N
 * line and falling; then a line chart of the followed units' ranks, rank 1 on top.
 * @example planHistorySheet(history, "排名走势-县区", rankings, chartUnits, messages).plan.rows[5]
 *   // => [平利县, 安康市, =IFERROR(INDEX('排名-1月'!$A$4:$A$99,MATCH($Z6,…,0)),"") …]
 */
export function planHistorySheet(
  history: LevelHistory,
  name: string,
  rankings: ReadonlyMap<string, RankingSheet>,
  chartUnits: HistoryChartUnits,
  messages: Messages
): HistorySheet {
  const m = messages.history;
  const layout = historyLayout(history, name);
  const c = layout.col;
  const width = c.key + 1;
  const n = history.periods.length;
  const periods = history.periods.map((a) => a.table.period as Period);
  const sameYear = periods.every((p) => p.year === periods[0].year);
  const labels = periods.map((p) => historyPeriodLabel(p, sameYear, messages));
  const levelName = messages.level[history.levelKind];
  const title = fill(m.title, {
    level: levelName,
    from: periodLabel(periods[0], messages),
    to: periodLabel(periods[n - 1], messages),
    n,
  }).trim();
  const top: PlanCell[][] = [
    [{ value: title, style: "title" }],
    [
      {
        value: `${OUTPUT_MARKER}${fill(messages.sheets.marker, {
          source: history.periods
            .map((a) => rankings.get(a.id)?.plan.name ?? a.id)
            .join(m.separator),
        })}`,
        style: "subtitle",
      },
    ],
  ];
  const merges: CellArea[] = [
    { top: 0, left: 0, bottom: 0, right: width - 1 },
    { top: 1, left: 0, bottom: 1, right: width - 1 },
  ];
  // Two header rows: groups over the columns, then each column's own header.
  const group: PlanCell[] = Array.from({ length: width }, () => blank("header"));
  const header: PlanCell[] = Array.from({ length: width }, () => blank("header"));
  const text = (value: string): PlanCell => ({ value, style: "header", format: FORMAT.text });
  const tall = (col: number | null, value: string) => {
    if (col === null) return;
    group[col] = text(value);
    merges.push({ top: HEADER_TOP, left: col, bottom: HEADER_TOP + 1, right: col });
  };
  const span = (from: number, to: number, value: string) => {
    group[from] = text(value);
    if (to > from) merges.push({ top: HEADER_TOP, left: from, bottom: HEADER_TOP, right: to });
  };
  tall(c.name, messages.sheets.columns.name);
  tall(c.parent, messages.sheets.columns.parent);
  tall(c.key, messages.sheets.columns.key);
  span(c.ranks[0], c.ranks[n - 1], m.ranks);
  span(c.changeFromFirst, c.fallingStreak, m.trends);
  span(c.totals[0], c.totals[n - 1], m.totals);
  labels.forEach((label, p) => {
    header[c.ranks[p]] = text(label);
    header[c.totals[p]] = text(label);
  });
  header[c.changeFromFirst] = text(m.changeFromFirst);
  header[c.changeFromPrevious] = text(m.changeFromPrevious);
  header[c.best] = text(m.best);
  header[c.worst] = text(m.worst);
  header[c.topStreak] = text(m.topStreak);
  header[c.bottomStreak] = text(fill(m.bottomStreak, { n: history.bottomLine }));
  header[c.fallingStreak] = text(m.fallingStreak);
  top.push(group, header);

  const lookups = periodLookups(history, rankings);
  const field: PlanCell[] = Array.from({ length: width }, () => blank());
  field[c.name] = { value: m.fieldSize, style: "note", format: FORMAT.text };
  lookups.forEach((l, p) => {
    field[c.ranks[p]] = {
      value: history.fieldSizes[p],
      formula: `=COUNT(${l.ranks})`,
      format: FORMAT.rank,
      style: "body",
    };
  });
  top.push(field);

  const rankRow = (r: number, from: number, to: number) =>
    `${cellRef(r, c.ranks[from])}:${cellRef(r, c.ranks[to])}`;
  const fieldRange = `${cellRef(layout.fieldRow, c.ranks[0], ABS)}:${cellRef(layout.fieldRow, c.ranks[n - 1], ABS)}`;
  const scoreFmt = history.periods.map((a) => scoreFormat(a.table.precision));
  const line = history.bottomLine;
  /** A unit's row, made when a writer asks for it. */
  const unitLine = (u: UnitHistory, i: number): PlanCell[] => {
    const r = layout.firstRow + i;
    const at = (col: number) => cellRef(r, col);
    const key = cellRef(r, c.key, { col: true });
    const cells: PlanCell[] = Array.from({ length: width }, () => blank());
    cells[c.name] = {
      value: u.name,
      style: chartUnits.highlight.has(u.key) ? "own" : "body",
      format: FORMAT.text,
    };
    if (c.parent !== null)
      cells[c.parent] = { value: u.parent, style: "body", format: FORMAT.text };
    lookups.forEach((l, p) => {
      cells[c.ranks[p]] = {
        value: val(u.ranks[p]),
        formula: `=IFERROR(INDEX(${l.ranks},MATCH(${key},${l.keys},0)),"")`,
        format: FORMAT.rank,
        style: "body",
      };
      cells[c.totals[p]] = {
        value: val(u.totals[p]),
        formula: `=IFERROR(INDEX(${l.totals},MATCH(${key},${l.keys},0)),"")`,
        format: scoreFmt[p],
        style: "body",
      };
    });
    const first = at(c.ranks[0]);
    const last = at(c.ranks[n - 1]);
    const before = at(c.ranks[n - 2]);
    const all = rankRow(r, 0, n - 1);
    const change = (from: string): string =>
      `=IF(AND(ISNUMBER(${from}),ISNUMBER(${last})),${from}-${last},"")`;
    cells[c.changeFromFirst] = {
      value: val(u.changeFromFirst),
      formula: change(first),
      format: FORMAT.change,
      style: "body",
    };
    cells[c.changeFromPrevious] = {
      value: val(u.changeFromPrevious),
      formula: change(before),
      format: FORMAT.change,
      style: "body",
    };
    cells[c.best] = {
      value: val(u.best),
      formula: `=IF(COUNT(${all})=0,"",MIN(${all}))`,
      format: FORMAT.rank,
      style: "body",
    };
    cells[c.worst] = {
      value: val(u.worst),
      formula: `=IF(COUNT(${all})=0,"",MAX(${all}))`,
      format: FORMAT.rank,
      style: "body",
    };
    // A streak is the periods after the last one that breaks it: SUMPRODUCT makes MAX see each
    // period's position where the condition fails (0 where it holds) without an array formula.
    // Positions are a constant {1,2,…}: COLUMN(range) is a single number in some engines.
    const streak = (count: number, holds: string) =>
      `=${count}-SUMPRODUCT(MAX((1-${holds})*${positions(count)}))`;
    cells[c.topStreak] = {
      value: u.streaks.topThree,
      formula: streak(n, `ISNUMBER(${all})*(${all}<=${TOP_PLACES})`),
      format: FORMAT.rank,
      style: "body",
    };
    cells[c.bottomStreak] = {
      value: u.streaks.bottom,
      formula: streak(
        n,
        `ISNUMBER(${all})*(${fieldRange}>=${2 * line})*(${all}>${fieldRange}-${line})`
      ),
      format: FORMAT.rank,
      style: "body",
    };
    const later = rankRow(r, 1, n - 1);
    const earlier = rankRow(r, 0, n - 2);
    cells[c.fallingStreak] = {
      value: u.streaks.falling,
      formula: streak(n - 1, `ISNUMBER(${later})*ISNUMBER(${earlier})*(${later}>${earlier})`),
      format: FORMAT.rank,
      style: "body",
    };
    cells[c.key] = { value: u.key, style: "key", format: FORMAT.text };
    return flatRow(cells);
  };
  const units = history.units;
  // Rows under the units (the chart and its data) are numbered from the units' end.
  const tail: PlanCell[][] = [];
  const rowsAbove = top.length + units.length;
  const nextRow = () => rowsAbove + tail.length;

  const charts: ChartPlan[] = [];
  const followed = chartUnits.keys
    .map((k) => history.units.find((u) => u.key === k))
    .filter((u): u is UnitHistory => u !== undefined);
  if (followed.length) {
    tail.push([]);
    const chartTop = nextRow();
    while (nextRow() < chartTop + CHART_ROWS) tail.push([]);
    tail.push([{ value: m.chartData, style: "section" }]);
    tail.push([blank(), ...followed.map((u) => text(u.name))]);
    const dataTop = nextRow();
    const keys = sheetRef(name, columnRange(c.key, layout.firstRow, layout.lastRow, ABS));
    labels.forEach((label, p) => {
      const ranks = sheetRef(name, columnRange(c.ranks[p], layout.firstRow, layout.lastRow, ABS));
      tail.push([
        { value: label, style: "body", format: FORMAT.text },
        ...followed.map((u): PlanCell => {
          const rank = u.ranks[p];
          // A line chart plots text ("") as 0, which on a rank axis would read as first place: a
          // missing rank is #N/A, which Excel skips. Ranks missing now are left blank, so every
          // formula written has the engine's value.
          if (rank === null) return blank();
          const at = `INDEX(${ranks},MATCH(${stringLiteral(u.key)},${keys},0))`;
          return {
            value: rank,
            formula: `=IF(ISNUMBER(${at}),${at},NA())`,
            format: FORMAT.rank,
            style: "body",
          };
        }),
      ]);
    });
    const last = nextRow() - 1;
    const maxField = Math.max(...history.fieldSizes, 2);
    charts.push({
      kind: "line",
      title: fill(m.chartTitle, { level: levelName }).trim(),
      categories: `A${dataTop + 1}:A${last + 1}`,
      values: followed.map((u, i) => ({
        name: u.name,
        range: `${columnLabel(i + 1)}${dataTop + 1}:${columnLabel(i + 1)}${last + 1}`,
      })),
      highlight: followed.flatMap((u, i) => (chartUnits.highlight.has(u.key) ? [i] : [])),
      valueAxis: {
        reversed: true,
        min: 1,
        max: maxField,
        majorUnit: rankAxisStep(maxField),
        format: FORMAT.rank,
      },
      anchor: { row: chartTop, col: 0, rows: CHART_ROWS, cols: Math.min(width, 10) },
    });
  }

  const widths = Array.from({ length: width }, (_, i) =>
    i === c.name ? 12 : i === c.key ? 8 : i === c.parent ? 10 : 8
  );
  const plan = lazyRowsPlan(
    {
      name,
      kind: "history",
      columnWidths: widths,
      freeze: { rows: layout.firstRow, columns: (c.parent ?? c.name) + 1 },
      merges,
      print: { landscape: true, repeatRows: [HEADER_TOP + 1, layout.firstRow] },
      rowHeights: [24, undefined, 20, 36],
      charts,
      conditionalFormats: [
        {
          area: {
            top: layout.firstRow,
            left: c.changeFromFirst,
            bottom: Math.max(layout.firstRow, layout.lastRow),
            right: c.changeFromPrevious,
          },
          kind: "signColors",
        },
      ],
    },
    unitRowSource(top, units, unitLine, tail, Math.max(width, ...tail.map((line) => line.length)))
  );
  return { plan, layout, history };
}

/**
 * Expressions for one unit's values on a history sheet, found by its match key (as the comparison
 * sheets find units on ranking sheets), for the briefing's sentences.
 * @example the sample's county history (two quarters, 96 counties):
 *   historyRefs(sheet, "汉滨").field("fallingStreak")
 *   // => "INDEX('排名走势-县区'!$K$6:$K$101,MATCH(\"汉滨\",'排名走势-县区'!$N$6:$N$101,0))"
 */
export function historyRefs(
  sheet: HistorySheet,
  key: MatchKey
): { rank: (period: number) => string; field: (f: HistoryField) => string } {
  const l = sheet.layout;
  const keys = sheetRef(l.sheet, columnRange(l.col.key, l.firstRow, l.lastRow, ABS));
  const at = (col: number) =>
    `INDEX(${sheetRef(l.sheet, columnRange(col, l.firstRow, l.lastRow, ABS))},MATCH(${stringLiteral(key)},${keys},0))`;
  const columns: Record<HistoryField, number> = {
    changeFromFirst: l.col.changeFromFirst,
    changeFromPrevious: l.col.changeFromPrevious,
    best: l.col.best,
    worst: l.col.worst,
    topStreak: l.col.topStreak,
    bottomStreak: l.col.bottomStreak,
    fallingStreak: l.col.fallingStreak,
  };
  return { rank: (p) => at(l.col.ranks[p]), field: (f) => at(columns[f]) };
}

/**
 * A unit's cells on the history sheet, sheet-qualified, for the report.
 * @example historyCells(sheet, 0).ranks[0] // => "'排名走势-县区'!C6"
 */
export function historyCells(
  sheet: HistorySheet,
  index: number
): { ranks: string[]; totals: string[] } & Record<HistoryField, string> {
  const l = sheet.layout;
  const r = l.firstRow + index;
  const q = quoteSheetName(l.sheet);
  const at = (col: number) => `${q}!${cellAddress(r, col)}`;
  return {
    ranks: l.col.ranks.map(at),
    totals: l.col.totals.map(at),
    changeFromFirst: at(l.col.changeFromFirst),
    changeFromPrevious: at(l.col.changeFromPrevious),
    best: at(l.col.best),
    worst: at(l.col.worst),
    topStreak: at(l.col.topStreak),
    bottomStreak: at(l.col.bottomStreak),
    fallingStreak: at(l.col.fallingStreak),
  };
}
