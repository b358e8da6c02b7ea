/**
 * One worksheet's state: cell contents (as entered), formats, merges, sizes, panes, protection
 * and the objects that live on it. Computed values live in the formula engine.
 */
import {
  Area,
  MAX_COLUMNS,
  MAX_ROWS,
  cellCount,
  intersects,
  isEntireColumn,
  isEntireRow,
} from "./a1";
import { CellContent } from "./engine";
import { FormatKey, FormatProps, PartialFormat } from "./formats";
import {
  ChartState,
  ConditionalFormatState,
  PageLayoutState,
  defaultPageLayout,
} from "./objects-state";

export interface CellRecord {
  content?: CellContent;
  format?: PartialFormat;
}

export interface ProtectionOptions {
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertRows: boolean;
  allowInsertHyperlinks: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowSort: boolean;
  allowAutoFilter: boolean;
  allowPivotTables: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  selectionMode: string;
}

export function defaultProtectionOptions(): ProtectionOptions {
  return {
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertRows: false,
    allowInsertHyperlinks: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowSort: false,
    allowAutoFilter: false,
    allowPivotTables: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    selectionMode: "Normal",
  };
}

/** What {@link SheetState.uniform} returns when cells differ. */
export const MIXED: unique symbol = Symbol("mixed");

/** Above this many cells, area scans look at stored records and layers instead of every cell. */
const SCAN_LIMIT = 200_000;

export class SheetState {
  readonly cells = new Map<number, CellRecord>();
  readonly rowFormats = new Map<number, PartialFormat>();
  readonly columnFormats = new Map<number, PartialFormat>();
  sheetFormat: PartialFormat = {};
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  merges: Area[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  protected = false;
  protectionOptions: ProtectionOptions = defaultProtectionOptions();
  protectionPassword: string | null = null;
  visibility = "Visible";
  tabColor = "";
  showGridlines = true;
  standardWidth: number;
  standardHeight: number;
  selection: Area = { top: 0, left: 0, bottom: 0, right: 0 };
  charts: ChartState[] = [];
  conditionalFormats: ConditionalFormatState[] = [];
  pageLayout: PageLayoutState = defaultPageLayout();
  deleted = false;

  constructor(
    readonly id: string,
    public name: string,
    /** The sheet's id in the formula engine. */
    public engineId: number,
    private readonly defaults: FormatProps,
    standardWidth: number,
    standardHeight: number
  ) {
    this.standardWidth = standardWidth;
    this.standardHeight = standardHeight;
  }

  static key(row: number, col: number): number {
    return row * MAX_COLUMNS + col;
  }

  static position(key: number): { row: number; col: number } {
    return { row: Math.floor(key / MAX_COLUMNS), col: key % MAX_COLUMNS };
  }

  content(row: number, col: number): CellContent | undefined {
    return this.cells.get(SheetState.key(row, col))?.content;
  }

  setContent(row: number, col: number, content: CellContent | null): void {
    const key = SheetState.key(row, col);
    const rec = this.cells.get(key);
    if (content === null) {
      if (!rec) return;
      delete rec.content;
      if (!rec.format || Object.keys(rec.format).length === 0) this.cells.delete(key);
    } else if (rec) rec.content = content;
    else this.cells.set(key, { content });
  }

  /** Stored cell records inside `area`, without visiting empty cells. */
  *recordsIn(area: Area): Generator<[number, number, CellRecord]> {
    if (cellCount(area) <= this.cells.size) {
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) {
          const rec = this.cells.get(SheetState.key(r, c));
          if (rec) yield [r, c, rec];
        }
      return;
    }
    for (const [key, rec] of this.cells) {
      const { row, col } = SheetState.position(key);
      if (row >= area.top && row <= area.bottom && col >= area.left && col <= area.right)
        yield [row, col, rec];
    }
  }

  format<K extends FormatKey>(row: number, col: number, key: K): FormatProps[K] {
    const own = this.cells.get(SheetState.key(row, col))?.format?.[key];
    if (own !== undefined) return own as FormatProps[K];
    const rowF = this.rowFormats.get(row)?.[key];
    if (rowF !== undefined) return rowF as FormatProps[K];
    const colF = this.columnFormats.get(col)?.[key];
    if (colF !== undefined) return colF as FormatProps[K];
    const sheetF = this.sheetFormat[key];
    if (sheetF !== undefined) return sheetF as FormatProps[K];
    return this.defaults[key];
  }

