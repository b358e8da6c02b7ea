import * as React from "react";
import { FluentProvider, Theme } from "@fluentui/react-components";
import type { Emulator } from "../office-emulator";
import { fill } from "../../src/core/i18n";
import { createOfficeHost } from "../../src/excel";
import type { Locale } from "../../src/locales";
import { App } from "../../src/taskpane/App";
import { emulateWorkbook, install, selectInWorkbook, useExcelView } from "./emulated-excel";
import { PLAYGROUND_STRINGS } from "./strings";
import { WorkbookView } from "./WorkbookView";
import { readXlsx, writeXlsx } from "./xlsx-convert";

export interface PlaygroundProps {
  /** The emulated Excel the page opened on, its globals installed. */
  readonly emulator: Emulator;
  readonly fileName: string;
  /** Office's display language as the page was asked for (?lang=…); the pane's locale follows it. */
  readonly displayLanguage: string;
  readonly locale: Locale;
  readonly theme: Theme;
}

interface OpenBook {
  readonly emulator: Emulator;
  readonly fileName: string;
  /** Counts the workbooks opened, so the pane starts afresh on each, as Excel opens it anew. */
  readonly generation: number;
}

/**
 * The real task pane beside an emulated workbook. Opening a file replaces the emulated workbook
 * (and restarts the pane on it) only once the file has been read; a file that is not a workbook
 * leaves everything as it was and says so.
 */
export function Playground(props: PlaygroundProps): React.JSX.Element {
  const { displayLanguage, locale, theme } = props;
  const strings = PLAYGROUND_STRINGS[locale];
  const [book, setBook] = React.useState<OpenBook>({
    emulator: props.emulator,
    fileName: props.fileName,
    generation: 0,
  });
  const [view, showNow] = useExcelView(book.emulator);
  const [message, setMessage] = React.useState<{ text: string; error: boolean } | null>(null);
  // The same host the Office entry makes (src/taskpane/index.tsx), afresh for each workbook.
  const host = React.useMemo(() => createOfficeHost({ locale }), [locale, book]);

  function fail(text: string, error: unknown): void {
    setMessage({ text, error: true });
    // The user sees what happened; a developer also gets why.
    console.error(error);
  }

  function select(sheet: string, cell?: string): void {
    selectInWorkbook(book.emulator, sheet, cell).then(showNow, (error: unknown) =>
      fail(String(error), error)
    );
  }

  async function onFile(event: React.ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again opens it again.
    event.target.value = "";
    if (!file) return;
    let sheets;
    try {
      sheets = await readXlsx(await file.arrayBuffer());
    } catch (error) {
      fail(fill(strings.notAWorkbook, { file: file.name }), error);
      return;
    }
    let emulator: Emulator;
    try {
      emulator = emulateWorkbook(sheets, displayLanguage, file.name);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      fail(fill(strings.cannotEmulate, { file: file.name, reason }), error);
      return;
    }
    install(emulator, book.emulator);
    setBook((b) => ({ emulator, fileName: file.name, generation: b.generation + 1 }));
    setMessage({ text: fill(strings.opened, { file: file.name }), error: false });
  }

  async function onDownload(): Promise<void> {
    let bytes: ArrayBuffer;
    try {
      bytes = await writeXlsx(book.emulator.snapshot());
    } catch (error) {
      fail(fill(strings.downloadFailed, { reason: String(error) }), error);
      return;
    }
    const url = URL.createObjectURL(
      new Blob([bytes], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      })
    );
    const link = document.createElement("a");
    link.href = url;
    link.download = book.fileName.replace(/\.xlsx$/i, "") + "-duibiao.xlsx";
    link.click();
    // Give the browser a moment to start the download before the bytes go.
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <div className="playground">
      <main aria-label={strings.workbook}>
        <header className="toolbar">
          <h1>{strings.title}</h1>
          <p className="subtitle">{strings.subtitle}</p>
          <input id="open-file" type="file" accept=".xlsx" onChange={(e) => void onFile(e)} />
          <label className="button" htmlFor="open-file">
            {strings.open}
          </label>
          <button type="button" className="button" onClick={() => void onDownload()}>
            {strings.download}
          </button>
          <p
            role={message?.error ? "alert" : "status"}
            className={message?.error ? "message error" : "message"}
          >
            {message?.text ?? ""}
          </p>
        </header>
        <WorkbookView view={view} strings={strings} onSelect={select} />
      </main>
      <aside aria-label={strings.pane} className="pane">
        <FluentProvider theme={theme}>
          <App key={book.generation} host={host} locale={locale} />
        </FluentProvider>
      </aside>
    </div>
  );
}
