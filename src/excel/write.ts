import {
  CellArea,
  CellStyle,
  ChartPlan,
  HostError,
  PlanCell,
  STYLES,
  SheetPlan,
  StyleSpec,
  cellAddress,
  columnLabel,
  fill,
  looksLikeFormula,
} from "../core";
import { Messages } from "../locales";
import { Capabilities } from "./capabilities";
import { MAX_REQUEST_BYTES, OPERATION_BYTES, jsonBytes } from "./payload";
import { WorkbookSnapshot } from "./read";

export interface WriteOutcome {
  /** Round trips this write took. */
  readonly syncs: number;
  /** Estimated bytes of each request sent. */
  readonly requestBytes: readonly number[];
}

/**
 * Queues operations and sends them only when the next one would push the request past the limit,
 * or at the end: one round trip for an ordinary workbook, more only for very large ones.
 */
class Batch {
  private bytes = 0;
  private readonly sizes: number[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly max: number
  ) {}

  /** Makes room for an operation of `bytes`, sending what is queued if it would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.max) await this.send();
    this.bytes += bytes;
  }

  async send(): Promise<void> {
    if (this.bytes === 0) return;
    await this.context.sync();
    this.sizes.push(this.bytes);
    this.bytes = 0;
  }

  outcome(): WriteOutcome {
    return { syncs: this.sizes.length, requestBytes: [...this.sizes] };
  }
}

function areaAddress(a: CellArea): string {
  return `${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`;
}

/** What office-js `formulas` takes for a planned cell: formula text, a number, or text. */
export function formulaOf(cell: PlanCell | undefined): string | number {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  return cell.value === null ? "" : cell.value;
}

/** The cell's number format; text that Excel would parse as a formula or sign is pinned as text. */
export function numberFormatOf(cell: PlanCell | undefined): string {
  if (!cell) return "General";
  if (cell.format) return cell.format;
  if (!cell.formula && typeof cell.value === "string" && looksLikeFormula(cell.value)) return "@";
  return "General";
}

/** Runs of equal style down each column, so formatting is a few range operations, not one per cell. */
export function styleRuns(plan: SheetPlan): { area: CellArea; style: CellStyle }[] {
  const width = Math.max(1, ...plan.rows.map((r) => r.length));
  const runs: { area: CellArea; style: CellStyle }[] = [];
  for (let col = 0; col < width; col++) {
    let start = 0;
    let current: CellStyle | undefined;
    const close = (end: number) => {
      if (current)
        runs.push({ area: { top: start, left: col, bottom: end, right: col }, style: current });
    };
    plan.rows.forEach((row, r) => {
      const s = row[col]?.style;
      if (s !== current) {
        close(r - 1);
        start = r;
        current = s;
      }
    });
    close(plan.rows.length - 1);
  }
  // Merge side-by-side runs of the same style and rows (a header row, a body block) into one area.
  runs.sort(
    (a, b) => a.area.top - b.area.top || a.area.bottom - b.area.bottom || a.area.left - b.area.left
  );
  const merged: { area: CellArea; style: CellStyle }[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.style === run.style &&
      last.area.top === run.area.top &&
      last.area.bottom === run.area.bottom &&
      last.area.right + 1 === run.area.left
    ) {
      merged[merged.length - 1] = {
        style: run.style,
        area: { ...last.area, right: run.area.left },
      };
    } else merged.push(run);
  }
  return merged;
}

const BORDERS: Excel.BorderIndex[] = [
  "EdgeTop" as Excel.BorderIndex,
  "EdgeBottom" as Excel.BorderIndex,
  "EdgeLeft" as Excel.BorderIndex,
  "EdgeRight" as Excel.BorderIndex,
];

