/**
 * `createEmulator`: one emulated Excel host with its workbook, its `Excel` / `Office` /
 * `OfficeExtension` namespaces, and a controller for tests (counters, cell-edit mode, protection
 * switches, dialogs, ribbon actions, snapshots).
 */
import { Area, parseAddress } from "./a1";
import { CellContent } from "./engine";
import { OfficeExtensionError } from "./errors";
import { createExcelNamespace } from "./excel-namespace";
import {
  ActionEventRecord,
  DEFAULT_THEME,
  DialogRecord,
  OfficeHost,
  OfficeTheme,
  createOfficeNamespace,
} from "./office";
import { Execution, Host, Op, RequestContext, asOfficeError, jsonBytes } from "./request";
import { RequirementSets, Requirements } from "./requirements";
import { ProtectionOptions, SheetState, defaultProtectionOptions } from "./sheet-state";
import { SheetInputs, WorkbookSnapshot, sheetInputs, snapshot } from "./snapshot";
import { WorkbookState } from "./workbook-state";

/** A rectangle as the add-in's core uses it (0-based, inclusive). */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetSpec {
  readonly name: string;
  /** Row-major cells from A1. Strings starting with "=" are formulas; "", null and undefined are empty. */
  readonly values?: readonly (readonly unknown[])[];
  /** Number formats from A1 (null: leave General). A "@" cell keeps a "=..." value as text. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Merged areas as A1 ranges ("A1:C1") or 0-based areas. */
  readonly merges?: readonly (string | CellArea)[];
  readonly protected?: boolean;
  readonly protectionOptions?: Partial<ProtectionOptions>;
  readonly visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** Column widths in points, by letter ("A": 80). */
  readonly columnWidths?: Readonly<Record<string, number>>;
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly frozen?: { readonly rows?: number; readonly columns?: number };
}

export interface EmulatorOptions {
  readonly sheets?: readonly SheetSpec[];
  /** Name of the active sheet (default: the first visible one). */
  readonly activeSheet?: string;
  /** Requirement sets claimed; merged over high defaults (ExcelApi 1.20). `null` removes a set. */
  readonly requirementSets?: RequirementSets;
  readonly displayLanguage?: string;
  readonly officeTheme?: Partial<OfficeTheme>;
  readonly platform?: "PC" | "OfficeOnline" | "Mac" | "iOS" | "Android" | "Universal";
  readonly version?: string;
  readonly workbookName?: string;
  /** Persisted add-in settings (what `workbook.settings` and `Office.context.document.settings` see). */
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly structureProtected?: boolean;
  /** Request size limit in bytes (Excel on the web: 5 MB). */
  readonly requestLimitBytes?: number;
  readonly responseLimitBytes?: number;
  /** Delay each request by this many milliseconds (0: resolve on the microtask queue). */
  readonly latencyMs?: number;
  readonly defaultFont?: { readonly name: string; readonly size: number };
}

export interface RequestRecord {
  /** 1-based, in the order the requests reached "Excel". */
  readonly index: number;
  /** Estimated size: UTF-8 bytes of the JSON of the queued operations and their arguments. */
  readonly bytes: number;
  readonly operations: number;
  ok: boolean;
  errorCode?: string;
  /** Whether this was the sync `Excel.run` performs after the batch. */
  readonly finalOfRun: boolean;
}

export interface EmulatorStats {
  /**
   * `context.sync()` calls by the add-in, plus the closing sync of `Excel.run` when it had work
   * left (office-js always calls it, but with an empty queue it sends nothing).
   */
  readonly syncCalls: number;
  /** Requests actually sent (syncs with queued operations). */
  readonly requests: readonly RequestRecord[];
}

export const MB = 1024 * 1024;

export class Emulator implements Host, OfficeHost {
  readonly state: WorkbookState;
  readonly requirements: Requirements;
  readonly requestLimitBytes: number;
  readonly responseLimitBytes: number;
  displayLanguage: string;
  theme: OfficeTheme;
  readonly platform: string;
  readonly version: string;
  failNextSettingsSave: string | null = null;
  readonly dialogs: DialogRecord[] = [];
  readonly actions = new Map<string, (event: unknown) => unknown>();
  readonly actionEvents: ActionEventRecord[] = [];
  readonly taskpaneCalls: string[] = [];
  startupBehavior = "None";
  readonly visibilityHandlers: ((args: { visibilityMode: string }) => void)[] = [];
  readonly Excel: object;
  readonly Office: object;
  readonly OfficeExtension: object;

