/**
 * `Excel.Chart` and its parts: title, legend, data labels, axes, series and points. Charts are
 * recorded, not drawn: tests inspect what was asked for through `snapshot()`.
 */
import { Area, columnCount, rowCount } from "./a1";
import {
  ChartAxisPosition,
  ChartAxisType,
  ChartDataLabelPosition,
  ChartLegendPosition,
  ChartSeriesBy,
  ChartType,
  ChartUnderlineStyle,
} from "./enums";
import { fail } from "./errors";
import { rangeArgument } from "./excel-range";
import { ChartPointState, ChartSeriesState, ChartState, Rec } from "./objects-state";
import {
  RecordEntity,
  RecordOwner,
  check,
  classFor,
  nested,
  recordSpec,
  registerRecordClass,
} from "./records";
import { ClientObject, Execution, TypeSpec, defineMembers } from "./request";
import { SheetState } from "./sheet-state";
import { color, sheetLink, sheetOf, wholeIndex } from "./sheet-objects";

const numberOrNull = (v: unknown, location: string) =>
  v === null ? null : check.number(v, location);

export const ChartFontSpec = recordSpec("ChartFont", {
  bold: { validate: check.boolean },
  color: { validate: color },
  italic: { validate: check.boolean },
  name: { validate: check.string },
  size: { validate: check.number },
  underline: { validate: check.oneOf(Object.values(ChartUnderlineStyle)) },
});

export class ChartFillObject extends ClientObject {
  setSolidColor(value: string): void {
    this._call("SetSolidColor", [value], (e, x) => {
      const r = e as RecordEntity;
      r.owner.requireEditable(x, "ChartFill.setSolidColor");
      r.rec.color = color(value, "ChartFill.setSolidColor");
    });
  }

  clear(): void {
    this._call("Clear", [], (e, x) => {
      const r = e as RecordEntity;
      r.owner.requireEditable(x, "ChartFill.clear");
      r.rec.color = null;
    });
  }

  getSolidColor(): { value: string } {
    this._requireApi("getSolidColor", "1.16");
    return this._callResult(
      "GetSolidColor",
      [],
      (e) => ((e as RecordEntity).rec.color as string | null) ?? ""
    );
  }
}
export const ChartFillSpec = recordSpec("ChartFill", {});
registerRecordClass(ChartFillSpec, ChartFillObject as never);

const lineFields = {
  color: { validate: color },
  lineStyle: { validate: check.string },
  weight: { validate: check.number },
};
export class ChartLineFormatObject extends ClientObject {
  clear(): void {
    this._call("Clear", [], (e, x) => {
      const r = e as RecordEntity;
      r.owner.requireEditable(x, "ChartLineFormat.clear");
      r.rec.color = null;
    });
  }
}
export const ChartLineFormatSpec = recordSpec("ChartLineFormat", lineFields);
registerRecordClass(ChartLineFormatSpec, ChartLineFormatObject as never);
export const ChartBorderSpec = recordSpec("ChartBorder", lineFields);

function formatOf(name: string, withLine: boolean) {
  return recordSpec(
    name,
    {},
    {
      font: nested(() => ChartFontSpec, "font"),
      fill: nested(() => ChartFillSpec, "fill"),
      ...(withLine ? { border: nested(() => ChartBorderSpec, "border") } : {}),
    }
  );
}

const ChartTitleFormatSpec = formatOf("ChartTitleFormat", true);
export const ChartTitleSpec = recordSpec(
  "ChartTitle",
  {
    text: { validate: check.string },
    visible: { validate: check.boolean },
    overlay: { validate: check.boolean },
    position: { api: "1.7", validate: check.string },
  },
  { format: nested(() => ChartTitleFormatSpec, "format") }
);

