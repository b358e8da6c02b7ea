/**
 * Excel enums with the string values the runtime uses (taken from office-js), so adapter code
 * can write `Excel.ChartType.columnClustered` or the literal "ColumnClustered" interchangeably.
 * Generated once from the office-js runtime; only the enums the add-in may touch are listed.
 */

export const ChartType = {
  invalid: "Invalid",
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  columnStacked100: "ColumnStacked100",
  _3DColumnClustered: "3DColumnClustered",
  _3DColumnStacked: "3DColumnStacked",
  _3DColumnStacked100: "3DColumnStacked100",
  barClustered: "BarClustered",
  barStacked: "BarStacked",
  barStacked100: "BarStacked100",
  _3DBarClustered: "3DBarClustered",
  _3DBarStacked: "3DBarStacked",
  _3DBarStacked100: "3DBarStacked100",
  lineStacked: "LineStacked",
  lineStacked100: "LineStacked100",
  lineMarkers: "LineMarkers",
  lineMarkersStacked: "LineMarkersStacked",
  lineMarkersStacked100: "LineMarkersStacked100",
  pieOfPie: "PieOfPie",
  pieExploded: "PieExploded",
  _3DPieExploded: "3DPieExploded",
  barOfPie: "BarOfPie",
  xyscatterSmooth: "XYScatterSmooth",
  xyscatterSmoothNoMarkers: "XYScatterSmoothNoMarkers",
  xyscatterLines: "XYScatterLines",
  xyscatterLinesNoMarkers: "XYScatterLinesNoMarkers",
  areaStacked: "AreaStacked",
  areaStacked100: "AreaStacked100",
  _3DAreaStacked: "3DAreaStacked",
  _3DAreaStacked100: "3DAreaStacked100",
  doughnutExploded: "DoughnutExploded",
  radarMarkers: "RadarMarkers",
  radarFilled: "RadarFilled",
  surface: "Surface",
  surfaceWireframe: "SurfaceWireframe",
  surfaceTopView: "SurfaceTopView",
  surfaceTopViewWireframe: "SurfaceTopViewWireframe",
  bubble: "Bubble",
  bubble3DEffect: "Bubble3DEffect",
  stockHLC: "StockHLC",
  stockOHLC: "StockOHLC",
  stockVHLC: "StockVHLC",
  stockVOHLC: "StockVOHLC",
  cylinderColClustered: "CylinderColClustered",
  cylinderColStacked: "CylinderColStacked",
  cylinderColStacked100: "CylinderColStacked100",
  cylinderBarClustered: "CylinderBarClustered",
  cylinderBarStacked: "CylinderBarStacked",
  cylinderBarStacked100: "CylinderBarStacked100",
  cylinderCol: "CylinderCol",
  coneColClustered: "ConeColClustered",
  coneColStacked: "ConeColStacked",
  coneColStacked100: "ConeColStacked100",
  coneBarClustered: "ConeBarClustered",
  coneBarStacked: "ConeBarStacked",
  coneBarStacked100: "ConeBarStacked100",
  coneCol: "ConeCol",
  pyramidColClustered: "PyramidColClustered",
  pyramidColStacked: "PyramidColStacked",
  pyramidColStacked100: "PyramidColStacked100",
  pyramidBarClustered: "PyramidBarClustered",
  pyramidBarStacked: "PyramidBarStacked",
  pyramidBarStacked100: "PyramidBarStacked100",
  pyramidCol: "PyramidCol",
  _3DColumn: "3DColumn",
  line: "Line",
  _3DLine: "3DLine",
  _3DPie: "3DPie",
  pie: "Pie",
  xyscatter: "XYScatter",
  _3DArea: "3DArea",
  area: "Area",
  doughnut: "Doughnut",
  radar: "Radar",
  histogram: "Histogram",
  boxwhisker: "Boxwhisker",
  pareto: "Pareto",
  regionMap: "RegionMap",
  treemap: "Treemap",
  waterfall: "Waterfall",
  sunburst: "Sunburst",
  funnel: "Funnel",
} as const;

export const ChartSeriesBy = {
  auto: "Auto",
  columns: "Columns",
  rows: "Rows",
} as const;

export const ConditionalFormatType = {
  custom: "Custom",
  dataBar: "DataBar",
  colorScale: "ColorScale",
  iconSet: "IconSet",
  topBottom: "TopBottom",
  presetCriteria: "PresetCriteria",
  containsText: "ContainsText",
  cellValue: "CellValue",
} as const;

export const SheetVisibility = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
} as const;

