import { Locale, messagesFor } from "../locales";
import { TableAnalysis, analyzeWorkbook } from "./analyze";
import { planBenchmarks } from "./benchmarks";
import { Briefing, PeerCells, planBriefing } from "./briefing";
import { SheetInput } from "./cells";
import { planModelSheet, planPeerSheet } from "./comparison-sheet";
import { CumulativeMethod, cumulativeStandings } from "./cumulative";
import { CumulativeSheet, planCumulativeSheet } from "./cumulative-sheet";
import { GapAnalysis, gapAnalysis, matchingColumn } from "./gaps";
import { DEFAULT_SETTINGS } from "./host";
import { levelHistories } from "./history";
import { HistoryChartUnits, HistorySheet, planHistorySheet } from "./history-sheet";
import { fill, problemMessage } from "./i18n";
import { MatchKey } from "./names";
import { isOutputSheet, uniqueSheetName } from "./output-sheets";
import { Problem } from "./problems";
import { TieMethod } from "./rank";
import { RankingLayout, RankingSheet, planRankingSheet, rankingLayout } from "./ranking-sheet";
import {
  Report,
  comparisonReport,
  cumulativeReport,
  historyReport,
  reportTable,
  targetsReport,
  weightsReport,
} from "./report";
import { SheetPlan } from "./sheet-plan";
import { WeightFit, fitWeights } from "./weights";
import { WorkbookReadOptions, WorkbookTables, readWorkbook } from "./workbook";

export interface EngineOptions {
  readonly ties?: TieMethod;
  readonly locale?: Locale;
  readonly overrides?: WorkbookReadOptions["overrides"];
  /** Areas the user marked as tables, by sheet ("A3:H40"). */
  readonly ranges?: WorkbookReadOptions["ranges"];
  /** The user's own unit (安康); without it no comparison or briefing sentences about it. */
  readonly ownUnit?: string | null;
  /** Benchmark units, each compared at its own level (汉中, 商洛, 平利). */
  readonly benchmarks?: readonly string[];
  /** The danger line: the bottom N places (default 10). */
  readonly bottomLine?: number;
  /** The place a bonus-dependent unit would fall past without its bonus (default 30). */
  readonly bonusRankLine?: number;
  /** How a year's periods add up in the cumulative ranking (default: the average). */
  readonly cumulativeBy?: CumulativeMethod;
  /** Sheets with more rows of values are not searched for tables (src/core/limits.ts). */
  readonly analysedRows?: number;
}

export interface Comparison {
  readonly sheet: string;
  readonly kind: "peer" | "model";
  readonly gaps: readonly GapAnalysis[];
  /** A peer sheet's key cells (gap, weights, closing points, the what-if scenario); null for a model sheet. */
  readonly cells: PeerCells | null;
}

export interface EngineResult {
  readonly book: WorkbookTables;
  readonly analyses: readonly TableAnalysis[];
  readonly rankingSheets: readonly RankingSheet[];
  /** Each level's rank history over its periods (levels with two or more). */
  readonly historySheets: readonly HistorySheet[];
  /** Each level's cumulative ranking per year with two or more periods of one kind. */
  readonly cumulativeSheets: readonly CumulativeSheet[];
  readonly fits: ReadonlyMap<string, WeightFit>;
  readonly comparisons: readonly Comparison[];
  readonly briefing: Briefing | null;
  /** Problems with the settings (an unknown benchmark), beside each table's own problems. */
  readonly problems: readonly Problem[];
  /** Every sheet to write, in the order they should appear. */
  readonly plans: readonly SheetPlan[];
  /** Sheets the tool wrote on an earlier run: delete them before writing `plans`. */
  readonly staleOutputSheets: readonly string[];
  readonly report: Report;
}

/**
 * The whole analysis of a workbook, as data: what to write and what to report. Reads nothing and
 * writes nothing; adapters (office-js, ExcelJS) feed it sheets and carry out its plans.
 * Sheets the tool wrote before are recognised by their marker, never read as sources, and listed
 * for replacement; a user's sheet that has a wanted name keeps it, and the new sheet is renamed.
 */