const ChartLegendFormatSpec = formatOf("ChartLegendFormat", true);
export const ChartLegendSpec = recordSpec(
  "ChartLegend",
  {
    visible: { validate: check.boolean },
    position: { validate: check.oneOf(Object.values(ChartLegendPosition)) },
    overlay: { validate: check.boolean },
    showShadow: { api: "1.7", validate: check.boolean },
  },
  { format: nested(() => ChartLegendFormatSpec, "format") }
);

const ChartDataLabelFormatSpec = formatOf("ChartDataLabelFormat", true);
export const ChartDataLabelsSpec = recordSpec(
  "ChartDataLabels",
  {
    showValue: { validate: check.boolean },
    showCategoryName: { validate: check.boolean },
    showSeriesName: { validate: check.boolean },
    showPercentage: { validate: check.boolean },
    showLegendKey: { validate: check.boolean },
    showBubbleSize: { validate: check.boolean },
    position: { validate: check.oneOf(Object.values(ChartDataLabelPosition)) },
    separator: { validate: check.string },
    numberFormat: { api: "1.8", validate: check.string },
  },
  { format: nested(() => ChartDataLabelFormatSpec, "format") }
);

const ChartAxisTitleFormatSpec = recordSpec(
  "ChartAxisTitleFormat",
  {},
  { font: nested(() => ChartFontSpec, "font") }
);
export const ChartAxisTitleSpec = recordSpec(
  "ChartAxisTitle",
  { text: { validate: check.string }, visible: { validate: check.boolean } },
  { format: nested(() => ChartAxisTitleFormatSpec, "format") }
);
const ChartAxisFormatSpec = recordSpec(
  "ChartAxisFormat",
  {},
  { font: nested(() => ChartFontSpec, "font"), line: nested(() => ChartLineFormatSpec, "line") }
);
export const ChartAxisSpec = recordSpec(
  "ChartAxis",
  {
    minimum: { validate: numberOrNull },
    maximum: { validate: numberOrNull },
    majorUnit: { validate: numberOrNull },
    minorUnit: { validate: numberOrNull },
    visible: { api: "1.7", validate: check.boolean },
    numberFormat: { api: "1.8", validate: check.string },
    reversePlotOrder: { api: "1.7", validate: check.boolean },
    /** Where the other axis crosses this one. */
    position: { api: "1.8", validate: check.oneOf(Object.values(ChartAxisPosition)) },
    displayUnit: { api: "1.7", validate: check.string },
    type: { api: "1.7", readOnly: true },
  },
  {
    title: nested(() => ChartAxisTitleSpec, "title"),
    format: nested(() => ChartAxisFormatSpec, "format"),
  }
);

export class ChartAxesObject extends ClientObject {
  getItem(type: string, group?: string): ClientObject {
    this._requireApi("getItem", "1.7");
    const t = check.oneOf(Object.values(ChartAxisType));
    return new (classFor(ChartAxisSpec))(this._context, this, ChartAxisSpec, ((e: RecordEntity) => {
      const which = t(type, "ChartAxes.getItem");
      if (group !== undefined && group !== "Primary")
        fail("InvalidArgument", "ChartAxes.getItem", "Only the primary axis group is emulated.");
      const axes = e.rec as Record<string, Rec>;
      const rec =
        which === "Category" ? axes.categoryAxis : which === "Value" ? axes.valueAxis : null;
      if (!rec) fail("InvalidArgument", "ChartAxes.getItem", `This chart has no ${which} axis.`);
      return { rec, owner: e.owner };
    }) as never);
  }
}
export const ChartAxesSpec = recordSpec(
  "ChartAxes",
  {},
  {
    categoryAxis: nested(() => ChartAxisSpec, "categoryAxis"),
    valueAxis: nested(() => ChartAxisSpec, "valueAxis"),
  }
);
registerRecordClass(ChartAxesSpec, ChartAxesObject as never);

const ChartPointFormatSpec = recordSpec(
  "ChartPointFormat",
  {},
  { fill: nested(() => ChartFillSpec, "fill"), border: nested(() => ChartBorderSpec, "border") }
);

