/**
 * What this Excel can do, asked once. The manifest requires ExcelApi 1.4 (reading, adding and
 * replacing sheets, null objects); everything newer is used when present and skipped when not,
 * so Excel 2021, Microsoft 365 and Excel on the web get every feature and nothing breaks elsewhere.
 */
export interface Capabilities {
  /** ExcelApi 1.3: table display options (no banded rows over the tool's own fills). */
  readonly tableOptions: boolean;
  /** ExcelApi 1.6: conditional formats (rank change in green and red). */
  readonly conditionalFormats: boolean;
  /** ExcelApi 1.7: frozen header rows, workbook protection state, chart point colours. */
  readonly freezePanes: boolean;
  readonly workbookProtection: boolean;
  /** ExcelApi 1.9: A4, one page wide, print titles, print area. */
  readonly pageLayout: boolean;
  /** ExcelApi 1.7: a chart axis in reverse order (a rank axis, 1 on top), a series' line weight. */
  readonly chartAxisOrder: boolean;
  /** ExcelApi 1.8: where the axes cross (labels at the bottom of a rank axis), tick label formats. */
  readonly chartAxisLayout: boolean;
  /** ExcelApi 1.13: merged areas, so a merged group header is read exactly. */
  readonly mergedAreas: boolean;
  /** DialogApi 1.1: the ribbon command reports its outcome in a small dialog. */
  readonly dialog: boolean;
}

export type SetSupported = (name: string, version: string) => boolean;

export function detectCapabilities(isSetSupported: SetSupported): Capabilities {
  const excel = (v: string) => isSetSupported("ExcelApi", v);
  return {
    tableOptions: excel("1.3"),
    conditionalFormats: excel("1.6"),
    freezePanes: excel("1.7"),
    workbookProtection: excel("1.7"),
    pageLayout: excel("1.9"),
    chartAxisOrder: excel("1.7"),
    chartAxisLayout: excel("1.8"),
    mergedAreas: excel("1.13"),
    dialog: isSetSupported("DialogApi", "1.1"),
  };
}

/** The running Office's answer; false for everything when Office has not told us. */
export function officeCapabilities(): Capabilities {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  return detectCapabilities((name, version) =>
    Boolean(requirements?.isSetSupported(name, version))
  );
}
