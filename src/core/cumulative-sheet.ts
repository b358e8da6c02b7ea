import { Messages } from "../locales";
import { cellAddress, cellRef, columnRange, quoteSheetName, sheetRef } from "./address";
import { CumulativeStanding, CumulativeUnit } from "./cumulative";
import { gapToAboveExpr, gapToFirstExpr, rankExpr, stringLiteral } from "./formula";
import { historyPeriodLabel } from "./history-sheet";
import { fill } from "./i18n";
import { MatchKey } from "./names";
import { OUTPUT_MARKER } from "./output-sheets";
import { Period } from "./period";
import { RankingSheet } from "./ranking-sheet";
import {
  CellStyle,
  FORMAT,
  PlanCell,
  SheetPlan,
  flatRow,
  lazyRowsPlan,
  unitRowSource,
  scoreFormat,
} from "./sheet-plan";

/** Where a cumulative sheet keeps each value. */
export interface CumulativeLayout {
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly col: {
    readonly rank: number;
    readonly name: number;
    readonly parent: number | null;
    /** One total column per period counted. */
    readonly totals: readonly number[];
    readonly counted: number;
    readonly score: number;
    readonly gapToFirst: number;
    readonly gapToAbove: number;
    readonly previousScore: number;
    readonly previousRank: number;
    readonly rankChange: number;
    readonly key: number;
  };
}

/** The fields of a unit's row the report names cells for. */
export type CumulativeField =
  "score" | "rank" | "gapToFirst" | "gapToAbove" | "previousScore" | "previousRank" | "rankChange";

export interface CumulativeSheet {
  readonly plan: SheetPlan;
  readonly layout: CumulativeLayout;
  readonly standing: CumulativeStanding;
}

const HEADER_ROW = 2;
const ABS = { row: true, col: true } as const;

/**
 * Where each value of a cumulative ranking goes: rank, name (and parent), a total per period, the
 * count, the score, its gaps, the standing before the last period, the change, the match key.
 * @example cumulativeLayout(fourQuarters, "累计-2024年县区").col.score // => 8 (after 3 + 4 + 1 columns)
 */
export function cumulativeLayout(standing: CumulativeStanding, sheet: string): CumulativeLayout {
  let next = 0;
  const take = () => next++;
  const rank = take();
  const name = take();
  const parent = standing.units.some((u) => u.parent !== null) ? take() : null;
  const totals = standing.periods.map(take);
  const counted = take();
  const score = take();
  const gapToFirst = take();
  const gapToAbove = take();
  const previousScore = take();
  const previousRank = take();
  const rankChange = take();
  const key = take();
  const firstRow = HEADER_ROW + 1;
  return {
    sheet,
    firstRow,
    lastRow: firstRow + standing.units.length - 1,
    col: {
      rank,
      name,
      parent,
      totals,
      counted,
      score,
      gapToFirst,
      gapToAbove,
      previousScore,
      previousRank,
      rankChange,
      key,
    },
  };
}

const val = (v: number | null): number | string => (v === null ? "" : v);

/**
 * A level's cumulative (year-to-date) ranking for one year (累计-2024年县区): each unit's total in
 * every period counted, live from the ranking sheets by match key; how many it has; the average
 * (or sum), ranked with the tables' tie rule; the gaps to the first and to the next better score;
 * the same standing one period earlier and the change. A unit without a total in some period is
 * listed but not ranked (the note under the table says so).
 * @example planCumulativeSheet(standing, "累计-2024年县区", rankings, highlight, messages)
 *   // row 4: [1, 平利县, 安康市, 99.1, 99.8, 2, =IF(COUNT(D4:E4)=2,ROUND(SUM(D4:E4)/2,2),""), …]
 */
