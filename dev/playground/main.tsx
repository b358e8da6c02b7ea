import * as React from "react";
import { createRoot } from "react-dom/client";
import { pickLocale } from "../../src/locales";
import { paneEnvironment } from "../../src/taskpane/office-context";
import { emulateWorkbook, install } from "./emulated-excel";
import { Playground } from "./Playground";
import { PLAYGROUND_STRINGS } from "./strings";
import { readXlsx } from "./xlsx-convert";

const SAMPLE = "sample-shaanxi-2017.xlsx";

/**
 * Opens the bundled sample in the emulated Excel, then starts the pane the way the Office entry
 * (src/taskpane/index.tsx) does: on `Office.onReady`, with the language and theme Office reports.
 * ?lang=en-US makes that Office an English one.
 */
async function start(): Promise<void> {
  const displayLanguage = new URLSearchParams(window.location.search).get("lang") ?? "zh-CN";
  const container = document.getElementById("root") as HTMLElement;
  document.documentElement.lang = pickLocale(displayLanguage);
  container.textContent = PLAYGROUND_STRINGS[pickLocale(displayLanguage)].loading;
  const response = await fetch(SAMPLE);
  if (!response.ok) throw new Error(`${SAMPLE}: HTTP ${response.status}`);
  const sheets = await readXlsx(await response.arrayBuffer());
  // In Excel, office.js is there before any pane code runs; so are the emulator's globals here.
  const emulator = install(emulateWorkbook(sheets, displayLanguage, SAMPLE));
  await Office.onReady();
  const { locale, theme } = paneEnvironment(Office.context);
  container.textContent = "";
  createRoot(container).render(
    <Playground
      emulator={emulator}
      fileName={SAMPLE}
      displayLanguage={displayLanguage}
      locale={locale}
      theme={theme}
    />
  );
}

start().catch((error: unknown) => {
  // The page has nothing else to show: say what went wrong where the playground would be.
  const container = document.getElementById("root") as HTMLElement;
  container.setAttribute("role", "alert");
  container.textContent = String(error);
  throw error;
});
