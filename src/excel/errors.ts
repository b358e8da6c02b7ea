import { HostError, fill } from "../core";
import { Messages } from "../locales";

/** The runtime's error code, when the error came from office-js. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/**
 * Tells the user, in their language, why Excel refused: decided by `error.code`, never by the
 * English message text. Errors that are already HostErrors pass through unchanged.
 */
export function toHostError(error: unknown, messages: Messages): HostError {
  if (error instanceof HostError) return error;
  const m = messages.host;
  const code = officeErrorCode(error);
  const text = error instanceof Error ? error.message : String(error);
  // What Excel said, word for word, for the pane's "详细信息 / Details" and for support.
  const detail = `${code ?? (error instanceof Error ? error.name : "thrown")}: ${text}`;
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new HostError("cellEditMode", m.cellEditMode, code, detail);
    case "AccessDenied":
      return new HostError("protected", m.protectedWorkbook, code, detail);
    case "RequestPayloadSizeLimitExceeded":
      return new HostError("payloadTooLarge", m.payloadTooLarge, code, detail);
    // Excel on the web sends at most about 5 MB a response: a read larger than that.
    case "ResponsePayloadSizeLimitExceeded":
      return new HostError("tooLarge", m.responseTooLarge, code, detail);
    case "ItemAlreadyExists":
      return new HostError("nameClash", fill(m.nameClash, { sheet: text }), code, detail);
    case "ApiNotFound":
    case "NotImplemented":
      return new HostError("unsupported", fill(m.unsupported, { feature: code }), code, detail);
    default:
      return new HostError(
        "unknown",
        fill(m.unknown, { code: code ?? "—", message: text }),
        code,
        detail
      );
  }
}
