/**
 * Builds score sheets as provinces lay them out — titles, units rows, one to three header rows
 * with merges, sections, side-by-side blocks, stacked and transposed tables — from a plan of the
 * units and their scores, and computes from the same plan what a reader must find there.
 *
 * Scores are planned as whole numbers of the sheet's smallest step (hundredths on a 2-decimal
 * sheet, thousandths on a 3-decimal one), so every expected total and rank here is integer
 * arithmetic on the plan: nothing is ever read back from the reader under test.
 */
import { CellArea, CellValue, EMPTY, SheetInput } from "../../src/core";
import { Cell, fullWidth, prng } from "./sheet-builder";

/** How a score cell is written: a number, its text, full-width text, text with 分. */
export type Form = "number" | "text" | "fullWidth" | "suffix";

/** One unit: its name as written and its scores in whole steps of the table's scale. */
export interface UnitPlan {
  readonly name: string;
  /** The same place across periods, whatever its spelling; defaults to the name. */
  readonly id?: string;
  readonly parts?: readonly number[];
  /** The printed total, for a table whose total is given rather than computed. */
  readonly total?: number;
  /** 等次 as written (优秀, 良好 …). */
  readonly grade?: string;
  /** A printed rank written in place of the right one: a misprint the reader must report. */
  readonly rank?: number;
  /** How this unit's score cells are written, when not as the table's. */
  readonly form?: Form;
}

export interface SectionPlan {
  /** The section row's text as written (一类县（区）, 二、非贫困县, （一）城区). */
  readonly label: string;
  readonly units: readonly UnitPlan[];
}

/**
 * What a table column holds, per unit: its 序号, name, part score (by index), total, printed
 * rank (overall, or restarting in each section), grade, or nothing.
 */
export type Fill = "seq" | "name" | "total" | "rank" | "sectionRank" | "grade" | "blank" | number;

/** Rows under a table: a summary row (label, and each score column's mean/max/min/sum), a note. */
export type After =
  | { readonly summary: string; readonly of: "mean" | "max" | "min" | "sum" }
  | { readonly note: string };

export interface TablePlan {
  /** Decimals the scores compare at. */
  readonly precision: number;
  /** Decimals the values are written with, when more than `precision` (a format shows fewer). */
  readonly scale?: number;
  /** Number format of every score cell ("0.000"), as the reader gets it from the file. */
  readonly format?: string;
  /** Title lines above the table, each merged across it. */
  readonly title?: readonly string[];
  /** "单位：分", merged across under the title. */
  readonly unitsRow?: string;
  /**
   * Header rows as written. "<" marks a cell merged into the one on its left and "^" one merged
   * into the one above; the marks become blank cells and merged areas.
   */
  readonly header: readonly (readonly Cell[])[];
  /** What each column holds (same length as the header rows). */
  readonly fills: readonly Fill[];
  readonly units?: readonly UnitPlan[];
  readonly sections?: readonly SectionPlan[];
  /** A section label merged across the table from column A (default), or in the name column. */
  readonly sectionLabelAt?: "merged" | "name";
  /**
   * The total every unit is ranked by: the sum of its parts, its printed `total` ("given"), or a
   * weighted sum of its parts (weights in percent), printed rounded to the scale.
   */
  readonly total: "sum" | "given" | readonly number[];
  readonly form?: Form;
  /** The units printed in this many side-by-side blocks, each with the header repeated. */
  readonly blocks?: number;
  /** A blank column between blocks. */
  readonly blockGap?: boolean;
  readonly after?: readonly After[];
  /** "columns": units across the columns, one row per fill, the header row the name row. */
  readonly orientation?: "rows" | "columns";
  /** Weights the headers state, by header (日常考核（40%） → 0.4). */
  readonly weights?: Readonly<Record<string, number>>;
  readonly period?: ExpectedPeriod;
}

export interface ExpectedPeriod {
  readonly year: number | null;
  readonly kind: "quarter" | "month" | "half" | "year";
  readonly index: number;
}

/** What the reader must report of one unit. */
export interface ExpectedUnit {
  /** As written, trimmed (padding inside a name is not compared). */
  readonly name: string;
  readonly total: number;
  readonly rank: number;
  readonly section?: string;
  readonly grade?: string;
  readonly sectionRank?: number;
  /** The unit's rank in the previous period's table; null when it was not there. */
  readonly previousRank?: number | null;
}

