/**
 * One open workbook inside the Web Worker: read once, scanned and generated as often as the user
 * changes settings, paged out to the preview a window at a time (a 30,000-unit sheet never crosses
 * to the page whole). Plain logic with no worker globals, so it is tested in Node.
 */
import { EMPTY, SheetInput, gridWidth } from "../../core/cells";
import { analyzeWorkbook } from "../../core/analyze";
import { runEngine } from "../../core/engine";
import { DuibiaoSettings, HostError, RefreshStep, ScanResult } from "../../core/host";
import { isOutputSheet } from "../../core/output-sheets";
import { SheetPlan } from "../../core/sheet-plan";
import { engineOptions, summarizeRefresh, summarizeScan } from "../../core/summary";
import { readWorkbook } from "../../core/workbook";
import { Locale, messagesFor } from "../../locales";
import { WorkbookRead, outputExtension, readWorkbookBytes, writeWorkbookChunks } from "../../xlsx";
import { briefingDoc } from "./briefing-doc";
import { chartModel } from "./charts";
import { displayText } from "./display";
import { Generated, Opened, PageCell, SheetMeta, SheetPage } from "./protocol";

/** Columns a preview page carries; a sheet wider than this says so. */
export const PREVIEW_COLUMNS = 60;

const MIME = {
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
} as const;

function sourceMeta(sheet: SheetInput): SheetMeta {
  return {
    name: sheet.name,
    source: true,
    rows: sheet.values.length,
    columns: gridWidth(sheet.values),
    kind: isOutputSheet(sheet.values) ? "earlier-output" : "source",
  };
}

function planMeta(plan: SheetPlan): SheetMeta {
  return {
    name: plan.name,
    source: false,
    // Counted without making the rows: a sheet's rows are made when its page is first shown.
    rows: plan.rowSource ? plan.rowSource.count : plan.rows.length,
    columns: plan.rowSource
      ? plan.rowSource.width
      : plan.rows.reduce((w, row) => Math.max(w, row.length), 0),
    kind: plan.kind,
  };
}

export class WorkbookSession {
  private plans = new Map<string, SheetPlan>();

  private constructor(private readonly book: WorkbookRead) {}

  /**
   * Reads a workbook file's bytes. Throws the reader's WorkbookFileError for a file it refuses.
   * @example WorkbookSession.open(bytes, "三季度.xlsx").opened().format // => "xlsx"
   */
  static open(bytes: Uint8Array, fileName: string): WorkbookSession {
    return new WorkbookSession(readWorkbookBytes(bytes, { fileName }));
  }

  opened(): Opened {
    return { format: this.book.format, sheets: this.book.sheets.map(sourceMeta) };
  }

  /**
   * The tables found and the units to choose from, without planning any sheet: on a large
   * workbook the plans are most of the work, and a scan runs after every change of a column role.
   */
  scan(settings: DuibiaoSettings, locale: Locale): ScanResult {
    const sources = this.book.sheets.filter((s) => !isOutputSheet(s.values));
    const tables = readWorkbook(sources, {
      overrides: settings.overrides,
      ranges: settings.tableRanges,
    });
    const analyses = analyzeWorkbook(tables, { ties: settings.ties });
    return summarizeScan({ book: tables, analyses }, messagesFor(locale));
  }

  /**
   * Analyses with `settings` and writes the result workbook with the command line's writer: the
   * file's own parts copied byte for byte, the tool's sheets added (earlier ones replaced).
   */
  generate(
    settings: DuibiaoSettings,
    locale: Locale,
    onStep: (step: RefreshStep) => void = () => undefined
  ): Generated {
    const messages = messagesFor(locale);
    onStep("analyse");
    const result = runEngine(this.book.sheets, engineOptions(settings, locale));
    if (result.analyses.length === 0) throw new HostError("noTables", messages.host.noTables);
    onStep("write");
    // Light compression, as the command line writes: a little larger, much sooner.
    const chunks = [
      ...writeWorkbookChunks(this.book, {
        plans: result.plans,
        stale: result.staleOutputSheets,
        level: 1,
      }),
    ];
    const extension = outputExtension(this.book.format);
    const file = new Blob(chunks as BlobPart[], { type: MIME[extension] });
    this.plans = new Map(result.plans.map((p) => [p.name, p]));
    const charts: Record<string, ReturnType<typeof chartModel>[]> = {};
    for (const plan of result.plans)
      if (plan.charts.length) charts[plan.name] = plan.charts.map((c) => chartModel(c, plan));
    onStep("done");
    return {
      result: summarizeRefresh(result, settings, messages),
      sheets: result.plans.map(planMeta),
      charts,
      briefing: result.briefing
        ? briefingDoc(result.briefing.plan, charts[result.briefing.plan.name] ?? [])
        : null,
      file,
      extension,
      format: this.book.format,
    };
  }

  /** Rows `start` to `start + count - 1` of a sheet, as the preview shows them. */
  page(sheet: string, source: boolean, start: number, count: number): SheetPage {
    if (source) {
      const input = this.book.sheets.find((s) => s.name === sheet);
      if (!input) throw new RangeError(`no source sheet named ${sheet}`);
      return sourcePage(input, start, count);
    }
    const plan = this.plans.get(sheet);
    if (!plan) throw new RangeError(`no result sheet named ${sheet}`);
    return planPage(plan, start, count);
  }
}

function window<T>(rows: readonly T[], start: number, count: number): { from: number; to: number } {
  const from = Math.max(0, Math.min(start, rows.length));
  return { from, to: Math.min(rows.length, from + Math.max(0, count)) };
}

function sourcePage(sheet: SheetInput, start: number, count: number): SheetPage {
  const { from, to } = window(sheet.values, start, count);
  const totalColumns = gridWidth(sheet.values);
  const columns = Math.min(totalColumns, PREVIEW_COLUMNS);
  const rows: (PageCell | null)[][] = [];
  for (let r = from; r < to; r++) {
    const line = sheet.values[r] ?? [];
    const formats = sheet.formats?.[r];
    const out: (PageCell | null)[] = [];
    for (let c = 0; c < Math.min(line.length, columns); c++) {
      const v = line[c];
      if (v === EMPTY || v === undefined) out.push(null);
      else
        out.push({
          text: displayText(v, formats?.[c]),
          numeric: typeof v === "number" || undefined,
        });
    }
    rows.push(out);
  }
  return {
    sheet: sheet.name,
    source: true,
    start: from,
    rows,
    totalRows: sheet.values.length,
    totalColumns,
    columns,
    widths: [],
    merges: (sheet.merges ?? []).filter((m) => m.bottom >= from && m.top < to),
  };
}

function planPage(plan: SheetPlan, start: number, count: number): SheetPage {
  const { from, to } = window(plan.rows, start, count);
  const totalColumns = plan.rows.reduce((w, row) => Math.max(w, row.length), 0);
  const columns = Math.min(totalColumns, PREVIEW_COLUMNS);
  const rows = plan.rows.slice(from, to).map((line) =>
    line.slice(0, columns).map((cell): PageCell | null =>
      cell.value === null && !cell.formula
        ? null
        : {
            text: displayText(cell.value, cell.format),
            numeric: typeof cell.value === "number" || undefined,
            style: cell.style,
            formula: cell.formula,
          }
    )
  );
  return {
    sheet: plan.name,
    source: false,
    start: from,
    rows,
    totalRows: plan.rows.length,
    totalColumns,
    columns,
    widths: plan.columnWidths.slice(0, columns),
    merges: plan.merges.filter((m) => m.bottom >= from && m.top < to),
  };
}
