/**
 * A1 addresses as Excel writes and reads them. Rows and columns are 0-based in code; only the
 * text is 1-based. Kept separate from src/core/address so the emulator never depends on the code
 * it is meant to test.
 */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface ParsedAddress {
  /** The sheet named in the address (unquoted), when there was one. */
  readonly sheet?: string;
  readonly area: Area;
}

/** @example columnLabel(0) // => "A"; columnLabel(16383) // => "XFD" */
export function columnLabel(col: number): string {
  let n = col + 1;
  let label = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    label = String.fromCharCode(65 + rem) + label;
    n = Math.floor((n - 1) / 26);
  }
  return label;
}

/** @example columnIndex("AB") // => 27 */
export function columnIndex(label: string): number {
  let n = 0;
  for (const ch of label.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function rowCount(area: Area): number {
  return area.bottom - area.top + 1;
}

export function columnCount(area: Area): number {
  return area.right - area.left + 1;
}

export function cellCount(area: Area): number {
  return rowCount(area) * columnCount(area);
}

export function isEntireColumn(area: Area): boolean {
  return area.top === 0 && area.bottom === MAX_ROWS - 1;
}

export function isEntireRow(area: Area): boolean {
  return area.left === 0 && area.right === MAX_COLUMNS - 1;
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}

export function intersection(a: Area, b: Area): Area | null {
  if (!intersects(a, b)) return null;
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

export function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

export function isInSheet(area: Area): boolean {
  return (
    area.top >= 0 &&
    area.left >= 0 &&
    area.bottom < MAX_ROWS &&
    area.right < MAX_COLUMNS &&
    area.top <= area.bottom &&
    area.left <= area.right
  );
}

type Part =
  | { kind: "cell"; row: number; col: number }
  | { kind: "col"; col: number }
  | { kind: "row"; row: number };

function parsePart(text: string): Part | null {
  let m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (m) return { kind: "cell", row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  m = /^\$?([A-Za-z]{1,3})$/.exec(text);
  if (m) return { kind: "col", col: columnIndex(m[1]) };
  m = /^\$?(\d{1,7})$/.exec(text);
  if (m) return { kind: "row", row: Number(m[1]) - 1 };
  return null;
}

/** Splits `'my sheet'!A1` or `Sheet1!A1` into sheet and rest; the sheet is returned unquoted. */
export function splitSheet(address: string): { sheet?: string; rest: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      if (text[i] === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (text[i] === "'") break;
      else name += text[i++];
    }
    if (text[i] === "'" && text[i + 1] === "!") return { sheet: name, rest: text.slice(i + 2) };
    return { rest: text };
  }
  const bang = text.lastIndexOf("!");
  if (bang > 0) return { sheet: text.slice(0, bang), rest: text.slice(bang + 1) };
  return { rest: text };
}

/**
 * Parses "A1", "a1:c3", "$A$1", "A:C", "3:5", optionally sheet-qualified. Returns null when the
 * text is not an address (it may still be a defined name).
 */
export function parseAddress(address: string): ParsedAddress | null {
  const { sheet, rest } = splitSheet(address);
  const pieces = rest.split(":");
  if (pieces.length > 2 || pieces.some((p) => p === "")) return null;
  const first = parsePart(pieces[0]);
  const second = pieces.length === 2 ? parsePart(pieces[1]) : first;
  if (!first || !second || first.kind !== second.kind) return null;
  let area: Area;
  if (first.kind === "cell" && second.kind === "cell") {
    area = {
      top: Math.min(first.row, second.row),
      bottom: Math.max(first.row, second.row),
      left: Math.min(first.col, second.col),
      right: Math.max(first.col, second.col),
    };
  } else if (first.kind === "col" && second.kind === "col") {
    if (pieces.length === 1) return null; // "A" alone is a name, not a column
    area = {
      top: 0,
      bottom: MAX_ROWS - 1,
      left: Math.min(first.col, second.col),
      right: Math.max(first.col, second.col),
    };
  } else if (first.kind === "row" && second.kind === "row") {
    if (pieces.length === 1) return null;
    area = {
      top: Math.min(first.row, second.row),
      bottom: Math.max(first.row, second.row),
      left: 0,
      right: MAX_COLUMNS - 1,
    };
  } else return null;
  if (!isInSheet(area)) return null;
  return sheet === undefined ? { area } : { sheet, area };
}

export function cellName(row: number, col: number): string {
  return `${columnLabel(col)}${row + 1}`;
}

/** The address part Excel reports: "A1", "A1:C3", "A:A", "3:5", "1:1048576" for a whole sheet. */
export function formatArea(area: Area): string {
  const fullCols = isEntireColumn(area);
  const fullRows = isEntireRow(area);
  if (fullCols && !fullRows) return `${columnLabel(area.left)}:${columnLabel(area.right)}`;
  if (fullRows) return `${area.top + 1}:${area.bottom + 1}`;
  const start = cellName(area.top, area.left);
  if (area.top === area.bottom && area.left === area.right) return start;
  return `${start}:${cellName(area.bottom, area.right)}`;
}

/** "$A$1:$C$3", "$A:$A", "$3:$5": the area with every part anchored. */
export function absoluteArea(area: Area): string {
  return formatArea(area)
    .split(":")
    .map((part) =>
      part.replace(
        /^([A-Z]*)(\d*)$/,
        (_, c: string, r: string) => `${c ? `$${c}` : ""}${r ? `$${r}` : ""}`
      )
    )
    .join(":");
}

/**
 * Whether Excel writes a sheet name in quotes inside an address or formula: anything but letters,
 * digits, "_" and ".", a leading digit, or a name that reads as a cell reference needs them.
 * CJK characters are letters, so `三季度!A1` is unquoted and `'排名-三季度'!A1` is quoted.
 */
export function sheetNeedsQuotes(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return true;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return true;
  if (/^(?:[Rr]\d*)?(?:[Cc]\d*)?$/.test(name)) return true;
  return /^(TRUE|FALSE)$/i.test(name);
}

export function quoteSheet(name: string): string {
  return sheetNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** @example qualifiedAddress("三季度", area) // => "三季度!A1:C3" */
export function qualifiedAddress(sheet: string, area: Area): string {
  return `${quoteSheet(sheet)}!${formatArea(area)}`;
}
