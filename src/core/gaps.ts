import { TableAnalysis, UnitResult } from "./analyze";
import { Rank } from "./rank";
import { Decimals, roundAt, roundTo, scaleOf, toScaled } from "./round";
import { TableColumn, columnsWithRole, termCell } from "./table";
import { compactText } from "./text";
import { WeightFit } from "./weights";

/** One term of the total (a part, a bonus addend, a deduction) compared between two units. */
export interface TermGap {
  readonly column: TableColumn;
  /** Weight applied to the raw gap: the fitted weight, or ±1 when the total is not explained. */
  readonly weight: number;
  readonly own: number | null;
  readonly benchmark: number | null;
  readonly ownRank: Rank | null;
  readonly benchmarkRank: Rank | null;
  /** own − benchmark, at 2 decimals. */
  readonly gap: number | null;
  /** weight × gap, at 4 decimals: the points of total this term accounts for. */
  readonly weighted: number | null;
  /** weighted ÷ total gap, at 4 decimals. */
  readonly share: number | null;
  readonly previousWeighted: number | null;
  /** weighted − previousWeighted, at 4 decimals. */
  readonly change: number | null;
}

export interface GapAnalysis {
  /** Decimals of the table both units are in: gaps are compared and shown at it. */
  readonly decimals: Decimals;
  readonly own: UnitResult;
  readonly benchmark: UnitResult;
  readonly fit: WeightFit;
  /** own total − benchmark total, at 2 decimals. */
  readonly totalGap: number | null;
  readonly previousTotalGap: number | null;
  readonly totalGapChange: number | null;
  readonly terms: readonly TermGap[];
  /** The term that explains most of the gap (the most negative when behind), or null. */
  readonly main: TermGap | null;
  readonly previousOwn: UnitResult | null;
  readonly previousBenchmark: UnitResult | null;
}

/** A term's value for a unit as the ranking sheet holds it (its precision; deductions as |d|). */
export function termValue(
  analysis: TableAnalysis,
  unit: UnitResult,
  column: TableColumn
): number | null {
  const t = analysis.table;
  if (column.role === "part")
    return (
      unit.parts[columnsWithRole(t, "part").findIndex((c) => c.index === column.index)] ?? null
    );
  const cell = termCell(t, unit.unit, column);
  // A blank bonus or deduction is 0, as the total counts it.
  if (!cell || cell.value === null) return 0;
  return roundAt(column.role === "deduction" ? Math.abs(cell.value) : cell.value, t.precision);
}

/** The weight a term's gap is multiplied by: fitted, or ±1 when the fit failed. */
export function termWeight(fit: WeightFit, index: number): number {
  if (fit.fits) return fit.weights[index];
  return fit.columns[index].role === "deduction" ? -1 : 1;
}

function diff(a: number | null, b: number | null, decimals: Decimals): number | null {
  if (a === null || b === null) return null;
  return (toScaled(a, decimals) - toScaled(b, decimals)) / scaleOf(decimals);
}

/** The same column in the previous period's table: same header, or same place among the terms. */
export function matchingColumn(
  previous: TableAnalysis,
  fit: WeightFit,
  index: number,
  previousFit: WeightFit
): TableColumn | null {
  const header = compactText(fit.columns[index].header);
  const byHeader = previousFit.columns.find((c) => compactText(c.header) === header);
  if (byHeader) return byHeader;
  return previousFit.columns.length === fit.columns.length ? previousFit.columns[index] : null;
}

/** Index of the term explaining most of the gap, as MATCH(MIN(...)) picks it: the first on ties. */
export function mainTermIndex(
  weighted: readonly (number | null)[],
  totalGap: number | null
): number {
  if (totalGap === null || totalGap === 0) return -1;
  let best = -1;
  weighted.forEach((w, i) => {
    if (w === null) return;
    if (best < 0) best = i;
    else if (totalGap < 0 ? w < (weighted[best] as number) : w > (weighted[best] as number))
      best = i;
  });
  return best;
}

/**
 * Compares two units of one table term by term: raw and weighted gaps, each term's share of the
 * total gap, the term that explains most of it, and the same gaps in the previous period.
 */
export function gapAnalysis(
  analysis: TableAnalysis,
  own: UnitResult,
  benchmark: UnitResult,
  fit: WeightFit,
  previous: { analysis: TableAnalysis; fit: WeightFit } | null
): GapAnalysis {
  const d = analysis.table.precision;
  // Last period's gaps keep the finer of the two periods' precisions, as the sheet's do.
  const dPrev = Math.max(d, previous?.analysis.table.precision ?? d);
  const totalGap = diff(own.total, benchmark.total, d);
  const prevOwn = previous?.analysis.units.find((u) => u.unit.key === own.unit.key) ?? null;
  const prevBench = previous?.analysis.units.find((u) => u.unit.key === benchmark.unit.key) ?? null;
  const previousTotalGap =
    prevOwn && prevBench ? diff(prevOwn.total, prevBench.total, dPrev) : null;
  const partColumns = columnsWithRole(analysis.table, "part");
  const terms = fit.columns.map((column, i): TermGap => {
    const weight = termWeight(fit, i);
    const ownValue = termValue(analysis, own, column);
    const benchValue = termValue(analysis, benchmark, column);
    const gap = diff(ownValue, benchValue, d);
    const weighted = gap === null ? null : roundTo(weight * gap, 4);
    let previousWeighted: number | null = null;
    if (previous && prevOwn && prevBench) {
      const col = matchingColumn(previous.analysis, fit, i, previous.fit);
      const g = col
        ? diff(
            termValue(previous.analysis, prevOwn, col),
            termValue(previous.analysis, prevBench, col),
            dPrev
          )
        : null;
      previousWeighted = g === null ? null : roundTo(weight * g, 4);
    }
    const p = partColumns.findIndex((c) => c.index === column.index);
    return {
      column,
      weight,
      own: ownValue,
      benchmark: benchValue,
      ownRank: p >= 0 ? own.partRanks[p] : null,
      benchmarkRank: p >= 0 ? benchmark.partRanks[p] : null,
      gap,
      weighted,
      share: weighted === null || !totalGap ? null : roundTo(weighted / totalGap, 4),
      previousWeighted,
      change:
        weighted === null || previousWeighted === null
          ? null
          : roundTo(weighted - previousWeighted, 4),
    };
  });
  const main = mainTermIndex(
    terms.map((t) => t.weighted),
    totalGap
  );
  return {
    decimals: d,
    own,
    benchmark,
    fit,
    totalGap,
    previousTotalGap,
    totalGapChange: diff(totalGap, previousTotalGap, dPrev),
    terms,
    main: main >= 0 ? terms[main] : null,
    previousOwn: prevOwn,
    previousBenchmark: prevBench,
  };
}
