import {
  EngineResult,
  SheetInput,
  columnsWithRole,
  planBenchmarks,
  roundTo,
  runEngine,
  toCents,
} from "../../src/core";
import { COUNTIES } from "../../scripts/sample-data";
import { sampleInputs } from "../support/emulated-workbook";

/** Ankang's ten counties, as the speech names them. */
const ANKANG_COUNTIES = COUNTIES.find(([city]) => city === "安康市")?.[1] ?? [];

let inputs: SheetInput[];
let result: EngineResult;

beforeAll(async () => {
  inputs = await sampleInputs();
  result = runEngine(inputs, { ownUnit: "安康", benchmarks: ["汉中", "商洛", "平利"] });
});

const sentences = () => result.briefing?.sentences ?? [];
const said = (fragment: string) => sentences().filter((s) => s.includes(fragment));

describe("planBenchmarks(analyses, own, benchmarks)", () => {
  it("compares 汉中 and 商洛 side by side with 安康, and 安康's counties with the model county 平利", () => {
    const plan = planBenchmarks(result.analyses, "安康市", ["汉中市", "商洛", "平利"]);
    expect(plan.own?.unit.unit.name).toBe("安康");
    expect(plan.own?.analysis.table.sheet).toBe("三季度市级");
    expect(plan.peers.map((p) => p.benchmark.unit.unit.name)).toEqual(["汉中", "商洛"]);
    expect(plan.models.map((m) => m.model.unit.unit.name)).toEqual(["平利县"]);
    expect(plan.members?.units.map((u) => u.unit.name).sort()).toEqual([...ANKANG_COUNTIES].sort());
    expect(plan.problems).toEqual([]);
  });

  it("names a benchmark or own unit found nowhere as a problem, and plans the rest", () => {
    const plan = planBenchmarks(result.analyses, "不存在市", ["汉中", "无此县"]);
    expect(plan.problems.map((p) => `${p.code} ${p.params.name}`)).toEqual([
      "unknownOwnUnit 不存在市",
      "unknownBenchmark 无此县",
    ]);
    expect(plan.own).toBeNull();
  });

  it("compares an own county's parent city with a city benchmark", () => {
    const plan = planBenchmarks(result.analyses, "汉滨区", ["汉中"]);
    expect(plan.peers.map((p) => `${p.own.unit.unit.name}/${p.benchmark.unit.unit.name}`)).toEqual([
      "安康/汉中",
    ]);
  });
});

describe("the comparison against 汉中 (the report)", () => {
  const table = () => result.analyses.find((a) => a.table.sheet === "三季度市级");
  const unit = (name: string) => table()?.units.find((u) => u.unit.name === name);

  it("states the total gap as own minus benchmark and weighs each part's gap", () => {
    const c = (
      result.report.comparisons as {
        own: string;
        benchmark: string;
        totalGap: number;
        parts: Record<string, { gap: number; share: number }>;
        mainPart: string;
      }[]
    ).find((x) => x.benchmark === "汉中");
    expect(c?.own).toBe("安康");
    const ankang = unit("安康");
    const hanzhong = unit("汉中");
    expect(c?.totalGap).toBe(
      (toCents(ankang?.total as number) - toCents(hanzhong?.total as number)) / 100
    );
    expect(c?.totalGap).toBe(-2.03);
    const parts = columnsWithRole(table()?.table ?? { columns: [] }, "part").map((p) => p.header);
    const weights = (result.report.weights as Record<string, { parts: Record<string, number> }>)[
      "三季度市级"
    ].parts;
    parts.forEach((header, i) => {
      const raw = ((ankang?.parts[i] as number) * 100 - (hanzhong?.parts[i] as number) * 100) / 100;
      expect(c?.parts[header].gap).toBe(roundTo(weights[header] * raw, 4));
      expect(c?.parts[header].share).toBe(roundTo((c?.parts[header].gap as number) / -2.03, 4));
    });
    expect(c?.parts["八办两组得分"].gap).toBe(-1.375);
    expect(c?.mainPart).toBe("八办两组得分");
  });

  it("finds the main gap to 商洛 in the cross-inspection instead", () => {
    const c = (result.report.comparisons as { benchmark: string; mainPart: string }[]).find(
      (x) => x.benchmark === "商洛"
    );
    expect(c?.mainPart).toBe("交叉考核得分");
  });

  it("reports the weights of both city tables as 0.5 / 0.5 / 1, fitting", () => {
    const weights = result.report.weights as Record<
      string,
      { parts: Record<string, number>; fits: boolean }
    >;
    expect(Object.values(weights["三季度市级"].parts)).toEqual([0.5, 0.5, 1]);
    expect(weights["三季度市级"].fits).toBe(true);
  });
});