export const BorderIndex = {
  edgeTop: "EdgeTop",
  edgeBottom: "EdgeBottom",
  edgeLeft: "EdgeLeft",
  edgeRight: "EdgeRight",
  insideVertical: "InsideVertical",
  insideHorizontal: "InsideHorizontal",
  diagonalDown: "DiagonalDown",
  diagonalUp: "DiagonalUp",
} as const;

export const BorderLineStyle = {
  none: "None",
  continuous: "Continuous",
  dash: "Dash",
  dashDot: "DashDot",
  dashDotDot: "DashDotDot",
  dot: "Dot",
  double: "Double",
  slantDashDot: "SlantDashDot",
} as const;

export const BorderWeight = {
  hairline: "Hairline",
  thin: "Thin",
  medium: "Medium",
  thick: "Thick",
} as const;

export const HorizontalAlignment = {
  general: "General",
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerAcrossSelection: "CenterAcrossSelection",
  distributed: "Distributed",
} as const;

export const VerticalAlignment = {
  top: "Top",
  center: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
} as const;

export const PageOrientation = {
  portrait: "Portrait",
  landscape: "Landscape",
} as const;

export const PaperType = {
  letter: "Letter",
  letterSmall: "LetterSmall",
  tabloid: "Tabloid",
  ledger: "Ledger",
  legal: "Legal",
  statement: "Statement",
  executive: "Executive",
  a3: "A3",
  a4: "A4",
  a4Small: "A4Small",
  a5: "A5",
  b4: "B4",
  b5: "B5",
  folio: "Folio",
  quatro: "Quatro",
  paper10x14: "Paper10x14",
  paper11x17: "Paper11x17",
  note: "Note",
  envelope9: "Envelope9",
  envelope10: "Envelope10",
  envelope11: "Envelope11",
  envelope12: "Envelope12",
  envelope14: "Envelope14",
  csheet: "Csheet",
  dsheet: "Dsheet",
  esheet: "Esheet",
  envelopeDL: "EnvelopeDL",
  envelopeC5: "EnvelopeC5",
  envelopeC3: "EnvelopeC3",
  envelopeC4: "EnvelopeC4",
  envelopeC6: "EnvelopeC6",
  envelopeC65: "EnvelopeC65",
  envelopeB4: "EnvelopeB4",
  envelopeB5: "EnvelopeB5",
  envelopeB6: "EnvelopeB6",
  envelopeItaly: "EnvelopeItaly",
  envelopeMonarch: "EnvelopeMonarch",
  envelopePersonal: "EnvelopePersonal",
  fanfoldUS: "FanfoldUS",
  fanfoldStdGerman: "FanfoldStdGerman",
  fanfoldLegalGerman: "FanfoldLegalGerman",
} as const;

export const ClearApplyTo = {
  all: "All",
  formats: "Formats",
  contents: "Contents",
  hyperlinks: "Hyperlinks",
  removeHyperlinks: "RemoveHyperlinks",
} as const;

export const RangeValueType = {
  unknown: "Unknown",
  empty: "Empty",
  string: "String",
  integer: "Integer",
  double: "Double",
  boolean: "Boolean",
  error: "Error",
  richValue: "RichValue",
} as const;

export const ChartLegendPosition = {
  invalid: "Invalid",
  top: "Top",
  bottom: "Bottom",
  left: "Left",
  right: "Right",
  corner: "Corner",
  custom: "Custom",
} as const;

export const ConditionalCellValueOperator = {
  invalid: "Invalid",
  between: "Between",
  notBetween: "NotBetween",
  equalTo: "EqualTo",
  notEqualTo: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
} as const;

export const ConditionalTextOperator = {
  invalid: "Invalid",
  contains: "Contains",
  notContains: "NotContains",
  beginsWith: "BeginsWith",
  endsWith: "EndsWith",
} as const;

export const ConditionalTopBottomCriterionType = {
  invalid: "Invalid",
  topItems: "TopItems",
  topPercent: "TopPercent",
  bottomItems: "BottomItems",
  bottomPercent: "BottomPercent",
} as const;

export const ConditionalDataBarDirection = {
  context: "Context",
  leftToRight: "LeftToRight",
  rightToLeft: "RightToLeft",
} as const;

export const ConditionalFormatColorCriterionType = {
  invalid: "Invalid",
  lowestValue: "LowestValue",
  highestValue: "HighestValue",
  number: "Number",
  percent: "Percent",
  formula: "Formula",
  percentile: "Percentile",
} as const;

