/**
 * `Excel.Worksheet`, the worksheet collection, and the per-sheet helpers: protection, freeze
 * panes and page layout.
 */
import { Area, MAX_COLUMNS, MAX_ROWS, absoluteArea, isEntireColumn, isEntireRow } from "./a1";
import { PageOrientation, PaperType } from "./enums";
import { fail } from "./errors";
import {
  RangeAreasObject,
  RangeAreasSpec,
  RangeEntity,
  areaOnSheet,
  linkClass,
  makeRange,
  rangeArgument,
} from "./excel-range";
import { ChartCollectionObject, ChartCollectionSpec } from "./excel-charts";
// Registers the class behind Range.conditionalFormats with excel-range (which cannot import it).
import "./excel-conditional-formats";
import { TableCollectionObject, TableCollectionSpec } from "./excel-tables";
import { linkWorksheetForObjects } from "./sheet-objects";
import { NamedItemCollectionObject, NamedItemCollectionSpec } from "./excel-workbook";
import { PageLayoutState, clone } from "./objects-state";
import { ClientObject, Execution, PropSpec, TypeSpec, defineMembers } from "./request";
import { ProtectionOptions, SheetState, defaultProtectionOptions } from "./sheet-state";
import type { WorkbookState } from "./workbook-state";

const aliveSheet = (s: SheetState) => !s.deleted;

function wholeNumber(value: unknown, location: string, min: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min)
    fail("InvalidArgument", location, `Expected a whole number >= ${min}, got ${String(value)}.`);
  return value;
}

export class WorksheetObject extends ClientObject {
  activate(): void {
    this._call("Activate", [], (s, x) => x.state.activate(s as SheetState, "Worksheet.activate"));
  }

  delete(): void {
    this._call("Delete", [], (s, x) => x.state.deleteSheet(s as SheetState, "Worksheet.delete"));
  }

  getRange(address?: string): ClientObject {
    return makeRange(this, "GetRange", [address], ((s: SheetState, x: Execution) => ({
      sheet: s,
      area: areaOnSheet(x.state, s, address, "Worksheet.getRange"),
    })) as never);
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): ClientObject {
    this._requireApi("getRangeByIndexes", "1.7");
    const location = "Worksheet.getRangeByIndexes";
    return makeRange(this, "GetRangeByIndexes", [startRow, startColumn, rowCount, columnCount], ((
      s: SheetState
    ) => {
      const top = wholeNumber(startRow, location, 0);
      const left = wholeNumber(startColumn, location, 0);
      const area = {
        top,
        left,
        bottom: top + wholeNumber(rowCount, location, 1) - 1,
        right: left + wholeNumber(columnCount, location, 1) - 1,
      };
      if (area.bottom >= MAX_ROWS || area.right >= MAX_COLUMNS)
        fail("InvalidArgument", location, "The range would fall outside the worksheet.");
      return { sheet: s, area };
    }) as never);
  }

  getCell(row: number, column: number): ClientObject {
    const location = "Worksheet.getCell";
    return makeRange(this, "GetCell", [row, column], ((s: SheetState) => {
      const r = wholeNumber(row, location, 0);
      const c = wholeNumber(column, location, 0);
      if (r >= MAX_ROWS || c >= MAX_COLUMNS)
        fail("InvalidArgument", location, "Outside the worksheet.");
      return { sheet: s, area: { top: r, left: c, bottom: r, right: c } };
    }) as never);
  }

