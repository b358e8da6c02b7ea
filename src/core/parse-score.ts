import { CellValue, EMPTY } from "./cells";
import { toHalfWidth, trimText } from "./text";
import { SCORE_SUFFIX } from "./vocabulary";

/** How a cell became a number: as it was, or repaired from text. */
export type ScoreRepair = "text" | "fullWidth" | "suffix";

export type ParsedScore =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "repaired"; readonly value: number; readonly repairs: readonly ScoreRepair[] }
  | { readonly kind: "empty" }
  | { readonly kind: "invalid"; readonly text: string };

const NUMBER_START = /^[\s\u3000\u00a0]*[-+−–—0-9.０-９．＋－]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads a score cell. Numbers pass; text that is a number after undoing what province sheets do to
 * numbers (full-width digits, a 分 suffix, stray spaces) is repaired and says which repairs it took.
 * @example parseScore("９８．２０") // => { kind: "repaired", value: 98.2, repairs: ["text", "fullWidth"] }
 */
export function parseScore(cell: CellValue): ParsedScore {
  if (cell === EMPTY) return { kind: "empty" };
  if (typeof cell === "number")
    return Number.isFinite(cell)
      ? { kind: "number", value: cell }
      : { kind: "invalid", text: String(cell) };
  if (typeof cell === "boolean") return { kind: "invalid", text: String(cell) };
  // Text that does not start like a number (a name, a mark) is settled without any repair work.
  if (!NUMBER_START.test(cell)) {
    const text = trimText(cell);
    return text === "" ? { kind: "empty" } : { kind: "invalid", text };
  }
  const raw = trimText(cell);
  if (raw === "") return { kind: "empty" };
  const repairs: ScoreRepair[] = ["text"];
  let text = raw;
  const half = toHalfWidth(text);
  if (half !== text) {
    repairs.push("fullWidth");
    text = half;
  }
  text = text.replace(/\s+/g, "");
  if (SCORE_SUFFIX.test(text)) {
    repairs.push("suffix");
    text = text.replace(SCORE_SUFFIX, "");
  }
  text = text.replace(/^[−–—]/, "-");
  if (!PLAIN_NUMBER.test(text)) return { kind: "invalid", text: raw };
  return { kind: "repaired", value: Number(text), repairs };
}

/** True when a cell reads as a number, repaired or not. */
export function isScoreLike(cell: CellValue): boolean {
  const p = parseScore(cell);
  return p.kind === "number" || p.kind === "repaired";
}
