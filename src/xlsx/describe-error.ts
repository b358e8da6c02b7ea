/**
 * One place that turns whatever reading a workbook file threw into words for the user: the
 * command line, the web page and any other caller show the same message for the same file.
 */
import { fill } from "../core/i18n";
import type { Messages } from "../locales";
import { WorkbookErrorCode, WorkbookFileError } from "./errors";

/** What to show: `message` in plain words for the user, `detail` for a "details" line or support. */
export interface ReadErrorText {
  /** Names the file (and the sheet and cell where known), what is wrong and what to do. */
  readonly message: string;
  /** The technical note: the reason's code, the reader's own words, the part; never a stack. */
  readonly detail: string;
}

type MessageKey =
  | "empty"
  | "text"
  | "notAWorkbook"
  | "corrupt"
  | "encrypted"
  | "unsafeXml"
  | "xlsb"
  | "strict"
  | "oldXls";

const MESSAGE_KEY: Readonly<Record<Exclude<WorkbookErrorCode, "too-large">, MessageKey>> = {
  empty: "empty",
  text: "text",
  "not-a-workbook": "notAWorkbook",
  corrupt: "corrupt",
  encrypted: "encrypted",
  "unsafe-xml": "unsafeXml",
  xlsb: "xlsb",
  strict: "strict",
  "old-xls": "oldXls",
};

const MiB = 1024 * 1024;
const BYTE_LIMITS = new Set(["fileBytes", "packageBytes", "partBytes"]);

/**
 * The message and detail for an error thrown while reading `fileName`, in the language of
 * `messages`. A {@link WorkbookFileError} gets the message for its code (and, past a cap, for the
 * cap, with both figures); anything else (a fault in this program) gets a general message, its
 * own text going to the detail. Pure: no Node, no DOM.
 * @example
 * describeReadError(new WorkbookFileError("encrypted", "FILEPASS"), "三季度.xls", messagesFor("zh-CN"))
 * // => { message: "「三季度.xls」设有打开密码，无法读取。请在 Excel 或 WPS 中打开，去掉工作簿密码后保存…",
 * //      detail: "encrypted: FILEPASS" }
 */
export function describeReadError(
  error: unknown,
  fileName: string,
  messages: Messages
): ReadErrorText {
  const t = messages.readErrors;
  if (!(error instanceof WorkbookFileError)) {
    const detail =
      error instanceof Error ? `${error.name}: ${error.message}` : `thrown: ${String(error)}`;
    return { message: fill(t.unexpected, { file: fileName }), detail };
  }
  const { sheet, cell, part, limit, actual, max } = error.context;
  const where =
    sheet !== undefined && cell
      ? fill(t.whereCell, { sheet, cell })
      : sheet !== undefined
        ? fill(t.whereSheet, { sheet })
        : "";
  const template =
    error.code === "too-large" && limit ? t.tooLarge[limit] : t[messageKey(error.code)];
  const bytes = limit !== undefined && BYTE_LIMITS.has(limit);
  const figure = (n: number | undefined, round: (x: number) => number) =>
    n === undefined ? "" : grouped(bytes ? round(n / MiB) : n);
  const message = fill(template, {
    file: fileName,
    where,
    actual: figure(actual, Math.ceil),
    max: figure(max, Math.floor),
  });
  const place = [
    part ? `part ${part}` : "",
    sheet !== undefined ? `sheet ${sheet}` : "",
    cell ? `cell ${cell}` : "",
  ].filter((s) => s !== "");
  const code = limit ? `${error.code} (${limit})` : error.code;
  const detail = [`${code}: ${error.detail || "-"}`, ...place].join("; ");
  return { message, detail };
}

function messageKey(code: WorkbookErrorCode): MessageKey {
  // "too-large" without its cap cannot be told apart from damage: say so rather than guess.
  return code === "too-large" ? "corrupt" : MESSAGE_KEY[code];
}

/** 1048576 → "1,048,576": both languages group digits by three with commas. */
function grouped(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 0 });
}
