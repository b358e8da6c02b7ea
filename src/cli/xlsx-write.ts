import ExcelJS from "exceljs";
import {
  CellStyle,
  PlanCell,
  STYLES,
  SheetPlan,
  StyleSpec,
  cellAddress,
  looksLikeFormula,
  toFileFormula,
} from "../core";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };

function applyStyle(cell: ExcelJS.Cell, spec: StyleSpec): void {
  if (spec.bold || spec.italic || spec.size || spec.color) {
    cell.font = {
      bold: spec.bold,
      italic: spec.italic,
      size: spec.size ?? 11,
      color: spec.color ? { argb: `FF${spec.color}` } : undefined,
    };
  }
  if (spec.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${spec.fill}` } };
  if (spec.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (spec.wrap || spec.align)
    cell.alignment = { wrapText: spec.wrap, horizontal: spec.align, vertical: "middle" };
}

export interface WriteOptions {
  /**
   * Store each formula's engine value as its cached result (the default), so viewers that do not
   * recalculate show the right numbers. Tests turn it off to make a recalculating engine prove them.
   */
  readonly cachedResults?: boolean;
}

function writeCell(cell: ExcelJS.Cell, planned: PlanCell, options: WriteOptions): void {
  if (planned.formula) {
    const result =
      planned.value === null || options.cachedResults === false ? undefined : planned.value;
    cell.value = { formula: toFileFormula(planned.formula), result } as ExcelJS.CellFormulaValue;
  } else if (planned.value !== null) {
    // ExcelJS stores strings as text whatever they start with, so "=x" stays a name, not a formula.
    cell.value = planned.value;
  }
  if (planned.format) cell.numFmt = planned.format;
  else if (typeof planned.value === "string" && looksLikeFormula(planned.value)) cell.numFmt = "@";
  if (planned.style) applyStyle(cell, STYLES[planned.style as CellStyle]);
}

/** Writes one plan as a new worksheet at the end of the workbook. */
export function writePlan(
  wb: ExcelJS.Workbook,
  plan: SheetPlan,
  options: WriteOptions = {}
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(plan.name, {
    views: plan.freeze
      ? [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }]
      : undefined,
    pageSetup: {
      paperSize: 9,
      orientation: plan.print.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: plan.print.repeatRows
        ? `${plan.print.repeatRows[0]}:${plan.print.repeatRows[1]}`
        : undefined,
    },
  });
  plan.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  plan.rows.forEach((line, r) => {
    const row = ws.getRow(r + 1);
    line.forEach((planned, c) => writeCell(row.getCell(c + 1), planned, options));
  });
  plan.rowHeights?.forEach((h, r) => {
    if (h !== undefined) ws.getRow(r + 1).height = h;
  });
  for (const m of plan.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const cf of plan.conditionalFormats ?? []) {
    const ref = `${cellAddress(cf.area.top, cf.area.left)}:${cellAddress(cf.area.bottom, cf.area.right)}`;
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: "cellIs",
          operator: "greaterThan",
          formulae: ["0"],
          priority: 1,
          style: { font: { color: { argb: "FF107C10" } } },
        },
        {
          type: "cellIs",
          operator: "lessThan",
          formulae: ["0"],
          priority: 2,
          style: { font: { color: { argb: "FFC50F1F" } } },
        },
      ],
    });
  }
  if (plan.print.area) {
    const a = plan.print.area;
    ws.pageSetup.printArea = `${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`;
  }
  return ws;
}

/** Removes the tool's earlier sheets, then writes every plan. Source sheets are not touched. */
export function applyPlans(
  wb: ExcelJS.Workbook,
  stale: readonly string[],
  plans: readonly SheetPlan[],
  options: WriteOptions = {}
): void {
  for (const name of stale) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  for (const plan of plans) writePlan(wb, plan, options);
}
