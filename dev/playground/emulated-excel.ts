/**
 * The playground's side of the emulated Excel: open a workbook in it (its globals installed, as
 * office.js would be), follow what the pane does to it, and click in it as a user would.
 */
import * as React from "react";
import { Emulator, SheetSpec, WorkbookSnapshot, createEmulator } from "../office-emulator";

/** How often the view looks for the pane's requests (the emulator has no change events). */
const POLL_MS = 200;

/**
 * An emulated Excel holding `sheets`, not yet installed. Throws when the emulator cannot take the
 * workbook (a formula HyperFormula cannot parse, such as a structured reference `Table1[Col]`).
 */
export function emulateWorkbook(
  sheets: readonly SheetSpec[],
  displayLanguage: string,
  workbookName: string
): Emulator {
  return createEmulator({ sheets, displayLanguage, workbookName });
}

/**
 * Installs `next` on `window` in place of `previous`, so the unchanged pane code finds
 * `Office.onReady`, `Excel.run`, the document settings and the display language, as office.js
 * gives them in Excel.
 */
export function install(next: Emulator, previous?: Emulator): Emulator {
  previous?.uninstall();
  return next.install(window);
}

/** What the grid shows: the workbook, and the sheet and cell Excel has active and selected. */
export interface ExcelView {
  readonly snapshot: WorkbookSnapshot;
  readonly sheet: string;
  /** The selected cell's address ("D5"); the top-left cell of a selected area. */
  readonly cell: string;
}

function viewOf(emulator: Emulator): ExcelView {
  const snapshot = emulator.snapshot();
  const active = snapshot.sheets.find((s) => s.name === snapshot.activeSheet);
  return { snapshot, sheet: snapshot.activeSheet, cell: active?.selection.split(":")[0] ?? "A1" };
}

/**
 * The workbook as the grid shows it, following every request sent to the emulator: the pane's
 * writes, `activateSheet` and `selectCell`, and the user's own clicks (see `selectInWorkbook`).
 * The second element shows the workbook now, without waiting for the next look.
 */
export function useExcelView(emulator: Emulator): [ExcelView, () => void] {
  const [view, setView] = React.useState(() => viewOf(emulator));
  const refresh = React.useCallback(() => setView(viewOf(emulator)), [emulator]);
  React.useEffect(() => {
    setView(viewOf(emulator));
    let seen = emulator.stats.requests.length;
    const timer = window.setInterval(() => {
      if (emulator.stats.requests.length === seen) return;
      seen = emulator.stats.requests.length;
      setView(viewOf(emulator));
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [emulator]);
  return [view, refresh];
}

/**
 * Does what clicking a sheet tab (no `cell`) or a cell does in Excel, through office-js itself, so
 * the pane and the grid agree on what is active and selected.
 */
export async function selectInWorkbook(
  emulator: Emulator,
  sheet: string,
  cell?: string
): Promise<void> {
  await (emulator.Excel as typeof Excel).run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    if (cell) worksheet.getRange(cell).select();
    else worksheet.activate();
    await context.sync();
  });
}
