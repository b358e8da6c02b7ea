/**
 * Fuzzing the engine with what a hostile or careless workbook can hold: random grids of every
 * kind of cell, random merges (overlapping, outside the grid), random formats and options, random
 * sets of sheets. The engine must never throw, must name only cells inside what it was given, and
 * must give every unit the same results whatever order the rows come in.
 */
import fc from "fast-check";
import {
  CellArea,
  CellValue,
  EMPTY,
  EngineResult,
  Problem,
  SheetInput,
  TableAnalysis,
  analyzeWorkbook,
  gridWidth,
  readWorkbook,
  runEngine,
} from "../../src/core";

const HEADER_WORDS = [
  "序号",
  "市（区）",
  "县（区）",
  "所属市",
  "单位名称",
  "交叉检查得分",
  "八办两组得分",
  "月通报得分",
  "其中：加分",
  "扣分",
  "总分",
  "综合得分",
  "合计",
  "排名",
  "名次",
  "深度贫困县",
  "等次",
  "日常考核（40%）",
];
const NAMES = ["汉中市", "安康", "商洛市", "平利县", "汉滨区", "白河县", "杨凌示范区", "西安"];
const JUNK = [
  "",
  "  ",
  "　",
  "９８．２０",
  "98.2分",
  "#DIV/0!",
  "#N/A",
  "=SUM(A1:A3)",
  "+1",
  "-",
  "@x",
  "平均分",
  "全省平均",
  "注：以上为初步结果",
  "2017年第三季度考核结果",
  "单位：分",
  "一类县（区）",
  "是",
  "否",
  "2017-11-02T00:00:00.000Z",
  "It's [x] 😀",
  "\u0000\u0007",
  "x".repeat(300),
];

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<CellValue>(EMPTY) },
  {
    weight: 4,
    arbitrary: fc.oneof(
      fc.integer({ min: -200, max: 200 }),
      fc.constantFrom(0, 1.6, 88.5, 88.6, 92.14, 94.25, 98.2, 99.8, 1e9, -0.001),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(...HEADER_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(...JUNK) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  // Not cell values by type, but what a grid built by hand or sent across a worker can hold.
  {
    weight: 1,
    arbitrary: fc.constantFrom(null, undefined) as fc.Arbitrary<unknown> as fc.Arbitrary<CellValue>,
  }
);

/** A merge anywhere near the grid, some inverted or reaching far outside it. */
const mergeArb: fc.Arbitrary<CellArea> = fc
  .record({
    top: fc.integer({ min: 0, max: 30 }),
    left: fc.integer({ min: 0, max: 12 }),
    height: fc.integer({ min: 0, max: 5 }),
    width: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ top, left, height, width }) => ({
    top,
    left,
    bottom: top + height,
    right: left + width,
  }));

const formatArb = fc.constantFrom<string | null>(
  null,
  "0.00",
  "0.000",
  "@",
  "yyyy-mm-dd",
  "0%",
  "["
);

/** A plausible header with a few rows under it, so the engine finds tables to complain about. */
const tableRowsArb: fc.Arbitrary<CellValue[][]> = fc
  .record({
    header: fc.shuffledSubarray(HEADER_WORDS, { minLength: 2, maxLength: 9 }),
    rows: fc.array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 14 }),
    names: fc.array(fc.constantFrom(...NAMES), { maxLength: 14 }),
  })
  .map(({ header, rows, names }) => [
    header,
    ...rows.map((row, i) => {
      const nameAt = header.findIndex((h) => /市|县|单位/.test(h));
      const line = [...row];
      if (nameAt >= 0 && names[i] !== undefined) line[nameAt] = names[i];
      return line;
    }),
  ]);

const sheetArb = (name: string): fc.Arbitrary<SheetInput> =>
  fc
    .record({
      noise: fc.array(fc.array(cellArb, { maxLength: 12 }), { maxLength: 8 }),
      table: fc.option(tableRowsArb, { freq: 2 }),
      after: fc.array(fc.array(cellArb, { maxLength: 12 }), { maxLength: 6 }),
      merges: fc.array(mergeArb, { maxLength: 6 }),
      formats: fc.array(fc.array(formatArb, { maxLength: 12 }), { maxLength: 20 }),
      withMerges: fc.boolean(),
    })
    .map(({ noise, table, after, merges, formats, withMerges }) => ({
      name,
      values: [...noise, ...(table ?? []), ...after],
      merges: withMerges ? merges : undefined,
      formats,
    }));

