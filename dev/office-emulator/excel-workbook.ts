/**
 * `Excel.Workbook` and its workbook-wide parts: settings, defined names, structure protection
 * and the application object.
 */
import { qualifiedAddress } from "./a1";
import { fail } from "./errors";
import { RangeEntity, makeRange } from "./excel-range";
import { TableCollectionObject, TableCollectionSpec } from "./excel-tables";
import { WorksheetCollectionObject, WorksheetCollectionSpec } from "./excel-sheet";
import { NameState } from "./objects-state";
import { ClientObject, Execution, RequestContext, TypeSpec, defineMembers } from "./request";
import { SheetState } from "./sheet-state";
import { WorkbookState } from "./workbook-state";

// ---- settings -------------------------------------------------------------------------------

interface SettingEntity {
  readonly key: string;
  readonly settings: Map<string, string>;
}

export class SettingObject extends ClientObject {
  delete(): void {
    this._call("Delete", [], (e) => {
      const s = e as SettingEntity;
      s.settings.delete(s.key);
    });
  }
}

function storeSetting(
  settings: Map<string, string>,
  key: string,
  value: unknown,
  location: string
): void {
  if (value === undefined)
    fail("InvalidArgument", location, "A setting's value cannot be undefined.");
  const text = JSON.stringify(value);
  if (text === undefined)
    fail("InvalidArgument", location, "A setting's value must be JSON-serializable.");
  settings.set(key, text);
}

export const SettingSpec: TypeSpec = {
  name: "Setting",
  alive: (e: SettingEntity) => e.settings.has(e.key),
  props: {
    key: { get: (e: SettingEntity) => e.key },
    value: {
      get: (e: SettingEntity) => JSON.parse(e.settings.get(e.key) as string) as unknown,
      set: (e: SettingEntity, v: unknown) => storeSetting(e.settings, e.key, v, "Setting.value"),
    },
  },
  navs: {},
};
defineMembers(SettingObject, SettingSpec);

function settingFrom(
  parent: ClientObject,
  method: string,
  args: unknown[],
  resolve: (state: WorkbookState, x: Execution) => SettingEntity | null
): SettingObject {
  return new SettingObject(parent._context, parent, SettingSpec, resolve as never, {
    method,
    args,
  });
}

function settingKey(key: unknown, location: string): string {
  if (typeof key !== "string" || key === "")
    fail("InvalidArgument", location, "A setting key must be a non-empty string.");
  return key;
}

export class SettingCollectionObject extends ClientObject {
  add(key: string, value: unknown): SettingObject {
    return settingFrom(this, "Add", [key, value], (state) => {
      const k = settingKey(key, "SettingCollection.add");
      storeSetting(state.settings, k, value, "SettingCollection.add");
      return { key: k, settings: state.settings };
    });
  }

  getItem(key: string): SettingObject {
    return settingFrom(this, "GetItem", [key], (state) => {
      const k = settingKey(key, "SettingCollection.getItem");
      if (!state.settings.has(k))
        fail("ItemNotFound", "SettingCollection.getItem", `There is no setting '${key}'.`);
      return { key: k, settings: state.settings };
    });
  }

  getItemOrNullObject(key: string): SettingObject {
    return settingFrom(this, "GetItemOrNullObject", [key], (state) => {
      const k = settingKey(key, "SettingCollection.getItemOrNullObject");
      return state.settings.has(k) ? { key: k, settings: state.settings } : null;
    });
  }

  getCount(): { value: number } {
    return this._callResult("GetCount", [], (state) => (state as WorkbookState).settings.size);
  }
}
export const SettingCollectionSpec: TypeSpec = {
  name: "SettingCollection",
  props: {},
  navs: {},
  items: {
    list: (state: WorkbookState) =>
      [...state.settings.keys()].map((key) => ({ key, settings: state.settings })),
    make: (parent, entity) =>
      new SettingObject(parent._context, parent, SettingSpec, null, { bound: { entity } }),
    itemType: () => SettingSpec,
  },
};
defineMembers(SettingCollectionObject, SettingCollectionSpec);

// ---- names ----------------------------------------------------------------------------------

interface NameScope {
  readonly sheet?: SheetState;
}

function namesIn(state: WorkbookState, scope: NameScope): NameState[] {
  return state.names.filter((n) =>
    scope.sheet ? n.scopeSheetId === scope.sheet.id : n.scopeSheetId === null
  );
}

export class NamedItemObject extends ClientObject {
  delete(): void {
    this._requireApi("delete", "1.4");
    this._call("Delete", [], (n, x) => x.state.deleteName(n as NameState));
  }

