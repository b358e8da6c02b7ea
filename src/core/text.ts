/**
 * Text normalisation for matching. Display text is kept as written; these forms are only compared.
 */

/** Full-width letters, digits and punctuation to their ASCII forms, as NFKC does (９８．２０ → 98.20). */
export function toHalfWidth(text: string): string {
  // Plain ASCII and CJK ideographs are already in normal form; NFKC is slow, so skip it for them.
  return NEEDS_NFKC.test(text) ? text.normalize("NFKC") : text;
}

const NEEDS_NFKC = /[^ -~\u4e00-\u9fff]/;

/** For comparing header words: half-width, no white space of any kind. */
export function compactText(text: string): string {
  const half = toHalfWidth(text);
  return SPACE.test(half) ? half.replace(/[\s\u3000\u00a0]+/g, "") : half;
}

const SPACE = /[\s\u3000\u00a0]/;

/** Trims white space, including the ideographic space (U+3000) that Chinese sheets use for padding. */
export function trimText(text: string): string {
  // Most texts have nothing to trim: return them as they are, not a copy made by replace.
  if (text === "" || (!isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(text.length - 1))))
    return text;
  return text.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, "");
}

/** Collapses runs of white space inside a header into one space ("省扶贫办月通报\n得分" → "省扶贫办月通报 得分"). */
export function tidyHeader(text: string): string {
  return trimText(text).replace(/[\s\u3000\u00a0]+/g, " ");
}

/**
 * Whether a character may be white space to trim: every character JavaScript's \s matches, and a
 * few more. A superset is safe: it only decides whether the slower exact trim runs.
 */
export function isSpace(code: number): boolean {
  return (
    code <= 32 ||
    code === 0x3000 ||
    code === 0xa0 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x1680 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x85
  );
}