/** A point's entity also knows where its value lives, to read it at load time. */
interface PointEntity extends RecordEntity {
  readonly chart: ChartState;
  readonly series: ChartSeriesState;
  readonly index: number;
}

export const ChartPointSpec: TypeSpec = (() => {
  const spec = recordSpec(
    "ChartPoint",
    { hasDataLabel: { api: "1.7", validate: check.boolean } },
    { format: nested(() => ChartPointFormatSpec, "format") }
  );
  spec.props.value = {
    get: (e: PointEntity, x: Execution) => {
      const sheet = sheetOf(x.state, e.chart.sourceSheetId);
      const a = e.series.values;
      const vertical = a.left === a.right && a.top !== a.bottom;
      const cell = vertical
        ? { top: a.top + e.index, bottom: a.top + e.index, left: a.left, right: a.left }
        : { top: a.top, bottom: a.top, left: a.left + e.index, right: a.left + e.index };
      return x.state.values(sheet, cell)[0][0];
    },
  };
  return spec;
})();

export class ChartPointsCollectionObject extends ClientObject {
  getItemAt(i: number): ClientObject {
    return new (classFor(ChartPointSpec))(this._context, this, ChartPointSpec, ((
      e: SeriesEntity
    ) => {
      const point = e.rec.points[wholeIndex(i, "ChartPointsCollection.getItemAt")];
      if (!point)
        fail("InvalidArgument", "ChartPointsCollection.getItemAt", `The series has no point ${i}.`);
      return pointEntity(e, point, i);
    }) as never);
  }

  getCount(): { value: number } {
    this._requireApi("getCount", "1.4");
    return this._callResult("GetCount", [], (e) => (e as SeriesEntity).rec.points.length);
  }
}

interface SeriesEntity {
  readonly rec: ChartSeriesState;
  readonly owner: RecordOwner;
  readonly chart: ChartState;
}

function pointEntity(e: SeriesEntity, point: ChartPointState, index: number): PointEntity {
  return { rec: point, owner: e.owner, chart: e.chart, series: e.rec, index };
}

export const ChartPointsCollectionSpec: TypeSpec = {
  name: "ChartPointsCollection",
  alive: (e: SeriesEntity) => e.owner.alive(),
  props: { count: { get: (e: SeriesEntity) => e.rec.points.length } },
  navs: {},
  items: {
    list: (e: SeriesEntity) => e.rec.points.map((p, i) => pointEntity(e, p, i)),
    make: (parent, entity) =>
      new (classFor(ChartPointSpec))(parent._context, parent, ChartPointSpec, null, {
        bound: { entity },
      }),
    itemType: () => ChartPointSpec,
  },
};
defineMembers(ChartPointsCollectionObject, ChartPointsCollectionSpec);

const ChartSeriesFormatSpec = recordSpec(
  "ChartSeriesFormat",
  {},
  { fill: nested(() => ChartFillSpec, "fill"), line: nested(() => ChartLineFormatSpec, "line") }
);

export class ChartSeriesObject extends ClientObject {
  delete(): void {
    this._requireApi("delete", "1.7");
    this._call("Delete", [], (e, x) => {
      const s = e as SeriesEntity;
      s.owner.requireEditable(x, "ChartSeries.delete");
      s.chart.series.splice(s.chart.series.indexOf(s.rec), 1);
    });
  }

