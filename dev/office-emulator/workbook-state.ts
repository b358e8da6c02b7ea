/**
 * The emulated workbook: sheets in order, the formula engine, workbook-wide tables and names,
 * settings and structure protection. Every mutation checks what Excel checks and raises a
 * {@link Fault} with Excel's error code; proxies call these during `context.sync()`.
 */
import {
  Area,
  cellCount,
  columnCount,
  contains,
  intersects,
  isEntireColumn,
  isEntireRow,
  absoluteArea,
  parseAddress,
  quoteSheet,
  rowCount,
} from "./a1";
import { formulaOf, parseCellInput } from "./cell-input";
import { CellContent, Computed, FormulaEngine, isErrorValue } from "./engine";
import { fail } from "./errors";
import { FormatProps, PartialFormat, defaultFormat } from "./formats";
import { formatValue } from "./format-text";
import {
  formulaMentionsSheet,
  removeSheetFromFormula,
  renameSheetInFormula,
  sheetsInFormula,
  shiftFormula,
} from "./formula-text";
import { NameState, TableState } from "./objects-state";
import { SheetState } from "./sheet-state";

export interface WorkbookStateOptions {
  /** `workbook.name`, e.g. "Book1.xlsx". */
  readonly name: string;
  readonly fontName: string;
  readonly fontSize: number;
  readonly standardWidth: number;
  readonly standardHeight: number;
}

/** Excel's rules for a worksheet name; the message says which one was broken. */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string") return "A sheet name must be a string.";
  if (name.length === 0) return "A sheet name cannot be empty.";
  if (name.length > 31) return "A sheet name cannot be longer than 31 characters.";
  if (/[[\]:*?/\\]/.test(name)) return "A sheet name cannot contain any of [ ] : * ? / \\.";
  if (name.startsWith("'") || name.endsWith("'"))
    return "A sheet name cannot begin or end with an apostrophe.";
  if (name.toLowerCase() === "history") return "'History' is reserved by Excel.";
  return null;
}

/** Names of tables and defined names: a letter, "_" or "\" first, no spaces, not a cell address. */
export function definedNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name.length === 0) return "A name cannot be empty.";
  if (name.length > 255) return "A name cannot be longer than 255 characters.";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name))
    return "A name must start with a letter, '_' or '\\' and contain no spaces or symbols.";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^(?:[Rr]\d*)?(?:[Cc]\d*)?$/.test(name))
    return "A name cannot look like a cell reference.";
  return null;
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

export class WorkbookState {
  readonly engine = new FormulaEngine();
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly names: NameState[] = [];
  /** Add-in settings, key → JSON text (what the document stores). */
  readonly settings = new Map<string, string>();
  structureProtected = false;
  structurePassword: string | null = null;
  activeSheetId = "";
  readonly defaults: FormatProps;
  private nextId = 1;

  constructor(readonly options: WorkbookStateOptions) {
    this.defaults = defaultFormat(options.fontName, options.fontSize);
  }

  newId(prefix: string): string {
    const n = (this.nextId++).toString(16).toUpperCase().padStart(8, "0");
    return `{${n}-${prefix}-4000-8000-000000000000}`;
  }

  // ---- sheets -------------------------------------------------------------------------------

  liveSheets(): SheetState[] {
    return this.sheets;
  }

  sheetByName(name: string): SheetState | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** By name or id, as `worksheets.getItem(key)` accepts both. */
  sheetByKey(key: string): SheetState | undefined {
    return this.sheetByName(key) ?? this.sheetById(key);
  }

  activeSheet(): SheetState {
    return (this.sheetById(this.activeSheetId) ?? this.sheets[0]) as SheetState;
  }

  requireStructureEditable(location: string): void {
    if (this.structureProtected)
      fail("AccessDenied", location, "The workbook structure is protected.");
  }

  /** Creates a sheet at the end (what `worksheets.add` does); it is not activated. */
  addSheet(name: string | undefined, location: string): SheetState {
    this.requireStructureEditable(location);
    let finalName = name;
    if (finalName === undefined || finalName === null) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n += 1;
      finalName = `Sheet${n}`;
    }
    const problem = sheetNameProblem(finalName);
    if (problem) fail("InvalidArgument", location, problem);
    if (this.sheetByName(finalName))
      fail("ItemAlreadyExists", location, `A sheet named '${finalName}' already exists.`);
    const sheet = new SheetState(
      this.newId("0001"),
      finalName,
      this.engine.addSheet(finalName),
      this.defaults,
      this.options.standardWidth,
      this.options.standardHeight
    );
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  /**
   * What the engine computes for a formula: a reference to a sheet that does not exist is #REF!
   * for good, even if such a sheet is added later (Excel does not relink it either), so an
   * adapter that writes formulas before creating the sheets they read is caught.
   */
  engineContent(content: CellContent): CellContent {
    if (content.kind !== "formula") return content;
    let text = content.text;
    for (const name of sheetsInFormula(text))
      if (!this.sheetByName(name)) text = removeSheetFromFormula(text, name);
    return text === content.text ? content : { kind: "formula", text };
  }

