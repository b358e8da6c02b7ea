import * as React from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Emulator, SheetSpec, WorkbookSnapshot, createEmulator } from "../office-emulator";
import { createOfficeHost } from "../../src/excel";
import { Locale } from "../../src/locales";
import { App } from "../../src/taskpane/App";
import { WorkbookView } from "./WorkbookView";
import { PLAYGROUND_STRINGS } from "./strings";
import { readXlsx, writeXlsx } from "./xlsx-convert";

/** How often the view looks for the pane's writes and selections (the emulator has no events). */
const POLL_MS = 250;

function open(sheets: SheetSpec[], locale: Locale): Emulator {
  return createEmulator({ sheets, displayLanguage: locale }).install(window);
}

export interface PlaygroundProps {
  readonly sheets: SheetSpec[];
  readonly locale: Locale;
}

/**
 * The real task pane beside an emulated workbook. Opening a file replaces the emulated workbook
 * (and restarts the pane on it) only once the file has been read; a file that is not a workbook
 * leaves everything as it was and says so.
 */
export function Playground({ sheets, locale }: PlaygroundProps): React.JSX.Element {
  const strings = PLAYGROUND_STRINGS[locale];
  const [emulator, setEmulator] = React.useState(() => open(sheets, locale));
  const [generation, setGeneration] = React.useState(0);
  const [snapshot, setSnapshot] = React.useState<WorkbookSnapshot>(() => emulator.snapshot());
  const [view, setView] = React.useState({ sheet: snapshot.activeSheet, selection: "A1" });
  const [message, setMessage] = React.useState<{ text: string; error: boolean } | null>(null);
  const host = React.useMemo(() => createOfficeHost({ locale }), [locale, generation]);

  // Follow the workbook: new requests mean new sheets or a new selection to show.
  React.useEffect(() => {
    let seen = emulator.stats.requests.length;
    const timer = window.setInterval(() => {
      if (emulator.stats.requests.length === seen) return;
      seen = emulator.stats.requests.length;
      const next = emulator.snapshot();
      setSnapshot(next);
      const active = next.sheets.find((s) => s.name === next.activeSheet);
      setView({ sheet: next.activeSheet, selection: active?.selection.split(":")[0] ?? "A1" });
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [emulator]);

  async function onFile(event: React.ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    let next: SheetSpec[];
    try {
      next = await readXlsx(await file.arrayBuffer());
    } catch {
      // Not a workbook: the user is told, and the workbook they had stays open.
      setMessage({ text: strings.notAWorkbook.replace("{file}", file.name), error: true });
      return;
    }
    emulator.uninstall();
    const replaced = open(next, locale);
    setEmulator(replaced);
    const first = replaced.snapshot();
    setSnapshot(first);
    setView({ sheet: first.activeSheet, selection: "A1" });
    setGeneration((g) => g + 1);
    setMessage({ text: strings.opened.replace("{file}", file.name), error: false });
  }

  async function onDownload(): Promise<void> {
    const bytes = await writeXlsx(emulator.snapshot());
    const url = URL.createObjectURL(
      new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
    );
    const link = document.createElement("a");
    link.href = url;
    link.download = "duibiao-workbook.xlsx";
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="playground">
      <main aria-label={strings.workbook}>
        <header className="toolbar">
          <h1>{strings.title}</h1>
          <p className="subtitle">{strings.subtitle}</p>
          <label className="button" htmlFor="open-file">
            {strings.open}
          </label>
          <input id="open-file" type="file" accept=".xlsx" onChange={(e) => void onFile(e)} />
          <button type="button" className="button" onClick={() => void onDownload()}>
            {strings.download}
          </button>
          <p role={message?.error ? "alert" : "status"} className={message?.error ? "message error" : "message"}>
            {message?.text ?? ""}
          </p>
        </header>
        <WorkbookView
          snapshot={snapshot}
          strings={strings}
          sheet={view.sheet}
          selection={view.selection}
          onShowSheet={(sheet) => setView({ sheet, selection: "A1" })}
          onSelect={(selection) => setView((v) => ({ ...v, selection }))}
        />
      </main>
      <aside aria-label={strings.pane} className="pane">
        <FluentProvider theme={webLightTheme}>
          <App key={generation} host={host} locale={locale} />
        </FluentProvider>
      </aside>
    </div>
  );
}
