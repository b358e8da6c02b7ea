import { CellValue, EMPTY } from "../../src/core/cells";
import { isScoreLike, parseScore } from "../../src/core/parse-score";

describe("parseScore(cell)", () => {
  it("passes numbers as they are", () => {
    expect(parseScore(98.2)).toEqual({ kind: "number", value: 98.2 });
    expect(parseScore(0)).toEqual({ kind: "number", value: 0 });
    expect(parseScore(-1.5)).toEqual({ kind: "number", value: -1.5 });
  });

  it.each([
    ["98.20", 98.2, ["text"]],
    [" 98.2 ", 98.2, ["text"]],
    ["\u300098.2\u3000", 98.2, ["text"]],
    ["98.20分", 98.2, ["text", "suffix"]],
    ["98.2 分", 98.2, ["text", "suffix"]],
    ["９８．２０", 98.2, ["text", "fullWidth"]],
    ["１２３分", 123, ["text", "fullWidth", "suffix"]],
    ["－1.5", -1.5, ["text", "fullWidth"]],
    ["-1.5", -1.5, ["text"]],
    ["−1.5", -1.5, ["text"]],
    ["+3", 3, ["text"]],
    [".5", 0.5, ["text"]],
    ["3.", 3, ["text"]],
  ])("repairs the text %p to %p, saying how", (text, value, repairs) => {
    expect(parseScore(text)).toEqual({ kind: "repaired", value, repairs });
  });

  it.each(["缺考", "1,234", "98.20分分", "第3名", "N/A", "—", "1e3x", "9.8.2"])(
    "reads %p as not a number, keeping the text",
    (text) => {
      expect(parseScore(text)).toEqual({ kind: "invalid", text });
    }
  );

  it('reads EMPTY, "" and white space as empty', () => {
    expect(parseScore(EMPTY)).toEqual({ kind: "empty" });
    expect(parseScore("")).toEqual({ kind: "empty" });
    expect(parseScore("   ")).toEqual({ kind: "empty" });
    expect(parseScore("\u3000")).toEqual({ kind: "empty" });
  });

  it("reads NaN, Infinity and booleans as invalid, never as a score", () => {
    expect(parseScore(NaN).kind).toBe("invalid");
    expect(parseScore(Infinity).kind).toBe("invalid");
    expect(parseScore(true)).toEqual({ kind: "invalid", text: "true" });
    expect(parseScore(false)).toEqual({ kind: "invalid", text: "false" });
  });

  it("isScoreLike(cell) is true for numbers and repairable text only", () => {
    expect([98.2, "98.20", "９８．２０", "98分"].map((c) => isScoreLike(c))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(([EMPTY, "", "缺考", true, NaN] as CellValue[]).map((c) => isScoreLike(c))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
