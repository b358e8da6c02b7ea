import { enUS } from "./en-US";
import { Messages, zhCN } from "./zh-CN";

export type Locale = "zh-CN" | "en-US";
export type { Messages };

/** The messages for a locale; anything not English is Chinese, the product's default. */
export function messagesFor(locale: Locale | string | undefined): Messages {
  return locale && locale.toLowerCase().startsWith("en") ? enUS : zhCN;
}

/** The locale the product speaks for a host language tag ("en-GB" → English, anything else → Chinese). */
export function pickLocale(language: string | undefined): Locale {
  return language && language.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
}
