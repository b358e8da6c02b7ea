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

/** Digits of a year written in Chinese numerals (二〇二四年, 二零二四年). */
const YEAR_DIGITS: Readonly<Record<string, string>> = {
  〇: "0",
  零: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

/** "二〇二四年一月" → "2024年一月": a year in Chinese numerals read as digits, the rest untouched. */
function yearDigits(text: string): string {
  return text.replace(/([〇零一二三四五六七八九]{4})年/g, (_, y: string) => {
    const digits = Array.from(y, (ch) => YEAR_DIGITS[ch]).join("");
    return /^(19|20)\d{2}$/.test(digits) ? `${digits}年` : `${y}年`;
  });
}

/**
 * Finds the period a sheet name or title speaks of, in the styles provinces and offices write:
 * months (1月, 一月, 01月, 2024年1月, 2024-01, 2024.1, 二〇二四年一月), quarters (一季度, 第1季度, Q1,
 * 2024Q1, Q1 2024), halves (上半年, H1, 2024H1) and whole years (2024年度, 全年, 年终).
 * A date (11月3日, 2024-11-03) is when a sheet was issued, never its period.
 * @example parsePeriod("2017年第三季度全省考核结果") // => { year: 2017, kind: "quarter", index: 3 }
 * @example parsePeriod("三季度县区") // => { year: null, kind: "quarter", index: 3 }
 * @example parsePeriod("1-9月") // => { year: null, kind: "month", index: 9 }
 * @example parsePeriod("2024.01") // => { year: 2024, kind: "month", index: 1 }
 */
export function parsePeriod(text: string): Period | null {
  const t = yearDigits(compactText(text));
  const yearMatch = /((?:19|20)\d{2})(?:年|[-./]|Q|q|H|h|$|[^\d])/.exec(t);
  // "Q1 2024" compacts to "Q12024": the year follows the quarter.
  const yearAfter = /[QqHh][1-4]((?:19|20)\d{2})(?!\d)/.exec(t);
  const year = yearMatch ? Number(yearMatch[1]) : yearAfter ? Number(yearAfter[1]) : null;

  const q =
    /(?:^|[^\dA-Za-z])[Qq]([1-4])(?!\d)/.exec(t) ??
    /(?:19|20)\d{2}[Qq]([1-4])(?!\d)/.exec(t) ??
    /(?:^|[^\dA-Za-z])[Qq]([1-4])(?:19|20)\d{2}(?!\d)/.exec(t);
  if (q) return { year, kind: "quarter", index: Number(q[1]) };
  const quarter = new RegExp(`第?${NUM}季度?(?!\\d)`).exec(t.replace(/(19|20)\d{2}年度?/, ""));
  if (quarter && /季/.test(quarter[0])) {
    const index = numeral(quarter[1]);
    if (index >= 1 && index <= 4) return { year, kind: "quarter", index };
  }
  const half = /(上|下)半年/.exec(t);
  if (half) return { year, kind: "half", index: half[1] === "上" ? 1 : 2 };
  const h =
    /(?:^|[^\dA-Za-z])[Hh]([12])(?!\d)/.exec(t) ??
    /(?:19|20)\d{2}[Hh]([12])(?!\d)/.exec(t) ??
    /(?:^|[^\dA-Za-z])[Hh]([12])(?:19|20)\d{2}(?!\d)/.exec(t);
  if (h) return { year, kind: "half", index: Number(h[1]) };
  // A month, or the end of a cumulative range (1-9月); never a date (11月3日) or 月通报.
  const month = new RegExp(`(?:${NUM}[-~至—–])?${NUM}月(?!\\d|份?\\d*日|[0-9]*号)`).exec(
    t.replace(/(19|20)\d{2}年/, "")
  );
  if (month) {
    const index = numeral(month[2]);
    if (index >= 1 && index <= 12) return { year, kind: "month", index };
  }
  // 2024-01, 2024.1, 2024/01, 202401: a year and a month in digits, but not a full date.
  const numeric = /(?:^|\D)((?:19|20)\d{2})(?:[-./](\d{1,2})|(0[1-9]|1[0-2]))(?![-./]?\d)/.exec(t);
  if (numeric) {
    const index = Number(numeric[2] ?? numeric[3]);
    if (index >= 1 && index <= 12) return { year: Number(numeric[1]), kind: "month", index };
  }
  if (/年度|全年|年终|年考核/.test(t)) return { year, kind: "year", index: 0 };
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

const GRAIN: Readonly<Record<Period["kind"], number>> = { month: 0, quarter: 1, half: 2, year: 3 };

/**
 * A total order of periods: by {@link comparePeriods}, and among periods that end in the same
 * month the shorter first (12月, then 四季度, then 下半年, then the year), so a year's own ranking
 * follows its last quarter and sheets in any order sort the same way.
 * @example periodOrder(q4, year) // => negative: 2024Q4 before 2024
 */
export function periodOrder(a: Period, b: Period): number {
  return comparePeriods(a, b) || GRAIN[a.kind] - GRAIN[b.kind];
}

/**
 * The report's spelling: "2017Q3", "2017-09", "2017H1", "2017"; without a year "Q3", "M09", "H1", "Y".
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
      return y === "" ? "Y" : y;
  }
}

/** Combines what a sheet name and a title say: the title's year fills the name's gap, and so on. */
export function mergePeriods(first: Period | null, second: Period | null): Period | null {
  if (!first) return second;
  if (!second) return first;
  const base = first.kind === "year" && second.kind !== "year" ? second : first;
  return { ...base, year: first.year ?? second.year };
}
