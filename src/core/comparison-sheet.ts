import { Messages } from "../locales";
import { cellAddress, cellRef, columnRange, sheetRef } from "./address";
import { rankWithoutExpr, stringLiteral } from "./formula";
import { CellArea } from "./cells";
import { TableAnalysis, UnitResult } from "./analyze";
import { GapAnalysis, TermGap } from "./gaps";
import { fill, periodLabel } from "./i18n";
import { OUTPUT_MARKER } from "./output-sheets";
import { RankingSheet } from "./ranking-sheet";
import { CellStyle, FORMAT, PlanCell, SheetPlan, scoreFormat } from "./sheet-plan";
import { TableColumn, columnsWithRole } from "./table";
import { WeightFit } from "./weights";
import { closingPoints, closingPointsExpr } from "./targets";
import { scenarioOutcome } from "./scenario";
import type { PeerCells } from "./briefing";

/** Addresses of one unit's values on its ranking sheet, for formulas on other sheets. */
export interface UnitRefs {
  readonly total: string;
  readonly rank: string;
  readonly previousRank: string | null;
  readonly rankChange: string | null;
  readonly parentRank: string | null;
  readonly flagRanks: readonly string[];
  readonly name: string;
  /** The expression for a term's value: the part cell, or ABS(N(cell)) for a deduction. */
  readonly term: (column: TableColumn) => string;
  readonly partRank: (column: TableColumn) => string | null;
  /** Any column of the unit's row, by its index on the ranking sheet. */
  readonly column: (col: number) => string;
}

export function unitRefs(sheet: RankingSheet, analysis: TableAnalysis, unit: UnitResult): UnitRefs {
  const layout = sheet.layout;
  const row = layout.rowOf.get(unit.unit);
  if (row === undefined)
    throw new RangeError(`unitRefs: ${unit.unit.name} is not on ${layout.sheet}`);
  const c = layout.col;
  // Found by its match key, not by its row: the ranking sheet is an Excel table the user may sort,
  // and a sorted table must not make another sheet quote another unit's numbers.
  const keys = sheetRef(layout.sheet, columnRange(c.key, layout.firstRow, layout.lastRow, ABS));
  const match = `MATCH(${stringLiteral(unit.unit.key)},${keys},0)`;
  const at = (col: number) =>
    `INDEX(${sheetRef(layout.sheet, columnRange(col, layout.firstRow, layout.lastRow, ABS))},${match})`;
  const t = analysis.table;
  const indexIn = (role: TableColumn["role"], column: TableColumn) =>
    columnsWithRole(t, role).findIndex((x) => x.index === column.index);
  return {
    total: at(c.total),
    rank: at(c.rank),
    previousRank: c.previousRank === null ? null : at(c.previousRank),
    rankChange: c.rankChange === null ? null : at(c.rankChange),
    parentRank: c.parentRank === null ? null : at(c.parentRank),
    flagRanks: c.flagRanks.map(at),
    name: at(c.name),
    term: (column) => {
      if (column.role === "part") return at(c.parts[indexIn("part", column)]);
      if (column.role === "bonus") return `N(${at(c.bonuses[indexIn("bonus", column)])})`;
      return `ABS(N(${at(c.deductions[indexIn("deduction", column)])}))`;
    },
    partRank: (column) =>
      column.role === "part" ? at(c.partRanks[indexIn("part", column)]) : null,
    column: at,
  };
}

const ABS = { row: true, col: true } as const;

const blank = (style: CellStyle = "body"): PlanCell => ({ value: null, style });
const val = (v: number | null | undefined): number | string =>
  v === null || v === undefined ? "" : v;

function header(texts: readonly string[]): PlanCell[] {
  return texts.map((t) => ({ value: t, style: "header", format: FORMAT.text }));
}

function frame(
  title: string,
  source: string,
  width: number,
  messages: Messages
): { rows: PlanCell[][]; merges: CellArea[] } {
  return {
    rows: [
      [{ value: title, style: "title" }],
      [{ value: `${OUTPUT_MARKER}${fill(messages.sheets.marker, { source })}`, style: "subtitle" }],
    ],
    merges: [
      { top: 0, left: 0, bottom: 0, right: width - 1 },
      { top: 1, left: 0, bottom: 1, right: width - 1 },
    ],
  };
}