export function planCumulativeSheet(
  standing: CumulativeStanding,
  name: string,
  rankings: ReadonlyMap<string, RankingSheet>,
  highlight: ReadonlySet<MatchKey>,
  messages: Messages
): CumulativeSheet {
  const m = messages.cumulative;
  const layout = cumulativeLayout(standing, name);
  const c = layout.col;
  const width = c.key + 1;
  const k = standing.periods.length;
  const d = standing.decimals;
  const ties = standing.ties;
  const periods = standing.periods.map((a) => a.table.period as Period);
  const method = m.methods[standing.method];
  const levelName = messages.level[standing.levelKind];
  const title = fill(m.title, {
    year: standing.year === null ? "" : fill(m.year, { year: standing.year }),
    level: levelName,
    from: historyPeriodLabel(periods[0], true, messages),
    to: historyPeriodLabel(periods[k - 1], true, messages),
    n: k,
    method,
  }).trim();
  const sources = standing.periods.map((a) => {
    const r = rankings.get(a.id);
    if (!r) throw new RangeError(`planCumulativeSheet: no ranking sheet for ${a.id}`);
    return r;
  });
  const top: PlanCell[][] = [
    [{ value: title, style: "title" }],
    [
      {
        value: `${OUTPUT_MARKER}${fill(messages.sheets.marker, {
          source: sources.map((s) => s.plan.name).join(messages.history.separator),
        })}`,
        style: "subtitle",
      },
    ],
  ];
  const header: PlanCell[] = Array.from({ length: width }, () => ({
    value: null,
    style: "header" as CellStyle,
  }));
  const set = (col: number | null, text: string) => {
    if (col !== null) header[col] = { value: text, style: "header", format: FORMAT.text };
  };
  const cols = messages.sheets.columns;
  set(c.rank, cols.rank);
  set(c.name, cols.name);
  set(c.parent, cols.parent);
  periods.forEach((p, i) =>
    set(c.totals[i], fill(m.periodTotal, { period: historyPeriodLabel(p, true, messages) }))
  );
  set(c.counted, m.counted);
  set(c.score, fill(m.score, { method }));
  set(c.gapToFirst, cols.gapToFirst);
  set(c.gapToAbove, cols.gapToAbove);
  set(c.previousScore, fill(m.previousScore, { method }));
  set(c.previousRank, m.previousRank);
  set(c.rankChange, cols.rankChange);
  set(c.key, cols.key);
  top.push(header);

  const lookups = sources.map((s) => {
    const l = s.layout;
    const range = (col: number) => sheetRef(l.sheet, columnRange(col, l.firstRow, l.lastRow, ABS));
    return { totals: range(l.col.total), keys: range(l.col.key) };
  });
  const scores = columnRange(c.score, layout.firstRow, layout.lastRow, ABS);
  const previousScores = columnRange(c.previousScore, layout.firstRow, layout.lastRow, ABS);
  const scoreFmt = scoreFormat(d);
  // The score's own rule, as text: average over all `n` periods, or their sum.
  const scoreOf = (range: string, n: number) =>
    standing.method === "average"
      ? `=IF(COUNT(${range})=${n},ROUND(SUM(${range})/${n},${d}),"")`
      : `=IF(COUNT(${range})=${n},ROUND(SUM(${range}),${d}),"")`;
  /** A unit's row, made when a writer asks for it. */
  const unitLine = (u: CumulativeUnit, i: number): PlanCell[] => {
    const r = layout.firstRow + i;
    const at = (col: number) => cellRef(r, col);
    const key = cellRef(r, c.key, { col: true });
    const line: PlanCell[] = Array.from({ length: width }, () => ({ value: null, style: "body" }));
    const guarded = (cell: string, expr: string) => `=IF(ISNUMBER(${cell}),${expr},"")`;
    line[c.name] = {
      value: u.name,
      style: highlight.has(u.key) ? "own" : "body",
      format: FORMAT.text,
    };
    if (c.parent !== null) line[c.parent] = { value: u.parent, style: "body", format: FORMAT.text };
    lookups.forEach((l, p) => {
      line[c.totals[p]] = {
        value: val(u.totals[p]),
        formula: `=IFERROR(INDEX(${l.totals},MATCH(${key},${l.keys},0)),"")`,
        format: scoreFormat(standing.periods[p].table.precision),
        style: "body",
      };
    });
    const all = `${at(c.totals[0])}:${at(c.totals[k - 1])}`;
    const before = `${at(c.totals[0])}:${at(c.totals[k - 2])}`;
    line[c.counted] = {
      value: u.counted,
      formula: `=COUNT(${all})`,
      format: FORMAT.rank,
      style: u.counted < k ? "warn" : "body",
    };
    const s = at(c.score);
    line[c.score] = {
      value: val(u.score),
      formula: scoreOf(all, k),
      format: scoreFmt,
      style: "body",
    };
    line[c.rank] = {
      value: val(u.rank),
      formula: guarded(s, rankExpr(s, scores, ties)),
      format: FORMAT.rank,
      style: "body",
    };
    line[c.gapToFirst] = {
      value: val(u.gapToFirst),
      formula: guarded(s, gapToFirstExpr(s, scores, d)),
      format: scoreFmt,
      style: "body",
    };
    line[c.gapToAbove] = {
      value: val(u.gapToAbove),
      formula: guarded(s, gapToAboveExpr(s, scores, d)),
      format: scoreFmt,
      style: "body",
    };
    const ps = at(c.previousScore);
    line[c.previousScore] = {
      value: val(u.previousScore),
      formula: scoreOf(before, k - 1),
      format: scoreFmt,
      style: "body",
    };
    line[c.previousRank] = {
      value: val(u.previousRank),
      formula: guarded(ps, rankExpr(ps, previousScores, ties)),
      format: FORMAT.rank,
      style: "body",
    };
    const pr = at(c.previousRank);
    const now = at(c.rank);
    line[c.rankChange] = {
      value: val(u.rankChange),
      formula: `=IF(AND(ISNUMBER(${pr}),ISNUMBER(${now})),${pr}-${now},"")`,
      format: FORMAT.change,
      style: "body",
    };
    line[c.key] = { value: u.key, style: "key", format: FORMAT.text };
    return flatRow(line);
  };
  const notes: PlanCell[][] = [[], [{ value: fill(m.note, { method, n: k }), style: "note" }]];
  const units = standing.units;

  const plan = lazyRowsPlan(
    {
      name,
      kind: "cumulative",
      columnWidths: Array.from({ length: width }, (_, i) =>
        i === c.name ? 12 : i === c.key ? 8 : 10
      ),
      freeze: { rows: HEADER_ROW + 1, columns: c.name + 1 },
      merges: [
        { top: 0, left: 0, bottom: 0, right: width - 1 },
        { top: 1, left: 0, bottom: 1, right: width - 1 },
      ],
      print: { landscape: width > 9, repeatRows: [HEADER_ROW + 1, HEADER_ROW + 1] },
      rowHeights: [24, undefined, 36],
      charts: [],
      table: { top: HEADER_ROW, left: 0, bottom: layout.lastRow, right: width - 1 },
      conditionalFormats: [
        {
          area: {
            top: layout.firstRow,
            left: c.rankChange,
            bottom: layout.lastRow,
            right: c.rankChange,
          },
          kind: "signColors",
        },
      ],
    },
    unitRowSource(top, units, unitLine, notes, width)
  );
  return { plan, layout, standing };
}

