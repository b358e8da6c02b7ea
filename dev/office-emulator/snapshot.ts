/**
 * Plain-data views of the emulated workbook for assertions: `snapshot()` has everything the
 * add-in may have written; `sheetInputs()` has only cell contents, so a test can check that the
 * user's source sheets are byte-identical before and after a refresh.
 */
import { Area, columnLabel, formatArea, qualifiedAddress } from "./a1";
import { FormatKey, PartialFormat } from "./formats";
import {
  ChartPointState,
  ChartSeriesState,
  ChartState,
  PageLayoutState,
  Rec,
  clone,
} from "./objects-state";
import { ProtectionOptions, SheetState } from "./sheet-state";
import { WorkbookState } from "./workbook-state";

export interface SheetInputs {
  readonly name: string;
  /** Computed values from A1 to the used range's far corner; "" for empty cells. */
  readonly values: unknown[][];
  /** Formula text or constants, same extent. */
  readonly formulas: unknown[][];
  readonly numberFormats: string[][];
  /** Merged areas, 0-based and inclusive. */
  readonly merges: Area[];
}

export interface ChartSnapshot {
  readonly name: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  readonly position: {
    top: number;
    left: number;
    width: number;
    height: number;
    start: string | null;
    end: string | null;
  };
  readonly title: Rec;
  readonly legend: Rec;
  readonly dataLabels: Rec;
  readonly axes: Rec;
  readonly series: ChartSeriesSnapshot[];
}

export interface ChartSeriesSnapshot {
  readonly name: string;
  /** The source cells of the values, sheet-qualified. */
  readonly values: string;
  readonly chartType: string;
  readonly hasDataLabels: boolean;
  readonly gapWidth: number;
  readonly format: ChartSeriesState["format"];
  readonly dataLabels: Rec;
  readonly points: ChartPointState[];
}

export interface SheetSnapshot extends SheetInputs {
  readonly id: string;
  readonly position: number;
  readonly visibility: string;
  readonly active: boolean;
  readonly protected: boolean;
  readonly protectionOptions: ProtectionOptions;
  readonly frozen: { rows: number; columns: number };
  /** Non-default column widths by letter, row heights by 1-based row number. */
  readonly columnWidths: Record<string, number>;
  readonly rowHeights: Record<string, number>;
  readonly standardWidth: number;
  /** Formats given to cells ("B2"), whole rows ("3:3") or columns ("C:C"), only the set keys. */
  readonly formats: Record<string, PartialFormat>;
  readonly tabColor: string;
  readonly showGridlines: boolean;
  readonly tables: {
    name: string;
    address: string;
    hasHeaders: boolean;
    showTotals: boolean;
    showBandedRows: boolean;
    style: string;
  }[];
  readonly charts: ChartSnapshot[];
  readonly conditionalFormats: {
    type: string;
    addresses: string[];
    priority: number;
    stopIfTrue: boolean;
    detail: Rec;
  }[];
  readonly pageLayout: PageLayoutState;
  readonly selection: string;
}

export interface WorkbookSnapshot {
  readonly sheets: SheetSnapshot[];
  readonly activeSheet: string;
  readonly structureProtected: boolean;
  readonly settings: Record<string, unknown>;
  readonly names: { name: string; formula: string; comment: string; scope: string }[];
}

function extent(sheet: SheetState): Area | null {
  const used = sheet.usedArea(false);
  return used ? { top: 0, left: 0, bottom: used.bottom, right: used.right } : null;
}

function inputsOf(state: WorkbookState, sheet: SheetState): SheetInputs {
  const area = extent(sheet);
  return {
    name: sheet.name,
    values: area ? state.values(sheet, area) : [],
    formulas: area ? state.formulas(sheet, area) : [],
    numberFormats: area ? state.numberFormats(sheet, area) : [],
    merges: sheet.merges.map((m) => ({ ...m })).sort((a, b) => a.top - b.top || a.left - b.left),
  };
}

export function sheetInputs(state: WorkbookState): SheetInputs[] {
  return state.sheets.map((s) => inputsOf(state, s));
}

function nonEmpty(f: PartialFormat | undefined): f is PartialFormat {
  return f !== undefined && Object.keys(f).length > 0;
}

