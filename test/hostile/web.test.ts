/**
 * The hostile corpus on the web page's path: the page's WorkbookClient talking to the real worker
 * script (src/web/worker/index.ts), run in this process, and the page's own wording of a refusal.
 * Large legitimate files are left to the reader's and the command line's tests (the worker inflates
 * with fflate, whose bounded stream is tested in test/xlsx/zip.test.ts).
 */
import { performance } from "perf_hooks";
import { DEFAULT_SETTINGS, HostError } from "../../src/core";
import { messagesFor } from "../../src/locales";
import { webEnUS } from "../../src/locales/web.en-US";
import { webZhCN } from "../../src/locales/web.zh-CN";
import { refusal } from "../../src/web/refusal";
import { WorkbookClient, WorkerLike } from "../../src/web/workbook-client";
import type { WorkerRequest, WorkerResponse } from "../../src/web/worker/protocol";
import { WorkbookFileError } from "../../src/xlsx";
import { CORPUS } from "./corpus";
import { expectPlainWords } from "./plain-words";

interface WorkerGlobal {
  postMessage?: (response: WorkerResponse) => void;
  onmessage?: ((event: { data: WorkerRequest }) => void) | null;
}

/**
 * A Worker that runs the worker script in this process. A failure crosses a structured clone, as
 * it would between threads, so the page sees only what really reaches it.
 */
function inProcessWorker(): WorkerLike {
  const scope = globalThis as unknown as WorkerGlobal;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage: (request) => setTimeout(() => handler({ data: request }), 0),
  };
  scope.postMessage = (response) => {
    const data = response.type === "failed" ? structuredClone(response) : response;
    worker.onmessage?.({ data } as MessageEvent<WorkerResponse>);
  };
  jest.isolateModules(() => {
    require("../../src/web/worker/index");
  });
  const handler = scope.onmessage as (event: { data: WorkerRequest }) => void;
  return worker;
}

afterAll(() => {
  const scope = globalThis as unknown as WorkerGlobal;
  delete scope.postMessage;
  delete scope.onmessage;
});

describe("the hostile corpus, opened in the web page", () => {
  for (const c of CORPUS.filter((x) => !x.large)) {
    const o = c.outcome;
    it(
      `${c.name}: ${"refused" in o ? `refused as ${o.refused}` : `${o.tables} table(s)`}`,
      async () => {
        const bytes = c.bytes();
        const buffer = new Uint8Array(bytes).buffer;
        const client = new WorkbookClient(inProcessWorker, buffer, c.file, "cancelled");
        const started = performance.now();
        const outcome = await client.scan(DEFAULT_SETTINGS, "zh-CN").then(
          (scan) => ({ scan, error: undefined }),
          (error: unknown) => ({ scan: undefined, error })
        );
        expect((performance.now() - started) / 1000).toBeLessThan(c.seconds);
        if ("refused" in o) {
          expect(outcome.error).toBeInstanceOf(WorkbookFileError);
          const error = outcome.error as WorkbookFileError;
          expect(error.code).toBe(o.refused);
          for (const [t, locale] of [
            [webZhCN, "zh-CN"],
            [webEnUS, "en-US"],
          ] as const) {
            const { text, detail } = refusal(error, c.file, t, messagesFor(locale));
            expect(text).toContain(c.file);
            if (o.sheet !== undefined) expect(text).toContain(o.sheet);
            expectPlainWords(text);
            expect(detail).toContain(o.refused);
          }
          return;
        }
        if (outcome.error) throw outcome.error;
        expect(outcome.scan?.tables).toHaveLength(o.tables);
        if (o.tables === 0) {
          await expect(client.generate(DEFAULT_SETTINGS, "zh-CN")).rejects.toBeInstanceOf(
            HostError
          );
          return;
        }
        const generated = await client.generate(DEFAULT_SETTINGS, "zh-CN");
        expect(generated.file.size).toBeGreaterThan(bytes.length / 2);
        expect(generated.result.tables).toHaveLength(o.tables);
      },
      Math.max(60_000, c.seconds * 3000)
    );
  }
});
