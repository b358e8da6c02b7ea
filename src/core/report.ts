import { Messages } from "../locales";
import { TableAnalysis } from "./analyze";
import { problemMessage } from "./i18n";
import { formatPeriod } from "./period";
import { CellField, RankingSheet } from "./ranking-sheet";
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
      cells: sheet.cells.get(u.unit) ?? {},
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