  setValues(sourceData: unknown): void {
    this._requireApi("setValues", "1.7");
    this._call("SetValues", [sourceData], (e, x) => {
      const s = e as SeriesEntity;
      s.owner.requireEditable(x, "ChartSeries.setValues");
      const source = sheetOf(x.state, s.chart.sourceSheetId);
      const r = rangeArgument(x, source, sourceData, "ChartSeries.setValues");
      s.rec.values = r.area;
      s.rec.points = Array.from(
        { length: Math.max(rowCount(r.area), columnCount(r.area)) },
        newPoint
      );
    });
  }
}
export const ChartSeriesSpec: TypeSpec = (() => {
  const spec = recordSpec(
    "ChartSeries",
    {
      name: { validate: check.string },
      chartType: { api: "1.7", validate: check.oneOf(Object.values(ChartType)) },
      hasDataLabels: { api: "1.7", validate: check.boolean },
      gapWidth: { api: "1.7", validate: check.number },
    },
    {
      format: nested(() => ChartSeriesFormatSpec, "format"),
      dataLabels: nested(() => ChartDataLabelsSpec, "dataLabels", "1.8"),
    }
  );
  spec.navs.points = {
    type: () => ChartPointsCollectionSpec,
    create: (p) =>
      new ChartPointsCollectionObject(p._context, p, ChartPointsCollectionSpec, (e: unknown) => e),
  };
  return spec;
})();
registerRecordClass(ChartSeriesSpec, ChartSeriesObject as never);

export class ChartSeriesCollectionObject extends ClientObject {
  getItemAt(i: number): ClientObject {
    return new ChartSeriesObject(
      this._context,
      this,
      ChartSeriesSpec,
      ((e: RecordEntity & { chart: ChartState }) => {
        const rec = e.chart.series[wholeIndex(i, "ChartSeriesCollection.getItemAt")];
        if (!rec)
          fail(
            "InvalidArgument",
            "ChartSeriesCollection.getItemAt",
            `The chart has no series ${i}.`
          );
        return { rec, owner: e.owner, chart: e.chart } satisfies SeriesEntity;
      }) as never,
      { method: "GetItemAt", args: [i] }
    );
  }

  getCount(): { value: number } {
    this._requireApi("getCount", "1.4");
    return this._callResult(
      "GetCount",
      [],
      (e) => (e as { chart: ChartState }).chart.series.length
    );
  }

  add(name?: string, index?: number): ClientObject {
    this._requireApi("add", "1.7");
    return new ChartSeriesObject(
      this._context,
      this,
      ChartSeriesSpec,
      ((e: { chart: ChartState; owner: RecordOwner }, x: Execution) => {
        e.owner.requireEditable(x, "ChartSeriesCollection.add");
        const rec = newSeries(
          name ?? `Series${e.chart.series.length + 1}`,
          { top: 0, left: 0, bottom: 0, right: 0 },
          0,
          e.chart.chartType
        );
        e.chart.series.splice(index ?? e.chart.series.length, 0, rec);
        return { rec, owner: e.owner, chart: e.chart } satisfies SeriesEntity;
      }) as never,
      { method: "Add", args: [name, index] }
    );
  }
}
export const ChartSeriesCollectionSpec: TypeSpec = {
  name: "ChartSeriesCollection",
  alive: (e: { owner: RecordOwner }) => e.owner.alive(),
  props: { count: { get: (e: { chart: ChartState }) => e.chart.series.length } },
  navs: {},
  items: {
    list: (e: { chart: ChartState; owner: RecordOwner }) =>
      e.chart.series.map((rec) => ({ rec, owner: e.owner, chart: e.chart })),
    make: (parent, entity) =>
      new ChartSeriesObject(parent._context, parent, ChartSeriesSpec, null, { bound: { entity } }),
    itemType: () => ChartSeriesSpec,
  },
};
defineMembers(ChartSeriesCollectionObject, ChartSeriesCollectionSpec);

// ---- charts: the chart ----------------------------------------------------------------------

function chartOwner(chart: ChartState): RecordOwner {
  return {
    alive: () => !chart.deleted,
    requireEditable: (x, location) =>
      x.state.requireObjectsEditable(sheetOf(x.state, chart.sheetId), location),
  };
}

function font(size: number): Rec {
  return { bold: false, color: "#595959", italic: false, name: "Calibri", size, underline: "None" };
}

function newPoint(): ChartPointState {
  return { format: { fill: { color: null }, border: { color: null } }, hasDataLabel: false };
}