/** "总分 = 0.5×交叉考核得分 + 0.5×八办两组得分 + 1×月通报", or the note that the total is not explained. */
export function weightsText(fit: WeightFit, messages: Messages): string {
  const m = messages.comparison;
  if (fit.source === "summed") return m.weightsSummed;
  if (fit.source === "header")
    return fill(m.weightsStated, {
      terms: fit.columns.map((c, i) => `${fit.weights[i]}×${c.header}`).join(" + "),
    });
  if (!fit.fits)
    return fill(messages.problems.totalNotExplained, { residual: fit.maxResidual.toFixed(2) });
  const terms = fit.columns.map((c, i) => `${fit.weights[i]}×${c.header}`).join(" + ");
  return fill(m.weightsFitted, { terms });
}

/**
 * The side-by-side sheet of the own unit against one benchmark of the same level: each term's
 * scores and ranks, raw and weighted gap, its share of the total gap, last period's gap and the
 * change; the total; ranks now and before; the term that explains most of the gap.
 */
export function planPeerSheet(
  name: string,
  g: GapAnalysis,
  analysis: TableAnalysis,
  ranking: RankingSheet,
  previous: {
    analysis: TableAnalysis;
    ranking: RankingSheet;
    fit: WeightFit;
    columns: (TableColumn | null)[];
  } | null,
  messages: Messages
): { plan: SheetPlan; cells: PeerCells } {
  const m = messages.comparison;
  const d = analysis.table.precision;
  // Last period's gaps keep the finer of the two periods' precisions.
  const dPrev = Math.max(d, previous?.analysis.table.precision ?? d);
  const scoreFmt = scoreFormat(d);
  const own = unitRefs(ranking, analysis, g.own);
  const bench = unitRefs(ranking, analysis, g.benchmark);
  const prevOwn =
    previous && g.previousOwn ? unitRefs(previous.ranking, previous.analysis, g.previousOwn) : null;
  const prevBench =
    previous && g.previousBenchmark
      ? unitRefs(previous.ranking, previous.analysis, g.previousBenchmark)
      : null;
  const columns = [
    m.item,
    fill(m.score, { unit: g.own.unit.name }),
    fill(m.rank, { unit: g.own.unit.name }),
    fill(m.score, { unit: g.benchmark.unit.name }),
    fill(m.rank, { unit: g.benchmark.unit.name }),
    m.gap,
    m.weight,
    m.weightedGap,
    m.share,
    m.previousGap,
    m.change,
    m.closeGap,
    m.expected,
    m.scenarioScore,
    m.scenarioRank,
  ];
  const width = columns.length;
  const title = fill(m.peerTitle, {
    period: periodLabel(analysis.table.period, messages),
    own: g.own.unit.name,
    benchmark: g.benchmark.unit.name,
  });
  const { rows, merges } = frame(
    title,
    `${analysis.table.sheet} → ${ranking.plan.name}`,
    width,
    messages
  );
  rows.push(header(columns));
  const first = rows.length;
  const last = first + g.terms.length - 1;
  const totalRow = last + 1;
  const r = (row: number, col: number) => cellRef(row, col);
  const weightedRange = `$H$${first + 1}:$H$${last + 1}`;
  const totalGapCell = cellRef(totalRow, 5, ABS);
  const closing = closingPoints(g);
  const scenario = scenarioOutcome(analysis, g, []);
  const nameRange = `$A$${first + 1}:$A$${last + 1}`;
  g.terms.forEach((t: TermGap, i) => {
    const row = first + i;
    const prevCol = previous?.columns[i] ?? null;
    const prevGap =
      prevOwn && prevBench && prevCol
        ? `ROUND(${r(row, 6)}*(${prevOwn.term(prevCol)}-${prevBench.term(prevCol)}),4)`
        : null;
    const ownRank = own.partRank(t.column);
    const benchRank = bench.partRank(t.column);
    rows.push([
      { value: t.column.header, style: "body", format: FORMAT.text },
      { value: val(t.own), formula: `=${own.term(t.column)}`, format: scoreFmt, style: "own" },
      ownRank
        ? { value: val(t.ownRank), formula: `=${ownRank}`, format: FORMAT.rank, style: "own" }
        : blank("own"),
      {
        value: val(t.benchmark),
        formula: `=${bench.term(t.column)}`,
        format: scoreFmt,
        style: "benchmark",
      },
      benchRank
        ? {
            value: val(t.benchmarkRank),
            formula: `=${benchRank}`,
            format: FORMAT.rank,
            style: "benchmark",
          }
        : blank("benchmark"),
      { value: val(t.gap), formula: `=ROUND(${r(row, 1)}-${r(row, 3)},${d})`, format: scoreFmt },
      { value: t.weight, format: FORMAT.weight, style: g.fit.fits ? "body" : "warn" },
      {
        value: val(t.weighted),
        formula: `=ROUND(${r(row, 6)}*${r(row, 5)},4)`,
        format: FORMAT.weight,
      },
      {
        value: val(t.share),
        formula: `=IF(N(${r(totalRow, 5)})=0,"",ROUND(${r(row, 7)}/${r(totalRow, 5)},4))`,
        format: FORMAT.share,
      },
      prevGap
        ? { value: val(t.previousWeighted), formula: `=${prevGap}`, format: FORMAT.weight }
        : blank(),
      prevGap
        ? {
            value: val(t.change),
            formula: `=IF(ISNUMBER(${r(row, 9)}),ROUND(${r(row, 7)}-${r(row, 9)},4),"")`,
            format: FORMAT.weight,
          }
        : blank(),
      {
        value: val(closing[i]),
        formula: `=${closingPointsExpr(totalGapCell, r(row, 6), d)}`,
        format: scoreFmt,
      },
      // The analyst types here; nothing else on any sheet reads these cells but the scenario's.
      { value: null, style: "input", format: scoreFmt },
      {
        value: scenario.terms[i],
        formula: `=IF(ISNUMBER(${r(row, 12)}),ROUND(${t.column.role === "deduction" ? `ABS(${r(row, 12)})` : r(row, 12)},${d}),N(${r(row, 1)}))`,
        format: scoreFmt,
        style: "own",
      },
      blank(),
    ]);
  });
  const prevTotal =
    prevOwn && prevBench ? `ROUND(${prevOwn.total}-${prevBench.total},${dPrev})` : null;
  const ownTotal = r(totalRow, 1);
  const rl = ranking.layout;
  const field = sheetRef(rl.sheet, columnRange(rl.col.total, rl.firstRow, rl.lastRow, ABS));
  rows.push([
    { value: m.total, style: "header", format: FORMAT.text },
    { value: val(g.own.total), formula: `=${own.total}`, format: scoreFmt, style: "own" },
    { value: val(g.own.rank), formula: `=${own.rank}`, format: FORMAT.rank, style: "own" },
    {
      value: val(g.benchmark.total),
      formula: `=${bench.total}`,
      format: scoreFmt,
      style: "benchmark",
    },
    {
      value: val(g.benchmark.rank),
      formula: `=${bench.rank}`,
      format: FORMAT.rank,
      style: "benchmark",
    },
    {
      value: val(g.totalGap),
      formula: `=ROUND(${r(totalRow, 1)}-${r(totalRow, 3)},${d})`,
      format: scoreFmt,
    },
    blank(),
    {
      value: g.terms.every((t) => t.weighted !== null)
        ? Number(g.terms.reduce((a, t) => a + (t.weighted as number), 0).toFixed(4))
        : "",
      formula: `=ROUND(SUM(${weightedRange}),4)`,
      format: FORMAT.weight,
    },
    blank(),
    prevTotal
      ? { value: val(g.previousTotalGap), formula: `=${prevTotal}`, format: scoreFmt }
      : blank(),
    prevTotal
      ? {
          value: val(g.totalGapChange),
          formula: `=IF(ISNUMBER(${r(totalRow, 9)}),ROUND(${r(totalRow, 5)}-${r(totalRow, 9)},${dPrev}),"")`,
          format: scoreFmt,
        }
      : blank(),
    blank(),
    blank(),
    {
      value: val(scenario.total),
      formula: `=IF(ISNUMBER(${ownTotal}),ROUND(${[ownTotal, ...g.terms.map((_, i) => `${r(first + i, 6)}*(${r(first + i, 13)}-N(${r(first + i, 1)}))`)].join("+")},${d}),"")`,
      format: scoreFmt,
      style: "own",
    },
    {
      value: val(scenario.rank),
      formula: `=IF(ISNUMBER(${r(totalRow, 13)}),${rankWithoutExpr(r(totalRow, 13), ownTotal, field, analysis.ties)},"")`,
      format: FORMAT.rank,
      style: "own",
    },
  ]);
  rows.push([
    { value: m.previousRank, style: "body", format: FORMAT.text },
    blank("own"),
    own.previousRank
      ? {
          value: val(g.own.previousRank),
          formula: `=${own.previousRank}`,
          format: FORMAT.rank,
          style: "own",
        }
      : blank("own"),
    blank("benchmark"),
    bench.previousRank
      ? {
          value: val(g.benchmark.previousRank),
          formula: `=${bench.previousRank}`,
          format: FORMAT.rank,
          style: "benchmark",
        }
      : blank("benchmark"),
  ]);
  const mainText = g.main ? g.main.column.header : "";
  const t = r(totalRow, 5);
  rows.push([
    { value: m.mainGap, style: "body", format: FORMAT.text },
    {
      value: mainText,
      formula: `=IF(N(${t})<0,INDEX(${nameRange},MATCH(MIN(${weightedRange}),${weightedRange},0)),IF(N(${t})>0,INDEX(${nameRange},MATCH(MAX(${weightedRange}),${weightedRange},0)),""))`,
      style: "section",
    },
  ]);
  merges.push({ top: rows.length - 1, left: 1, bottom: rows.length - 1, right: width - 1 });
  rows.push([]);
  rows.push([{ value: weightsText(g.fit, messages), style: "note" }]);
  rows.push([{ value: m.notes, style: "note" }]);
  rows.push([{ value: m.scenarioNote, style: "note" }]);
  const at = (row: number, col: number) => sheetRef(name, cellAddress(row, col));
  const plan: SheetPlan = {
    name,
    kind: "comparison",
    rows,
    columnWidths: [18, 12, 8, 12, 8, 10, 8, 10, 10, 12, 10, 12, 12, 10, 10],
    freeze: { rows: 3, columns: 1 },
    merges,
    print: { landscape: true, repeatRows: [3, 3] },
    charts: [],
    rowHeights: [24, undefined, 36],
  };
  return {
    plan,
    cells: {
      totalGap: at(totalRow, 5),
      main: at(totalRow + 2, 1),
      weighted: g.terms.map((_, i) => at(first + i, 7)),
      shares: g.terms.map((_, i) => at(first + i, 8)),
      weights: g.terms.map((_, i) => at(first + i, 6)),
      closing: g.terms.map((_, i) => at(first + i, 11)),
      scenario: {
        inputs: g.terms.map((_, i) => at(first + i, 12)),
        terms: g.terms.map((_, i) => at(first + i, 13)),
        total: at(totalRow, 13),
        rank: at(totalRow, 14),
      },
    },
  };
}

