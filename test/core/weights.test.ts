import { fitWeights, leastSquares, readTables, solveLinear } from "../../src/core";
import { prng, sheet } from "../support/sheet-builder";

function onlyTable(rows: Parameters<typeof sheet>[1]) {
  const tables = readTables(sheet("表", rows));
  expect(tables).toHaveLength(1);
  return tables[0];
}

/** A city table whose printed total is ROUND(wa·a + wb·b + c, 2). */
function cityRows(wa: number, wb: number, seed: number, noise = 0) {
  const random = prng(seed);
  const rows: (string | number | null)[][] = [
    ["市（区）", "交叉考核得分", "八办两组得分", "月通报得分", "综合得分"],
  ];
  for (let i = 0; i < 11; i++) {
    const a = Math.round((85 + random() * 10) * 100) / 100;
    const b = Math.round((85 + random() * 10) * 100) / 100;
    const c = Math.round(random() * 200) / 100;
    const total = Math.round((wa * a + wb * b + c + (random() - 0.5) * noise) * 100) / 100;
    rows.push([`城市${i}`, a, b, c, total]);
  }
  return rows;
}

describe("solveLinear and leastSquares", () => {
  it("solves a small system and refuses a singular one", () => {
    expect(
      solveLinear(
        [
          [2, 1],
          [1, 3],
        ],
        [3, 5]
      )?.map((x) => Math.round(x * 1e9) / 1e9)
    ).toEqual([0.8, 1.4]);
    expect(
      solveLinear(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2]
      )
    ).toBeNull();
  });

  it("recovers exact weights and needs at least as many rows as terms", () => {
    const x = [
      [1, 0],
      [0, 1],
      [1, 1],
    ];
    const w = leastSquares(x, [0.5, 2, 2.5]) as number[];
    expect(w.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0.5, 2]);
    expect(leastSquares([[1, 2]], [3])).toBeNull();
  });
});

describe("fitWeights(table)", () => {
  it("finds the province's round weights from printed totals, and says every row fits", () => {
    const fit = fitWeights(onlyTable(cityRows(0.5, 0.5, 1)));
    expect(fit.columns.map((c) => c.header)).toEqual([
      "交叉考核得分",
      "八办两组得分",
      "月通报得分",
    ]);
    expect(fit.weights).toEqual([0.5, 0.5, 1]);
    expect(fit.fits).toBe(true);
    expect(fit.maxResidual).toBeLessThanOrEqual(0.01);
    expect(fit.source).toBe("printed");
  });

  it("snaps to the coarsest step that still fits (0.3 / 0.7, 0.25 / 0.75)", () => {
    expect(fitWeights(onlyTable(cityRows(0.3, 0.7, 2))).weights).toEqual([0.3, 0.7, 1]);
    expect(fitWeights(onlyTable(cityRows(0.25, 0.75, 3))).weights).toEqual([0.25, 0.75, 1]);
  });

  it("says the total is not explained when no weights reproduce it within 0.01", () => {
    const fit = fitWeights(onlyTable(cityRows(0.5, 0.5, 4, 3)));
    expect(fit.fits).toBe(false);
    expect(fit.maxResidual).toBeGreaterThan(0.01);
  });

  it("uses the engine's own sum when the sheet prints no total: parts and bonus 1, deductions −1", () => {
    const fit = fitWeights(
      onlyTable([
        ["县（区）", "交叉检查得分", "月通报得分", "加分", "扣分"],
        ["平利县", 98.2, 1.1, 0.5, 0.2],
        ["白河县", 90.1, 1.0, null, null],
      ])
    );
    expect(fit.source).toBe("summed");
    expect(fit.weights).toEqual([1, 1, 1, -1]);
    expect(fit.fits).toBe(true);
  });

  it("leaves an 其中 breakdown out of the terms: it is inside the column before it", () => {
    const fit = fitWeights(
      onlyTable([
        ["县（区）", "交叉检查得分", "月通报得分（含加分）", "其中：加分", "总分"],
        ["平利县", 98.2, 1.6, 0.5, 99.8],
        ["白河县", 90.1, 1.0, 0.1, 91.1],
        ["甘泉县", 90.0, 1.0, null, 91.0],
      ])
    );
    expect(fit.columns.map((c) => c.header)).toEqual(["交叉检查得分", "月通报得分（含加分）"]);
    expect(fit.weights).toEqual([1, 1]);
    expect(fit.fits).toBe(true);
  });
});
