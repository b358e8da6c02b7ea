/**
 * The plain records behind tables, charts, conditional formats, page layout and names. They live
 * in the workbook state; proxies read and write them during a sync.
 */
import { Area } from "./a1";

/** Any nested record a generic proxy can read and write, e.g. a chart's title. */
export type Rec = Record<string, unknown>;

export interface TableState {
  readonly id: string;
  name: string;
  sheetId: string;
  area: Area;
  hasHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  style: string;
  deleted: boolean;
}

export interface ChartPointState extends Rec {
  format: { fill: { color: string | null }; border: { color: string | null } };
  hasDataLabel: boolean;
}

export interface ChartSeriesState extends Rec {
  name: string;
  /** Where the series' values come from, in the source sheet. */
  values: Area;
  chartType: string;
  hasDataLabels: boolean;
  gapWidth: number;
  format: { fill: { color: string | null }; line: { color: string | null; weight: number } };
  dataLabels: Rec;
  points: ChartPointState[];
}

export interface ChartState extends Rec {
  readonly id: string;
  name: string;
  sheetId: string;
  sourceSheetId: string;
  source: Area;
  seriesBy: string;
  chartType: string;
  top: number;
  left: number;
  width: number;
  height: number;
  /** The cells given to `setPosition`, when it was called. */
  positionCells: { start: Area; end: Area | null } | null;
  title: Rec;
  legend: Rec;
  dataLabels: Rec;
  axes: { categoryAxis: Rec; valueAxis: Rec };
  series: ChartSeriesState[];
  deleted: boolean;
}

export interface ConditionalFormatState {
  readonly id: string;
  readonly type: string;
  sheetId: string;
  areas: Area[];
  priority: number;
  stopIfTrue: boolean;
  /** The type-specific part (`custom`, `cellValue`, `colorScale`, ...). */
  detail: Rec;
  deleted: boolean;
}

export interface PageLayoutState extends Rec {
  orientation: string;
  paperSize: string;
  zoom: Rec;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printHeadings: boolean;
  blackAndWhite: boolean;
  draftMode: boolean;
  firstPageNumber: number | "";
  printOrder: string;
  printComments: string;
  printErrors: string;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  /** "$1:$3", or null. */
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
}

export interface NameState {
  name: string;
  /** "=Sheet1!$A$1:$B$2" or any formula. */
  formula: string;
  comment: string;
  visible: boolean;
  /** Worksheet-scoped names carry their sheet id. */
  scopeSheetId: string | null;
  deleted: boolean;
}

export function defaultPageLayout(): PageLayoutState {
  return {
    orientation: "Portrait",
    paperSize: "A4",
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    firstPageNumber: "",
    printOrder: "DownThenOver",
    printComments: "NoComments",
    printErrors: "AsDisplayed",
    leftMargin: 51.0236220472441,
    rightMargin: 51.0236220472441,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
  };
}

/** A deep copy of plain data, so callers never hold references into the state. */
export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