export function runEngine(
  sheets: readonly SheetInput[],
  options: EngineOptions = {}
): EngineResult {
  const messages = messagesFor(options.locale);
  const outputs = sheets.filter((s) => isOutputSheet(s.values));
  const sources = sheets.filter((s) => !isOutputSheet(s.values));
  const book = readWorkbook(sources, {
    overrides: options.overrides,
    ranges: options.ranges,
    analysedRows: options.analysedRows,
  });
  const analyses = analyzeWorkbook(book, { ties: options.ties });
  const byId = new Map(analyses.map((a) => [a.id, a]));

  const taken = new Set(sources.map((s) => s.name));
  const claim = (wanted: string) => {
    const name = uniqueSheetName(wanted, taken);
    taken.add(name);
    return name;
  };
  const briefingName = analyses.length ? claim(messages.briefing.sheetName) : "";
  const layouts = new Map<string, RankingLayout>();
  for (const a of analyses) {
    const suffix = a.table.index === 0 ? "" : `(${a.table.index + 1})`;
    layouts.set(
      a.id,
      rankingLayout(a, claim(`${messages.sheets.rankingPrefix}${a.table.sheet}${suffix}`))
    );
  }
  const bottomLine = options.bottomLine ?? DEFAULT_SETTINGS.bottomLine;
  const histories = levelHistories(analyses, { bottomLine });
  const standings = cumulativeStandings(analyses, {
    method: options.cumulativeBy ?? DEFAULT_SETTINGS.cumulativeBy,
    ties: options.ties ?? "competition",
  });
  const levelName = (kind: TableAnalysis["levelKind"], level: number) =>
    messages.level[kind] || String(level + 1);
  const historyNames = histories.map((h) =>
    claim(`${messages.history.prefix}${levelName(h.levelKind, h.level)}`)
  );
  const cumulativeNames = standings.map((st) =>
    claim(
      fill(messages.cumulative.sheetName, {
        prefix: messages.cumulative.prefix,
        year: st.year === null ? "" : fill(messages.cumulative.year, { year: st.year }),
        level: levelName(st.levelKind, st.level),
      })
    )
  );
  const plan = planBenchmarks(analyses, options.ownUnit ?? null, options.benchmarks ?? []);
  // The own unit and its members stand out on every ranking sheet.
  const highlight = new Set<string>();
  if (plan.own) highlight.add(plan.own.unit.unit.key);
  for (const u of plan.members?.units ?? []) highlight.add(u.unit.key);
  const rankingSheets = analyses.map((a) =>
    planRankingSheet(
      a,
      layouts.get(a.id) as RankingLayout,
      a.previousId ? (layouts.get(a.previousId) ?? null) : null,
      messages,
      highlight,
      bottomLine
    )
  );
  const rankings = new Map(analyses.map((a, i) => [a.id, rankingSheets[i]]));
  const historySheets = histories.map((h, i) =>
    planHistorySheet(h, historyNames[i], rankings, followedUnits(plan, h.level), messages)
  );
  const cumulativeSheets = standings.map((st, i) =>
    planCumulativeSheet(st, cumulativeNames[i], rankings, highlight, messages)
  );
  // A table's weights are fitted when a comparison or the report needs them: least squares over
  // thousands of units is work most runs without a benchmark would throw away.
  const fitCache = new Map<string, WeightFit>();
  const fitOf = (a: TableAnalysis): WeightFit => {
    let fit = fitCache.get(a.id);
    if (!fit) fitCache.set(a.id, (fit = fitWeights(a.table)));
    return fit;
  };
  let fits: ReadonlyMap<string, WeightFit> | null = null;
  const allFits = () => (fits ??= new Map(analyses.map((a) => [a.id, fitOf(a)])));

  const previousOf = (a: TableAnalysis) => {
    const prev = a.previousId ? byId.get(a.previousId) : undefined;
    return prev ? { analysis: prev, fit: fitOf(prev) } : null;
  };
  const comparisons: Comparison[] = [];
  const comparisonPlans: SheetPlan[] = [];
  const peers: { gap: GapAnalysis; sheet: string; cells: PeerCells }[] = [];
  const done = new Set<string>();
  for (const peer of plan.peers) {
    const a = peer.own.analysis;
    const tag = `${a.id}|${peer.benchmark.unit.unit.key}`;
    if (done.has(tag)) continue;
    done.add(tag);
    const fit = fitOf(a);
    const previous = previousOf(a);
    const gap = gapAnalysis(a, peer.own.unit, peer.benchmark.unit, fit, previous);
    const name = claim(`${messages.comparison.prefix}${peer.benchmark.unit.unit.name}`);
    const sheet = planPeerSheet(
      name,
      gap,
      a,
      rankings.get(a.id) as RankingSheet,
      previous
        ? {
            analysis: previous.analysis,
            ranking: rankings.get(previous.analysis.id) as RankingSheet,
            fit: previous.fit,
            columns: fit.columns.map((_, i) =>
              matchingColumn(previous.analysis, fit, i, previous.fit)
            ),
          }
        : null,
      messages
    );
    comparisons.push({ sheet: name, kind: "peer", gaps: [gap], cells: sheet.cells });
    comparisonPlans.push(sheet.plan);
    peers.push({ gap, sheet: name, cells: sheet.cells });
  }
  const models: { sheet: string }[] = [];
  for (const model of plan.models) {
    const a = model.model.analysis;
    const fit = fitOf(a);
    const previous = previousOf(a);
    const members = model.members.filter((u) => u.unit.key !== model.model.unit.unit.key);
    const gaps = members.map((u) => gapAnalysis(a, u, model.model.unit, fit, previous));
    const name = claim(`${messages.comparison.prefix}${model.model.unit.unit.name}`);
    comparisonPlans.push(
      planModelSheet(
        name,
        model.model.unit,
        members,
        gaps,
        model.parentName,
        a,
        rankings.get(a.id) as RankingSheet,
        messages
      )
    );
    comparisons.push({ sheet: name, kind: "model", gaps, cells: null });
    models.push({ sheet: name });
  }
  const briefing = analyses.length
    ? planBriefing(
        briefingName,
        {
          plan,
          analyses,
          rankings,
          peers,
          models,
          bottomLine,
          bonusRankLine: options.bonusRankLine ?? DEFAULT_SETTINGS.bonusRankLine,
          histories: historySheets,
          cumulatives: cumulativeSheets,
          otherSheets: [
            ...historySheets.map((s) => s.plan.name),
            ...cumulativeSheets.map((s) => s.plan.name),
            ...rankingSheets.map((s) => s.plan.name),
          ],
        },
        messages
      )
    : null;

  // The report lists every unit's cells: it is made the first time it is asked for (the command
  // line asks only when told to write it), then kept.
  let report: Report | null = null;
  const makeReport = (): Report => ({
    tables: analyses.map((a, i) => reportTable(a, rankingSheets[i], messages)),
    comparisons: comparisons.flatMap((c) => c.gaps.map((g) => comparisonReport(c.sheet, g))),
    weights: weightsReport(analyses, allFits()),
    history: historySheets.map(historyReport),
    cumulative: cumulativeSheets.map(cumulativeReport),
    targets: targetsReport(analyses, rankingSheets, peers),
    briefing: briefing ? { sheet: briefing.plan.name, sentences: briefing.sentences } : null,
    problems: [
      ...plan.problems.map((p) => ({
        cell: p.cell,
        severity: p.severity,
        message: problemMessage(p, messages),
      })),
      ...book.problems.map((p) => ({
        sheet: p.sheet,
        cell: p.cell,
        severity: p.severity,
        message: problemMessage(p, messages),
      })),
    ],
  });
  return {
    book,
    analyses,
    rankingSheets,
    historySheets,
    cumulativeSheets,
    get fits() {
      return allFits();
    },
    comparisons,
    briefing,
    problems: plan.problems,
    plans: [
      ...(briefing ? [briefing.plan] : []),
      ...comparisonPlans,
      ...historySheets.map((s) => s.plan),
      ...cumulativeSheets.map((s) => s.plan),
      ...rankingSheets.map((s) => s.plan),
    ],
    staleOutputSheets: outputs.map((s) => s.name),
    get report() {
      return (report ??= makeReport());
    },
  };
}

