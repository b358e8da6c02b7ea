/**
 * Side-by-side views of what the reader found and what a planted layout holds, for one `toEqual`
 * per question with a readable diff: units (by name, padding ignored), totals as whole steps of
 * the expected precision, ranks, sections, grades, roles and weights by header, problem codes.
 */
import {
  Problem,
  SheetInput,
  TableAnalysis,
  TableColumn,
  WorkbookTables,
  analyzeWorkbook,
  readWorkbook,
} from "../../src/core";
import { ExpectedTable, bareName } from "./layout-builder";
import {
  columnRole,
  columnWeight,
  problemCode,
  sectionGroupRank,
  tableOrientation,
  tablePrecision,
  unitGrade,
  unitSection,
} from "./reader-api";

export interface UnitView {
  readonly name: string;
  /** Whole steps of the expected precision; the raw number when it is not a whole step. */
  readonly total: number | string | null;
  readonly rank: number | null;
  readonly section: string | null;
  /** The group name of the unit's section group rank. */
  readonly sectionGroup: string | null;
  readonly sectionRank: number | null;
  readonly grade: string | null;
  readonly previousRank?: number | null;
}

export interface TableView {
  readonly units: readonly UnitView[];
  readonly precision?: number;
  readonly orientation?: string;
  readonly roles?: Readonly<Record<string, readonly string[]>>;
  readonly weights?: Readonly<Record<string, readonly (number | null)[]>>;
  readonly problems: Readonly<Record<string, boolean>>;
  readonly problemCells: Readonly<Record<string, readonly string[]>>;
  readonly period?: { year: number | null; kind: string; index: number } | null;
}

/** Reads and analyses, the way the pane and the command line do. */
export function readAndAnalyze(sheets: readonly SheetInput[]): {
  book: WorkbookTables;
  analyses: TableAnalysis[];
} {
  const book = readWorkbook(sheets);
  return { book, analyses: analyzeWorkbook(book) };
}

/** The analyses of one sheet's tables, in their order on the sheet. */
export function tablesOf(analyses: readonly TableAnalysis[], sheet: string): TableAnalysis[] {
  return analyses
    .filter((a) => a.table.sheet === sheet)
    .sort((a, b) => a.table.index - b.table.index);
}

function steps(total: number | null, precision: number): number | string | null {
  if (total === null) return null;
  const scaled = total * 10 ** precision;
  const whole = Math.round(scaled);
  return Math.abs(scaled - whole) < 1e-6 ? whole : String(total);
}

function compact(text: string): string {
  return bareName(text.normalize("NFKC"));
}

/** Columns whose header is `key` (padding and width ignored), else those whose header ends so. */
export function columnsNamed(columns: readonly TableColumn[], key: string): TableColumn[] {
  const k = compact(key);
  const exact = columns.filter((c) => compact(c.header) === k);
  return exact.length > 0 ? exact : columns.filter((c) => compact(c.header).endsWith(k));
}

