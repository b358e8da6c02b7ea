/**
 * Every Chinese word the reader recognises, in one place. Patterns run on compacted text
 * (half-width, no spaces; see text.ts), so "县 （区）" and "县(区)" both match.
 */

/**
 * Suffixes dropped when matching unit names across sheets (汉中 = 汉中市, 阿拉善 = 阿拉善盟),
 * longest first. Autonomous forms with their peoples (…族自治州) are handled in names.ts.
 */
export const NAME_SUFFIXES: readonly string[] = [
  "街道办事处",
  "示范区",
  "自治州",
  "自治县",
  "自治旗",
  "开发区",
  "街道办",
  "新区",
  "林区",
  "特区",
  "矿区",
  "地区",
  "街道",
  "市",
  "县",
  "区",
  "旗",
  "盟",
  "州",
  "乡",
  "镇",
];

/**
 * China's peoples as they appear in autonomous place names (凉山彝族自治州, 湘西土家族苗族自治州),
 * longest first, so 土家 is tried before 土.
 */
export const PEOPLES: readonly string[] = [
  "柯尔克孜",
  "鄂温克",
  "鄂伦春",
  "达斡尔",
  "哈萨克",
  "塔吉克",
  "土家",
  "蒙古",
  "朝鲜",
  "布依",
  "景颇",
  "傈僳",
  "哈尼",
  "仡佬",
  "撒拉",
  "东乡",
  "保安",
  "裕固",
  "锡伯",
  "纳西",
  "拉祜",
  "布朗",
  "独龙",
  "普米",
  "阿昌",
  "德昂",
  "基诺",
  "毛南",
  "仫佬",
  "维吾尔",
  "苗",
  "侗",
  "彝",
  "藏",
  "羌",
  "回",
  "傣",
  "白",
  "壮",
  "瑶",
  "黎",
  "畲",
  "满",
  "土",
  "佤",
  "怒",
  "水",
  "京",
  "各",
];

/** One administrative level as a header word names it (市, 州, 盟, 县, 旗, 乡镇, 街道 …). */
const LEVEL = "(?:设区市|省辖市|地级市|地市|地区|街道|社区|[市州盟县区旗乡镇])";

/** Office units ranked by a city: 单位名称, 被考核单位, 部门, 责任单位 … */
const OFFICE = "(?:被考核|被考评|考核|参评|参考|责任|牵头|承办)?(?:单位|部门|对象|机关)";

/** Another period, or a change since it (上期排名, 较上期): never this period's rank. */
const PREVIOUS = /上期|上季|上月|上年|去年|前期|变化|升降|较上/;

export const HEADER = {
  seq: /^(序号?|编号|NO\.?|顺序号?|序次)$/i,
  /** The parent unit (所属市) of a county-level row. */
  parent: /^(所属|所在|隶属|归属)/,
  /**
   * The unit's own name, as every province heads the column: 市（区）, 市州, 州（市）, 盟市, 设区市,
   * 地区, 市别; 县（市、区）, 旗县（市、区）, 县市区, 区县（市）, 县别; 乡镇（街道）, 街道, 镇;
   * 单位名称, 被考核单位, 部门, 责任单位 … Runs on compacted text, so "地\u3000市" (padded) is 地市.
   */
  name: new RegExp(
    `^(?:${LEVEL}+(?:\\((?:${LEVEL}|[、,，/])+\\))?(?:名称|别|名)?|${OFFICE}(?:名称)?(?:\\(.*\\))?|名称|城市)$`
  ),
  /** A printed rank. "上期排名" and part ranks are not the table's rank (see `previousRank`). */
  rank: /排名|名次|位次|排序|次序/,
  previousRank: PREVIOUS,
  /** Another period's figure or a change since it (上期得分, 较上期增减): never part of the total. */
  change: new RegExp(`${PREVIOUS.source}|变动|增减|比上|环比|同比`),
  total:
    /总分|合计|总计|综合得分|综合评分|综合分|总得分|考核总分|最终得分|总成绩|综合成绩|最终成绩|最后得分|综合考核得分|实得分|总评分/,
  /** 加分 is a bonus column unless the header says the bonus is already in it (含加分). */
  bonus: /加分/,
  includesBonus: /(含|包含|包括|含有)加分|加分(在内|已含)/,
  /** "其中：加分" is a breakdown of the column before it, never an addend. */
  breakdown: /^其中/,
  deduction: /扣分|减分|扣减/,
  /** The weighted figure of a part ("日常考核（40%）" over 得分 | 折合分): what the total adds up. */
  converted: /折合|折算|加权|计权/,
  /** Words that make a column a score (a part of the total). */
  score:
    /得分|分数|分值|评分|考核|检查|通报|评估|评价|打分|成绩|考评|测评|核查|督查|暗访|指标|结果|分$/,
  /** Group-flag headers (a column of 是/√ marks). */
  flag: /^是否|深度贫困|贫困县|重点县|标识|类别|片区/,
  /** A grade column (等次: 优秀/良好/一般/较差), carried as text, never a score. */
  grade: /等次|等级|档次|评定|评级/,
} as const;

