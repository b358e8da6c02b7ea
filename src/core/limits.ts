/**
 * How large a workbook the tool takes, in one place for every reader: the file reader (src/xlsx,
 * used by the command line and the web page) and the add-in's read (src/excel) import these
 * numbers, so a file refused in one is refused in the other, with the same numbers in the message.
 *
 * Why caps at all: a 310 KB file can hold 300 MB of blank XML, and a zip can claim any size. Each
 * cap is checked before the work it guards (declared sizes before inflating, a sheet's extent
 * before its cells are kept), so a hostile file costs milliseconds, not memory.
 *
 * The numbers were measured, not guessed: a 1,000,000-row score sheet of 10 columns as Excel saves
 * it is a 378 MB worksheet part, a 31 MB shared-string part with 1,000,062 strings, and 9.1 million
 * cells; it passes every cap below. The command line read it in 13 s at 1.5 GB peak on a busy
 * 2-core machine. Ranking is dearer than reading (about 10 KB and 0.3 ms a unit), so a sheet with
 * more than {@link ReadLimits.analysedRows} rows of values is read and kept but not searched for
 * score tables, and the user is told so.
 */

export interface ReadLimits {
  /** Bytes of the file itself (it is read into memory whole). */
  readonly fileBytes: number;
  /** Sum of the declared uncompressed sizes of every part of a zip package. */
  readonly packageBytes: number;
  /**
   * Uncompressed bytes of any one part. Each XML part is read as one string, and V8's longest
   * string is 2^29 − 24 characters, so this stays below that.
   */
  readonly partBytes: number;
  /** Entries in a zip package (parts, pictures, everything). */
  readonly parts: number;
  /** Sheets in a workbook. */
  readonly sheets: number;
  /** Excel's own grid: a cell below row 1,048,576 cannot come from Excel. */
  readonly rows: number;
  /** Excel's own grid: a cell right of column XFD (16,384) cannot come from Excel. */
  readonly columns: number;
  /**
   * A sheet's used range counted from A1 (last row × last column with a value): the engine walks
   * rows × columns, and the add-in's read transfers exactly that many values.
   */
  readonly sheetCells: number;
  /**
   * Cells kept in memory for all sheets together: each cell up to a row's last value (blanks
   * inside included) and each row. One sheet at the used-range cap, rows and all, just fits.
   */
  readonly cells: number;
  /** Entries of the shared-string table. */
  readonly sharedStrings: number;
  /** Merged areas in all sheets together (each is kept, and the table reader looks them up). */
  readonly merges: number;
  /** Rows holding values in one sheet that is searched for score tables. */
  readonly analysedRows: number;
}

/** Which cap a file went past. */
export type LimitKind = keyof ReadLimits;

const MiB = 1024 * 1024;

/**
 * The caps every reader applies. Frozen: a caller who needs others (a test) passes its own.
 * @example READ_LIMITS.rows // => 1048576
 */
export const READ_LIMITS: ReadLimits = Object.freeze({
  fileBytes: 1024 * MiB,
  packageBytes: 2048 * MiB,
  partBytes: 500 * MiB,
  parts: 20_000,
  sheets: 1_000,
  rows: 1_048_576,
  columns: 16_384,
  sheetCells: 16_777_216,
  cells: 16_777_216 + 1_048_576,
  sharedStrings: 16_777_216,
  merges: 100_000,
  analysedRows: 100_000,
});

/**
 * The most memory the command line may take on a file within the caps, which `npm run bench`
 * checks: about 150 MB to start, the largest part twice while it is read (its bytes and its
 * text, 2 × 500 MB), the cells (about 45 bytes each with their formats: 750 MB for 16.7 million),
 * and the shared strings; or, for a sheet that is ranked, about 10 KB a unit (1 GB for 100,000).
 */
export const MEMORY_BUDGET_BYTES = 2560 * MiB;

/** A used range past a cap: which one, the range's own figure and the cap. */
export interface Excess {
  readonly kind: "rows" | "columns" | "sheetCells";
  readonly actual: number;
  readonly limit: number;
}

/**
 * Whether a sheet whose values reach `rows` rows and `columns` columns from A1 goes past a cap,
 * and which. Both readers call it: the file reader with a sheet's dimension and as cells stream
 * in, the add-in with its used range's rowIndex + rowCount and columnIndex + columnCount.
 * @example
 * usedRangeExcess(1_000_002, 10) // => null
 * usedRangeExcess(1_048_576, 100) // => { kind: "sheetCells", actual: 104857600, limit: 16777216 }
 */
export function usedRangeExcess(
  rows: number,
  columns: number,
  limits: ReadLimits = READ_LIMITS
): Excess | null {
  if (rows > limits.rows) return { kind: "rows", actual: rows, limit: limits.rows };
  if (columns > limits.columns) return { kind: "columns", actual: columns, limit: limits.columns };
  const cells = rows * columns;
  if (cells > limits.sheetCells)
    return { kind: "sheetCells", actual: cells, limit: limits.sheetCells };
  return null;
}

/**
 * The caps with some replaced, checked: every cap a whole number ≥ 1.
 * @example withLimits({ cells: 1000 }).cells // => 1000
 */
export function withLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  const limits = { ...READ_LIMITS, ...overrides };
  for (const [key, value] of Object.entries(limits))
    if (!Number.isInteger(value) || value < 1)
      throw new RangeError(`withLimits requires whole numbers ≥ 1, got ${key} = ${value}`);
  return limits;
}
