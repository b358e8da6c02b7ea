/**
 * The cells a workbook's readers keep, counted against the caps as they arrive: both the .xlsx
 * sheet scanner and the .xls record reader put every cell through here, so no sheet can hold more
 * than its share however its file describes itself (a cell at row 4,000,000,000 is refused before
 * four billion rows are made, not after).
 */
import { cellAddress } from "../core/address";
import { READ_LIMITS, ReadLimits, usedRangeExcess } from "../core/limits";
import { tooLarge } from "./errors";

/**
 * What one workbook's sheets have used so far: cells kept (each row, and each cell inside a row's
 * span, blanks included, as that is what the grid holds) and merged areas.
 * @example
 * const budget = new CellBudget();
 * const grid = budget.grid("三季度县区", EMPTY);
 * grid.put(2, 1, "汉中"); // row 3, column B
 * budget.cells // => 5 (three rows and two cells of the third)
 */
export class CellBudget {
  cells = 0;
  merges = 0;

  constructor(readonly limits: ReadLimits = READ_LIMITS) {}

  /** A new grid for one sheet, drawing on this budget. */
  grid<T>(sheet: string, blank: T): GridBuilder<T> {
    return new GridBuilder<T>(this, sheet, blank);
  }

  /** Counts `n` more cells kept; past the cap, refuses, naming the sheet it happened on. */
  take(n: number, sheet: string): void {
    this.cells += n;
    // Called for every cell read: the message's context is made only when it is needed.
    if (this.cells > this.limits.cells)
      throw tooLarge("cells", this.cells, this.limits.cells, { sheet });
  }

  /** Counts one more merged area. */
  takeMerge(sheet: string): void {
    this.merges += 1;
    if (this.merges > this.limits.merges)
      throw tooLarge("merges", this.merges, this.limits.merges, { sheet });
  }
}

/**
 * One sheet's cells as a row-major grid from A1, growing as cells arrive, with its used range
 * checked at every cell that widens it.
 */
export class GridBuilder<T> {
  readonly rows: T[][] = [];
  private usedRows = 0;
  private usedColumns = 0;

  constructor(
    private readonly budget: CellBudget,
    readonly sheet: string,
    private readonly blank: T
  ) {}

  /**
   * Puts a value at a 0-based row and column. A cell that widens the used range past a cap is
   * refused before the grid grows to reach it.
   */
  put(row: number, col: number, value: T): void {
    if (row >= this.usedRows || col >= this.usedColumns) {
      const rows = Math.max(this.usedRows, row + 1);
      const columns = Math.max(this.usedColumns, col + 1);
      const excess = usedRangeExcess(rows, columns, this.budget.limits);
      if (excess)
        throw tooLarge(excess.kind, excess.actual, excess.limit, {
          sheet: this.sheet,
          cell: safeAddress(row, col),
        });
      this.usedRows = rows;
      this.usedColumns = columns;
    }
    const grid = this.rows;
    if (grid.length <= row) {
      this.budget.take(row + 1 - grid.length, this.sheet);
      while (grid.length <= row) grid.push([]);
    }
    const line = grid[row];
    if (line.length <= col) {
      this.budget.take(col + 1 - line.length, this.sheet);
      while (line.length < col) line.push(this.blank);
    }
    line[col] = value;
  }

  /** Checks a sheet's declared extent ("A1:J1000002") against Excel's grid before any cell is read. */
  checkDimension(lastRow: number, lastCol: number): void {
    const limits = this.budget.limits;
    if (lastRow >= limits.rows || lastCol >= limits.columns) {
      const kind = lastRow >= limits.rows ? "rows" : "columns";
      const actual = kind === "rows" ? lastRow + 1 : lastCol + 1;
      throw tooLarge(kind, actual, limits[kind], {
        sheet: this.sheet,
        cell: safeAddress(lastRow, lastCol),
      });
    }
  }
}

/** An A1 address for a message, whatever the file claimed (a hostile row number can be 1e20). */
function safeAddress(row: number, col: number): string {
  if (!Number.isSafeInteger(row) || !Number.isSafeInteger(col) || row < 0 || col < 0) return "";
  return cellAddress(row, col);
}
