import { TableAnalysis } from "./analyze";
import { GapAnalysis } from "./gaps";
import { TOP_PLACES, hasBottomLine } from "./history";
import { TieMethod } from "./rank";
import { Decimals, roundTo, scaleOf, toScaled } from "./round";

/**
 * What a unit needs to move, in points of its total, everyone else unchanged. Reaching a total
 * ties it, and a tie shares the better rank, so each target is the distance to a total, not past it.
 */
export interface UnitTargets {
  /** To reach the next place: the gap to the next better total (null for the first). */
  readonly nextPlace: number | null;
  /** To be among the first three places (0 when it already is). */
  readonly topThree: number | null;
  /** To reach first place: the gap to the best total (0 for the first). */
  readonly first: number | null;
  /**
   * The bottom-N line, signed: below 0, the points needed to leave the last N places; 0 or more,
   * the margin above the line (it may lose that much and still stay out). Null when the field has
   * N units or fewer, so there is no line, or the unit has no total.
   */
  readonly bottomLine: number | null;
}

/**
 * Points to the top three: to the third-best total (RANK.EQ), or to the third-best distinct total
 * (中国式排名); 0 when there are not three.
 */
function topThreeOf(desc: readonly number[], ties: TieMethod): number | null {
  const distinct = ties === "dense" ? desc.filter((k, i) => i === 0 || desc[i - 1] !== k) : desc;
  return distinct.length < TOP_PLACES ? null : distinct[TOP_PLACES - 1];
}

/**
 * Every unit's targets in one table, aligned with `analysis.units`, worked in whole units of the
 * table's last decimal. The bottom-N line counts places as RANK.EQ does (a unit is inside when at
 * least field − N units score more), whatever the tie rule, as the sheet's LARGE formula does.
 * @example a table of totals 99.8, 98.2, 98.2, 97, 96.5 and a bottom-2 line:
 *   tableTargets(table, 2).map((t) => [t.topThree, t.bottomLine])
 *   // => [[0, 2.8], [0, 1.2], [0, 1.2], [1.2, -1.2], [1.7, -1.7]]
 *   (98.2 and 98.2 tie third; 97 needs 1.2 to reach them and leave the last two places)
 */
export function tableTargets(analysis: TableAnalysis, bottomLine: number): UnitTargets[] {
  const d: Decimals = analysis.table.precision;
  const scale = scaleOf(d);
  const desc = analysis.units
    .filter((u) => u.total !== null)
    .map((u) => toScaled(u.total as number, d))
    .sort((a, b) => b - a);
  const n = desc.length;
  const third = topThreeOf(desc, analysis.ties);
  const last = n - bottomLine; // the last place outside the bottom N
  return analysis.units.map((u): UnitTargets => {
    if (u.total === null) return { nextPlace: null, topThree: null, first: null, bottomLine: null };
    const x = toScaled(u.total, d);
    let line: number | null = null;
    if (hasBottomLine(n, bottomLine)) {
      // Inside when at least `last` totals beat it: the last-th best total beats it.
      const inside = desc[last - 1] > x;
      line = inside ? -(desc[last - 1] - x) / scale : (x - desc[last]) / scale;
    }
    return {
      nextPlace: u.gapToAbove,
      topThree: third === null || third <= x ? 0 : (third - x) / scale,
      first: u.gapToFirst,
      bottomLine: line,
    };
  });
}

/**
 * Formula text of the top-three target for the total in `x` among `range` (rounded scores).
 * @example topThreeExpr("Q5", "Q$4:Q$99", "competition", 2)
 *   // => 'IF(COUNT(Q$4:Q$99)<3,0,MAX(0,ROUND(LARGE(Q$4:Q$99,3)-Q5,2)))'
 */
export function topThreeExpr(x: string, range: string, ties: TieMethod, decimals: number): string {
  if (ties === "competition")
    return `IF(COUNT(${range})<${TOP_PLACES},0,MAX(0,ROUND(LARGE(${range},${TOP_PLACES})-${x},${decimals})))`;
  // The third distinct total: below the best, the next; below that, the next. Fewer than three
  // distinct totals make LARGE fail, and then every unit is in the top three.
  const below = (value: string) => `LARGE(${range},COUNTIF(${range},">="&${value})+1)`;
  return `IFERROR(MAX(0,ROUND(${below(below(`MAX(${range})`))}-${x},${decimals})),0)`;
}

/**
 * Formula text of the signed bottom-N line target (see {@link UnitTargets.bottomLine}), "" when
 * the field has no line.
 * @example bottomLineExpr("Q5", "Q$4:Q$99", 10, 2)
 *   // => 'IF(COUNT(Q$4:Q$99)-10<1,"",IF(COUNTIF(Q$4:Q$99,">"&Q5)>=COUNT(Q$4:Q$99)-10,…))'
 */
export function bottomLineExpr(x: string, range: string, line: number, decimals: number): string {
  const last = `COUNT(${range})-${line}`;
  return (
    `IF(COUNT(${range})<${2 * line},"",IF(COUNTIF(${range},">"&${x})>=${last},` +
    `-ROUND(LARGE(${range},${last})-${x},${decimals}),` +
    `ROUND(${x}-LARGE(${range},${last}+1),${decimals})))`
  );
}

/**
 * Per term of a comparison, the points that term alone must gain to close the total gap to the
 * benchmark: −gap ÷ weight, rounded up to the table's precision (a deduction's is negative: that
 * much less deducted). Null for each term when the own unit is not behind, or the term weighs 0.
 * The sheet works in units of the last decimal, ROUNDUP(ROUND(−gap/weight·100, 6), 0)/100: the
 * inner ROUND drops float noise (1.09 ÷ 0.5 · 100 is 218.00000000000003), so 2.18, never 2.19;
 * with weights of at most 4 decimals a true fraction is never within 10⁻⁶ of a whole unit.
 * @example closingPoints(gap with totalGap −2.03 and weights [0.5, 0.5, 1]) // => [4.06, 4.06, 2.03]
 */
export function closingPoints(gap: GapAnalysis): (number | null)[] {
  const g = gap.totalGap;
  const scale = scaleOf(gap.decimals);
  return gap.terms.map((t) => {
    if (g === null || g >= 0 || t.weight === 0) return null;
    const q = roundTo((-g / t.weight) * scale, 6);
    const units = Math.ceil(Math.abs(q));
    return (q < 0 ? -units : units) / scale;
  });
}

/**
 * Formula text of {@link closingPoints} for one term: the gap and weight cells, on its sheet.
 * @example closingPointsExpr("$F$7", "G4", 2)
 *   // => 'IF(AND(N($F$7)<0,N(G4)<>0),ROUNDUP(ROUND(-$F$7/G4*100,6),0)/100,"")'
 */
export function closingPointsExpr(totalGap: string, weight: string, decimals: number): string {
  const scale = scaleOf(decimals);
  return `IF(AND(N(${totalGap})<0,N(${weight})<>0),ROUNDUP(ROUND(-${totalGap}/${weight}*${scale},6),0)/${scale},"")`;
}
