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
  | "section";

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

export interface ChartPlan {
  readonly kind: "bar";
  readonly title: string;
  /** Category labels and values, as ranges on this sheet (A1 style, no sheet name). */
  readonly categories: string;
  readonly values: readonly { readonly name: string; readonly range: string }[];
  /** 0-based indexes of categories to colour as highlighted (the user's own units). */
  readonly highlight: readonly number[];
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
  readonly kind: "ranking" | "comparison" | "briefing";
  /** Rows from A1. Rows may be ragged; missing cells are blank. */
  readonly rows: readonly (readonly PlanCell[])[];
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