export interface ExpectedProblems {
  readonly present?: readonly string[];
  readonly absent?: readonly string[];
  /** For these codes, exactly these cells (A1) and no others. */
  readonly cells?: Readonly<Record<string, readonly string[]>>;
}

/** What the reader must report of one table: the i-th table it reads from `sheet`. */
export interface ExpectedTable {
  readonly sheet: string;
  readonly units: readonly ExpectedUnit[];
  readonly precision?: number;
  readonly orientation?: "rows" | "columns";
  /** Stated weights by header. */
  readonly weights?: Readonly<Record<string, number>>;
  /** Roles by header, for the columns that matter. */
  readonly roles?: Readonly<Record<string, string>>;
  readonly problems?: ExpectedProblems;
  readonly period?: ExpectedPeriod;
}

/**
 * Unit lines that may be put in any order without changing any result: rows (or, for a
 * transposed table, columns) of one block or section, and the cells of each that move.
 */
export interface Shuffle {
  readonly sheet: string;
  readonly axis: "rows" | "columns";
  /** 0-based rows (columns) of the units. */
  readonly lines: readonly number[];
  /** First and last 0-based column (row) of the cells that move with a line. */
  readonly span: readonly [number, number];
}

export interface BuiltTable {
  readonly expected: ExpectedTable;
  readonly shuffles: readonly Shuffle[];
  /** Each unit's rank by its id, for the next period's expected previous ranks. */
  readonly rankById: ReadonlyMap<string, number>;
  /** Unit ids aligned with `expected.units`. */
  readonly ids: readonly string[];
}

// ---- reference arithmetic: integers only ----------------------------------------------------

/** "93.12" in steps of 10^-scale (9312 at scale 2), exactly, from its digits. */
export function dec(text: string, scale: number): number {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m || (m[3] ?? "").length > scale) throw new RangeError(`dec: "${text}" at scale ${scale}`);
  const value = Number(m[2]) * 10 ** scale + Number((m[3] ?? "").padEnd(scale, "0") || "0");
  return m[1] ? -value : value;
}

/** numerator / denominator rounded half away from zero, as Excel's ROUND does. */
export function roundDiv(numerator: number, denominator: number): number {
  const q = Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
  return numerator < 0 ? -q : q;
}

/** RANK.EQ: one plus the number of strictly higher values. */
export function competitionRanks(values: readonly number[]): number[] {
  return values.map((v) => 1 + values.filter((w) => w > v).length);
}

/** Invented scores (integers in [low, high]) from a seed, the same on every run. */
export function invent(seed: number, count: number, low: number, high: number): number[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => low + Math.floor(random() * (high - low + 1)));
}

