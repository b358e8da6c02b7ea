/**
 * Every Chinese word the reader recognises, in one place. Patterns run on compacted text
 * (half-width, no spaces; see text.ts), so "县 （区）" and "县(区)" both match.
 */

/** Suffixes dropped when matching unit names across sheets (汉中 = 汉中市), longest first. */
export const NAME_SUFFIXES: readonly string[] = [
  "示范区",
  "自治县",
  "新区",
  "市",
  "县",
  "区",
  "旗",
];

export const HEADER = {
  seq: /^(序号?|编号|NO\.?|顺序号)$/i,
  /** The parent unit (所属市) of a county-level row. */
  parent: /^(所属|所在|隶属)(设区)?(市|地市|市区|地区|市州|州|城市)|^(设区市|地市|市州|归属市)$/,
  /** The unit's own name: 市（区）, 县（市、区）, 单位, 地区 … */
  name: /^(县|市|区|县区|市区|市县|县市|县市区|市县区|区县|设区市|地市|地区|单位|单位名称|名称|被考核单位|考核单位|参评单位|考核对象)(\(.*\))?(名称)?$/,
  /** A printed rank. "上期排名" and part ranks are not the table's rank (see `previousRank`). */
  rank: /排名|名次|位次|排序/,
  previousRank: /上期|上季|上月|上年|去年|前期|变化|升降/,
  total: /总分|合计|总计|综合得分|综合评分|综合分|总得分|考核总分|最终得分|总成绩|综合成绩/,
  /** 加分 is a bonus column unless the header says the bonus is already in it (含加分). */
  bonus: /加分/,
  includesBonus: /(含|包含|包括|含有)加分|加分(在内|已含)/,
  /** "其中：加分" is a breakdown of the column before it, never an addend. */
  breakdown: /^其中/,
  deduction: /扣分|减分|扣减/,
  /** Words that make a column a score (a part of the total). */
  score: /得分|分数|分值|评分|考核|检查|通报|评估|评价|打分|成绩|考评|测评|核查|督查|暗访|指标|分$/,
  /** Group-flag headers (a column of 是/√ marks). */
  flag: /^是否|深度贫困|贫困县|重点县|标识|类别|片区/,
} as const;

/** Marks that put a unit in a flag group (是, √, Y …); blank and 否 do not. */
export const FLAG_YES = /^(是|√|✓|✔|Y|YES|TRUE|1|●|★|\*|○|有)$/i;
export const FLAG_NO = /^(否|×|✗|N|NO|FALSE|0|无|-|—)$/i;

/** Rows that are not units: averages, totals, subtotals. */
export const SUMMARY_ROW =
  /^(平均|平均分|平均值|均值|合计|总计|小计|全省|全市|全区|全国)|平均(分|值)?$|合计$/;

/** Rows that end a table: notes, sources, signatures. */
export const NOTE_ROW =
  /^(注|备注|说明|附注|数据来源|资料来源|来源|制表|填报|审核|联系人)\s*[:：]?|^注[0-9一二三四五六七八九十]|^\*/;

/** Title words, for telling a title row from a header row. */
export const TITLE_WORDS = /考核|结果|排名|通报|情况|得分|汇总/;

/** A units row such as "单位：分". */
export const UNITS_ROW = /^单位[:：]?\s*(分|分值)?$|^\(?单位[:：]/;

/** Suffix and decoration allowed around a number stored as text ("98.20分"). */
export const SCORE_SUFFIX = /\s*分$/;

/** Period words. Quarters and months may be written in Chinese numerals. */
export const CHINESE_NUMERALS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
  两: 2,
};