/** The grades provinces give (优秀, 良好, 一般, 较差, A …), for telling a grade column by its cells. */
export const GRADE_VALUE =
  /^(优秀|优良|良好|良|优|好|较好|一般|中等|中|较差|差|合格|基本合格|不合格|称职|基本称职|不称职|达标|基本达标|未达标|先进|落后|[A-E][+-]?|[A-E]级|[一二三四]等|[一二三四]档|第[一二三四]档|[一二三四]类)$/i;

/**
 * A part's weight stated in its header: "日常考核（40%）", "年终考核(权重60%)", "占比40%",
 * "权重0.4". The first group is a percentage, the second a fraction.
 */
export const HEADER_WEIGHT =
  /(?:权重|占比|比重|占)?[:：]?(\d{1,3}(?:\.\d+)?)%|(?:权重|比重|系数)[:：]?(0?\.\d+|1(?:\.0+)?)(?![\d%])/;

/**
 * How the names of ranked units end: a place (…市, …州, …盟, …县, …区, …旗, …乡, …镇, …街道) or an
 * office (…局, …委, …办, …厅, …中心 …). Used to tell the unit column by its cells when no header
 * word names it.
 */
export const UNIT_NAME_END =
  /(市|州|盟|县|区|旗|乡|镇|街道|地区|办事处|局|委|办|厅|院|会|中心|部|所|站|队|社|公司|集团|署|处|馆|团|行|园|场|委员会)$/;

/** How the names of each level's units end, for telling a level by its units. */
export const LEVEL_END = {
  city: /(市|州|盟|地区)$/,
  county: /(县|旗|[^地]区)$/,
  town: /(乡|镇|街道|办事处|街办)$/,
  office: /(局|委|办|厅|院|会|中心|部|所|站|队|社|公司|集团|署|处|馆|团|行|园|场)$/,
} as const;

/** Marks that put a unit in a flag group (是, √, Y …); blank and 否 do not. */
export const FLAG_YES = /^(是|√|✓|✔|Y|YES|TRUE|1|●|★|\*|○|有)$/i;
export const FLAG_NO = /^(否|×|✗|N|NO|FALSE|0|无|-|—)$/i;

/** Rows that are not units: averages, totals, subtotals. */
export const SUMMARY_ROW =
  /^(平均|平均分|平均值|均值|合计|总计|小计|全省|全市|全区|全州|全盟|全县|全国|最高|最低|最大|最小|中位)|平均(分|值)?$|合计$|最高分$|最低分$|^(总体|整体)(平均|水平)?$|^(满分|满分值|标准分|标准分值|分值|权重|权数)$/;

/** Names of county-level units (汉台区, 宁陕县, 达拉特旗); a 地区 is a city-level one. On compacted text. */
export const COUNTY_NAME = /(县|(?<!地)区|旗)$/;

/** Names of city-level units (汉中市, 临夏回族自治州, 锡林郭勒盟, 海东地区), and of county-level cities. */
export const GROUP_NAME = /(市|州|盟|地区)$/;

/** A part's full marks written in its column under the header: 40分, （40分）, (40), 满分40分. */
export const POINTS_TEXT = /^(\(|)(满分|分值)?\d+(\.\d+)?分(\)|)$|^\(\d+(\.\d+)?\)$/;

/**
 * Section rows inside a table, which make a group: "一类县（区）", "二、非贫困县", "（一）城区",
 * "第一档", "A类地区". Runs on compacted text.
 */
export const SECTION_ROW =
  /^\(?[一二三四五六七八九十]{1,3}[)、.]|^[一二三四五六七八九十]{1,3}类|^第[一二三四五六七八九十\d]{1,3}[类组档批片]|^[A-Ea-e][类组档]|[类组档片](?:\(.*\))?$|(?:类|组|档)(?:县|市|区|地区|单位|乡镇)|片区$|^(城区|郊区|县域|市直|省直)(组|部分)?$/;

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
