/**
 * A strict in-memory emulator of the office-js subset the add-in uses, for jest tests and the
 * browser playground. Dev-only: it bundles HyperFormula (GPL-3), which must never ship.
 * See README.md for what is emulated and the choices made where Excel's behaviour was unclear.
 */
export {
  Emulator,
  MB,
  createEmulator,
  fromSheets,
  type CellArea,
  type EmulatorOptions,
  type EmulatorStats,
  type RequestRecord,
  type SheetSpec,
} from "./emulator";
export {
  OfficeExtensionError,
  CORE_ERROR_CODES,
  EXCEL_ERROR_CODES,
  type ErrorCode,
} from "./errors";
export { excelRound, excelFixed, criterionPredicate, rankEq } from "./functions";
export { DEFAULT_REQUIREMENT_SETS, compareVersions, type RequirementSets } from "./requirements";
export {
  DEFAULT_THEME,
  type OfficeTheme,
  type DialogRecord,
  type ActionEventRecord,
} from "./office";
export type {
  SheetInputs,
  SheetSnapshot,
  WorkbookSnapshot,
  ChartSnapshot,
  ChartSeriesSnapshot,
} from "./snapshot";
export { EXCEL_ENUMS } from "./enums";
