/**
 * Workbook files as bytes in, bytes out, with no Node APIs and no DOM: the command line, a browser
 * page and a Web Worker use the same code; only where the bytes come from and go to differs.
 *
 * - {@link readWorkbookBytes}: any .xlsx, .xlsm, .xls or WPS .et → the engine's `SheetInput[]`
 *   (values, merges, number formats) and a handle for writing.
 * - {@link writeWorkbookChunks} / {@link writeWorkbookBytes}: that workbook with the engine's
 *   plans as new sheets (charts included) and its earlier output sheets removed; every other
 *   part of the file copied byte for byte.
 * - {@link WorkbookFileError}: why a file cannot be read, as a code (and, where known, the sheet,
 *   the cell and the cap it went past).
 * - {@link describeReadError}: THE way to tell a user why a file cannot be read. Every caller (the
 *   command line, the web page, anything later) passes whatever reading threw, the file's name and
 *   the user's messages, and shows `message`; `detail` goes behind a "详细信息 / Details" disclosure
 *   (the command line prints it with `--verbose`). Never show `error.message` itself: it is the
 *   reader's technical note, in English, sometimes a library's.
 * - The caps ({@link READ_LIMITS}, src/core/limits.ts) are checked here, before the work they
 *   guard; the add-in's read applies the same numbers to Excel's used ranges.
 *
 * @example
 * import { readWorkbookBytes, writeWorkbookBytes } from "../xlsx";
 * const book = readWorkbookBytes(bytes, { fileName: "三季度.xlsx" });
 * const result = runEngine(book.sheets, { ownUnit: "安康" });
 * const out = writeWorkbookBytes(book, { plans: result.plans, stale: result.staleOutputSheets });
 *
 * @example
 * // Any caller, on any failure to read:
 * try {
 *   book = readWorkbookBytes(bytes, { fileName: file.name });
 * } catch (error) {
 *   const { message, detail } = describeReadError(error, file.name, messagesFor(locale));
 *   show(message, detail); // e.g. "「三季度.xlsx」设有打开密码，无法读取。请…去掉工作簿密码…后重试。"
 * }
 */
export { WorkbookFileError, tooLarge } from "./errors";
export type { FileLimit, WorkbookErrorCode, WorkbookErrorContext } from "./errors";
export { describeReadError } from "./describe-error";
export type { ReadErrorText } from "./describe-error";
export { READ_LIMITS } from "../core/limits";
export type { ReadLimits } from "../core/limits";
export { readWorkbookBytes } from "./read-workbook";
export type { ReadWorkbookOptions, WorkbookFormat, WorkbookRead } from "./read-workbook";
export { writeWorkbookBytes, writeWorkbookChunks } from "./write-workbook";
export type { WritePlansOptions } from "./write-workbook";
export type { SheetState } from "./workbook-part";
export { outputExtension } from "./formats";
export type { Deflater, DeflaterFactory } from "./zip-write";
export type { Inflater } from "./zip-read";
export { boundedInflate } from "./zip-read";
