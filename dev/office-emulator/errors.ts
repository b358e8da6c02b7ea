/**
 * The errors the emulated runtime raises, shaped like office-js's `OfficeExtension.Error`
 * (`name` "RichApi.Error", `code`, `message`, `debugInfo`), so adapter code that inspects
 * `error.code` behaves the same here as in Excel.
 */

/** `OfficeExtension.ErrorCodes`: codes raised by the runtime itself rather than by Excel. */
export const CORE_ERROR_CODES = {
  accessDenied: "AccessDenied",
  activityLimitReached: "ActivityLimitReached",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
} as const;

/** `Excel.ErrorCodes`, with the runtime's string values. */
export const EXCEL_ERROR_CODES = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  emptyChartSeries: "EmptyChartSeries",
  filteredRangeConflict: "FilteredRangeConflict",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  generalException: "GeneralException",
  inactiveWorkbook: "InactiveWorkbook",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  notImplemented: "NotImplemented",
  openWorkbookLinksBlocked: "OpenWorkbookLinksBlocked",
  operationCellsExceedLimit: "OperationCellsExceedLimit",
  pivotTableRangeConflict: "PivotTableRangeConflict",
  rangeExceedsLimit: "RangeExceedsLimit",
  refreshWorkbookLinksBlocked: "RefreshWorkbookLinksBlocked",
  requestAborted: "RequestAborted",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedFeature: "UnsupportedFeature",
  unsupportedOperation: "UnsupportedOperation",
  unsupportedSheet: "UnsupportedSheet",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
} as const;

/** Every code the emulator itself raises. `NotEmulated` is ours: the real runtime has no such code. */
export type ErrorCode =
  | (typeof CORE_ERROR_CODES)[keyof typeof CORE_ERROR_CODES]
  | (typeof EXCEL_ERROR_CODES)[keyof typeof EXCEL_ERROR_CODES]
  | "NotEmulated";

/** Short English messages in the spirit of the documented ones; adapters must key on `code`. */
const MESSAGES: Partial<Record<ErrorCode, string>> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath: "The object path is not valid in this request.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in cell-edit mode. Exit edit mode and try again.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict: "A table can't overlap another table or merged cells.",
  NotImplemented: "The requested feature isn't implemented.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  ValueNotLoaded:
    "The value of the result object has not been loaded yet. Call context.sync() first.",
};

export interface DebugInfo {
  readonly code: string;
  readonly message: string;
  /** Where the failing statement points, e.g. "Range.values" or "WorksheetCollection.getItem". */
  readonly errorLocation?: string;
}

/**
 * `OfficeExtension.Error`. Installed as that global, so `err instanceof OfficeExtension.Error`
 * holds for errors from the emulator.
 */
export class OfficeExtensionError extends Error {
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly httpStatusCode: number;
  readonly traceMessages: string[] = [];
  readonly innerError: OfficeExtensionError | null = null;

  constructor(code: string, message?: string, errorLocation?: string) {
    const text = message ?? MESSAGES[code as ErrorCode] ?? code;
    super(text);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation
      ? { code, message: text, errorLocation }
      : { code, message: text };
    this.httpStatusCode = HTTP_STATUS[code] ?? 500;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

const HTTP_STATUS: Record<string, number> = {
  AccessDenied: 401,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  InvalidRequestContext: 400,
  ItemNotFound: 404,
  ApiNotFound: 404,
  PropertyNotLoaded: 400,
  ValueNotLoaded: 400,
};

/**
 * Raised while a queued operation executes; the sync that ran it rejects with the equivalent
 * {@link OfficeExtensionError}. Kept separate so emulator bugs (plain `Error`s) are not mistaken
 * for Excel refusing an operation.
 */
export class Fault extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly location: string,
    detail?: string
  ) {
    super(detail ?? MESSAGES[code] ?? code);
    this.name = "Fault";
  }
}

/** Throws a {@link Fault}; `never` keeps call sites terse. */
export function fail(code: ErrorCode, location: string, detail?: string): never {
  throw new Fault(code, location, detail);
}

export function toOfficeError(fault: Fault): OfficeExtensionError {
  return new OfficeExtensionError(fault.code, fault.message, fault.location);
}

/** Thrown synchronously, like the runtime does for reads of unloaded properties. */
export function propertyNotLoaded(typeName: string, property: string): OfficeExtensionError {
  return new OfficeExtensionError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Call load() on the containing object and ` +
      `await context.sync() before reading it.`,
    `${typeName}.${property}`
  );
}

/** For members of the real API the emulator does not implement: fails loudly instead of `undefined`. */
export function notEmulated(typeName: string, member: string): OfficeExtensionError {
  return new OfficeExtensionError(
    "NotEmulated",
    `${typeName}.${member} is not emulated by dev/office-emulator. Add it there (with a test) ` +
      `before relying on it.`,
    `${typeName}.${member}`
  );
}
