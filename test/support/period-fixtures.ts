/**
 * Workbooks of many periods, built by code: twelve monthly bulletins, or four quarters and the
 * province's year ranking, each at city and county level, the sheets in shuffled order and their
 * periods named in the mixed styles offices meet (1月 / 二月 / 2024年3月 / 2024-04 / 2024.7,
 * 一季度 / Q2 / 第3季度 / 2024年第四季度 / 2024年度), some only in the title. Each fixture also
 * returns its data as whole hundredths, so tests compute what to expect without the engine.
 *
 * Planted on purpose (county level):
 * - 平利县 first in every period; 白河县 inside the bottom ten for the last periods; 汉滨区 falling
 *   in each of the last periods; 宁陕县 and 镇坪县 tied in every period;
 * - 岚皋县 missing from one period (the sixth month, the second quarter);
 * - 旬阳县 written 旬阳 in some periods; 汉阴县 padded with spaces in one.
 * City level: 安康 falls in each of the last two periods (连续两期下降); 汉中 is a benchmark.
 * Quarters only: 紫阳县 and 石泉县 tie on the year's average without tying in any quarter.
 */
import { CellValue, EMPTY, SheetInput } from "../../src/core";
import { Cell, prng, shuffled } from "./sheet-builder";

export const CITIES = ["西安", "宝鸡", "汉中", "安康", "商洛", "延安"] as const;

export const COUNTIES: readonly (readonly [string, string])[] = [
  ["平利县", "安康市"],
  ["汉滨区", "安康市"],
  ["汉阴县", "安康市"],
  ["石泉县", "安康市"],
  ["宁陕县", "安康市"],
  ["紫阳县", "安康市"],
  ["岚皋县", "安康市"],
  ["镇坪县", "安康市"],
  ["旬阳县", "安康市"],
  ["白河县", "安康市"],
  ["南郑区", "汉中市"],
  ["城固县", "汉中市"],
  ["洋县", "汉中市"],
  ["西乡县", "汉中市"],
  ["勉县", "汉中市"],
  ["宁强县", "汉中市"],
  ["商州区", "商洛市"],
  ["洛南县", "商洛市"],
  ["丹凤县", "商洛市"],
  ["商南县", "商洛市"],
  ["山阳县", "商洛市"],
  ["周至县", "西安市"],
  ["蓝田县", "西安市"],
  ["鄠邑区", "西安市"],
  ["临潼区", "西安市"],
  ["太白县", "宝鸡市"],
  ["麟游县", "宝鸡市"],
  ["陇县", "宝鸡市"],
  ["延长县", "延安市"],
  ["延川县", "延安市"],
];

/** One period: the sheet name (per level) and an optional title row naming it. */
interface PeriodSpec {
  readonly sheet: (level: string) => string;
  readonly title: ((level: string) => string) | null;
}

const MONTHS: readonly PeriodSpec[] = [
  { sheet: (l) => `1月${l}`, title: (l) => `2024年1月全省考核结果（${l}）` },
  { sheet: (l) => `二月${l}`, title: null },
  { sheet: (l) => `2024年3月${l}`, title: null },
  { sheet: (l) => `${l}2024-04`, title: null },
  { sheet: (l) => `5月份${l}`, title: () => "2024年5月份考核通报" },
  { sheet: (l) => `六月${l}`, title: null },
  { sheet: (l) => `2024.7${l}`, title: null },
  { sheet: (l) => `8月${l}`, title: (l) => `二〇二四年八月${l}考核` },
  { sheet: (l) => `九月${l}`, title: null },
  { sheet: (l) => `2024年10月${l}`, title: null },
  { sheet: (l) => `11月${l}`, title: () => "2024年11月" },
  { sheet: (l) => `十二月${l}`, title: null },
];

const QUARTERS: readonly PeriodSpec[] = [
  { sheet: (l) => `一季度${l}`, title: (l) => `2024年第一季度考核结果（${l}）` },
  { sheet: (l) => `Q2${l}`, title: null },
  { sheet: (l) => `第3季度${l}`, title: null },
  { sheet: (l) => `2024年第四季度${l}`, title: null },
];

const YEAR: PeriodSpec = { sheet: (l) => `2024年度${l}`, title: (l) => `2024年度考核结果（${l}）` };

/** A unit's totals in hundredths, one per period; null where the period does not list it. */
export interface FixtureUnit {
  readonly name: string;
  readonly parent: string | null;
  readonly cents: readonly (number | null)[];
}

export interface FixtureLevel {
  readonly kind: "city" | "county";
  readonly units: readonly FixtureUnit[];
}

