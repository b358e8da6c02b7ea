import { DEFAULT_SETTINGS, engineOptions, parseSettings, runEngine } from "../../src/core";
import { quarterlyFixture } from "../support/period-fixtures";

describe("parseSettings(raw)", () => {
  it("reads how the year to date adds up, average unless it says sum", () => {
    expect(parseSettings({ cumulativeBy: "sum" })?.cumulativeBy).toBe("sum");
    expect(parseSettings({ cumulativeBy: "average" })?.cumulativeBy).toBe("average");
    expect(parseSettings('{"cumulativeBy":"sum","bottomLine":12}')).toMatchObject({
      cumulativeBy: "sum",
      bottomLine: 12,
    });
  });

  it.each([undefined, null, "mean", 1, ["sum"]])(
    "falls back to the average for %p, as an older workbook's settings have none",
    (value) => {
      expect(parseSettings({ cumulativeBy: value })?.cumulativeBy).toBe("average");
    }
  );

  it("gives the defaults for an empty object, and null for what is not settings", () => {
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.cumulativeBy).toBe("average");
    expect(parseSettings("not json")).toBeNull();
    expect(parseSettings([])).toBeNull();
  });
});

describe("the year-to-date method without any front end", () => {
  it("is the average when the engine is given no method, as the command line gives none", () => {
    const fx = quarterlyFixture();
    const plain = runEngine(fx.sheets);
    expect(plain.cumulativeSheets.map((c) => c.standing.method)).toEqual(["average", "average"]);
    const summed = runEngine(
      fx.sheets,
      engineOptions({ ...DEFAULT_SETTINGS, cumulativeBy: "sum" }, "zh-CN")
    );
    expect(summed.cumulativeSheets.map((c) => c.standing.method)).toEqual(["sum", "sum"]);
  });
});
