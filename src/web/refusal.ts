/** What the page says when a file cannot be opened, by the reason the reader or worker gave. */
import { HostError } from "../core/host";
import { fill } from "../core/i18n";
import type { Messages } from "../locales";
import type { WebMessages } from "../locales/web.zh-CN";
import { describeReadError } from "../xlsx/describe-error";
import { WorkbookFileError } from "../xlsx/errors";
import { WorkerCrashError } from "./workbook-client";

export interface Refusal {
  /** Names the file, says what is wrong and what to do. */
  readonly text: string;
  /** The technical note, shown only under "详细信息 / Details". */
  readonly detail?: string;
}

/**
 * The reader's refusals are worded by `describeReadError`, as on the command line, so a file gets
 * the same message wherever it is opened; the page adds only the worker's and the host's cases.
 * @example refusal(new WorkbookFileError("encrypted"), "a.xlsx", webZhCN, zhCN).text
 * // => "「a.xlsx」设置了打开密码，…"
 */
export function refusal(error: unknown, file: string, t: WebMessages, core: Messages): Refusal {
  if (error instanceof WorkbookFileError) {
    const { message, detail } = describeReadError(error, file, core);
    return { text: message, detail };
  }
  if (error instanceof WorkerCrashError)
    return {
      text: fill(t.open.refused, { file, reason: t.reasons.worker }),
      detail: error.message,
    };
  if (error instanceof HostError)
    return { text: fill(t.open.refused, { file, reason: error.message }), detail: error.detail };
  return {
    text: fill(t.open.refused, { file, reason: t.reasons.unexpected }),
    detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  };
}
