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
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new HostError("cellEditMode", m.cellEditMode, code);
    case "AccessDenied":
      return new HostError("protected", m.protectedWorkbook, code);
    case "RequestPayloadSizeLimitExceeded":
      return new HostError("payloadTooLarge", m.payloadTooLarge, code);
    case "ItemAlreadyExists":
      return new HostError("nameClash", fill(m.nameClash, { sheet: text }), code);
    case "ApiNotFound":
    case "NotImplemented":
      return new HostError("unsupported", fill(m.unsupported, { feature: code }), code);
    default:
      return new HostError("unknown", fill(m.unknown, { code: code ?? "—", message: text }), code);
  }
}
