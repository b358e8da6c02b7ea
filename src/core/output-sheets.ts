import { Grid, cellAt, cellText } from "./cells";

/**
 * Every sheet the tool writes carries this token at the start of cell A2. A sheet that has it was
 * written by the tool and is replaced on the next run; a sheet without it is the user's and is
 * never touched, whatever its name.
 */
export const OUTPUT_MARKER = "〔Duibiao〕";

/** Whether a sheet's values show it was written by the tool. */
export function isOutputSheet(values: Grid): boolean {
  return cellText(cellAt(values, 1, 0)).startsWith(OUTPUT_MARKER);
}

const ILLEGAL = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

/**
 * A legal sheet name from any text: no []:*?/\, no apostrophe at either end, at most 31 characters.
 * @example legalSheetName("排名: 三季度/县区") // => "排名 三季度县区"
 */
export function legalSheetName(text: string): string {
  let name = text.replace(ILLEGAL, "").replace(/\s+/g, " ").trim();
  name = name.replace(/^'+|'+$/g, "");
  name = Array.from(name).slice(0, MAX_LENGTH).join("");
  name = name.replace(/'+$/g, "").trim();
  return name === "" || name.toLowerCase() === "history" ? "Duibiao" : name;
}

/**
 * A name not among `taken` (compared as Excel does, ignoring case): "名", then "名 (2)", "名 (3)" …,
 * shortened to stay within 31 characters.
 */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = legalSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate =
      Array.from(base)
        .slice(0, MAX_LENGTH - suffix.length)
        .join("")
        .trim() + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
