/**
 * The one place that uses @microsoft/office-js-helpers: its Storage keeps the user's last own unit
 * and benchmarks across workbooks (offered when a workbook has no settings yet), and its Utilities
 * log an OfficeExtension error with its debug info for whoever supports the user. Its Dialog,
 * Authenticator and UI.notify are not used: they bring a second UI toolkit and network sign-in
 * the add-in has no need for.
 */
import * as OfficeHelpers from "@microsoft/office-js-helpers";
import { DuibiaoSettings, parseSettings } from "../core";

const CONTAINER = "duibiao";
const KEY = "preferences";

type Preferences = Pick<
  DuibiaoSettings,
  "ownUnit" | "benchmarks" | "ties" | "bottomLine" | "bonusRankLine" | "cumulativeBy"
>;

function storage(): OfficeHelpers.Storage<string> | null {
  // Storage throws where localStorage is unavailable (a locked-down intranet browser).
  try {
    return new OfficeHelpers.Storage<string>(CONTAINER, OfficeHelpers.StorageType.LocalStorage);
  } catch (error) {
    logOfficeError(error);
    return null;
  }
}

/** The user's last choices, or null on a first run. */
export function recallPreferences(): DuibiaoSettings | null {
  const raw = storage()?.get(KEY);
  const parsed = raw ? parseSettings(raw) : null;
  return parsed ? { ...parsed, overrides: {} } : null;
}

export function rememberPreferences(settings: DuibiaoSettings): void {
  const prefs: Preferences = {
    ownUnit: settings.ownUnit,
    benchmarks: settings.benchmarks,
    ties: settings.ties,
    bottomLine: settings.bottomLine,
    bonusRankLine: settings.bonusRankLine,
    cumulativeBy: settings.cumulativeBy,
  };
  storage()?.set(KEY, JSON.stringify(prefs));
}

/** Logs an error with OfficeExtension debug info (errorLocation, statements) for support. */
export function logOfficeError(error: unknown): void {
  // The helpers log to the browser's console through `window`; outside a browser there is no one
  // to read it, and the error still reaches the caller either way.
  if (typeof window === "undefined") return;
  OfficeHelpers.Utilities.log(error instanceof Error ? error : String(error));
}

/** Host and platform as the helpers detect them ("EXCEL", "OFFICE_ONLINE"), for support reports. */
export function hostInfo(): { host: string; platform: string } {
  return { host: OfficeHelpers.Utilities.host, platform: OfficeHelpers.Utilities.platform };
}
