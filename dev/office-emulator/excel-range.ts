/**
 * `Excel.Range` and what hangs off it: format, font, fill, borders, cell protection, merged
 * areas (`RangeAreas`). A range proxy resolves to a sheet and a rectangle; reads compute from the
 * workbook state at the point of the queue where the load sits.
 */
import {
  Area,
  MAX_COLUMNS,
  MAX_ROWS,
  cellCount,
  columnCount,
  intersection,
  isEntireColumn,
  isEntireRow,
  isInSheet,
  parseAddress,
  qualifiedAddress,
  rowCount,
} from "./a1";
import {
  BorderIndex,
  BorderLineStyle,
  BorderWeight,
  HorizontalAlignment,
  RangeUnderlineStyle,
  VerticalAlignment,
} from "./enums";
import { fail } from "./errors";
import { BorderPart, BorderSide, FormatKey, PartialFormat, normalizeColor } from "./formats";
import { formatValue } from "./format-text";
import {
  ClientObject,
  Execution,
  PropSpec,
  RequestContext,
  TypeSpec,
  defineMembers,
} from "./request";
import { MIXED, SheetState } from "./sheet-state";
import type { WorkbookState } from "./workbook-state";

export interface RangeEntity {
  readonly sheet: SheetState;
  readonly area: Area;
}

export interface RangeAreasEntity {
  readonly sheet: SheetState;
  readonly areas: readonly Area[];
}

const aliveRange = (e: { sheet: SheetState }) => !e.sheet.deleted;

function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** An address (or defined name) on `sheet`, as `worksheet.getRange` reads it. */
export function areaOnSheet(
  state: WorkbookState,
  sheet: SheetState,
  address: unknown,
  location: string
): Area {
  if (address === undefined || address === null)
    return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
  if (typeof address !== "string" || address.trim() === "")
    fail("InvalidArgument", location, "The address must be a non-empty string.");
  const parsed = parseAddress(address);
  if (parsed) {
    if (parsed.sheet !== undefined && !sameSheetName(parsed.sheet, sheet.name))
      fail("InvalidArgument", location, `'${address}' is not on the sheet '${sheet.name}'.`);
    return parsed.area;
  }
  const name = state.nameByName(address.trim());
  const target = name ? state.nameTarget(name) : null;
  if (target && target.sheet === sheet) return target.area;
  return fail("InvalidArgument", location, `'${address}' is not a valid address.`);
}

/** A `Range | string` argument, resolved on `sheet`. */
export function rangeArgument(
  x: Execution,
  sheet: SheetState,
  arg: unknown,
  location: string
): RangeEntity {
  if (arg instanceof ClientObject) {
    const e = arg._resolve(x) as RangeEntity | null;
    if (!e || !("area" in e)) fail("InvalidArgument", location, "Expected a Range.");
    return e;
  }
  return { sheet, area: areaOnSheet(x.state, sheet, arg, location) };
}

function checkedArea(area: Area, location: string): Area {
  if (!isInSheet(area))
    fail("InvalidArgument", location, "The range would fall outside the worksheet.");
  return area;
}

function index(value: unknown, location: string, min = 0): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min)
    fail("InvalidArgument", location, `Expected a whole number >= ${min}, got ${String(value)}.`);
  return value;
}

function uniformOrNull<T>(values: T[]): T | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

/** Creates a Range proxy that resolves through `resolve` when first used in a sync. */
export function makeRange(
  parent: ClientObject,
  method: string,
  args: unknown[],
  resolve: (parentEntity: never, x: Execution) => RangeEntity | null
): RangeObject {
  return new RangeObject(parent._context, parent, RangeSpec, resolve as never, { method, args });
}

function derived(
  range: ClientObject,
  method: string,
  args: unknown[],
  fn: (e: RangeEntity, x: Execution) => RangeEntity | null
): RangeObject {
  return makeRange(range, method, args, ((e: RangeEntity, x: Execution) => fn(e, x)) as never);
}

function usedWithin(e: RangeEntity, valuesOnly: unknown): Area | null {
  const used = e.sheet.usedArea(valuesOnly === true);
  return used ? intersection(used, e.area) : null;
}