/**
 * The units a level's history chart follows: at each level, the own unit (or, when it sits a level
 * lower, its parent compared there), its members, and the benchmarks found there. The own unit is
 * highlighted. Series run own unit, members, benchmarks.
 * @example followedUnits(plan of 安康 with 汉中 and 平利, cityLevel) // => { keys: ["安康", "汉中"], highlight: {"安康"} }
 */
export function followedUnits(
  plan: ReturnType<typeof planBenchmarks>,
  level: number
): HistoryChartUnits {
  const keys: MatchKey[] = [];
  const highlight = new Set<MatchKey>();
  const add = (key: MatchKey) => {
    if (!keys.includes(key)) keys.push(key);
  };
  if (plan.own && plan.own.analysis.level === level) {
    add(plan.own.unit.unit.key);
    highlight.add(plan.own.unit.unit.key);
  }
  for (const p of plan.peers) {
    if (p.own.analysis.level !== level) continue;
    add(p.own.unit.unit.key);
    highlight.add(p.own.unit.unit.key);
  }
  if (plan.members && plan.members.analysis.level === level)
    for (const u of plan.members.units) add(u.unit.key);
  for (const p of plan.peers)
    if (p.benchmark.analysis.level === level) add(p.benchmark.unit.unit.key);
  for (const m of plan.models) if (m.model.analysis.level === level) add(m.model.unit.unit.key);
  return { keys, highlight };
}
