/**
 * Charts as DrawingML chart parts (`xl/charts/chartN.xml`), with the cells' values cached in the
 * part so Excel, WPS and LibreOffice draw them without recalculating. The engine's bar plans are
 * turned into a small chart model first; the model also covers line charts and reversed axes
 * (a rank line with rank 1 on top), so a new kind of plan needs a mapping, not a new writer.
 */
import { parseCellAddress, quoteSheetName } from "../core/address";
import { ChartPlan, PlanCell, SheetPlan } from "../core/sheet-plan";
import { escapeAttr, escapeCellText, escapeText } from "./xml-text";

export interface ChartSeries {
  readonly name: string;
  /** The values' cells, sheet-qualified and absolute ('简报'!$B$30:$B$40). */
  readonly ref: string;
  /** Cached values, one per category; null for a blank or text cell. */
  readonly values: readonly (number | null)[];
  /** RGB hex without '#'. */
  readonly color: string;
  /** Points drawn in another colour (the own units), by 0-based index. */
  readonly pointColors?: ReadonlyMap<number, string>;
  /** A line drawn heavier than the others (the own unit's). */
  readonly emphasis?: boolean;
}

export interface ChartAxis {
  /** Largest value nearest the origin: a rank axis with 1 on top. */
  readonly reversed?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** The step between ticks (1 for ranks). */
  readonly majorUnit?: number;
  /** Number format of the tick labels; the source cells' own when left out. */
  readonly format?: string;
}

export interface ChartModel {
  readonly kind: "bar" | "line";
  readonly title: string;
  /** Bars lying along the category axis on the left (Excel's "bar"), rather than columns. */
  readonly horizontal?: boolean;
  readonly categories: { readonly ref: string; readonly labels: readonly string[] };
  readonly series: readonly ChartSeries[];
  readonly legend: boolean;
  readonly valueAxis?: ChartAxis;
  readonly categoryAxis?: { readonly reversed?: boolean };
  /** Number format of the cached values ("0.00"). */
  readonly valueFormat?: string;
}

/** Office's theme accents, the colours a new chart's series get in Excel. */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];
/** The own units' colour, as the add-in paints highlighted points. */
export const HIGHLIGHT_COLOR = "C55A11";

interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function parseRange(range: string): Range {
  const [a, b = a] = range.split(":");
  const from = parseCellAddress(a);
  const to = parseCellAddress(b);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

function absolute(sheet: string, range: string): string {
  const abs = range
    .split(":")
    .map((ref) => ref.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, "$$$1$$$2"))
    .join(":");
  return `${quoteSheetName(sheet)}!${abs}`;
}

/** What a chart needs of its sheet: the name, and the rows its ranges cover (others may be absent). */
export type ChartSheet = Pick<SheetPlan, "name" | "rows">;

