/**
 * Where a chart's marks go, as numbers: the value scale with its ticks, and each category's
 * band. Pure, so the drawing (ChartView) stays a plain map from geometry to SVG, and the rules
 * — zero always on the scale, a reversed axis for ranks (1 on top) — are tested here.
 */
import type { ChartModel } from "../../xlsx/chart-write";

export interface ValueScale {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
  readonly reversed: boolean;
  /** Position along the axis, 0 at its start (left or bottom) and 1 at its end. */
  at(value: number): number;
}

/** A "nice" step for about `count` intervals over `span`: 1, 2 or 5 times a power of ten. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/**
 * The value axis of a chart: from its stated bounds, else from the data widened to nice ticks,
 * zero included for bars (a bar's length means its value).
 * @example valueScale({ kind: "bar", series: [{ values: [94.25, 91.6] }] … }).ticks // => [0, 20, 40, 60, 80, 100]
 */
export function valueScale(model: ChartModel): ValueScale {
  const values = model.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  let low = Math.min(...values, ...(model.kind === "bar" ? [0] : []));
  let high = Math.max(...values, ...(model.kind === "bar" ? [0] : []));
  if (!Number.isFinite(low) || !Number.isFinite(high)) [low, high] = [0, 1];
  if (low === high) [low, high] = [low - 1, high + 1];
  const step = niceStep(high - low);
  const min = model.valueAxis?.min ?? Math.floor(low / step) * step;
  const max = model.valueAxis?.max ?? Math.ceil(high / step) * step;
  const ticks: number[] = [];
  const tickStep = niceStep(max - min);
  for (let t = Math.ceil(min / tickStep) * tickStep; t <= max + tickStep / 1e6; t += tickStep)
    ticks.push(Number(t.toPrecision(12)));
  const reversed = model.valueAxis?.reversed === true;
  return {
    min,
    max,
    ticks,
    reversed,
    at(value: number) {
      const f = (value - min) / (max - min || 1);
      return reversed ? 1 - f : f;
    },
  };
}

/**
 * Category `index` of `count` as a band [start, end) along the category axis, 0 at its origin.
 * Excel puts the first category at the origin (bottom of a horizontal bar chart) unless the
 * axis is reversed; the preview draws what the file will show.
 * @example categoryBand(0, 4, false) // => { start: 0, end: 0.25 }
 */
export function categoryBand(
  index: number,
  count: number,
  reversed: boolean
): { start: number; end: number } {
  const i = reversed ? count - 1 - index : index;
  return { start: i / count, end: (i + 1) / count };
}

/**
 * Which category labels fit: all when few, else every k-th, and always the highlighted ones.
 * @example labelledCategories(100, 20, [57]).has(57) // => true
 */
export function labelledCategories(
  count: number,
  room: number,
  always: readonly number[]
): Set<number> {
  const every = Math.max(1, Math.ceil(count / Math.max(1, room)));
  const out = new Set<number>(always);
  for (let i = 0; i < count; i += every) out.add(i);
  return out;
}