  getRange(): ClientObject {
    return makeRange(this, "GetRange", [], ((n: NameState, x: Execution) => {
      const target = x.state.nameTarget(n);
      if (!target)
        fail("InvalidOperation", "NamedItem.getRange", `'${n.name}' does not refer to a range.`);
      return target satisfies RangeEntity;
    }) as never);
  }

  getRangeOrNullObject(): ClientObject {
    this._requireApi("getRangeOrNullObject", "1.4");
    return makeRange(this, "GetRangeOrNullObject", [], ((n: NameState, x: Execution) =>
      x.state.nameTarget(n)) as never);
  }
}

function constantOf(formula: string): unknown {
  const body = formula.replace(/^=/, "");
  if (/^".*"$/.test(body)) return body.slice(1, -1).replace(/""/g, '"');
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === "TRUE";
  const n = Number(body);
  return body !== "" && Number.isFinite(n) ? n : body;
}

export const NamedItemSpec: TypeSpec = {
  name: "NamedItem",
  alive: (n: NameState) => !n.deleted,
  props: {
    name: { get: (n: NameState) => n.name },
    formula: { get: (n: NameState) => n.formula },
    comment: {
      api: "1.4",
      get: (n: NameState) => n.comment,
      set: (n: NameState, v: unknown) => (n.comment = String(v)),
    },
    visible: {
      get: (n: NameState) => n.visible,
      set: (n: NameState, v: unknown) => (n.visible = v === true),
    },
    scope: { api: "1.4", get: (n: NameState) => (n.scopeSheetId ? "Worksheet" : "Workbook") },
    type: {
      get: (n: NameState, x: Execution) => {
        if (x.state.nameTarget(n)) return "Range";
        const v = constantOf(n.formula);
        if (typeof v === "number") return Number.isInteger(v) ? "Integer" : "Double";
        if (typeof v === "boolean") return "Boolean";
        return /^#/.test(String(v)) ? "Error" : "String";
      },
    },
    value: {
      get: (n: NameState, x: Execution) => {
        const target = x.state.nameTarget(n);
        return target ? qualifiedAddress(target.sheet.name, target.area) : constantOf(n.formula);
      },
    },
  },
  navs: {},
};
defineMembers(NamedItemObject, NamedItemSpec);

function nameFrom(
  parent: ClientObject,
  method: string,
  args: unknown[],
  resolve: (scope: NameScope, x: Execution) => NameState | null
): NamedItemObject {
  return new NamedItemObject(parent._context, parent, NamedItemSpec, resolve as never, {
    method,
    args,
  });
}

export class NamedItemCollectionObject extends ClientObject {
  add(name: string, reference: unknown, comment?: string): NamedItemObject {
    this._requireApi("add", "1.4");
    return nameFrom(this, "Add", [name, reference, comment], (scope, x) => {
      let formula: string;
      if (reference instanceof ClientObject) {
        const r = reference._resolve(x) as RangeEntity;
        formula = WorkbookState.referenceFormula(r.sheet, r.area);
      } else if (typeof reference === "string" && reference !== "") {
        formula = reference.startsWith("=") ? reference : `=${reference}`;
      } else
        return fail(
          "InvalidArgument",
          "NamedItemCollection.add",
          "The reference must be a Range or a string."
        );
      const state = x.state.addName(name, formula, comment ?? "", "NamedItemCollection.add");
      state.scopeSheetId = scope.sheet?.id ?? null;
      return state;
    });
  }

  getItem(name: string): NamedItemObject {
    return nameFrom(
      this,
      "GetItem",
      [name],
      (scope, x) =>
        namesIn(x.state, scope).find((n) => n.name.toLowerCase() === String(name).toLowerCase()) ??
        fail("ItemNotFound", "NamedItemCollection.getItem", `There is no name '${name}'.`)
    );
  }

  getItemOrNullObject(name: string): NamedItemObject {
    this._requireApi("getItemOrNullObject", "1.4");
    return nameFrom(
      this,
      "GetItemOrNullObject",
      [name],
      (scope, x) =>
        namesIn(x.state, scope).find((n) => n.name.toLowerCase() === String(name).toLowerCase()) ??
        null
    );
  }

  getCount(): { value: number } {
    this._requireApi("getCount", "1.4");
    return this._callResult(
      "GetCount",
      [],
      (scope, x) => namesIn(x.state, scope as NameScope).length
    );
  }
}
export const NamedItemCollectionSpec: TypeSpec = {
  name: "NamedItemCollection",
  props: {},
  navs: {},
  items: {
    list: (scope: NameScope, x: Execution) => namesIn(x.state, scope),
    make: (parent, entity) =>
      new NamedItemObject(parent._context, parent, NamedItemSpec, null, { bound: { entity } }),
    itemType: () => NamedItemSpec,
  },
};
defineMembers(NamedItemCollectionObject, NamedItemCollectionSpec);

