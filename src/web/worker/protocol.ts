/**
 * What the page and its Web Worker say to each other. Everything is plain data (structured clone):
 * no class instances, no symbols (the engine's blank marker never crosses), no functions.
 */
import type { WorkbookErrorCode, WorkbookErrorContext } from "../../xlsx/errors";
import type { CellArea } from "../../core/cells";
import type { DuibiaoSettings, RefreshResult, RefreshStep, ScanResult } from "../../core/host";
import type { CellStyle } from "../../core/sheet-plan";
import type { Locale } from "../../locales";
import type { WorkbookFormat } from "../../xlsx";
import type { ChartModel } from "../../xlsx/chart-write";

/** A sheet the preview can show: one of the file's own, or one the tool made. */
export interface SheetMeta {
  readonly name: string;
  readonly source: boolean;
  /** Rows and columns holding anything, counted from A1. */
  readonly rows: number;
  readonly columns: number;
  /** For a result sheet: ranking, comparison, briefing (or a kind a later engine adds). */
  readonly kind: string;
}

/** One cell as the preview shows it: its text in its number format, and where it came from. */
export interface PageCell {
  readonly text: string;
  /** Right-aligned, as a spreadsheet aligns numbers. */
  readonly numeric?: boolean;
  readonly style?: CellStyle;
  /** The live formula behind a result cell ("=RANK.EQ(…)"). */
  readonly formula?: string;
}

/** A window of rows of one sheet, all its columns up to the preview's limit. */
export interface SheetPage {
  readonly sheet: string;
  readonly source: boolean;
  /** 0-based first row of the window. */
  readonly start: number;
  readonly rows: readonly (readonly (PageCell | null)[])[];
  readonly totalRows: number;
  readonly totalColumns: number;
  /** Columns shown (at most the preview's limit). */
  readonly columns: number;
  /** Column widths in characters where the sheet sets them. */
  readonly widths: readonly number[];
  /** Merged areas that touch the window, 0-based sheet coordinates. */
  readonly merges: readonly CellArea[];
}

/** The briefing as a document: a title, then sections of paragraphs, as the sheet orders them. */
export interface BriefingDoc {
  readonly title: string;
  readonly sections: readonly {
    readonly heading: string;
    readonly paragraphs: readonly string[];
  }[];
  readonly charts: readonly ChartModel[];
}

export interface Opened {
  readonly format: WorkbookFormat;
  readonly sheets: readonly SheetMeta[];
}

export interface Generated {
  readonly result: RefreshResult;
  readonly sheets: readonly SheetMeta[];
  /** Charts by result sheet name, as chart models with their values resolved. */
  readonly charts: Readonly<Record<string, readonly ChartModel[]>>;
  readonly briefing: BriefingDoc | null;
  /** The output workbook, as the command line would write it. */
  readonly file: Blob;
  readonly extension: ".xlsx" | ".xlsm";
  readonly format: WorkbookFormat;
}

export type WorkerRequest =
  | {
      readonly id: number;
      readonly type: "open";
      readonly bytes: ArrayBuffer;
      readonly fileName: string;
    }
  | {
      readonly id: number;
      readonly type: "scan";
      readonly settings: DuibiaoSettings;
      readonly locale: Locale;
    }
  | {
      readonly id: number;
      readonly type: "generate";
      readonly settings: DuibiaoSettings;
      readonly locale: Locale;
    }
  | {
      readonly id: number;
      readonly type: "page";
      readonly sheet: string;
      readonly source: boolean;
      readonly start: number;
      readonly count: number;
    };

/** Why a request failed, by kind: the file, the host's rules, or a fault in the code. */
export type WorkerFailure =
  | {
      readonly kind: "file";
      readonly code: WorkbookErrorCode;
      readonly detail: string;
      readonly context: WorkbookErrorContext;
    }
  | {
      readonly kind: "host";
      readonly code: string;
      readonly message: string;
      readonly detail?: string;
    }
  | { readonly kind: "internal"; readonly message: string };

export type WorkerResponse =
  | { readonly id: number; readonly type: "progress"; readonly step: RefreshStep }
  | { readonly id: number; readonly type: "done"; readonly value: unknown }
  | { readonly id: number; readonly type: "failed"; readonly failure: WorkerFailure };

export type { Locale, ScanResult };
