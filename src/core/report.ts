import { Messages } from "../locales";
import { TableAnalysis } from "./analyze";
import { problemMessage } from "./i18n";
import { formatPeriod } from "./period";
import { CellField, RankingSheet } from "./ranking-sheet";
import { columnsWithRole } from "./table";

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
  readonly cell: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
}

export interface ReportTable {
  readonly sheet: string;
  readonly period: string | null;
  /** 1-based, the last header row. */
  readonly headerRow: number;
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
      cells: sheet.cells.get(u.unit.row) ?? {},
    })),
    problems: analysis.problems.map((p) => ({
      cell: p.cell,
      severity: p.severity,
      message: problemMessage(p, messages),
    })),
  };
}
