import {
  EngineResult,
  analyzeWorkbook,
  bottomLineExpr,
  closingPoints,
  readWorkbook,
  runEngine,
  scenarioOutcome,
  tableTargets,
  topThreeExpr,
} from "../../src/core";
import { Ties, refRankAmong } from "../support/reference";
import { sampleInputs } from "../support/emulated-workbook";
import { Cell, frozen, sheet } from "../support/sheet-builder";

function table(totals: readonly number[], ties: Ties = "competition") {
  const names = ["平利县", "石泉县", "旬阳县", "汉阴县", "宁陕县", "紫阳县", "岚皋县", "白河县"];
  const values: Cell[][] = [["县（区）", "总分"], ...totals.map((t, i) => [names[i], t])];
  const [a] = analyzeWorkbook(readWorkbook([frozen(sheet("三季度县区", values))]), { ties });
  return a;
}

/** Targets by unit name, in the order given. */
function targets(totals: readonly number[], line: number, ties: Ties = "competition") {
  const a = table(totals, ties);
  const t = tableTargets(a, line);
  return new Map(a.units.map((u, i) => [u.total, t[i]]));
}

describe("tableTargets(analysis, bottomLine)", () => {
  const totals = [99.8, 98.2, 98.2, 97, 96.5];

  it("gives the points to the next place, the top three and first, ties sharing the better place", () => {
    const t = targets(totals, 2);
    expect([97, 96.5, 98.2, 99.8].map((x) => t.get(x)?.topThree)).toEqual([1.2, 1.7, 0, 0]);
    expect([97, 96.5, 98.2, 99.8].map((x) => t.get(x)?.first)).toEqual([2.8, 3.3, 1.6, 0]);
    expect([97, 96.5, 98.2, 99.8].map((x) => t.get(x)?.nextPlace)).toEqual([1.2, 0.5, 1.6, null]);
  });

  it("signs the bottom line: below 0 the points to leave it, from 0 up the margin above it", () => {
    const t = targets(totals, 2);
    // Two places from the bottom: 97 and 96.5 are in, and need what takes them to 98.2.
    expect([99.8, 98.2, 97, 96.5].map((x) => t.get(x)?.bottomLine)).toEqual([2.8, 1.2, -1.2, -1.7]);
  });

  it("gives a unit tied right at the line a margin of 0, not a place inside", () => {
    // Six units, bottom three: 95 and 95 tie for third; the bottom holds the last two only.
    const t = targets([99, 97, 95, 95, 94, 93], 3);
    expect(t.get(95)?.bottomLine).toBe(0);
    expect(t.get(94)?.bottomLine).toBe(-1);
  });

  it("has no bottom line in a field smaller than twice the line", () => {
    const t = tableTargets(table(totals), 3);
    expect(t.map((x) => x.bottomLine)).toEqual([null, null, null, null, null]);
  });

  it("counts the top three in distinct totals with 中国式排名", () => {
    const competition = targets([99, 98, 98, 97, 96], 1);
    const dense = targets([99, 98, 98, 97, 96], 1, "dense");
    // RANK.EQ: 97 is 4th, needs 1 to tie the 98s at 2nd. Dense: 97 is already 3rd.
    expect([competition.get(97)?.topThree, dense.get(97)?.topThree]).toEqual([1, 0]);
    expect(dense.get(96)?.topThree).toBe(1);
    expect(targets([99, 98, 98], 1, "dense").get(98)?.topThree).toBe(0);
  });

  it("works in whole units of the last decimal, so 88.6 − 0.1 ties 88.5", () => {
    const a = table([90, 89, 88.6 - 0.1, 88.5, 80, 79]);
    const t = tableTargets(a, 2);
    // Both 88.5s are third: neither needs a point (in floating point one would need 0.01).
    expect(t.slice(2, 4).map((x) => x.topThree)).toEqual([0, 0]);
    expect(t[4]).toEqual({ nextPlace: 8.5, topThree: 8.5, first: 10, bottomLine: -8.5 });
  });

  it("agrees with a plain reference on the sample's 96 counties", async () => {
    const result = runEngine(await sampleInputs());
    const a = result.analyses.find((x) => x.table.sheet === "三季度县区");
    const sheet = result.rankingSheets.find((s) => s.plan.name === "排名-三季度县区");
    const cents = a?.units.map((u) => Math.round((u.total as number) * 100)) as number[];
    const desc = [...cents].sort((x, y) => y - x);
    a?.units.forEach((u, i) => {
      const x = cents[i];
      const others = cents.filter((_, j) => j !== i);
      // The least total at or above its own that would rank it `target` or better.
      const need = (target: number) =>
        (desc
          .filter((v) => v >= x)
          .reverse()
          .find((v) => refRankAmong(v, others, "competition") <= target) as number) - x;
      expect({ name: u.unit.name, top: sheet?.targets[i].topThree }).toEqual({
        name: u.unit.name,
        top: need(3) / 100,
      });
      const inside = refRankAmong(x, others, "competition") > 86;
      const line = inside ? -need(86) : x - desc[86];
      expect({ name: u.unit.name, line: sheet?.targets[i].bottomLine }).toEqual({
        name: u.unit.name,
        line: line / 100,
      });
    });
  });
});

