import type { Locale } from "../locales";
import { paneEnUS } from "../locales/pane.en-US";
import { PaneMessages, paneZhCN } from "../locales/pane.zh-CN";

/** The pane's texts for a locale; Chinese unless English. */
export function paneMessages(locale: Locale): PaneMessages {
  return locale === "en-US" ? paneEnUS : paneZhCN;
}