describe("the briefing on the sample reproduces the speech", () => {
  it("我市在全省排名第四，较二季度下降3位", () => {
    expect(said("我市在全省排名第四，较二季度下降3位")).toHaveLength(1);
  });

  it("八办两组位列第三，月通报位列第一", () => {
    expect(said("八办两组位列第三")).toHaveLength(1);
    expect(said("省扶贫办月通报位列第一")).toHaveLength(1);
  });

  it("the gap to 汉中 is mainly in 八办两组", () => {
    expect(said("与汉中相比，总分低2.03分，差距主要在八办两组得分")).toHaveLength(1);
  });

  it("平利 first, 汉滨 83rd near the bottom-ten line, 白河 in the bottom ten", () => {
    expect(said("平利县排名最高，位列第一")).toHaveLength(1);
    expect(said("汉滨区位列第83位，距全省后10位线仅")).toHaveLength(1);
    expect(said("白河县（第95位）处于全省后10位")).toHaveLength(1);
  });

  it("石泉 and 旬阳 would fall past 30th without bonus; 白河 would be last", () => {
    expect(said("如果没有加分项，石泉县、旬阳县排名都将降至第30名以后")).toHaveLength(1);
    expect(said("白河县如果没有0.10分的加分项，排名将并列倒数第一")).toHaveLength(1);
  });

  it("安康's four deep-poverty counties are the bottom four of eleven", () => {
    expect(
      said("全省11个深度贫困县中，安康4个分别位列第8、9、10、11名，整体处于后4名")
    ).toHaveLength(1);
  });

  it("follows the speech's order: overall, benchmarks, counties", () => {
    const at = (f: string) => sentences().findIndex((s) => s.includes(f));
    expect(at("我市在全省排名")).toBeLessThan(at("与汉中相比"));
    expect(at("与汉中相比")).toBeLessThan(at("平利县排名最高"));
  });

  it("says it in English when asked", () => {
    const en = runEngine(inputs, { ownUnit: "安康", benchmarks: ["汉中"], locale: "en-US" });
    expect(en.briefing?.sentences[0]).toBe(
      "2017 Q3: our city ranks 4th in the province, down 3 places since Q2 (then 1st)."
    );
  });

  it("honours other thresholds: bottom 15 and bonus line 20", () => {
    const other = runEngine(inputs, { ownUnit: "安康", bottomLine: 15, bonusRankLine: 20 });
    const text = other.briefing?.sentences.join("\n") ?? "";
    expect(text).toContain("后15位");
    expect(text).toContain("石泉县排名都将降至第20名以后");
  });
});

describe("ranking sheets with an own unit", () => {
  it("pick out the own unit and its counties, and no one else", () => {
    const styled = (sheet: string) => {
      const plan = result.plans.find((p) => p.name === sheet);
      return (plan?.rows ?? [])
        .slice(3)
        .filter((r) => r[1]?.style === "own")
        .map((r) => r[1].value);
    };
    expect(styled("排名-三季度市级")).toEqual(["安康"]);
    expect((styled("排名-三季度县区") as string[]).sort()).toEqual([...ANKANG_COUNTIES].sort());
  });
});

describe("a benchmark found nowhere", () => {
  it("gives a clear message, and the other sheets are still written", () => {
    const r = runEngine(inputs, { ownUnit: "安康", benchmarks: ["汉中", "不存在县"] });
    expect(r.report.problems).toEqual([
      {
        cell: "",
        severity: "warning",
        message: "对标单位「不存在县」在各考核表中都找不到，已跳过该对标表",
      },
    ]);
    expect(r.plans.map((p) => p.name)).toEqual(
      expect.arrayContaining(["简报", "对标-汉中", "排名-三季度县区"])
    );
  });

  it("and without an own unit the briefing asks for one", () => {
    const r = runEngine(inputs);
    expect(r.briefing?.sentences[0]).toBe("尚未设置本单位：请在任务窗格中选择本单位后刷新。");
    expect(r.briefing?.sentences.filter((s) => s.includes("排名第"))).toEqual([]);
    expect(r.comparisons).toEqual([]);
  });
});

describe("runEngine(sheets, { ownUnit }) between 临夏市 and 临夏县", () => {
  it("takes the own unit and a benchmark by their full names", () => {
    const counties = [
      ["2023年第三季度考核结果"],
      ["县市区", "总分"],
      ["临夏市", 95],
      ["临夏县", 90],
      ["康乐县", 92],
    ];
    const r = runEngine([{ name: "三季度", values: counties, merges: [] }], {
      ownUnit: "临夏县",
      benchmarks: ["临夏市"],
    });
    expect(
      r.comparisons.map((c) => c.gaps.map((g) => [g.own.unit.name, g.benchmark.unit.name]))
    ).toEqual([[["临夏县", "临夏市"]]]);
  });
});
