/**
 * Scores are compared at the sheet's precision (2 decimals on most sheets, 3 on some), the way
 * Excel's ROUND does it: half away from zero, after the 15-significant-digit correction that makes
 * ROUND(1.005, 2) = 1.01. Working in whole units of the last decimal ("scaled" integers; cents at
 * 2 decimals) means binary floating point can never reorder a ranking: 98.2 + 1.6 and 99.8 are
 * the same 9980.
 */
export type Scaled = number;
/** A score in hundredths: {@link Scaled} at 2 decimals. */
export type Cents = Scaled;

/** Decimals scores are compared at: 2 unless the sheet shows otherwise (0 to 4). */
export type Decimals = number;

export const DEFAULT_DECIMALS: Decimals = 2;
/** Beyond 4 decimals a score in the thousands no longer packs exactly into a rank key. */
export const MAX_DECIMALS: Decimals = 4;

const POWERS = [1, 10, 100, 1000, 10000];

/** 10 ** decimals, for the supported precisions. */
export function scaleOf(decimals: Decimals): number {
  const f = POWERS[decimals];
  if (f === undefined)
    throw new RangeError(`decimals must be 0 to ${MAX_DECIMALS}, got ${decimals}`);
  return f;
}

/**
 * A score as a whole number of its last decimal: Excel's ROUND(x, decimals) times 10^decimals.
 * @example toScaled(95.125, 3) // => 95125; toScaled(98.2 + 1.6, 2) // => 9980
 */
export function toScaled(x: number, decimals: Decimals): Scaled {
  if (!Number.isFinite(x)) throw new RangeError(`toScaled requires a finite number, got ${x}`);
  let scaled = Math.abs(x) * scaleOf(decimals);
  // Only a value within a hair of a half needs the (slow) 15-digit correction: 1.005 * 100 is
  // 100.49999999999999, which Excel rounds as 100.5. Everywhere else Math.round already agrees.
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) scaled = Number(scaled.toPrecision(15));
  const units = Math.round(scaled);
  return x < 0 ? -units : units;
}

/** @example roundAt(95.1254, 3) // => 95.125; roundAt(88.6 - 0.1, 2) // => 88.5 */
export function roundAt(x: number, decimals: Decimals): number {
  return toScaled(x, decimals) / scaleOf(decimals);
}

/** @example toCents(98.2 + 1.6) // => 9980; toCents(-0.125) // => -13 */
export function toCents(x: number): Cents {
  return toScaled(x, 2);
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