function dataLabels(): Rec {
  return {
    showValue: false,
    showCategoryName: false,
    showSeriesName: false,
    showPercentage: false,
    showLegendKey: false,
    showBubbleSize: false,
    position: "BestFit",
    separator: ", ",
    numberFormat: "General",
    format: {
      font: font(9),
      fill: { color: null },
      border: { color: null, lineStyle: "None", weight: 0.75 },
    },
  };
}

function newSeries(
  name: string,
  values: Area,
  points: number,
  chartType: string
): ChartSeriesState {
  return {
    name,
    values,
    chartType,
    hasDataLabels: false,
    gapWidth: 219,
    format: { fill: { color: null }, line: { color: null, weight: 0.75 } },
    dataLabels: dataLabels(),
    points: Array.from({ length: points }, newPoint),
  };
}

function axis(type: string): Rec {
  return {
    minimum: null,
    maximum: null,
    majorUnit: null,
    minorUnit: null,
    visible: true,
    numberFormat: "General",
    reversePlotOrder: false,
    position: "Automatic",
    displayUnit: "None",
    type,
    title: { text: "", visible: false, format: { font: font(10) } },
    format: { font: font(9), line: { color: null, lineStyle: "Continuous", weight: 0.75 } },
  };
}

/**
 * The series Excel makes of a source range: by columns when it has more rows than columns (or
 * when told), a first row of text gives series names, a first column of text gives categories.
 */
export function deriveSeries(
  values: unknown[][],
  area: Area,
  seriesBy: string,
  chartType: string
): ChartSeriesState[] {
  const rows = rowCount(area);
  const cols = columnCount(area);
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rows >= cols);
  const isText = (v: unknown) => typeof v === "string" && v !== "";
  const textOrEmpty = (v: unknown) => typeof v === "string";
  const headerRow =
    rows > 1 && values[0].slice(1).some(isText) && values[0].slice(1).every(textOrEmpty);
  const headerCol =
    cols > 1 &&
    values.slice(1).some((r) => isText(r[0])) &&
    values.slice(1).every((r) => textOrEmpty(r[0]));
  const series: ChartSeriesState[] = [];
  if (byColumns) {
    const firstRow = headerRow ? 1 : 0;
    for (let c = headerCol ? 1 : 0; c < cols; c++) {
      const name = headerRow ? String(values[0][c]) : `Series${series.length + 1}`;
      const col = area.left + c;
      series.push(
        newSeries(
          name,
          { top: area.top + firstRow, bottom: area.bottom, left: col, right: col },
          rows - firstRow,
          chartType
        )
      );
    }
  } else {
    const firstCol = headerCol ? 1 : 0;
    for (let r = headerRow ? 1 : 0; r < rows; r++) {
      const name = headerCol ? String(values[r][0]) : `Series${series.length + 1}`;
      const row = area.top + r;
      series.push(
        newSeries(
          name,
          { top: row, bottom: row, left: area.left + firstCol, right: area.right },
          cols - firstCol,
          chartType
        )
      );
    }
  }
  return series;
}

export class ChartObject extends ClientObject {
  /** Moves the chart over the cells from `startCell` to `endCell` (size kept without one). */
  setPosition(startCell: unknown, endCell?: unknown): void {
    this._call("SetPosition", [startCell, endCell], (c, x) => {
      const chart = c as ChartState;
      const sheet = sheetOf(x.state, chart.sheetId);
      x.state.requireObjectsEditable(sheet, "Chart.setPosition");
      const start = rangeArgument(x, sheet, startCell, "Chart.setPosition");
      chart.left = sheet.leftOf(start.area.left);
      chart.top = sheet.topOf(start.area.top);
      chart.positionCells = { start: start.area, end: null };
      if (endCell !== undefined && endCell !== null) {
        const end = rangeArgument(x, sheet, endCell, "Chart.setPosition");
        chart.width = sheet.leftOf(end.area.right + 1) - chart.left;
        chart.height = sheet.topOf(end.area.bottom + 1) - chart.top;
        chart.positionCells = { start: start.area, end: end.area };
      }
    });
  }