export class RangeObject extends ClientObject {
  getCell(row: number, column: number): RangeObject {
    return derived(this, "GetCell", [row, column], (e) => {
      const r = e.area.top + index(row, "Range.getCell");
      const c = e.area.left + index(column, "Range.getCell");
      return {
        sheet: e.sheet,
        area: checkedArea({ top: r, left: c, bottom: r, right: c }, "Range.getCell"),
      };
    });
  }

  getRow(row: number): RangeObject {
    return derived(this, "GetRow", [row], (e) => {
      const r = e.area.top + index(row, "Range.getRow");
      return {
        sheet: e.sheet,
        area: checkedArea({ ...e.area, top: r, bottom: r }, "Range.getRow"),
      };
    });
  }

  getColumn(column: number): RangeObject {
    return derived(this, "GetColumn", [column], (e) => {
      const c = e.area.left + index(column, "Range.getColumn");
      return {
        sheet: e.sheet,
        area: checkedArea({ ...e.area, left: c, right: c }, "Range.getColumn"),
      };
    });
  }

  getEntireRow(): RangeObject {
    return derived(this, "GetEntireRow", [], (e) => ({
      sheet: e.sheet,
      area: { ...e.area, left: 0, right: MAX_COLUMNS - 1 },
    }));
  }

  getEntireColumn(): RangeObject {
    return derived(this, "GetEntireColumn", [], (e) => ({
      sheet: e.sheet,
      area: { ...e.area, top: 0, bottom: MAX_ROWS - 1 },
    }));
  }

  getLastRow(): RangeObject {
    return derived(this, "GetLastRow", [], (e) => ({
      sheet: e.sheet,
      area: { ...e.area, top: e.area.bottom },
    }));
  }

  getLastColumn(): RangeObject {
    return derived(this, "GetLastColumn", [], (e) => ({
      sheet: e.sheet,
      area: { ...e.area, left: e.area.right },
    }));
  }

