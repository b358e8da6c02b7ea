/**
 * Formula text, written in Excel's English syntax with a leading "=" (what office-js
 * `range.formulas` takes). Each builder returns text only; nothing here evaluates.
 * Scores in the ranges these formulas read are already ROUNDed to 2 decimals on the sheet, so every
 * comparison (RANK.EQ, COUNTIF ">"&x, MAX) happens at the sheet's precision.
 */
import { TieMethod } from "./rank";

/** Functions newer than Excel 2007 that an .xlsx file must spell with the `_xlfn.` prefix. */
const NEEDS_PREFIX = ["RANK.EQ"];

const NAME_CHAR = /[A-Za-z0-9_.]/;

/**
 * The same formula as stored in an .xlsx file: no "=", and newer functions prefixed with `_xlfn.`,
 * or other programs read them as #NAME?. Text inside quotes (sheet names, strings) is left alone.
 * Writers call this for every formula cell, so it jumps between quotes and calls with indexOf
 * rather than walking character by character.
 * @example toFileFormula("=RANK.EQ(A1,'RANK.EQ('!A:A)") // => "_xlfn.RANK.EQ(A1,'RANK.EQ('!A:A)"
 */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  if (!NEEDS_PREFIX.some((name) => body.includes(name))) return body;
  let out = "";
  let copied = 0;
  let i = 0;
  for (;;) {
    let call = -1;
    let length = 0;
    for (const name of NEEDS_PREFIX) {
      const at = body.indexOf(`${name}(`, i);
      if (at >= 0 && (call < 0 || at < call)) [call, length] = [at, name.length];
    }
    if (call < 0) break;
    const single = body.indexOf("'", i);
    const double = body.indexOf('"', i);
    const quote = single < 0 ? double : double < 0 ? single : Math.min(single, double);
    if (quote >= 0 && quote < call) {
      // Step over the quoted text; a doubled quote inside it is part of it.
      const mark = body[quote];
      let j = quote + 1;
      for (;;) {
        const k = body.indexOf(mark, j);
        if (k < 0) j = body.length;
        else if (body[k + 1] === mark) {
          j = k + 2;
          continue;
        } else j = k + 1;
        break;
      }
      i = j;
      continue;
    }
    if (!NAME_CHAR.test(body[call - 1] ?? "")) {
      out += `${body.slice(copied, call)}_xlfn.`;
      copied = call;
    }
    i = call + length;
  }
  return out + body.slice(copied);
}

/** A formula's text literal: "安康" → "\"安康\"" with quotes doubled. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Text that Excel would take for a formula or a sign if typed: it must be written as text. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/**
 * Rank of `x` among the numbers of `range` (text and blanks ignored), highest first.
 * Competition: RANK.EQ. Dense (中国式排名): one plus the count of distinct higher values, each
 * distinct value counted once by dividing by its COUNTIF; the guard keeps text cells from dividing by 0.
 */
export function rankExpr(x: string, range: string, ties: TieMethod): string {
  if (ties === "competition") return `RANK.EQ(${x},${range})`;
  return `ROUND(SUMPRODUCT(ISNUMBER(${range})*(${range}>${x})/(COUNTIF(${range},${range})+1-ISNUMBER(${range}))),0)+1`;
}

/**
 * Rank of `x` among the rows of `range` whose `groupRange` equals `group` (a cell or a literal).
 */
export function groupRankExpr(
  x: string,
  range: string,
  groupRange: string,
  group: string,
  ties: TieMethod
): string {
  if (ties === "competition") return `COUNTIFS(${groupRange},${group},${range},">"&${x})+1`;
  const inGroup = `(${groupRange}=${group})*ISNUMBER(${range})`;
  return `ROUND(SUMPRODUCT(${inGroup}*(${range}>${x})/(COUNTIFS(${groupRange},${group},${range},${range})+1-${inGroup})),0)+1`;
}

/**
 * Rank of the reduced total `reduced` against everyone else's unchanged totals in `range`, where the
 * unit's own total `own` is in `range` and must not count against it.
 */
export function rankWithoutExpr(
  reduced: string,
  own: string,
  range: string,
  ties: TieMethod
): string {
  if (ties === "competition") return `COUNTIF(${range},">"&${reduced})-(${own}>${reduced})+1`;
  const distinctAbove = `ROUND(SUMPRODUCT(ISNUMBER(${range})*(${range}>${reduced})/(COUNTIF(${range},${range})+1-ISNUMBER(${range}))),0)`;
  return `${distinctAbove}-(${own}>${reduced})*(COUNTIF(${range},${own})=1)+1`;
}

/** Points behind the highest total, at the sheet's precision. */
export function gapToFirstExpr(x: string, range: string, decimals = 2): string {
  return `ROUND(MAX(${range})-${x},${decimals})`;
}

/** Points behind the next higher distinct total; "" for the highest. */
export function gapToAboveExpr(x: string, range: string, decimals = 2): string {
  return `IF(${x}>=MAX(${range}),"",ROUND(SMALL(${range},COUNTIF(${range},"<="&${x})+1)-${x},${decimals}))`;
}
