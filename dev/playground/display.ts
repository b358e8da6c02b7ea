/**
 * How the playground's grid shows a value: as Excel shows it under the cell's number format.
 * The emulator's own `range.text` formatter does the work; it pads "#" decimals with zeros, so the
 * one format of the tool's that has them (weights, "0.####") is done here.
 */
import { formatValue } from "../office-emulator/format-text";

export function displayValue(value: unknown, format: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number" && format === "0.####")
    return String(Math.round(value * 10_000) / 10_000);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return formatValue(value, format || "General");
  return String(value);
}
