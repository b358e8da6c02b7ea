import {
  DuibiaoSettings,
  HostError,
  ReadLimits,
  RefreshResult,
  RefreshStep,
  ScanResult,
  WorkbookHost,
  engineOptions,
  parseSettings,
  runEngine,
  summarizeRefresh,
  summarizeScan,
} from "../core";
import { Locale, messagesFor, pickLocale } from "../locales";
import { Capabilities, officeCapabilities } from "./capabilities";
import { toHostError } from "./errors";
import { logOfficeError, recallPreferences, rememberPreferences } from "./helpers";
import { readWorkbook } from "./read";
import { WriteOutcome, writePlans } from "./write";

const SETTINGS_KEY = "duibiao.settings";

/**
 * "'三季度 县区'!B3:B20" → its sheet and local address; null for an address without a sheet.
 * @example splitAddress("Sheet1!A1:C4") // => { sheet: "Sheet1", address: "A1:C4" }
 */
export function splitAddress(address: string): { sheet: string; address: string } | null {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: address.slice(bang + 1).replace(/\$/g, "") };
}

export interface OfficeHostOptions {
  readonly locale?: Locale;
  /** Defaults to what the running Office supports. */
  readonly capabilities?: Capabilities;
  /** Called after each write with its round trips, for diagnostics and tests. */
  readonly onWrite?: (outcome: WriteOutcome) => void;
  /** The caps (src/core/limits.ts); tests pass smaller ones. */
  readonly limits?: ReadLimits;
}

/** Saves the document's settings, as a promise that rejects when Office reports failure. */
function saveDocumentSettings(): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(result.error);
    });
  });
}

/**
 * The workbook as the pane and the ribbon command see it, through office-js. Each call is one
 * Excel.run: read everything, compute, then write in one batch, so a failure before writing leaves
 * the workbook untouched; every failure reaches the caller as a HostError in the user's language.
 */
export function createOfficeHost(options: OfficeHostOptions = {}): WorkbookHost {
  const locale = options.locale ?? pickLocale(Office.context?.displayLanguage);
  const messages = messagesFor(locale);
  const caps = options.capabilities ?? officeCapabilities();

  async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await Excel.run(batch);
    } catch (error) {
      if (!(error instanceof HostError)) logOfficeError(error);
      throw toHostError(error, messages);
    }
  }

  return {
    scan: (settings: DuibiaoSettings): Promise<ScanResult> =>
      run(async (context) => {
        const snapshot = await readWorkbook(context, caps, messages, options.limits);
        return summarizeScan(runEngine(snapshot.sheets, engineOptions(settings, locale)), messages);
      }),

    refresh: (
      settings: DuibiaoSettings,
      onStep?: (step: RefreshStep) => void
    ): Promise<RefreshResult> =>
      run(async (context) => {
        onStep?.("read");
        const snapshot = await readWorkbook(context, caps, messages, options.limits);
        onStep?.("analyse");
        const result = runEngine(snapshot.sheets, engineOptions(settings, locale));
        if (result.analyses.length === 0) throw new HostError("noTables", messages.host.noTables);
        onStep?.("write");
        const outcome = await writePlans(
          context,
          result.plans,
          result.staleOutputSheets,
          snapshot,
          caps,
          messages
        );
        options.onWrite?.(outcome);
        onStep?.("done");
        return summarizeRefresh(result, settings, messages);
      }),

    selectCell: (sheet: string, cell: string): Promise<void> =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }),

    getSelection: () =>
      run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address");
        await context.sync();
        return splitAddress(range.address);
      }),

    activateSheet: (sheet: string): Promise<void> =>
      run(async (context) => {
        context.workbook.worksheets.getItem(sheet).activate();
        await context.sync();
      }),

    loadSettings: async (): Promise<DuibiaoSettings | null> =>
      parseSettings(Office.context.document.settings.get(SETTINGS_KEY)) ?? recallPreferences(),

    saveSettings: async (settings: DuibiaoSettings): Promise<void> => {
      Office.context.document.settings.set(SETTINGS_KEY, JSON.stringify(settings));
      try {
        await saveDocumentSettings();
      } catch (error) {
        throw toHostError(error, messages);
      }
      rememberPreferences(settings);
    },
  };
}