function applyStyle(range: Excel.Range, spec: StyleSpec, area: CellArea): number {
  let ops = 0;
  const font = range.format.font;
  if (spec.bold !== undefined) ((font.bold = spec.bold), ops++);
  if (spec.italic !== undefined) ((font.italic = spec.italic), ops++);
  if (spec.size !== undefined) ((font.size = spec.size), ops++);
  if (spec.color !== undefined) ((font.color = `#${spec.color}`), ops++);
  if (spec.fill !== undefined) ((range.format.fill.color = `#${spec.fill}`), ops++);
  if (spec.wrap) ((range.format.wrapText = true), ops++);
  if (spec.align) {
    range.format.horizontalAlignment = (spec.align[0].toUpperCase() +
      spec.align.slice(1)) as Excel.HorizontalAlignment;
    range.format.verticalAlignment = "Center" as Excel.VerticalAlignment;
    ops += 2;
  }
  if (spec.border) {
    const edges = [...BORDERS];
    if (area.bottom > area.top) edges.push("InsideHorizontal" as Excel.BorderIndex);
    if (area.right > area.left) edges.push("InsideVertical" as Excel.BorderIndex);
    for (const edge of edges) {
      const border = range.format.borders.getItem(edge);
      border.style = "Continuous" as Excel.BorderLineStyle;
      border.color = "#BFBFBF";
      ops += 2;
    }
  }
  return ops;
}

/** Rows of a plan, cut into pieces that each fit in one request. */
function rowChunks(
  plan: SheetPlan,
  width: number,
  budget: number
): { from: number; to: number; bytes: number }[] {
  const chunks: { from: number; to: number; bytes: number }[] = [];
  let from = 0;
  let bytes = 0;
  plan.rows.forEach((row, r) => {
    const line: (string | number)[] = [];
    const formats: string[] = [];
    for (let c = 0; c < width; c++) {
      line.push(formulaOf(row[c]));
      formats.push(numberFormatOf(row[c]));
    }
    const cost = jsonBytes(line) + jsonBytes(formats);
    if (r > from && bytes + cost > budget) {
      chunks.push({ from, to: r - 1, bytes });
      from = r;
      bytes = 0;
    }
    bytes += cost;
  });
  if (plan.rows.length) chunks.push({ from, to: plan.rows.length - 1, bytes });
  return chunks;
}

/** Checks, before anything is written, that every sheet to replace or delete may be changed. */
export function assertWritable(
  snapshot: WorkbookSnapshot,
  stale: readonly string[],
  plans: readonly SheetPlan[],
  messages: Messages
): void {
  const m = messages.host;
  const staleSet = new Set(stale);
  const adds = plans.some((p) => !staleSet.has(p.name));
  const deletes = stale.some((s) => !plans.some((p) => p.name === s));
  if (snapshot.workbookProtected && (adds || deletes))
    throw new HostError("protected", m.protectedWorkbook, "AccessDenied");
  const locked = stale.find((s) => snapshot.protectedSheets.has(s));
  if (locked)
    throw new HostError("protected", fill(m.protectedSheet, { sheet: locked }), "AccessDenied");
}

/**
 * Carries out the engine's plans: the tool's earlier sheets are cleared and rewritten in place (so a
 * user's references to them keep working) or deleted when no longer planned; new sheets are added.
 * Values and formulas go as whole 2-D arrays. Everything is queued and sent in as few requests as
 * the 4 MB limit allows; source sheets are never touched.
 */
