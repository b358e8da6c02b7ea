import { stringLiteral } from "./formula";
import { Piece, chineseOrdinal } from "./text-formula";

/**
 * Fills a template ("{we}在全省排名第{rank}") with pieces, keeping live pieces live.
 * A missing parameter is a programming error and throws.
 */
export function renderPieces(
  template: string,
  params: Readonly<Record<string, Piece | readonly Piece[]>>
): Piece[] {
  const out: Piece[] = [];
  const re = /\{(\w+)\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) out.push(template.slice(last, m.index));
    if (!(m[1] in params))
      throw new RangeError(`renderPieces: no value for {${m[1]}} in "${template}"`);
    // A parameter may be a single piece or a list (names joined with 、), spliced in place.
    const value = params[m[1]];
    if (Array.isArray(value)) out.push(...(value as readonly Piece[]));
    else out.push(value as Piece);
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return out;
}

/** English ordinal suffixes: 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function englishOrdinal(expr: string, value: number): Piece {
  const mod100 = value % 100;
  const suffix =
    mod100 >= 11 && mod100 <= 13 ? "th" : (["th", "st", "nd", "rd"][value % 10] ?? "th");
  return {
    expr: `FIXED(${expr},0,TRUE)&IF(AND(MOD(${expr},100)>=11,MOD(${expr},100)<=13),"th",CHOOSE(MIN(MOD(${expr},10)+1,5),"th","st","nd","rd","th"))`,
    text: `${value}${suffix}`,
  };
}

export type OrdinalStyle = "chinese" | "english";

export function ordinal(style: OrdinalStyle, expr: string, value: number): Piece {
  return style === "chinese" ? chineseOrdinal(expr, value) : englishOrdinal(expr, value);
}

/**
 * A signed amount in words: "上升3位" / "下降3位" / "持平", from templates with {n} for the magnitude.
 * `decimals` 0 for places, 2 for points.
 */
export function signedPhrase(
  expr: string,
  value: number,
  words: { readonly up: string; readonly down: string; readonly same: string },
  decimals: number
): Piece {
  const part = (template: string, magnitude: string) =>
    template
      .split("{n}")
      .map((s) => stringLiteral(s))
      .join(`&${magnitude}&`);
  const abs = `FIXED(ABS(${expr}),${decimals},TRUE)`;
  const text = (template: string) => template.replace("{n}", Math.abs(value).toFixed(decimals));
  return {
    expr: `IF(${expr}>0,${part(words.up, abs)},IF(${expr}<0,${part(words.down, abs)},${stringLiteral(words.same)}))`,
    text: value > 0 ? text(words.up) : value < 0 ? text(words.down) : words.same,
  };
}

/** Joins names or pieces with the locale's list separator ("、" / ", "). */
export function joinPieces(items: readonly Piece[][], separator: string): Piece[] {
  const out: Piece[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(separator);
    out.push(...item);
  });
  return out;
}
