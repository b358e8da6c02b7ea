import { compactText } from "./text";
import { NAME_SUFFIXES, PEOPLES } from "./vocabulary";

export type UnitName = string;
/** A unit's name reduced for matching across sheets: "汉中市", " 汉中 " and "汉中" share one key. */
export type MatchKey = string;

const MARKS = /[()（）*?~]/;
const ALL_MARKS = /[()（）*?~]/g;
/** A list number before a name ("1.汉台区", "（2）南郑区", "12、洋县"), not part of it. */
const LIST_NUMBER = /^(?:\d{1,3}[.．、]|[（(]\d{1,3}[)）])/;
const AUTONOMOUS = /自治[州县旗]$/;

/**
 * @example matchKey(" 汉滨区 ") // => "汉滨"
 * @example matchKey("杨凌示范区") // => "杨凌"
 * @example matchKey("*白河县") // => "白河"
 * @example matchKey("（2）南郑区") // => "南郑"
 * @example matchKey("湘西土家族苗族自治州") // => "湘西" (as 湘西州)
 * @example matchKey("阿拉善盟") // => "阿拉善"
 */
export function matchKey(name: UnitName): MatchKey {
  // Keys are compared by the ranking sheet's MATCH too, which ignores case and reads * ? ~ as
  // wildcards: fold case and drop those marks (a footnote "*白河县" is 白河县) so both agree.
  let compact = compactText(name);
  if (LIST_NUMBER.test(compact) && compact.replace(LIST_NUMBER, "").length >= 2)
    compact = compact.replace(LIST_NUMBER, "");
  if (MARKS.test(compact)) compact = compact.replace(ALL_MARKS, "");
  if (/[A-Z]/.test(compact)) compact = compact.toLowerCase();
  if (AUTONOMOUS.test(compact) && compact.length >= 5) return withoutPeoples(compact.slice(0, -3));
  for (const suffix of NAME_SUFFIXES) {
    // A suffix is only dropped when a name of at least two characters remains (never 市 → "").
    if (compact.endsWith(suffix) && compact.length - suffix.length >= 2) {
      return compact.slice(0, -suffix.length);
    }
  }
  return compact;
}

/** Kinds of administrative unit a name may end with, longest first. */
const KINDS = ["地区", "街道", "市", "县", "区", "旗", "州", "盟", "乡", "镇"] as const;

/**
 * The kind of unit a name ends with ("市" for 临夏市, "县" for 临夏县 and for 东乡族自治县), or ""
 * when it ends with none (临夏, 市财政局).
 * @example suffixKind("临夏回族自治州") // => "州"
 */
export function suffixKind(name: UnitName): string {
  const compact = compactText(name).replace(ALL_MARKS, "");
  if (AUTONOMOUS.test(compact) && compact.length >= 5) return compact.slice(-1);
  for (const kind of KINDS)
    if (compact.endsWith(kind) && compact.length - kind.length >= 2) return kind;
  return "";
}

/**
 * The key of a unit whose match key another unit of its table shares while naming another kind of
 * unit: 临夏市 (a county-level city) and 临夏县 are both 临夏 once their suffix is dropped, so each
 * keeps its kind. @example distinctKey("临夏县") // => "临夏县"
 */
export function distinctKey(name: UnitName): MatchKey {
  return matchKey(name) + suffixKind(name);
}

/**
 * Whether a name given by the user (an own unit, a benchmark) names the unit keyed `key`: by its
 * match key, or, for units told apart by their kind (临夏市, 临夏县), by that distinct key.
 * @example namesUnit("临夏市", "临夏市") // => true
 * @example namesUnit("汉中", "汉中") // => true
 */
export function namesUnit(name: UnitName, key: MatchKey): boolean {
  return key === matchKey(name) || (suffixKind(name) !== "" && key === distinctKey(name));
}

/**
 * The place in an autonomous name: peoples (with or without 族) come off the end while two
 * characters remain; a name that is all people keeps it, without 族 (鄂温克族自治旗 → 鄂温克).
 */
function withoutPeoples(stem: string): string {
  let rest = stem;
  for (;;) {
    const people = PEOPLES.find((p) => {
      const tail = rest.endsWith(`${p}族`) ? `${p}族` : rest.endsWith(p) ? p : "";
      return tail !== "" && rest.length - tail.length >= 2;
    });
    if (!people) break;
    rest = rest.slice(0, rest.endsWith(`${people}族`) ? -(people.length + 1) : -people.length);
  }
  return rest.endsWith("族") && rest.length >= 3 ? rest.slice(0, -1) : rest;
}

/** Whether two names denote the same unit. @example sameUnit("汉中", "汉中市") // => true */
export function sameUnit(a: UnitName, b: UnitName): boolean {
  return matchKey(a) === matchKey(b);
}