export const ChartAxisPosition = {
  automatic: "Automatic",
  maximum: "Maximum",
  minimum: "Minimum",
  custom: "Custom",
} as const;

export const ChartAxisType = {
  invalid: "Invalid",
  category: "Category",
  value: "Value",
  series: "Series",
} as const;

export const ChartAxisGroup = {
  primary: "Primary",
  secondary: "Secondary",
} as const;

export const NamedItemType = {
  string: "String",
  integer: "Integer",
  double: "Double",
  boolean: "Boolean",
  range: "Range",
  error: "Error",
  array: "Array",
} as const;

export const ConditionalFormatPresetCriterion = {
  invalid: "Invalid",
  blanks: "Blanks",
  nonBlanks: "NonBlanks",
  errors: "Errors",
  nonErrors: "NonErrors",
  yesterday: "Yesterday",
  today: "Today",
  tomorrow: "Tomorrow",
  lastSevenDays: "LastSevenDays",
  lastWeek: "LastWeek",
  thisWeek: "ThisWeek",
  nextWeek: "NextWeek",
  lastMonth: "LastMonth",
  thisMonth: "ThisMonth",
  nextMonth: "NextMonth",
  aboveAverage: "AboveAverage",
  belowAverage: "BelowAverage",
  equalOrAboveAverage: "EqualOrAboveAverage",
  equalOrBelowAverage: "EqualOrBelowAverage",
  oneStdDevAboveAverage: "OneStdDevAboveAverage",
  oneStdDevBelowAverage: "OneStdDevBelowAverage",
  twoStdDevAboveAverage: "TwoStdDevAboveAverage",
  twoStdDevBelowAverage: "TwoStdDevBelowAverage",
  threeStdDevAboveAverage: "ThreeStdDevAboveAverage",
  threeStdDevBelowAverage: "ThreeStdDevBelowAverage",
  uniqueValues: "UniqueValues",
  duplicateValues: "DuplicateValues",
} as const;

export const ChartDataLabelPosition = {
  invalid: "Invalid",
  none: "None",
  center: "Center",
  insideEnd: "InsideEnd",
  insideBase: "InsideBase",
  outsideEnd: "OutsideEnd",
  left: "Left",
  right: "Right",
  top: "Top",
  bottom: "Bottom",
  bestFit: "BestFit",
  callout: "Callout",
} as const;

export const RangeUnderlineStyle = {
  none: "None",
  single: "Single",
  double: "Double",
  singleAccountant: "SingleAccountant",
  doubleAccountant: "DoubleAccountant",
} as const;

export const ChartUnderlineStyle = {
  none: "None",
  single: "Single",
} as const;

export const ConditionalFormatRuleType = {
  invalid: "Invalid",
  automatic: "Automatic",
  lowestValue: "LowestValue",
  highestValue: "HighestValue",
  number: "Number",
  percent: "Percent",
  formula: "Formula",
  percentile: "Percentile",
} as const;

export const ConditionalFormatIconRuleType = {
  invalid: "Invalid",
  number: "Number",
  percent: "Percent",
  formula: "Formula",
  percentile: "Percentile",
} as const;

export const ConditionalFormatDirection = {
  top: "Top",
  bottom: "Bottom",
} as const;

export const ChartTitlePosition = {
  automatic: "Automatic",
  top: "Top",
  bottom: "Bottom",
  left: "Left",
  right: "Right",
} as const;

export const CalculationMode = {
  automatic: "Automatic",
  automaticExceptTables: "AutomaticExceptTables",
  manual: "Manual",
} as const;

/** Every enum above, by its office-js name. */
export const EXCEL_ENUMS = {
  ChartType,
  ChartSeriesBy,
  ConditionalFormatType,
  SheetVisibility,
  BorderIndex,
  BorderLineStyle,
  BorderWeight,
  HorizontalAlignment,
  VerticalAlignment,
  PageOrientation,
  PaperType,
  ClearApplyTo,
  RangeValueType,
  ChartLegendPosition,
  ConditionalCellValueOperator,
  ConditionalTextOperator,
  ConditionalTopBottomCriterionType,
  ConditionalDataBarDirection,
  ConditionalFormatColorCriterionType,
  ChartAxisPosition,
  ChartAxisType,
  ChartAxisGroup,
  NamedItemType,
  ConditionalFormatPresetCriterion,
  ChartDataLabelPosition,
  RangeUnderlineStyle,
  ChartUnderlineStyle,
  ConditionalFormatRuleType,
  ConditionalFormatIconRuleType,
  ConditionalFormatDirection,
  ChartTitlePosition,
  CalculationMode,
} as const;
