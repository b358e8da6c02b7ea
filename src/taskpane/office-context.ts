import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { Locale, pickLocale } from "../locales";

/** The parts of `Office.context` the pane reads, so this can be tested without office-js. */
export interface OfficeContextLike {
  readonly displayLanguage?: string;
  readonly officeTheme?: { readonly bodyBackgroundColor?: string } | null;
}

/** True for a dark colour such as "#262626" (relative luminance under one half). */
export function isDarkColor(color: string | undefined): boolean {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  if (!hex) return false;
  const n = parseInt(hex[1], 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 0xff, n & 0xff];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/**
 * The pane's language and theme from Office: English for any "en…" display language, Chinese
 * otherwise; the dark theme when Office's body background is dark. Office on the web and older
 * hosts may have no `officeTheme`: then the light theme.
 */
export function paneEnvironment(context: OfficeContextLike | undefined): {
  locale: Locale;
  theme: Theme;
} {
  return {
    locale: pickLocale(context?.displayLanguage),
    theme: isDarkColor(context?.officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme,
  };
}