  delete(): void {
    this._call("Delete", [], (c, x) => {
      const chart = c as ChartState;
      const sheet = sheetOf(x.state, chart.sheetId);
      x.state.requireObjectsEditable(sheet, "Chart.delete");
      chart.deleted = true;
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }

  activate(): void {
    this._requireApi("activate", "1.9");
    this._call("Activate", [], () => undefined);
  }

  setData(sourceData: unknown, seriesBy?: string): void {
    this._call("SetData", [sourceData, seriesBy], (c, x) => {
      const chart = c as ChartState;
      const sheet = sheetOf(x.state, chart.sheetId);
      x.state.requireObjectsEditable(sheet, "Chart.setData");
      const r = rangeArgument(x, sheet, sourceData, "Chart.setData");
      const by = check.oneOf(Object.values(ChartSeriesBy))(seriesBy ?? "Auto", "Chart.setData");
      chart.sourceSheetId = r.sheet.id;
      chart.source = r.area;
      chart.seriesBy = by;
      chart.series = deriveSeries(x.state.values(r.sheet, r.area), r.area, by, chart.chartType);
    });
  }
}

function chartRecordNav(field: string, spec: () => TypeSpec) {
  return {
    type: spec,
    create: (p: ClientObject) => {
      const s = spec();
      return new (classFor(s))(p._context, p, s, ((chart: ChartState) => ({
        rec: chart[field] as Rec,
        owner: chartOwner(chart),
      })) as never);
    },
  };
}

function chartNumber(key: "top" | "left" | "width" | "height") {
  return {
    get: (c: ChartState) => c[key],
    set: (c: ChartState, v: unknown, x: Execution) => {
      x.state.requireObjectsEditable(sheetOf(x.state, c.sheetId), `Chart.${key}`);
      const n = check.number(v, `Chart.${key}`);
      if (n < 0) fail("InvalidArgument", `Chart.${key}`, "Must be >= 0.");
      c[key] = n;
    },
  };
}

export const ChartSpec: TypeSpec = {
  name: "Chart",
  alive: (c: ChartState) => !c.deleted,
  props: {
    id: { api: "1.7", get: (c: ChartState) => c.id },
    name: {
      get: (c: ChartState) => c.name,
      set: (c: ChartState, v: unknown, x: Execution) => {
        x.state.requireObjectsEditable(sheetOf(x.state, c.sheetId), "Chart.name");
        const name = check.string(v, "Chart.name");
        if (!name) fail("InvalidArgument", "Chart.name", "A chart name cannot be empty.");
        c.name = name;
      },
    },
    chartType: {
      api: "1.7",
      get: (c: ChartState) => c.chartType,
      set: (c: ChartState, v: unknown, x: Execution) => {
        x.state.requireObjectsEditable(sheetOf(x.state, c.sheetId), "Chart.chartType");
        c.chartType = check.oneOf(Object.values(ChartType))(v, "Chart.chartType");
        for (const s of c.series) s.chartType = c.chartType;
      },
    },
    top: chartNumber("top"),
    left: chartNumber("left"),
    width: chartNumber("width"),
    height: chartNumber("height"),
  },
  navs: {
    title: chartRecordNav("title", () => ChartTitleSpec),
    legend: chartRecordNav("legend", () => ChartLegendSpec),
    dataLabels: chartRecordNav("dataLabels", () => ChartDataLabelsSpec),
    axes: chartRecordNav("axes", () => ChartAxesSpec),
    series: {
      type: () => ChartSeriesCollectionSpec,
      create: (p) =>
        new ChartSeriesCollectionObject(p._context, p, ChartSeriesCollectionSpec, ((
          chart: ChartState
        ) => ({
          chart,
          owner: chartOwner(chart),
        })) as never),
    },
    worksheet: {
      api: "1.2",
      type: () => sheetLink.spec,
      create: (p) =>
        sheetLink.make(p, ((c: ChartState, x: Execution) => sheetOf(x.state, c.sheetId)) as never),
    },
  },
};
defineMembers(ChartObject, ChartSpec);

function chartFrom(
  parent: ClientObject,
  method: string,
  args: unknown[],
  resolve: (sheet: SheetState, x: Execution) => ChartState | null
): ChartObject {
  return new ChartObject(parent._context, parent, ChartSpec, resolve as never, { method, args });
}

export class ChartCollectionObject extends ClientObject {
  add(type: string, sourceData: unknown, seriesBy?: string): ChartObject {
    return chartFrom(this, "Add", [type, sourceData, seriesBy], (sheet, x) => {
      const location = "ChartCollection.add";
      const chartType = check.oneOf(Object.values(ChartType))(type, location);
      const by = check.oneOf(Object.values(ChartSeriesBy))(seriesBy ?? "Auto", location);
      x.state.requireObjectsEditable(sheet, location);
      const source = rangeArgument(x, sheet, sourceData, location);
      const series = deriveSeries(
        x.state.values(source.sheet, source.area),
        source.area,
        by,
        chartType
      );
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n += 1;
      const single = series.length === 1;
      const chart: ChartState = {
        id: x.state.newId("0C4A"),
        name: `Chart ${n}`,
        sheetId: sheet.id,
        sourceSheetId: source.sheet.id,
        source: source.area,
        seriesBy: by,
        chartType,
        top: 0,
        left: 0,
        width: 360,
        height: 216,
        positionCells: null,
        title: {
          text: single ? series[0].name : "",
          visible: single,
          overlay: false,
          position: "Top",
          format: {
            font: font(14),
            fill: { color: null },
            border: { color: null, lineStyle: "None", weight: 0.75 },
          },
        },
        legend: {
          visible: !single,
          position: "Bottom",
          overlay: false,
          showShadow: false,
          format: {
            font: font(9),
            fill: { color: null },
            border: { color: null, lineStyle: "None", weight: 0.75 },
          },
        },
        dataLabels: dataLabels(),
        axes: { categoryAxis: axis("Category"), valueAxis: axis("Value") },
        series,
        deleted: false,
      };
      sheet.charts.push(chart);
      return chart;
    });
  }

  getItem(name: string): ChartObject {
    return chartFrom(
      this,
      "GetItem",
      [name],
      (sheet) =>
        sheet.charts.find((c) => c.name === name) ??
        fail("ItemNotFound", "ChartCollection.getItem", `There is no chart '${name}'.`)
    );
  }

  getItemOrNullObject(name: string): ChartObject {
    this._requireApi("getItemOrNullObject", "1.4");
    return chartFrom(
      this,
      "GetItemOrNullObject",
      [name],
      (sheet) => sheet.charts.find((c) => c.name === name) ?? null
    );
  }

  getItemAt(i: number): ChartObject {
    return chartFrom(
      this,
      "GetItemAt",
      [i],
      (sheet) =>
        sheet.charts[wholeIndex(i, "ChartCollection.getItemAt")] ??
        fail("InvalidArgument", "ChartCollection.getItemAt", `There is no chart at ${i}.`)
    );
  }

  getCount(): { value: number } {
    this._requireApi("getCount", "1.4");
    return this._callResult("GetCount", [], (sheet) => (sheet as SheetState).charts.length);
  }
}
export const ChartCollectionSpec: TypeSpec = {
  name: "ChartCollection",
  alive: (s: SheetState) => !s.deleted,
  props: { count: { get: (s: SheetState) => s.charts.length } },
  navs: {},
  items: {
    list: (s: SheetState) => [...s.charts],
    make: (parent, entity) =>
      new ChartObject(parent._context, parent, ChartSpec, null, { bound: { entity } }),
    itemType: () => ChartSpec,
  },
};
defineMembers(ChartCollectionObject, ChartCollectionSpec);
