/**
 * Worksheet functions where HyperFormula and Excel disagree, replaced with Excel's behaviour:
 * RANK.EQ / RANK (missing from HyperFormula), ROUND (HyperFormula rounds 1.005 to 1.00), and
 * COUNTIF / COUNTIFS (HyperFormula rejects an array of criteria, which the add-in's dense-rank
 * formula `SUMPRODUCT(.../COUNTIF(r,r))` relies on, and treats a blank criterion as an error).
 *
 * The plugin is given to each engine through its `functionPlugins` option, so HyperFormula's
 * global function registry is left alone. HyperFormula is GPL: this file is dev-only.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { FunctionPluginDefinition } from "hyperformula";

/** `runFunction` and `metadata` are protected in the typings; this is the view subclasses use. */
interface PluginInternals {
  runFunction(args: unknown, state: unknown, metadata: unknown, fn: unknown): unknown;
  metadata(name: string): unknown;
}
/** What HyperFormula passes a function: the call's syntax tree (only `args` is used). */
interface CallAst {
  readonly args: unknown;
}
type State = unknown;

/** A scalar as the interpreter hands it over: numbers may be wrapped (dates, percents). */
type Scalar = unknown;

function rawNumber(value: Scalar): number | null {
  if (typeof value === "number") return value;
  if (value && typeof value === "object" && "val" in value) {
    const v = (value as { val: unknown }).val;
    return typeof v === "number" ? v : null;
  }
  return null;
}

/**
 * Excel's ROUND: half away from zero, applied after rounding the scaled value to 15 significant
 * digits, so decimal inputs that binary floating point stores a hair low still round up.
 * @example excelRound(1.005, 2) // => 1.01; excelRound(-0.125, 2) // => -0.13
 */
export function excelRound(x: number, digits: number): number {
  const d = Math.trunc(digits);
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  const ax = Math.abs(x);
  let r: number;
  if (d >= 0) {
    if (d > 300) return x;
    const f = 10 ** d;
    const scaled = Number((ax * f).toPrecision(15));
    if (!Number.isFinite(scaled)) return x;
    r = Math.round(scaled) / f;
  } else {
    const f = 10 ** Math.min(-d, 308);
    r = Math.round(Number((ax / f).toPrecision(15))) * f;
  }
  if (r === 0) return 0;
  return x < 0 ? -r : r;
}

const ERROR_LITERALS: Record<string, ErrorType> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
  "#NAME?": ErrorType.NAME,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#VALUE!": ErrorType.VALUE,
};

const NUMBER_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*%?\s*$/;

/** Text Excel reads as a number in a criterion ("50%", "1e3", " 7 "), or null. */
export function numberFromText(text: string): number | null {
  if (!NUMBER_TEXT.test(text)) return null;
  const trimmed = text.trim();
  if (trimmed.endsWith("%")) return Number(trimmed.slice(0, -1).trim()) / 100;
  return Number(trimmed);
}

function wildcardPattern(text: string): RegExp {
  let source = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "~" && i + 1 < text.length && "*?~".includes(text[i + 1])) {
      source += `\\${text[++i]}`;
    } else if (ch === "*") source += ".*";
    else if (ch === "?") source += ".";
    else source += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "isu");
}

type Predicate = (cell: Scalar) => boolean;

function compare(op: string, diff: number): boolean {
  switch (op) {
    case "<":
      return diff < 0;
    case "<=":
      return diff <= 0;
    case ">":
      return diff > 0;
    case ">=":
      return diff >= 0;
    case "<>":
      return diff !== 0;
    default:
      return diff === 0;
  }
}

/**
 * A COUNTIF criterion as Excel reads it. A number matches equal numbers (and numeric text);
 * `">"&x` compares numbers only; text matches case-insensitively with `*`, `?` and `~`; `""`
 * matches blank cells and empty text, `"="` only blank cells, `"<>"` anything not blank; `"<>x"`
 * also counts blanks. A blank cell used as the criterion counts as 0.
 */