export async function writePlans(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  stale: readonly string[],
  snapshot: WorkbookSnapshot,
  caps: Capabilities,
  messages: Messages,
  maxRequestBytes = MAX_REQUEST_BYTES
): Promise<WriteOutcome> {
  assertWritable(snapshot, stale, plans, messages);
  const batch = new Batch(context, maxRequestBytes);
  const sheets = context.workbook.worksheets;
  const planned = new Set(plans.map((p) => p.name));
  for (const name of stale) {
    if (planned.has(name)) continue;
    await batch.reserve(OPERATION_BYTES);
    sheets.getItem(name).delete();
  }
  const targets = new Map<string, Excel.Worksheet>();
  for (const plan of plans) {
    await batch.reserve(OPERATION_BYTES * 4);
    if (stale.includes(plan.name)) {
      const ws = sheets.getItem(plan.name);
      for (const chart of snapshot.charts.get(plan.name) ?? []) ws.charts.getItem(chart).delete();
      for (const table of snapshot.tables.get(plan.name) ?? []) ws.tables.getItem(table).delete();
      const all = ws.getRange();
      all.unmerge();
      if (caps.conditionalFormats) all.conditionalFormats.clearAll();
      all.clear("All" as Excel.ClearApplyTo);
      if (caps.freezePanes) ws.freezePanes.unfreeze();
      targets.set(plan.name, ws);
    } else {
      targets.set(plan.name, sheets.add(plan.name));
    }
  }
  for (const plan of plans) {
    const ws = targets.get(plan.name) as Excel.Worksheet;
    const width = Math.max(1, ...plan.rows.map((r) => r.length));
    for (const chunk of rowChunks(plan, width, maxRequestBytes - OPERATION_BYTES * 10)) {
      await batch.reserve(chunk.bytes);
      const formulas: (string | number)[][] = [];
      const formats: string[][] = [];
      for (let r = chunk.from; r <= chunk.to; r++) {
        const row = plan.rows[r];
        const line: (string | number)[] = [];
        const fmt: string[] = [];
        for (let c = 0; c < width; c++) {
          line.push(formulaOf(row[c]));
          fmt.push(numberFormatOf(row[c]));
        }
        formulas.push(line);
        formats.push(fmt);
      }
      const range = ws.getRange(
        areaAddress({ top: chunk.from, left: 0, bottom: chunk.to, right: width - 1 })
      );
      // Formats first: a cell formatted as text takes "=x" as text, never as a formula.
      range.numberFormat = formats;
      range.formulas = formulas;
    }
  }
  // Layout after every sheet's cells: a chart reads its source when it is made, and the briefing's
  // chart data are formulas over sheets written after it.
  const tableNames = new TableNames(snapshot, stale);
  for (const plan of plans) {
    await queueLayout(targets.get(plan.name) as Excel.Worksheet, plan, caps, batch, tableNames);
  }
  if (plans.length) {
    await batch.reserve(OPERATION_BYTES);
    (targets.get(plans[0].name) as Excel.Worksheet).activate();
  }
  await batch.send();
  return batch.outcome();
}

/** Names for the tool's tables: "Duibiao1", "Duibiao2" …, skipping the names the user's tables have. */
class TableNames {
  private readonly taken: Set<string>;
  private next = 1;

  constructor(snapshot: WorkbookSnapshot, stale: readonly string[]) {
    const staleSet = new Set(stale);
    this.taken = new Set(
      [...snapshot.tables]
        .filter(([sheet]) => !staleSet.has(sheet))
        .flatMap(([, names]) => names.map((n) => n.toLowerCase()))
    );
  }

  take(): string {
    while (this.taken.has(`duibiao${this.next}`)) this.next += 1;
    const name = `Duibiao${this.next}`;
    this.taken.add(name.toLowerCase());
    this.next += 1;
    return name;
  }
}

