/**
 * Scores are compared at the sheet's precision, 2 decimals, the way Excel's ROUND does it:
 * half away from zero, after the 15-significant-digit correction that makes ROUND(1.005, 2) = 1.01.
 * Working in integer hundredths ("cents") means binary floating point can never reorder a ranking:
 * 98.2 + 1.6 and 99.8 are the same 9980.
 */
export type Cents = number;

/** @example toCents(98.2 + 1.6) // => 9980; toCents(-0.125) // => -13 */
export function toCents(x: number): Cents {
  if (!Number.isFinite(x)) throw new RangeError(`toCents requires a finite number, got ${x}`);
  let scaled = Math.abs(x) * 100;
  // Only a value within a hair of a half needs the (slow) 15-digit correction: 1.005 * 100 is
  // 100.49999999999999, which Excel rounds as 100.5. Everywhere else Math.round already agrees.
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) scaled = Number(scaled.toPrecision(15));
  const cents = Math.round(scaled);
  return x < 0 ? -cents : cents;
}

/** @example round2(1.005) // => 1.01; round2(88.6 - 0.1) // => 88.5 */
export function round2(x: number): number {
  return toCents(x) / 100;
}

/** Rounds to `digits` decimals the same way (for weights and shares, which are not scores). */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`roundTo requires a finite number, got ${x}`);
  const f = 10 ** digits;
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  const r = Math.round(scaled) / f;
  return x < 0 ? -r : r;
}
