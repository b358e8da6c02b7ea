import { Messages } from "../locales";
import { TableAnalysis } from "./analyze";
import type { PeerCells } from "./briefing";
import { CumulativeMethod } from "./cumulative";
import { CumulativeField, CumulativeSheet, cumulativeCells } from "./cumulative-sheet";
import { Streaks } from "./history";
import { HistoryField, HistorySheet, historyCells } from "./history-sheet";
import { problemMessage } from "./i18n";
import { Period, formatPeriod } from "./period";
import { CellField, RankingSheet, TargetField } from "./ranking-sheet";
import { closingPoints } from "./targets";
import { columnsWithRole } from "./table";
import { GapAnalysis } from "./gaps";
import { WeightFit } from "./weights";

/** The JSON report: a contract other tools read. Field names and meanings must not drift. */
export interface ReportUnit {
  readonly name: string;
  /** 1-based source row. */
  readonly row: number;
  readonly total: number | null;
  readonly rank: number | null;
  readonly rankWithoutBonus: number | null;
  readonly gapToFirst: number | null;
  readonly gapToAbove: number | null;
  readonly previousRank: number | null;
  readonly rankChange: number | null;
  readonly componentRanks: Record<string, number | null>;
  readonly groupRanks: Record<string, number>;
  readonly cells: Partial<Record<CellField, string>>;
}

export interface ReportProblem {
  /** The sheet, for problems not about one table (a table the reader could not tell). */
  readonly sheet?: string;
  /** A1 address or range ("A3:F20"), or "". */
  readonly cell: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
}

export interface ReportTable {
  readonly sheet: string;
  readonly period: string | null;
  /** 1-based, the last header row. */
  readonly headerRow: number;
  /** Decimals the table's scores are compared at (2, or 3 on a 3-decimal sheet). */
  readonly precision: number;
  readonly outputSheet: string;
  readonly units: readonly ReportUnit[];
  readonly problems: readonly ReportProblem[];
}

export interface Report {
  tables: ReportTable[];
  /** Each level's rank history over its periods ({@link ReportHistory}); [] with one period. */
  history: ReportHistory[];
  /** Each level's cumulative ranking per year ({@link ReportCumulative}); [] without one. */
  cumulative: ReportCumulative[];
  /** What each unit needs to move, and each comparison's points per part ({@link ReportTargets}). */
  targets: ReportTargets;
  [extension: string]: unknown;
}

export function reportTable(
  analysis: TableAnalysis,
  sheet: RankingSheet,
  messages: Messages
): ReportTable {
  const parts = columnsWithRole(analysis.table, "part");
  return {
    sheet: analysis.table.sheet,
    period: analysis.table.period ? formatPeriod(analysis.table.period) : null,
    headerRow: analysis.table.headerBottom + 1,
    precision: analysis.table.precision,
    outputSheet: sheet.plan.name,
    units: analysis.units.map((u) => ({
      name: u.unit.name,
      row: u.unit.row + 1,
      total: u.total,
      rank: u.rank,
      rankWithoutBonus: u.rankWithoutBonus,
      gapToFirst: u.gapToFirst,
      gapToAbove: u.gapToAbove,
      previousRank: u.previousRank,
      rankChange: u.rankChange,
      componentRanks: Object.fromEntries(parts.map((p, i) => [p.header, u.partRanks[i]])),
      groupRanks: Object.fromEntries(u.groupRanks.map((g) => [g.group, g.rank])),
      cells: sheet.cellsOf(u.unit),
    })),
    problems: analysis.problems.map((p) => ({
      cell: p.cell,
      severity: p.severity,
      message: problemMessage(p, messages),
    })),
  };
}

/** One comparison as the report states it: gaps are own minus benchmark; names as in the sheet. */
export interface ReportComparison {
  readonly own: string;
  readonly benchmark: string;
  readonly sheet: string;
  readonly totalGap: number | null;
  readonly parts: Record<string, { readonly gap: number | null; readonly share: number | null }>;
  readonly mainPart: string | null;
}

