import { CellArea } from "./cells";

/** Named looks; each writer (ExcelJS, office-js) maps them to fonts, fills and borders. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "header"
  | "body"
  | "repaired"
  | "own"
  | "benchmark"
  | "warn"
  | "note"
  | "key"
  | "paragraph"
  | "section"
  | "input";

/** Number formats the plans use; scores are shown at their table's precision ({@link scoreFormat}). */
export const FORMAT = {
  score: "0.00",
  rank: "0",
  change: "+0;-0;0",
  weight: "0.####",
  share: "0%",
  text: "@",
} as const;
export type NumberFormat = (typeof FORMAT)[keyof typeof FORMAT] | `0.${string}`;

/** A score's format at `decimals` (0 to 4). @example scoreFormat(3) // => "0.000" */
export function scoreFormat(decimals: number): NumberFormat {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : (FORMAT.rank as NumberFormat);
}

export interface PlanCell {
  /**
   * A constant, or for a formula the value the engine computed (written as the cached result).
   * `null` is a blank cell; text is always text, even when it starts with "=".
   */
  readonly value: string | number | null;
  /** Excel English syntax with a leading "=", as office-js `range.formulas` takes it. */
  readonly formula?: string;
  readonly style?: CellStyle;
  readonly format?: NumberFormat;
}

/**
 * The row as it is, each formula's text made one flat string. A formula put together from pieces
 * is held by the JavaScript engine as a tree of those pieces until something reads it, several
 * times the memory of its text; a unit row's formulas live until the file is written, so at 30,000
 * units the trees alone took hundreds of megabytes. Reading a character joins the pieces in place.
 */
export function flatRow(row: PlanCell[]): PlanCell[] {
  for (const cell of row) if (cell.formula !== undefined) cell.formula.charCodeAt(0);
  return row;
}

/**
 * A chart drawn over cells of its own sheet. Writers (office-js in src/excel/write.ts, the file
 * writer) carry out every field; a field a writer cannot draw is left out, never guessed.
 *
 * The source is laid out the same way for both kinds: the categories in one column, each series'
 * values in the columns to its right, one row per category, and the row just above the first
 * category holds the series names (its first cell blank), so Excel takes names from it.
 */
export interface ChartPlan {
  /**
   * "bar": horizontal clustered bars, one bar per category and series (the briefing's totals and
   * gaps). "line": one line with markers per series, the categories along the horizontal axis in
   * order (a rank history: periods as categories, units as series).
   */
  readonly kind: "bar" | "line";
  readonly title: string;
  /** Category labels and values, as ranges on this sheet (A1 style, no sheet name). */
  readonly categories: string;
  /** One entry per series, in order; `name` is also the text of the cell above its values. */
  readonly values: readonly { readonly name: string; readonly range: string }[];
  /**
   * What to draw in the highlight colour (#C55A11), by 0-based index.
   * - "bar": categories, i.e. points of the first series (the user's own units among the totals).
   * - "line": whole series, drawn in the highlight colour with a heavier line (the own unit).
   */
  readonly highlight: readonly number[];
  /**
   * The value axis, where it is not the program's automatic one (bar charts leave it out).
   * `reversed`: the largest value at the bottom and the smallest on top, as a rank axis reads
   * (1 at the top); the category axis then still runs along the bottom, crossing the value axis
   * at its maximum (Excel: "Horizontal axis crosses: at maximum"; DrawingML: the value axis has
   * `orientation maxMin` and the category axis `crosses max`).
   * `min`, `max`, `majorUnit`: fixed bounds and tick step (ranks: 1, the field size, a whole step).
   * `format`: the tick labels' number format ("0" for ranks).
   */
  readonly valueAxis?: {
    readonly reversed: boolean;
    readonly min?: number;
    readonly max?: number;
    readonly majorUnit?: number;
    readonly format?: NumberFormat;
  };
  /** Where the chart sits: top-left cell and size in rows and columns. */
  readonly anchor: {
    readonly row: number;
    readonly col: number;
    readonly rows: number;
    readonly cols: number;
  };
}

/** A rule over an area: "signColors" shows positive numbers green and negative ones red. */
export interface ConditionalPlan {
  readonly area: CellArea;
  readonly kind: "signColors";
}