  /** An empty sheet's used range is A1, not an error (unlike Range.getUsedRange). */
  getUsedRange(valuesOnly?: boolean): ClientObject {
    return makeRange(this, "GetUsedRange", [valuesOnly], ((s: SheetState) => ({
      sheet: s,
      area: s.usedArea(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    })) as never);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): ClientObject {
    this._requireApi("getUsedRangeOrNullObject", "1.4");
    return makeRange(this, "GetUsedRangeOrNullObject", [valuesOnly], ((s: SheetState) => {
      const area = s.usedArea(valuesOnly === true);
      return area ? { sheet: s, area } : null;
    }) as never);
  }

  getNext(visibleOnly?: boolean): ClientObject {
    this._requireApi("getNext", "1.5");
    return sheetFrom(this, "GetNext", [visibleOnly], (s, x) =>
      neighbour(x.state, s, 1, visibleOnly, true)
    );
  }

  getNextOrNullObject(visibleOnly?: boolean): ClientObject {
    this._requireApi("getNextOrNullObject", "1.5");
    return sheetFrom(this, "GetNextOrNullObject", [visibleOnly], (s, x) =>
      neighbour(x.state, s, 1, visibleOnly, false)
    );
  }

  getPrevious(visibleOnly?: boolean): ClientObject {
    this._requireApi("getPrevious", "1.5");
    return sheetFrom(this, "GetPrevious", [visibleOnly], (s, x) =>
      neighbour(x.state, s, -1, visibleOnly, true)
    );
  }

  getPreviousOrNullObject(visibleOnly?: boolean): ClientObject {
    this._requireApi("getPreviousOrNullObject", "1.5");
    return sheetFrom(this, "GetPreviousOrNullObject", [visibleOnly], (s, x) =>
      neighbour(x.state, s, -1, visibleOnly, false)
    );
  }

  calculate(): void {
    this._requireApi("calculate", "1.6");
    this._call("Calculate", [], () => undefined);
  }
}

function neighbour(
  state: WorkbookState,
  s: SheetState,
  step: number,
  visibleOnly: unknown,
  required: boolean
): SheetState | null {
  const list = state.sheets.filter((o) => o === s || !visibleOnly || o.visibility === "Visible");
  const next = list[list.indexOf(s) + step] ?? null;
  if (!next && required) fail("ItemNotFound", "Worksheet.getNext", "There is no such sheet.");
  return next;
}

function sheetFrom(
  parent: ClientObject,
  method: string,
  args: unknown[],
  resolve: (s: SheetState, x: Execution) => SheetState | null
): WorksheetObject {
  return new WorksheetObject(parent._context, parent, WorksheetSpec, resolve as never, {
    method,
    args,
  });
}

function sheetProp(
  get: (s: SheetState, x: Execution) => unknown,
  set?: (s: SheetState, v: unknown, x: Execution) => void,
  api?: string
): PropSpec {
  return { get, set, api };
}

export const WorksheetSpec: TypeSpec = {
  name: "Worksheet",
  alive: aliveSheet,
  props: {
    id: sheetProp((s) => s.id),
    name: sheetProp(
      (s) => s.name,
      (s, v, x) => x.state.renameSheet(s, v, "Worksheet.name")
    ),
    position: sheetProp(
      (s, x) => x.state.sheets.indexOf(s),
      (s, v, x) => x.state.moveSheet(s, v, "Worksheet.position")
    ),
    visibility: sheetProp(
      (s) => s.visibility,
      (s, v, x) => x.state.setVisibility(s, v, "Worksheet.visibility")
    ),
    tabColor: sheetProp(
      (s) => s.tabColor,
      (s, v) => {
        s.tabColor = String(v ?? "");
      },
      "1.7"
    ),
    showGridlines: sheetProp(
      (s) => s.showGridlines,
      (s, v) => {
        if (typeof v !== "boolean")
          fail("InvalidArgument", "Worksheet.showGridlines", "Expected true or false.");
        s.showGridlines = v;
      },
      "1.8"
    ),
    standardWidth: sheetProp(
      (s) => s.standardWidth,
      (s, v, x) => {
        x.state.requireFormattable(s, "Worksheet.standardWidth", "columns");
        s.standardWidth = wholeNumber(v, "Worksheet.standardWidth", 0);
      },
      "1.7"
    ),
    standardHeight: sheetProp((s) => s.standardHeight, undefined, "1.7"),
  },
  navs: {
    tables: {
      type: () => TableCollectionSpec,
      create: (p) =>
        new TableCollectionObject(p._context, p, TableCollectionSpec, (s: SheetState) => ({
          sheet: s,
        })),
    },
    charts: {
      type: () => ChartCollectionSpec,
      create: (p) =>
        new ChartCollectionObject(p._context, p, ChartCollectionSpec, (s: SheetState) => s),
    },
    names: {
      api: "1.4",
      type: () => NamedItemCollectionSpec,
      create: (p) =>
        new NamedItemCollectionObject(p._context, p, NamedItemCollectionSpec, (s: SheetState) => ({
          sheet: s,
        })),
    },
    protection: {
      api: "1.2",
      type: () => WorksheetProtectionSpec,
      create: (p) =>
        new WorksheetProtectionObject(p._context, p, WorksheetProtectionSpec, (s: SheetState) => s),
    },
    freezePanes: {
      api: "1.7",
      type: () => WorksheetFreezePanesSpec,
      create: (p) =>
        new WorksheetFreezePanesObject(
          p._context,
          p,
          WorksheetFreezePanesSpec,
          (s: SheetState) => s
        ),
    },
    pageLayout: {
      api: "1.9",
      type: () => PageLayoutSpec,
      create: (p) => new PageLayoutObject(p._context, p, PageLayoutSpec, (s: SheetState) => s),
    },
  },
};
defineMembers(WorksheetObject, WorksheetSpec);

linkClass("Worksheet", {
  spec: WorksheetSpec,
  make: (parent, resolve) =>
    new WorksheetObject(parent._context, parent, WorksheetSpec, (resolve ?? null) as never),
});
linkWorksheetForObjects(
  WorksheetSpec,
  (parent, resolve) => new WorksheetObject(parent._context, parent, WorksheetSpec, resolve)
);

// ---- collection -----------------------------------------------------------------------------

export class WorksheetCollectionObject extends ClientObject {
  getItem(key: string): WorksheetObject {
    return sheetFrom(this, "GetItem", [key], (_wb, x) => {
      const s = x.state.sheetByKey(String(key));
      if (!s)
        fail("ItemNotFound", "WorksheetCollection.getItem", `There is no sheet named '${key}'.`);
      return s;
    });
  }

