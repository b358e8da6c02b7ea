import { stringLiteral } from "./formula";
import { roundTo } from "./round";
import { PlanCell } from "./sheet-plan";

/**
 * Sentences whose numbers stay live: each piece is literal text or an expression with the text the
 * engine expects it to give. The cell's formula joins the pieces with &; its value is the sentence.
 * Numbers go through FIXED(x, n, TRUE), which prints the locale's decimal point and no thousands
 * separators in Excel and LibreOffice alike.
 */
export type Piece = string | { readonly expr: string; readonly text: string };

/** Excel rejects string literals over 255 characters inside a formula; split long text. */
const MAX_LITERAL = 250;

function literal(text: string): string[] {
  const parts: string[] = [];
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i += MAX_LITERAL)
    parts.push(stringLiteral(chars.slice(i, i + MAX_LITERAL).join("")));
  return parts;
}

/** One cell holding the sentence as a live formula, its cached value the sentence's text. */
export function sentenceCell(
  pieces: readonly Piece[],
  style: PlanCell["style"] = "paragraph"
): PlanCell {
  const merged: Piece[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (typeof p === "string" && typeof last === "string") merged[merged.length - 1] = last + p;
    else if (p !== "") merged.push(p);
  }
  const text = merged.map((p) => (typeof p === "string" ? p : p.text)).join("");
  const hasExpr = merged.some((p) => typeof p !== "string");
  if (!hasExpr) return { value: text, style };
  const expr = merged
    .flatMap((p) => (typeof p === "string" ? literal(p) : [`(${p.expr})`]))
    .join("&");
  return { value: text, formula: `=${expr}`, style };
}

/** The joined text of pieces, as the report states the sentence. */
export function sentenceText(pieces: readonly Piece[]): string {
  return pieces.map((p) => (typeof p === "string" ? p : p.text)).join("");
}

/** @example fixed("B4", 2.03, 2) // => { expr: "FIXED(B4,2,TRUE)", text: "2.03" } */
export function fixed(expr: string, value: number, decimals: number): Piece {
  return {
    expr: `FIXED(${expr},${decimals},TRUE)`,
    text: roundTo(value, decimals).toFixed(decimals),
  };
}

/** A magnitude: "低2.03分" says the sign in words. */
export function fixedAbs(expr: string, value: number, decimals: number): Piece {
  return fixed(`ABS(${expr})`, Math.abs(value), decimals);
}

/** A share as a whole percentage: 0.6773 → "68%". */
export function percent(expr: string, value: number): Piece {
  return { expr: `FIXED(${expr}*100,0,TRUE)&"%"`, text: `${roundTo(value * 100, 0).toFixed(0)}%` };
}

const CHINESE_DIGITS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** 第四 / 第83: Chinese numerals up to ten, as the speech writes places; digits above. */
export function chineseOrdinal(expr: string, value: number): Piece {
  const list = CHINESE_DIGITS.map((d) => stringLiteral(d)).join(",");
  return {
    expr: `IF(AND(${expr}>=1,${expr}<=10),CHOOSE(${expr},${list}),FIXED(${expr},0,TRUE))`,
    text:
      value >= 1 && value <= 10 && Number.isInteger(value)
        ? CHINESE_DIGITS[value - 1]
        : String(value),
  };
}

/** One of two words, chosen by a condition the sheet can re-evaluate. */
export function choose(
  condition: string,
  holds: boolean,
  whenTrue: string,
  whenFalse: string
): Piece {
  return {
    expr: `IF(${condition},${stringLiteral(whenTrue)},${stringLiteral(whenFalse)})`,
    text: holds ? whenTrue : whenFalse,
  };
}

/** Chinese numeral text for small counts (四个), digits above ten. */
export function chineseCount(n: number): string {
  return n >= 1 && n <= 10 ? CHINESE_DIGITS[n - 1] : String(n);
}