export function comparisonReport(sheet: string, g: GapAnalysis): ReportComparison {
  return {
    own: g.own.unit.name,
    benchmark: g.benchmark.unit.name,
    sheet,
    totalGap: g.totalGap,
    parts: Object.fromEntries(
      g.terms.map((t) => [t.column.header, { gap: t.weighted, share: t.share }])
    ),
    mainPart: g.main ? g.main.column.header : null,
  };
}

/** Per table (by its id: the sheet name, "sheet#2" for a second table), how its total is made. */
export function weightsReport(
  analyses: readonly TableAnalysis[],
  fits: ReadonlyMap<string, WeightFit>
): Record<string, { parts: Record<string, number>; fits: boolean }> {
  return Object.fromEntries(
    analyses.map((a) => {
      const fit = fits.get(a.id) as WeightFit;
      return [
        a.id,
        {
          parts: Object.fromEntries(fit.columns.map((c, i) => [c.header, fit.weights[i]])),
          fits: fit.fits,
        },
      ];
    })
  );
}

/**
 * One level's rank history (the 排名走势 sheet): `periods` are report spellings ("2024-01",
 * "2024Q1", "2024"), earliest first, and each unit's `totals` and `ranks` align with them (null
 * where the period does not list or rank it). `changeFromFirst` is the first period's rank minus
 * the latest one's, `changeFromPrevious` the one before the latest minus the latest (positive is a
 * rise); `best` and `worst` over all periods; `streaks` count periods in a row up to the latest
 * in the top three, inside the bottom-`bottomLine` places, and falling. `cells` name each value's
 * cell, sheet-qualified, as `tables[].units[].cells` do.
 */
export interface ReportHistory {
  readonly sheet: string;
  readonly level: TableAnalysis["levelKind"];
  readonly periods: readonly string[];
  /** The tables the periods come from, by id (sheet name, "sheet#2" for a sheet's second table). */
  readonly tables: readonly string[];
  readonly bottomLine: number;
  readonly units: readonly {
    readonly name: string;
    readonly totals: readonly (number | null)[];
    readonly ranks: readonly (number | null)[];
    readonly changeFromFirst: number | null;
    readonly changeFromPrevious: number | null;
    readonly best: number | null;
    readonly worst: number | null;
    readonly streaks: Streaks;
    readonly cells: {
      readonly ranks: readonly string[];
      readonly totals: readonly string[];
    } & Record<HistoryField, string>;
  }[];
}

export function historyReport(sheet: HistorySheet): ReportHistory {
  const h = sheet.history;
  return {
    sheet: sheet.plan.name,
    level: h.levelKind,
    periods: h.periods.map((a) => formatPeriod(a.table.period as Period)),
    tables: h.periods.map((a) => a.id),
    bottomLine: h.bottomLine,
    units: h.units.map((u, i) => ({
      name: u.name,
      totals: u.totals,
      ranks: u.ranks,
      changeFromFirst: u.changeFromFirst,
      changeFromPrevious: u.changeFromPrevious,
      best: u.best,
      worst: u.worst,
      streaks: u.streaks,
      cells: historyCells(sheet, i),
    })),
  };
}

/**
 * One level's cumulative (year-to-date) ranking for `year` (the 累计 sheet): `method` "average" or
 * "sum" of the `periods`' totals. Each unit's `totals` align with `periods`; `periodsCounted` is how
 * many it has; `score` is null, and it is unranked, unless it has a total in every period. `rank`,
 * `gapToFirst`, `gapToAbove` as on a ranking sheet; `previousScore` and `previousRank` are the same
 * standing without the last period, `rankChange` previous minus current (positive is a rise).
 */
