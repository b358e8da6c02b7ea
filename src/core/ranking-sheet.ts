import { Messages } from "../locales";
import { cellAddress, cellRef, columnRange, quoteSheetName, sheetRef } from "./address";
import { TableAnalysis, UnitResult } from "./analyze";
import {
  gapToAboveExpr,
  gapToFirstExpr,
  groupRankExpr,
  rankExpr,
  rankWithoutExpr,
  stringLiteral,
} from "./formula";
import { fill, periodLabel } from "./i18n";
import { MatchKey, matchKey } from "./names";
import { OUTPUT_MARKER } from "./output-sheets";
import { DEFAULT_DECIMALS, Decimals, roundAt } from "./round";
import {
  CellStyle,
  FORMAT,
  PlanCell,
  SheetPlan,
  flatRow,
  lazyRowsPlan,
  unitRowSource,
  scoreFormat,
} from "./sheet-plan";
import { ScoreCell, UnitRow, columnsWithRole } from "./table";
import { UnitTargets, bottomLineExpr, tableTargets, topThreeExpr } from "./targets";

/** Where a ranking sheet puts things, so other sheets (next period, comparisons) can refer to them. */
export interface RankingLayout {
  readonly sheet: string;
  /** 0-based rows of the first and last unit. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly col: {
    readonly rank: number;
    readonly name: number;
    readonly parent: number | null;
    readonly section: number | null;
    readonly flags: readonly number[];
    readonly parts: readonly number[];
    readonly bonuses: readonly number[];
    readonly deductions: readonly number[];
    readonly total: number;
    readonly printedRank: number | null;
    readonly grade: number | null;
    readonly partRanks: readonly number[];
    readonly parentRank: number | null;
    readonly sectionRank: number | null;
    readonly flagRanks: readonly number[];
    readonly gapToFirst: number;
    readonly gapToAbove: number;
    readonly rankWithoutBonus: number | null;
    readonly previousRank: number | null;
    readonly rankChange: number | null;
    /** Targets: points to the top three, and the signed distance to the bottom-N line. */
    readonly topThree: number;
    readonly bottomLine: number;
    readonly key: number;
  };
  /** Output row (0-based) of each unit. */
  readonly rowOf: ReadonlyMap<UnitRow, number>;
}

/** The fields whose cells the report lists. */
export type CellField =
  "total" | "rank" | "rankWithoutBonus" | "gapToFirst" | "gapToAbove" | "rankChange";

/** The target fields, whose cells the report lists under `targets`. */
export type TargetField = "nextPlace" | "topThree" | "first" | "bottomLine";

export interface RankingSheet {
  readonly plan: SheetPlan;
  readonly layout: RankingLayout;
  /** A unit's sheet-qualified address of each non-null computed value (none for another unit). */
  readonly cellsOf: (unit: UnitRow) => Partial<Record<CellField, string>>;
  /** Per unit, aligned with the analysis' units: what it needs to move ({@link tableTargets}). */
  readonly targets: readonly UnitTargets[];
  /** A unit's cells of its non-null targets (next place and first are the gap columns). */
  readonly targetCellsOf: (unit: UnitRow) => Partial<Record<TargetField, string>>;
  /** The bottom-N line the targets count against. */
  readonly bottomLine: number;
}

const HEADER_ROW = 2;