export interface SheetPlan {
  readonly name: string;
  /**
   * What the sheet holds: a table's ranking, a comparison with a benchmark, the briefing, a
   * level's rank history over every period, or a year's cumulative (year-to-date) ranking.
   */
  readonly kind: "ranking" | "comparison" | "briefing" | "history" | "cumulative";
  /** Rows from A1. Rows may be ragged; missing cells are blank. */
  readonly rows: readonly (readonly PlanCell[])[];
  /**
   * The same rows made one at a time, on a plan built by {@link lazyRowsPlan}: a writer that
   * streams a file takes them from here and drops each row once written, so a large sheet's rows
   * are never all alive at once. `rows` still gives them all, made on first use and kept.
   */
  readonly rowSource?: RowSource;
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly merges: readonly CellArea[];
  /** A4 portrait or landscape, one page wide; rows repeated on each page (1-based, inclusive). */
  readonly print: {
    readonly landscape: boolean;
    readonly repeatRows?: readonly [number, number];
    /** What prints, when not the whole sheet. */
    readonly area?: CellArea;
  };
  /**
   * The header row and data rows as an Excel table (filter and sort buttons), where the writer can
   * make one. Other sheets find units on it by match key, so sorting it breaks nothing.
   */
  readonly table?: CellArea;
  /** Conditional formats: rises in green and falls in red, where the program supports them. */
  readonly conditionalFormats?: readonly ConditionalPlan[];
  /** Row heights in points where set (wrapped paragraphs); undefined rows keep the default. */
  readonly rowHeights?: readonly (number | undefined)[];
  readonly charts: readonly ChartPlan[];
}

/** Every formula cell of a plan with its address, for writers and formula checks. */
export function planFormulaCells(plan: SheetPlan): { row: number; col: number; cell: PlanCell }[] {
  const out: { row: number; col: number; cell: PlanCell }[] = [];
  plan.rows.forEach((line, row) =>
    line.forEach((cell, col) => {
      if (cell.formula) out.push({ row, col, cell });
    })
  );
  return out;
}

/** Rows made when they are asked for (see {@link SheetPlan.rowSource}). */
export interface RowSource<Cell = PlanCell> {
  /** How many rows it makes. */
  readonly count: number;
  /** The length of its longest row. */
  readonly width: number;
  /** Makes the rows, from A1, afresh on every call. */
  readonly rows: () => Iterable<readonly Cell[]>;
}

/**
 * A plan whose rows are made from `source` when they are needed. A sheet of 3,000 units holds
 * some 70,000 cells and 55,000 formula texts; held from planning until the file is written, the
 * JavaScript engine copies them between its memory areas several times on the way, which cost the
 * command line a quarter of its time. A writer that streams takes `rowSource` instead.
 */
export function lazyRowsPlan(
  plan: Omit<SheetPlan, "rows" | "rowSource">,
  source: RowSource
): SheetPlan {
  let made: readonly (readonly PlanCell[])[] | null = null;
  return Object.defineProperty({ ...plan, rowSource: source }, "rows", {
    enumerable: true,
    get: () => (made ??= [...source.rows()]),
  }) as SheetPlan;
}

/**
 * The row source of a sheet laid out as most are: fixed rows on top (title, header), one row per
 * unit made by `line` when asked, fixed rows below (notes, chart data); `width` is its widest row.
 */
export function unitRowSource<U>(
  top: readonly (readonly PlanCell[])[],
  units: readonly U[],
  line: (unit: U, index: number) => readonly PlanCell[],
  bottom: readonly (readonly PlanCell[])[],
  width: number
): RowSource {
  return {
    count: top.length + units.length + bottom.length,
    width,
    *rows() {
      yield* top;
      for (let i = 0; i < units.length; i++) yield line(units[i], i);
      yield* bottom;
    },
  };
}

/** A plan's rows one at a time: from its row source when it has one, else its rows. */
export function planRows(plan: {
  readonly rows: readonly (readonly PlanCell[])[];
  readonly rowSource?: RowSource;
}): Iterable<readonly PlanCell[]> {
  return plan.rowSource ? plan.rowSource.rows() : plan.rows;
}
