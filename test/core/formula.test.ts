import {
  gapToAboveExpr,
  gapToFirstExpr,
  groupRankExpr,
  looksLikeFormula,
  rankExpr,
  rankWithoutExpr,
  stringLiteral,
  toFileFormula,
} from "../../src/core/formula";

describe("toFileFormula(formula): the .xlsx spelling", () => {
  it("drops the leading = and prefixes RANK.EQ with _xlfn.", () => {
    expect(toFileFormula("=RANK.EQ(A1,A$1:A$9)")).toBe("_xlfn.RANK.EQ(A1,A$1:A$9)");
    expect(toFileFormula('=IF(ISNUMBER(H4),RANK.EQ(H4,$H$4:$H$9),"")')).toBe(
      'IF(ISNUMBER(H4),_xlfn.RANK.EQ(H4,$H$4:$H$9),"")'
    );
    expect(toFileFormula("RANK.EQ(A1,B:B)+RANK.EQ(A2,B:B)")).toBe(
      "_xlfn.RANK.EQ(A1,B:B)+_xlfn.RANK.EQ(A2,B:B)"
    );
  });

  it("leaves RANK.EQ alone inside a quoted sheet name or a string", () => {
    expect(toFileFormula("=RANK.EQ(A1,'RANK.EQ('!A:A)")).toBe("_xlfn.RANK.EQ(A1,'RANK.EQ('!A:A)");
    expect(toFileFormula('="RANK.EQ(x)"&RANK.EQ(A1,B:B)')).toBe(
      '"RANK.EQ(x)"&_xlfn.RANK.EQ(A1,B:B)'
    );
    expect(toFileFormula("='O''Brien RANK.EQ('!A1")).toBe("'O''Brien RANK.EQ('!A1");
    expect(toFileFormula('="say ""RANK.EQ("""')).toBe('"say ""RANK.EQ("""');
    expect(toFileFormula("=RANK.EQ('a''b'!A1,\"x\")&RANK.EQ(1,2)")).toBe(
      "_xlfn.RANK.EQ('a''b'!A1,\"x\")&_xlfn.RANK.EQ(1,2)"
    );
    expect(toFileFormula("=A1&'unterminated RANK.EQ(")).toBe("A1&'unterminated RANK.EQ(");
  });

  it("does not prefix other functions or names that only end in RANK.EQ", () => {
    expect(toFileFormula("=RANK(A1,B:B)")).toBe("RANK(A1,B:B)");
    expect(toFileFormula("=MYRANK.EQ(A1)")).toBe("MYRANK.EQ(A1)");
    expect(toFileFormula("=_xlfn.RANK.EQ(A1,B:B)")).toBe("_xlfn.RANK.EQ(A1,B:B)");
    expect(toFileFormula("=SUM(A1:A3)")).toBe("SUM(A1:A3)");
  });
});

describe("stringLiteral(text) and looksLikeFormula(text)", () => {
  it("quotes a formula string, doubling quotes", () => {
    expect(stringLiteral("安康")).toBe('"安康"');
    expect(stringLiteral('a"b')).toBe('"a""b"');
  });

  it.each([
    ["=SUM(A1)", true],
    ["+1", true],
    ["-汉滨", true],
    ["@x", true],
    ["汉滨=", false],
    [" =x", false],
    ["", false],
  ])("looksLikeFormula(%p) is %p", (text, yes) => {
    expect(looksLikeFormula(text)).toBe(yes);
  });
});

describe("the rank and gap expressions", () => {
  it("use RANK.EQ and COUNTIF for competition ranks", () => {
    expect(rankExpr("H4", "$H$4:$H$9", "competition")).toBe("RANK.EQ(H4,$H$4:$H$9)");
    expect(groupRankExpr("H4", "R", "G", "$C4", "competition")).toBe('COUNTIFS(G,$C4,R,">"&H4)+1');
    expect(rankWithoutExpr("X", "H4", "R", "competition")).toBe('COUNTIF(R,">"&X)-(H4>X)+1');
  });

  it("count distinct higher values for dense ranks, never dividing by zero", () => {
    const dense = rankExpr("H4", "R", "dense");
    expect(dense).toContain("SUMPRODUCT");
    expect(dense).toContain("COUNTIF(R,R)+1-ISNUMBER(R)");
    expect(dense).not.toContain("RANK.EQ");
    expect(groupRankExpr("H4", "R", "G", '"是"', "dense")).toContain('COUNTIFS(G,"是",R,R)');
    expect(rankWithoutExpr("X", "H4", "R", "dense")).toContain("(COUNTIF(R,H4)=1)");
  });

  it("round gaps to 2 decimals and leave the first's gap to above blank", () => {
    expect(gapToFirstExpr("H4", "R")).toBe("ROUND(MAX(R)-H4,2)");
    expect(gapToAboveExpr("H4", "R")).toBe(
      'IF(H4>=MAX(R),"",ROUND(SMALL(R,COUNTIF(R,"<="&H4)+1)-H4,2))'
    );
  });
});