export function rankingLayout(analysis: TableAnalysis, sheet: string): RankingLayout {
  const t = analysis.table;
  let next = 0;
  const take = () => next++;
  const many = (n: number) => Array.from({ length: n }, take);
  const rank = take();
  const name = take();
  const parent = columnsWithRole(t, "parent").length ? take() : null;
  const section = t.units.some((u) => u.section !== null) ? take() : null;
  const flags = many(columnsWithRole(t, "flag").length);
  const parts = many(columnsWithRole(t, "part").length);
  const bonuses = many(columnsWithRole(t, "bonus").length);
  const deductions = many(columnsWithRole(t, "deduction").length);
  const total = take();
  const printedRank = columnsWithRole(t, "rank").length ? take() : null;
  const grade = columnsWithRole(t, "grade").length ? take() : null;
  const partRanks = many(parts.length);
  const parentRank = parent !== null ? take() : null;
  const sectionRank = section !== null ? take() : null;
  const flagRanks = many(flags.length);
  const gapToFirst = take();
  const gapToAbove = take();
  const rankWithoutBonus = bonuses.length ? take() : null;
  const previousRank = analysis.previousId ? take() : null;
  const rankChange = analysis.previousId ? take() : null;
  const topThree = take();
  const bottomLine = take();
  const key = take();
  const firstRow = HEADER_ROW + 1;
  const rowOf = new Map(analysis.units.map((u, i) => [u.unit, firstRow + i]));
  return {
    sheet,
    firstRow,
    lastRow: firstRow + analysis.units.length - 1,
    col: {
      rank,
      name,
      parent,
      section,
      flags,
      parts,
      bonuses,
      deductions,
      total,
      printedRank,
      grade,
      partRanks,
      parentRank,
      sectionRank,
      flagRanks,
      gapToFirst,
      gapToAbove,
      rankWithoutBonus,
      previousRank,
      rankChange,
      topThree,
      bottomLine,
      key,
    },
    rowOf,
  };
}

/**
 * A source score cell brought onto the sheet at the table's precision, repaired text carried as a
 * constant.
 */
export function scoreCell(
  sourceSheet: string,
  cell: ScoreCell | null,
  decimals: Decimals = DEFAULT_DECIMALS
): PlanCell {
  if (!cell) return BLANK;
  // The sheet name may come already quoted ("'三季度'"), as the hot loop passes it.
  const sheet = sourceSheet.startsWith("'") ? sourceSheet : quoteSheetName(sourceSheet);
  const src = `${sheet}!${cellRef(cell.row, cell.col, FIXED)}`;
  const format = scoreFormat(decimals);
  if (cell.kind === "number")
    return {
      value: roundAt(cell.value, decimals),
      formula: `=ROUND(${src},${decimals})`,
      format,
      style: "body",
    };
  if (cell.kind === "repaired") {
    const v = roundAt(cell.value, decimals);
    return {
      value: v,
      formula: `=IF(ISNUMBER(${src}),ROUND(${src},${decimals}),${v})`,
      format,
      style: "repaired",
    };
  }
  return {
    value: "",
    formula: `=IF(ISNUMBER(${src}),ROUND(${src},${decimals}),"")`,
    format,
    style: cell.kind === "invalid" ? "warn" : "body",
  };
}

/**
 * Source cells are referred to absolutely ($D$5): sorting the ranking table moves a unit's row, and
 * Excel shifts relative references with it, which would point them at another unit's scores.
 */
const FIXED = { row: true, col: true } as const;

const BLANK: PlanCell = Object.freeze({ value: null, style: "body" });

const isRepaired = (cell: ScoreCell | null): boolean => cell?.kind === "repaired";

/** `expr` when the unit has the value, else the same expression behind an ISNUMBER guard. */
function guarded(present: boolean, test: string, expr: string): string {
  return present ? `=${expr}` : `=IF(ISNUMBER(${test}),${expr},"")`;
}

function valueOrBlank(v: number | null): string | number {
  return v === null ? "" : v;
}

/** The bottom-N line when the caller names none (后十位). */
export const DEFAULT_BOTTOM_LINE = 10;

/**
 * The ranking sheet for one table: every unit with its parts, total, rank, part and group ranks,
 * gaps, rank without bonus and change since the previous period, and its targets (points to the
 * top three; to leave the bottom-N line, or its margin above it), each a live formula over the
 * source sheet whose cached value is the engine's.
 */