  private syncCalls = 0;
  private readonly requestLog: RequestRecord[] = [];
  private cellEditMode = false;
  private cellEditWaiters: (() => void)[] = [];
  private chain: Promise<unknown> = Promise.resolve();
  private installedOn: object | null = null;
  private saved: Record<string, PropertyDescriptor | undefined> = {};

  constructor(readonly options: EmulatorOptions = {}) {
    const language = options.displayLanguage ?? "zh-CN";
    const font =
      options.defaultFont ??
      (language.startsWith("zh") ? { name: "等线", size: 11 } : { name: "Calibri", size: 11 });
    this.state = new WorkbookState({
      fontName: font.name,
      fontSize: font.size,
      standardWidth: 48,
      standardHeight: 15,
      name: options.workbookName ?? "Book1.xlsx",
    });
    this.requirements = new Requirements(options.requirementSets);
    this.requestLimitBytes = options.requestLimitBytes ?? 5 * MB;
    this.responseLimitBytes = options.responseLimitBytes ?? 5 * MB;
    this.displayLanguage = language;
    this.theme = { ...DEFAULT_THEME, ...options.officeTheme };
    this.platform = options.platform ?? "PC";
    this.version = options.version ?? "16.0.17928.20114";
    for (const [k, v] of Object.entries(options.settings ?? {}))
      this.state.settings.set(k, JSON.stringify(v));
    loadSheets(this.state, options.sheets?.length ? options.sheets : [{ name: "Sheet1" }]);
    const active = options.activeSheet ? this.state.sheetByName(options.activeSheet) : undefined;
    this.state.activeSheetId = (
      active ??
      this.state.sheets.find((s) => s.visibility === "Visible") ??
      this.state.sheets[0]
    ).id;
    this.state.structureProtected = options.structureProtected ?? false;
    const excel = createExcelNamespace(this);
    this.Excel = excel.Excel;
    this.OfficeExtension = excel.OfficeExtension;
    this.Office = createOfficeNamespace(this);
  }

  get settingsStore(): Map<string, string> {
    return this.state.settings;
  }

  // ---- Host -------------------------------------------------------------------------------

  sync<T>(context: RequestContext, passThrough: T, finalOfRun: boolean): Promise<T> {
    const ops = context._pending;
    context._pending = [];
    if (!finalOfRun || ops.length > 0) this.syncCalls += 1;
    const step = () =>
      ops.length === 0 ? passThrough : this.execute(context, ops, finalOfRun, passThrough);
    const next = this.chain.then(() => this.delay()).then(step);
    this.chain = next.catch(() => undefined);
    return next as Promise<T>;
  }

  private delay(): Promise<void> {
    const ms = this.options.latencyMs ?? 0;
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  }

  private async execute<T>(
    context: RequestContext,
    ops: Op[],
    finalOfRun: boolean,
    passThrough: T
  ): Promise<T> {
    const bytes = 2 + ops.reduce((n, op) => n + jsonBytes(op.info) + 1, 0);
    const record: RequestRecord = {
      index: this.requestLog.length + 1,
      bytes,
      operations: ops.length,
      ok: false,
      finalOfRun,
    };
    this.requestLog.push(record);
    if (this.cellEditMode) {
      if (context._delayForCellEdit)
        await new Promise<void>((resolve) => this.cellEditWaiters.push(resolve));
      else {
        record.errorCode = "InvalidOperationInCellEditMode";
        throw new OfficeExtensionError("InvalidOperationInCellEditMode");
      }
    }
    if (bytes > this.requestLimitBytes) {
      record.errorCode = "RequestPayloadSizeLimitExceeded";
      throw new OfficeExtensionError(
        "RequestPayloadSizeLimitExceeded",
        `The request is about ${bytes} bytes; the limit is ${this.requestLimitBytes}. Nothing was applied.`
      );
    }
    const x = new Execution(this);
    try {
      for (const op of ops) op.run(x);
    } catch (e) {
      for (const o of x.bound) o._binding = undefined;
      context._afterRequest(ops);
      const error = asOfficeError(e);
      record.errorCode = error instanceof OfficeExtensionError ? error.code : "EmulatorBug";
      throw error;
    }
    context._quietly(() => {
      for (const apply of x.onSuccess) apply();
    });
    context._afterRequest(ops);
    record.ok = true;
    return passThrough;
  }

  // ---- controller -------------------------------------------------------------------------

  get stats(): EmulatorStats {
    return { syncCalls: this.syncCalls, requests: this.requestLog.map((r) => ({ ...r })) };
  }

