import type { Locale } from "../locales";
import { webEnUS } from "../locales/web.en-US";
import { WebMessages, webZhCN } from "../locales/web.zh-CN";

/** The web page's texts for a locale; Chinese unless English. */
export function webMessages(locale: Locale): WebMessages {
  return locale === "en-US" ? webEnUS : webZhCN;
}
