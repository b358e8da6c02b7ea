import { builtInFormat, builtInId, isDateFormat } from "../../src/xlsx/number-formats";

describe("number formats", () => {
  it("builtInFormat gives the codes of the built-in ids", () => {
    expect([0, 1, 2, 9, 14, 49].map(builtInFormat)).toEqual([
      "General",
      "0",
      "0.00",
      "0%",
      "m/d/yy",
      "@",
    ]);
    expect(builtInFormat(31)).toBe('yyyy"年"m"月"d"日"');
    expect(builtInFormat(163)).toBeUndefined();
  });

  it("builtInId finds only ids that look the same in every locale", () => {
    expect(builtInId("0.00")).toBe(2);
    expect(builtInId("@")).toBe(49);
    expect(builtInId("m/d/yy")).toBeUndefined();
    expect(builtInId("+0;-0;0")).toBeUndefined();
  });

  it.each([
    [14, "m/d/yy", true],
    [31, "", true],
    [164, "yyyy-mm-dd", true],
    [164, "[h]:mm", true],
    [164, '0.00"分"', false],
    [164, "[Red]0.00;[Blue]-0.00", false],
    [164, "0.00_ ;\\-0.00\\ ", false],
    [2, "0.00", false],
    [49, "@", false],
    [0, "General", false],
  ])("isDateFormat(%i, %j) is %s", (id, code, date) => {
    expect(isDateFormat(id, code)).toBe(date);
  });
});
