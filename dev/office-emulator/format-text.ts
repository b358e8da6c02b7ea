/**
 * `range.text`: a value as its number format displays it. Covers the formats an add-in writes
 * (General, "@", "0", "0.00", "#,##0.00", "0%", literal suffixes such as `0.00"分"`, sections
 * separated by ";"); anything fancier (dates, fractions, colours) falls back to General.
 */
import { Computed, isErrorValue } from "./engine";

function trimZeros(s: string): string {
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

/** Excel's General format: at most 11 characters, scientific beyond that. */
export function generalText(n: number): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-4) {
    const [mantissa, exp] = n.toExponential(5).split("e");
    const e = Number(exp);
    return `${trimZeros(mantissa)}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const sign = n < 0 ? "-" : "";
  const intDigits = abs < 1 ? 1 : Math.floor(Math.log10(abs)) + 1;
  const room = 11 - sign.length - intDigits - 1;
  const text = trimZeros(abs.toFixed(Math.max(0, Math.min(room, 20))));
  return text === "0" ? "0" : `${sign}${text}`;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

interface Pattern {
  prefix: string;
  suffix: string;
  decimals: number;
  grouping: boolean;
  percent: boolean;
  minIntegerDigits: number;
}

function parsePattern(section: string): Pattern | null {
  let prefix = "";
  let suffix = "";
  let body = "";
  let seenBody = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    let literal: string | null = null;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") literal = section[++i] ?? "";
    else if (ch === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end;
      literal = "";
    } else if (ch === "_" || ch === "*") {
      i += 1;
      literal = ch === "_" ? " " : "";
    } else if ("0#?.,%".includes(ch)) {
      body += ch;
      seenBody = true;
    } else literal = ch;
    if (literal !== null) {
      if (seenBody) suffix += literal;
      else prefix += literal;
    }
  }
  if (!body.replace(/[%,.]/g, "")) return null;
  const [intPart, decPart = ""] = body.replace(/%/g, "").split(".");
  return {
    prefix,
    suffix,
    decimals: decPart.replace(/[^0?#]/g, "").length,
    grouping: intPart.includes(","),
    percent: body.includes("%"),
    minIntegerDigits: intPart.replace(/[^0]/g, "").length,
  };
}

function applyPattern(n: number, p: Pattern, signed: boolean): string {
  let v = p.percent ? n * 100 : n;
  if (!signed) v = Math.abs(v);
  const fixed = Math.abs(v).toFixed(p.decimals);
  let [int, dec] = fixed.split(".");
  if (p.minIntegerDigits === 0 && int === "0" && p.decimals > 0) int = "";
  int = int.padStart(p.minIntegerDigits, "0");
  if (p.grouping) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = v < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${p.prefix}${sign}${int}${dec !== undefined ? `.${dec}` : ""}${p.percent ? "%" : ""}${p.suffix}`;
}

/** The text Excel shows for `value` under `format`. */
export function formatValue(value: Computed, format: string): string {
  if (value === null) return "";
  if (isErrorValue(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") {
    const sections = splitSections(format);
    const textSection = sections[3];
    return textSection !== undefined && textSection.includes("@")
      ? textSection.replace(/"([^"]*)"/g, "$1").replace("@", value)
      : value;
  }
  if (format === "General" || format === "@" || format === "") return generalText(value);
  const sections = splitSections(format);
  let section = sections[0];
  let signed = true;
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    signed = false;
  } else if (value === 0 && sections.length > 2) section = sections[2];
  const pattern = parsePattern(section);
  if (!pattern) return section.includes("General") ? generalText(value) : section.replace(/"/g, "");
  return applyPattern(value, pattern, signed);
}
