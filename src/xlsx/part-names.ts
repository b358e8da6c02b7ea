/**
 * Part names and relationship targets of an Open Packaging Conventions package. Names here have
 * no leading "/" ("xl/workbook.xml"), as zip entries do; content types use the "/" form.
 */

/**
 * The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; the
 * package's own relationships for "".
 * @example relsPartOf("xl/worksheets/sheet1.xml") // => "xl/worksheets/_rels/sheet1.xml.rels"
 */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** @example folderOf("xl/worksheets/sheet1.xml") // => "xl/worksheets/" */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/**
 * A relationship's target as a part name, resolved against the source part's folder; ".." and
 * "." steps applied, percent-escapes decoded (zip entries store names decoded).
 * @example resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") // => "xl/worksheets/sheet1.xml"
 * @example resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml") // => "xl/drawings/drawing1.xml"
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folderOf(sourcePart) + target;
  const out: string[] = [];
  for (const step of path.split("/")) {
    if (step === "..") out.pop();
    else if (step !== "." && step !== "") out.push(step);
  }
  return percentDecode(out.join("/"));
}

/**
 * The target to write in `sourcePart`'s relationships for `part`, relative like Excel writes it.
 * @example relativeTarget("xl/worksheets/sheet9.xml", "xl/drawings/drawing2.xml") // => "../drawings/drawing2.xml"
 */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = folderOf(sourcePart).split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function percentDecode(text: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(text)) return text;
  // Decode byte sequences as UTF-8; a malformed sequence is left as written.
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
    const decoded = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    return decoded.includes("\ufffd") ? run : decoded;
  });
}