/** The value as text with exactly `scale` decimals, from its digits ("93.10"). */
export function fixedText(value: number, scale: number): string {
  const digits = String(Math.abs(value)).padStart(scale + 1, "0");
  const sign = value < 0 ? "-" : "";
  return scale === 0
    ? `${sign}${digits}`
    : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** A score cell as written in `form`. */
export function scoreCell(value: number, scale: number, form: Form): Cell {
  if (form === "number") return value / 10 ** scale;
  const text = fixedText(value, scale);
  if (form === "text") return text;
  if (form === "fullWidth") return fullWidth(text);
  return `${text}分`;
}

/** A0-style label of a 0-based column. */
export function colLabel(col: number): string {
  let n = col + 1;
  let label = "";
  while (n > 0) {
    label = String.fromCharCode(65 + ((n - 1) % 26)) + label;
    n = Math.floor((n - 1) / 26);
  }
  return label;
}

/** "C5" for 0-based row 4, column 2. */
export function a1(row: number, col: number): string {
  return `${colLabel(col)}${row + 1}`;
}

/** A name without any white space, as names are compared. */
export function bareName(name: string): string {
  return name.replace(/[\s\u3000\u00a0]+/g, "");
}

/**
 * A rough stem and kind, only to keep two spellings of one place out of one planned table: 汉中 and
 * 汉中市 are one place; 临夏市 and 临夏县 are two.
 */
function roughKey(name: string): { stem: string; kind: string } {
  const bare = bareName(name).replace(/[()（）]/g, "");
  const m =
    /^(.{2,}?)(.{0,12}族)*(自治州|自治县|自治旗|地区|示范区|林区|街道|市|州|县|区|旗|盟|镇|乡)$/.exec(
      bare
    );
  return m ? { stem: m[1], kind: m[3].slice(-1) } : { stem: bare, kind: "" };
}

// ---- the sheet ------------------------------------------------------------------------------

const LEFT = "<";
const UP = "^";

interface PlacedUnit {
  readonly plan: UnitPlan;
  readonly id: string;
  readonly section: string | null;
  readonly seq: number;
  readonly parts: readonly number[];
  /** Printed (or summed) total at the table's scale. */
  readonly totalAtScale: number;
  /** Total at the table's precision: what it ranks by. */
  readonly total: number;
  rank: number;
  sectionRank: number;
}

/** A sheet assembled line by line; tables placed on it report what a reader must find. */
export class SheetBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly formatRows: (string | null)[][] = [];
  private readonly merged: CellArea[] = [];
  private readonly built: BuiltTable[] = [];
  private withFormats = false;

  /** `mergesKnown: false` gives a sheet whose merges the reader cannot tell (`undefined`). */
  constructor(
    readonly name: string,
    private readonly mergesKnown = true
  ) {}

  get tables(): readonly BuiltTable[] {
    return this.built;
  }

  /** The next row's 0-based index. */
  get cursor(): number {
    return this.rows.length;
  }

  /** Appends a row as written; `merge` spans its columns [from, to]. Returns its 0-based index. */
  line(cells: readonly Cell[], merge?: readonly [number, number]): number {
    const row = this.rows.length;
    this.rows.push(cells.map((v) => (v === null ? EMPTY : v)));
    this.formatRows.push(cells.map(() => null));
    if (merge && merge[1] > merge[0])
      this.merged.push({ top: row, left: merge[0], bottom: row, right: merge[1] });
    return row;
  }

  blank(): number {
    return this.line([]);
  }

  /** A merged area given in A1 ("A3:B4"), for layouts written line by line. */
  merge(area: CellArea): void {
    this.merged.push(area);
  }

  private put(row: number, col: number, value: Cell, format: string | null = null): void {
    const line = this.rows[row];
    while (line.length <= col) line.push(EMPTY);
    line[col] = value === null ? EMPTY : value;
    const formats = this.formatRows[row];
    while (formats.length <= col) formats.push(null);
    formats[col] = format;
    if (format !== null) this.withFormats = true;
  }

  /** Places a table at the cursor and returns what a reader must find in it. */
  table(plan: TablePlan): BuiltTable {
    const built =
      plan.orientation === "columns" ? this.columnsTable(plan) : this.rowsTable(plan, place(plan));
    this.built.push(built);
    return built;
  }

  build(): SheetInput {
    const width = Math.max(0, ...this.rows.map((r) => r.length));
    const values = this.rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(EMPTY)]);
    const sheet: SheetInput = {
      name: this.name,
      values,
      merges: this.mergesKnown ? [...this.merged] : undefined,
    };
    if (!this.withFormats) return sheet;
    const formats = this.formatRows.map((r) => [
      ...r,
      ...Array<string | null>(width - r.length).fill(null),
    ]);
    return { ...sheet, formats };
  }

  /** Title lines and the units row, each merged across `width` columns. */
  private heading(plan: TablePlan, width: number): void {
    for (const t of plan.title ?? []) this.line([t], [0, width - 1]);
    if (plan.unitsRow) this.line([plan.unitsRow], [0, width - 1]);
  }

  /** Writes header rows at (`top`, `left`), turning "<" and "^" marks into merged areas. */
  private headerAt(header: TablePlan["header"], top: number, left: number): void {
    header.forEach((cells, r) =>
      cells.forEach((v, c) => this.put(top + r, left + c, v === LEFT || v === UP ? null : v))
    );
    header.forEach((cells, r) =>
      cells.forEach((v, c) => {
        if (v === LEFT || v === UP) return;
        let right = c;
        while (cells[right + 1] === LEFT) right += 1;
        let bottom = r;
        while (header[bottom + 1]?.[c] === UP) bottom += 1;
        if (right > c || bottom > r)
          this.merged.push({
            top: top + r,
            left: left + c,
            bottom: top + bottom,
            right: left + right,
          });
      })
    );
  }

  private scoreAt(row: number, col: number, value: number, plan: TablePlan, u: UnitPlan): void {
    const scale = plan.scale ?? plan.precision;
    this.put(
      row,
      col,
      scoreCell(value, scale, u.form ?? plan.form ?? "number"),
      plan.format ?? null
    );
  }

  private fillCell(row: number, col: number, fill: Fill, u: PlacedUnit, plan: TablePlan): void {
    if (typeof fill === "number") this.scoreAt(row, col, u.parts[fill], plan, u.plan);
    else if (fill === "seq") this.put(row, col, u.seq);
    else if (fill === "name") this.put(row, col, u.plan.name);
    else if (fill === "total") this.scoreAt(row, col, u.totalAtScale, plan, u.plan);
    else if (fill === "rank") this.put(row, col, u.plan.rank ?? u.rank);
    else if (fill === "sectionRank") this.put(row, col, u.plan.rank ?? u.sectionRank);
    else if (fill === "grade") this.put(row, col, u.plan.grade ?? null);
  }

  private rowsTable(plan: TablePlan, units: PlacedUnit[]): BuiltTable {
    const fills = plan.fills;
    const w = fills.length;
    const blocks = plan.blocks ?? 1;
    const stride = w + (plan.blockGap ? 1 : 0);
    const width = blocks * stride - (plan.blockGap ? 1 : 0);
    if (plan.header.some((h) => h.length !== w)) throw new RangeError("header and fills differ");
    this.heading(plan, width);
    // Blocks share the header rows: each block's header is written at the same rows, further right.
    const headerTop = this.rows.length;
    plan.header.forEach(() => this.line([]));
    for (let b = 0; b < blocks; b++) this.headerAt(plan.header, headerTop, b * stride);
    const shuffles: Shuffle[] = [];
    const rankFill = fills.findIndex((f) => f === "rank" || f === "sectionRank");
    const wrongRanks: string[] = [];
    const nameCol = fills.indexOf("name");
    if (blocks > 1) {
      if (plan.sections) throw new RangeError("sections in side-by-side blocks");
      const per = Math.ceil(units.length / blocks);
      const first = this.rows.length;
      for (let i = 0; i < per; i++) this.line([]);
      for (let b = 0; b < blocks; b++) {
        const chunk = units.slice(b * per, (b + 1) * per);
        chunk.forEach((u, i) => {
          fills.forEach((f, c) => this.fillCell(first + i, b * stride + c, f, u, plan));
          if (u.plan.rank !== undefined && rankFill >= 0)
            wrongRanks.push(a1(first + i, b * stride + rankFill));
        });
        shuffles.push({
          sheet: this.name,
          axis: "rows",
          lines: chunk.map((_, i) => first + i),
          span: [b * stride, b * stride + w - 1],
        });
      }
    } else {
      const groups = plan.sections
        ? plan.sections.map((s) => ({ label: s.label as string | null, size: s.units.length }))
        : [{ label: null, size: units.length }];
      let next = 0;
      for (const g of groups) {
        if (g.label !== null) {
          if (plan.sectionLabelAt === "name") {
            const row = this.line([]);
            this.put(row, nameCol, g.label);
          } else this.line([g.label], [0, w - 1]);
        }
        const lines: number[] = [];
        for (const u of units.slice(next, next + g.size)) {
          const row = this.line([]);
          fills.forEach((f, c) => this.fillCell(row, c, f, u, plan));
          if (u.plan.rank !== undefined && rankFill >= 0) wrongRanks.push(a1(row, rankFill));
          lines.push(row);
        }
        next += g.size;
        shuffles.push({ sheet: this.name, axis: "rows", lines, span: [0, w - 1] });
      }
    }
    for (const a of plan.after ?? []) {
      if ("note" in a) {
        this.line([a.note], [0, width - 1]);
        continue;
      }
      const row = this.line([]);
      this.put(row, nameCol, a.summary);
      fills.forEach((f, c) => {
        const values =
          typeof f === "number"
            ? units.map((u) => u.parts[f])
            : f === "total"
              ? units.map((u) => u.totalAtScale)
              : null;
        if (values)
          this.put(row, c, aggregate(values, a.of) / 10 ** (plan.scale ?? plan.precision));
      });
    }
    return finish(this.name, plan, units, shuffles, wrongRanks, headerKeys(plan));
  }

  private columnsTable(plan: TablePlan): BuiltTable {
    const units = place(plan);
    if (plan.header.length !== 1 || plan.sections || (plan.blocks ?? 1) > 1)
      throw new RangeError("a transposed table has one header row, no sections, one block");
    const labels = plan.header[0];
    const width = units.length + 1;
    this.heading(plan, width);
    const nameRow = plan.fills.indexOf("name");
    const first = this.rows.length;
    plan.fills.forEach((f, i) => {
      const row = this.line([labels[i]]);
      units.forEach((u, j) => this.fillCell(row, j + 1, f, u, plan));
    });
    const wrongRanks: string[] = [];
    const rankRow = plan.fills.findIndex((f) => f === "rank");
    units.forEach((u, j) => {
      if (u.plan.rank !== undefined && rankRow >= 0) wrongRanks.push(a1(first + rankRow, j + 1));
    });
    for (const a of plan.after ?? [])
      if ("note" in a) this.line([a.note], [0, width - 1]);
      else throw new RangeError("summary rows in a transposed table");
    const shuffles: Shuffle[] = [
      {
        sheet: this.name,
        axis: "columns",
        lines: units.map((_, j) => j + 1),
        span: [first, first + plan.fills.length - 1],
      },
    ];
    const keys = labels.map((l, i) => (i === nameRow ? null : typeof l === "string" ? l : null));
    return finish(this.name, plan, units, shuffles, wrongRanks, keys);
  }
}