  /**
   * Applies format properties to an area. Whole columns, rows or the whole sheet are stored as
   * layers; cells that already carry their own value for a key lose it, as in Excel.
   */
  applyFormat(area: Area, patch: PartialFormat): void {
    const keys = Object.keys(patch) as FormatKey[];
    const dropKeys = (rec: CellRecord) => {
      if (!rec.format) return;
      for (const k of keys) delete rec.format[k];
    };
    const fullCols = isEntireColumn(area);
    const fullRows = isEntireRow(area);
    if (fullCols && fullRows) {
      this.sheetFormat = { ...this.sheetFormat, ...patch };
      for (const layer of [this.rowFormats, this.columnFormats])
        for (const f of layer.values()) for (const k of keys) delete f[k];
      for (const rec of this.cells.values()) dropKeys(rec);
      return;
    }
    if (fullCols) {
      for (let c = area.left; c <= area.right; c++)
        this.columnFormats.set(c, { ...this.columnFormats.get(c), ...patch });
      for (const [, , rec] of this.recordsIn(area)) dropKeys(rec);
      // Rows with their own format would win over the column: give their cells the new value.
      for (const [row, f] of this.rowFormats) {
        const overlap = keys.filter((k) => f[k] !== undefined);
        if (overlap.length === 0) continue;
        const sub = Object.fromEntries(overlap.map((k) => [k, patch[k]])) as PartialFormat;
        for (let c = area.left; c <= area.right; c++) this.cellFormat(row, c, sub);
      }
      return;
    }
    if (fullRows) {
      for (let r = area.top; r <= area.bottom; r++)
        this.rowFormats.set(r, { ...this.rowFormats.get(r), ...patch });
      for (const [, , rec] of this.recordsIn(area)) dropKeys(rec);
      return;
    }
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) this.cellFormat(r, c, patch);
  }

  private cellFormat(row: number, col: number, patch: PartialFormat): void {
    const key = SheetState.key(row, col);
    const rec = this.cells.get(key);
    if (rec) rec.format = { ...rec.format, ...patch };
    else this.cells.set(key, { format: { ...patch } });
  }

  /** Removes every format from the area (Clear Formats). */
  clearFormats(area: Area): void {
    const allKeys = Object.keys(this.defaults) as FormatKey[];
    if (isEntireColumn(area) && isEntireRow(area)) {
      this.sheetFormat = {};
      this.rowFormats.clear();
      this.columnFormats.clear();
    } else if (isEntireColumn(area) || isEntireRow(area)) {
      const reset = Object.fromEntries(allKeys.map((k) => [k, this.defaults[k]])) as PartialFormat;
      this.applyFormat(area, reset);
    }
    for (const [r, c, rec] of [...this.recordsIn(area)]) {
      delete rec.format;
      if (!rec.content) this.cells.delete(SheetState.key(r, c));
    }
  }

  /** The value all cells share for `key`, or {@link MIXED} when they differ. */
  uniform<K extends FormatKey>(area: Area, key: K): FormatProps[K] | typeof MIXED {
    const first = this.format(area.top, area.left, key);
    if (cellCount(area) <= SCAN_LIMIT) {
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++)
          if (this.format(r, c, key) !== first) return MIXED;
      return first;
    }
    for (const [r, c] of this.recordsIn(area)) if (this.format(r, c, key) !== first) return MIXED;
    for (let c = area.left; c <= area.right; c++)
      if (this.format(area.top, c, key) !== first) return MIXED;
    for (const r of this.rowFormats.keys())
      if (r >= area.top && r <= area.bottom && this.format(r, area.left, key) !== first)
        return MIXED;
    return first;
  }

  /** Whether any cell in the area is locked (all are, unless unlocked explicitly). */
  anyLocked(area: Area): boolean {
    return this.uniform(area, "locked") !== false;
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? this.standardWidth;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? this.standardHeight;
  }

  /** Points from the sheet's left edge to column `col`. */
  leftOf(col: number): number {
    let x = 0;
    for (let c = 0; c < col; c++) x += this.columnWidth(c);
    return x;
  }

  topOf(row: number): number {
    let y = 0;
    for (let r = 0; r < row; r++) y += this.rowHeight(r);
    return y;
  }

  /**
   * The used range: cells with a value or formula, plus (unless `valuesOnly`) cells that carry a
   * format. Null when there are none.
   */
  usedArea(valuesOnly: boolean): Area | null {
    let top = MAX_ROWS;
    let left = MAX_COLUMNS;
    let bottom = -1;
    let right = -1;
    for (const [key, rec] of this.cells) {
      const used =
        rec.content !== undefined ||
        (!valuesOnly && rec.format && Object.keys(rec.format).length > 0);
      if (!used) continue;
      const { row, col } = SheetState.position(key);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    if (!valuesOnly)
      for (const m of this.merges) {
        top = Math.min(top, m.top);
        left = Math.min(left, m.left);
        bottom = Math.max(bottom, m.bottom);
        right = Math.max(right, m.right);
      }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  mergesTouching(area: Area): Area[] {
    return this.merges.filter((m) => intersects(m, area));
  }
}
