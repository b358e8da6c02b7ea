/**
 * A sheet plan as a worksheet part: cells with styles and number formats, formulas with the
 * engine's values as cached results, merges, column widths, row heights, frozen panes, A4 page
 * setup one page wide, and the green/red rule for rises and falls. Text cells are inline strings,
 * so the workbook's shared string table is never touched.
 */
import { CellArea } from "../core/cells";
import { cellAddress, columnLabel } from "../core/address";
import { looksLikeFormula, toFileFormula } from "../core/formula";
import { CellStyle, ConditionalPlan, FORMAT, RowSource, SheetPlan } from "../core/sheet-plan";
import { StyleAppender } from "./styles-append";
import { escapeCellText, escapeText } from "./xml-text";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetWriteContext {
  readonly styles: StyleAppender;
  /** Store formulas' values as cached results (false makes a spreadsheet program prove them). */
  readonly cachedResults: boolean;
  /** The relationship id of the sheet's drawing (its charts), if it has one. */
  readonly drawingRelId?: string;
  /** Whether this sheet is the selected tab. */
  readonly selected?: boolean;
  /** Sees each row as it is written (a chart's cached values are taken from its rows). */
  readonly onRow?: (row: number, line: readonly CellLike[]) => void;
}

/** A cell to write: a plan's cell, or a source value carried over from an .xls. */
export interface CellLike {
  readonly value: string | number | boolean | null;
  readonly formula?: string;
  readonly style?: CellStyle;
  /** A number-format code. */
  readonly format?: string;
}

/** What the worksheet writer needs of a sheet: a {@link SheetPlan}, or source values. */
export interface SheetLike {
  readonly rows: readonly (readonly CellLike[])[];
  /** The rows made one at a time, when the sheet can make them so (see SheetPlan.rowSource). */
  readonly rowSource?: RowSource<CellLike>;
  readonly columnWidths: readonly number[];
  readonly freeze?: SheetPlan["freeze"];
  readonly merges: readonly CellArea[];
  /** A4 one page wide, when set; a source sheet carried over has none. */
  readonly print?: SheetPlan["print"];
  readonly conditionalFormats?: readonly ConditionalPlan[];
  readonly rowHeights?: readonly (number | undefined)[];
}

const NO_CELLS: readonly CellLike[] = [];

/** The writer pauses after this many rows, so a large sheet streams out in pieces. */
const ROWS_PER_PIECE = 200;

/**
 * Writes the worksheet XML of a plan to `out` a cell at a time (see ZipStream: many small strings
 * encode faster than one long one), pausing after every batch of rows so a caller can pass the
 * compressed output on. Each look a cell uses is added to the style sheet as it is written, so the
 * styles part is written after the sheets. A plan with a row source is written from it, a row at a
 * time.
 * @example
 * let xml = "";
 * const rows = worksheetXml(plan, { styles, cachedResults: true }, (s) => (xml += s));
 * while (!rows.next().done); // or pass the output on at each pause
 */