function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function sortUnits(units: UnitView[]): UnitView[] {
  return units.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** What the plan says, in view form. */
export function expectedView(e: ExpectedTable): TableView {
  const p = e.precision ?? 2;
  const withPrevious = e.units.some((u) => u.previousRank !== undefined);
  const problems = e.problems ?? {};
  return {
    units: sortUnits(
      e.units.map((u) => ({
        name: bareName(u.name),
        total: Math.round(u.total * 10 ** p),
        rank: u.rank,
        section: u.section ?? null,
        sectionGroup: u.section ?? null,
        sectionRank: u.sectionRank ?? null,
        grade: u.grade ?? null,
        ...(withPrevious ? { previousRank: u.previousRank ?? null } : {}),
      }))
    ),
    ...(e.precision !== undefined ? { precision: e.precision } : {}),
    ...(e.orientation !== undefined ? { orientation: e.orientation } : {}),
    ...(e.roles
      ? { roles: Object.fromEntries(Object.entries(e.roles).map(([h, r]) => [h, [r]])) }
      : {}),
    ...(e.weights
      ? { weights: Object.fromEntries(Object.entries(e.weights).map(([h, w]) => [h, [w]])) }
      : {}),
    problems: Object.fromEntries([
      ...(problems.present ?? []).map((c) => [c, true]),
      ...(problems.absent ?? []).map((c) => [c, false]),
    ]),
    problemCells: Object.fromEntries(
      Object.entries(problems.cells ?? {}).map(([c, cells]) => [c, [...cells].sort()])
    ),
    ...(e.period ? { period: e.period } : {}),
  };
}

/** What the reader found, in the same view, restricted to what `e` asks about. */
export function actualView(a: TableAnalysis, e: ExpectedTable): TableView {
  const p = e.precision ?? 2;
  const withPrevious = e.units.some((u) => u.previousRank !== undefined);
  const problems = e.problems ?? {};
  const codes = a.problems.map(problemCode);
  const table = a.table;
  return {
    units: sortUnits(
      a.units.map((u) => {
        const section = sectionGroupRank(u.groupRanks);
        return {
          name: bareName(u.unit.name),
          total: steps(u.total, p),
          rank: u.rank,
          section: unitSection(u.unit),
          sectionGroup: section?.group ?? null,
          sectionRank: section?.rank ?? null,
          grade: unitGrade(u.unit),
          ...(withPrevious ? { previousRank: u.previousRank } : {}),
        };
      })
    ),
    ...(e.precision !== undefined ? { precision: tablePrecision(table) } : {}),
    ...(e.orientation !== undefined ? { orientation: tableOrientation(table) } : {}),
    ...(e.roles
      ? {
          roles: Object.fromEntries(
            Object.keys(e.roles).map((h) => [
              h,
              distinct(columnsNamed(table.columns, h).map(columnRole)),
            ])
          ),
        }
      : {}),
    ...(e.weights
      ? {
          weights: Object.fromEntries(
            Object.keys(e.weights).map((h) => [
              h,
              distinct(columnsNamed(table.columns, h).map(columnWeight)),
            ])
          ),
        }
      : {}),
    problems: Object.fromEntries(
      [...(problems.present ?? []), ...(problems.absent ?? [])].map((c) => [c, codes.includes(c)])
    ),
    problemCells: Object.fromEntries(
      Object.keys(problems.cells ?? {}).map((c) => [
        c,
        a.problems
          .filter((q) => problemCode(q) === c)
          .map((q) => q.cell)
          .sort(),
      ])
    ),
    ...(e.period
      ? {
          period: table.period
            ? { year: table.period.year, kind: table.period.kind, index: table.period.index }
            : null,
        }
      : {}),
  };
}

/** A summary of every table for comparing two readings of the same layout (order-free). */
export function resultSummary(analyses: readonly TableAnalysis[]): unknown[] {
  return analyses.map((a) => ({
    sheet: a.table.sheet,
    index: a.table.index,
    precision: tablePrecision(a.table),
    orientation: tableOrientation(a.table),
    units: a.units
      .map((u) => ({
        name: u.unit.name,
        total: u.total,
        rank: u.rank,
        section: unitSection(u.unit),
        grade: unitGrade(u.unit),
        groups: u.groupRanks.map((g) => `${g.kind}:${g.group}:${g.rank}/${g.size}`).sort(),
        previousRank: u.previousRank,
      }))
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)),
    problems: a.problems.map(problemCode).sort(),
  }));
}

const RANGE = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/;

function colIndex(label: string): number {
  return [...label].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** A1 ranges ("A2:C9") a problem names, in its cell or its parameters. */
export function rangesIn(
  problem: Problem
): { top: number; left: number; bottom: number; right: number }[] {
  const texts = [problem.cell, ...Object.values(problem.params).map(String)];
  return texts.flatMap((t) => {
    const m = RANGE.exec(t.replace(/^.*!/, ""));
    if (!m) return [];
    return [
      {
        top: Number(m[2]) - 1,
        left: colIndex(m[1]),
        bottom: Number(m[4]) - 1,
        right: colIndex(m[3]),
      },
    ];
  });
}

/** Whether a problem names a range that overlaps `area` (A1, "A2:C9"). */
export function pointsInto(problem: Problem, area: string): boolean {
  const [want] = rangesIn({ ...problem, cell: area, params: {} });
  return rangesIn(problem).some(
    (r) =>
      r.top <= want.bottom && r.bottom >= want.top && r.left <= want.right && r.right >= want.left
  );
}

/** A copy of sheets to compare with after reading (the empty-cell marker is kept as is). */
export function copySheets(sheets: readonly SheetInput[]): SheetInput[] {
  return sheets.map((s) => ({
    name: s.name,
    values: s.values.map((r) => [...r]),
    merges: s.merges?.map((m) => ({ ...m })),
    ...(s.formats ? { formats: s.formats.map((r) => [...r]) } : {}),
  }));
}

type UnitRecord = Record<string, Partial<Record<keyof UnitView, unknown>>>;

/**
 * Both unit lists keyed by name, with the fields that are null on both sides left out, so a diff
 * shows only what differs: a missing or extra unit, a wrong total or rank.
 */
export function unitRecords(
  want: readonly UnitView[],
  got: readonly UnitView[]
): { want: UnitRecord; got: UnitRecord } {
  const byName = (units: readonly UnitView[]) => new Map(units.map((u) => [u.name, u]));
  const w = byName(want);
  const g = byName(got);
  const trim = (u: UnitView, other: UnitView | undefined) =>
    Object.fromEntries(
      Object.entries(u).filter(
        ([k, v]) => k !== "name" && !(v === null && (other?.[k as keyof UnitView] ?? null) === null)
      )
    );
  // A name read twice shows as a second key ("兰州市#2"), never hidden by the first.
  const record = (units: readonly UnitView[], others: Map<string, UnitView>): UnitRecord => {
    const seen = new Map<string, number>();
    return Object.fromEntries(
      units.map((u) => {
        const n = (seen.get(u.name) ?? 0) + 1;
        seen.set(u.name, n);
        return [n === 1 ? u.name : `${u.name}#${n}`, trim(u, others.get(u.name))];
      })
    );
  };
  return { want: record(want, g), got: record(got, w) };
}
