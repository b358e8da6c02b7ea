import type { LimitKind } from "../core/limits";

/** The caps a file reader applies (the last, rows searched for tables, is the engine's). */
export type FileLimit = Exclude<LimitKind, "analysedRows">;

/**
 * Why a workbook file could not be read or written. The code is for the caller to choose a message
 * in the user's language ({@link describeReadError} does it); `detail` is a short technical note for
 * whoever reports it, never shown as the message.
 */
export type WorkbookErrorCode =
  /** A file of 0 bytes. */
  | "empty"
  /** Text (CSV, tab-separated, an HTML or XML table saved with a spreadsheet's name). */
  | "text"
  /** Neither a zip package nor a compound file, or a package without a workbook part. */
  | "not-a-workbook"
  /** A zip or compound file whose structure is broken (truncated, bad offsets, bad data). */
  | "corrupt"
  /** Protected by a password to open (encrypted package, or an .xls with a FILEPASS record). */
  | "encrypted"
  /** An XML part declares a DOCTYPE or entities, which a workbook never needs. */
  | "unsafe-xml"
  /** An Excel binary workbook (.xlsb). */
  | "xlsb"
  /** A Strict Open XML workbook (ISO 29500 strict namespaces). */
  | "strict"
  /** An .xls older than Excel 97 (BIFF5 and before). */
  | "old-xls"
  /** Past one of the caps in src/core/limits.ts; `context.limit` says which. */
  | "too-large";

/** Where in the file the trouble is, as far as the reader knows, for the message. */
export interface WorkbookErrorContext {
  /** The sheet's name as its tab shows it. */
  readonly sheet?: string;
  /** An A1 address in that sheet. */
  readonly cell?: string;
  /** The package part ("xl/worksheets/sheet3.xml"): technical, for the detail only. */
  readonly part?: string;
  /** For "too-large": which cap, the file's figure, and the cap's. */
  readonly limit?: FileLimit;
  readonly actual?: number;
  readonly max?: number;
}

/**
 * A workbook file the module cannot take, with the reason as a code.
 * @example
 * try { readWorkbookBytes(bytes) } catch (e) {
 *   if (e instanceof WorkbookFileError && e.code === "encrypted") showPasswordMessage();
 * }
 */
export class WorkbookFileError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    readonly detail = "",
    readonly context: WorkbookErrorContext = {}
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "WorkbookFileError";
  }

  /**
   * The same error, placed: context the thrower did not know (the sheet being read) is added,
   * what it did know is kept.
   * @example new WorkbookFileError("corrupt", "unclosed <c>").within({ sheet: "三季度县区" }).context.sheet // => "三季度县区"
   */
  within(context: WorkbookErrorContext): WorkbookFileError {
    return new WorkbookFileError(this.code, this.detail, { ...context, ...this.context });
  }
}

/**
 * A "too-large" error for one cap.
 * @example tooLarge("sheets", 1200, 1000).context.limit // => "sheets"
 */
export function tooLarge(
  limit: FileLimit,
  actual: number,
  max: number,
  context: WorkbookErrorContext = {}
): WorkbookFileError {
  return new WorkbookFileError("too-large", `${limit} ${actual} > ${max}`, {
    ...context,
    limit,
    actual,
    max,
  });
}

/**
 * Runs `read`, adding where it was (the sheet, the part) to a refusal that does not say; any other
 * error passes unchanged.
 * @example placed({ sheet: "三季度县区" }, () => readSheetXml(xml, context))
 */
export function placed<T>(context: WorkbookErrorContext, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error.within(context);
    throw error;
  }
}
