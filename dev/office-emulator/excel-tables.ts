/**
 * `Excel.Table` and table collections (the workbook's and each sheet's).
 */
import { parseAddress } from "./a1";
import { fail } from "./errors";
import { RangeEntity, makeRange, rangeArgument } from "./excel-range";
import { TableState } from "./objects-state";
import { check } from "./records";
import { ClientObject, Execution, TypeSpec, defineMembers } from "./request";
import { SheetState } from "./sheet-state";
import { sheetLink, sheetOf, wholeIndex } from "./sheet-objects";
import type { WorkbookState } from "./workbook-state";

/** A table collection is the workbook's (`sheet` undefined) or one sheet's. */
interface TableScope {
  readonly sheet?: SheetState;
}

function tablesIn(state: WorkbookState, scope: TableScope): TableState[] {
  return state.tables.filter((t) => !scope.sheet || t.sheetId === scope.sheet.id);
}

function tableTarget(
  x: Execution,
  scope: TableScope,
  address: unknown,
  location: string
): RangeEntity {
  if (scope.sheet) return rangeArgument(x, scope.sheet, address, location);
  if (address instanceof ClientObject)
    return rangeArgument(x, x.state.activeSheet(), address, location);
  const parsed = typeof address === "string" ? parseAddress(address) : null;
  const sheet = parsed?.sheet !== undefined ? x.state.sheetByName(parsed.sheet) : undefined;
  if (!parsed || !sheet)
    fail("InvalidArgument", location, "workbook.tables.add needs a sheet-qualified address.");
  return { sheet, area: parsed.area };
}

export class TableObject extends ClientObject {
  getRange(): ClientObject {
    return makeRange(this, "GetRange", [], ((t: TableState, x: Execution) => ({
      sheet: sheetOf(x.state, t.sheetId),
      area: t.area,
    })) as never);
  }

  getHeaderRowRange(): ClientObject {
    return makeRange(this, "GetHeaderRowRange", [], ((t: TableState, x: Execution) => ({
      sheet: sheetOf(x.state, t.sheetId),
      area: { ...t.area, bottom: t.area.top },
    })) as never);
  }

  getDataBodyRange(): ClientObject {
    return makeRange(this, "GetDataBodyRange", [], ((t: TableState, x: Execution) => {
      if (t.area.bottom === t.area.top)
        fail("ItemNotFound", "Table.getDataBodyRange", "The table has no data rows.");
      return { sheet: sheetOf(x.state, t.sheetId), area: { ...t.area, top: t.area.top + 1 } };
    }) as never);
  }

  /** Deletes the table and clears its cells. */
  delete(): void {
    this._call("Delete", [], (t, x) => {
      const table = t as TableState;
      const sheet = sheetOf(x.state, table.sheetId);
      x.state.deleteTable(table, "Table.delete");
      x.state.clear(sheet, table.area, "All", "Table.delete");
    });
  }

  /** Turns the table back into plain cells, keeping their contents. */
  convertToRange(): ClientObject {
    this._requireApi("convertToRange", "1.2");
    return makeRange(this, "ConvertToRange", [], ((t: TableState, x: Execution) => {
      x.state.deleteTable(t, "Table.convertToRange");
      return { sheet: sheetOf(x.state, t.sheetId), area: t.area };
    }) as never);
  }
}

export const TableSpec: TypeSpec = {
  name: "Table",
  alive: (t: TableState) => !t.deleted,
  props: {
    id: { get: (t: TableState) => t.id },
    name: {
      get: (t: TableState) => t.name,
      set: (t: TableState, v: unknown, x: Execution) => x.state.renameTable(t, v, "Table.name"),
    },
    showTotals: {
      get: (t: TableState) => t.showTotals,
      set: (t: TableState, v: unknown) => {
        t.showTotals = check.boolean(v, "Table.showTotals");
      },
    },
    showBandedRows: {
      api: "1.3",
      get: (t: TableState) => t.showBandedRows,
      set: (t: TableState, v: unknown) => {
        t.showBandedRows = check.boolean(v, "Table.showBandedRows");
      },
    },
    showHeaders: {
      get: (t: TableState) => t.hasHeaders,
      set: (t: TableState, v: unknown) => {
        t.hasHeaders = check.boolean(v, "Table.showHeaders");
      },
    },
    style: {
      get: (t: TableState) => t.style,
      set: (t: TableState, v: unknown) => {
        t.style = check.string(v, "Table.style");
      },
    },
  },
  navs: {
    worksheet: {
      api: "1.2",
      type: () => sheetLink.spec,
      create: (p) =>
        sheetLink.make(p, ((t: TableState, x: Execution) => sheetOf(x.state, t.sheetId)) as never),
    },
  },
};
defineMembers(TableObject, TableSpec);

function tableFrom(
  parent: ClientObject,
  method: string,
  args: unknown[],
  resolve: (scope: TableScope, x: Execution) => TableState | null
): TableObject {
  return new TableObject(parent._context, parent, TableSpec, resolve as never, { method, args });
}

export class TableCollectionObject extends ClientObject {
  add(address: unknown, hasHeaders: boolean): TableObject {
    return tableFrom(this, "Add", [address, hasHeaders], (scope, x) => {
      const target = tableTarget(x, scope, address, "TableCollection.add");
      return x.state.addTable(
        target.sheet,
        target.area,
        hasHeaders === true,
        "TableCollection.add"
      );
    });
  }

  getItem(key: string): TableObject {
    return tableFrom(this, "GetItem", [key], (scope, x) => {
      const t = tablesIn(x.state, scope).find(
        (o) => o.id === key || o.name.toLowerCase() === String(key).toLowerCase()
      );
      return (
        t ?? fail("ItemNotFound", "TableCollection.getItem", `There is no table named '${key}'.`)
      );
    });
  }

  getItemOrNullObject(key: string): TableObject {
    this._requireApi("getItemOrNullObject", "1.4");
    return tableFrom(
      this,
      "GetItemOrNullObject",
      [key],
      (scope, x) =>
        tablesIn(x.state, scope).find(
          (o) => o.id === key || o.name.toLowerCase() === String(key).toLowerCase()
        ) ?? null
    );
  }

  getItemAt(i: number): TableObject {
    return tableFrom(
      this,
      "GetItemAt",
      [i],
      (scope, x) =>
        tablesIn(x.state, scope)[wholeIndex(i, "TableCollection.getItemAt")] ??
        fail("ItemNotFound", "TableCollection.getItemAt", `There is no table at ${i}.`)
    );
  }

  getCount(): { value: number } {
    this._requireApi("getCount", "1.4");
    return this._callResult(
      "GetCount",
      [],
      (scope, x) => tablesIn(x.state, scope as TableScope).length
    );
  }
}

export const TableCollectionSpec: TypeSpec = {
  name: "TableCollection",
  props: { count: { get: (scope: TableScope, x: Execution) => tablesIn(x.state, scope).length } },
  navs: {},
  items: {
    list: (scope: TableScope, x: Execution) => tablesIn(x.state, scope),
    make: (parent, entity) =>
      new TableObject(parent._context, parent, TableSpec, null, { bound: { entity } }),
    itemType: () => TableSpec,
  },
};
defineMembers(TableCollectionObject, TableCollectionSpec);

/** Set by excel-sheet.ts (which imports this module) to break the import cycle. */
