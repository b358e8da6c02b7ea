import { COLUMN_ROLES } from "./table";
import { DEFAULT_SETTINGS, DuibiaoSettings } from "./host";
import { RoleOverride } from "./read-table";

const ROLES = new Set<string>([...COLUMN_ROLES, "breakdown"]);

function positiveInt(v: unknown, fallback: number): number {
  return typeof v === "number" && Number.isInteger(v) && v >= 1 ? v : fallback;
}

/**
 * Settings read back from a workbook or from the user's storage, checked field by field: whatever is
 * missing or malformed (an older version wrote it, a user edited it) falls back to the default, so a
 * damaged setting never stops a refresh. Not an object at all → null.
 */
export function parseSettings(raw: unknown): DuibiaoSettings | null {
  let value = raw;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      // Not JSON: treated as no settings at all, the same as a workbook that never had any.
      return null;
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const overrides: Record<string, Record<string, RoleOverride>> = {};
  if (typeof v.overrides === "object" && v.overrides !== null) {
    for (const [sheet, cols] of Object.entries(v.overrides as Record<string, unknown>)) {
      if (typeof cols !== "object" || cols === null) continue;
      const clean: Record<string, RoleOverride> = {};
      for (const [letter, role] of Object.entries(cols as Record<string, unknown>)) {
        if (/^[A-Z]{1,3}$/.test(letter) && typeof role === "string" && ROLES.has(role))
          clean[letter] = role as RoleOverride;
      }
      overrides[sheet] = clean;
    }
  }
  const tableRanges: Record<string, string[]> = {};
  if (typeof v.tableRanges === "object" && v.tableRanges !== null) {
    for (const [sheet, ranges] of Object.entries(v.tableRanges as Record<string, unknown>)) {
      if (!Array.isArray(ranges)) continue;
      const clean = ranges.filter(
        (r): r is string => typeof r === "string" && /^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(r)
      );
      if (clean.length) tableRanges[sheet] = clean;
    }
  }
  return {
    ownUnit: typeof v.ownUnit === "string" && v.ownUnit.trim() !== "" ? v.ownUnit.trim() : null,
    benchmarks: Array.isArray(v.benchmarks)
      ? v.benchmarks
          .filter((b): b is string => typeof b === "string" && b.trim() !== "")
          .map((b) => b.trim())
      : [],
    ties: v.ties === "dense" ? "dense" : "competition",
    bottomLine: positiveInt(v.bottomLine, DEFAULT_SETTINGS.bottomLine),
    bonusRankLine: positiveInt(v.bonusRankLine, DEFAULT_SETTINGS.bonusRankLine),
    cumulativeBy: v.cumulativeBy === "sum" ? "sum" : DEFAULT_SETTINGS.cumulativeBy,
    overrides,
    tableRanges,
  };
}