export interface PeriodFixture {
  readonly sheets: SheetInput[];
  /** Period count in order (12 months, or 4 quarters then the year). */
  readonly periods: number;
  readonly city: FixtureLevel;
  readonly county: FixtureLevel;
}

/** Totals by position in one period: 99.80 falling by 0.27 a place, 0.03 lower each period. */
function totalAt(position: number, period: number): number {
  return 9980 - 27 * (position - 1) - 3 * period;
}

/** Positions 1..n for the units not planted, shuffled per period by `random`. */
function fillPositions(
  names: readonly string[],
  fixed: Readonly<Record<string, number>>,
  random: () => number
): Map<string, number> {
  const taken = new Set(Object.values(fixed));
  const free = Array.from({ length: names.length }, (_, i) => i + 1).filter((p) => !taken.has(p));
  const out = new Map<string, number>(Object.entries(fixed));
  for (const name of names) {
    if (out.has(name)) continue;
    const k = Math.floor(random() * free.length);
    out.set(name, free.splice(k, 1)[0]);
  }
  return out;
}

/** County totals for `n` periods, planted as the header says. */
function countyData(n: number, seed: number, missingAt: number): FixtureUnit[] {
  const random = prng(seed);
  const names = COUNTIES.map(([name]) => name).filter((name) => name !== "镇坪县");
  // The last periods: 白河 sinks into the bottom ten, 汉滨 falls each time.
  const baihe = (p: number) => [15, 14, 18, 20, 22, 19, 21, 23, 25, 27, 28, 29][12 - n + p];
  const hanbin = (p: number) => [5, 6, 5, 4, 6, 7, 8, 6, 5, 9, 12, 16][12 - n + p];
  const cents = new Map<string, (number | null)[]>(COUNTIES.map(([name]) => [name, []]));
  for (let p = 0; p < n; p++) {
    const positions = fillPositions(
      names,
      { 平利县: 1, 白河县: baihe(p), 汉滨区: hanbin(p) },
      random
    );
    for (const name of names) cents.get(name)?.push(totalAt(positions.get(name) as number, p));
    // 镇坪 ties 宁陕 in every period.
    cents.get("镇坪县")?.push(cents.get("宁陕县")?.[p] ?? null);
  }
  const lan = cents.get("岚皋县") as (number | null)[];
  lan[missingAt] = null;
  return COUNTIES.map(([name, parent]) => ({
    name,
    parent,
    cents: cents.get(name) as (number | null)[],
  }));
}

/** City totals: 安康 at the given places, the others filling the rest. */
function cityData(n: number, seed: number): FixtureUnit[] {
  const random = prng(seed);
  const ankang = [3, 2, 2, 1, 2, 3, 2, 2, 1, 2, 3, 4].slice(12 - n);
  const cents = new Map<string, number[]>(CITIES.map((c) => [c, []]));
  for (let p = 0; p < n; p++) {
    const positions = fillPositions(CITIES, { 安康: ankang[p] }, random);
    for (const c of CITIES) cents.get(c)?.push(totalAt(positions.get(c) as number, p) - 500);
  }
  return CITIES.map((name) => ({ name, parent: null, cents: cents.get(name) as number[] }));
}

const yuan = (cents: number) => cents / 100;

/** A county sheet: 序号 | 县（区）| 所属市 | 交叉检查得分 | 月通报得分 | 总分, in list order. */
function countySheet(
  spec: PeriodSpec,
  units: readonly FixtureUnit[],
  p: number,
  random: () => number
): SheetInput {
  const level = "县区";
  const values: CellValue[][] = [];
  if (spec.title) values.push([spec.title(level)]);
  values.push(["序号", "县（区）", "所属市", "交叉检查得分", "月通报得分", "总分"]);
  let seq = 0;
  for (const u of units) {
    const total = u.cents[p];
    if (total === null) continue;
    const bulletin = 100 + Math.floor(random() * 100);
    let name = u.name;
    if (name === "旬阳县" && p % 2 === 0) name = "旬阳";
    if (name === "汉阴县" && p === 2) name = " 汉阴县 ";
    seq += 1;
    values.push([
      seq,
      name,
      u.parent ?? EMPTY,
      yuan(total - bulletin),
      yuan(bulletin),
      yuan(total),
    ]);
  }
  return { name: spec.sheet(level), values, merges: [] };
}

/**
 * A city sheet: 序号 | 市（区）| 交叉检查得分 | 八办两组得分 | 月通报得分 | 综合得分, where
 * 综合得分 = 0.5 × 交叉检查 + 0.5 × 八办两组 + 月通报 exactly.
 */