export function planRankingSheet(
  analysis: TableAnalysis,
  layout: RankingLayout,
  previous: RankingLayout | null,
  messages: Messages,
  /** Units to pick out (the own unit and its members), by match key. */
  highlight: ReadonlySet<MatchKey> = new Set(),
  /** The bottom-N line of the targets (后十位: 10). */
  bottomLine: number = DEFAULT_BOTTOM_LINE
): RankingSheet {
  const t = analysis.table;
  const m = messages.sheets;
  const c = layout.col;
  const ties = analysis.ties;
  const d = t.precision;
  const scoreFmt = scoreFormat(d);
  const width = c.key + 1;
  const header: PlanCell[] = Array.from({ length: width }, () => ({
    value: null,
    style: "header" as CellStyle,
  }));
  const setHeader = (col: number | null, text: string) => {
    if (col !== null) header[col] = { value: text, style: "header", format: FORMAT.text };
  };
  const partCols = columnsWithRole(t, "part");
  const flagCols = columnsWithRole(t, "flag");
  setHeader(c.rank, m.columns.rank);
  setHeader(c.name, m.columns.name);
  setHeader(c.parent, columnsWithRole(t, "parent")[0]?.header ?? m.columns.parent);
  setHeader(c.section, m.columns.section);
  setHeader(c.grade, columnsWithRole(t, "grade")[0]?.header ?? m.columns.grade);
  flagCols.forEach((col, i) => setHeader(c.flags[i], col.header));
  partCols.forEach((col, i) => setHeader(c.parts[i], col.header));
  columnsWithRole(t, "bonus").forEach((col, i) => setHeader(c.bonuses[i], col.header));
  columnsWithRole(t, "deduction").forEach((col, i) => setHeader(c.deductions[i], col.header));
  setHeader(c.total, columnsWithRole(t, "total")[0]?.header ?? m.columns.total);
  setHeader(c.printedRank, m.columns.printedRank);
  c.partRanks.forEach((col, i) =>
    setHeader(col, fill(m.columns.partRank, { part: partCols[i].header }))
  );
  setHeader(c.parentRank, m.columns.parentRank);
  setHeader(c.sectionRank, m.columns.sectionRank);
  c.flagRanks.forEach((col, i) =>
    setHeader(col, fill(m.columns.flagRank, { flag: flagCols[i].header }))
  );
  setHeader(c.gapToFirst, m.columns.gapToFirst);
  setHeader(c.gapToAbove, m.columns.gapToAbove);
  setHeader(c.rankWithoutBonus, m.columns.rankWithoutBonus);
  setHeader(c.previousRank, m.columns.previousRank);
  setHeader(c.rankChange, m.columns.rankChange);
  setHeader(c.topThree, m.columns.topThree);
  setHeader(c.bottomLine, fill(m.columns.bottomLine, { n: bottomLine }));
  setHeader(c.key, m.columns.key);

  const title = fill(m.rankingTitle, {
    period: periodLabel(t.period, messages),
    level: messages.level[analysis.levelKind],
  }).trim();
  const top: PlanCell[][] = [
    [{ value: title, style: "title" }],
    [{ value: `${OUTPUT_MARKER}${fill(m.marker, { source: t.sheet })}`, style: "subtitle" }],
    header,
  ];

  // Everything that does not change from row to row is built once: ranges, quoted sheet names.
  const ranges = new Map<number, string>();
  const range = (col: number) => {
    let text = ranges.get(col);
    if (text === undefined) {
      text = columnRange(col, layout.firstRow, layout.lastRow, { row: true, col: true });
      ranges.set(col, text);
    }
    return text;
  };
  const targets = tableTargets(analysis, bottomLine);
  let repaired = false;
  let rankDiffers = false;
  const bonusAddend = columnsWithRole(t, "bonus").map((b) => b.addend);
  const partWeights = partCols.map((p) => p.weight ?? 1);
  const weighted = partCols.some((p) => p.weight !== null);
  const hasPrintedTotal = columnsWithRole(t, "total").length > 0;
  const outSheet = quoteSheetName(layout.sheet);
  const srcSheet = quoteSheetName(t.sheet);
  const R = range(c.total);
  const flagYes = stringLiteral(m.flagYes);
  const prevRanks = previous
    ? sheetRef(
        previous.sheet,
        columnRange(previous.col.rank, previous.firstRow, previous.lastRow, {
          row: true,
          col: true,
        })
      )
    : "";
  const prevKeys = previous
    ? sheetRef(
        previous.sheet,
        columnRange(previous.col.key, previous.firstRow, previous.lastRow, { row: true, col: true })
      )
    : "";

  /** Whether the printed rank differs from the rank it is audited against (overall or section). */
  const printedRankDiffers = (u: UnitResult): boolean => {
    const printed = u.unit.printedRank?.value ?? null;
    const sectionGroup = u.groupRanks.find((g) => g.kind === "section");
    const expected = analysis.printedRankBySection ? (sectionGroup?.rank ?? null) : u.rank;
    return printed !== null && expected !== null && printed !== expected;
  };

  // A unit's cells are found when something asks for them (the report, a comparison): most units'
  // never are, and at thousands of units making them all took longer than writing their rows.
  let indexOf: Map<UnitRow, number> | null = null;
  /** Where `unit`'s row is, and its index among the analysis' units; null for another unit. */
  const rowAndIndex = (unit: UnitRow): { r: number; index: number } | null => {
    indexOf ??= new Map(analysis.units.map((u, i) => [u.unit, i]));
    const index = indexOf.get(unit);
    return index === undefined ? null : { r: layout.rowOf.get(unit) as number, index };
  };
  /** Puts the address of column `col` of row `r` under `field`, where it holds a value. */
  const put = <F extends string>(
    into: Partial<Record<F, string>>,
    r: number,
    field: F,
    col: number | null,
    v: number | null
  ) => {
    if (col !== null && v !== null) into[field] = `${outSheet}!${cellAddress(r, col)}`;
  };
  const cellsOf = (unit: UnitRow): Partial<Record<CellField, string>> => {
    const here: Partial<Record<CellField, string>> = {};
    const at = rowAndIndex(unit);
    if (!at) return here;
    const { r } = at;
    const u = analysis.units[at.index];
    put(here, r, "total", c.total, u.total);
    put(here, r, "rank", c.rank, u.rank);
    put(here, r, "gapToFirst", c.gapToFirst, u.gapToFirst);
    put(here, r, "gapToAbove", c.gapToAbove, u.gapToAbove);
    put(here, r, "rankWithoutBonus", c.rankWithoutBonus, u.rankWithoutBonus);
    if (c.previousRank !== null && previous) put(here, r, "rankChange", c.rankChange, u.rankChange);
    return here;
  };
  const targetCellsOf = (unit: UnitRow): Partial<Record<TargetField, string>> => {
    const aims: Partial<Record<TargetField, string>> = {};
    const at = rowAndIndex(unit);
    if (!at) return aims;
    const { r } = at;
    const target = targets[at.index];
    put(aims, r, "nextPlace", c.gapToAbove, target.nextPlace);
    put(aims, r, "topThree", c.topThree, target.topThree);
    put(aims, r, "first", c.gapToFirst, target.first);
    put(aims, r, "bottomLine", c.bottomLine, target.bottomLine);
    return aims;
  };

  // What the notes depend on is settled now; the rows themselves are made when a writer asks for
  // them (unitLine).
  for (const u of analysis.units) {
    if (
      u.unit.parts.some(isRepaired) ||
      u.unit.bonuses.some(isRepaired) ||
      u.unit.deductions.some(isRepaired) ||
      (hasPrintedTotal && isRepaired(u.unit.printedTotal))
    )
      repaired = true;
    if (c.printedRank !== null && u.unit.printedRank && printedRankDiffers(u)) rankDiffers = true;
  }

  /** A unit's row of the sheet, every computed cell a live formula with the engine's value. */
  const unitLine = (u: UnitResult, index: number): PlanCell[] => {
    const r = layout.rowOf.get(u.unit) as number;
    const at = (col: number) => cellRef(r, col);
    const line: PlanCell[] = new Array<PlanCell>(width).fill(BLANK);
    const set = (col: number | null, cell: PlanCell) => {
      if (col === null) return;
      // Cells are built fresh for this row, so giving one its default style in place is safe and
      // spares a copy per cell (this runs for every unit).
      if (!cell.style) (cell as { style?: CellStyle }).style = "body";
      line[col] = cell;
    };
    const hasTotal = u.total !== null;
    const x = at(c.total);

    set(c.name, {
      value: u.unit.name,
      format: FORMAT.text,
      style: highlight.has(u.unit.key) ? "own" : "body",
    });
    if (c.parent !== null)
      set(c.parent, {
        value: u.unit.parent
          ? (analysis.parentNames.get(matchKey(u.unit.parent)) ?? u.unit.parent)
          : null,
        format: FORMAT.text,
      });
    if (c.section !== null) set(c.section, { value: u.unit.section, format: FORMAT.text });
    c.flags.forEach((col, i) =>
      set(col, { value: u.unit.flags[i] ? m.flagYes : null, format: FORMAT.text })
    );
    u.unit.parts.forEach((p, i) => set(c.parts[i], scoreCell(srcSheet, p, d)));
    u.unit.bonuses.forEach((b, i) => set(c.bonuses[i], scoreCell(srcSheet, b, d)));
    u.unit.deductions.forEach((x, i) => set(c.deductions[i], scoreCell(srcSheet, x, d)));
    if (hasPrintedTotal) set(c.total, scoreCell(srcSheet, u.unit.printedTotal, d));
    else {
      const bonuses = c.bonuses.filter((_, i) => bonusAddend[i]).map(at);
      const minus = c.deductions.map((col) => `-ABS(N(${at(col)}))`).join("");
      // Parts whose header states a weight are weighted, and that sum rounded as the engine does.
      const parts = weighted
        ? `ROUND(${c.parts.map((col, i) => `${partWeights[i]}*N(${at(col)})`).join("+")},${d})`
        : c.parts.map(at).join(",");
      set(c.total, {
        value: valueOrBlank(u.total),
        formula: `=ROUND(SUM(${[parts, ...bonuses].join(",")})${minus},${d})`,
        format: scoreFmt,
      });
    }

    set(c.rank, {
      value: valueOrBlank(u.rank),
      formula: guarded(hasTotal, x, rankExpr(x, R, ties)),
      format: FORMAT.rank,
    });

    const sectionGroup = u.groupRanks.find((g) => g.kind === "section");
    if (c.printedRank !== null && u.unit.printedRank) {
      const src = `${srcSheet}!${cellRef(u.unit.printedRank.row, u.unit.printedRank.col, FIXED)}`;
      const printed = u.unit.printedRank.value;
      const differs = printedRankDiffers(u);
      // Like a score cell: a rank printed as text ("2") is carried as its number, and one that is
      // no number at all ("第1名") shows blank, as the engine reads it; the cell would otherwise
      // show the text while the report says otherwise.
      const fallback = u.unit.printedRank.kind === "repaired" ? String(printed) : '""';
      set(c.printedRank, {
        value: printed === null ? "" : printed,
        formula: `=IF(ISNUMBER(${src}),${src},${fallback})`,
        format: FORMAT.rank,
        style: differs ? "warn" : "body",
      });
    }
    c.partRanks.forEach((col, i) => {
      const partCol = c.parts[i];
      set(col, {
        value: valueOrBlank(u.partRanks[i]),
        formula: guarded(
          u.parts[i] !== null,
          at(partCol),
          rankExpr(at(partCol), range(partCol), ties)
        ),
        format: FORMAT.rank,
      });
    });
    const parentGroup = u.groupRanks.find((g) => g.kind === "parent");
    if (c.parentRank !== null && c.parent !== null && u.unit.parent) {
      const expr = groupRankExpr(x, R, range(c.parent), cellRef(r, c.parent, { col: true }), ties);
      set(c.parentRank, {
        value: valueOrBlank(parentGroup?.rank ?? null),
        formula: guarded(hasTotal, x, expr),
        format: FORMAT.rank,
      });
    }
    if (c.grade !== null) set(c.grade, { value: u.unit.grade, format: FORMAT.text });
    if (c.sectionRank !== null && c.section !== null && u.unit.section !== null) {
      const expr = groupRankExpr(
        x,
        R,
        range(c.section),
        cellRef(r, c.section, { col: true }),
        ties
      );
      set(c.sectionRank, {
        value: valueOrBlank(sectionGroup?.rank ?? null),
        formula: guarded(hasTotal, x, expr),
        format: FORMAT.rank,
      });
    }
    c.flagRanks.forEach((col, i) => {
      if (!u.unit.flags[i]) return;
      const g = u.groupRanks.find((gr) => gr.kind === "flag" && gr.flagIndex === i);
      const expr = groupRankExpr(x, R, range(c.flags[i]), flagYes, ties);
      set(col, {
        value: valueOrBlank(g?.rank ?? null),
        formula: guarded(hasTotal, x, expr),
        format: FORMAT.rank,
      });
    });
    set(c.gapToFirst, {
      value: valueOrBlank(u.gapToFirst),
      formula: guarded(hasTotal, x, gapToFirstExpr(x, R, d)),
      format: scoreFmt,
    });
    set(c.gapToAbove, {
      value: valueOrBlank(u.gapToAbove),
      formula: guarded(hasTotal, x, gapToAboveExpr(x, R, d)),
      format: scoreFmt,
    });
    if (c.rankWithoutBonus !== null) {
      const reduced = `ROUND(${x}-SUM(${c.bonuses.map(at).join(",")}),${d})`;
      set(c.rankWithoutBonus, {
        value: valueOrBlank(u.rankWithoutBonus),
        formula: guarded(hasTotal, x, rankWithoutExpr(reduced, x, R, ties)),
        format: FORMAT.rank,
      });
    }
    if (c.previousRank !== null && c.rankChange !== null && previous) {
      const key = cellRef(r, c.key, { col: true });
      set(c.previousRank, {
        value: valueOrBlank(u.previousRank),
        formula: `=IFERROR(INDEX(${prevRanks},MATCH(${key},${prevKeys},0)),"")`,
        format: FORMAT.rank,
      });
      const p = at(c.previousRank);
      const now = at(c.rank);
      set(c.rankChange, {
        value: valueOrBlank(u.rankChange),
        formula: `=IF(AND(ISNUMBER(${p}),ISNUMBER(${now})),${p}-${now},"")`,
        format: FORMAT.change,
      });
    }
    const target = targets[index];
    set(c.topThree, {
      value: valueOrBlank(target.topThree),
      formula: guarded(hasTotal, x, topThreeExpr(x, R, ties, d)),
      format: scoreFmt,
    });
    set(c.bottomLine, {
      value: valueOrBlank(target.bottomLine),
      formula: guarded(hasTotal, x, bottomLineExpr(x, R, bottomLine, d)),
      format: scoreFmt,
    });
    set(c.key, { value: u.unit.key, format: FORMAT.text, style: "key" });
    return flatRow(line);
  };

  const notes: PlanCell[][] = [
    [],
    [{ value: fill(m.targetsNote, { n: bottomLine }), style: "note" }],
  ];
  if (repaired) notes.push([{ value: m.repairedNote, style: "note" }]);
  if (rankDiffers) notes.push([{ value: m.printedRankNote, style: "note" }]);

  const widths = Array.from({ length: width }, (_, i) =>
    i === c.name ? 12 : i === c.key ? 8 : 10
  );
  const units = analysis.units;
  const plan = lazyRowsPlan(
    {
      name: layout.sheet,
      kind: "ranking",
      columnWidths: widths,
      freeze: { rows: HEADER_ROW + 1, columns: c.name + 1 },
      merges: [
        { top: 0, left: 0, bottom: 0, right: width - 1 },
        { top: 1, left: 0, bottom: 1, right: width - 1 },
      ],
      print: { landscape: width > 9, repeatRows: [HEADER_ROW + 1, HEADER_ROW + 1] },
      charts: [],
      rowHeights: [24, undefined, 36],
      table: { top: HEADER_ROW, left: 0, bottom: layout.lastRow, right: width - 1 },
      conditionalFormats: [
        ...(c.rankChange === null
          ? []
          : [
              {
                area: {
                  top: layout.firstRow,
                  left: c.rankChange,
                  bottom: layout.lastRow,
                  right: c.rankChange,
                },
                kind: "signColors" as const,
              },
            ]),
        {
          area: {
            top: layout.firstRow,
            left: c.bottomLine,
            bottom: layout.lastRow,
            right: c.bottomLine,
          },
          kind: "signColors",
        },
      ],
    },
    unitRowSource(top, units, unitLine, notes, width)
  );
  return { plan, layout, cellsOf, targets, targetCellsOf, bottomLine };
}