  resetStats(): void {
    this.syncCalls = 0;
    this.requestLog.length = 0;
  }

  /** While on, every request fails with InvalidOperationInCellEditMode (or waits, with delayForCellEdit). */
  setCellEditMode(on: boolean): void {
    this.cellEditMode = on;
    if (!on) {
      const waiters = this.cellEditWaiters;
      this.cellEditWaiters = [];
      for (const w of waiters) w();
    }
  }

  /** Protects or unprotects the workbook structure, as a user would. */
  protectStructure(on: boolean): void {
    this.state.structureProtected = on;
    this.state.structurePassword = null;
  }

  /** Protects or unprotects a sheet, as a user would. */
  setSheetProtected(name: string, on: boolean, options: Partial<ProtectionOptions> = {}): void {
    const sheet = this.requireSheet(name);
    sheet.protected = on;
    sheet.protectionOptions = { ...defaultProtectionOptions(), ...options };
    sheet.protectionPassword = null;
  }

  /** Makes the next `Office.context.document.settings.saveAsync` report failure. */
  failSettingsSave(message = "The settings could not be saved."): void {
    this.failNextSettingsSave = message;
  }

  setDisplayLanguage(language: string): void {
    this.displayLanguage = language;
  }

  setOfficeTheme(theme: Partial<OfficeTheme>): void {
    this.theme = { ...this.theme, ...theme };
  }

  /** The persisted add-in settings, parsed. */
  savedSettings(): Record<string, unknown> {
    return Object.fromEntries(
      [...this.state.settings].map(([k, v]) => [k, JSON.parse(v) as unknown])
    );
  }

  /** Delivers a message from the open dialog to the add-in's DialogMessageReceived handlers. */
  sendDialogMessage(message: string, origin = "https://localhost:3000"): void {
    const dialog = this.openDialog();
    for (const h of dialog.handlers.get("dialogMessageReceived") ?? [])
      h({ type: "dialogMessageReceived", message, origin });
  }

  /** The user closes the open dialog: handlers get DialogEventReceived with error 12006. */
  closeDialogByUser(): void {
    const dialog = this.openDialog();
    dialog.closed = true;
    for (const h of dialog.handlers.get("dialogEventReceived") ?? [])
      h({ type: "dialogEventReceived", error: 12006 });
  }

  private openDialog(): DialogRecord {
    const dialog = [...this.dialogs].reverse().find((d) => !d.closed);
    if (!dialog) throw new Error("emulator: no dialog is open");
    return dialog;
  }

  /**
   * Runs a function registered with `Office.actions.associate`, as a ribbon button would, and
   * resolves once it calls `event.completed()` (or rejects after `timeoutMs`).
   */
  invokeAction(name: string, timeoutMs = 5000): Promise<ActionEventRecord> {
    const fn = this.actions.get(name);
    if (!fn) return Promise.reject(new Error(`emulator: no function is associated with '${name}'`));
    const record: ActionEventRecord = { action: name, completed: false };
    this.actionEvents.push(record);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`emulator: '${name}' did not call event.completed()`)),
        timeoutMs
      );
      const event = {
        source: { id: name },
        completed: (options?: unknown) => {
          if (record.completed)
            throw new Error(`emulator: '${name}' called event.completed() twice`);
          record.completed = true;
          record.completedOptions = options;
          clearTimeout(timer);
          resolve(record);
        },
      };
      try {
        const r = fn(event);
        if (r && typeof (r as Promise<unknown>).catch === "function")
          (r as Promise<unknown>).catch((e: unknown) => {
            clearTimeout(timer);
            reject(e);
          });
      } catch (e) {
        clearTimeout(timer);
        reject(e);
      }
    });
  }

  /** Puts `Excel`, `Office` and `OfficeExtension` on `target` (globalThis by default). */
  install(target: object = globalThis): this {
    if (this.installedOn) this.uninstall();
    const t = target as Record<string, unknown>;
    for (const name of ["Excel", "Office", "OfficeExtension"]) {
      this.saved[name] = Object.getOwnPropertyDescriptor(t, name);
      Object.defineProperty(t, name, {
        value: this[name as "Excel"],
        configurable: true,
        writable: true,
      });
    }
    this.installedOn = target;
    return this;
  }

  uninstall(): void {
    const t = this.installedOn as Record<string, unknown> | null;
    if (!t) return;
    for (const name of ["Excel", "Office", "OfficeExtension"]) {
      const d = this.saved[name];
      if (d) Object.defineProperty(t, name, d);
      else delete t[name];
    }
    this.installedOn = null;
    this.saved = {};
  }

  snapshot(): WorkbookSnapshot {
    return snapshot(this.state);
  }

  sheetInputs(): SheetInputs[] {
    return sheetInputs(this.state);
  }

  /**
   * A new emulator opened on what this workbook holds now: contents, number formats, merges,
   * sizes, panes, protection, visibility and saved settings (not charts, tables or formats).
   */
  reopen(overrides: Partial<EmulatorOptions> = {}): Emulator {
    const sheets: SheetSpec[] = this.sheetInputs().map((s) => {
      const sheet = this.requireSheet(s.name);
      return {
        name: s.name,
        values: s.formulas,
        numberFormats: s.numberFormats,
        merges: s.merges,
        protected: sheet.protected,
        protectionOptions: sheet.protectionOptions,
        visibility: sheet.visibility as SheetSpec["visibility"],
        frozen: { rows: sheet.frozenRows, columns: sheet.frozenColumns },
      };
    });
    return new Emulator({
      ...this.options,
      sheets,
      activeSheet: this.state.activeSheet().name,
      settings: this.savedSettings(),
      structureProtected: this.state.structureProtected,
      ...overrides,
    });
  }

  private requireSheet(name: string): SheetState {
    const sheet = this.state.sheetByName(name);
    if (!sheet) throw new Error(`emulator: no sheet named '${name}'`);
    return sheet;
  }
}

