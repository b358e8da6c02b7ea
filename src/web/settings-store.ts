/**
 * The user's choices kept in this browser (localStorage), as the add-in keeps them in the
 * workbook: the own unit, benchmarks and thresholds for every file; tables and unit columns
 * marked by hand for the file they were marked in (by its name: next quarter's file of the same
 * name has the same sheets). Keys are namespaced and versioned; whatever is read back is checked
 * field by field (parseSettings), so a damaged entry falls back to the defaults.
 */
import { DuibiaoSettings } from "../core/host";
import { parseSettings } from "../core/settings";
import { Locale } from "../locales";

const PREFIX = "duibiao.web.v1.";
const KEYS = {
  settings: `${PREFIX}settings`,
  marks: `${PREFIX}marks`,
  locale: `${PREFIX}locale`,
} as const;
/** Files whose marks are kept; the least recently used beyond this are forgotten. */
export const MARKED_FILES = 30;

type Marks = Pick<DuibiaoSettings, "overrides" | "tableRanges">;

/** The part of the Web Storage API used here (a test passes a Map-backed one). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export class SettingsStore {
  /**
   * Why the storage could not be read (private mode, site data blocked), or null. The page shows
   * it: choices then last only as long as the page.
   */
  problem: Error | null = null;

  /** @param storage called on each use: reading `window.localStorage` itself may throw. */
  constructor(private readonly storage: () => StorageLike) {}

  private read(key: string): unknown {
    let text: string | null;
    try {
      text = this.storage().getItem(key);
    } catch (error) {
      // Kept and shown by the page (see `problem`); the defaults apply meanwhile.
      this.problem = error instanceof Error ? error : new Error(String(error));
      return null;
    }
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch {
      // Not JSON (another program's entry, a hand edit): read as nothing saved, like a new browser.
      return null;
    }
  }

  private marks(): [string, Marks][] {
    const raw = this.read(KEYS.marks);
    return Array.isArray(raw)
      ? raw.filter(
          (e): e is [string, Marks] =>
            Array.isArray(e) && typeof e[0] === "string" && typeof e[1] === "object"
        )
      : [];
  }

  /** The choices saved for `fileName`, or null when nothing was ever saved. */
  load(fileName: string): DuibiaoSettings | null {
    const general = this.read(KEYS.settings);
    const marks = this.marks().find(([name]) => name === fileName)?.[1];
    if (general === null && marks === undefined) return null;
    return parseSettings({
      ...(typeof general === "object" ? general : {}),
      overrides: marks?.overrides ?? {},
      tableRanges: marks?.tableRanges ?? {},
    });
  }

  /** Saves `settings` for `fileName`. Throws what the storage throws (full, or not allowed). */
  save(fileName: string, settings: DuibiaoSettings): void {
    const { overrides, tableRanges, ...general } = settings;
    const storage = this.storage();
    storage.setItem(KEYS.settings, JSON.stringify(general));
    const others = this.marks().filter(([name]) => name !== fileName);
    const hasMarks = Object.keys(overrides).length > 0 || Object.keys(tableRanges).length > 0;
    const kept = hasMarks ? [...others, [fileName, { overrides, tableRanges }]] : others;
    storage.setItem(KEYS.marks, JSON.stringify(kept.slice(-MARKED_FILES)));
  }

  /** The language the user last switched to, or null. */
  loadLocale(): Locale | null {
    const raw = this.read(KEYS.locale);
    return raw === "zh-CN" || raw === "en-US" ? raw : null;
  }

  /** Throws what the storage throws. */
  saveLocale(locale: Locale): void {
    this.storage().setItem(KEYS.locale, JSON.stringify(locale));
  }
}
