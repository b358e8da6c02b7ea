/**
 * The `Excel` and `OfficeExtension` globals: `Excel.run`, `Excel.RequestContext`, error codes
 * and enums, bound to one emulator.
 */
import { EXCEL_ENUMS } from "./enums";
import { CORE_ERROR_CODES, EXCEL_ERROR_CODES, OfficeExtensionError } from "./errors";
import { makeWorkbook } from "./excel-workbook";
import { strictNamespace } from "./office";
import { ClientObject, ClientResult, ContextOptions, Host, RequestContext } from "./request";

interface RunOptions {
  readonly delayForCellEdit?: boolean;
  readonly previousObjects?: unknown;
}

export function createExcelNamespace(host: Host): { Excel: object; OfficeExtension: object } {
  /** `new Excel.RequestContext()`: a context outside Excel.run, whose ranges need tracking. */
  class BoundRequestContext extends RequestContext {
    constructor(_session?: unknown, options: ContextOptions = { autoTrack: false }) {
      super(host, options, makeWorkbook);
    }

    get application(): ClientObject {
      return (this.workbook as unknown as { application: ClientObject }).application;
    }
  }

  function contextOf(value: unknown): RequestContext | undefined {
    if (value instanceof RequestContext) return value;
    if (value instanceof ClientObject) return value._context;
    if (Array.isArray(value) && value[0] instanceof ClientObject) return value[0]._context;
    return undefined;
  }

  /**
   * `Excel.run([options | objects,] batch)`: runs the batch with a fresh context, then syncs
   * whatever it left queued (office-js always calls `sync()` here; a sync with nothing queued
   * sends no request), and releases the ranges it tracked.
   */
  async function run(...args: unknown[]): Promise<unknown> {
    let batch: unknown;
    let options: RunOptions = {};
    let reused: RequestContext | undefined;
    if (args.length === 1) batch = args[0];
    else if (args.length === 2) {
      reused = contextOf(args[0]);
      if (!reused && typeof args[0] === "object" && args[0] !== null) {
        options = args[0] as RunOptions;
        reused = contextOf(options.previousObjects);
      }
      batch = args[1];
    }
    if (typeof batch !== "function")
      throw new OfficeExtensionError(
        "InvalidArgument",
        "Excel.run needs a batch function.",
        "Excel.run"
      );
    const context =
      reused ??
      new BoundRequestContext(undefined, {
        autoTrack: true,
        delayForCellEdit: options.delayForCellEdit,
      });
    try {
      const pending = (batch as (ctx: RequestContext) => unknown)(context);
      if (!pending || typeof (pending as Promise<unknown>).then !== "function")
        throw new OfficeExtensionError(
          "RunMustReturnPromise",
          "The batch function passed to Excel.run must return a promise.",
          "Excel.run"
        );
      const result = await pending;
      return await host.sync(context, result, true);
    } finally {
      if (!reused) context._finish();
    }
  }

  const Excel = strictNamespace("Excel", {
    run,
    RequestContext: BoundRequestContext,
    ErrorCodes: strictNamespace("Excel.ErrorCodes", { ...EXCEL_ERROR_CODES }),
    ...Object.fromEntries(
      Object.entries(EXCEL_ENUMS).map(([name, values]) => [
        name,
        strictNamespace(`Excel.${name}`, { ...values }),
      ])
    ),
  });

  const OfficeExtension = strictNamespace("OfficeExtension", {
    Error: OfficeExtensionError,
    ErrorCodes: strictNamespace("OfficeExtension.ErrorCodes", { ...CORE_ERROR_CODES }),
    ClientObject,
    ClientResult,
    ClientRequestContext: RequestContext,
    Promise,
    config: { extendedErrorLogging: false },
  });

  return { Excel, OfficeExtension };
}
