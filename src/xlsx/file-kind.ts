/**
 * Telling a text file from a binary one, for the message when a file is neither a zip package nor
 * a compound file: a CSV, or an "Excel export" from a web system that is really an HTML table,
 * deserves "open it in Excel and save it as .xlsx", not "this file is damaged".
 */

/** Bytes looked at: enough to tell, small enough to cost nothing on a large file. */
const SAMPLE = 8192;

/**
 * Whether the file starts like text: a byte-order mark, or no NUL byte and almost no control
 * characters in its first 8 KB (UTF-8 and GBK Chinese are bytes ≥ 0x80, which count as text).
 * @example looksLikeText(new TextEncoder().encode("序号,单位,总分\n1,汉中,94.52\n")) // => true
 * @example looksLikeText(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0, 0)) // => false
 */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return true;
  const n = Math.min(bytes.length, SAMPLE);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    // Tab, line feed, carriage return and form feed are text; other controls are not.
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control * 100 <= n;
}