export function* worksheetXml(
  plan: SheetLike,
  context: SheetWriteContext,
  out: (text: string) => void
): Generator<void> {
  const source = plan.rowSource;
  let width = Math.max(1, plan.columnWidths.length);
  if (source) width = Math.max(width, source.width);
  else for (const line of plan.rows) width = Math.max(width, line.length);
  // The opening of a cell's tag up to its row number, and its style attribute, are made once.
  const labels = Array.from({ length: width }, (_, c) => `<c r="${columnLabel(c)}`);
  const styleAttrs: string[] = [];
  const count = source ? source.count : plan.rows.length;
  const lastRow = Math.max(1, count);
  out(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      (plan.print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
      `<dimension ref="A1:${columnLabel(width - 1)}${lastRow}"/>` +
      `<sheetViews><sheetView${context.selected ? ' tabSelected="1"' : ""} workbookViewId="0">` +
      paneXml(plan.freeze) +
      "</sheetView></sheetViews>" +
      '<sheetFormatPr defaultRowHeight="15"/>'
  );
  if (plan.columnWidths.some((w) => w > 0)) {
    let cols = "<cols>";
    plan.columnWidths.forEach((w, i) => {
      if (w > 0) cols += `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
    });
    out(`${cols}</cols>`);
  }
  out("<sheetData>");
  const heights = plan.rowHeights ?? [];
  const rows = Math.max(count, heights.length);
  const lines = (source ? source.rows() : plan.rows)[Symbol.iterator]();
  for (let r = 0; r < rows; r++) {
    const next = r < count ? lines.next() : undefined;
    if (next?.done) throw new Error(`${r} rows made of the ${count} a row source counted`);
    const line = next?.value ?? NO_CELLS;
    const height = heights[r];
    context.onRow?.(r, line);
    const open = `<row r="${r + 1}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}`;
    const rowText = String(r + 1);
    let wrote = false;
    for (let c = 0; c < line.length; c++) {
      const cell = line[c];
      if (!cell) continue;
      const s = lookOf(cell, context.styles);
      const v = cell.value;
      // A blank without a look, or a number no cell can hold, is not written.
      if (!cell.formula && (v === null ? s === 0 : typeof v === "number" && !Number.isFinite(v)))
        continue;
      if (!wrote) out(`${open}>`);
      wrote = true;
      out(labels[c]);
      out(rowText);
      out(s ? (styleAttrs[s] ??= `" s="${s}"`) : '"');
      cellBody(cell, context.cachedResults, out);
    }
    if (wrote) out("</row>");
    else if (height !== undefined) out(`${open}/>`);
    if (r % ROWS_PER_PIECE === ROWS_PER_PIECE - 1) yield;
  }
  if (source && !lines.next().done) throw new Error(`more rows made than the ${count} counted`);
  let tail = "</sheetData>";
  if (plan.merges.length) {
    tail += `<mergeCells count="${plan.merges.length}">`;
    for (const m of plan.merges) tail += `<mergeCell ref="${areaRef(m)}"/>`;
    tail += "</mergeCells>";
  }
  if (plan.conditionalFormats?.length) {
    const { up, down } = context.styles.signFormats();
    let priority = 1;
    for (const cf of plan.conditionalFormats) {
      tail +=
        `<conditionalFormatting sqref="${areaRef(cf.area)}">` +
        `<cfRule type="cellIs" dxfId="${up}" priority="${priority++}" operator="greaterThan"><formula>0</formula></cfRule>` +
        `<cfRule type="cellIs" dxfId="${down}" priority="${priority++}" operator="lessThan"><formula>0</formula></cfRule>` +
        "</conditionalFormatting>";
    }
  }
  tail +=
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (plan.print)
    tail += `<pageSetup paperSize="9" orientation="${plan.print.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>`;
  if (context.drawingRelId) tail += `<drawing r:id="${context.drawingRelId}"/>`;
  out(`${tail}</worksheet>`);
}

/** "A1:C3" for an area; "A1" for a single cell. @example areaRef({ top: 0, left: 0, bottom: 2, right: 2 }) // => "A1:C3" */
export function areaRef(a: CellArea): string {
  const from = cellAddress(a.top, a.left);
  return a.bottom === a.top && a.right === a.left
    ? from
    : `${from}:${cellAddress(a.bottom, a.right)}`;
}

function paneXml(freeze: SheetPlan["freeze"]): string {
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0)) return "";
  const { rows, columns } = freeze;
  const topLeft = cellAddress(Math.max(rows, 0), Math.max(columns, 0));
  const active = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  return (
    "<pane" +
    (columns > 0 ? ` xSplit="${columns}"` : "") +
    (rows > 0 ? ` ySplit="${rows}"` : "") +
    ` topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>` +
    `<selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

/** The style index of a cell: its look and format; text Excel would parse is pinned as text. */
function lookOf(cell: CellLike, styles: StyleAppender): number {
  let format: string | undefined = cell.format;
  if (!format && !cell.formula && typeof cell.value === "string" && looksLikeFormula(cell.value))
    format = FORMAT.text;
  return styles.cellFormat(cell.style, format);
}

/**
 * Writes the rest of a cell whose tag is open up to its attributes (`<c r="A1" s="3"`), as pieces
 * passed to `out`: a sheet has hundreds of thousands of cells, and pieces cost less than building
 * each one's text first.
 */
function cellBody(cell: CellLike, cachedResults: boolean, out: (text: string) => void): void {
  const value = cell.value;
  if (cell.formula) {
    const f = escapeText(toFileFormula(cell.formula));
    if (
      !cachedResults ||
      value === null ||
      (typeof value === "number" && !Number.isFinite(value))
    ) {
      out("><f>");
      out(f);
      out("</f></c>");
      return;
    }
    if (typeof value === "number") {
      out("><f>");
      out(f);
      out("</f><v>");
      out(String(value));
    } else if (typeof value === "boolean") {
      out(' t="b"><f>');
      out(f);
      out(value ? "</f><v>1" : "</f><v>0");
    } else {
      out(' t="str"><f>');
      out(f);
      out("</f><v>");
      out(escapeCellText(value));
    }
    out("</v></c>");
    return;
  }
  if (value === null) out("/>");
  else if (typeof value === "boolean") out(value ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
  else if (typeof value === "number") {
    out("><v>");
    out(String(value));
    out("</v></c>");
  } else {
    // Inline text is text whatever it starts with: "=SUM(1,2)" as a unit name stays a name.
    out(
      /^\s|\s$|\n/.test(value)
        ? ' t="inlineStr"><is><t xml:space="preserve">'
        : ' t="inlineStr"><is><t>'
    );
    out(escapeCellText(value));
    out("</t></is></c>");
  }
}
