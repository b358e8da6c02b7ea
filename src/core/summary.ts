import { Messages } from "../locales";
import { columnLabel } from "./address";
import { EngineOptions, EngineResult } from "./engine";
import {
  DuibiaoSettings,
  LevelKind,
  ProblemView,
  RankPoint,
  RefreshResult,
  ScanResult,
  TableSummary,
} from "./host";
import { periodLabel, problemMessage } from "./i18n";
import { Period, formatPeriod } from "./period";
import { TableAnalysis } from "./analyze";
import { historyPeriodLabel } from "./history-sheet";
import { Problem } from "./problems";
import { latestByLevel } from "./benchmarks";
import { MatchKey, namesUnit } from "./names";

/** The engine options a front end's settings stand for. */
export function engineOptions(
  settings: DuibiaoSettings,
  locale: EngineOptions["locale"]
): EngineOptions {
  return {
    locale,
    ties: settings.ties,
    overrides: settings.overrides,
    ranges: settings.tableRanges,
    ownUnit: settings.ownUnit,
    benchmarks: settings.benchmarks,
    bottomLine: settings.bottomLine,
    bonusRankLine: settings.bonusRankLine,
    cumulativeBy: settings.cumulativeBy,
  };
}

function view(p: Problem, messages: Messages): ProblemView {
  return {
    sheet: p.sheet,
    cell: p.cell,
    severity: p.severity,
    message: problemMessage(p, messages),
  };
}

/**
 * What the pane lists on opening: each table, its columns and problems, and the units to pick from.
 * Needs only the tables read and analysed, not the sheets planned, so a scan can skip planning.
 */
export function summarizeScan(
  result: Pick<EngineResult, "book" | "analyses">,
  messages: Messages
): ScanResult {
  const tables: TableSummary[] = result.analyses.map((a) => ({
    id: a.id,
    sheet: a.table.sheet,
    period: a.table.period ? formatPeriod(a.table.period) : null,
    periodLabel: periodLabel(a.table.period, messages),
    level: a.levelKind,
    unitCount: a.units.length,
    headerRow: a.table.headerBottom + 1,
    columns: a.table.columns
      .filter((c) => c.role !== "ignore" || c.header !== `${columnLabel(c.index)}列`)
      .map((c) => ({
        letter: columnLabel(c.index),
        header: c.header,
        role: c.role === "bonus" && !c.addend ? "breakdown" : c.role,
      })),
    problems: a.problems.map((p) => view(p, messages)),
  }));
  const units: Record<LevelKind, string[]> = {
    city: [],
    county: [],
    town: [],
    department: [],
    unknown: [],
  };
  for (const a of latestByLevel(result.analyses)) {
    for (const u of a.units)
      if (!units[a.levelKind].includes(u.unit.name)) units[a.levelKind].push(u.unit.name);
  }
  return { tables, units, problems: result.book.problems.map((p) => view(p, messages)) };
}

/** What the pane shows after a refresh: each table's output sheet and the own unit's place. */
/**
 * The own unit's ranks over its level's periods up to `analysis` (its last point), from the level's
 * history; empty when there is none.
 * @example ownHistory(result, 三季度市级, "安康", zhCN) // => [{ period: "2017Q2", label: "第二季度", rank: 1, … }, { …, rank: 4 }]
 */
export function ownHistory(
  result: EngineResult,
  analysis: TableAnalysis,
  key: MatchKey,
  messages: Messages
): RankPoint[] {
  const sheet = result.historySheets.find((h) => h.history.periods.includes(analysis));
  if (!sheet) return [];
  const h = sheet.history;
  const upTo = h.periods.indexOf(analysis);
  const unit = h.units.find((u) => u.key === key);
  if (!unit) return [];
  const periods = h.periods.map((a) => a.table.period as Period);
  const sameYear = periods.every((p) => p.year === periods[0].year);
  return periods.slice(0, upTo + 1).map((p, i) => ({
    period: formatPeriod(p),
    label: historyPeriodLabel(p, sameYear, messages),
    rank: unit.ranks[i],
    fieldSize: h.fieldSizes[i],
  }));
}

export function summarizeRefresh(
  result: EngineResult,
  settings: DuibiaoSettings,
  messages: Messages
): RefreshResult {
  const ownKey = settings.ownUnit;
  return {
    tables: result.analyses.map((a, i) => {
      const own = ownKey ? a.units.find((u) => namesUnit(ownKey, u.unit.key)) : undefined;
      return {
        id: a.id,
        sheet: a.table.sheet,
        outputSheet: result.rankingSheets[i].plan.name,
        unitCount: a.units.length,
        own: own
          ? {
              name: own.unit.name,
              rank: own.rank,
              previousRank: own.previousRank,
              rankChange: own.rankChange,
              history: ownHistory(result, a, own.unit.key, messages),
            }
          : null,
      };
    }),
    comparisonSheets: [...new Set(result.comparisons.map((c) => c.sheet))],
    historySheets: result.historySheets.map((s) => s.plan.name),
    cumulativeSheets: result.cumulativeSheets.map((s) => s.plan.name),
    briefingSheet: result.briefing?.plan.name ?? null,
    problems: [
      ...result.problems.map((p) => view(p, messages)),
      ...result.book.problems.map((p) => view(p, messages)),
      ...result.analyses.flatMap((a) => a.problems.map((p) => view(p, messages))),
    ],
  };
}
