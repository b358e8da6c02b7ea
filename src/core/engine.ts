import { Locale, messagesFor } from "../locales";
import { TableAnalysis, analyzeWorkbook } from "./analyze";
import { SheetInput } from "./cells";
import { isOutputSheet, uniqueSheetName } from "./output-sheets";
import { TieMethod } from "./rank";
import { RankingLayout, RankingSheet, planRankingSheet, rankingLayout } from "./ranking-sheet";
import { Report, reportTable } from "./report";
import { SheetPlan } from "./sheet-plan";
import { WorkbookReadOptions, WorkbookTables, readWorkbook } from "./workbook";

export interface EngineOptions {
  readonly ties?: TieMethod;
  readonly locale?: Locale;
  readonly overrides?: WorkbookReadOptions["overrides"];
}

export interface EngineResult {
  readonly book: WorkbookTables;
  readonly analyses: readonly TableAnalysis[];
  readonly rankingSheets: readonly RankingSheet[];
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
  const book = readWorkbook(sources, { overrides: options.overrides });
  const analyses = analyzeWorkbook(book, { ties: options.ties });

  const taken = new Set(sources.map((s) => s.name));
  const layouts = new Map<string, RankingLayout>();
  for (const a of analyses) {
    const suffix = a.table.index === 0 ? "" : `(${a.table.index + 1})`;
    const name = uniqueSheetName(
      `${messages.sheets.rankingPrefix}${a.table.sheet}${suffix}`,
      taken
    );
    taken.add(name);
    layouts.set(a.id, rankingLayout(a, name));
  }
  const rankingSheets = analyses.map((a) =>
    planRankingSheet(
      a,
      layouts.get(a.id) as RankingLayout,
      a.previousId ? (layouts.get(a.previousId) ?? null) : null,
      messages
    )
  );
  const report: Report = {
    tables: analyses.map((a, i) => reportTable(a, rankingSheets[i], messages)),
  };
  return {
    book,
    analyses,
    rankingSheets,
    plans: rankingSheets.map((s) => s.plan),
    staleOutputSheets: outputs.map((s) => s.name),
    report,
  };
}