  getItemOrNullObject(key: string): WorksheetObject {
    this._requireApi("getItemOrNullObject", "1.4");
    return sheetFrom(
      this,
      "GetItemOrNullObject",
      [key],
      (_wb, x) => x.state.sheetByKey(String(key)) ?? null
    );
  }

  add(name?: string): WorksheetObject {
    return sheetFrom(this, "Add", [name], (_wb, x) =>
      x.state.addSheet(name, "WorksheetCollection.add")
    );
  }

  getActiveWorksheet(): WorksheetObject {
    return sheetFrom(this, "GetActiveWorksheet", [], (_wb, x) => x.state.activeSheet());
  }

  getFirst(visibleOnly?: boolean): WorksheetObject {
    this._requireApi("getFirst", "1.5");
    return sheetFrom(this, "GetFirst", [visibleOnly], (_wb, x) => {
      const list = x.state.sheets.filter((s) => !visibleOnly || s.visibility === "Visible");
      return list[0];
    });
  }

  getLast(visibleOnly?: boolean): WorksheetObject {
    this._requireApi("getLast", "1.5");
    return sheetFrom(this, "GetLast", [visibleOnly], (_wb, x) => {
      const list = x.state.sheets.filter((s) => !visibleOnly || s.visibility === "Visible");
      return list[list.length - 1];
    });
  }

