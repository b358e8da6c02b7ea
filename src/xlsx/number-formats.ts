/**
 * Built-in number formats (ids below 164 that a file may use without declaring them) and telling
 * date formats from number formats.
 */

/**
 * ECMA-376 Part 1, 18.8.30, with the Chinese (zh-CN) forms of the locale-dependent date ids 27–36
 * and 50–58 as Excel shows them in a Chinese locale.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  5: '"$"#,##0_);\\("$"#,##0\\)',
  6: '"$"#,##0_);[Red]\\("$"#,##0\\)',
  7: '"$"#,##0.00_);\\("$"#,##0.00\\)',
  8: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** @example builtInFormat(2) // => "0.00" */
export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

const BY_CODE = new Map<string, number>(
  Object.entries(BUILT_IN)
    // Ids with a locale-dependent look are never chosen for a code the writer needs.
    .filter(([id]) => Number(id) <= 4 || Number(id) === 9 || Number(id) === 10 || Number(id) === 49)
    .map(([id, code]) => [code, Number(id)])
);

/** The built-in id for a code, where one exists in every locale. @example builtInId("0.00") // => 2 */
export function builtInId(code: string): number | undefined {
  return BY_CODE.get(code);
}

const DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Whether a format shows a number as a date or time: its code has y, m, d, h or s outside quotes,
 * escapes and [colour] brackets (elapsed-time [h] counts).
 * @example isDateFormat(14, "m/d/yy") // => true
 * @example isDateFormat(164, '0.00"分"') // => false
 */
export function isDateFormat(id: number, code: string): boolean {
  if (DATE_IDS.has(id) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return true;
  if (id < 164 && BUILT_IN[id] !== undefined) return false;
  const stripped = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_.|\*./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  return /[ymdhs]/i.test(stripped.replace(/General/gi, ""));
}
