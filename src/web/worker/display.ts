/**
 * A cell's text as a spreadsheet shows it under its number format, for the preview. Covers the
 * formats score sheets and the tool's own sheets use — fixed decimals ("0.00", "0.000_ "),
 * optional decimals ("0.####"), signs per section ("+0;-0;0"), percentages, thousands
 * separators, literal text (`"分"`, `\分`) — not dates, fractions or scientific notation, which
 * show as General.
 */

/** Rounds half away from zero at `decimals`, as Excel shows 1.005 at 2 decimals: "1.01". */
function fixed(value: number, decimals: number): string {
  const shifted = Number(`${Math.abs(value)}e${decimals}`);
  const rounded = Math.round(Number(shifted.toPrecision(15)));
  const text = (rounded / 10 ** decimals).toFixed(decimals);
  return value < 0 && rounded !== 0 ? `-${text}` : text;
}

/** General: up to 11 significant digits, no float noise (0.1 + 0.2 shows 0.3). */
function general(value: number): string {
  return String(Number(value.toPrecision(11)));
}

interface NumberPattern {
  readonly before: string;
  readonly after: string;
  readonly minDecimals: number;
  readonly maxDecimals: number;
  readonly grouped: boolean;
  readonly percent: boolean;
}

/** The literal text of a format piece: quoted text and \x kept, padding (_x) a space, [..] dropped. */
function literal(text: string): string {
  return text
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\\(.)/g, "$1")
    .replace(/_./g, " ")
    .replace(/\*./g, "");
}

function parsePattern(section: string): NumberPattern | null {
  const cleaned = section.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, (m) =>
    "\u0000".repeat(m.length)
  );
  // Date and time letters outside quotes: a date format, shown as General here.
  if (/[ymdhs]/i.test(cleaned.replace(/General/gi, ""))) return null;
  const match = /[#0?,]*[0#?](?:\.[0#?]*)?|\.[0#?]+/.exec(cleaned);
  if (!match) return null;
  const body = match[0];
  const [, decimals = ""] = body.split(".");
  return {
    before: literal(section.slice(0, match.index)),
    after: literal(section.slice(match.index + body.length)).replace(/%/g, ""),
    minDecimals: (decimals.match(/0/g) ?? []).length,
    maxDecimals: decimals.length,
    grouped: body.includes(","),
    percent: section.slice(match.index + body.length).includes("%"),
  };
}

function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function apply(value: number, p: NumberPattern): string {
  const v = p.percent ? value * 100 : value;
  let text = fixed(Math.abs(v), p.maxDecimals);
  if (p.maxDecimals > p.minDecimals) {
    const [int, dec = ""] = text.split(".");
    const trimmed = dec.replace(/0+$/, "").padEnd(p.minDecimals, "0");
    text = trimmed ? `${int}.${trimmed}` : int;
  }
  if (p.grouped) {
    const [int, dec] = text.split(".");
    text = dec === undefined ? group(int) : `${group(int)}.${dec}`;
  }
  return `${p.before}${text}${p.percent ? "%" : ""}${p.after}`;
}

/**
 * A number as its format shows it.
 * @example formatNumber(98.2, "0.00") // => "98.20"
 * @example formatNumber(-3, "+0;-0;0") // => "-3"
 * @example formatNumber(0.456, "0%") // => "46%"
 * @example formatNumber(0.5, "0.####") // => "0.5"
 */
export function formatNumber(value: number, format: string | null | undefined): string {
  if (!format || /^(General|@)$/i.test(format.trim())) return general(value);
  const sections = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  let section = sections[0];
  let magnitude = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    magnitude = -value;
  } else if (value === 0 && sections.length > 2) section = sections[2];
  const pattern = parsePattern(section);
  if (!pattern) return general(value);
  const text = apply(magnitude, pattern);
  // With one section the minus sign is the number's own; with a negative section it is the format's.
  return magnitude < 0 && !/^-/.test(text) && sections.length === 1 ? `-${text}` : text;
}

/**
 * Any cell value as the preview shows it; null is a blank cell.
 * @example displayText(true, null) // => "TRUE"
 */
export function displayText(
  value: string | number | boolean | null,
  format: string | null | undefined
): string {
  if (value === null) return "";
  if (typeof value === "number") return formatNumber(value, format);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}
