/**
 * A small forward-only scanner over XML text, for the package's small parts (content types,
 * relationships, workbook, styles). It finds tags and their attributes and nothing else: no tree
 * is built, so a part is never held twice. Large worksheets use their own cell scanner
 * (sheet-read.ts) built on the same rules.
 *
 * Security: a document that declares a DOCTYPE (and so possibly entities) is refused: no
 * spreadsheet part needs one, and entity expansion is the classic way to exhaust a reader.
 */
import { WorkbookFileError } from "./errors";
import { utf8Decoder } from "./text-codec";
import { decodeEntities } from "./xml-text";

/**
 * The text of an XML part, in the encoding its byte-order mark gives (UTF-8 without one).
 * @example decodeXml(new TextEncoder().encode("<a/>")) // => "<a/>"
 */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // TextDecoder drops a UTF-8 byte-order mark itself.
  return utf8Decoder().decode(bytes);
}

/**
 * Throws when the document's prolog holds a DOCTYPE (or any other markup declaration). Only the
 * prolog can hold one, so this looks no further than the first element.
 * @example assertNoDoctype('<?xml version="1.0"?><a/>') // passes
 */
export function assertNoDoctype(xml: string): void {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) return;
      i = end + 2;
    } else if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0) return;
      i = end + 3;
    } else if (next === 33 /* ! */) {
      throw new WorkbookFileError("unsafe-xml", "DOCTYPE or entity declaration");
    } else return;
  }
}

/** What a tag is: `<a>`, `</a>` or `<a/>`. */
export const enum TagKind {
  Open = 0,
  Close = 1,
  Empty = 2,
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Walks the tags of a document in order.
 * @example
 * const s = new TagScanner('<a x="1"><b/></a>');
 * while (s.next()) console.log(s.local, s.kind, s.attr("x"));
 * // "a" 0 "1", then "b" 2 undefined, then "a" 1 undefined
 */
export class TagScanner {
  /** The tag's name as written, prefix included ("x:sheet"). */
  name = "";
  kind: TagKind = TagKind.Open;
  /** Offsets of the tag's "<" and just past its ">". */
  start = 0;
  end = 0;
  private attrFrom = 0;
  private attrTo = 0;
  private attrs: Map<string, string> | null = null;

  constructor(
    readonly xml: string,
    private pos = 0
  ) {
    if (pos === 0) assertNoDoctype(xml);
  }

  /** The name without its namespace prefix ("sheet"). */
  get local(): string {
    const colon = this.name.indexOf(":");
    return colon < 0 ? this.name : this.name.slice(colon + 1);
  }

  /** The prefix with its colon ("x:"), or "" for the default namespace. */
  get prefix(): string {
    const colon = this.name.indexOf(":");
    return colon < 0 ? "" : this.name.slice(0, colon + 1);
  }

  /** Moves to the next tag; false at the end of the document. */
  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) return false;
      const c = xml.charCodeAt(lt + 1);
      if (c === 33 /* ! */) {
        if (xml.startsWith("<!--", lt)) this.pos = this.skipTo("-->", lt + 4);
        else if (xml.startsWith("<![CDATA[", lt)) this.pos = this.skipTo("]]>", lt + 9);
        else throw new WorkbookFileError("unsafe-xml", "markup declaration inside a document");
        continue;
      }
      if (c === 63 /* ? */) {
        this.pos = this.skipTo("?>", lt + 2);
        continue;
      }
      const gt = this.tagEnd(lt);
      this.start = lt;
      this.end = gt + 1;
      this.attrs = null;
      if (c === 47 /* / */) {
        this.kind = TagKind.Close;
        this.name = xml.slice(lt + 2, gt).trim();
        this.attrFrom = this.attrTo = gt;
      } else {
        const empty = xml.charCodeAt(gt - 1) === 47;
        this.kind = empty ? TagKind.Empty : TagKind.Open;
        let n = lt + 1;
        while (n < gt && !isNameEnd(xml.charCodeAt(n))) n++;
        this.name = xml.slice(lt + 1, n);
        this.attrFrom = n;
        this.attrTo = empty ? gt - 1 : gt;
      }
      this.pos = gt + 1;
      return true;
    }
  }

  /** An attribute's value, entities decoded, by its name as written ("sheetId", "r:id"). */
  attr(name: string): string | undefined {
    return this.attributes().get(name);
  }

  /** An attribute whose local name is `local`, whatever its prefix ("r:id", "ns1:id"). */
  attrLocal(local: string): string | undefined {
    for (const [key, value] of this.attributes()) {
      const colon = key.indexOf(":");
      if ((colon < 0 ? key : key.slice(colon + 1)) === local && !key.startsWith("xmlns"))
        return value;
    }
    return undefined;
  }

  /** Every attribute of the current tag, in document order. */
  attributes(): Map<string, string> {
    if (this.attrs) return this.attrs;
    const map = new Map<string, string>();
    const text = this.xml.slice(this.attrFrom, this.attrTo);
    ATTR.lastIndex = 0;
    for (let m = ATTR.exec(text); m; m = ATTR.exec(text))
      map.set(m[1], decodeEntities(m[2] ?? m[3] ?? ""));
    this.attrs = map;
    return map;
  }

  /** The raw text from the end of the current tag up to `until` (exclusive). */
  textUntil(until: number): string {
    return this.xml.slice(this.end, until);
  }

  /**
   * Skips to the tag that closes the current open tag (same name, counting nesting) and returns
   * the offset of its "<"; for an empty tag, the tag's own end.
   */
  skipElement(): number {
    if (this.kind !== TagKind.Open) return this.end;
    const name = this.name;
    let depth = 1;
    while (this.next()) {
      if (this.name !== name) continue;
      if (this.kind === TagKind.Open) depth++;
      else if (this.kind === TagKind.Close && --depth === 0) return this.start;
    }
    throw new WorkbookFileError("corrupt", `unclosed <${name}>`);
  }

  private skipTo(marker: string, from: number): number {
    const at = this.xml.indexOf(marker, from);
    if (at < 0) throw new WorkbookFileError("corrupt", `unterminated ${marker}`);
    return at + marker.length;
  }

  /** The ">" that ends the tag starting at `lt`, stepping over quoted attribute values. */
  private tagEnd(lt: number): number {
    const xml = this.xml;
    let i = lt + 1;
    for (;;) {
      const gt = xml.indexOf(">", i);
      if (gt < 0) throw new WorkbookFileError("corrupt", "unterminated tag");
      // A ">" inside a quoted value is legal XML; count quotes to see whether it is one.
      const quote = firstQuote(xml, i, gt);
      if (quote < 0) return gt;
      const close = xml.indexOf(xml[quote], quote + 1);
      if (close < 0) throw new WorkbookFileError("corrupt", "unterminated attribute");
      i = close + 1;
    }
  }
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;
}

