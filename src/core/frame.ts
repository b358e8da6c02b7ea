import { CellArea, CellValue, EMPTY, Grid, SheetInput } from "./cells";
import { CellPos } from "./table";

type Formats = readonly (readonly (string | null)[])[];

/**
 * A table's cells as the reader walks them: a unit per row and a field per column, whatever the
 * printed layout. A plain sheet is its own frame; a table printed across (units in columns) and a
 * bulletin printed in side-by-side blocks are re-laid into one, and `source` says which cell of
 * the sheet each frame cell stands for, so every address the reader reports is the sheet's own.
 */
export interface Frame {
  readonly values: Grid;
  readonly merges: readonly CellArea[] | undefined;
  readonly formats: Formats | undefined;
  readonly orientation: "rows" | "columns";
  /** True when frame cells are the sheet's own (`source` is the identity): spares the lookups. */
  readonly identity?: boolean;
  source(row: number, col: number): CellPos;
}

/** The sheet as it is. */
export function sheetFrame(sheet: SheetInput): Frame {
  return {
    values: sheet.values,
    merges: sheet.merges,
    formats: sheet.formats,
    orientation: "rows",
    identity: true,
    source: (row, col) => ({ row, col }),
  };
}

/** The sheet turned on its side: row r of the frame is column r of the sheet. */
export function transposedFrame(sheet: SheetInput, width: number): Frame {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] | undefined = sheet.formats ? [] : undefined;
  for (let c = 0; c < width; c++) {
    const line: CellValue[] = [];
    const formatLine: (string | null)[] = [];
    sheet.values.forEach((row, r) => {
      line.push(row[c] ?? EMPTY);
      formatLine.push(sheet.formats?.[r]?.[c] ?? null);
    });
    values.push(line);
    formats?.push(formatLine);
  }
  return {
    values,
    merges: sheet.merges?.map((m) => ({
      top: m.left,
      left: m.top,
      bottom: m.right,
      right: m.bottom,
    })),
    formats,
    orientation: "columns",
    source: (row, col) => ({ row: col, col: row }),
  };
}

/**
 * Side-by-side blocks (a bulletin printed in two or three blocks, the header repeated) stacked
 * into one: the header and rows of the first block as they are, then each further block's rows
 * below, its columns shifted onto the first block's. `starts` are each block's first column;
 * rows `headerBottom + 1` to `end - 1` are the data rows. The frame is `starts[1]` columns wide.
 */
export function blocksFrame(
  base: Frame,
  headerBottom: number,
  end: number,
  starts: readonly number[]
): Frame {
  const width = starts[1];
  const n = end - headerBottom - 1;
  const values: CellValue[][] = [];
  const formats: (string | null)[][] | undefined = base.formats ? [] : undefined;
  const copy = (r: number, shift: number) => {
    const src = base.values[r] ?? [];
    const line: CellValue[] = [];
    const formatLine: (string | null)[] = [];
    for (let j = 0; j < width; j++) {
      const c = j + shift;
      line.push(j < starts[0] ? EMPTY : (src[c] ?? EMPTY));
      formatLine.push(j < starts[0] ? null : (base.formats?.[r]?.[c] ?? null));
    }
    values.push(line);
    formats?.push(formatLine);
  };
  for (let r = 0; r <= headerBottom; r++) copy(r, 0);
  starts.forEach((start) => {
    for (let r = headerBottom + 1; r < end; r++) copy(r, start - starts[0]);
  });
  const merges: CellArea[] = [];
  for (const m of base.merges ?? []) {
    if (m.bottom <= headerBottom) {
      // Header merges of the first block (a title merged across every block is cut to the first).
      if (m.left < width) merges.push({ ...m, right: Math.min(m.right, width - 1) });
      continue;
    }
    starts.forEach((start, b) => {
      const shift = start - starts[0];
      if (m.left < start || m.right >= (starts[b + 1] ?? Infinity) || m.top <= headerBottom) return;
      if (m.bottom >= end) return;
      const offset = headerBottom + 1 + b * n - (headerBottom + 1);
      merges.push({
        top: m.top + offset,
        bottom: m.bottom + offset,
        left: m.left - shift,
        right: m.right - shift,
      });
    });
  }
  return {
    values,
    merges: base.merges ? merges : undefined,
    formats,
    orientation: base.orientation,
    source: (row, col) => {
      if (row <= headerBottom) return base.source(row, col);
      const k = row - headerBottom - 1;
      const b = Math.min(Math.floor(k / n), starts.length - 1);
      return base.source(headerBottom + 1 + (k - b * n), col + starts[b] - starts[0]);
    },
  };
}