/** One own member (a county) against the model unit: total gap and term gaps. */
export interface MemberGap {
  readonly unit: UnitResult;
  readonly totalGap: number | null;
  readonly terms: readonly {
    readonly column: TableColumn;
    readonly weighted: number | null;
    readonly share: number | null;
  }[];
  readonly main: TableColumn | null;
}

/**
 * The own unit's members (its counties) against a model unit one level down (平利): each member's
 * total and rank, its gap to the model in total and per term, change since last period, and its
 * rank within the parent and within each flag group.
 */
export function planModelSheet(
  name: string,
  model: UnitResult,
  members: readonly UnitResult[],
  gaps: readonly GapAnalysis[],
  parentName: string,
  analysis: TableAnalysis,
  ranking: RankingSheet,
  messages: Messages
): SheetPlan {
  const m = messages.comparison;
  const t = analysis.table;
  const d = t.precision;
  const scoreFmt = scoreFormat(d);
  const terms = gaps[0]?.terms.map((x) => x.column) ?? [];
  const weights = gaps[0]?.terms.map((x) => x.weight) ?? [];
  const flags = columnsWithRole(t, "flag");
  const hasPrevious = ranking.layout.col.previousRank !== null;
  const hasParent = ranking.layout.col.parentRank !== null;
  const cols = [
    m.unit,
    m.totalScore,
    m.rankColumn,
    fill(m.gapTo, { unit: model.unit.name }),
    ...terms.flatMap((c) => [c.header, fill(m.termGapTo, { term: c.header })]),
    ...(hasPrevious ? [m.previousRank, m.rankChange] : []),
    ...(hasParent ? [m.parentRank] : []),
    ...flags.map((f) => fill(m.flagRank, { flag: f.header })),
  ];
  const width = cols.length;
  const title = fill(m.modelTitle, {
    period: periodLabel(t.period, messages),
    parent: parentName,
    model: model.unit.name,
  });
  const { rows, merges } = frame(title, `${t.sheet} → ${ranking.plan.name}`, width, messages);
  rows.push(header(cols));
  const modelRow = rows.length;
  const line = (u: UnitResult, gap: GapAnalysis | null, style: CellStyle): PlanCell[] => {
    const ref = unitRefs(ranking, analysis, u);
    const row = rows.length;
    const cells: PlanCell[] = [
      { value: u.unit.name, style, format: FORMAT.text },
      { value: val(u.total), formula: `=${ref.total}`, format: scoreFmt, style },
      { value: val(u.rank), formula: `=${ref.rank}`, format: FORMAT.rank, style },
      gap
        ? {
            value: val(gap.totalGap),
            formula: `=ROUND(${cellRef(row, 1)}-${cellRef(modelRow, 1, { row: true })},${d})`,
            format: scoreFmt,
            style,
          }
        : blank(style),
    ];
    terms.forEach((c, i) => {
      const scoreCol = 4 + 2 * i;
      cells.push({
        value: val(gap ? gap.terms[i].own : (gaps[0]?.terms[i].benchmark ?? null)),
        formula: `=${ref.term(c)}`,
        format: scoreFmt,
        style,
      });
      cells.push(
        gap
          ? {
              value: val(gap.terms[i].weighted),
              formula: `=ROUND(${weights[i]}*(${cellRef(row, scoreCol)}-${cellRef(modelRow, scoreCol, { row: true })}),4)`,
              format: FORMAT.weight,
              style,
            }
          : blank(style)
      );
    });
    if (hasPrevious) {
      cells.push({
        value: val(u.previousRank),
        formula: `=${ref.previousRank}`,
        format: FORMAT.rank,
        style,
      });
      cells.push({
        value: val(u.rankChange),
        formula: `=${ref.rankChange}`,
        format: FORMAT.change,
        style,
      });
    }
    if (hasParent) {
      const parent = u.groupRanks.find((x) => x.kind === "parent");
      cells.push({
        value: val(parent?.rank),
        formula: `=${ref.parentRank}`,
        format: FORMAT.rank,
        style,
      });
    }
    flags.forEach((_, f) => {
      const g = u.groupRanks.find((x) => x.kind === "flag" && x.flagIndex === f);
      cells.push(
        u.unit.flags[f]
          ? { value: val(g?.rank), formula: `=${ref.flagRanks[f]}`, format: FORMAT.rank, style }
          : blank(style)
      );
    });
    return cells;
  };
  rows.push(line(model, null, "benchmark"));
  members.forEach((u) => {
    const gap = gaps.find((g) => g.own === u) ?? null;
    rows.push(line(u, gap, "own"));
  });
  rows.push([]);
  if (gaps[0]) rows.push([{ value: weightsText(gaps[0].fit, messages), style: "note" }]);
  return {
    name,
    kind: "comparison",
    rows,
    columnWidths: cols.map((_, i) => (i === 0 ? 12 : 10)),
    freeze: { rows: 3, columns: 1 },
    merges,
    print: { landscape: width > 8, repeatRows: [3, 3] },
    charts: [],
    rowHeights: [24, undefined, 48],
  };
}