function cellsOf(plan: ChartSheet, range: string): (PlanCell | undefined)[] {
  const r = parseRange(range);
  const out: (PlanCell | undefined)[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(plan.rows[row]?.[col]);
  return out;
}

/**
 * The chart model of an engine chart plan on `plan`.
 * - "bar": a horizontal clustered bar chart, one series per value range, the highlighted
 *   categories in the own units' colour.
 * - "line": one line with markers per series (a rank history: periods along the bottom), the
 *   highlighted series in the own units' colour and drawn heavier, the plan's value axis (a
 *   reversed rank axis: 1 on top) as it states it.
 * A legend only when there is more than one series (the add-in's look).
 * @example chartModel(plan.charts[0], plan).categories.ref // => "'简报'!$A$30:$A$40"
 */
export function chartModel(chart: ChartPlan, plan: ChartSheet): ChartModel {
  const labels = cellsOf(plan, chart.categories).map((c) =>
    c === undefined || c.value === null ? "" : String(c.value)
  );
  const line = chart.kind === "line";
  const highlight = new Map(chart.highlight.map((i) => [i, HIGHLIGHT_COLOR]));
  const series = chart.values.map((v, i) => ({
    name: v.name,
    ref: absolute(plan.name, v.range),
    values: cellsOf(plan, v.range).map((c) => (typeof c?.value === "number" ? c.value : null)),
    color: line && highlight.has(i) ? HIGHLIGHT_COLOR : PALETTE[i % PALETTE.length],
    emphasis: line && highlight.has(i),
    pointColors: !line && i === 0 && highlight.size ? highlight : undefined,
  }));
  const first = cellsOf(plan, chart.values[0]?.range ?? chart.categories)[0];
  const axis = chart.valueAxis;
  return {
    kind: chart.kind,
    horizontal: !line,
    title: chart.title,
    categories: { ref: absolute(plan.name, chart.categories), labels },
    series,
    legend: chart.values.length > 1,
    valueFormat: first?.format,
    valueAxis: axis
      ? {
          reversed: axis.reversed,
          min: axis.min,
          max: axis.max,
          majorUnit: axis.majorUnit,
          format: axis.format,
        }
      : undefined,
  };
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const CAT_AXIS = 500000001;
const VAL_AXIS = 500000002;

/**
 * A chart part's XML.
 * @example chartSpaceXml(chartModel(plan.charts[0], plan)) // "<?xml …><c:chartSpace …>"
 */
export function chartSpaceXml(model: ChartModel): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>` +
    titleXml(model.title) +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    plotXml(model) +
    axesXml(model) +
    "</c:plotArea>" +
    (model.legend ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : "") +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>' +
    "</c:chartSpace>"
  );
}

function titleXml(title: string): string {
  return (
    '<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>' +
    `<a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>${escapeCellText(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>'
  );
}

function solid(color: string): string {
  return `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
}

function plotXml(model: ChartModel): string {
  const series = model.series.map((s, i) => seriesXml(model, s, i)).join("");
  const axes = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  if (model.kind === "line")
    return (
      '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
      series +
      `<c:marker val="1"/>${axes}</c:lineChart>`
    );
  return (
    `<c:barChart><c:barDir val="${model.horizontal ? "bar" : "col"}"/>` +
    '<c:grouping val="clustered"/><c:varyColors val="0"/>' +
    series +
    `<c:gapWidth val="60"/>${axes}</c:barChart>`
  );
}

function seriesXml(model: ChartModel, s: ChartSeries, index: number): string {
  const line = model.kind === "line";
  let xml =
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${escapeCellText(s.name)}</c:v></c:tx>` +
    (line
      ? `<c:spPr><a:ln w="${s.emphasis ? 44450 : 28575}" cap="rnd">${solid(s.color)}<a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${solid(s.color)}</c:spPr></c:marker>`
      : `<c:spPr>${solid(s.color)}</c:spPr><c:invertIfNegative val="0"/>`);
  for (const [point, color] of [...(s.pointColors ?? new Map<number, string>())].sort(
    (a, b) => a[0] - b[0]
  )) {
    xml += line
      ? `<c:dPt><c:idx val="${point}"/><c:marker><c:spPr>${solid(color)}</c:spPr></c:marker></c:dPt>`
      : `<c:dPt><c:idx val="${point}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${solid(color)}</c:spPr></c:dPt>`;
  }
  const labels = model.categories.labels;
  xml +=
    `<c:cat><c:strRef><c:f>${escapeText(model.categories.ref)}</c:f><c:strCache><c:ptCount val="${labels.length}"/>` +
    labels.map((l, i) => `<c:pt idx="${i}"><c:v>${escapeCellText(l)}</c:v></c:pt>`).join("") +
    "</c:strCache></c:strRef></c:cat>";
  xml +=
    `<c:val><c:numRef><c:f>${escapeText(s.ref)}</c:f><c:numCache>` +
    `<c:formatCode>${escapeCellText(model.valueFormat ?? "General")}</c:formatCode>` +
    `<c:ptCount val="${s.values.length}"/>` +
    s.values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("") +
    "</c:numCache></c:numRef></c:val>";
  if (line) xml += '<c:smooth val="0"/>';
  return `${xml}</c:ser>`;
}

function axesXml(model: ChartModel): string {
  const horizontal = model.kind === "bar" && model.horizontal;
  const value = model.valueAxis ?? {};
  const scaling = (reversed: boolean | undefined, min?: number, max?: number) =>
    `<c:scaling><c:orientation val="${reversed ? "maxMin" : "minMax"}"/>` +
    (max !== undefined ? `<c:max val="${max}"/>` : "") +
    (min !== undefined ? `<c:min val="${min}"/>` : "") +
    "</c:scaling>";
  const common =
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';
  const catAx =
    `<c:catAx><c:axId val="${CAT_AXIS}"/>` +
    scaling(model.categoryAxis?.reversed) +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="1"/>' +
    common +
    `<c:crossAx val="${VAL_AXIS}"/>` +
    // With the value axis reversed, the categories cross at its maximum: they stay at the bottom.
    `<c:crosses val="${value.reversed ? "max" : "autoZero"}"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valAx =
    `<c:valAx><c:axId val="${VAL_AXIS}"/>` +
    scaling(value.reversed, value.min, value.max) +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/>` +
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>' +
    `<c:numFmt formatCode="${escapeAttr(value.format ?? model.valueFormat ?? "General")}" sourceLinked="${value.format ? 0 : 1}"/>` +
    common +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>` +
    (value.majorUnit !== undefined ? `<c:majorUnit val="${value.majorUnit}"/>` : "") +
    "</c:valAx>";
  return catAx + valAx;
}

/** One chart's place on the sheet: from a cell's top-left corner to another's. */
export interface ChartAnchor {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly relId: string;
}

/**
 * A drawing part holding charts anchored to cells (moving with them, not resizing: Excel's
 * default for charts made by code).
 * @example drawingXml([{ row: 30, col: 0, rows: 18, cols: 1, relId: "rId1" }]) // "<?xml …><xdr:wsDr …>"
 */
export function drawingXml(anchors: readonly ChartAnchor[]): string {
  const parts = anchors.map(
    (a, i) =>
      '<xdr:twoCellAnchor editAs="oneCell">' +
      `<xdr:from><xdr:col>${a.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>${a.col + a.cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row + a.rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${a.relId}"/>` +
      "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    parts.join("") +
    "</xdr:wsDr>"
  );
}

/** The 0-based rows a chart's ranges take its labels and values from. */
export function chartRows(chart: ChartPlan): Set<number> {
  const rows = new Set<number>();
  for (const range of [chart.categories, ...chart.values.map((v) => v.range)]) {
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row++) rows.add(row);
  }
  return rows;
}