function toArea(merge: string | CellArea): Area {
  if (typeof merge !== "string") return merge;
  const parsed = parseAddress(merge);
  if (!parsed) throw new Error(`emulator: '${merge}' is not an A1 range`);
  return parsed.area;
}

/** Fills the workbook from sheet specs: cells are taken as they are (no typing rules). */
function loadSheets(state: WorkbookState, specs: readonly SheetSpec[]): void {
  const created = specs.map((spec) => {
    const sheet = state.addSheet(spec.name, "emulator options");
    sheet.visibility = spec.visibility ?? "Visible";
    return sheet;
  });
  specs.forEach((spec, i) => {
    const sheet = created[i];
    spec.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f !== null && f !== undefined && f !== "General")
          sheet.applyFormat({ top: r, left: c, bottom: r, right: c }, { numberFormat: f });
      })
    );
    const block: (CellContent | null)[][] = (spec.values ?? []).map((row, r) =>
      row.map((v, c) => {
        if (v === null || v === undefined || v === "") return null;
        if (typeof v === "number") return { kind: "number", value: v };
        if (typeof v === "boolean") return { kind: "boolean", value: v };
        const text = String(v);
        if (text.startsWith("=") && sheet.format(r, c, "numberFormat") !== "@") {
          if (!state.engine.canParse(text))
            throw new Error(`emulator: cannot parse ${text} in ${spec.name}`);
          return { kind: "formula", text };
        }
        return { kind: "text", value: text };
      })
    );
    const width = Math.max(0, ...block.map((r) => r.length));
    const rect = block.map((r) => [...r, ...Array<null>(width - r.length).fill(null)]);
    rect.forEach((row, r) => row.forEach((c, col) => c && sheet.setContent(r, col, c)));
    state.engine.setBlock(
      sheet.engineId,
      0,
      0,
      rect.map((line) => line.map((c) => (c ? state.engineContent(c) : c)))
    );
    sheet.merges = (spec.merges ?? []).map(toArea);
    sheet.protected = spec.protected ?? false;
    sheet.protectionOptions = { ...defaultProtectionOptions(), ...spec.protectionOptions };
    for (const [letter, w] of Object.entries(spec.columnWidths ?? {})) {
      const parsed = parseAddress(`${letter}:${letter}`);
      if (parsed) sheet.columnWidths.set(parsed.area.left, w);
    }
    for (const [row, h] of Object.entries(spec.rowHeights ?? {}))
      sheet.rowHeights.set(Number(row) - 1, h);
    sheet.frozenRows = spec.frozen?.rows ?? 0;
    sheet.frozenColumns = spec.frozen?.columns ?? 0;
  });
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options);
}

/** An emulator over plain sheets: `fromSheets([{ name, values, merges }])`. */
export function fromSheets(
  sheets: readonly {
    name: string;
    values: readonly (readonly unknown[])[];
    merges?: readonly (string | CellArea)[];
  }[],
  options: Omit<EmulatorOptions, "sheets"> = {}
): Emulator {
  return new Emulator({ ...options, sheets });
}