export function criterionPredicate(criterion: Scalar): Predicate {
  if (criterion === EmptyValue) return criterionPredicate(0);
  if (criterion instanceof CellError)
    return (cell) => cell instanceof CellError && cell.type === criterion.type;
  const asNumber = rawNumber(criterion);
  if (asNumber !== null) {
    return (cell) => {
      const n = rawNumber(cell);
      if (n !== null) return n === asNumber;
      return typeof cell === "string" && numberFromText(cell) === asNumber;
    };
  }
  if (typeof criterion === "boolean") return (cell) => cell === criterion;
  const text = String(criterion);
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(text) as RegExpExecArray;
  const op = m[1] ?? "";
  const operand = m[2];
  const negate = op === "<>";
  const isBlank = (cell: Scalar) => cell === EmptyValue;
  if (operand === "") {
    if (op === "") return (cell) => isBlank(cell) || cell === "";
    if (op === "=") return isBlank;
    if (op === "<>") return (cell) => !isBlank(cell);
  }
  const num = numberFromText(operand);
  if (num !== null) {
    if (op === "" || op === "=" || negate) {
      const eq = criterionPredicate(num);
      return negate ? (cell) => !eq(cell) : eq;
    }
    return (cell) => {
      const n = rawNumber(cell);
      return n !== null && compare(op, n - num);
    };
  }
  const upper = operand.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") {
    const b = upper === "TRUE";
    if (op === "" || op === "=") return (cell) => cell === b;
    if (negate) return (cell) => cell !== b;
    return (cell) => typeof cell === "boolean" && compare(op, Number(cell) - Number(b));
  }
  if (upper in ERROR_LITERALS) {
    const type = ERROR_LITERALS[upper];
    const eq = (cell: Scalar) => cell instanceof CellError && cell.type === type;
    return negate ? (cell) => !eq(cell) : eq;
  }
  if (op === "" || op === "=" || negate) {
    const pattern = wildcardPattern(operand);
    const eq = (cell: Scalar) => typeof cell === "string" && pattern.test(cell);
    return negate ? (cell) => !eq(cell) : eq;
  }
  const lower = operand.toLocaleLowerCase();
  return (cell) =>
    typeof cell === "string" && compare(op, cell.toLocaleLowerCase().localeCompare(lower));
}

function cells(range: unknown): Scalar[][] {
  if (range instanceof SimpleRangeValue) return range.data;
  return [[range]];
}

/**
 * FIXED (missing from HyperFormula): the number rounded as ROUND does, as text with `decimals`
 * places (negative rounds left of the point), thousands separated by commas unless `noCommas`.
 * @example excelFixed(1234.567, 1, false) // => "1,234.6"; excelFixed(-0.125, 2, true) // => "-0.13"
 */