function firstQuote(xml: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === 34 || c === 39) return i;
  }
  return -1;
}

/**
 * The concatenated text of the `<t>` elements of one string item (`<si>`, `<is>`), leaving out
 * phonetic runs (`<rPh>`); entities and `_xHHHH_` escapes are left for the caller to decode.
 * @example plainTextOf("<si><r><t>安</t></r><r><t>康</t></r></si>", 0, 36) // => "安康"
 */
export function plainTextOf(xml: string, from: number, to: number): string {
  let out = "";
  let i = from;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) return out;
    // Runs may carry a prefix (x:t); match the local name "t" and skip phonetic runs whole.
    const nameEnd = tagNameEnd(xml, lt + 1);
    const name = xml.slice(lt + 1, nameEnd);
    const local = name.slice(name.indexOf(":") + 1);
    if (local === "rPh") {
      const close = xml.indexOf(`</${name}>`, nameEnd);
      i = close < 0 ? to : close + name.length + 3;
      continue;
    }
    const gt = xml.indexOf(">", nameEnd);
    if (gt < 0) return out;
    if (local === "t" && xml.charCodeAt(gt - 1) !== 47) {
      const close = xml.indexOf("</", gt + 1);
      out += xml.slice(gt + 1, close < 0 ? to : close);
      i = close < 0 ? to : close;
      continue;
    }
    i = gt + 1;
  }
}

function tagNameEnd(xml: string, from: number): number {
  let n = from;
  while (n < xml.length && !isNameEnd(xml.charCodeAt(n))) n++;
  return n;
}
