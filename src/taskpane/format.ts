import type { LevelKind, TableOutcome } from "../core/host";
import { fill } from "../core/i18n";
import type { RoleOverride } from "../core/read-table";
import { COLUMN_ROLES } from "../core/table";
import { compactText } from "../core/text";
import type { PaneMessages } from "../locales/pane.zh-CN";

/** The roles a user can give a column, in the order of a score sheet; a breakdown follows bonus. */
export const ROLE_CHOICES: readonly RoleOverride[] = COLUMN_ROLES.flatMap((r): RoleOverride[] =>
  r === "bonus" ? ["bonus", "breakdown"] : [r]
);

export function isRoleOverride(role: string): role is RoleOverride {
  return (ROLE_CHOICES as readonly string[]).includes(role);
}

/** A column role in the user's words; a role the pane does not know is shown as it came. */
export function roleLabel(role: string, t: PaneMessages): string {
  return isRoleOverride(role) ? t.roles[role] : role;
}

export const LEVELS: readonly LevelKind[] = ["city", "county", "town", "department", "unknown"];

/**
 * The own unit's place in one table, as a briefing says it.
 * @example ownRankLine({ name: "安康", rank: 4, previousRank: 1, rankChange: -3 }, paneZhCN)
 * // => "安康：第4名，较上期下降3位"
 */
export function ownRankLine(
  own: Pick<NonNullable<TableOutcome["own"]>, "name" | "rank" | "previousRank" | "rankChange">,
  t: PaneMessages
): string {
  const r = t.result;
  const rank = own.rank === null ? r.noRank : fill(r.rank, { n: own.rank });
  let change: string;
  if (own.rankChange === null) change = r.noPrevious;
  else if (own.rankChange > 0) change = fill(r.up, { n: own.rankChange });
  else if (own.rankChange < 0) change = fill(r.down, { n: -own.rankChange });
  else change = r.same;
  return fill(r.ownLine, { name: own.name, rank, change });
}

/**
 * A whole number in [min, max] as typed, full-width digits included (an IME types ３０); else null.
 * @example parseWholeNumber(" ３０ ", 1, 999) // => 30
 */
export function parseWholeNumber(text: string, min: number, max: number): number | null {
  const t = compactText(text);
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}