  getLastCell(): RangeObject {
    return derived(this, "GetLastCell", [], (e) => ({
      sheet: e.sheet,
      area: { top: e.area.bottom, bottom: e.area.bottom, left: e.area.right, right: e.area.right },
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeObject {
    return derived(this, "GetOffsetRange", [rowOffset, columnOffset], (e) => ({
      sheet: e.sheet,
      area: checkedArea(
        {
          top: e.area.top + rowOffset,
          bottom: e.area.bottom + rowOffset,
          left: e.area.left + columnOffset,
          right: e.area.right + columnOffset,
        },
        "Range.getOffsetRange"
      ),
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeObject {
    this._requireApi("getResizedRange", "1.3");
    return derived(this, "GetResizedRange", [deltaRows, deltaColumns], (e) => ({
      sheet: e.sheet,
      area: checkedArea(
        { ...e.area, bottom: e.area.bottom + deltaRows, right: e.area.right + deltaColumns },
        "Range.getResizedRange"
      ),
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeObject {
    this._requireApi("getAbsoluteResizedRange", "1.7");
    return derived(this, "GetAbsoluteResizedRange", [numRows, numColumns], (e) => ({
      sheet: e.sheet,
      area: checkedArea(
        {
          ...e.area,
          bottom: e.area.top + index(numRows, "Range.getAbsoluteResizedRange", 1) - 1,
          right: e.area.left + index(numColumns, "Range.getAbsoluteResizedRange", 1) - 1,
        },
        "Range.getAbsoluteResizedRange"
      ),
    }));
  }

  getRowsAbove(count = 1): RangeObject {
    this._requireApi("getRowsAbove", "1.3");
    return derived(this, "GetRowsAbove", [count], (e) => ({
      sheet: e.sheet,
      area: checkedArea(
        { ...e.area, top: e.area.top - count, bottom: e.area.top - 1 },
        "Range.getRowsAbove"
      ),
    }));
  }

  getRowsBelow(count = 1): RangeObject {
    this._requireApi("getRowsBelow", "1.3");
    return derived(this, "GetRowsBelow", [count], (e) => ({
      sheet: e.sheet,
      area: checkedArea(
        { ...e.area, top: e.area.bottom + 1, bottom: e.area.bottom + count },
        "Range.getRowsBelow"
      ),
    }));
  }

  getColumnsBefore(count = 1): RangeObject {
    this._requireApi("getColumnsBefore", "1.3");
    return derived(this, "GetColumnsBefore", [count], (e) => ({
      sheet: e.sheet,
      area: checkedArea(
        { ...e.area, left: e.area.left - count, right: e.area.left - 1 },
        "Range.getColumnsBefore"
      ),
    }));
  }

  getColumnsAfter(count = 1): RangeObject {
    this._requireApi("getColumnsAfter", "1.3");
    return derived(this, "GetColumnsAfter", [count], (e) => ({
      sheet: e.sheet,
      area: checkedArea(
        { ...e.area, left: e.area.right + 1, right: e.area.right + count },
        "Range.getColumnsAfter"
      ),
    }));
  }

  getBoundingRect(anotherRange: unknown): RangeObject {
    return derived(this, "GetBoundingRect", [anotherRange], (e, x) => {
      const other = rangeArgument(x, e.sheet, anotherRange, "Range.getBoundingRect");
      if (other.sheet !== e.sheet)
        fail("InvalidArgument", "Range.getBoundingRect", "The ranges are on different sheets.");
      return {
        sheet: e.sheet,
        area: {
          top: Math.min(e.area.top, other.area.top),
          left: Math.min(e.area.left, other.area.left),
          bottom: Math.max(e.area.bottom, other.area.bottom),
          right: Math.max(e.area.right, other.area.right),
        },
      };
    });
  }

  getIntersection(anotherRange: unknown): RangeObject {
    return derived(this, "GetIntersection", [anotherRange], (e, x) => {
      const other = rangeArgument(x, e.sheet, anotherRange, "Range.getIntersection");
      const area = other.sheet === e.sheet ? intersection(e.area, other.area) : null;
      if (!area) fail("ItemNotFound", "Range.getIntersection", "The ranges do not intersect.");
      return { sheet: e.sheet, area };
    });
  }

  getIntersectionOrNullObject(anotherRange: unknown): RangeObject {
    this._requireApi("getIntersectionOrNullObject", "1.4");
    return derived(this, "GetIntersectionOrNullObject", [anotherRange], (e, x) => {
      const other = rangeArgument(x, e.sheet, anotherRange, "Range.getIntersectionOrNullObject");
      const area = other.sheet === e.sheet ? intersection(e.area, other.area) : null;
      return area ? { sheet: e.sheet, area } : null;
    });
  }

  /** Range.getUsedRange throws ItemNotFound when nothing in the range is used (unlike Worksheet's). */
  getUsedRange(valuesOnly?: boolean): RangeObject {
    return derived(this, "GetUsedRange", [valuesOnly], (e) => {
      const area = usedWithin(e, valuesOnly);
      if (!area) fail("ItemNotFound", "Range.getUsedRange", "The range has no used cells.");
      return { sheet: e.sheet, area };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeObject {
    this._requireApi("getUsedRangeOrNullObject", "1.4");
    return derived(this, "GetUsedRangeOrNullObject", [valuesOnly], (e) => {
      const area = usedWithin(e, valuesOnly);
      return area ? { sheet: e.sheet, area } : null;
    });
  }

  getMergedAreasOrNullObject(): RangeAreasObject {
    this._requireApi("getMergedAreasOrNullObject", "1.13");
    return new RangeAreasObject(
      this._context,
      this,
      RangeAreasSpec,
      ((e: RangeEntity) => {
        const areas = e.sheet.mergesTouching(e.area);
        if (areas.length > 512)
          fail(
            "GeneralException",
            "Range.getMergedAreasOrNullObject",
            "More than 512 merged areas."
          );
        return areas.length ? { sheet: e.sheet, areas } : null;
      }) as never,
      { method: "GetMergedAreasOrNullObject", args: [] }
    );
  }

  merge(across?: boolean): void {
    this._requireApi("merge", "1.2");
    this._call("Merge", [across], (e, x) => {
      const r = e as RangeEntity;
      x.state.merge(r.sheet, r.area, across === true, "Range.merge");
    });
  }

  unmerge(): void {
    this._requireApi("unmerge", "1.2");
    this._call("Unmerge", [], (e, x) => {
      const r = e as RangeEntity;
      x.state.unmerge(r.sheet, r.area, "Range.unmerge");
    });
  }

  clear(applyTo?: string): void {
    this._call("Clear", [applyTo], (e, x) => {
      const r = e as RangeEntity;
      x.state.clear(r.sheet, r.area, applyTo, "Range.clear");
    });
  }

  select(): void {
    this._call("Select", [], (e, x) => {
      const r = e as RangeEntity;
      x.state.select(r.sheet, r.area, "Range.select");
    });
  }

  calculate(): void {
    this._requireApi("calculate", "1.6");
    this._call("Calculate", [], () => undefined);
  }
}

function rangeProp(
  get: (e: RangeEntity, x: Execution) => unknown,
  set?: (e: RangeEntity, value: unknown, x: Execution) => void,
  api?: string
): PropSpec {
  return { get, set, api };
}

export const RangeSpec: TypeSpec = {
  name: "Range",
  rangeLike: true,
  alive: aliveRange,
  props: {
    address: rangeProp((e) => qualifiedAddress(e.sheet.name, e.area)),
    addressLocal: rangeProp((e) => qualifiedAddress(e.sheet.name, e.area)),
    cellCount: rangeProp((e) => cellCount(e.area)),
    rowCount: rangeProp((e) => rowCount(e.area)),
    columnCount: rangeProp((e) => columnCount(e.area)),
    rowIndex: rangeProp((e) => e.area.top),
    columnIndex: rangeProp((e) => e.area.left),
    isEntireColumn: rangeProp((e) => isEntireColumn(e.area), undefined, "1.7"),
    isEntireRow: rangeProp((e) => isEntireRow(e.area), undefined, "1.7"),
    values: rangeProp(
      (e, x) => x.state.values(e.sheet, e.area),
      (e, v, x) => x.state.writeCells(e.sheet, e.area, v, "Range.values")
    ),
    formulas: rangeProp(
      (e, x) => x.state.formulas(e.sheet, e.area),
      (e, v, x) => x.state.writeCells(e.sheet, e.area, v, "Range.formulas")
    ),
    formulasLocal: rangeProp(
      (e, x) => x.state.formulas(e.sheet, e.area),
      (e, v, x) => x.state.writeCells(e.sheet, e.area, v, "Range.formulasLocal")
    ),
    numberFormat: rangeProp(
      (e, x) => x.state.numberFormats(e.sheet, e.area),
      (e, v, x) => x.state.writeNumberFormat(e.sheet, e.area, v, "Range.numberFormat")
    ),
    numberFormatLocal: rangeProp(
      (e, x) => x.state.numberFormats(e.sheet, e.area),
      (e, v, x) => x.state.writeNumberFormat(e.sheet, e.area, v, "Range.numberFormatLocal"),
      "1.7"
    ),
    text: rangeProp((e, x) => x.state.text(e.sheet, e.area)),
    valueTypes: rangeProp((e, x) => x.state.valueTypes(e.sheet, e.area)),
    left: rangeProp((e) => e.sheet.leftOf(e.area.left), undefined, "1.10"),
    top: rangeProp((e) => e.sheet.topOf(e.area.top), undefined, "1.10"),
    width: rangeProp(
      (e) => e.sheet.leftOf(e.area.right + 1) - e.sheet.leftOf(e.area.left),
      undefined,
      "1.10"
    ),
    height: rangeProp(
      (e) => e.sheet.topOf(e.area.bottom + 1) - e.sheet.topOf(e.area.top),
      undefined,
      "1.10"
    ),
  },
  navs: {
    format: {
      type: () => RangeFormatSpec,
      create: (p) => sameEntity(RangeFormatObject, RangeFormatSpec, p),
    },
    worksheet: {
      type: () => lazyWorksheet().spec,
      create: (p) => lazyWorksheet().make(p, (e: RangeEntity) => e.sheet),
    },
    conditionalFormats: {
      api: "1.6",
      type: () => lazyConditionalFormats().spec,
      create: (p) => lazyConditionalFormats().make(p),
    },
  },
};
defineMembers(RangeObject, RangeSpec);

/** Late-bound links to classes defined in modules that import this one. */
interface Linker {
  spec: TypeSpec;
  make(parent: ClientObject, resolve?: (e: never) => unknown): ClientObject;
}
const links: Record<string, Linker> = {};
export function linkClass(name: "Worksheet" | "ConditionalFormatCollection", linker: Linker): void {
  links[name] = linker;
}
function lazyWorksheet(): Linker {
  return links.Worksheet;
}
function lazyConditionalFormats(): Linker {
  return links.ConditionalFormatCollection;
}

function sameEntity(
  cls: new (...args: never[]) => ClientObject,
  spec: TypeSpec,
  parent: ClientObject
): ClientObject {
  const Ctor = cls as unknown as new (
    ctx: RequestContext,
    parent: ClientObject,
    spec: TypeSpec,
    resolve: (e: unknown) => unknown
  ) => ClientObject;
  return new Ctor(parent._context, parent, spec, (e) => e);
}

// ---- format ---------------------------------------------------------------------------------

function formatProp<K extends FormatKey>(
  key: K,
  validate: (v: unknown, location: string) => PartialFormat[K],
  location: string,
  read: (v: PartialFormat[K]) => unknown = (v) => v
): PropSpec {
  return {
    // office-js reports null when the cells differ.
    get: (e: RangeEntity) => {
      const v = e.sheet.uniform(e.area, key);
      return v === MIXED ? null : read(v);
    },
    set: (e: RangeEntity, value: unknown, x: Execution) =>
      x.state.formatCells(
        e.sheet,
        e.area,
        { [key]: validate(value, location) } as PartialFormat,
        location
      ),
  };
}

const is = {
  bool: (v: unknown, location: string) => {
    if (typeof v !== "boolean") fail("InvalidArgument", location, "Expected true or false.");
    return v;
  },
  color: (v: unknown, location: string) =>
    normalizeColor(v) ?? fail("InvalidArgument", location, `'${String(v)}' is not a colour.`),
  oneOf: (values: Record<string, string>) => (v: unknown, location: string) => {
    const hit = Object.values(values).find(
      (x) => typeof v === "string" && x.toLowerCase() === v.toLowerCase()
    );
    return (
      hit ??
      fail(
        "InvalidArgument",
        location,
        `'${String(v)}' is not one of ${Object.values(values).join(", ")}.`
      )
    );
  },
  number: (min: number, max: number) => (v: unknown, location: string) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max)
      fail("InvalidArgument", location, `Expected a number from ${min} to ${max}.`);
    return v;
  },
};

/** Text width in points, roughly as Excel's autofit measures: CJK characters count double. */
function textWidth(text: string, size: number, bold: boolean): number {
  let units = 0;
  for (const ch of text)
    units +=
      /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch
      )
        ? 2
        : 1;
  const px = units * 7 * (size / 11) * (bold ? 1.1 : 1) + 10;
  return Math.round(px * 0.75 * 100) / 100;
}

export class RangeFormatObject extends ClientObject {
  autofitColumns(): void {
    this._requireApi("autofitColumns", "1.2");
    this._call("AutofitColumns", [], (entity, x) => {
      const e = entity as RangeEntity;
      x.state.requireFormattable(e.sheet, "RangeFormat.autofitColumns", "columns");
      const widths = new Map<number, number>();
      const rows = isEntireColumn(e.area) ? e.sheet.usedArea(true) : e.area;
      if (!rows) return;
      const area = {
        ...e.area,
        top: Math.max(e.area.top, rows.top),
        bottom: Math.min(e.area.bottom, rows.bottom),
      };
      if (area.top > area.bottom) return;
      const values = x.state.computed(e.sheet, area);
      values.forEach((line, r) =>
        line.forEach((v, c) => {
          const row = area.top + r;
          const col = area.left + c;
          if (
            v === null ||
            e.sheet.merges.some(
              (m) =>
                row >= m.top &&
                row <= m.bottom &&
                col >= m.left &&
                col <= m.right &&
                (m.left !== m.right || m.top !== m.bottom)
            )
          )
            return;
          const text = formatValue(v, e.sheet.format(row, col, "numberFormat"));
          const w = textWidth(
            text,
            e.sheet.format(row, col, "fontSize"),
            e.sheet.format(row, col, "bold")
          );
          widths.set(col, Math.max(widths.get(col) ?? 0, w));
        })
      );
      for (const [col, w] of widths) e.sheet.columnWidths.set(col, w);
    });
  }

  autofitRows(): void {
    this._requireApi("autofitRows", "1.2");
    this._call("AutofitRows", [], (entity, x) => {
      const e = entity as RangeEntity;
      x.state.requireFormattable(e.sheet, "RangeFormat.autofitRows", "rows");
      const used = e.sheet.usedArea(true);
      const area = used ? intersection(used, e.area) : null;
      if (!area) return;
      const values = x.state.computed(e.sheet, area);
      values.forEach((line, r) => {
        const row = area.top + r;
        let height = e.sheet.standardHeight;
        line.forEach((v, c) => {
          if (v === null) return;
          const lines = typeof v === "string" ? v.split("\n").length : 1;
          const size = e.sheet.format(row, area.left + c, "fontSize");
          height = Math.max(
            height,
            Math.round(lines * e.sheet.standardHeight * (size / 11) * 100) / 100
          );
        });
        e.sheet.rowHeights.set(row, height);
      });
    });
  }
}

export const RangeFormatSpec: TypeSpec = {
  name: "RangeFormat",
  rangeLike: true,
  alive: aliveRange,
  props: {
    columnWidth: {
      api: "1.2",
      get: (e: RangeEntity) => {
        const widths: number[] = [];
        for (let c = e.area.left; c <= e.area.right; c++) widths.push(e.sheet.columnWidth(c));
        return uniformOrNull(widths);
      },
      set: (e: RangeEntity, value: unknown, x: Execution) => {
        const w = is.number(0, 1790)(value, "RangeFormat.columnWidth");
        x.state.requireFormattable(e.sheet, "RangeFormat.columnWidth", "columns");
        if (isEntireRow(e.area)) {
          e.sheet.standardWidth = w;
          e.sheet.columnWidths.clear();
        } else for (let c = e.area.left; c <= e.area.right; c++) e.sheet.columnWidths.set(c, w);
      },
    },
    rowHeight: {
      api: "1.2",
      get: (e: RangeEntity) => {
        if (isEntireColumn(e.area))
          return e.sheet.rowHeights.size === 0 ? e.sheet.standardHeight : null;
        const heights: number[] = [];
        for (let r = e.area.top; r <= e.area.bottom; r++) heights.push(e.sheet.rowHeight(r));
        return uniformOrNull(heights);
      },
      set: (e: RangeEntity, value: unknown, x: Execution) => {
        const h = is.number(0, 409)(value, "RangeFormat.rowHeight");
        x.state.requireFormattable(e.sheet, "RangeFormat.rowHeight", "rows");
        if (isEntireColumn(e.area)) {
          e.sheet.standardHeight = h;
          e.sheet.rowHeights.clear();
        } else for (let r = e.area.top; r <= e.area.bottom; r++) e.sheet.rowHeights.set(r, h);
      },
    },
    horizontalAlignment: formatProp(
      "horizontalAlignment",
      is.oneOf(HorizontalAlignment),
      "RangeFormat.horizontalAlignment"
    ),
    verticalAlignment: formatProp(
      "verticalAlignment",
      is.oneOf(VerticalAlignment),
      "RangeFormat.verticalAlignment"
    ),
    wrapText: formatProp("wrapText", is.bool, "RangeFormat.wrapText"),
  },
  navs: {
    font: {
      type: () => RangeFontSpec,
      create: (p) => sameEntity(RangeFontObject, RangeFontSpec, p),
    },
    fill: {
      type: () => RangeFillSpec,
      create: (p) => sameEntity(RangeFillObject, RangeFillSpec, p),
    },
    borders: {
      type: () => RangeBorderCollectionSpec,
      create: (p) => sameEntity(RangeBorderCollectionObject, RangeBorderCollectionSpec, p),
    },
    protection: {
      api: "1.2",
      type: () => FormatProtectionSpec,
      create: (p) => sameEntity(FormatProtectionObject, FormatProtectionSpec, p),
    },
  },
};
defineMembers(RangeFormatObject, RangeFormatSpec);

export class RangeFontObject extends ClientObject {}
export const RangeFontSpec: TypeSpec = {
  name: "RangeFont",
  rangeLike: true,
  alive: aliveRange,
  props: {
    bold: formatProp("bold", is.bool, "RangeFont.bold"),
    italic: formatProp("italic", is.bool, "RangeFont.italic"),
    size: formatProp("fontSize", is.number(1, 409), "RangeFont.size"),
    color: formatProp("fontColor", is.color, "RangeFont.color"),
    name: formatProp(
      "fontName",
      (v, location) =>
        typeof v === "string" && v.trim()
          ? v
          : fail("InvalidArgument", location, "Expected a font name."),
      "RangeFont.name"
    ),
    underline: formatProp("underline", is.oneOf(RangeUnderlineStyle), "RangeFont.underline"),
    strikethrough: {
      ...formatProp("strikethrough", is.bool, "RangeFont.strikethrough"),
      api: "1.9",
    },
  },
  navs: {},
};
defineMembers(RangeFontObject, RangeFontSpec);

export class RangeFillObject extends ClientObject {
  clear(): void {
    this._call("Clear", [], (entity, x) => {
      const e = entity as RangeEntity;
      x.state.formatCells(e.sheet, e.area, { fillColor: null }, "RangeFill.clear");
    });
  }
}
export const RangeFillSpec: TypeSpec = {
  name: "RangeFill",
  rangeLike: true,
  alive: aliveRange,
  props: {
    // No fill reads as white, as in Excel.
    color: formatProp("fillColor", is.color, "RangeFill.color", (v) => v ?? "#FFFFFF"),
  },
  navs: {},
};
defineMembers(RangeFillObject, RangeFillSpec);

export class FormatProtectionObject extends ClientObject {}
export const FormatProtectionSpec: TypeSpec = {
  name: "FormatProtection",
  rangeLike: true,
  alive: aliveRange,
  props: {
    locked: formatProp("locked", is.bool, "FormatProtection.locked"),
    formulaHidden: formatProp("formulaHidden", is.bool, "FormatProtection.formulaHidden"),
  },
  navs: {},
};
defineMembers(FormatProtectionObject, FormatProtectionSpec);

// ---- borders --------------------------------------------------------------------------------

interface BorderEntity {
  readonly sheet: SheetState;
  readonly area: Area;
  readonly index: string;
}

/** The cells and cell sides a border index stands for; inside borders touch two sides. */
function borderTargets(area: Area, index: string): [Area, BorderSide][] {
  const { top, left, bottom, right } = area;
  switch (index) {
    case "EdgeTop":
      return [[{ ...area, bottom: top }, "Top"]];
    case "EdgeBottom":
      return [[{ ...area, top: bottom }, "Bottom"]];
    case "EdgeLeft":
      return [[{ ...area, right: left }, "Left"]];
    case "EdgeRight":
      return [[{ ...area, left: right }, "Right"]];
    case "InsideHorizontal":
      return top === bottom
        ? []
        : [
            [{ ...area, bottom: bottom - 1 }, "Bottom"],
            [{ ...area, top: top + 1 }, "Top"],
          ];
    case "InsideVertical":
      return left === right
        ? []
        : [
            [{ ...area, right: right - 1 }, "Right"],
            [{ ...area, left: left + 1 }, "Left"],
          ];
    case "DiagonalDown":
      return [[area, "DiagonalDown"]];
    default:
      return [[area, "DiagonalUp"]];
  }
}

function borderProp(
  part: BorderPart,
  validate: (v: unknown, location: string) => string
): PropSpec {
  const location = `RangeBorder.${part.toLowerCase()}`;
  return {
    get: (e: BorderEntity) => {
      const targets = borderTargets(e.area, e.index);
      if (targets.length === 0)
        return part === "Style" ? "None" : part === "Color" ? "#000000" : "Thin";
      const [area, side] = targets[0];
      const v = e.sheet.uniform(area, `border${side}${part}`);
      return v === MIXED ? null : v;
    },
    set: (e: BorderEntity, value: unknown, x: Execution) => {
      const v = validate(value, location);
      for (const [area, side] of borderTargets(e.area, e.index))
        x.state.formatCells(
          e.sheet,
          area,
          { [`border${side}${part}`]: v } as PartialFormat,
          location
        );
    },
  };
}

export class RangeBorderObject extends ClientObject {}
export const RangeBorderSpec: TypeSpec = {
  name: "RangeBorder",
  rangeLike: true,
  alive: aliveRange,
  props: {
    sideIndex: { get: (e: BorderEntity) => e.index },
    style: borderProp("Style", is.oneOf(BorderLineStyle)),
    color: borderProp("Color", is.color),
    weight: borderProp("Weight", is.oneOf(BorderWeight)),
  },
  navs: {},
};
defineMembers(RangeBorderObject, RangeBorderSpec);

const BORDER_INDEXES = Object.values(BorderIndex);

function borderIndex(value: unknown, location: string): string {
  return is.oneOf(BorderIndex)(value, location);
}

export class RangeBorderCollectionObject extends ClientObject {
  getItem(index: string): RangeBorderObject {
    return new RangeBorderObject(
      this._context,
      this,
      RangeBorderSpec,
      ((e: RangeEntity) => ({
        ...e,
        index: borderIndex(index, "RangeBorderCollection.getItem"),
      })) as never,
      { method: "GetItem", args: [index] }
    );
  }

  getItemAt(i: number): RangeBorderObject {
    return new RangeBorderObject(
      this._context,
      this,
      RangeBorderSpec,
      ((e: RangeEntity) => {
        const idx = BORDER_INDEXES[index(i, "RangeBorderCollection.getItemAt")];
        if (!idx) fail("InvalidArgument", "RangeBorderCollection.getItemAt", `No border at ${i}.`);
        return { ...e, index: idx };
      }) as never,
      { method: "GetItemAt", args: [i] }
    );
  }
}
export const RangeBorderCollectionSpec: TypeSpec = {
  name: "RangeBorderCollection",
  rangeLike: true,
  alive: aliveRange,
  props: { count: { get: () => BORDER_INDEXES.length } },
  navs: {},
  items: {
    list: (e: RangeEntity) => BORDER_INDEXES.map((index) => ({ ...e, index })),
    make: (parent, entity) =>
      new RangeBorderObject(parent._context, parent, RangeBorderSpec, null, { bound: { entity } }),
    itemType: () => RangeBorderSpec,
  },
};
defineMembers(RangeBorderCollectionObject, RangeBorderCollectionSpec);

// ---- RangeAreas -----------------------------------------------------------------------------

export class RangeAreasObject extends ClientObject {}
export const RangeAreasSpec: TypeSpec = {
  name: "RangeAreas",
  rangeLike: true,
  alive: aliveRange,
  props: {
    address: {
      get: (e: RangeAreasEntity) =>
        e.areas.map((a) => qualifiedAddress(e.sheet.name, a)).join(", "),
    },
    addressLocal: {
      get: (e: RangeAreasEntity) =>
        e.areas.map((a) => qualifiedAddress(e.sheet.name, a)).join(", "),
    },
    areaCount: { get: (e: RangeAreasEntity) => e.areas.length },
    cellCount: { get: (e: RangeAreasEntity) => e.areas.reduce((n, a) => n + cellCount(a), 0) },
    isEntireColumn: { get: (e: RangeAreasEntity) => e.areas.every(isEntireColumn) },
    isEntireRow: { get: (e: RangeAreasEntity) => e.areas.every(isEntireRow) },
  },
  navs: {
    areas: {
      type: () => RangeCollectionSpec,
      create: (p) => sameEntity(RangeCollectionObject, RangeCollectionSpec, p),
    },
    worksheet: {
      type: () => lazyWorksheet().spec,
      create: (p) => lazyWorksheet().make(p, (e: RangeAreasEntity) => e.sheet),
    },
  },
};
defineMembers(RangeAreasObject, RangeAreasSpec);

export class RangeCollectionObject extends ClientObject {
  getCount(): { value: number } {
    return this._callResult("GetCount", [], (e) => (e as RangeAreasEntity).areas.length);
  }

  getItemAt(i: number): RangeObject {
    return makeRange(this, "GetItemAt", [i], ((e: RangeAreasEntity) => {
      const area = e.areas[index(i, "RangeCollection.getItemAt")];
      if (!area) fail("InvalidArgument", "RangeCollection.getItemAt", `No area at ${i}.`);
      return { sheet: e.sheet, area };
    }) as never);
  }
}
export const RangeCollectionSpec: TypeSpec = {
  name: "RangeCollection",
  rangeLike: true,
  alive: aliveRange,
  props: {},
  navs: {},
  items: {
    list: (e: RangeAreasEntity) => e.areas.map((area) => ({ sheet: e.sheet, area })),
    make: (parent, entity) =>
      new RangeObject(parent._context, parent, RangeSpec, null, { bound: { entity } }),
    itemType: () => RangeSpec,
  },
};
defineMembers(RangeCollectionObject, RangeCollectionSpec);