async function queueLayout(
  ws: Excel.Worksheet,
  plan: SheetPlan,
  caps: Capabilities,
  batch: Batch,
  tableNames: TableNames
): Promise<void> {
  for (const run of styleRuns(plan)) {
    await batch.reserve(OPERATION_BYTES * 6);
    applyStyle(ws.getRange(areaAddress(run.area)), STYLES[run.style], run.area);
  }
  await batch.reserve(OPERATION_BYTES * (plan.columnWidths.length + plan.merges.length + 4));
  plan.columnWidths.forEach((chars, c) => {
    const letter = columnLabel(c);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = Math.round(chars * 5.7 + 4);
  });
  for (const area of plan.merges) ws.getRange(areaAddress(area)).merge(false);
  const heights = (plan.rowHeights ?? [])
    .map((h, r) => ({ h, r }))
    .filter((x) => x.h !== undefined);
  await batch.reserve(OPERATION_BYTES * heights.length);
  for (const { h, r } of heights) ws.getRange(`${r + 1}:${r + 1}`).format.rowHeight = h as number;
  if (plan.freeze && caps.freezePanes) {
    const { rows, columns } = plan.freeze;
    if (columns > 0)
      ws.freezePanes.freezeAt(
        ws.getRange(areaAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 }))
      );
    else ws.freezePanes.freezeRows(rows);
  }
  if (caps.pageLayout) {
    const layout = ws.pageLayout;
    layout.orientation = (plan.print.landscape ? "Landscape" : "Portrait") as Excel.PageOrientation;
    layout.paperSize = "A4" as Excel.PaperType;
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (plan.print.repeatRows)
      layout.setPrintTitleRows(`$${plan.print.repeatRows[0]}:$${plan.print.repeatRows[1]}`);
    if (plan.print.area) layout.setPrintArea(areaAddress(plan.print.area));
  }
  if (plan.table) {
    await batch.reserve(OPERATION_BYTES * 4);
    const table = ws.tables.add(areaAddress(plan.table), true);
    table.name = tableNames.take();
    table.style = "TableStyleLight1";
    if (caps.tableOptions) table.showBandedRows = false;
  }
  if (caps.conditionalFormats) {
    for (const cf of plan.conditionalFormats ?? []) {
      await batch.reserve(OPERATION_BYTES * 4);
      const range = ws.getRange(areaAddress(cf.area));
      const up = range.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
      up.cellValue.format.font.color = "#107C10";
      up.cellValue.rule = { formula1: "0", operator: "GreaterThan" };
      const down = range.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
      down.cellValue.format.font.color = "#C50F1F";
      down.cellValue.rule = { formula1: "0", operator: "LessThan" };
    }
  }
  for (const chart of plan.charts) await queueChart(ws, chart, caps, batch);
}

/** The colour of the own units in every chart. */
const HIGHLIGHT = "#C55A11";

/**
 * One chart: horizontal bars, or lines with markers (a rank history). A reversed value axis puts
 * rank 1 on top where ExcelApi 1.7 can reverse it, and keeps the period labels at the bottom where
 * 1.8 can say where the axes cross; without them the chart is drawn with Excel's own axis.
 */
async function queueChart(
  ws: Excel.Worksheet,
  chart: ChartPlan,
  caps: Capabilities,
  batch: Batch
): Promise<void> {
  await batch.reserve(OPERATION_BYTES * (12 + chart.highlight.length * 2));
  const first = chart.categories.split(":")[0];
  const lastValues = chart.values[chart.values.length - 1].range.split(":")[1];
  const start = /^([A-Z]+)(\d+)$/.exec(first) as RegExpExecArray;
  // Include the header row above the data, so series take their names from it.
  const source = `${start[1]}${Number(start[2]) - 1}:${lastValues}`;
  const line = chart.kind === "line";
  const c = ws.charts.add(
    (line ? "LineMarkers" : "BarClustered") as Excel.ChartType,
    ws.getRange(source),
    "Columns" as Excel.ChartSeriesBy
  );
  c.title.text = chart.title;
  c.legend.visible = chart.values.length > 1;
  const a = chart.anchor;
  c.setPosition(cellAddress(a.row, a.col), cellAddress(a.row + a.rows - 1, a.col + a.cols - 1));
  const axis = chart.valueAxis;
  if (axis) {
    const value = c.axes.valueAxis;
    if (axis.min !== undefined) value.minimum = axis.min;
    if (axis.max !== undefined) value.maximum = axis.max;
    if (axis.majorUnit !== undefined) value.majorUnit = axis.majorUnit;
    if (axis.format !== undefined && caps.chartAxisLayout) value.numberFormat = axis.format;
    if (axis.reversed && caps.chartAxisOrder) {
      value.reversePlotOrder = true;
      if (caps.chartAxisLayout) value.position = "Maximum" as Excel.ChartAxisPosition;
    }
  }
  if (line) {
    for (const i of chart.highlight) {
      const format = c.series.getItemAt(i).format.line;
      format.color = HIGHLIGHT;
      if (caps.chartAxisOrder) format.weight = 3;
    }
  } else if (chart.highlight.length) {
    const series = c.series.getItemAt(0);
    for (const i of chart.highlight)
      series.points.getItemAt(i).format.fill.setSolidColor(HIGHLIGHT);
  }
}
