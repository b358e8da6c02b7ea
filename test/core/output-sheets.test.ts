import { EMPTY } from "../../src/core/cells";
import {
  OUTPUT_MARKER,
  isOutputSheet,
  legalSheetName,
  uniqueSheetName,
} from "../../src/core/output-sheets";

describe("legalSheetName(text)", () => {
  it("drops the characters Excel forbids in sheet names", () => {
    expect(legalSheetName("排名: 三季度/县区")).toBe("排名 三季度县区");
    expect(legalSheetName("a[b]c*d?e\\f")).toBe("abcdef");
  });

  it("keeps at most 31 characters, counting Chinese characters as one each", () => {
    const long = "二〇一七年第三季度全省脱贫攻坚考核结果县区排名表附加说明文字";
    const name = legalSheetName(`排名-${long}`);
    expect(Array.from(name).length).toBe(31);
    expect(name.startsWith("排名-二〇一七年")).toBe(true);
    expect(legalSheetName("x".repeat(40))).toBe("x".repeat(31));
  });

  it("never starts or ends with an apostrophe, and is never empty or 'History'", () => {
    expect(legalSheetName("'quoted'")).toBe("quoted");
    expect(legalSheetName("O'Brien")).toBe("O'Brien");
    expect(legalSheetName("")).toBe("Duibiao");
    expect(legalSheetName("[]*")).toBe("Duibiao");
    expect(legalSheetName("history")).toBe("Duibiao");
    expect(legalSheetName(`${"x".repeat(30)}'y`)).toBe("x".repeat(30));
  });
});

describe("uniqueSheetName(wanted, taken)", () => {
  it("keeps a free name", () => {
    expect(uniqueSheetName("排名-三季度县区", ["三季度县区"])).toBe("排名-三季度县区");
  });

  it("adds ' (2)', ' (3)' on a clash, comparing names without case", () => {
    expect(uniqueSheetName("排名-三季度县区", ["排名-三季度县区"])).toBe("排名-三季度县区 (2)");
    expect(uniqueSheetName("Rank-Q3", ["rank-q3", "RANK-Q3 (2)"])).toBe("Rank-Q3 (3)");
  });

  it("shortens the base so the numbered name still fits 31 characters", () => {
    const base = "排".repeat(31);
    const name = uniqueSheetName(base, [base]);
    expect(name).toBe(`${"排".repeat(27)} (2)`);
    expect(Array.from(name).length).toBe(31);
  });

  it("does not change the list of taken names", () => {
    const taken = Object.freeze(["a", "a (2)"]);
    expect(uniqueSheetName("a", taken)).toBe("a (3)");
    expect(taken).toEqual(["a", "a (2)"]);
  });
});

describe("isOutputSheet(values)", () => {
  it("recognises the tool's marker at the start of A2", () => {
    expect(isOutputSheet([["标题"], [`${OUTPUT_MARKER}由对标自动生成`]])).toBe(true);
    expect(isOutputSheet([["标题"], [` ${OUTPUT_MARKER}x`]])).toBe(true);
  });

  it("leaves every other sheet alone, whatever its content", () => {
    expect(isOutputSheet([])).toBe(false);
    expect(isOutputSheet([["标题"]])).toBe(false);
    expect(isOutputSheet([["标题"], [EMPTY]])).toBe(false);
    expect(isOutputSheet([[OUTPUT_MARKER], ["x"]])).toBe(false);
    expect(isOutputSheet([["标题"], [`说明${OUTPUT_MARKER}`]])).toBe(false);
    expect(isOutputSheet([["标题"], [EMPTY, OUTPUT_MARKER]])).toBe(false);
  });
});
