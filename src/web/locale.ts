/** Which language the page speaks: ?lang=, else the user's last switch, else the browser's. */
import { Locale, pickLocale } from "../locales";

/**
 * @example pageLocale("?lang=en-US", null, ["zh-CN"]) // => "en-US"
 * @example pageLocale("", null, ["en-GB", "zh-CN"]) // => "en-US"
 * @example pageLocale("", null, ["de-DE"]) // => "zh-CN"
 */
export function pageLocale(
  search: string,
  saved: Locale | null,
  languages: readonly string[]
): Locale {
  const asked = new URLSearchParams(search).get("lang");
  if (asked) return pickLocale(asked);
  if (saved) return saved;
  return pickLocale(languages[0]);
}
