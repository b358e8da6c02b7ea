/** What the page says when a file cannot be opened, by the reason the reader or worker gave. */
import { HostError } from "../core/host";
import { fill } from "../core/i18n";
import type { WebMessages } from "../locales/web.zh-CN";
import { FileRefusedError, WorkerCrashError } from "./workbook-client";

/**
 * @example refusalText(new FileRefusedError("encrypted", ""), "a.xlsx", webZhCN)
 * // => "无法打开「a.xlsx」：工作簿设置了打开密码。…"
 */
export function refusalText(error: unknown, file: string, t: WebMessages): string {
  let reason: string;
  if (error instanceof FileRefusedError) {
    const known = t.reasons as Record<string, string>;
    // A reason the reader learns later (a new refusal code) still gets a message, with its code.
    reason =
      error.code in known && error.code !== "other" && error.code !== "worker"
        ? known[error.code]
        : fill(t.reasons.other, { code: error.code });
  } else if (error instanceof WorkerCrashError) {
    reason = fill(t.reasons.worker, { message: error.message });
  } else if (error instanceof HostError) {
    reason = error.message;
  } else {
    reason = fill(t.pane.errors.unexpected, {
      message: error instanceof Error ? error.message : String(error),
    });
  }
  return fill(t.open.refused, { file, reason });
}
