/**
 * Workbook files as bytes in, bytes out, with no Node APIs and no DOM: the command line, a browser
 * page and a Web Worker use the same code; only where the bytes come from and go to differs.
 *
 * - {@link readWorkbookBytes}: any .xlsx, .xlsm, .xls or WPS .et → the engine's `SheetInput[]`
 *   (values, merges, number formats) and a handle for writing.
 * - {@link writeWorkbookChunks} / {@link writeWorkbookBytes}: that workbook with the engine's
 *   plans as new sheets (charts included) and its earlier output sheets removed; every other
 *   part of the file copied byte for byte.
 * - {@link WorkbookFileError}: why a file cannot be read, as a code to choose a message by.
 *
 * @example
 * import { readWorkbookBytes, writeWorkbookBytes } from "../xlsx";
 * const book = readWorkbookBytes(bytes, { fileName: "三季度.xlsx" });
 * const result = runEngine(book.sheets, { ownUnit: "安康" });
 * const out = writeWorkbookBytes(book, { plans: result.plans, stale: result.staleOutputSheets });
 */
export { WorkbookFileError } from "./errors";
export type { WorkbookErrorCode } from "./errors";
export { readWorkbookBytes } from "./read-workbook";
export type { ReadWorkbookOptions, WorkbookFormat, WorkbookRead } from "./read-workbook";
export { writeWorkbookBytes, writeWorkbookChunks } from "./write-workbook";
export type { WritePlansOptions } from "./write-workbook";
export type { SheetState } from "./workbook-part";
export { outputExtension } from "./formats";
export type { Deflater, DeflaterFactory } from "./zip-write";
export type { Inflater } from "./zip-read";