  private visibleCount(): number {
    return this.sheets.filter((s) => s.visibility === "Visible").length;
  }

  deleteSheet(sheet: SheetState, location: string): void {
    this.requireStructureEditable(location);
    if (sheet.visibility === "Visible" && this.visibleCount() === 1)
      fail("InvalidOperation", location, "A workbook must contain at least one visible worksheet.");
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    this.engine.removeSheet(sheet.engineId);
    for (const t of this.tables) if (t.sheetId === sheet.id) t.deleted = true;
    this.tables.splice(0, this.tables.length, ...this.tables.filter((t) => !t.deleted));
    for (const c of sheet.charts) c.deleted = true;
    for (const f of sheet.conditionalFormats) f.deleted = true;
    // Formulas elsewhere keep pointing at the gone sheet as #REF!, as in Excel.
    for (const s of this.sheets)
      for (const [key, rec] of s.cells) {
        if (rec.content?.kind !== "formula" || !formulaMentionsSheet(rec.content.text, sheet.name))
          continue;
        rec.content = {
          kind: "formula",
          text: removeSheetFromFormula(rec.content.text, sheet.name),
        };
        const { row, col } = SheetState.position(key);
        this.engine.set(s.engineId, row, col, rec.content);
      }
    for (const n of this.names)
      if (formulaMentionsSheet(n.formula, sheet.name))
        n.formula = removeSheetFromFormula(n.formula, sheet.name);
    if (this.activeSheetId === sheet.id) {
      const after = this.sheets.slice(index).find((s) => s.visibility === "Visible");
      const before = [...this.sheets.slice(0, index)]
        .reverse()
        .find((s) => s.visibility === "Visible");
      this.activeSheetId = (after ?? before ?? this.sheets[0]).id;
    }
  }

  renameSheet(sheet: SheetState, name: unknown, location: string): void {
    if (name === sheet.name) return;
    this.requireStructureEditable(location);
    const problem = sheetNameProblem(name);
    if (problem) fail("InvalidArgument", location, problem);
    const newName = name as string;
    const clash = this.sheetByName(newName);
    if (clash && clash !== sheet)
      fail("ItemAlreadyExists", location, `A sheet named '${newName}' already exists.`);
    const old = sheet.name;
    if (!sameName(old, newName)) this.engine.renameSheet(sheet.engineId, newName);
    sheet.name = newName;
    for (const s of this.sheets)
      for (const rec of s.cells.values())
        if (rec.content?.kind === "formula" && formulaMentionsSheet(rec.content.text, old))
          rec.content = {
            kind: "formula",
            text: renameSheetInFormula(rec.content.text, old, newName),
          };
    for (const n of this.names)
      if (formulaMentionsSheet(n.formula, old))
        n.formula = renameSheetInFormula(n.formula, old, newName);
  }

  moveSheet(sheet: SheetState, position: unknown, location: string): void {
    this.requireStructureEditable(location);
    if (typeof position !== "number" || !Number.isInteger(position) || position < 0)
      fail("InvalidArgument", location, "position must be a whole number >= 0.");
    if (position >= this.sheets.length)
      fail("InvalidArgument", location, `position ${position} is past the last sheet.`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetState, visibility: unknown, location: string): void {
    if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden")
      fail("InvalidArgument", location, `'${String(visibility)}' is not a SheetVisibility.`);
    if (visibility === sheet.visibility) return;
    this.requireStructureEditable(location);
    if (visibility !== "Visible" && sheet.visibility === "Visible" && this.visibleCount() === 1)
      fail("InvalidOperation", location, "A workbook must contain at least one visible worksheet.");
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.activeSheetId === sheet.id)
      this.activeSheetId = (this.sheets.find((s) => s.visibility === "Visible") as SheetState).id;
  }

  activate(sheet: SheetState, location: string): void {
    if (sheet.visibility !== "Visible")
      fail("InvalidOperation", location, "A hidden sheet cannot be activated.");
    this.activeSheetId = sheet.id;
  }

  select(sheet: SheetState, area: Area, location: string): void {
    this.activate(sheet, location);
    sheet.selection = area;
  }

  // ---- cells --------------------------------------------------------------------------------