  getCount(visibleOnly?: boolean): { value: number } {
    this._requireApi("getCount", "1.4");
    return this._callResult(
      "GetCount",
      [visibleOnly],
      (_wb, x) => x.state.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length
    );
  }
}

export const WorksheetCollectionSpec: TypeSpec = {
  name: "WorksheetCollection",
  props: {},
  navs: {},
  items: {
    list: (_wb: unknown, x: Execution) => [...x.state.sheets],
    make: (parent, entity) =>
      new WorksheetObject(parent._context, parent, WorksheetSpec, null, { bound: { entity } }),
    itemType: () => WorksheetSpec,
  },
};
defineMembers(WorksheetCollectionObject, WorksheetCollectionSpec);

// ---- protection -----------------------------------------------------------------------------

export class WorksheetProtectionObject extends ClientObject {
  /** Fails when already protected, as documented ("Fails if the worksheet has already been protected"). */
  protect(options?: Partial<ProtectionOptions>, password?: string): void {
    this._call("Protect", [options, password], (s) => {
      const sheet = s as SheetState;
      if (sheet.protected)
        fail(
          "AccessDenied",
          "WorksheetProtection.protect",
          `The sheet '${sheet.name}' is already protected.`
        );
      sheet.protected = true;
      sheet.protectionOptions = { ...defaultProtectionOptions(), ...(options ?? {}) };
      sheet.protectionPassword = password ?? null;
    });
  }

  unprotect(password?: string): void {
    this._call("Unprotect", [password], (s) => {
      const sheet = s as SheetState;
      if (!sheet.protected) return;
      if (sheet.protectionPassword !== null && sheet.protectionPassword !== password)
        fail("InvalidArgument", "WorksheetProtection.unprotect", "The password is incorrect.");
      sheet.protected = false;
      sheet.protectionPassword = null;
    });
  }
}

export const WorksheetProtectionSpec: TypeSpec = {
  name: "WorksheetProtection",
  alive: aliveSheet,
  props: {
    protected: { get: (s: SheetState) => s.protected },
    options: { get: (s: SheetState) => ({ ...s.protectionOptions }) },
    isPasswordProtected: { api: "1.14", get: (s: SheetState) => s.protectionPassword !== null },
  },
  navs: {},
};
defineMembers(WorksheetProtectionObject, WorksheetProtectionSpec);

// ---- freeze panes ---------------------------------------------------------------------------

function frozenArea(s: SheetState): Area | null {
  if (s.frozenRows === 0 && s.frozenColumns === 0) return null;
  return {
    top: 0,
    left: 0,
    bottom: s.frozenRows > 0 ? s.frozenRows - 1 : MAX_ROWS - 1,
    right: s.frozenColumns > 0 ? s.frozenColumns - 1 : MAX_COLUMNS - 1,
  };
}

export class WorksheetFreezePanesObject extends ClientObject {
  freezeRows(count = 1): void {
    this._call("FreezeRows", [count], (s) => {
      const sheet = s as SheetState;
      sheet.frozenRows = wholeNumber(count, "WorksheetFreezePanes.freezeRows", 0);
      sheet.frozenColumns = 0;
    });
  }

  freezeColumns(count = 1): void {
    this._call("FreezeColumns", [count], (s) => {
      const sheet = s as SheetState;
      sheet.frozenColumns = wholeNumber(count, "WorksheetFreezePanes.freezeColumns", 0);
      sheet.frozenRows = 0;
    });
  }

  /** Freezes the rows above and columns left of the bottom-right of `frozenRange`. */
  freezeAt(frozenRange: unknown): void {
    this._call("FreezeAt", [frozenRange], (s, x) => {
      const sheet = s as SheetState;
      const r = rangeArgument(x, sheet, frozenRange, "WorksheetFreezePanes.freezeAt");
      if (r.sheet !== sheet)
        fail("InvalidArgument", "WorksheetFreezePanes.freezeAt", "The range is on another sheet.");
      sheet.frozenRows = isEntireColumn(r.area) ? 0 : r.area.bottom + 1;
      sheet.frozenColumns = isEntireRow(r.area) ? 0 : r.area.right + 1;
    });
  }