// ---- protection, application, workbook ------------------------------------------------------

export class WorkbookProtectionObject extends ClientObject {
  protect(password?: string): void {
    this._call("Protect", [password], (s) => {
      const state = s as WorkbookState;
      if (state.structureProtected)
        fail("AccessDenied", "WorkbookProtection.protect", "The workbook is already protected.");
      state.structureProtected = true;
      state.structurePassword = password ?? null;
    });
  }

  unprotect(password?: string): void {
    this._call("Unprotect", [password], (s) => {
      const state = s as WorkbookState;
      if (!state.structureProtected) return;
      if (state.structurePassword !== null && state.structurePassword !== password)
        fail("InvalidArgument", "WorkbookProtection.unprotect", "The password is incorrect.");
      state.structureProtected = false;
      state.structurePassword = null;
    });
  }
}
export const WorkbookProtectionSpec: TypeSpec = {
  name: "WorkbookProtection",
  props: { protected: { get: (s: WorkbookState) => s.structureProtected } },
  navs: {},
};
defineMembers(WorkbookProtectionObject, WorkbookProtectionSpec);

export class ApplicationObject extends ClientObject {
  calculate(calculationType: string): void {
    this._call("Calculate", [calculationType], () => undefined);
  }

  suspendApiCalculationUntilNextSync(): void {
    this._requireApi("suspendApiCalculationUntilNextSync", "1.6");
    this._call("SuspendApiCalculationUntilNextSync", [], () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._requireApi("suspendScreenUpdatingUntilNextSync", "1.9");
    this._call("SuspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}
const calculation = { mode: "Automatic" };
export const ApplicationSpec: TypeSpec = {
  name: "Application",
  props: {
    calculationMode: {
      get: () => calculation.mode,
      set: (_s: unknown, v: unknown) => {
        if (!["Automatic", "AutomaticExceptTables", "Manual"].includes(String(v)))
          fail(
            "InvalidArgument",
            "Application.calculationMode",
            `'${String(v)}' is not a CalculationMode.`
          );
        if (v !== "Automatic")
          fail(
            "NotEmulated",
            "Application.calculationMode",
            "Only automatic calculation is emulated."
          );
      },
      api: "1.1",
    },
  },
  navs: {},
};
defineMembers(ApplicationObject, ApplicationSpec);

export class WorkbookObject extends ClientObject {
  getSelectedRange(): ClientObject {
    return makeRange(this, "GetSelectedRange", [], ((state: WorkbookState) => {
      const sheet = state.activeSheet();
      return { sheet, area: sheet.selection };
    }) as never);
  }

  getActiveCell(): ClientObject {
    this._requireApi("getActiveCell", "1.7");
    return makeRange(this, "GetActiveCell", [], ((state: WorkbookState) => {
      const sheet = state.activeSheet();
      const { top, left } = sheet.selection;
      return { sheet, area: { top, left, bottom: top, right: left } };
    }) as never);
  }
}

export const WorkbookSpec: TypeSpec = {
  name: "Workbook",
  props: {
    name: { api: "1.7", get: (s: WorkbookState) => s.options.name },
    readOnly: { api: "1.8", get: () => false },
  },
  navs: {
    worksheets: {
      type: () => WorksheetCollectionSpec,
      create: (p) =>
        new WorksheetCollectionObject(p._context, p, WorksheetCollectionSpec, (s: unknown) => s),
    },
    tables: {
      type: () => TableCollectionSpec,
      create: (p) => new TableCollectionObject(p._context, p, TableCollectionSpec, () => ({})),
    },
    names: {
      type: () => NamedItemCollectionSpec,
      create: (p) =>
        new NamedItemCollectionObject(p._context, p, NamedItemCollectionSpec, () => ({})),
    },
    settings: {
      api: "1.4",
      type: () => SettingCollectionSpec,
      create: (p) =>
        new SettingCollectionObject(p._context, p, SettingCollectionSpec, (s: unknown) => s),
    },
    protection: {
      api: "1.7",
      type: () => WorkbookProtectionSpec,
      create: (p) =>
        new WorkbookProtectionObject(p._context, p, WorkbookProtectionSpec, (s: unknown) => s),
    },
    application: {
      type: () => ApplicationSpec,
      create: (p) => new ApplicationObject(p._context, p, ApplicationSpec, (s: unknown) => s),
    },
  },
};
defineMembers(WorkbookObject, WorkbookSpec);

/** The root object of a request context. */
export function makeWorkbook(ctx: RequestContext): ClientObject {
  return new WorkbookObject(ctx, null, WorkbookSpec, (_: unknown, x: Execution) => x.state, {
    method: "Workbook",
  });
}