export function excelFixed(x: number, decimals: number, noCommas: boolean): string {
  const places = Math.trunc(decimals);
  const rounded = excelRound(x, places);
  const text = Math.abs(rounded).toFixed(Math.max(0, places));
  const [whole, fraction] = text.split(".");
  const grouped = noCommas ? whole : whole.replace(/\B(?=(\d{3})+$)/g, ",");
  const sign = rounded < 0 ? "-" : "";
  return `${sign}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** RANK.EQ: 1 + the count of numbers better than `x`; ties share the better rank. */
export function rankEq(
  x: number,
  values: readonly Scalar[],
  ascending: boolean
): number | CellError {
  let better = 0;
  let found = false;
  for (const v of values) {
    if (v instanceof CellError) return v;
    const n = rawNumber(v);
    if (n === null || typeof v === "boolean") continue;
    if (n === x) found = true;
    else if (ascending ? n < x : n > x) better += 1;
  }
  return found ? better + 1 : new CellError(ErrorType.NA, "RANK.EQ: value not found in ref");
}

class ExcelFunctionsPlugin extends FunctionPlugin {
  private run(
    ast: CallAst,
    state: State,
    name: string,
    fn: (...args: never[]) => unknown
  ): unknown {
    const self = this as unknown as PluginInternals;
    return self.runFunction(ast.args, state, self.metadata(name), fn);
  }

  rankEq(ast: CallAst, state: State): unknown {
    return this.run(ast, state, "RANK.EQ", ((x: number, ref: SimpleRangeValue, order: number) =>
      rankEq(x, ref.valuesFromTopLeftCorner(), order !== 0)) as never);
  }

  fixed(ast: CallAst, state: State): unknown {
    return this.run(ast, state, "FIXED", ((x: number, decimals: number, noCommas: boolean) =>
      excelFixed(x, decimals, noCommas)) as never);
  }

  round(ast: CallAst, state: State): unknown {
    return this.run(ast, state, "ROUND", ((x: number, digits: number) =>
      excelRound(x, digits)) as never);
  }

  countif(ast: CallAst, state: State): unknown {
    return this.run(ast, state, "COUNTIF", ((range: unknown, criterion: Scalar) => {
      const matches = criterionPredicate(criterion);
      let count = 0;
      for (const row of cells(range)) for (const cell of row) if (matches(cell)) count += 1;
      return count;
    }) as never);
  }

  countifs(ast: CallAst, state: State): unknown {
    return this.run(ast, state, "COUNTIFS", ((...args: unknown[]) => {
      const grids = args.filter((_, i) => i % 2 === 0).map(cells);
      const preds = args.filter((_, i) => i % 2 === 1).map(criterionPredicate);
      const height = grids[0].length;
      const width = grids[0][0]?.length ?? 0;
      if (grids.some((g) => g.length !== height || (g[0]?.length ?? 0) !== width))
        return new CellError(ErrorType.VALUE, "COUNTIFS ranges must have the same size");
      let count = 0;
      for (let r = 0; r < height; r++)
        for (let c = 0; c < width; c++) if (preds.every((p, i) => p(grids[i][r][c]))) count += 1;
      return count;
    }) as never);
  }
}

const rankMetadata = {
  method: "rankEq",
  parameters: [
    { argumentType: FunctionArgumentType.NUMBER },
    { argumentType: FunctionArgumentType.RANGE },
    { argumentType: FunctionArgumentType.NUMBER, optionalArg: true, defaultValue: 0 },
  ],
};

(ExcelFunctionsPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = {
  "RANK.EQ": rankMetadata,
  RANK: rankMetadata,
  FIXED: {
    method: "fixed",
    parameters: [
      { argumentType: FunctionArgumentType.NUMBER },
      { argumentType: FunctionArgumentType.NUMBER, optionalArg: true, defaultValue: 2 },
      { argumentType: FunctionArgumentType.BOOLEAN, optionalArg: true, defaultValue: false },
    ],
  },
  ROUND: {
    method: "round",
    parameters: [
      { argumentType: FunctionArgumentType.NUMBER },
      { argumentType: FunctionArgumentType.NUMBER },
    ],
  },
  COUNTIF: {
    method: "countif",
    parameters: [
      { argumentType: FunctionArgumentType.RANGE },
      { argumentType: FunctionArgumentType.SCALAR },
    ],
  },
  COUNTIFS: {
    method: "countifs",
    parameters: [
      { argumentType: FunctionArgumentType.RANGE },
      { argumentType: FunctionArgumentType.SCALAR },
    ],
    repeatLastArgs: 2,
  },
};

let translated = false;

/**
 * The plugin list for an engine: every globally registered plugin, then ours, which replaces
 * their ROUND, COUNTIF and COUNTIFS. Registers English names for RANK.EQ and RANK once.
 */
export function engineFunctionPlugins(): FunctionPluginDefinition[] {
  if (!translated) {
    HyperFormula.getLanguage("enGB").extendFunctions({
      "RANK.EQ": "RANK.EQ",
      RANK: "RANK",
      FIXED: "FIXED",
    });
    translated = true;
  }
  return [
    ...HyperFormula.getAllFunctionPlugins(),
    ExcelFunctionsPlugin as unknown as FunctionPluginDefinition,
  ];
}