  unfreeze(): void {
    this._call("Unfreeze", [], (s) => {
      const sheet = s as SheetState;
      sheet.frozenRows = 0;
      sheet.frozenColumns = 0;
    });
  }

  getLocation(): ClientObject {
    return makeRange(this, "GetLocation", [], ((s: SheetState) => {
      const area = frozenArea(s);
      if (!area) fail("ItemNotFound", "WorksheetFreezePanes.getLocation", "Nothing is frozen.");
      return { sheet: s, area } satisfies RangeEntity;
    }) as never);
  }

  getLocationOrNullObject(): ClientObject {
    return makeRange(this, "GetLocationOrNullObject", [], ((s: SheetState) => {
      const area = frozenArea(s);
      return area ? { sheet: s, area } : null;
    }) as never);
  }
}

export const WorksheetFreezePanesSpec: TypeSpec = {
  name: "WorksheetFreezePanes",
  alive: aliveSheet,
  props: {},
  navs: {},
};
defineMembers(WorksheetFreezePanesObject, WorksheetFreezePanesSpec);

// ---- page layout ----------------------------------------------------------------------------

function layoutProp(
  key: keyof PageLayoutState,
  validate: (v: unknown, location: string) => unknown
): PropSpec {
  const location = `PageLayout.${key}`;
  return {
    get: (s: SheetState) => clone(s.pageLayout[key]),
    set: (s: SheetState, v: unknown, x: Execution) => {
      x.state.requireFormattable(s, location);
      (s.pageLayout as Record<string, unknown>)[key] = validate(v, location);
    },
  };
}

const layoutCheck = {
  bool: (v: unknown, location: string) =>
    typeof v === "boolean" ? v : fail("InvalidArgument", location, "Expected true or false."),
  number: (v: unknown, location: string) =>
    typeof v === "number" && Number.isFinite(v) && v >= 0
      ? v
      : fail("InvalidArgument", location, "Expected a number >= 0."),
  oneOf: (values: Record<string, string>) => (v: unknown, location: string) =>
    Object.values(values).find(
      (o) => typeof v === "string" && o.toLowerCase() === v.toLowerCase()
    ) ??
    fail(
      "InvalidArgument",
      location,
      `'${String(v)}' is not one of ${Object.values(values).join(", ")}.`
    ),
  zoom: (v: unknown, location: string) => {
    if (typeof v !== "object" || v === null)
      fail("InvalidArgument", location, "zoom must be an object.");
    const z = v as Record<string, unknown>;
    for (const k of Object.keys(z))
      if (!["scale", "horizontalFitToPages", "verticalFitToPages"].includes(k))
        fail("InvalidArgument", location, `zoom has no property '${k}'.`);
    if (z.scale !== undefined && (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400))
      fail("InvalidArgument", location, "zoom.scale must be from 10 to 400.");
    return clone(z);
  },
};

/** Print titles as Excel stores them: "$1:$3" for rows, "$A:$B" for columns. */
function printTitles(
  x: Execution,
  s: SheetState,
  arg: unknown,
  rows: boolean,
  location: string
): string {
  const r = rangeArgument(x, s, arg, location);
  const area = rows
    ? { top: r.area.top, bottom: r.area.bottom, left: 0, right: MAX_COLUMNS - 1 }
    : { top: 0, bottom: MAX_ROWS - 1, left: r.area.left, right: r.area.right };
  return absoluteArea(area);
}

export class PageLayoutObject extends ClientObject {
  setPrintTitleRows(title: unknown): void {
    this._call("SetPrintTitleRows", [title], (s, x) => {
      const sheet = s as SheetState;
      x.state.requireFormattable(sheet, "PageLayout.setPrintTitleRows");
      sheet.pageLayout.printTitleRows = printTitles(
        x,
        sheet,
        title,
        true,
        "PageLayout.setPrintTitleRows"
      );
    });
  }

