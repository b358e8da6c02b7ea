/**
 * The calculation engine: every sheet's cells are mirrored into one HyperFormula instance, so
 * `range.values` returns what Excel would compute. Formula text is kept as Excel wrote it (in
 * the workbook state); HyperFormula gets a translated copy (see formula-text.ts).
 * HyperFormula is GPL-3 (licenseKey "gpl-v3"): this module must never reach the shipped add-in.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { Area, MAX_COLUMNS, MAX_ROWS } from "./a1";
import { engineName, toEngineFormula } from "./formula-text";
import { engineFunctionPlugins } from "./functions";

/** A cell's content as entered: what `formulas` reports. */
export type CellContent =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** An error typed as a constant, e.g. "#N/A". */
  | { readonly kind: "error"; readonly value: string }
  /** Formula text with its leading "=", in Excel's English syntax. */
  | { readonly kind: "formula"; readonly text: string };

/** An error value as `range.values` shows it ("#N/A", "#REF!" ...). */
export interface ErrorValue {
  readonly error: string;
}

/** A computed cell: `null` is an empty cell. */
export type Computed = number | string | boolean | ErrorValue | null;

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && "error" in v;
}

/** HyperFormula's own error kinds mapped to what Excel shows. */
function excelError(e: DetailedCellError): Computed {
  switch (e.value) {
    // Excel shows 0 for a circular reference (with a warning) when iterative calculation is off.
    case "#CYCLE!":
      return 0;
    // Unparseable formulas are refused before they reach the engine; treat leftovers as names.
    case "#ERROR!":
      return { error: "#NAME?" };
    default:
      return { error: e.value };
  }
}

export class FormulaEngine {
  private readonly hf: HyperFormula;
  private suspended = false;

  constructor() {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      // Excel 365: arrays inside SUMPRODUCT and friends, and dynamic arrays that spill.
      useArrayArithmetic: true,
      // Excel reports full doubles (0.1+0.2 is 0.30000000000000004 in `values`).
      smartRounding: false,
      // `=A1` of an empty cell is 0 in Excel.
      evaluateNullToZero: true,
      maxRows: MAX_ROWS,
      maxColumns: MAX_COLUMNS,
      functionPlugins: engineFunctionPlugins(),
    });
    // HyperFormula knows TRUE() and FALSE() only as functions; Excel has the bare literals.
    this.hf.addNamedExpression("TRUE", "=TRUE()");
    this.hf.addNamedExpression("FALSE", "=FALSE()");
  }

  addSheet(name: string): number {
    this.write();
    const added = this.hf.addSheet(name);
    return this.hf.getSheetId(added) as number;
  }

  removeSheet(id: number): void {
    this.write();
    this.hf.removeSheet(id);
  }

  renameSheet(id: number, name: string): void {
    this.write();
    this.hf.renameSheet(id, name);
  }

  /** Whether HyperFormula can parse the formula (Excel syntax, leading "="). */
  canParse(formula: string): boolean {
    return this.hf.validateFormula(toEngineFormula(formula));
  }

  set(sheet: number, row: number, col: number, content: CellContent | null): void {
    this.write();
    this.hf.setCellContents({ sheet, row, col }, [[this.raw(content)]]);
  }

  /** Writes a block at once (null clears); much faster than cell by cell. */
  setBlock(sheet: number, top: number, left: number, block: (CellContent | null)[][]): void {
    if (block.length === 0) return;
    this.write();
    this.hf.setCellContents(
      { sheet, row: top, col: left },
      block.map((row) => row.map((c) => this.raw(c)))
    );
  }

  value(sheet: number, row: number, col: number): Computed {
    this.read();
    return this.toComputed(this.hf.getCellValue({ sheet, row, col }));
  }

  values(sheet: number, area: Area): Computed[][] {
    this.read();
    const raw = this.hf.getRangeValues({
      start: { sheet, row: area.top, col: area.left },
      end: { sheet, row: area.bottom, col: area.right },
    });
    return raw.map((row) => row.map((v) => this.toComputed(v)));
  }

  /** Rows and columns HyperFormula holds values for (spilled arrays included). */
  extent(sheet: number): { height: number; width: number } {
    this.read();
    return this.hf.getSheetDimensions(sheet);
  }

  addName(name: string, formula: string): void {
    this.write();
    this.hf.addNamedExpression(engineName(name), toEngineFormula(formula));
  }

  removeName(name: string): void {
    this.write();
    this.hf.removeNamedExpression(engineName(name));
  }

  private raw(content: CellContent | null): string | number | boolean | null {
    if (content === null) return null;
    switch (content.kind) {
      case "number":
      case "boolean":
        return content.value;
      // A leading apostrophe makes HyperFormula keep the text as typed (no number parsing).
      case "text":
        return `'${content.value}`;
      case "error":
        return `=${content.value}`;
      case "formula":
        return toEngineFormula(content.text);
    }
  }

  private toComputed(v: unknown): Computed {
    if (v instanceof DetailedCellError) return excelError(v);
    if (v === null || v === undefined) return null;
    if (typeof v === "number") return Object.is(v, -0) ? 0 : v;
    if (typeof v === "string" || typeof v === "boolean") return v;
    return String(v);
  }

  private write(): void {
    if (!this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
  }

  private read(): void {
    if (this.suspended) {
      this.hf.resumeEvaluation();
      this.suspended = false;
    }
  }
}
