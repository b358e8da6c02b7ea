import { compactText } from "./text";
import { NAME_SUFFIXES } from "./vocabulary";

export type UnitName = string;
/** A unit's name reduced for matching across sheets: "汉中市", " 汉中 " and "汉中" share one key. */
export type MatchKey = string;

/**
 * @example matchKey(" 汉滨区 ") // => "汉滨"
 * @example matchKey("杨凌示范区") // => "杨凌"
 * @example matchKey("*白河县") // => "白河"
 */
const MARKS = /[()（）*?~]/;

export function matchKey(name: UnitName): MatchKey {
  // Keys are compared by the ranking sheet's MATCH too, which ignores case and reads * ? ~ as
  // wildcards: fold case and drop those marks (a footnote "*白河县" is 白河县) so both agree.
  let compact = compactText(name);
  if (MARKS.test(compact)) compact = compact.replace(/[()（）*?~]/g, "");
  if (/[A-Z]/.test(compact)) compact = compact.toLowerCase();
  for (const suffix of NAME_SUFFIXES) {
    // A suffix is only dropped when a name of at least two characters remains (never 市 → "").
    if (compact.endsWith(suffix) && compact.length - suffix.length >= 2) {
      return compact.slice(0, -suffix.length);
    }
  }
  return compact;
}

/** Whether two names denote the same unit. @example sameUnit("汉中", "汉中市") // => true */
export function sameUnit(a: UnitName, b: UnitName): boolean {
  return matchKey(a) === matchKey(b);
}
