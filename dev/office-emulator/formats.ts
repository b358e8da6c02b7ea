/**
 * Cell formats. A cell's format is looked up cell → row → column → sheet → default, the way
 * Excel applies a format given to whole rows or columns without touching a million cells.
 */

export const BORDER_SIDES = [
  "Top",
  "Bottom",
  "Left",
  "Right",
  "DiagonalDown",
  "DiagonalUp",
] as const;
export type BorderSide = (typeof BORDER_SIDES)[number];
export type BorderPart = "Style" | "Color" | "Weight";
/** Borders are kept as separate keys so setting only a style keeps the colour, as in Excel. */
export type BorderKey = `border${BorderSide}${BorderPart}`;

interface CellFormatProps {
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  fontSize: number;
  fontColor: string;
  fontName: string;
  underline: string;
  strikethrough: boolean;
  /** null: no fill (what a new cell has). */
  fillColor: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  locked: boolean;
  formulaHidden: boolean;
}

export type FormatProps = CellFormatProps & Record<BorderKey, string>;

export type FormatKey = keyof FormatProps;
export type PartialFormat = Partial<FormatProps>;

export function defaultFormat(fontName: string, fontSize: number): FormatProps {
  const borders = {} as Record<BorderKey, string>;
  for (const side of BORDER_SIDES) {
    borders[`border${side}Style`] = "None";
    borders[`border${side}Color`] = "#000000";
    borders[`border${side}Weight`] = "Thin";
  }
  return {
    ...borders,
    numberFormat: "General",
    bold: false,
    italic: false,
    fontSize,
    fontColor: "#000000",
    fontName,
    underline: "None",
    strikethrough: false,
    fillColor: null,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    locked: true,
    formulaHidden: false,
  };
}

export function borderKey(side: BorderSide, part: BorderPart): BorderKey {
  return `border${side}${part}`;
}

/** `#RRGGBB` upper-case, from "#rgb", "#rrggbb" or a colour name office-js accepts. */
export function normalizeColor(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const v = value.trim();
  const named: Record<string, string> = {
    black: "#000000",
    white: "#FFFFFF",
    red: "#FF0000",
    green: "#008000",
    blue: "#0000FF",
    yellow: "#FFFF00",
    orange: "#FFA500",
    gray: "#808080",
    grey: "#808080",
    purple: "#800080",
    lightgray: "#D3D3D3",
    lightgrey: "#D3D3D3",
    darkgray: "#A9A9A9",
    darkgrey: "#A9A9A9",
  };
  if (named[v.toLowerCase()]) return named[v.toLowerCase()];
  let m = /^#?([0-9a-f]{6})$/i.exec(v);
  if (m) return `#${m[1].toUpperCase()}`;
  m = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(v);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toUpperCase();
  return null;
}
