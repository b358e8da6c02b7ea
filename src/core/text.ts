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
  return text.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, "");
}

/** Collapses runs of white space inside a header into one space ("省扶贫办月通报\n得分" → "省扶贫办月通报 得分"). */
export function tidyHeader(text: string): string {
  return trimText(text).replace(/[\s\u3000\u00a0]+/g, " ");
}