const SHEET_NAMES = [
  "三季度县区",
  "二季度县区",
  "It's 市级",
  "=A1",
  "😀",
  "Sheet1",
  "排名-三季度县区",
];

const bookArb: fc.Arbitrary<SheetInput[]> = fc
  .shuffledSubarray(SHEET_NAMES, { minLength: 1, maxLength: 4 })
  .chain((names) => fc.tuple(...names.map((n) => sheetArb(n))));

const optionsArb = fc.record({
  ties: fc.constantFrom("competition" as const, "dense" as const),
  ownUnit: fc.option(fc.constantFrom(...NAMES, "不存在的单位", "")),
  benchmarks: fc.array(fc.constantFrom(...NAMES, "汉中", "", "???"), { maxLength: 3 }),
  bottomLine: fc.integer({ min: 1, max: 200 }),
  bonusRankLine: fc.integer({ min: 1, max: 200 }),
  locale: fc.constantFrom("zh-CN" as const, "en-US" as const),
});

/** "B7" or "B7:F20" → its corners, 0-based; null for anything else. */
function parseRange(
  ref: string
): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref);
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const a = { row: Number(m[2]) - 1, col: col(m[1]) };
  const b = m[3] ? { row: Number(m[4]) - 1, col: col(m[3]) } : a;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function everyProblem(result: EngineResult): Problem[] {
  return [
    ...result.book.problems,
    ...result.analyses.flatMap((a) => a.problems),
    ...result.problems,
  ];
}

/** The problems whose cell is not inside the sheet it names, with why. */
function misplaced(problems: readonly Problem[], sheets: readonly SheetInput[]): string[] {
  const bad: string[] = [];
  for (const p of problems) {
    if (p.cell === "") continue;
    const sheet = sheets.find((s) => s.name === p.sheet);
    const area = parseRange(p.cell);
    const rows = sheet ? sheet.values.length : 0;
    const cols = sheet ? gridWidth(sheet.values) : 0;
    if (!sheet) bad.push(`${p.code}: sheet "${p.sheet}" is not in the input`);
    else if (!area) bad.push(`${p.code}: "${p.cell}" is not an A1 address`);
    else if (
      area.top < 0 ||
      area.left < 0 ||
      area.top > area.bottom ||
      area.left > area.right ||
      area.bottom >= rows ||
      area.right >= cols
    )
      bad.push(`${p.code}: ${p.sheet}!${p.cell} outside its ${rows} × ${cols} grid`);
  }
  return bad;
}

describe("the engine on random grids and random sheet sets", () => {
  it("never throws, and every problem names a cell inside the sheet it names", () => {
    fc.assert(
      fc.property(bookArb, optionsArb, (sheets, options) => {
        const frozen = sheets.map((s) =>
          Object.freeze({ ...s, values: Object.freeze(s.values.map((r) => Object.freeze([...r]))) })
        );
        const result = runEngine(frozen, options);
        expect(misplaced(everyProblem(result), sheets)).toEqual([]);
        // readWorkbook and analyzeWorkbook on their own, as the pane's scan calls them.
        const book = readWorkbook(frozen);
        expect(misplaced(book.problems, sheets)).toEqual([]);
        for (const a of analyzeWorkbook(book, { ties: options.ties }))
          expect(misplaced(a.problems, sheets)).toEqual([]);
      }),
      { numRuns: 300 }
    );
  });
});

/** A score table's data rows, with the title, header and note that stay where they are. */
interface Table {
  readonly top: CellValue[][];
  readonly data: CellValue[][];
  readonly bottom: CellValue[][];
}

const UNIT_POOL = [
  "汉滨区",
  "汉阴县",
  "石泉县",
  "宁陕县",
  "紫阳县",
  "岚皋县",
  "平利县",
  "镇坪县",
  "旬阳县",
  "白河县",
  "甘泉县",
  "留坝县",
  "佛坪县",
  "洋县",
];