function citySheet(
  spec: PeriodSpec,
  units: readonly FixtureUnit[],
  p: number,
  random: () => number
): SheetInput {
  const level = "市级";
  const values: CellValue[][] = [];
  if (spec.title) values.push([spec.title(level)]);
  values.push(["序号", "市（区）", "交叉检查得分", "八办两组得分", "月通报得分", "综合得分"]);
  units.forEach((u, i) => {
    const total = u.cents[p] as number;
    const bulletin = 100 + Math.floor(random() * 100);
    const spread = Math.floor(random() * 300);
    const half = total - bulletin;
    // A name with its suffix in some periods: 安康 / 安康市.
    const name = p % 3 === 1 ? `${u.name}市` : u.name;
    values.push([
      i + 1,
      name,
      yuan(half + spread),
      yuan(half - spread),
      yuan(bulletin),
      yuan(total),
    ]);
  });
  return { name: spec.sheet(level), values, merges: [] };
}

/** The cents of a year table: each unit's quarters averaged, half away from zero. */
function yearColumn(units: readonly FixtureUnit[], periods: number): FixtureUnit[] {
  return units.map((u) => {
    const present = u.cents.slice(0, periods).filter((c): c is number => c !== null);
    const avg = present.length
      ? Math.floor((2 * present.reduce((a, b) => a + b, 0) + present.length) / (2 * present.length))
      : null;
    return { ...u, cents: [...u.cents, avg] };
  });
}

/** Twelve monthly bulletins at city and county level, sheets shuffled by `seed`. */
export function monthlyFixture(seed = 2024): PeriodFixture {
  const county = countyData(12, seed, 5);
  const city = cityData(12, seed + 1);
  const random = prng(seed + 2);
  const sheets = MONTHS.flatMap((spec, p) => [
    citySheet(spec, city, p, random),
    countySheet(spec, county, p, random),
  ]);
  return {
    sheets: shuffled(sheets, seed),
    periods: 12,
    city: { kind: "city", units: city },
    county: { kind: "county", units: county },
  };
}

/**
 * Four quarters and the province's year ranking (each unit's quarters averaged) at city and county
 * level, sheets shuffled by `seed`. 紫阳 and 石泉 tie on the average without tying in any quarter.
 */
export function quarterlyFixture(seed = 2025): PeriodFixture {
  let county = countyData(4, seed, 1);
  // 紫阳: 96.00 95.00 98.00 97.00; 石泉: 95.00 96.00 97.00 98.00 → both average 96.50.
  const plant: Record<string, number[]> = {
    紫阳县: [9600, 9500, 9800, 9700],
    石泉县: [9500, 9600, 9700, 9800],
  };
  county = county.map((u) => (plant[u.name] ? { ...u, cents: plant[u.name] } : u));
  const city = cityData(4, seed + 1);
  const random = prng(seed + 2);
  const withYear = { county: yearColumn(county, 4), city: yearColumn(city, 4) };
  const specs = [...QUARTERS, YEAR];
  const sheets = specs.flatMap((spec, p) => [
    citySheet(spec, withYear.city, p, random),
    countySheet(spec, withYear.county, p, random),
  ]);
  return {
    sheets: shuffled(sheets, seed),
    periods: 5,
    city: { kind: "city", units: withYear.city },
    county: { kind: "county", units: withYear.county },
  };
}

/** A unit of a fixture level by name; throws when missing so a test fails with a reason. */
export function fixtureUnit(level: FixtureLevel, name: string): FixtureUnit {
  const u = level.units.find((x) => x.name === name);
  if (!u) throw new Error(`no ${name} in the ${level.kind} fixture`);
  return u;
}

/**
 * Twenty counties of one quarter, two tied for tenth from the bottom (白河县 at 85.5 beside 汉滨区):
 * the bottom ten is the last nine, and both tied counties sit on its line.
 */
export function tiedAtBottomLineRows(): Cell[][] {
  const names = [
    "平利县",
    "石泉县",
    "旬阳县",
    "汉阴县",
    "宁陕县",
    "镇坪县",
    "紫阳县",
    "岚皋县",
    "周至县",
    "汉滨区",
    "白河县",
    "蓝田县",
    "南郑区",
    "城固县",
    "洋县",
    "西乡县",
    "勉县",
    "宁强县",
    "商州区",
    "洛南县",
  ];
  return [
    ["县（区）", "所属市", "总分"],
    ...names.map((n, i): Cell[] => [
      n,
      i < 11 ? "安康市" : "西安市",
      i === 10 ? 85.5 : 90 - i * 0.5,
    ]),
  ];
}