describe("target formulas", () => {
  it("topThreeExpr: LARGE for RANK.EQ, the third distinct value for 中国式排名", () => {
    expect(topThreeExpr("Q5", "$Q$4:$Q$99", "competition", 2)).toBe(
      "IF(COUNT($Q$4:$Q$99)<3,0,MAX(0,ROUND(LARGE($Q$4:$Q$99,3)-Q5,2)))"
    );
    expect(topThreeExpr("Q5", "R", "dense", 3)).toBe(
      'IFERROR(MAX(0,ROUND(LARGE(R,COUNTIF(R,">="&LARGE(R,COUNTIF(R,">="&MAX(R))+1))+1)-Q5,3)),0)'
    );
  });

  it("bottomLineExpr: blank without a line, else the points in or the margin out", () => {
    expect(bottomLineExpr("Q5", "R", 10, 2)).toBe(
      'IF(COUNT(R)<20,"",IF(COUNTIF(R,">"&Q5)>=COUNT(R)-10,-ROUND(LARGE(R,COUNT(R)-10)-Q5,2),ROUND(Q5-LARGE(R,COUNT(R)-10+1),2)))'
    );
  });
});

describe("closingPoints(gap) and scenarioOutcome(analysis, gap, expected)", () => {
  let result: EngineResult;
  beforeAll(async () => {
    result = runEngine(await sampleInputs(), { ownUnit: "安康", benchmarks: ["汉中", "商洛"] });
  });
  const peer = (benchmark: string) => {
    const c = result.comparisons.find((x) => x.gaps[0].benchmark.unit.name === benchmark);
    if (!c) throw new Error(`no comparison with ${benchmark}`);
    return c.gaps[0];
  };

  it("gives each part's points to close the gap alone: gap ÷ weight, rounded up", () => {
    // 安康 trails 汉中 by 2.03: 4.06 of 交叉考核 or 八办两组 (weight 0.5), 2.03 of 月通报 (1).
    expect(peer("汉中").totalGap).toBe(-2.03);
    expect(closingPoints(peer("汉中"))).toEqual([4.06, 4.06, 2.03]);
    // 1.09 ÷ 0.5 is 2.18 exactly, not 2.19 from float noise.
    expect(closingPoints(peer("商洛"))).toEqual([2.18, 2.18, 1.09]);
  });

  it("gives nothing to close when the own unit is not behind", () => {
    const g = peer("汉中");
    expect(closingPoints({ ...g, totalGap: 0.5 })).toEqual([null, null, null]);
    expect(closingPoints({ ...g, totalGap: 0 })).toEqual([null, null, null]);
  });

  it("rounds a gap that a weight does not divide up to the next hundredth", () => {
    const g = peer("汉中");
    const terms = g.terms.map((t) => ({ ...t, weight: 0.3 }));
    expect(closingPoints({ ...g, terms, totalGap: -0.01 })).toEqual([0.04, 0.04, 0.04]);
    expect(closingPoints({ ...g, terms, totalGap: -0.03 })).toEqual([0.1, 0.1, 0.1]);
  });

  it("with no expected score, the scenario is the current total and rank", () => {
    const g = peer("汉中");
    const a = result.analyses.find((x) => x.id === "三季度市级");
    const s = scenarioOutcome(a!, g, []);
    expect([s.total, s.rank]).toEqual([g.own.total, g.own.rank]);
    expect(s.terms).toEqual(g.terms.map((t) => t.own));
  });

  it("moves the total by each changed part's weight and ranks it among the others unchanged", () => {
    const g = peer("汉中");
    const a = result.analyses.find((x) => x.id === "三季度市级")!;
    // 八办两组 89.03 → 92: +0.5 × 2.97 = 1.485 → 92.49 + 1.485 = 93.975 → 93.98, third.
    expect(scenarioOutcome(a, g, [null, 92, null])).toEqual({
      terms: [92.14, 92, 1.9],
      total: 93.98,
      rank: 3,
    });
    // Level with 汉中's 94.52: ties share first.
    const level = scenarioOutcome(a, g, [null, 89.03 + 4.06, null]);
    expect([level.total, level.rank]).toEqual([94.52, 1]);
    // Lower than now: the own total no longer counts against it.
    const worse = scenarioOutcome(a, g, [80, null, null]);
    const others = a.units.filter((u) => u !== g.own).map((u) => Math.round(u.total! * 100));
    expect(worse.rank).toBe(refRankAmong(Math.round(worse.total! * 100), others, "competition"));
  });
});
