/**
 * How the playground's grid shows a value: the few number formats the tool writes, as Excel shows
 * them. Anything else shows as General.
 */
export function displayValue(value: unknown, format: string | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  switch (format) {
    case "0.00":
      return value.toFixed(2);
    case "0":
      return Math.round(value).toString();
    case "+0;-0;0":
      return value > 0 ? `+${Math.round(value)}` : Math.round(value).toString();
    case "0%":
      return `${Math.round(value * 100)}%`;
    case "0.####":
      return String(Math.round(value * 10_000) / 10_000);
    default:
      return String(Math.round(value * 1e10) / 1e10);
  }
}
