/**
 * Why a workbook file could not be read or written. The code is for the caller to choose a message
 * in the user's language (src/locales); `detail` is a short technical note for whoever reports it.
 */
export type WorkbookErrorCode =
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
  | "old-xls";

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
    readonly detail = ""
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "WorkbookFileError";
  }
}