/**
 * A unit's value on a cumulative sheet, found by match key, for the briefing.
 * @example cumulativeRef(sheet, "安康", "rank")
 *   // => "INDEX('累计-2017年市级'!$A$4:$A$14,MATCH(\"安康\",'累计-2017年市级'!$L$4:$L$14,0))"
 */
export function cumulativeRef(
  sheet: CumulativeSheet,
  key: MatchKey,
  field: CumulativeField
): string {
  const l = sheet.layout;
  const col = {
    score: l.col.score,
    rank: l.col.rank,
    gapToFirst: l.col.gapToFirst,
    gapToAbove: l.col.gapToAbove,
    previousScore: l.col.previousScore,
    previousRank: l.col.previousRank,
    rankChange: l.col.rankChange,
  }[field];
  const range = (c: number) => sheetRef(l.sheet, columnRange(c, l.firstRow, l.lastRow, ABS));
  return `INDEX(${range(col)},MATCH(${stringLiteral(key)},${range(l.col.key)},0))`;
}

/**
 * Each unit's cells with a value, sheet-qualified, for the report.
 * @example cumulativeCells(sheet, 0) // => { score: "'累计-2017年市级'!F4", rank: "'累计-2017年市级'!A4", … }
 */
export function cumulativeCells(
  sheet: CumulativeSheet,
  index: number
): Partial<Record<CumulativeField, string>> {
  const l = sheet.layout;
  const u = sheet.standing.units[index];
  const at = (col: number) => `${quoteSheetName(l.sheet)}!${cellAddress(l.firstRow + index, col)}`;
  const out: Partial<Record<CumulativeField, string>> = {};
  const values: Record<CumulativeField, [number | null, number]> = {
    score: [u.score, l.col.score],
    rank: [u.rank, l.col.rank],
    gapToFirst: [u.gapToFirst, l.col.gapToFirst],
    gapToAbove: [u.gapToAbove, l.col.gapToAbove],
    previousScore: [u.previousScore, l.col.previousScore],
    previousRank: [u.previousRank, l.col.previousRank],
    rankChange: [u.rankChange, l.col.rankChange],
  };
  for (const [field, [value, col]] of Object.entries(values) as [
    CumulativeField,
    [number | null, number],
  ][])
    if (value !== null) out[field] = at(col);
  return out;
}