function aggregate(values: readonly number[], of: "mean" | "max" | "min" | "sum"): number {
  if (of === "max") return Math.max(...values);
  if (of === "min") return Math.min(...values);
  const sum = values.reduce((a, v) => a + v, 0);
  return of === "sum" ? sum : roundDiv(sum, values.length);
}

/** Each column's own header text: its lowest written cell, climbing over "^" marks. */
function headerKeys(plan: TablePlan): (string | null)[] {
  return plan.fills.map((_, c) => {
    for (let r = plan.header.length - 1; r >= 0; r--) {
      const v = plan.header[r][c];
      if (v === UP) continue;
      if (v === LEFT) return null;
      return typeof v === "string" && v.trim() !== "" ? v : null;
    }
    return null;
  });
}

/** Totals, ranks and section ranks of a plan's units, by integer arithmetic on the plan. */
function place(plan: TablePlan): PlacedUnit[] {
  const scale = plan.scale ?? plan.precision;
  const toPrecision = 10 ** (scale - plan.precision);
  const groups = plan.sections
    ? plan.sections.map((s) => ({ label: s.label.trim(), units: s.units }))
    : [{ label: null, units: plan.units ?? [] }];
  let seq = 0;
  const placed: PlacedUnit[] = groups.flatMap((g) =>
    g.units.map((u): PlacedUnit => {
      const parts = u.parts ?? [];
      let totalAtScale: number;
      if (plan.total === "given") {
        if (u.total === undefined) throw new RangeError(`${u.name}: no total given`);
        totalAtScale = u.total;
      } else if (plan.total === "sum") totalAtScale = parts.reduce((a, p) => a + p, 0);
      else {
        const weights = plan.total;
        totalAtScale = roundDiv(
          parts.reduce((a, p, i) => a + p * weights[i], 0),
          100
        );
      }
      seq += 1;
      return {
        plan: u,
        id: u.id ?? bareName(u.name),
        section: g.label,
        seq,
        parts,
        totalAtScale,
        total: roundDiv(totalAtScale, toPrecision),
        rank: 0,
        sectionRank: 0,
      };
    })
  );
  const ranks = competitionRanks(placed.map((u) => u.total));
  placed.forEach((u, i) => (u.rank = ranks[i]));
  for (const g of groups) {
    const members = placed.filter((u) => u.section === g.label);
    const r = competitionRanks(members.map((u) => u.total));
    members.forEach((u, i) => (u.sectionRank = r[i]));
  }
  const seen = new Map<string, { kind: string; name: string }[]>();
  for (const u of placed) {
    const { stem, kind } = roughKey(u.plan.name);
    const others = seen.get(stem) ?? [];
    const other = others.find((o) => o.kind === kind || o.kind === "" || kind === "");
    if (other) throw new RangeError(`${u.plan.name} and ${other.name} read as one place`);
    seen.set(stem, [...others, { kind, name: u.plan.name }]);
  }
  checkPrecisionShows(plan, placed);
  return placed;
}