  setPrintTitleColumns(title: unknown): void {
    this._call("SetPrintTitleColumns", [title], (s, x) => {
      const sheet = s as SheetState;
      x.state.requireFormattable(sheet, "PageLayout.setPrintTitleColumns");
      sheet.pageLayout.printTitleColumns = printTitles(
        x,
        sheet,
        title,
        false,
        "PageLayout.setPrintTitleColumns"
      );
    });
  }

  setPrintArea(printArea: unknown): void {
    this._call("SetPrintArea", [printArea], (s, x) => {
      const sheet = s as SheetState;
      x.state.requireFormattable(sheet, "PageLayout.setPrintArea");
      sheet.pageLayout.printArea = absoluteArea(
        rangeArgument(x, sheet, printArea, "PageLayout.setPrintArea").area
      );
    });
  }

  getPrintTitleRowsOrNullObject(): ClientObject {
    return makeRange(this, "GetPrintTitleRowsOrNullObject", [], ((s: SheetState, x: Execution) =>
      s.pageLayout.printTitleRows
        ? { sheet: s, area: areaOnSheet(x.state, s, s.pageLayout.printTitleRows, "PageLayout") }
        : null) as never);
  }

  getPrintTitleColumnsOrNullObject(): ClientObject {
    return makeRange(this, "GetPrintTitleColumnsOrNullObject", [], ((
      s: SheetState,
      x: Execution
    ) =>
      s.pageLayout.printTitleColumns
        ? { sheet: s, area: areaOnSheet(x.state, s, s.pageLayout.printTitleColumns, "PageLayout") }
        : null) as never);
  }

  getPrintAreaOrNullObject(): ClientObject {
    return new RangeAreasObject(
      this._context,
      this,
      RangeAreasSpec,
      ((s: SheetState, x: Execution) =>
        s.pageLayout.printArea
          ? { sheet: s, areas: [areaOnSheet(x.state, s, s.pageLayout.printArea, "PageLayout")] }
          : null) as never,
      { method: "GetPrintAreaOrNullObject", args: [] }
    );
  }
}

export const PageLayoutSpec: TypeSpec = {
  name: "PageLayout",
  alive: aliveSheet,
  props: {
    orientation: layoutProp("orientation", layoutCheck.oneOf(PageOrientation)),
    paperSize: layoutProp("paperSize", layoutCheck.oneOf(PaperType)),
    zoom: layoutProp("zoom", layoutCheck.zoom),
    centerHorizontally: layoutProp("centerHorizontally", layoutCheck.bool),
    centerVertically: layoutProp("centerVertically", layoutCheck.bool),
    printGridlines: layoutProp("printGridlines", layoutCheck.bool),
    printHeadings: layoutProp("printHeadings", layoutCheck.bool),
    blackAndWhite: layoutProp("blackAndWhite", layoutCheck.bool),
    draftMode: layoutProp("draftMode", layoutCheck.bool),
    firstPageNumber: layoutProp("firstPageNumber", (v) => v),
    printOrder: layoutProp(
      "printOrder",
      layoutCheck.oneOf({ a: "DownThenOver", b: "OverThenDown" })
    ),
    printComments: layoutProp(
      "printComments",
      layoutCheck.oneOf({ a: "NoComments", b: "EndSheet", c: "InPlace" })
    ),
    printErrors: layoutProp(
      "printErrors",
      layoutCheck.oneOf({ a: "AsDisplayed", b: "Blank", c: "Dash", d: "NotAvailable" })
    ),
    leftMargin: layoutProp("leftMargin", layoutCheck.number),
    rightMargin: layoutProp("rightMargin", layoutCheck.number),
    topMargin: layoutProp("topMargin", layoutCheck.number),
    bottomMargin: layoutProp("bottomMargin", layoutCheck.number),
    headerMargin: layoutProp("headerMargin", layoutCheck.number),
    footerMargin: layoutProp("footerMargin", layoutCheck.number),
  },
  navs: {},
};
defineMembers(PageLayoutObject, PageLayoutSpec);
