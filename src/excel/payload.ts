/**
 * Request sizes, estimated as office-js sends them (JSON, UTF-8). Excel on the web refuses a request
 * over 5 MB; the writer keeps each under {@link MAX_REQUEST_BYTES} so there is room for overhead.
 */
export const MAX_REQUEST_BYTES = 4_000_000;

/** UTF-8 length of a string: Chinese text is three bytes a character. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** The bytes a value costs in a request. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

/** What one small operation (a format, a merge) costs, with its object path. */
export const OPERATION_BYTES = 200;
