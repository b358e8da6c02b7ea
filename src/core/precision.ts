import { CellValue } from "./cells";
import { DEFAULT_DECIMALS, Decimals, MAX_DECIMALS } from "./round";
import { toHalfWidth } from "./text";

const DATE_TOKENS = /[ymdhsYMDHS]|上午|下午|AM\/PM|年|月|日|时|分|秒/;

/**
 * The decimals a number-format code shows; null when the code does not fix them (General, text,
 * percentages, dates).
 * @example formatDecimals("0.000") // => 3
 * @example formatDecimals("#,##0.00_ ;[Red]-#,##0.00") // => 2
 * @example formatDecimals("General") // => null
 */
export function formatDecimals(code: string | null | undefined): Decimals | null {
  if (!code) return null;
  // The positive section only, without literals ("分", \x), colours and locales ([Red], [$-804]).
  const section = code
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "");
  if (/general|^@$/i.test(section.trim()) || section.includes("%")) return null;
  if (DATE_TOKENS.test(section.replace(/[eE][+-]/g, ""))) return null;
  const decimals = /\.([0#?]+)/.exec(section);
  if (decimals) return Math.min(decimals[1].length, MAX_DECIMALS);
  return /[0#?]/.test(section) ? 0 : null;
}

/**
 * The decimals a number shows when written out, float noise aside (88.18000000000001 shows 2);
 * null beyond {@link MAX_DECIMALS} (an unrounded formula result shows no fixed precision).
 * @example shownDecimals(95.125) // => 3; shownDecimals(0.1 + 0.2) // => 1
 */
export function shownDecimals(x: number): Decimals | null {
  const scaled = x * 100;
  if (Math.abs(scaled - Math.round(scaled)) < 1e-7) {
    if (Number.isInteger(x)) return 0;
    return Math.abs(x * 10 - Math.round(x * 10)) < 1e-8 ? 1 : 2;
  }
  const text = String(Number(x.toPrecision(12)));
  if (text.includes("e")) return null;
  const d = text.length - text.indexOf(".") - 1;
  return d <= MAX_DECIMALS ? d : null;
}

/** Decimals written in a number stored as text: "98.20" shows 2, "９５．１２５分" shows 3. */
export function textDecimals(text: string): Decimals {
  const m = /\.(\d+)/.exec(toHalfWidth(text));
  return m ? Math.min(m[1].length, MAX_DECIMALS) : 0;
}

/** One score column's cells and, where known, their number-format codes. */
export interface PrecisionColumn {
  readonly cells: readonly CellValue[];
  readonly formats?: readonly (string | null | undefined)[];
}

/**
 * The decimals a table's scores are compared at: what the number formats of its score columns
 * show (each column's most common format), or without formats the most decimals a score shows.
 * Never fewer than 2: a format may hide a decimal, but the province's own RANK saw it.
 * @example tablePrecision([{ cells: [95.125, 95.124] }]) // => 3
 * @example tablePrecision([{ cells: [95.1254, 95.1249], formats: ["0.000", "0.000"] }]) // => 3
 */
export function tablePrecision(columns: readonly PrecisionColumn[]): Decimals {
  const memo = new Map<string, Decimals | null>();
  let decimals: Decimals = 0;
  for (const column of columns) {
    const votes = new Map<Decimals, number>();
    let numbers = 0;
    let byValue: Decimals = 0;
    column.cells.forEach((cell, i) => {
      if (typeof cell === "number") {
        numbers += 1;
        const code = column.formats?.[i];
        if (code) {
          let d = memo.get(code);
          if (d === undefined) {
            d = formatDecimals(code);
            memo.set(code, d);
          }
          if (d !== null) votes.set(d, (votes.get(d) ?? 0) + 1);
        }
        const shown = shownDecimals(cell);
        if (shown !== null && shown > byValue) byValue = shown;
      } else if (typeof cell === "string") {
        byValue = Math.max(byValue, textDecimals(cell));
      }
    });
    // A column whose numbers mostly carry a format is read by its (most common) format.
    let best: [Decimals, number] | null = null;
    for (const vote of votes) if (!best || vote[1] > best[1]) best = vote;
    decimals = Math.max(decimals, best && best[1] * 2 >= numbers ? best[0] : byValue);
  }
  return Math.min(Math.max(decimals, DEFAULT_DECIMALS), MAX_DECIMALS);
}
