import { compactText, tidyHeader, toHalfWidth, trimText } from "../../src/core/text";

describe("toHalfWidth(text)", () => {
  it("turns full-width digits, point, minus and letters into ASCII", () => {
    expect(toHalfWidth("９８．２０")).toBe("98.20");
    expect(toHalfWidth("－１．５")).toBe("-1.5");
    expect(toHalfWidth("Ｑ３")).toBe("Q3");
    expect(toHalfWidth("县（区）")).toBe("县(区)");
  });

  it("leaves Chinese characters and ASCII alone", () => {
    expect(toHalfWidth("汉滨区 98.2")).toBe("汉滨区 98.2");
  });
});

describe("compactText(text)", () => {
  it("removes every kind of white space, ideographic space and NBSP included", () => {
    expect(compactText(" 县 （ 区 ）\u3000\u00a0\n")).toBe("县(区)");
    expect(compactText("交叉\t检查\r\n得分")).toBe("交叉检查得分");
  });
});

describe("trimText(text)", () => {
  it("trims ASCII, ideographic and non-breaking space at both ends only", () => {
    expect(trimText("\u3000 汉滨 区\u00a0 ")).toBe("汉滨 区");
    expect(trimText("")).toBe("");
    expect(trimText("\u3000\u3000")).toBe("");
  });
});

describe("tidyHeader(text)", () => {
  it("collapses runs of white space inside a header to one space", () => {
    expect(tidyHeader("省扶贫办月通报\n得分")).toBe("省扶贫办月通报 得分");
    expect(tidyHeader("  交叉检查 \u3000 得分  ")).toBe("交叉检查 得分");
  });
});
