import { Messages } from "../locales";
import { Period } from "./period";
import { shownDecimals } from "./precision";
import { Problem } from "./problems";

/**
 * Fills `{name}` placeholders. A missing parameter is a programming error and throws.
 * @example fill("第{n}名", { n: 4 }) // => "第4名"
 */
export function fill(
  template: string,
  params: Readonly<Record<string, string | number>> = {}
): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!(key in params)) throw new RangeError(`fill: no value for {${key}} in "${template}"`);
    const v = params[key];
    return typeof v === "number" ? formatNumber(v) : v;
  });
}

/**
 * Numbers as a briefing writes them: integers plain, others at 2 decimals, or at the 3 or 4 a
 * finer sheet's number shows. @example formatNumber(98.2) // => "98.20"; formatNumber(95.125) // => "95.125"
 */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return n.toFixed(Math.max(2, shownDecimals(n) ?? 2));
}

export function problemMessage(problem: Problem, messages: Messages): string {
  return fill(messages.problems[problem.code], problem.params);
}

/** "2017年第三季度" / "2017 Q3". */
export function periodLabel(period: Period | null, messages: Messages): string {
  if (!period) return "";
  const p = messages.period;
  const year = period.year;
  switch (period.kind) {
    case "quarter": {
      const n = p.quarterNumerals[period.index - 1];
      return year === null
        ? fill(p.quarterNoYear, { n })
        : fill(p.quarter, { year: String(year), n });
    }
    case "month":
      return year === null
        ? fill(p.monthNoYear, { n: period.index })
        : fill(p.month, { year: String(year), n: period.index });
    case "half": {
      const n = p.halfNames[period.index - 1];
      return year === null ? fill(p.halfNoYear, { n }) : fill(p.half, { year: String(year), n });
    }
    case "year":
      return year === null ? p.yearNoYear : fill(p.year, { year: String(year) });
  }
}
