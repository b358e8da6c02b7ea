/**
 * Edits to XML text by offsets: remove, replace or insert at known positions and leave every other
 * byte as it was, so a part the writer extends keeps the user's formatting, order and extensions.
 */
import { escapeAttr } from "./xml-text";

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Applies edits that do not overlap; an insertion is an edit with `start === end`. Edits at the
 * same offset keep the order they were given in.
 * @example applyEdits("<a><b/></a>", [{ start: 3, end: 7, text: "<c/>" }]) // => "<a><c/></a>"
 */
export function applyEdits(xml: string, edits: readonly Edit[]): string {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.i - b.i)
    .map((x) => x.e);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error("applyEdits: overlapping edits");
    out += xml.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + xml.slice(at);
}

/**
 * A start tag's text with one attribute set (replaced where present, added otherwise).
 * @example setAttr('<sheets count="1">', "count", "2") // => '<sheets count="2">'
 */
export function setAttr(tag: string, name: string, value: string): string {
  const escaped = escapeAttr(value);
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, (_, lead: string) => `${lead}"${escaped}"`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${escaped}"${tag.slice(close)}`;
}

/**
 * A start tag's text without one attribute.
 * @example removeAttr('<a x="1" y="2">', "x") // => '<a y="2">'
 */
export function removeAttr(tag: string, name: string): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  return tag.replace(re, "");
}
