/**
 * Text in and out of XML: escaping for text and attributes, decoding entity and character
 * references, and the `_xHHHH_` escapes OOXML uses for characters XML 1.0 cannot hold.
 */

const TEXT_SPECIAL = /[&<>]/;
const TEXT_SPECIALS = /[&<>]/g;
const ATTR_SPECIAL = /[&<>"\n\r\t]/;
/** XML 1.0 forbids these control characters even as references; OOXML writes them as `_xHHHH_`. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;
const ESCAPE_LIKE = /_x[0-9A-Fa-f]{4}_/;

/** @example escapeText("a < b & c") // => "a &lt; b &amp; c" */
export function escapeText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  // One pass: formulas, written by the hundred thousand, often hold ">" and "<".
  return text.replace(TEXT_SPECIALS, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : "&gt;"));
}

/** @example escapeAttr('say "hi"') // => "say &quot;hi&quot;" */
export function escapeAttr(text: string): string {
  if (!ATTR_SPECIAL.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

/**
 * A cell's text as OOXML stores it: control characters as `_xHHHH_`, a literal `_x0041_` guarded
 * as `_x005F_x0041_` so a reader does not decode it, then XML-escaped.
 * @example cellText("a\u0001b") // => "a_x0001_b"
 */
export function escapeCellText(text: string): string {
  CONTROL.lastIndex = 0;
  if (CONTROL.test(text) || ESCAPE_LIKE.test(text)) {
    text = text
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      .replace(
        CONTROL,
        (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
      );
  }
  return escapeText(text);
}

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/**
 * Replaces the five predefined entities and numeric character references. Any other entity
 * cannot occur: documents with a DOCTYPE are refused before this runs, so one is left as it is.
 * @example decodeEntities("a &amp; &#x5B89;") // => "a & 安"
 */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/**
 * Undoes OOXML's `_xHHHH_` escapes in cell text (`_x000D_` is a carriage return).
 * @example decodeOoxmlEscapes("a_x000D_b") // => "a\rb"
 */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}
