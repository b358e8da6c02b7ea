/** Number formats of a workbook's cell styles, for reading cells with the precision they show. */
import { builtInFormat, isDateFormat } from "./number-formats";
import { TagKind, TagScanner } from "./xml-scan";

export interface CellFormats {
  /** For each cell style index (`s` on a cell): its number-format code. */
  readonly codes: readonly string[];
  /** For each cell style index: whether its format shows a date or time. */
  readonly dates: readonly boolean[];
}

/**
 * Resolves every `cellXfs` entry to its format code, built-in or declared in `numFmts`.
 * @example cellFormats(stylesXml).codes[3] // => "0.00"
 */
export function cellFormats(xml: string): CellFormats {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  const s = new TagScanner(xml);
  let depth = 0;
  let inCellXfs = false;
  while (s.next()) {
    if (s.kind === TagKind.Close) {
      depth--;
      if (depth === 1 && s.local === "cellXfs") inCellXfs = false;
      continue;
    }
    if (depth === 2 && s.local === "numFmt") {
      custom.set(Number(s.attr("numFmtId")), s.attr("formatCode") ?? "General");
    } else if (depth === 1 && s.local === "cellXfs") {
      inCellXfs = s.kind === TagKind.Open;
    } else if (inCellXfs && depth === 2 && s.local === "xf") {
      ids.push(Number(s.attr("numFmtId") ?? 0));
    }
    if (s.kind === TagKind.Open) depth++;
  }
  const codes = ids.map((id) => custom.get(id) ?? builtInFormat(id) ?? "General");
  return { codes, dates: ids.map((id, i) => isDateFormat(id, codes[i])) };
}
