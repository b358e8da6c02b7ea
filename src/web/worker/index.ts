/**
 * The Web Worker's entry: reading, analysing and writing run here, off the page's thread, so a
 * 30,000-unit workbook never freezes the page, and cancelling is terminating this worker.
 * Built by webpack as its own bundle and inlined into the page as a blob (see webpack.config.js):
 * a worker loaded by URL would be refused on a page opened from a folder (file://).
 */
import { HostError } from "../../core/host";
import { WorkbookFileError } from "../../xlsx";
import { WorkerFailure, WorkerRequest, WorkerResponse } from "./protocol";
import { WorkbookSession } from "./session";

/** The worker's global scope, as much of it as this file uses (the DOM library types `self`). */
interface WorkerScope {
  postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
let session: WorkbookSession | null = null;

function failure(error: unknown): WorkerFailure {
  if (error instanceof WorkbookFileError)
    return { kind: "file", code: error.code, detail: error.detail, context: error.context };
  if (error instanceof HostError)
    return { kind: "host", code: error.code, message: error.message, detail: error.detail };
  return { kind: "internal", message: error instanceof Error ? error.message : String(error) };
}

function open(): WorkbookSession {
  if (!session) throw new Error("no workbook is open in the worker");
  return session;
}

function handle(request: WorkerRequest): unknown {
  switch (request.type) {
    case "open":
      session = null;
      session = WorkbookSession.open(new Uint8Array(request.bytes), request.fileName);
      return session.opened();
    case "scan":
      return open().scan(request.settings, request.locale);
    case "generate":
      return open().generate(request.settings, request.locale, (step) =>
        scope.postMessage({ id: request.id, type: "progress", step })
      );
    case "page":
      return open().page(request.sheet, request.source, request.start, request.count);
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  let response: WorkerResponse;
  try {
    response = { id: request.id, type: "done", value: handle(request) };
  } catch (error) {
    // Sent to the page, which shows it: the worker has no one else to tell.
    response = { id: request.id, type: "failed", failure: failure(error) };
  }
  scope.postMessage(response);
};
