import { roundAt, roundTo, scaleOf } from "./round";
import { ScoreTable, TableColumn, termReader } from "./table";

/** How a table's total is made from its columns. */
export interface WeightFit {
  /** The columns that make the total: parts, bonus addends, deductions. */
  readonly columns: readonly TableColumn[];
  /** One weight per column, e.g. 交叉检查 0.5, 八办两组 0.5, 月通报 1. */
  readonly weights: readonly number[];
  /** Every row's total is reproduced within 0.01 by these weights. */
  readonly fits: boolean;
  /** Largest |printed − weighted sum| over the rows used, at 2 decimals. */
  readonly maxResidual: number;
  /**
   * "printed": fitted to the printed total; "header": the weights the header states
   * (日常考核（40%）), which reproduce the printed total or make it when there is none;
   * "summed": no printed total and no stated weights, the engine's own sum.
   */
  readonly source: "printed" | "header" | "summed";
}

const SNAP_STEPS = [0.1, 0.05, 0.01];

/** Solves A x = b (square) by Gaussian elimination with partial pivoting; null when singular. */
export function solveLinear(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  // Singular relative to the matrix's size: columns that are sums of others leave a pivot that is
  // rounding noise, not zero.
  const scale = Math.max(1, ...a.map((row) => Math.max(...row.map(Math.abs))));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (Math.abs(m[pivot][col]) < scale * 1e-10) return null;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/** Least squares without intercept: the w minimising |X w − y|². */
export function leastSquares(
  x: readonly (readonly number[])[],
  y: readonly number[]
): number[] | null {
  const k = x[0]?.length ?? 0;
  if (k === 0 || x.length < k) return null;
  const xtx = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => x.reduce((acc, row) => acc + row[i] * row[j], 0))
  );
  const xty = Array.from({ length: k }, (_, i) =>
    x.reduce((acc, row, r) => acc + row[i] * y[r], 0)
  );
  return solveLinear(xtx, xty);
}

function maxResidual(
  x: readonly (readonly number[])[],
  y: readonly number[],
  w: readonly number[]
): number {
  let worst = 0;
  x.forEach((row, r) => {
    const fitted = row.reduce((acc, v, i) => acc + v * w[i], 0);
    worst = Math.max(worst, Math.abs(fitted - y[r]));
  });
  return worst;
}

/**
 * Finds the weights that make the printed total from the parts, by least squares over every row
 * that has all of them, and says whether every row fits within 0.01 (the printed totals are rounded,
 * so a residual of 0.005 is normal). Weights are snapped to the coarsest of 0.1, 0.05, 0.01 steps
 * that still fits (0.5, not 0.4989). A breakdown bonus (其中：加分) is inside another column and is not a term.
 * Without a printed total the weights are those the engine sums with: parts and bonus addends 1,
 * deductions −1.
 * @example a city sheet where 综合得分 = 0.5·交叉 + 0.5·八办两组 + 月通报 → weights [0.5, 0.5, 1], fits
 */
export function fitWeights(table: ScoreTable): WeightFit {
  const d = table.precision;
  // Printed totals are rounded to the sheet's last decimal: a residual of half of one is normal.
  const tolerance = 1 / scaleOf(d) + 1e-9;
  const columns = table.columns.filter(
    (c) => c.role === "part" || c.role === "deduction" || (c.role === "bonus" && c.addend)
  );
  const hasTotal = table.columns.some((c) => c.role === "total");
  const stated = columns.some((c) => c.weight !== null);
  const statedWeights = columns.map((c) => (c.role === "deduction" ? -1 : (c.weight ?? 1)));
  if (!hasTotal) {
    return {
      columns,
      weights: statedWeights,
      fits: true,
      maxResidual: 0,
      source: stated ? "header" : "summed",
    };
  }
  const x: number[][] = [];
  const y: number[] = [];
  const readers = columns.map((c) => termReader(table, c));
  for (const unit of table.units) {
    const total = unit.printedTotal?.value;
    if (total === null || total === undefined) continue;
    const row = columns.map((c, i) => {
      const cell = readers[i](unit);
      // A blank bonus or deduction is 0; a blank part leaves the row out.
      if (!cell || cell.value === null) return c.role === "part" ? NaN : 0;
      return roundAt(c.role === "deduction" ? Math.abs(cell.value) : cell.value, d);
    });
    if (row.some(Number.isNaN)) continue;
    x.push(row);
    y.push(roundAt(total, d));
  }
  if (stated && x.length > 0 && maxResidual(x, y, statedWeights) <= tolerance) {
    const residual = maxResidual(x, y, statedWeights);
    return {
      columns,
      weights: statedWeights,
      fits: true,
      maxResidual: roundTo(residual, 4),
      source: "header",
    };
  }
  const raw = leastSquares(x, y);
  if (!raw) {
    return {
      columns,
      weights: columns.map(() => 1),
      fits: false,
      maxResidual: Infinity,
      source: "printed",
    };
  }
  const signed = raw.map((w, i) => (columns[i].role === "deduction" ? -Math.abs(w) : w));
  // Provinces publish round weights (0.5, 0.3, 0.25): take the coarsest rounding that still fits.
  const snapped = SNAP_STEPS.map((step) =>
    signed.map((w) => roundTo(Math.round(w / step) * step, 4))
  ).find((candidate) => maxResidual(x, y, candidate) <= tolerance);
  const weights = snapped ?? signed.map((w) => roundTo(w, 4));
  const residual = maxResidual(x, y, weights);
  return {
    columns,
    weights,
    fits: residual <= tolerance,
    maxResidual: roundTo(residual, 4),
    source: "printed",
  };
}
