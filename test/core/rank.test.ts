import { firstAbove, rank, rankAgainst } from "../../src/core/rank";

describe("rank(scores): Excel RANK.EQ by default", () => {
  it("gives ties the better rank and skips the next (1, 2, 2, 4)", () => {
    expect(rank([99.8, 98.2, 98.2, 97])).toEqual([1, 2, 2, 4]);
    expect(rank([5, 5, 5])).toEqual([1, 1, 1]);
    expect(rank([1, 2, 3, 3, 2, 1])).toEqual([5, 3, 1, 1, 3, 5]);
  });

  it("ranks in any row order: each score keeps its rank", () => {
    const scores = [90, 95.5, 88, 95.5, 70];
    const ranks = rank(scores);
    const order = [3, 0, 4, 1, 2];
    expect(rank(order.map((i) => scores[i]))).toEqual(order.map((i) => ranks[i]));
  });

  it("compares at 2 decimals: 88.6 - 0.1 ties 88.5, 98.2 + 1.6 ties 99.8", () => {
    expect(rank([88.6 - 0.1, 88.5, 90])).toEqual([2, 2, 1]);
    expect(rank([98.2 + 1.6, 99.8])).toEqual([1, 1]);
    expect(rank([1.004, 1.0, 1.005])).toEqual([2, 2, 1]);
  });

  it("gives a missing score (null, NaN, Infinity) no rank, and it counts against no one", () => {
    expect(rank([null, 90, NaN, 80, Infinity, -Infinity])).toEqual([null, 1, null, 2, null, null]);
    expect(rank([])).toEqual([]);
    expect(rank([null, null])).toEqual([null, null]);
  });

  it("ranks negative scores and zero", () => {
    expect(rank([0, -1.5, 2, -1.5])).toEqual([2, 3, 1, 3]);
  });

  it("ranks the lowest first with order 'asc'", () => {
    expect(rank([3, 1, 2, 1], { order: "asc" })).toEqual([4, 1, 3, 1]);
    expect(rank([3, 1, 2, 1], { order: "asc", ties: "dense" })).toEqual([3, 1, 2, 1]);
  });

  it("does not change its input", () => {
    const scores = Object.freeze([3, null, 1, 2]);
    expect(rank(scores)).toEqual([1, null, 3, 2]);
    expect(scores).toEqual([3, null, 1, 2]);
  });
});

describe("rank(scores, { ties: 'dense' }): 中国式排名", () => {
  it("gives ties the same rank and skips nothing (1, 2, 2, 3)", () => {
    expect(rank([99.8, 98.2, 98.2, 97], { ties: "dense" })).toEqual([1, 2, 2, 3]);
    expect(rank([1, 2, 3, 3, 2, 1], { ties: "dense" })).toEqual([3, 2, 1, 1, 2, 3]);
  });

  it("ignores missing scores", () => {
    expect(rank([null, 5, NaN, 5, 4], { ties: "dense" })).toEqual([null, 1, null, 1, 2]);
  });
});

describe("rankAgainst(field)(score, exclude): the rank a score would take", () => {
  const field = Object.freeze([90, 88.5, 88.5, 80, null]);

  it("counts only field scores strictly higher, ties sharing", () => {
    const at = rankAgainst(field);
    expect(at(95)).toBe(1);
    expect(at(90)).toBe(1);
    expect(at(89)).toBe(2);
    expect(at(88.5)).toBe(2);
    expect(at(85)).toBe(4);
    expect(at(10)).toBe(5);
  });

  it("drops the unit's own unchanged total from the field", () => {
    const at = rankAgainst(field);
    // The unit at 90 loses 2 points: 88.5, 88.5 are above 88; its own 90 no longer counts.
    expect(at(88, 90)).toBe(3);
    // Without `exclude` its own 90 would count against it.
    expect(at(88)).toBe(4);
    // An excluded score at or below the query changes nothing.
    expect(at(88.5, 88.5)).toBe(2);
    expect(at(85, 80)).toBe(4);
    // An excluded score above the query is one fewer ahead: 90, 88.5, 88.5 remain above 70.
    expect(at(70, 80)).toBe(4);
    // A missing exclude is no exclude.
    expect(at(88, null)).toBe(at(88));
    expect(at(88, NaN)).toBe(at(88));
  });

  it("compares at 2 decimals", () => {
    const at = rankAgainst([88.5, 99.8]);
    expect(at(88.6 - 0.1)).toBe(2);
    expect(at(98.2 + 1.6)).toBe(1);
  });

  it("counts distinct scores in dense mode, losing the excluded score only when it was unique", () => {
    const dense = rankAgainst(field, "dense");
    expect(dense(89)).toBe(2);
    expect(dense(85)).toBe(3);
    // Only 88.5 is left above 88 once the unit's own 90 is gone.
    expect(dense(88, 90)).toBe(2);
    // 88.5 appears twice: excluding one copy leaves 90 and the other 88.5 above 80.
    expect(dense(80, 88.5)).toBe(3);
    expect(dense(70, 80)).toBe(3);
  });

  it("ranks against an empty field as first", () => {
    expect(rankAgainst([])(50)).toBe(1);
    expect(rankAgainst([null, NaN])(50, 40)).toBe(1);
    expect(rankAgainst([], "dense")(50)).toBe(1);
  });

  it("agrees with rank() on the field with the score put back", () => {
    const totals = [91.45, 91.35, 99.8, 92.47, 91.45];
    const at = rankAgainst(totals);
    totals.forEach((t, i) => {
      const reduced = t - 0.1;
      const withReduced = totals.map((x, j) => (j === i ? reduced : x));
      expect(at(reduced, t)).toBe(rank(withReduced)[i]);
    });
  });
});

describe("firstAbove(sorted, key): where the next greater value starts", () => {
  it("steps past every copy of a tied key", () => {
    expect(firstAbove([1, 2, 2, 5], 2)).toBe(3);
    expect(firstAbove(Float64Array.of(100, 250, 250, 250), 250)).toBe(4);
  });

  it("gives 0 below the smallest value and the length at or above the largest", () => {
    expect(firstAbove([3, 4], 1)).toBe(0);
    expect(firstAbove([3, 4], 4)).toBe(2);
    expect(firstAbove([], 7)).toBe(0);
  });

  it("agrees with a linear scan on random sorted arrays", () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) % 20;
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: next() }, next).sort((a, b) => a - b);
      const key = next();
      const expected = values.findIndex((v) => v > key);
      expect(firstAbove(values, key)).toBe(expected < 0 ? values.length : expected);
    }
  });
});
