/**
 * Starts the worker from its source text through a blob URL. A worker loaded by URL from the page's
 * folder would be refused when the page is opened from a file (file://, a copy on a USB stick);
 * a blob belongs to the page and loads anywhere, with no request made.
 */
import type { WorkerFactory, WorkerLike } from "./workbook-client";

export function inlineWorkerFactory(source: string): WorkerFactory {
  return (): WorkerLike => {
    const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    const worker = new Worker(url);
    const terminate = worker.terminate.bind(worker);
    // The URL stays valid while the worker lives (a browser may fetch it lazily), no longer.
    worker.terminate = () => {
      terminate();
      URL.revokeObjectURL(url);
    };
    return worker as WorkerLike;
  };
}
