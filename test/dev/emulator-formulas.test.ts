/**
 * The formula subset the add-in writes must compute what Excel computes. Expected values are
 * Excel's (checked by hand against Excel's documented behaviour), not HyperFormula's.
 */
import { criterionPredicate, excelRound, rankEq } from "../../dev/office-emulator";
import { evaluate, readValues, useEmulator } from "./emulator-helpers";

const RANKING = "排名-三季度县区";
const R = `'${RANKING}'!$H$4:$H$12`;
const P = `'${RANKING}'!$G$4:$G$12`;

const emulator = useEmulator(() => ({
  sheets: [
    {
      name: RANKING,
      // Rows 4-12 of columns G (parent) and H (score): ties, text, an empty-text formula, a blank.
      values: [
        [],
        [],
        ["", "", "", "", "", "", "上级", "得分"],
        ["", "", "", "", "", "", "安康", 95],
        ["", "", "", "", "", "", "安康", 90],
        ["", "", "", "", "", "", "汉中", 90],
        ["", "", "", "", "", "", "汉中", 85],
        ["", "", "", "", "", "", "汉中", "缺考"],
        ["", "", "", "", "", "", "商洛", '=IF(1>2,1,"")'],
        ["", "", "", "", "", "", "商洛", null],
        ["", "", "", "", "", "", "商洛", 80],
        ["", "", "", "", "", "", "商洛", 92.5],
      ],
    },
    { name: "三季度", values: [["名称", 7]] },
    { name: "Calc" },
  ],
}));

async function one(formula: string): Promise<unknown> {
  return (await evaluate("Calc", "A1", [[formula]]))[0][0];
}

describe("FIXED like Excel: rounded as ROUND, as text, commas unless told not to", () => {
  test.each([
    ["=FIXED(2.03,2,TRUE)", "2.03"],
    ["=FIXED(0.1,2,TRUE)", "0.10"],
    ["=FIXED(1.375,2,TRUE)", "1.38"],
    ["=FIXED(-0.125,2,TRUE)", "-0.13"],
    ["=FIXED(1234.567,1)", "1,234.6"],
    ["=FIXED(1234567,0,FALSE)", "1,234,567"],
    ["=FIXED(1234.5,-2,TRUE)", "1200"],
    ["=FIXED(83,0,TRUE)", "83"],
    ['="第"&FIXED(4,0,TRUE)&"名"', "第4名"],
  ])("%s = %p", async (formula, expected) => {
    expect(await one(formula)).toBe(expected);
  });
});

describe("ROUND like Excel: half away from zero after 15 significant digits", () => {
  test.each([
    ["=ROUND(1.005,2)", 1.01],
    ["=ROUND(-0.125,2)", -0.13],
    ["=ROUND(92.485,2)", 92.49],
    ["=ROUND(0.285,2)", 0.29],
    ["=ROUND(2.5,0)", 3],
    ["=ROUND(-2.5,0)", -3],
    ["=ROUND(1234.5,-2)", 1200],
    ["=ROUND(98.2+1.6,2)", 99.8],
    ["=ROUND(-0.001,2)", 0],
  ])("%s = %p", async (formula, expected) => {
    expect(await one(formula)).toBe(expected);
  });

  test("excelRound directly, and no negative zero", () => {
    expect(excelRound(1.005, 2)).toBe(1.01);
    expect(Object.is(excelRound(-0.001, 2), 0)).toBe(true);
    expect(excelRound(1.2345, 10)).toBe(1.2345);
  });
});

