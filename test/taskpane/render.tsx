import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import type { WorkbookHost } from "../../src/core/host";
import type { Locale } from "../../src/locales";
import { App } from "../../src/taskpane/App";
import { paneMessages } from "../../src/taskpane/messages";

/** Renders the pane as index.tsx does. */
export function renderPaneNow(host: WorkbookHost, locale: Locale = "zh-CN") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} locale={locale} />
    </FluentProvider>
  );
}

/** Renders the pane and waits until it has finished opening (settings loaded, tables scanned). */
export async function renderPane(host: WorkbookHost, locale: Locale = "zh-CN") {
  const view = renderPaneNow(host, locale);
  const loading = paneMessages(locale).loading;
  await waitFor(() => expect(screen.queryAllByText(loading)).toHaveLength(0));
  return view;
}