  requireCellsEditable(sheet: SheetState, area: Area, location: string): void {
    if (sheet.protected && sheet.anyLocked(area))
      fail("AccessDenied", location, `The sheet '${sheet.name}' is protected.`);
  }

  requireFormattable(
    sheet: SheetState,
    location: string,
    what: "cells" | "columns" | "rows" = "cells"
  ): void {
    if (!sheet.protected) return;
    const o = sheet.protectionOptions;
    const allowed =
      what === "cells"
        ? o.allowFormatCells
        : what === "columns"
          ? o.allowFormatColumns
          : o.allowFormatRows;
    if (!allowed) fail("AccessDenied", location, `The sheet '${sheet.name}' is protected.`);
  }

  requireObjectsEditable(sheet: SheetState, location: string): void {
    if (sheet.protected && !sheet.protectionOptions.allowEditObjects)
      fail("AccessDenied", location, `The sheet '${sheet.name}' is protected.`);
  }

  /** `range.values = ...` / `range.formulas = ...`. */
  writeCells(sheet: SheetState, area: Area, input: unknown, location: string): void {
    const at = shapedInput(input, area, location);
    this.requireCellsEditable(sheet, area, location);
    const rows = rowCount(area);
    const cols = columnCount(area);
    const block: (CellContent | null)[][] = [];
    const implied: [number, number, string][] = [];
    for (let r = 0; r < rows; r++) {
      const line: (CellContent | null)[] = [];
      for (let c = 0; c < cols; c++) {
        const row = area.top + r;
        const col = area.left + c;
        const parsed = parseCellInput(
          at(r, c),
          sheet.format(row, col, "numberFormat") === "@",
          location
        );
        let content = parsed.content;
        if (content === undefined) content = sheet.content(row, col) ?? null;
        else if (content !== null && content.kind === "formula") {
          // One formula for many cells reads like a fill: relative references move.
          if (at.scalar && (r > 0 || c > 0))
            content = { kind: "formula", text: shiftFormula(content.text, r, c) };
          if (!this.engine.canParse(content.text))
            fail("InvalidArgument", location, `Excel cannot read the formula ${content.text}`);
        }
        if (parsed.impliedFormat && sheet.format(row, col, "numberFormat") === "General")
          implied.push([row, col, parsed.impliedFormat]);
        line.push(content);
      }
      block.push(line);
    }
    block.forEach((line, r) =>
      line.forEach((c, i) => sheet.setContent(area.top + r, area.left + i, c))
    );
    const engineBlock = block.map((line) => line.map((c) => (c ? this.engineContent(c) : c)));
    this.engine.setBlock(sheet.engineId, area.top, area.left, engineBlock);
    for (const [row, col, numberFormat] of implied)
      sheet.applyFormat({ top: row, left: col, bottom: row, right: col }, { numberFormat });
  }

  writeNumberFormat(sheet: SheetState, area: Area, input: unknown, location: string): void {
    const at = shapedInput(input, area, location);
    this.requireFormattable(sheet, location);
    const check = (v: unknown) => {
      if (v !== null && v !== undefined && typeof v !== "string")
        fail("InvalidArgument", location, "A number format must be a string.");
      return v === "" ? "General" : (v as string | null | undefined);
    };
    if (at.scalar) {
      const v = check(at(0, 0));
      if (v !== null && v !== undefined) sheet.applyFormat(area, { numberFormat: v });
      return;
    }
    for (let r = 0; r < rowCount(area); r++)
      for (let c = 0; c < columnCount(area); c++) {
        const v = check(at(r, c));
        if (v === null || v === undefined) continue;
        const row = area.top + r;
        const col = area.left + c;
        sheet.applyFormat({ top: row, left: col, bottom: row, right: col }, { numberFormat: v });
      }
  }

  formatCells(sheet: SheetState, area: Area, patch: PartialFormat, location: string): void {
    this.requireFormattable(sheet, location);
    sheet.applyFormat(area, patch);
  }

