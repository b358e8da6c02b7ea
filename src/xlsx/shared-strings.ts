/** The shared string table (`xl/sharedStrings.xml`) as plain text, one entry per `<si>`. */
import { READ_LIMITS } from "../core/limits";
import { WorkbookFileError, tooLarge } from "./errors";
import { assertNoDoctype, plainTextOf } from "./xml-scan";
import { decodeEntities, decodeOoxmlEscapes } from "./xml-text";

/**
 * Every shared string as the cell shows it: rich-text runs joined, phonetic guides left out.
 * More than `limit` entries is refused as they arrive (a table of 100 million empty `<si/>` is
 * 500 MB of text and would be 800 MB of array).
 * @example readSharedStrings('<sst><si><t>汉中</t></si><si><r><t>安</t></r><r><t>康</t></r></si></sst>')
 * // => ["汉中", "安康"]
 */
export function readSharedStrings(xml: string, limit = READ_LIMITS.sharedStrings): string[] {
  assertNoDoctype(xml);
  const out: string[] = [];
  const prefix = rootPrefix(xml);
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  let i = xml.indexOf(open);
  while (i >= 0) {
    const after = xml.charCodeAt(i + open.length);
    // "<si>" or "<si …>" or "<si/>", never another name that starts with "si".
    if (
      after !== 62 &&
      after !== 32 &&
      after !== 47 &&
      after !== 9 &&
      after !== 10 &&
      after !== 13
    ) {
      i = xml.indexOf(open, i + open.length);
      continue;
    }
    if (out.length >= limit) throw tooLarge("sharedStrings", out.length + 1, limit);
    const gt = xml.indexOf(">", i);
    // Without its ">", the search for "</si>" below would start over from the top, forever.
    if (gt < 0) throw new WorkbookFileError("corrupt", "unterminated <si> in shared strings");
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push("");
      i = xml.indexOf(open, gt);
      continue;
    }
    const end = xml.indexOf(close, gt);
    const stop = end < 0 ? xml.length : end;
    out.push(decodeOoxmlEscapes(decodeEntities(plainTextOf(xml, gt + 1, stop))));
    i = xml.indexOf(open, stop);
  }
  return out;
}

/** The namespace prefix of the document element. @example rootPrefix('<?xml version="1.0"?><x:sst/>') // => "x:" */
export function rootPrefix(xml: string): string {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return "";
    const c = xml.charCodeAt(lt + 1);
    if (c === 63 || c === 33) {
      // A declaration, processing instruction or comment: step past its end.
      const end = xml.indexOf(c === 63 ? "?>" : xml.startsWith("<!--", lt) ? "-->" : ">", lt + 2);
      if (end < 0) return "";
      i = end + 2;
      continue;
    }
    let n = lt + 1;
    while (n < xml.length && !/[\s/>]/.test(xml[n])) n++;
    const name = xml.slice(lt + 1, n);
    const colon = name.indexOf(":");
    return colon < 0 ? "" : name.slice(0, colon + 1);
  }
}
