/**
 * What Excel stores when a value arrives through `range.values` or `range.formulas`: the API
 * behaves like typing, so "=..." is a formula, "12" a number, "50%" a percentage, "TRUE" a
 * boolean and "'007" the text "007" — unless the cell is formatted as text ("@"), where a string
 * is kept exactly as given. office-js documents that strings starting with "+" or "-" are read
 * as formulas too.
 */
import { CellContent } from "./engine";
import { fail } from "./errors";
import { numberFromText } from "./functions";

export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];

export interface ParsedInput {
  /** `undefined` leaves the cell unchanged (a `null` in the input array); `null` clears it. */
  readonly content: CellContent | null | undefined;
  /** A number format Excel applies along with the value ("50%" → "0%"), when the cell has none. */
  readonly impliedFormat?: string;
}

function percentFormat(text: string): string {
  const decimals = /\.(\d+)\s*%/.exec(text)?.[1].length ?? 0;
  return decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
}

/**
 * Reads one input cell. `textFormat` is whether the cell's number format is "@" at the time of
 * writing. Throws InvalidArgument for values Excel refuses (objects, NaN).
 */
export function parseCellInput(raw: unknown, textFormat: boolean, location: string): ParsedInput {
  if (raw === null || raw === undefined) return { content: undefined };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw))
      fail("InvalidArgument", location, `${raw} is not a valid cell value.`);
    return { content: { kind: "number", value: Object.is(raw, -0) ? 0 : raw } };
  }
  if (typeof raw === "boolean") return { content: { kind: "boolean", value: raw } };
  if (typeof raw !== "string")
    fail("InvalidArgument", location, `Cell values must be strings, numbers or booleans.`);
  if (raw === "") return { content: null };
  if (textFormat) return { content: { kind: "text", value: raw } };
  if (raw.startsWith("=")) return { content: { kind: "formula", text: raw } };
  if (raw.startsWith("'")) return { content: { kind: "text", value: raw.slice(1) } };
  const n = numberFromText(raw);
  if (n !== null) {
    const content: CellContent = { kind: "number", value: n };
    return raw.trim().endsWith("%") ? { content, impliedFormat: percentFormat(raw) } : { content };
  }
  if (/^[+-]/.test(raw)) {
    if (raw.length === 1) return { content: { kind: "text", value: raw } };
    return { content: { kind: "formula", text: `=${raw}` } };
  }
  const upper = raw.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE")
    return { content: { kind: "boolean", value: upper === "TRUE" } };
  if (ERROR_LITERALS.includes(upper)) return { content: { kind: "error", value: upper } };
  return { content: { kind: "text", value: raw } };
}

/** What `formulas` reports for a cell: the formula text, or the constant. */
export function formulaOf(content: CellContent | undefined): string | number | boolean {
  if (!content) return "";
  if (content.kind === "formula") return content.text;
  return content.value;
}
