import fc from "fast-check";
import { TableAnalysis, UnitResult, analyzeWorkbook } from "../../src/core/analyze";
import { SheetInput } from "../../src/core/cells";
import { rank, rankAgainst } from "../../src/core/rank";
import { toCents } from "../../src/core/round";
import { readWorkbook } from "../../src/core/workbook";
import { GenCase, caseArb, renderCase } from "../support/random-tables";
import {
  ExpectedUnit,
  Ties,
  centsOf,
  expectedUnits,
  refRankAmong,
  refRanks,
} from "../support/reference";

const TIES: Ties[] = ["competition", "dense"];
/** Scores in hundredths from a small pool, so that ties are common; null is a missing score. */
const centsArb = fc.option(fc.constantFrom(-150, 0, 8850, 8860, 9012, 9135, 9145, 9980, 10000), {
  freq: 6,
});

describe("toCents(x) rounds like Excel's ROUND(x, 2)", () => {
  it("on any score written with 3 decimals, halves away from zero", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (mills) => {
        // 98.205 is 98205 thousandths: the reference rounds the integer, exactly.
        expect(toCents(mills / 1000)).toBe(centsOf({ form: "number", mills }));
        expect(toCents(Number((mills / 1000).toFixed(3)))).toBe(centsOf({ form: "number", mills }));
      }),
      { numRuns: 2000 }
    );
  });

  it("on sums of 2-decimal scores, whatever floating point made of them", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 6 }), (parts) => {
        const sum = parts.reduce((acc, c) => acc + c / 100, 0);
        expect(toCents(sum)).toBe(parts.reduce((a, c) => a + c, 0));
      }),
      { numRuns: 2000 }
    );
  });
});

describe.each(TIES)("rank() and rankAgainst() agree with the reference (%s)", (ties) => {
  it("rank(scores) ranks like counting the higher scores", () => {
    fc.assert(
      fc.property(fc.array(centsArb, { maxLength: 60 }), (cents) => {
        const scores = Object.freeze(cents.map((c) => (c === null ? null : c / 100)));
        expect(rank(scores, { ties })).toEqual(refRanks(cents, ties));
      })
    );
  });

  it("rank(scores) compares at 2 decimals, whatever floating point did to a sum", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(centsArb, fc.constantFrom(0, 10, 160, 330)), { maxLength: 40 }),
        (pairs) => {
          // a + b in floating point (98.2 + 1.6, 88.6 − 0.1 …) against the exact sum in hundredths.
          const sums = pairs.map(([a, b]) => (a === null ? null : a / 100 + b / 100));
          const exact = pairs.map(([a, b]) => (a === null ? null : a + b));
          expect(rank(sums, { ties })).toEqual(refRanks(exact, ties));
        }
      )
    );
  });

  it("rankAgainst(field)(score, own) ranks like counting the others' higher scores", () => {
    fc.assert(
      fc.property(
        fc.array(centsArb, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.constantFrom(0, 10, 50, 120, -50),
        (cents, pick, bonus) => {
          const i = pick % cents.length;
          const own = cents[i];
          fc.pre(own !== null);
          const at = rankAgainst(
            cents.map((c) => (c === null ? null : c / 100)),
            ties
          );
          const others = cents.filter((_, j) => j !== i);
          const reduced = (own as number) - bonus;
          expect(at(reduced / 100, (own as number) / 100)).toBe(
            refRankAmong(reduced, others, ties)
          );
        }
      )
    );
  });
});

function analyses(sheets: readonly SheetInput[], ties: Ties): TableAnalysis[] {
  return analyzeWorkbook(readWorkbook(sheets), { ties });
}

/** What the engine says of one unit, in the reference's terms. */
function actual(a: TableAnalysis, u: UnitResult): ExpectedUnit {
  const parts = a.table.columns.filter((c) => c.role === "part");
  return {
    name: u.unit.name,
    base: "",
    total: u.total,
    rank: u.rank,
    componentRanks: Object.fromEntries(parts.map((p, i) => [p.header, u.partRanks[i]])),
    rankWithoutBonus: u.rankWithoutBonus,
    gapToFirst: u.gapToFirst,
    gapToAbove: u.gapToAbove,
    groupRanks: Object.fromEntries(u.groupRanks.map((g) => [g.group, g.rank])),
    previousRank: u.previousRank,
    rankChange: u.rankChange,
  };
}

function checkCase(c: GenCase, ties: Ties): void {
  const rendered = renderCase(c);
  const result = analyses(
    rendered.map((r) => r.input),
    ties
  );
  const current = result.find((a) => a.table.sheet === c.current.sheet);
  const expected = expectedUnits(c.current, ties, c.previous);
  if (expected.size === 0) {
    expect(current).toBeUndefined();
    return;
  }
  expect(current).toBeDefined();
  const a = current as TableAnalysis;
  const got = new Map(a.units.map((u) => [u.unit.name, { ...actual(a, u), base: "" }]));
  expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [name, e] of expected) expect(got.get(name)).toEqual({ ...e, base: "" });
  // Units come in rank order, unranked last.
  const ranks = a.units.map((u) => u.rank ?? Infinity);
  expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  // Each unit's source row is the row its name was written in.
  const rowOf = rendered[rendered.length - 1].rowOf;
  for (const u of a.units) expect(u.unit.row + 1).toBe(rowOf.get(u.unit.name));
}

describe.each(TIES)("the engine on random tables agrees with the reference (%s)", (ties) => {
  it("ranks, part ranks, group ranks, gaps, rank without bonus and rank change", () => {
    fc.assert(
      fc.property(caseArb(7), (c) => checkCase(c, ties)),
      { numRuns: 150 }
    );
  });

  it("reordering the rows changes nothing but the order", () => {
    fc.assert(
      fc.property(caseArb(11, { maxUnits: 20 }), fc.array(fc.integer()), (c, keys) => {
        fc.pre(c.current.parentMode === "none" || c.current.parentMode === "every");
        const order = c.current.units.map((u, i) => ({ u, k: keys[i % (keys.length || 1)] ?? i }));
        const shuffled: GenCase = {
          ...c,
          current: {
            ...c.current,
            blankAfter: -1,
            units: [...order].sort((x, y) => (x.k ?? 0) - (y.k ?? 0)).map((x) => x.u),
          },
        };
        const plain: GenCase = { ...c, current: { ...c.current, blankAfter: -1 } };
        const summary = (g: GenCase) => {
          const a = analyses(
            renderCase(g).map((r) => r.input),
            ties
          ).find((t) => t.table.sheet === g.current.sheet);
          return new Map(a ? a.units.map((u) => [u.unit.name, actual(a, u)]) : []);
        };
        expect(summary(shuffled)).toEqual(summary(plain));
      }),
      { numRuns: 60 }
    );
  });
});
