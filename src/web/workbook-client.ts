/**
 * The page's side of the Web Worker: requests as promises, progress as callbacks, and cancel as
 * terminating the worker. After a cancel (or a crash) the next request starts a new worker and
 * reads the file again from the bytes kept here, so the page stays usable.
 */
import { DuibiaoSettings, HostError, HostErrorCode, RefreshStep, ScanResult } from "../core/host";
import type { Locale } from "../locales";
import { WorkbookFileError } from "../xlsx/errors";
import type {
  Generated,
  Opened,
  SheetPage,
  WorkerFailure,
  WorkerRequest,
  WorkerResponse,
} from "./worker/protocol";

/** What the client needs of a Worker; tests pass one that runs the session in-process. */
export interface WorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type WorkerFactory = () => WorkerLike;

/** The worker died (out of memory, a script error): every request under way fails with this. */
export class WorkerCrashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkerCrashError";
  }
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onStep?: (step: RefreshStep) => void;
}

/** A request without its id, kind by kind (Omit over the whole union would merge the kinds). */
type Body = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, "id">
    : never
  : never;

function toError(failure: WorkerFailure): Error {
  switch (failure.kind) {
    case "file":
      // The reader's own error again, so the page words it as the command line does.
      return new WorkbookFileError(failure.code, failure.detail, failure.context);
    case "host":
      return new HostError(
        failure.code as HostErrorCode,
        failure.message,
        undefined,
        failure.detail
      );
    case "internal":
      return new Error(failure.message);
  }
}

export class WorkbookClient {
  private worker: WorkerLike | null = null;
  private opening: Promise<Opened> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /**
   * @param bytes the file's bytes, kept so a new worker can read them again after a cancel
   * @param cancelledMessage what a cancelled request's HostError says, in the user's language
   */
  constructor(
    private readonly factory: WorkerFactory,
    private readonly bytes: ArrayBuffer,
    readonly fileName: string,
    private readonly cancelledMessage: string
  ) {}

  /** Reads the file in the worker (once per worker); refusals reject with the reader's WorkbookFileError. */
  open(): Promise<Opened> {
    if (!this.opening) {
      // The worker gets its own copy: the original stays here for the next worker.
      const copy = this.bytes.slice(0);
      this.opening = this.send({ type: "open", bytes: copy, fileName: this.fileName }, [copy]);
    }
    return this.opening;
  }

  async scan(settings: DuibiaoSettings, locale: Locale): Promise<ScanResult> {
    await this.open();
    return this.send({ type: "scan", settings, locale });
  }

  async generate(
    settings: DuibiaoSettings,
    locale: Locale,
    onStep?: (step: RefreshStep) => void
  ): Promise<Generated> {
    await this.open();
    return this.send({ type: "generate", settings, locale }, [], onStep);
  }

  async page(sheet: string, source: boolean, start: number, count: number): Promise<SheetPage> {
    await this.open();
    return this.send({ type: "page", sheet, source, start, count });
  }

  /** Whether a request is under way (cancel has something to stop). */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Stops whatever the worker is doing; each request under way rejects as "cancelled". */
  cancel(): void {
    this.stop(new HostError("cancelled", this.cancelledMessage));
  }

  /** Ends the worker for good (the page opened another file). */
  dispose(): void {
    this.cancel();
  }

  private stop(error: Error): void {
    this.worker?.terminate();
    this.worker = null;
    this.opening = null;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(error);
  }

  private started(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.factory();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      // The worker is gone or unusable: fail what is under way, and start afresh next time.
      event.preventDefault();
      this.stop(new WorkerCrashError(event.message || "worker error"));
    };
    this.worker = worker;
    return worker;
  }

  private send<T>(
    body: Body,
    transfer: Transferable[] = [],
    onStep?: (step: RefreshStep) => void
  ): Promise<T> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onStep });
      worker.postMessage({ ...body, id } as WorkerRequest, transfer);
    });
  }

  private receive(response: WorkerResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    if (response.type === "progress") {
      pending.onStep?.(response.step);
      return;
    }
    this.pending.delete(response.id);
    if (response.type === "done") pending.resolve(response.value);
    else pending.reject(toError(response.failure));
  }
}
