import { Decimals, scaleOf } from "./round";
import { leastSquares } from "./weights";

/** A numeric column of a table, with its values on the rows the reader sampled (null: blank). */
export interface NumericColumn {
  readonly index: number;
  readonly values: readonly (number | null)[];
  /** Deductions may carry a negative weight; every other term adds. */
  readonly deduction: boolean;
  /** The weight its header states ("日常考核（40%）" → 0.4), if any. */
  readonly weight?: number | null;
}

export interface DetectedTotal {
  /** The column that is the (weighted) sum of all the others, or null. */
  readonly total: number | null;
  /** Columns that are sums of some of the others only (小计): neither a part nor the total. */
  readonly subtotals: readonly number[];
}

/** A weight this small is no term at all. */
const ZERO = 1e-3;

/**
 * Finds the total among a table's numeric columns by what its cells hold, whatever its header
 * says: the column that, row by row, is a weighted sum of every column before it (weights at
 * least zero, deductions excepted) within the sheet's last decimal. Columns are read left to
 * right, as sums stand right of their terms; a sum found on the way is set aside so that later
 * sums are read against the parts alone. A sum of only some of the columns before it, or a sum
 * that a later total takes in, is a subtotal, which must not be added again. Needs two rows more
 * than there are terms, or round weights (multiples of 0.05) when there are fewer; a plain sum
 * of every column before it, or one by the weights their headers state, is told from two rows.
 * @example columns 日常 [80, 90 …], 年终 [70, 60 …], 考核结果 [74, 72 …] (0.4·日常 + 0.6·年终)
 *   → { total: index of 考核结果, subtotals: [] }
 */
export function detectTotal(columns: readonly NumericColumn[], decimals: Decimals): DetectedTotal {
  const tolerance = 1 / scaleOf(decimals) + 1e-9;
  const terms: NumericColumn[] = [];
  const sums: number[] = [];
  let total: number | null = null;
  for (const column of columns) {
    const fit = column.deduction ? null : sumFit(column, terms, tolerance);
    if (fit === null || fit < 2) {
      terms.push(column);
      continue;
    }
    sums.push(column.index);
    if (fit === terms.length) total = column.index;
  }
  return { total, subtotals: sums.filter((i) => i !== total) };
}

/**
 * How many of `terms` make `target` as a weighted sum (weights at least zero but for
 * deductions); null when it is no such sum, the terms are linked, or there are too few rows.
 */
function sumFit(
  target: NumericColumn,
  terms: readonly NumericColumn[],
  tolerance: number
): number | null {
  if (terms.length < 2) return null;
  const x: number[][] = [];
  const y: number[] = [];
  // Tied units often print identical rows: one such row is one observation, not several, or two
  // rows would seem to prove weights that they cannot.
  const seen = new Set<string>();
  target.values.forEach((v, r) => {
    if (v === null) return;
    const row = terms.map((c) => c.values[r] ?? (c.deduction ? 0 : NaN));
    if (row.some(Number.isNaN)) return;
    const key = `${row.join(",")}|${v}`;
    if (seen.has(key)) return;
    seen.add(key);
    x.push(row);
    y.push(v);
  });
  // The plain sum is the common total, and a sum by the weights the headers state is the next. Each
  // is told even where the rows are too few or too alike (tied units' identical rows) for a fit
  // to find weights: every row adds up, in two rows or more, one of them with two terms not zero.
  const stated = terms.some((c) => c.weight != null);
  const weights = terms.map((c) => (c.deduction ? 1 : (c.weight ?? 1)));
  const addsUp = (w: readonly number[]) =>
    x.length >= 2 &&
    x.some((row) => row.filter((v) => v !== 0).length >= 2) &&
    x.every((row, r) => Math.abs(row.reduce((acc, v, j) => acc + v * w[j], 0) - y[r]) <= tolerance);
  if (addsUp(terms.map(() => 1)) || (stated && addsUp(weights))) return terms.length;
  if (x.length < terms.length) return null;
  const w = leastSquares(x, y);
  if (!w) return null;
  // With as many rows as terms any column "fits", and with one row more a column of scores near
  // one another often fits within the last decimal by chance (0.083·日常 + 0.379·年终 ≈ 群众满意度
  // on three rows): then only round weights (1, 0.4, 0.25) tell a sum.
  if (
    x.length <= terms.length + 1 &&
    !w.every((wj) => Math.abs(wj * 20 - Math.round(wj * 20)) < 1e-6)
  )
    return null;
  const fits = x.every(
    (row, r) => Math.abs(row.reduce((acc, v, j) => acc + v * w[j], 0) - y[r]) <= tolerance
  );
  const signsRight = w.every((wj, j) => terms[j].deduction || wj >= -ZERO);
  if (!fits || !signsRight) return null;
  return w.filter((wj) => Math.abs(wj) >= ZERO).length;
}
