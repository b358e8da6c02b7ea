/**
 * The web page's entry: no Office, no network. Picks the language, then renders the page with a
 * worker made from the bundled worker source and settings kept in this browser.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import workerSource from "duibiao-web-worker";
import { createRoot } from "react-dom/client";
import { inlineWorkerFactory } from "./inline-worker";
import { pageLocale } from "./locale";
import { SettingsStore } from "./settings-store";
import { WebApp } from "./WebApp";

const settings = new SettingsStore(() => window.localStorage);
const locale = pageLocale(
  window.location.search,
  settings.loadLocale(),
  navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]
);
document.documentElement.lang = locale;
const container = document.getElementById("root");
if (!container) throw new Error('index.html has no <div id="root">');
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <WebApp
      initialLocale={locale}
      settings={settings}
      workerFactory={inlineWorkerFactory(workerSource)}
      printTarget={document.getElementById("print")}
    />
  </FluentProvider>
);
