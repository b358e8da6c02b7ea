/**
 * The task pane's entry: once Office is ready, read the language and theme, create the office-js
 * host and render the pane. Everything else lives in App and useDuibiao, which never call Excel.
 */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createOfficeHost } from "../excel";
import { App } from "./App";
import { paneEnvironment } from "./office-context";

Office.onReady(() => {
  const { locale, theme } = paneEnvironment(Office.context);
  document.documentElement.lang = locale;
  const container = document.getElementById("container");
  if (!container) throw new Error('taskpane.html has no <div id="container">');
  createRoot(container).render(
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <App host={createOfficeHost({ locale })} locale={locale} />
    </FluentProvider>
  );
});
