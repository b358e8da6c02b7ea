import { EngineResult, SheetInput, columnLabel, countWord, runEngine } from "../../src/core";
import { sampleInputs } from "../support/emulated-workbook";
import { monthlyFixture, tiedAtBottomLineRows } from "../support/period-fixtures";
import { sheet } from "../support/sheet-builder";

const SETTINGS = { ownUnit: "安康", benchmarks: ["汉中", "商洛", "平利"] };

/** The briefing's cell holding a sentence, by its text. */
function cellOf(result: EngineResult, sentence: string) {
  const cell = result.briefing?.plan.rows.flat().find((c) => c.value === sentence);
  if (!cell)
    throw new Error(`no sentence "${sentence}" in ${result.briefing?.sentences.join("\n")}`);
  return cell;
}

/** The text inside the formula's string literals: what is not live. */
function literals(formula: string): string {
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]).join("|");
}

describe("briefing sentences on the sample (二季度, 三季度)", () => {
  let result: EngineResult;
  beforeAll(async () => {
    result = runEngine(await sampleInputs(), SETTINGS);
  });
  const sentences = () => result.briefing?.sentences ?? [];

  it("states the year to date, live from the cumulative sheet", () => {
    const text = "2017年2期累计（按平均分），我市位列第二，平均分93.62分，较上期累计下降1位。";
    expect(sentences()).toContain(text);
    const formula = cellOf(result, text).formula as string;
    expect(formula).toContain(`FIXED(INDEX('累计-2017年市级'!`);
    expect(formula).toContain(`MATCH("安康",'累计-2017年市级'!`);
    expect(literals(formula)).not.toMatch(/93\.62|下降1位/);
  });

  it("says what it would take: the top three and first, live from the ranking sheet", () => {
    const text = "我市再提高1.09分可进入前三，提高2.03分可升至第一。";
    expect(sentences()).toContain(text);
    const formula = cellOf(result, text).formula as string;
    const ranking = result.rankingSheets.find((r) => r.plan.name === "排名-三季度市级");
    const column = columnLabel(ranking?.layout.col.topThree as number);
    expect(ranking?.plan.rows[2][ranking.layout.col.topThree].value).toBe("进入前三需提高");
    expect(formula).toContain(
      `FIXED(INDEX('排名-三季度市级'!$${column}$4:$${column}$14,MATCH("安康"`
    );
    expect(literals(formula)).not.toMatch(/1\.09|2\.03/);
  });

  it("prices the main part of each gap: what a point of it is worth and what it alone needs", () => {
    const text = "八办两组每提高1分，总分提高0.5分；仅靠八办两组追平汉中，需提高4.06分。";
    expect(sentences()).toContain(text);
    const formula = cellOf(result, text).formula as string;
    expect(formula).toContain("FIXED('对标-汉中'!G5,1,TRUE)");
    expect(formula).toContain("FIXED('对标-汉中'!L5,2,TRUE)");
    expect(sentences()).toContain(
      "交叉考核每提高1分，总分提高0.5分；仅靠交叉考核追平商洛，需提高2.18分。"
    );
  });

  it("tells each county inside the bottom ten what it needs to leave", () => {
    const text = "白河县再提高0.63分即可退出后10位。";
    expect(sentences()).toContain(text);
    expect(literals(cellOf(result, text).formula as string)).not.toContain("0.63");
    // 汉滨区 is out, 0.44 above the line, as the speech says: 险些进入全省后十位.
    expect(sentences()).toContain("汉滨区位列第83位，距全省后10位线仅0.44分。");
  });

  it("does not repeat the change since the year began when it is the change since last period", () => {
    expect(sentences().filter((s) => s.includes("较年初"))).toEqual([]);
    expect(sentences()[0]).toBe(
      "2017年第三季度，我市在全省排名第四，较二季度下降3位（上期第一）。"
    );
  });

  it("never quotes the scenario columns of the comparison sheets", () => {
    const formulas = (result.briefing?.plan.rows.flat() ?? []).map((c) => c.formula ?? "");
    const comparisons = result.plans.filter(
      (p) => p.kind === "comparison" && p.name !== "对标-平利县"
    );
    expect(comparisons).toHaveLength(2);
    for (const plan of comparisons) {
      const header = plan.rows[2].map((c) => c.value);
      const columns = ["预期得分（可填写）", "情景得分", "情景排名"].map((h) =>
        String.fromCharCode(65 + header.indexOf(h))
      );
      expect(columns).toEqual(["M", "N", "O"]);
      for (const f of formulas)
        for (const col of columns)
          expect(f).not.toMatch(new RegExp(`'${plan.name}'!\\$?${col}\\$?\\d`));
    }
  });

  it("speaks English too", async () => {
    const en = runEngine(await sampleInputs(), { ...SETTINGS, locale: "en-US" });
    expect(en.briefing?.sentences).toContain(
      "1.09 more points would put our city in the top three, 2.03 would make it first."
    );
    expect(en.briefing?.sentences).toContain(
      "白河县 needs 0.63 more points to leave the bottom 10."
    );
  });
});

