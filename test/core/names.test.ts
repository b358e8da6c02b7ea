import { distinctKey, matchKey, namesUnit, sameUnit, suffixKind } from "../../src/core/names";

describe("matchKey(name): one key per place, whatever its suffix or spaces", () => {
  it.each([
    ["汉中", "汉中"],
    ["汉中市", "汉中"],
    [" 汉滨区 ", "汉滨"],
    ["\u3000汉滨区\u3000", "汉滨"],
    ["汉 滨 区", "汉滨"],
    ["杨凌示范区", "杨凌"],
    ["某某自治县", "某某"],
    ["西咸新区", "西咸"],
    ["平利县", "平利"],
    ["安康市（本级）", "安康市本级"],
  ])("matchKey(%p) is %p", (name, key) => {
    expect(matchKey(name)).toBe(key);
  });

  it("never strips a one-character name down to nothing or one character", () => {
    // 富县, 佳县, 眉县 are real counties whose whole name is two characters.
    expect(matchKey("富县")).toBe("富县");
    expect(matchKey("佳县")).toBe("佳县");
    expect(matchKey("市")).toBe("市");
    expect(matchKey("新区")).toBe("新区");
  });

  it("drops one suffix only, the longest that fits", () => {
    expect(matchKey("杨凌示范区")).not.toBe("杨凌示范");
    expect(matchKey("某某自治县")).not.toBe("某某自治");
  });

  it("folds case and drops * ? ~, as the ranking sheet's MATCH would ignore them", () => {
    expect(matchKey("*白河县")).toBe("白河");
    expect(matchKey("ABC新区")).toBe(matchKey("abc新区"));
    expect(matchKey("Ｙａｎｇ县")).toBe("yang");
    expect(matchKey("汉?区")).toBe("汉区");
  });

  it("keeps the empty name empty", () => {
    expect(matchKey("")).toBe("");
    expect(matchKey("   ")).toBe("");
  });
});

describe("matchKey(name) across provinces' ways of writing a place", () => {
  it.each([
    ["湘西土家族苗族自治州", "湘西州"],
    ["临夏回族自治州", "临夏州"],
    ["巴音郭楞蒙古自治州", "巴音郭楞"],
    ["北川羌族自治县", "北川县"],
    ["大通回族土族自治县", "大通县"],
    ["鄂温克族自治旗", "鄂温克旗"],
    ["阿拉善盟", "阿拉善"],
    ["大兴安岭地区", "大兴安岭"],
    ["城关街道办事处", "城关街道"],
    ["汉　中", "汉中市"],
    ["宝  鸡", "宝鸡"],
  ])("matches %p with %p", (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it("keeps a people's name that is the whole place (鄂伦春自治旗 → 鄂伦春)", () => {
    expect(matchKey("鄂伦春自治旗")).toBe("鄂伦春");
    expect(matchKey("鄂温克族自治旗")).toBe("鄂温克");
  });
});

describe("sameUnit(a, b)", () => {
  it.each([
    ["汉中", "汉中市", true],
    [" 汉滨区 ", "汉滨区", true],
    ["汉滨", "汉滨区", true],
    ["杨凌", "杨凌示范区", true],
    ["平利", "平利县", true],
    ["汉中", "汉阴", false],
    ["富县", "富", false],
    ["安康", "安康市本级", false],
    ["*白河县", "白河县", true],
    ["ABC区", "abc", true],
  ])("sameUnit(%p, %p) is %p", (a, b, same) => {
    expect(sameUnit(a, b)).toBe(same);
    expect(sameUnit(b, a)).toBe(same);
  });
});

describe("units whose short names are one: 临夏市 and 临夏县", () => {
  it("suffixKind(name) tells the kind of unit a name ends with, autonomous forms included", () => {
    expect(
      ["临夏市", "临夏县", "临夏回族自治州", "东乡族自治县", "和田地区", "临夏", "市财政局"].map(
        suffixKind
      )
    ).toEqual(["市", "县", "州", "县", "地区", "", ""]);
  });

  it("distinctKey(name) keeps the kind on the match key", () => {
    expect([distinctKey("临夏市"), distinctKey(" 临夏县 "), distinctKey("伊宁县")]).toEqual([
      "临夏市",
      "临夏县",
      "伊宁县",
    ]);
  });

  it("namesUnit(name, key) finds a unit by its match key or by its distinct key", () => {
    expect(namesUnit("汉中市", "汉中")).toBe(true);
    expect(namesUnit("临夏县", "临夏县")).toBe(true);
    expect(namesUnit("临夏市", "临夏县")).toBe(false);
    // A bare short name cannot tell which of the two it means.
    expect(namesUnit("临夏", "临夏县")).toBe(false);
  });
});

describe("matchKey(name) of a name written after a list number", () => {
  it("drops the number: 1.汉台区, （2）南郑区 and 12、洋县 are 汉台, 南郑 and 洋县", () => {
    expect(["1.汉台区", "（2）南郑区", "12、洋县", "3．城固县"].map(matchKey)).toEqual([
      "汉台",
      "南郑",
      "洋县",
      "城固",
    ]);
  });

  it("keeps a name that would be too short without it", () => {
    expect(matchKey("1.汉")).toBe("1.汉");
  });
});