/** A plan whose scores never show their last decimal would not be a sheet of that precision. */
function checkPrecisionShows(plan: TablePlan, units: readonly PlacedUnit[]): void {
  if (plan.format) return;
  const written: number[] = [];
  for (const u of units) {
    for (const f of plan.fills) {
      if (typeof f === "number") written.push(u.parts[f]);
      if (f === "total") written.push(u.totalAtScale);
    }
  }
  if (!written.some((v) => v % 10 !== 0))
    throw new RangeError(`no score shows ${plan.precision} decimals: ${written.join(" ")}`);
}

function finish(
  sheet: string,
  plan: TablePlan,
  units: readonly PlacedUnit[],
  shuffles: Shuffle[],
  wrongRanks: string[],
  keys: readonly (string | null)[]
): BuiltTable {
  const fills = plan.fills;
  const partCount = fills.filter((f) => typeof f === "number").length;
  const hasTotal = fills.includes("total");
  const single = partCount === 0;
  const roles: Record<string, string> = {};
  fills.forEach((f, c) => {
    const key = keys[c];
    if (key === null) return;
    const role =
      f === "name"
        ? "name"
        : typeof f === "number"
          ? "part"
          : f === "total"
            ? single
              ? null
              : "total"
            : f === "rank" || f === "sectionRank"
              ? "rank"
              : f === "grade"
                ? "grade"
                : null;
    if (role) roles[key] = role;
  });
  const present: string[] = [];
  const absent: string[] = [];
  // A skipped summary row is reported; a note may be reported too, under whatever code, so a
  // table with a note makes no claim about the absence of summaryRowSkipped.
  const after = plan.after ?? [];
  if (after.some((a) => "summary" in a)) present.push("summaryRowSkipped");
  else if (after.length === 0) absent.push("summaryRowSkipped");
  if (!single) (hasTotal ? absent : present).push("totalFromParts");
  const hasRank = fills.some((f) => f === "rank" || f === "sectionRank");
  const graded = fills.includes("grade");
  const expectedUnits = units.map((u): ExpectedUnit => ({
    name: u.plan.name.trim(),
    total: u.total / 10 ** plan.precision,
    rank: u.rank,
    ...(u.section !== null ? { section: u.section, sectionRank: u.sectionRank } : {}),
    ...(graded && u.plan.grade !== undefined ? { grade: u.plan.grade } : {}),
  }));
  return {
    expected: {
      sheet,
      units: expectedUnits,
      precision: plan.precision,
      orientation: plan.orientation ?? "rows",
      roles,
      ...(plan.weights ? { weights: plan.weights } : {}),
      ...(plan.period ? { period: plan.period } : {}),
      problems: {
        present,
        absent,
        ...(hasRank ? { cells: { printedRankDiffers: wrongRanks } } : {}),
      },
    },
    shuffles,
    rankById: new Map(units.map((u) => [u.id, u.rank])),
    ids: units.map((u) => u.id),
  };
}