function formatsOf(sheet: SheetState): Record<string, PartialFormat> {
  const out: Record<string, PartialFormat> = {};
  if (nonEmpty(sheet.sheetFormat)) out["1:1048576"] = { ...sheet.sheetFormat };
  for (const [c, f] of [...sheet.columnFormats].sort((a, b) => a[0] - b[0]))
    if (nonEmpty(f)) out[`${columnLabel(c)}:${columnLabel(c)}`] = { ...f };
  for (const [r, f] of [...sheet.rowFormats].sort((a, b) => a[0] - b[0]))
    if (nonEmpty(f)) out[`${r + 1}:${r + 1}`] = { ...f };
  const cells = [...sheet.cells]
    .filter(([, rec]) => nonEmpty(rec.format))
    .sort((a, b) => a[0] - b[0]);
  for (const [key, rec] of cells) {
    const { row, col } = SheetState.position(key);
    const f = rec.format as PartialFormat;
    out[`${columnLabel(col)}${row + 1}`] = Object.fromEntries(
      (Object.keys(f) as FormatKey[]).sort().map((k) => [k, f[k]])
    ) as PartialFormat;
  }
  return out;
}

function chartOf(state: WorkbookState, chart: ChartState): ChartSnapshot {
  const source = state.sheetById(chart.sourceSheetId);
  const at = (a: Area) => (source ? qualifiedAddress(source.name, a) : `#REF!${formatArea(a)}`);
  return {
    name: chart.name,
    type: chart.chartType,
    source: at(chart.source),
    seriesBy: chart.seriesBy,
    position: {
      top: chart.top,
      left: chart.left,
      width: chart.width,
      height: chart.height,
      start: chart.positionCells ? formatArea(chart.positionCells.start) : null,
      end: chart.positionCells?.end ? formatArea(chart.positionCells.end) : null,
    },
    title: clone(chart.title),
    legend: clone(chart.legend),
    dataLabels: clone(chart.dataLabels),
    axes: clone(chart.axes),
    series: chart.series.map((s) => {
      const copy = clone(s);
      return {
        name: copy.name,
        values: at(s.values),
        chartType: copy.chartType,
        hasDataLabels: copy.hasDataLabels,
        gapWidth: copy.gapWidth,
        format: copy.format,
        dataLabels: copy.dataLabels,
        points: copy.points,
      };
    }),
  };
}

export function snapshot(state: WorkbookState): WorkbookSnapshot {
  const active = state.activeSheet();
  return {
    activeSheet: active.name,
    structureProtected: state.structureProtected,
    settings: Object.fromEntries(
      [...state.settings].map(([k, v]) => [k, JSON.parse(v) as unknown])
    ),
    names: state.names.map((n) => ({
      name: n.name,
      formula: n.formula,
      comment: n.comment,
      scope: n.scopeSheetId ? (state.sheetById(n.scopeSheetId)?.name ?? "") : "Workbook",
    })),
    sheets: state.sheets.map((sheet, position) => ({
      ...inputsOf(state, sheet),
      id: sheet.id,
      position,
      visibility: sheet.visibility,
      active: sheet === active,
      protected: sheet.protected,
      protectionOptions: { ...sheet.protectionOptions },
      frozen: { rows: sheet.frozenRows, columns: sheet.frozenColumns },
      columnWidths: Object.fromEntries(
        [...sheet.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnLabel(c), w])
      ),
      rowHeights: Object.fromEntries(
        [...sheet.rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [String(r + 1), h])
      ),
      standardWidth: sheet.standardWidth,
      formats: formatsOf(sheet),
      tabColor: sheet.tabColor,
      showGridlines: sheet.showGridlines,
      tables: state.tables
        .filter((t) => t.sheetId === sheet.id)
        .map((t) => ({
          name: t.name,
          address: formatArea(t.area),
          hasHeaders: t.hasHeaders,
          showTotals: t.showTotals,
          showBandedRows: t.showBandedRows,
          style: t.style,
        })),
      charts: sheet.charts.map((c) => chartOf(state, c)),
      conditionalFormats: [...sheet.conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .map((f) => ({
          type: f.type,
          addresses: f.areas.map(formatArea),
          priority: f.priority,
          stopIfTrue: f.stopIfTrue,
          detail: clone(f.detail),
        })),
      pageLayout: clone(sheet.pageLayout),
      selection: formatArea(sheet.selection),
    })),
  };
}