describe("RANK.EQ", () => {
  test("ties share the better rank: 1, 2, 2, 4; text, empty text and blanks are ignored", async () => {
    const ranks = await evaluate("Calc", "A1:A4", [
      [`=RANK.EQ('${RANKING}'!H4,${R})`],
      [`=RANK.EQ('${RANKING}'!H5,${R})`],
      [`=RANK.EQ('${RANKING}'!H6,${R})`],
      [`=RANK.EQ('${RANKING}'!H7,${R})`],
    ]);
    // 95, 90, 90 and 85 among 95, 92.5, 90, 90, 85, 80.
    expect(ranks).toEqual([[1], [3], [3], [5]]);
    expect(await one(`=RANK.EQ(95,'${RANKING}'!$H$4:$H$7)`)).toBe(1);
    expect(
      await evaluate("Calc", "B1:B4", [
        [`=RANK.EQ(95,'${RANKING}'!$H$4:$H$7)`],
        [`=RANK.EQ(90,'${RANKING}'!$H$4:$H$7)`],
        [`=RANK.EQ(90,'${RANKING}'!$H$4:$H$7)`],
        [`=RANK.EQ(85,'${RANKING}'!$H$4:$H$7)`],
      ])
    ).toEqual([[1], [2], [2], [4]]);
  });

  test("ascending order, the _xlfn. prefix, legacy RANK, and #N/A for a number not in the list", async () => {
    expect(await one(`=RANK.EQ(80,${R},1)`)).toBe(1);
    expect(await one(`=_xlfn.RANK.EQ(92.5,${R})`)).toBe(2);
    expect(await one(`=RANK(85,${R})`)).toBe(5);
    expect(await one(`=RANK.EQ(91,${R})`)).toBe("#N/A");
    expect(await one(`=IFERROR(RANK.EQ(91,${R}),"未上榜")`)).toBe("未上榜");
  });

  test("rankEq directly", () => {
    expect(rankEq(90, [95, 90, "x", 90, 85], false)).toBe(2);
    expect(rankEq(85, [95, 90, 90, 85], true)).toBe(1);
  });
});

describe("COUNTIF and COUNTIFS", () => {
  test('">"&x counts numbers only; text and "" are ignored', async () => {
    expect(await one(`=COUNTIF(${R},">"&90)`)).toBe(2);
    expect(await one(`=COUNTIF(${R},">="&90)`)).toBe(4);
    expect(await one(`=COUNTIF(${R},"<="&'${RANKING}'!H7)`)).toBe(2);
    expect(await one(`=COUNTIF(${R},"<>"&90)`)).toBe(7);
  });

  test("text criteria match case-insensitively, with wildcards; blanks have their own criteria", async () => {
    expect(await one(`=COUNTIF(${P},"安康")`)).toBe(2);
    expect(await one(`=COUNTIF(${P},"汉*")`)).toBe(3);
    expect(await one(`=COUNTIF(${R},"缺?")`)).toBe(1);
    expect(await one(`=COUNTIF(${R},"")`)).toBe(2);
    expect(await one(`=COUNTIF(${R},"=")`)).toBe(1);
    expect(await one(`=COUNTIF(${R},"<>")`)).toBe(8);
    expect(await one(`=COUNTIF({"a","A","b"},"a")`)).toBe(2);
    expect(await one(`=COUNTIF(${R},90)`)).toBe(2);
  });

  test("COUNTIFS with a text criterion: the rank within a group", async () => {
    expect(await one(`=COUNTIFS(${P},"汉中",${R},">"&85)+1`)).toBe(2);
    expect(await one(`=COUNTIFS(${P},"商洛",${R},">"&80)+1`)).toBe(2);
    expect(await one(`=COUNTIFS(${P},'${RANKING}'!G4,${R},">"&90)+1`)).toBe(2);
  });

  test("criterionPredicate directly", () => {
    expect(criterionPredicate(">5")(6)).toBe(true);
    expect(criterionPredicate(">5")("6")).toBe(false);
    expect(criterionPredicate("5")("5")).toBe(true);
    expect(criterionPredicate("a~*")("a*")).toBe(true);
    expect(criterionPredicate("a~*")("ab")).toBe(false);
  });
});

describe("the add-in's composite formulas", () => {
  test("dense rank: SUMPRODUCT(ISNUMBER(r)*(r>x)/(COUNTIF(r,r)+1-ISNUMBER(r)))+1", async () => {
    const dense = (x: string) =>
      `=ROUND(SUMPRODUCT(ISNUMBER(${R})*(${R}>${x})/(COUNTIF(${R},${R})+1-ISNUMBER(${R}))),0)+1`;
    const out = await evaluate("Calc", "A1:A5", [
      [dense("95")],
      [dense("92.5")],
      [dense("90")],
      [dense("85")],
      [dense("80")],
    ]);
    expect(out).toEqual([[1], [2], [3], [4], [5]]);
  });

  test("gap to the first and to the next better total", async () => {
    const above = (x: string) =>
      `=IF(${x}>=MAX(${R}),"",ROUND(SMALL(${R},COUNTIF(${R},"<="&${x})+1)-${x},2))`;
    expect(await one(`=ROUND(MAX(${R})-85,2)`)).toBe(10);
    expect(await evaluate("Calc", "A1:A3", [[above("95")], [above("90")], [above("85")]])).toEqual([
      [""],
      [2.5],
      [5],
    ]);
  });

  test('rank without the own bonus: COUNTIF(r,">"&reduced)-(own>reduced)+1', async () => {
    // 88 (92.5 without its bonus) trails 95, 90 and 90 of the others.
    expect(await one(`=COUNTIF(${R},">"&88)-(92.5>88)+1`)).toBe(4);
  });
});