/** The table with each unit's rank in `previous` (null where it was not listed). */
export function withPrevious(current: BuiltTable, previous: BuiltTable): ExpectedTable {
  return {
    ...current.expected,
    units: current.expected.units.map((u, i) => ({
      ...u,
      previousRank: previous.rankById.get(current.ids[i]) ?? null,
    })),
  };
}

/** The sheet with the lines of each shuffle put in a seeded random order. */
export function shuffleSheet(
  input: SheetInput,
  shuffles: readonly Shuffle[],
  seed: number
): SheetInput {
  const random = prng(seed);
  const values = input.values.map((r) => [...r]);
  const formats = input.formats?.map((r) => [...r]);
  for (const s of shuffles) {
    if (s.sheet !== input.name) continue;
    const order = [...s.lines];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const move = <T>(grid: T[][] | undefined, source: readonly (readonly T[])[], blank: T) => {
      if (!grid) return;
      s.lines.forEach((to, k) => {
        const from = order[k];
        for (let x = s.span[0]; x <= s.span[1]; x++) {
          const [tr, tc, fr, fc] = s.axis === "rows" ? [to, x, from, x] : [x, to, x, from];
          while (grid[tr].length <= tc) grid[tr].push(blank);
          grid[tr][tc] = source[fr]?.[fc] ?? blank;
        }
      });
    };
    const valuesBefore = values.map((r) => [...r]);
    move(values, valuesBefore, EMPTY as CellValue);
    if (formats) {
      const formatsBefore = formats.map((r) => [...r]);
      move(formats, formatsBefore, null as string | null);
    }
  }
  return formats ? { ...input, values, formats } : { ...input, values };
}