/** What a score cell holds: mostly a number, sometimes what careless sheets hold instead. */
const scoreArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(88.5, 88.6, 90.12, 92.14, 94.25, 98.2, 98.21, 99.8) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10000 }).map((n) => n / 100) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<CellValue>(
      EMPTY,
      "９８．２０",
      "98.2分",
      "#DIV/0!",
      "#N/A",
      true,
      "—"
    ),
  }
);

const tableArb: fc.Arbitrary<Table> = fc
  .record({
    parts: fc.shuffledSubarray(["交叉检查得分", "八办两组得分", "月通报得分"], { minLength: 1 }),
    bonus: fc.boolean(),
    total: fc.boolean(),
    parent: fc.boolean(),
    flag: fc.boolean(),
    units: fc.shuffledSubarray(UNIT_POOL, { minLength: 2 }),
    scores: fc.array(fc.array(scoreArb, { minLength: 6, maxLength: 6 }), {
      minLength: UNIT_POOL.length,
      maxLength: UNIT_POOL.length,
    }),
    flags: fc.array(fc.boolean(), { minLength: UNIT_POOL.length, maxLength: UNIT_POOL.length }),
  })
  .map(({ parts, bonus, total, parent, flag, units, scores, flags }): Table => {
    const header = [
      "序号",
      "县（区）",
      ...(parent ? ["所属市"] : []),
      ...parts,
      ...(bonus ? ["其中：加分"] : []),
      ...(total ? ["总分"] : []),
      ...(flag ? ["深度贫困县"] : []),
    ];
    const blank: CellValue = EMPTY;
    const data = units.map((name, i): CellValue[] => {
      const row: CellValue[] = [i + 1, name];
      if (parent) row.push(i % 2 ? "安康市" : "汉中市");
      parts.forEach((_, p) => row.push(scores[i][p]));
      if (bonus) row.push(scores[i][3] === EMPTY ? blank : 0.1 * (i % 3));
      if (total) row.push(scores[i][4]);
      if (flag) row.push(flags[i] ? "是" : blank);
      return row;
    });
    return {
      top: [["2017年第三季度县区考核结果"], ["单位：分"], header],
      data,
      bottom: [["注：以上为初步结果"]],
    };
  });

/** Each unit's results by name: what must not depend on the order of the rows. */
function resultsByName(analyses: readonly TableAnalysis[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const a of analyses)
    for (const u of a.units)
      out.set(`${a.table.sheet}/${u.unit.name}`, {
        total: u.total,
        rank: u.rank,
        parts: u.parts,
        partRanks: u.partRanks,
        bonus: u.bonus,
        groupRanks: u.groupRanks.map((g) => [g.group, g.rank, g.size]),
        gapToFirst: u.gapToFirst,
        gapToAbove: u.gapToAbove,
        rankWithoutBonus: u.rankWithoutBonus,
      });
  return out;
}

/** The problems, without their cells: rows move, what is wrong does not. */
function problemKinds(analyses: readonly TableAnalysis[]): string[] {
  return analyses.flatMap((a) => a.problems.map((p) => `${p.code}:${p.severity}`)).sort();
}

describe("the engine's results when the data rows of a table are shuffled", () => {
  it("are the same for every unit, and the same problems are found", () => {
    fc.assert(
      fc.property(tableArb, fc.array(fc.integer(), { minLength: UNIT_POOL.length }), (t, keys) => {
        const shuffled = t.data
          .map((row, i) => ({ row, key: keys[i] }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.row);
        const run = (data: CellValue[][]) =>
          analyzeWorkbook(
            readWorkbook([{ name: "县区", values: [...t.top, ...data, ...t.bottom] }])
          );
        const before = run(t.data);
        const after = run(shuffled);
        expect(after.length).toBe(before.length);
        expect(resultsByName(after)).toEqual(resultsByName(before));
        expect(problemKinds(after)).toEqual(problemKinds(before));
      }),
      { numRuns: 300 }
    );
  });
});
