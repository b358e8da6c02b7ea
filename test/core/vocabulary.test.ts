import { compactText } from "../../src/core/text";
import {
  FLAG_NO,
  FLAG_YES,
  GRADE_VALUE,
  HEADER,
  SECTION_ROW,
  NAME_SUFFIXES,
  NOTE_ROW,
  SUMMARY_ROW,
  UNITS_ROW,
} from "../../src/core/vocabulary";

const test = (re: RegExp, text: string) => re.test(compactText(text));

describe("the vocabulary", () => {
  it("lists name suffixes longest first, so 示范区 wins over 区", () => {
    const lengths = NAME_SUFFIXES.map((s) => s.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(NAME_SUFFIXES).toEqual(expect.arrayContaining(["市", "县", "区", "示范区", "自治县"]));
  });

  it.each(["平均分", "平均", "全省平均", "合计", "总计", "小计", "全市合计", "均值"])(
    "reads %p in the name column as a summary row",
    (name) => expect(test(SUMMARY_ROW, name)).toBe(true)
  );

  it.each(["平利县", "汉滨区", "合阳县", "全南县"])("reads %p as a unit, not a summary", (name) =>
    expect(test(SUMMARY_ROW, name)).toBe(false)
  );

  it.each([
    "注：总分=…",
    "注:x",
    "备注：",
    "说明：本表",
    "数据来源：省扶贫办",
    "制表：张三",
    "注1.",
    "*注",
  ])("reads %p as a note that ends the table", (text) => expect(test(NOTE_ROW, text)).toBe(true));

  it.each(["平利县", "1", "汉滨区注"])("does not end the table at %p", (text) =>
    expect(test(NOTE_ROW, text)).toBe(false)
  );

  it.each(["单位：分", "单位:分", "（单位：分）", "单位：", "单位：分值"])(
    "reads %p as a units row",
    (text) => expect(test(UNITS_ROW, text)).toBe(true)
  );

  it.each([
    ["是", true, false],
    ["√", true, false],
    ["Y", true, false],
    ["否", false, true],
    ["×", false, true],
    ["深度", false, false],
  ])("reads the flag mark %p (yes %p, no %p)", (mark, yes, no) => {
    expect(test(FLAG_YES, mark)).toBe(yes);
    expect(test(FLAG_NO, mark)).toBe(no);
  });

  it.each([
    ["县（市、区）", "name"],
    ["市（区）", "name"],
    ["县区", "name"],
    ["所属市", "parent"],
    ["所属地市", "parent"],
    ["名次", "rank"],
    ["位次", "rank"],
    ["综合得分", "total"],
    ["合计", "total"],
    ["其中：加分", "breakdown"],
    ["扣分", "deduction"],
    ["深度贫困县", "flag"],
  ])("knows the header %p as %p", (header, kind) => {
    const re = kind === "breakdown" ? HEADER.breakdown : HEADER[kind as keyof typeof HEADER];
    expect(test(re, header)).toBe(true);
  });
});

describe("the vocabulary of other provinces", () => {
  it.each([
    "市州",
    "州市",
    "市（州）",
    "州（市）",
    "盟市",
    "地市",
    "设区市",
    "地区",
    "市别",
    "旗县（市、区）",
    "旗县",
    "县市区",
    "县（市）",
    "区县（市）",
    "县别",
    "乡镇",
    "乡镇（街道）",
    "街道",
    "镇",
    "单位名称",
    "被考核单位",
    "部门",
    "责任单位",
    "地　市",
    "单 位",
  ])("knows %p as a unit column", (header) => expect(test(HEADER.name, header)).toBe(true));

  it.each(["所属市", "所属市州", "所属盟市", "交叉检查得分", "姓名", "备注"])(
    "does not take %p for the unit column",
    (header) => expect(test(HEADER.name, header) && !test(HEADER.parent, header)).toBe(false)
  );

  it.each(["考核得分", "最终得分", "综合得分", "总得分", "合计", "总计"])(
    "knows %p as a total or score word",
    (header) => expect(test(HEADER.total, header) || test(HEADER.score, header)).toBe(true)
  );

  it.each(["名次", "排名", "位次", "排序", "名  次"])("knows %p as a rank", (header) =>
    expect(test(HEADER.rank, header)).toBe(true)
  );

  it.each(["全省平均", "平均分", "最高分", "最低分", "合计", "全州平均"])(
    "reads %p as a summary row",
    (name) => expect(test(SUMMARY_ROW, name)).toBe(true)
  );

  it.each(["一类县（区）", "二、非贫困县", "（一）城区", "第一档", "A类地区"])(
    "reads %p as a section row",
    (label) => expect(test(SECTION_ROW, label)).toBe(true)
  );

  it.each(["平利县", "汉中市", "城关镇", "市发展和改革委员会"])(
    "does not read the unit %p as a section",
    (label) => expect(test(SECTION_ROW, label)).toBe(false)
  );

  it.each(["优秀", "良好", "一般", "较差", "合格", "A"])("knows the grade %p", (grade) =>
    expect(test(GRADE_VALUE, grade)).toBe(true)
  );
});