describe("the rest of the subset", () => {
  test.each([
    ['=IF(ISNUMBER(三季度!B1),"数","文")', "数"],
    ["=ISBLANK(三季度!C1)", true],
    [`=ISBLANK('${RANKING}'!H9)`, false],
    ['=N("文字")+N(5)', 5],
    ["=ABS(-3.5)", 3.5],
    [`=SUM(${R})`, 532.5],
    [`=MAX(${R})`, 95],
    [`=SMALL(${R},2)`, 85],
    [`=INDEX(${P},MATCH(92.5,${R},0))`, "商洛"],
    [`=MATCH("汉中",${P},0)`, 3],
    ["=IFERROR(1/0,0)", 0],
    ["=AND(TRUE,1>0,ISNUMBER(1))", true],
    ['="第"&3&"名"', "第3名"],
    ['="差"&ROUND(1.25,1)', "差1.3"],
    ['="a"="A"', true],
    ['=1<"a"', true],
    ['="10"=10', false],
    ["=三季度!B1*2", 14],
    ["='三季度'!B1+1", 8],
    ["=TRUE", true],
    ["=未定义名称+1", "#NAME?"],
  ])("%s = %p", async (formula, expected) => {
    expect(await one(formula)).toEqual(expected);
  });

  test("errors show as Excel's error strings", async () => {
    const out = await evaluate("Calc", "A1:E1", [
      ["=1/0", "=NA()", '=1+"x"', "=NOSUCH(1)", "=SQRT(-1)"],
    ]);
    expect(out).toEqual([["#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!"]]);
    const types = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Calc").getRange("A1:B1").load("valueTypes");
      await context.sync();
      return r.valueTypes;
    });
    expect(types).toEqual([["Error", "Error"]]);
  });

  test("a deleted sheet turns references to it into #REF!, in values and in formula text", async () => {
    await evaluate("Calc", "A1", [["=SUM(三季度!B1,1)"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("三季度").delete();
      await context.sync();
    });
    const result = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Calc").getRange("A1").load("values,formulas");
      await context.sync();
      return [r.values[0][0], r.formulas[0][0]];
    });
    expect(result).toEqual(["#REF!", "=SUM(#REF!B1,1)"]);
    // A new sheet of the same name does not bring the reference back, as in Excel.
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("三季度").getRange("B1").values = [[100]];
      await context.sync();
    });
    expect(await readValues("Calc", "A1")).toEqual([["#REF!"]]);
  });

  test("renaming a sheet rewrites formulas that refer to it, quoting only when needed", async () => {
    await evaluate("Calc", "A1:B1", [["=三季度!B1", `='${RANKING}'!H4`]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("三季度").name = "Q3 sheet";
      context.workbook.worksheets.getItem(RANKING).name = "排名";
      await context.sync();
    });
    const r = await Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Calc")
        .getRange("A1:B1")
        .load("values,formulas");
      await context.sync();
      return range;
    });
    expect(r.formulas).toEqual([["='Q3 sheet'!B1", "=排名!H4"]]);
    expect(r.values).toEqual([[7, 95]]);
  });

  test("a formula naming a sheet that does not exist yet stays #REF! after the sheet is added", async () => {
    expect(await one("=Later!A1")).toBe("#REF!");
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Later").getRange("A1").values = [[9]];
      await context.sync();
    });
    expect(await readValues("Calc", "A1")).toEqual([["#REF!"]]);
    // Written after the sheet exists, the same formula works.
    expect(await one("=Later!A1")).toBe(9);
  });

  test("one formula written to a column moves its relative references, as a fill does", async () => {
    await evaluate("Calc", "A1:A3", [[1], [2], [3]]);
    const out = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Calc").getRange("B1:B3");
      range.formulas = "=A1*10+$A$1" as unknown as string[][];
      range.load("values,formulas");
      await context.sync();
      return range;
    });
    expect(out.formulas).toEqual([["=A1*10+$A$1"], ["=A2*10+$A$1"], ["=A3*10+$A$1"]]);
    expect(out.values).toEqual([[11], [21], [31]]);
  });

  test("an unparseable formula is refused with InvalidArgument", async () => {
    await expect(evaluate("Calc", "A1", [["=SUM(1,"]])).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(emulator().snapshot().sheets[2].values).toEqual([]);
  });
});
