import { TableAnalysis } from "./analyze";
import { GapAnalysis } from "./gaps";
import { Rank, rankAgainst } from "./rank";
import { roundAt } from "./round";

/** The own unit's total and rank if its terms took the scores an analyst expects. */
export interface ScenarioOutcome {
  /** Each term's score in the scenario: the expected score, or the current one where none is typed. */
  readonly terms: readonly number[];
  /** Null when the own unit has no total now. */
  readonly total: number | null;
  /** Its rank among the current field, every other unit unchanged. */
  readonly rank: Rank | null;
}

/**
 * What-if for a comparison sheet's scenario column: each expected term score (or the current one
 * where the analyst typed none; a deduction as its size) changes the total by its weight, and the
 * new total is ranked among the others' current totals with the table's tie rule (RANK.EQ with the
 * own total taken out, as the sheet's COUNTIF(field,">"&scenario)-(own>scenario)+1 does).
 * The briefing never reads it: a scenario is the analyst's guess, not the province's result.
 * @example the sample's 安康 (92.49, 4th) against 汉中, 八办两组 89.03 → 92 at weight 0.5:
 *   scenarioOutcome(city, gap, [null, 92, null])
 *   // => { terms: [92.14, 92, 1.9], total: 93.98, rank: 3 } (92.49 + 1.485, rounded; 西安 94.05 stays ahead)
 */
export function scenarioOutcome(
  analysis: TableAnalysis,
  gap: GapAnalysis,
  expected: readonly (number | null | undefined)[]
): ScenarioOutcome {
  const d = gap.decimals;
  const terms = gap.terms.map((t, i) => {
    const typed = expected[i];
    if (typed === null || typed === undefined || !Number.isFinite(typed)) return t.own ?? 0;
    return roundAt(t.column.role === "deduction" ? Math.abs(typed) : typed, d);
  });
  const own = gap.own.total;
  if (own === null) return { terms, total: null, rank: null };
  // Left to right as the sheet's formula adds them, then rounded as its ROUND does.
  let sum = own;
  gap.terms.forEach((t, i) => {
    sum += t.weight * (terms[i] - (t.own ?? 0));
  });
  const total = roundAt(sum, d);
  const field = analysis.units.map((u) => u.total);
  return { terms, total, rank: rankAgainst(field, analysis.ties, d)(total, own) };
}
