import { compactText } from "../../src/core/text";
import {
  FLAG_NO,
  FLAG_YES,
  HEADER,
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