export interface ReportCumulative {
  readonly sheet: string;
  readonly level: TableAnalysis["levelKind"];
  readonly year: number | null;
  readonly method: CumulativeMethod;
  readonly periods: readonly string[];
  readonly tables: readonly string[];
  /** Decimals the scores are compared at. */
  readonly precision: number;
  readonly units: readonly {
    readonly name: string;
    readonly totals: readonly (number | null)[];
    readonly periodsCounted: number;
    readonly score: number | null;
    readonly rank: number | null;
    readonly gapToFirst: number | null;
    readonly gapToAbove: number | null;
    readonly previousScore: number | null;
    readonly previousRank: number | null;
    readonly rankChange: number | null;
    readonly cells: Partial<Record<CumulativeField, string>>;
  }[];
}

export function cumulativeReport(sheet: CumulativeSheet): ReportCumulative {
  const st = sheet.standing;
  return {
    sheet: sheet.plan.name,
    level: st.levelKind,
    year: st.year,
    method: st.method,
    periods: st.periods.map((a) => formatPeriod(a.table.period as Period)),
    tables: st.periods.map((a) => a.id),
    precision: st.decimals,
    units: st.units.map((u, i) => ({
      name: u.name,
      totals: u.totals,
      periodsCounted: u.counted,
      score: u.score,
      rank: u.rank,
      gapToFirst: u.gapToFirst,
      gapToAbove: u.gapToAbove,
      previousScore: u.previousScore,
      previousRank: u.previousRank,
      rankChange: u.rankChange,
      cells: cumulativeCells(sheet, i),
    })),
  };
}

/**
 * Targets, every other unit unchanged. `tables[]`: per ranking sheet, each unit's points to the
 * next place (the gap to the unit above), to the top three (0 when in it), to first (the gap to
 * first), and `bottomLine`: below 0 the points needed to leave the last `bottomLine` places, 0 or
 * more its margin above that line (null when the field is no larger than the line). `comparisons[]`:
 * per peer comparison sheet, each part's weight and the points that part alone needs to close the
 * total gap (null when not behind; negative for a deduction: that much less deducted).
 */
export interface ReportTargets {
  readonly tables: readonly {
    readonly sheet: string;
    readonly outputSheet: string;
    readonly bottomLine: number;
    readonly units: readonly {
      readonly name: string;
      readonly nextPlace: number | null;
      readonly topThree: number | null;
      readonly first: number | null;
      readonly bottomLine: number | null;
      readonly cells: Partial<Record<TargetField, string>>;
    }[];
  }[];
  readonly comparisons: readonly {
    readonly sheet: string;
    readonly own: string;
    readonly benchmark: string;
    readonly totalGap: number | null;
    readonly parts: Record<
      string,
      { readonly weight: number; readonly needed: number | null; readonly cell: string }
    >;
  }[];
}

export function targetsReport(
  analyses: readonly TableAnalysis[],
  rankings: readonly RankingSheet[],
  peers: readonly { readonly gap: GapAnalysis; readonly sheet: string; readonly cells: PeerCells }[]
): ReportTargets {
  return {
    tables: analyses.map((a, i) => {
      const r = rankings[i];
      return {
        sheet: a.table.sheet,
        outputSheet: r.plan.name,
        bottomLine: r.bottomLine,
        units: a.units.map((u, j) => ({
          name: u.unit.name,
          ...r.targets[j],
          cells: r.targetCellsOf(u.unit),
        })),
      };
    }),
    comparisons: peers.map((p) => {
      const needed = closingPoints(p.gap);
      return {
        sheet: p.sheet,
        own: p.gap.own.unit.name,
        benchmark: p.gap.benchmark.unit.name,
        totalGap: p.gap.totalGap,
        parts: Object.fromEntries(
          p.gap.terms.map((t, i) => [
            t.column.header,
            { weight: t.weight, needed: needed[i], cell: p.cells.closing[i] },
          ])
        ),
      };
    }),
  };
}