describe("briefing sentences over twelve months", () => {
  let result: EngineResult;
  beforeAll(() => {
    result = runEngine(monthlyFixture().sheets, { ownUnit: "安康", benchmarks: ["汉中", "平利"] });
  });

  it("compares with the start of the year and names a streak as the speech would (连续三期)", () => {
    const s = result.briefing?.sentences ?? [];
    expect(s).toContain("我市排名较年初（1月第三）下降1位。");
    const streak = "我市已连续三期排名下降。";
    expect(s).toContain(streak);
    const formula = cellOf(result, streak).formula as string;
    expect(formula).toMatch(/CHOOSE\(INDEX\('排名走势-市级'!/);
    expect(literals(formula)).not.toContain("三期");
  });

  it("lists the counties on a streak of two or more", () => {
    const s = result.briefing?.sentences ?? [];
    const falling = s.find((x) => x.includes("汉滨区已连续三期排名下降"));
    expect(falling).toBeDefined();
    expect(s.find((x) => /白河县已连续.期处于全省后10位/.test(x))).toBeDefined();
  });
});

describe("briefing sentences without a previous period", () => {
  it("an own city with one period: no trend and no year to date; its counties' targets still", async () => {
    const inputs = (await sampleInputs()).filter((s) => s.name !== "三季度市级");
    const result = runEngine(inputs, SETTINGS);
    const s = result.briefing?.sentences ?? [];
    expect(s[0]).toBe("2017年第二季度，我市在全省排名第一。");
    expect(s.filter((x) => x.startsWith("我市"))).toEqual([]);
    expect(s.filter((x) => /较年初|期累计/.test(x))).toEqual([]);
    expect(s).toContain("白河县再提高0.63分即可退出后10位。");
    expect(result.historySheets.map((h) => h.plan.name)).toEqual(["排名走势-县区"]);
    expect(result.cumulativeSheets.map((c) => c.plan.name)).toEqual(["累计-2017年县区"]);
  });

  it("an own county missing from the earlier period: said to be outside the year to date", async () => {
    const inputs = (await sampleInputs()).map((input): SheetInput =>
      input.name === "二季度县区"
        ? { ...input, values: input.values.filter((row) => row[1] !== "汉滨") }
        : input
    );
    const result = runEngine(inputs, { ownUnit: "汉滨区" });
    const s = result.briefing?.sentences ?? [];
    expect(s[0]).toBe("2017年第三季度，我区在全省排名第83。");
    expect(s).toContain("2017年2期累计（按平均分）中，我区有1期没有总分，未参与累计排名。");
    expect(s).toContain("我区高出全省后10位线0.44分。");
    expect(s.filter((x) => /较年初|连续.期/.test(x))).toEqual([]);
  });
});

describe("briefing sentences at the bottom-ten line", () => {
  // Twenty counties, two tied for tenth: the bottom ten is the last nine, and both sit on its line.
  const rows = tiedAtBottomLineRows();
  const sheets = [
    sheet("三季度县区", rows),
    sheet("三季度市级", [
      ["市（区）", "总分"],
      ["安康", 90],
      ["西安", 89],
    ]),
  ];

  it("an own county tied right on the line is told any point lost puts it inside", () => {
    const result = runEngine(sheets, { ownUnit: "汉滨区" });
    const text = "我区并列第十，恰在全省后10位线上，再失分即进入后10位。";
    expect(result.briefing?.sentences).toContain(text);
    const formula = cellOf(result, text).formula as string;
    expect(formula).toMatch(/CHOOSE\(INDEX\('排名-三季度县区'!\$A\$4:\$A\$23,MATCH\("汉滨"/);
    const ranking = result.rankingSheets.find((r) => r.plan.name === "排名-三季度县区");
    expect(ranking?.targets.filter((t) => t.bottomLine === 0)).toHaveLength(2);
  });

  it("a member county tied on the line is said to be on it, not a distance of 0.00 from it", () => {
    const result = runEngine(sheets, { ownUnit: "安康" });
    const s = result.briefing?.sentences ?? [];
    expect(s).toContain("汉滨区并列第十位，恰在全省后10位线上，再失分即进入后10位。");
    expect(s).toContain("白河县并列第十位，恰在全省后10位线上，再失分即进入后10位。");
    expect(s.filter((x) => x.includes("0.00"))).toEqual([]);
  });
});

describe("countWord(words, expr, value)", () => {
  it("says two as 两, and numbers past ten in digits, live", () => {
    const words = ["一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];
    expect(countWord(words, "B5", 2)).toEqual({
      expr: 'IF(AND(B5>=1,B5<=10),CHOOSE(B5,"一","两","三","四","五","六","七","八","九","十"),FIXED(B5,0,TRUE))',
      text: "两",
    });
    expect(countWord(words, "B5", 12)).toMatchObject({ text: "12" });
    expect(countWord([], "B5", 3)).toEqual({ expr: "FIXED(B5,0,TRUE)", text: "3" });
  });
});
