import { DEFAULT_SETTINGS, HostError, WorkbookHost, fill } from "../core";
import { Messages } from "../locales";

export interface CommandOutcome {
  readonly ok: boolean;
  readonly message: string;
}

/**
 * What the ribbon's 刷新排名 does with the pane closed: refresh with the settings saved in the
 * workbook (or the defaults) and say in one sentence what happened. Never throws: the outcome is
 * the message the user is shown.
 */
export async function runRefreshCommand(
  host: WorkbookHost,
  messages: Messages
): Promise<CommandOutcome> {
  try {
    const settings = (await host.loadSettings()) ?? DEFAULT_SETTINGS;
    const result = await host.refresh(settings);
    const extra =
      result.comparisonSheets.length +
      (result.briefingSheet ? 1 : 0) +
      result.historySheets.length +
      result.cumulativeSheets.length;
    const message = fill(messages.host.writtenNotice, {
      tables: result.tables.length,
      extra: extra ? fill(messages.host.extraSheets, { count: extra }) : "",
    });
    return { ok: true, message };
  } catch (error) {
    const message =
      error instanceof HostError
        ? error.message
        : fill(messages.host.unknown, { code: "—", message: String(error) });
    return { ok: false, message };
  }
}