  clear(sheet: SheetState, area: Area, applyTo: unknown, location: string): void {
    const what = applyTo ?? "All";
    if (
      !["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"].includes(
        String(what)
      )
    )
      fail("InvalidArgument", location, `'${String(what)}' is not a ClearApplyTo value.`);
    if (what === "Hyperlinks" || what === "RemoveHyperlinks") return;
    const contents = what === "All" || what === "Contents" || what === "ResetContents";
    const formats = what === "All" || what === "Formats";
    if (contents) this.requireCellsEditable(sheet, area, location);
    if (formats) this.requireFormattable(sheet, location);
    if (contents) {
      for (const [r, c, rec] of [...sheet.recordsIn(area)])
        if (rec.content) {
          sheet.setContent(r, c, null);
          this.engine.set(sheet.engineId, r, c, null);
        }
    }
    if (formats) {
      sheet.clearFormats(area);
      sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
      for (const f of sheet.conditionalFormats)
        if (f.areas.every((a) => contains(area, a))) f.deleted = true;
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !f.deleted);
    }
  }

  merge(sheet: SheetState, area: Area, across: boolean, location: string): void {
    this.requireFormattable(sheet, location);
    if (sheet.protected) fail("AccessDenied", location, `The sheet '${sheet.name}' is protected.`);
    if (this.tables.some((t) => t.sheetId === sheet.id && intersects(t.area, area)))
      fail("InvalidOperation", location, "Cells in a table cannot be merged.");
    const pieces: Area[] = across
      ? Array.from({ length: rowCount(area) }, (_, i) => ({
          ...area,
          top: area.top + i,
          bottom: area.top + i,
        }))
      : [area];
    for (const piece of pieces) {
      if (cellCount(piece) === 1) continue;
      const absorbed = sheet.mergesTouching(piece);
      sheet.merges = sheet.merges.filter((m) => !absorbed.includes(m));
      // Excel keeps only the upper-left value of the merged cells.
      for (const [r, c, rec] of [...sheet.recordsIn(piece)])
        if (rec.content && (r !== piece.top || c !== piece.left)) {
          sheet.setContent(r, c, null);
          this.engine.set(sheet.engineId, r, c, null);
        }
      sheet.merges.push(piece);
    }
  }

  unmerge(sheet: SheetState, area: Area, location: string): void {
    this.requireFormattable(sheet, location);
    if (sheet.protected) fail("AccessDenied", location, `The sheet '${sheet.name}' is protected.`);
    sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
  }

  // ---- reading ------------------------------------------------------------------------------

  computed(sheet: SheetState, area: Area): Computed[][] {
    return this.engine.values(sheet.engineId, area);
  }

  values(sheet: SheetState, area: Area): unknown[][] {
    return this.computed(sheet, area).map((row) =>
      row.map((v) => (v === null ? "" : isErrorValue(v) ? v.error : v))
    );
  }

  formulas(sheet: SheetState, area: Area): unknown[][] {
    const computed = this.computed(sheet, area);
    return computed.map((row, r) =>
      row.map((v, c) => {
        const content = sheet.content(area.top + r, area.left + c);
        if (content) return formulaOf(content);
        // A cell filled by a spilling array reports its value.
        return v === null ? "" : isErrorValue(v) ? v.error : v;
      })
    );
  }

  numberFormats(sheet: SheetState, area: Area): string[][] {
    return grid(area, (r, c) => sheet.format(r, c, "numberFormat"));
  }

  text(sheet: SheetState, area: Area): string[][] {
    const computed = this.computed(sheet, area);
    return computed.map((row, r) =>
      row.map((v, c) => formatValue(v, sheet.format(area.top + r, area.left + c, "numberFormat")))
    );
  }

  valueTypes(sheet: SheetState, area: Area): string[][] {
    return this.computed(sheet, area).map((row) =>
      row.map((v) => {
        if (v === null) return "Empty";
        if (isErrorValue(v)) return "Error";
        if (typeof v === "number") return "Double";
        if (typeof v === "boolean") return "Boolean";
        return "String";
      })
    );
  }

  // ---- tables -------------------------------------------------------------------------------

  tableByName(name: string): TableState | undefined {
    return this.tables.find((t) => sameName(t.name, name));
  }

  private nameTaken(name: string, except?: TableState): boolean {
    const t = this.tableByName(name);
    return (t !== undefined && t !== except) || this.names.some((n) => sameName(n.name, name));
  }

  addTable(sheet: SheetState, area: Area, hasHeaders: boolean, location: string): TableState {
    if (isEntireColumn(area) || isEntireRow(area))
      fail("InvalidArgument", location, "A table cannot span whole rows or columns.");
    this.requireObjectsEditable(sheet, location);
    if (sheet.protected) fail("AccessDenied", location, `The sheet '${sheet.name}' is protected.`);
    if (this.tables.some((t) => t.sheetId === sheet.id && intersects(t.area, area)))
      fail("MergedRangeConflict", location, "A table cannot overlap another table.");
    if (sheet.mergesTouching(area).length > 0)
      fail("MergedRangeConflict", location, "A table cannot contain merged cells.");
    if (!hasHeaders)
      fail(
        "NotEmulated",
        location,
        "tables.add(address, false) shifts cells down to insert a header row; not emulated."
      );
    let n = this.tables.length + 1;
    while (this.nameTaken(`Table${n}`)) n += 1;
    const table: TableState = {
      id: String(this.nextId++),
      name: `Table${n}`,
      sheetId: sheet.id,
      area,
      hasHeaders,
      showTotals: false,
      showBandedRows: true,
      style: "TableStyleMedium2",
      deleted: false,
    };
    // Excel turns the header row into unique, non-empty text.
    const seen = new Set<string>();
    const headers = this.values(sheet, { ...area, bottom: area.top });
    headers[0].forEach((v, i) => {
      let text = v === "" ? `Column${i + 1}` : String(v);
      const base = text;
      for (let k = 2; seen.has(text.toLowerCase()); k++) text = `${base}${k}`;
      seen.add(text.toLowerCase());
      const content = sheet.content(area.top, area.left + i);
      if (content?.kind !== "text" || content.value !== text) {
        const cell: CellContent = { kind: "text", value: text };
        sheet.setContent(area.top, area.left + i, cell);
        this.engine.set(sheet.engineId, area.top, area.left + i, cell);
      }
    });
    this.tables.push(table);
    return table;
  }

  renameTable(table: TableState, name: unknown, location: string): void {
    const problem = definedNameProblem(name);
    if (problem) fail("InvalidArgument", location, problem);
    if (this.nameTaken(name as string, table))
      fail("ItemAlreadyExists", location, `The name '${String(name)}' is already used.`);
    table.name = name as string;
  }

  deleteTable(table: TableState, location: string): void {
    const sheet = this.sheetById(table.sheetId) as SheetState;
    this.requireObjectsEditable(sheet, location);
    table.deleted = true;
    this.tables.splice(this.tables.indexOf(table), 1);
  }

  // ---- names --------------------------------------------------------------------------------

  nameByName(name: string): NameState | undefined {
    return this.names.find((n) => sameName(n.name, name));
  }

  addName(name: unknown, formula: string, comment: string, location: string): NameState {
    const problem = definedNameProblem(name);
    if (problem) fail("InvalidArgument", location, problem);
    if (this.nameByName(name as string) || this.tableByName(name as string))
      fail("ItemAlreadyExists", location, `The name '${String(name)}' already exists.`);
    if (!this.engine.canParse(formula))
      fail("InvalidArgument", location, `Excel cannot read the reference ${formula}`);
    const state: NameState = {
      name: name as string,
      formula,
      comment,
      visible: true,
      scopeSheetId: null,
      deleted: false,
    };
    this.engine.addName(state.name, formula);
    this.names.push(state);
    return state;
  }

  deleteName(state: NameState): void {
    state.deleted = true;
    this.names.splice(this.names.indexOf(state), 1);
    this.engine.removeName(state.name);
  }

  /** The sheet and area a defined name refers to, when it refers to a range. */
  nameTarget(state: NameState): { sheet: SheetState; area: Area } | null {
    const parsed = parseAddress(state.formula.replace(/^=/, ""));
    if (!parsed || parsed.sheet === undefined) return null;
    const sheet = this.sheetByName(parsed.sheet);
    return sheet ? { sheet, area: parsed.area } : null;
  }

  /** "=三季度!$A$1:$C$3" for a range. */
  static referenceFormula(sheet: SheetState, area: Area): string {
    return `=${quoteSheet(sheet.name)}!${absoluteArea(area)}`;
  }
}

type ShapedInput = ((r: number, c: number) => unknown) & { scalar: boolean };

/**
 * A write's input as a cell accessor. A 2-D array must have exactly the range's shape; a single
 * value goes to every cell (Excel accepts that, though the typings say `any[][]`).
 */
export function shapedInput(input: unknown, area: Area, location: string): ShapedInput {
  if (input === null || input === undefined)
    fail("InvalidArgument", location, "null is not a valid value for a range property.");
  if (!Array.isArray(input)) {
    const fn = (() => input) as unknown as ShapedInput;
    fn.scalar = true;
    return fn;
  }
  const rows = rowCount(area);
  const cols = columnCount(area);
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols))
    fail(
      "InvalidArgument",
      location,
      `The input array is ${input.length}x${Array.isArray(input[0]) ? input[0].length : "?"} ` +
        `but the range is ${rows}x${cols}: the number of rows or columns doesn't match.`
    );
  const fn = ((r: number, c: number) => (input[r] as unknown[])[c]) as ShapedInput;
  fn.scalar = false;
  return fn;
}

function grid<T>(area: Area, fn: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const line: T[] = [];
    for (let c = area.left; c <= area.right; c++) line.push(fn(r, c));
    out.push(line);
  }
  return out;
}
