import { CellStyle } from "./sheet-plan";

/** How a named style looks, in terms both writers (ExcelJS, office-js) can carry out. */
export interface StyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** RGB hex without '#'. */
  readonly color?: string;
  readonly fill?: string;
  readonly border?: boolean;
  readonly wrap?: boolean;
  readonly align?: "left" | "center" | "right";
}

export const STYLES: Readonly<Record<CellStyle, StyleSpec>> = {
  title: { bold: true, size: 14, align: "center" },
  subtitle: { italic: true, size: 9, color: "7F7F7F", align: "left" },
  header: { bold: true, fill: "D9E1F2", border: true, wrap: true, align: "center" },
  body: { border: true },
  repaired: { fill: "FFF2CC", border: true },
  warn: { fill: "FCE4D6", border: true },
  own: { fill: "E2EFDA", bold: true, border: true },
  benchmark: { fill: "DDEBF7", border: true },
  key: { color: "A6A6A6", size: 9, border: true },
  note: { italic: true, size: 9, color: "595959" },
  paragraph: { wrap: true, align: "left" },
  section: { bold: true, size: 12 },
  /** A cell the analyst types into (the what-if scenario's expected scores). */
  input: { fill: "FFFFE0", color: "1F4E79", border: true },
};
