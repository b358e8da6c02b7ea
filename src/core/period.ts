import { compactText } from "./text";
import { CHINESE_NUMERALS } from "./vocabulary";

/** An assessment period: a quarter, a month, a half-year or a whole year, with or without its year. */
export interface Period {
  readonly year: number | null;
  readonly kind: "quarter" | "month" | "half" | "year";
  /** Quarter 1–4, month 1–12, half 1–2; 0 for a whole year. */
  readonly index: number;
}

const NUM = "(\\d{1,2}|十[一二]?|[一二两三四五六七八九十])";

function numeral(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (CHINESE_NUMERALS[text] ?? NaN);
}

/**
 * Finds the period a sheet name or title speaks of.
 * @example parsePeriod("2017年第三季度全省考核结果") // => { year: 2017, kind: "quarter", index: 3 }
 * @example parsePeriod("三季度县区") // => { year: null, kind: "quarter", index: 3 }
 * @example parsePeriod("1-9月") // => { year: null, kind: "month", index: 9 }
 */
export function parsePeriod(text: string): Period | null {
  const t = compactText(text);
  const yearMatch = /((?:19|20)\d{2})(?:年|[-./]|Q|q|$|[^\d])/.exec(t);
  const year = yearMatch ? Number(yearMatch[1]) : null;

  const q = /(?:^|[^\d])[Qq]([1-4])(?!\d)/.exec(t) ?? /((?:19|20)\d{2})[Qq]([1-4])/.exec(t);
  if (q) return { year, kind: "quarter", index: Number(q[q.length - 1]) };
  const quarter = new RegExp(`第?${NUM}季度?(?!\\d)`).exec(t.replace(/(19|20)\d{2}年度?/, ""));
  if (quarter && /季/.test(quarter[0])) {
    const index = numeral(quarter[1]);
    if (index >= 1 && index <= 4) return { year, kind: "quarter", index };
  }
  const half = /(上|下)半年/.exec(t);
  if (half) return { year, kind: "half", index: half[1] === "上" ? 1 : 2 };
  // A month, or the end of a cumulative range (1-9月); never a date (11月3日) or 月通报.
  const month = new RegExp(`(?:${NUM}[-~至—–])?${NUM}月(?!\\d|份?\\d*日|[0-9]*号)`).exec(
    t.replace(/(19|20)\d{2}年/, "")
  );
  if (month) {
    const index = numeral(month[2]);
    if (index >= 1 && index <= 12) return { year, kind: "month", index };
  }
  if (year !== null && /年度|全年|年终|年考核/.test(t)) return { year, kind: "year", index: 0 };
  return null;
}

/** The month a period ends in, for ordering periods of different kinds. */
export function periodEndMonth(p: Period): number {
  switch (p.kind) {
    case "quarter":
      return p.index * 3;
    case "month":
      return p.index;
    case "half":
      return p.index * 6;
    case "year":
      return 12;
  }
}

/** Negative when `a` ends before `b`. A missing year sorts as if it were the same year. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.year !== null && b.year !== null && a.year !== b.year) return a.year - b.year;
  return periodEndMonth(a) - periodEndMonth(b);
}

/**
 * The report's spelling: "2017Q3", "2017-09", "2017H1", "2017"; without a year "Q3", "M09", "H1".
 */
export function formatPeriod(p: Period): string {
  const y = p.year === null ? "" : String(p.year);
  switch (p.kind) {
    case "quarter":
      return `${y}Q${p.index}`;
    case "month":
      return p.year === null
        ? `M${String(p.index).padStart(2, "0")}`
        : `${y}-${String(p.index).padStart(2, "0")}`;
    case "half":
      return `${y}H${p.index}`;
    case "year":
      return y;
  }
}

/** Combines what a sheet name and a title say: the title's year fills the name's gap, and so on. */
export function mergePeriods(first: Period | null, second: Period | null): Period | null {
  if (!first) return second;
  if (!second) return first;
  const base = first.kind === "year" && second.kind !== "year" ? second : first;
  return { ...base, year: first.year ?? second.year };
}
