import * as React from "react";
import { createRoot } from "react-dom/client";
import { pickLocale } from "../../src/locales";
import { Playground } from "./Playground";
import { PLAYGROUND_STRINGS } from "./strings";
import { readXlsx } from "./xlsx-convert";

/** Opens the bundled sample, then shows the playground. ?lang=en-US switches to English. */
async function start(): Promise<void> {
  const locale = pickLocale(new URLSearchParams(window.location.search).get("lang") ?? "zh-CN");
  document.documentElement.lang = locale;
  const container = document.getElementById("root") as HTMLElement;
  container.textContent = PLAYGROUND_STRINGS[locale].loading;
  const response = await fetch("sample-shaanxi-2017.xlsx");
  if (!response.ok) throw new Error(`sample workbook: HTTP ${response.status}`);
  const sheets = await readXlsx(await response.arrayBuffer());
  container.textContent = "";
  createRoot(container).render(<Playground sheets={sheets} locale={locale} />);
}

start().catch((error: Error) => {
  // The page has nothing else to show: say what went wrong where the playground would be.
  const container = document.getElementById("root") as HTMLElement;
  container.setAttribute("role", "alert");
  container.textContent = `${error.message}`;
  throw error;
});
