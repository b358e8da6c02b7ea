/**
 * The pane's WorkbookHost over a file opened in the browser: scanning and generating run in the
 * Web Worker, "go to a cell" and "open a sheet" move the preview, the selection is the preview's,
 * and the settings live in this browser. Nothing here touches the file: the result is a new one.
 */
import { DuibiaoSettings, HostError, WorkbookHost } from "../core/host";
import type { Locale } from "../locales";
import type { WebMessages } from "../locales/web.zh-CN";
import { PreviewStore } from "./preview-store";
import { SettingsStore } from "./settings-store";
import { WorkbookClient } from "./workbook-client";

export interface FileHostOptions {
  readonly client: WorkbookClient;
  readonly preview: PreviewStore;
  readonly settings: SettingsStore;
  readonly locale: Locale;
  readonly t: WebMessages;
}

/** @example <App host={createFileHost({ client, preview, settings, locale, t })} … /> */
export function createFileHost(options: FileHostOptions): WorkbookHost {
  const { client, preview, settings, locale, t } = options;
  return {
    scan: (s) => client.scan(s, locale),

    async refresh(s, onStep) {
      // The file was read when it was opened; the worker's steps follow.
      onStep?.("read");
      const generated = await client.generate(s, locale, onStep);
      preview.setOutput(generated);
      return generated.result;
    },

    selectCell: async (sheet, cell) => preview.show(sheet, cell),
    activateSheet: async (sheet) => preview.show(sheet),
    getSelection: async () => preview.selectedRange(),

    loadSettings: async () => settings.load(client.fileName),

    async saveSettings(s: DuibiaoSettings) {
      try {
        settings.save(client.fileName, s);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new HostError("unknown", `${t.storageUnavailable} (${message})`);
      }
    },
  };
}
