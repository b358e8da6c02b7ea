import { CellArea, Grid, cellAt, cellText, gridWidth } from "./cells";
import { isScoreLike } from "./parse-score";
import { compactText, tidyHeader } from "./text";
import { HEADER, NOTE_ROW, SECTION_ROW, UNITS_ROW } from "./vocabulary";

/** A table's header: rows `top`..`bottom` (0-based) and each column's header text. */
export interface HeaderBlock {
  readonly top: number;
  readonly bottom: number;
  /** Per column, the distinct header texts from top to bottom ("省扶贫办月通报", "其中：加分"). */
  readonly pieces: readonly (readonly string[])[];
  /** Per column, the pieces joined by a space, as the report names the column. */
  readonly headers: readonly string[];
}

const MAX_HEADER_ROWS = 3;

export function isHeaderWord(text: string): boolean {
  const t = compactText(text);
  if (t === "") return false;
  return (
    HEADER.seq.test(t) ||
    HEADER.name.test(t) ||
    HEADER.parent.test(t) ||
    HEADER.rank.test(t) ||
    HEADER.total.test(t) ||
    HEADER.bonus.test(t) ||
    HEADER.deduction.test(t) ||
    HEADER.score.test(t) ||
    HEADER.flag.test(t) ||
    HEADER.grade.test(t)
  );
}

/** Finds the merged area a cell belongs to, if any. */
function mergeAt(merges: readonly CellArea[], row: number, col: number): CellArea | undefined {
  // A plain loop: this runs for a unit's every 所属市 and flag cell.
  for (const m of merges)
    if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  return undefined;
}

/** A cell's text as a reader sees it, a merged area's value shown in each of its cells. */
export function mergedText(
  grid: Grid,
  merges: readonly CellArea[] | undefined,
  row: number,
  col: number
): string {
  const m = merges ? mergeAt(merges, row, col) : undefined;
  return cellText(m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, col));
}

interface RowShape {
  readonly texts: number;
  readonly numbers: number;
  readonly headerWords: number;
  readonly nameWord: number;
}

function rowShape(grid: Grid, row: number, width: number): RowShape {
  let texts = 0;
  let numbers = 0;
  let headerWords = 0;
  let nameWord = -1;
  for (let c = 0; c < width; c++) {
    const v = cellAt(grid, row, c);
    const t = cellText(v);
    if (t === "") continue;
    if (isScoreLike(v)) {
      numbers += 1;
      continue;
    }
    texts += 1;
    if (isHeaderWord(t)) headerWords += 1;
    const ct = compactText(t);
    if (nameWord < 0 && HEADER.name.test(ct) && !HEADER.parent.test(ct)) nameWord = c;
  }
  return { texts, numbers, headerWords, nameWord };
}

/** A header row has a short text cell naming the unit column; data rows almost never do. */
function hasNameWord(grid: Grid, row: number, width: number): boolean {
  const line = grid[row];
  if (!line) return false;
  for (let c = 0; c < Math.min(width, line.length); c++) {
    const v = line[c];
    if (typeof v !== "string" || v.length > 24) continue;
    const t = compactText(v);
    if (HEADER.name.test(t) && !HEADER.parent.test(t)) return true;
  }
  return false;
}

/**
 * Whether a row reads as a header row: a unit-name word among at least two header words, or
 * beside two more texts in a row without numbers (县市区 | 群众满意度 | 重点工作).
 */
export function looksLikeHeaderRow(grid: Grid, row: number, width = gridWidth(grid)): boolean {
  if (!hasNameWord(grid, row, width)) return false;
  const s = rowShape(grid, row, width);
  // Other headers may be words of any kind (群众满意度, 重点工作) when the row holds no number.
  return (
    s.nameWord >= 0 &&
    ((s.headerWords >= 2 && s.texts > s.numbers) || (s.numbers === 0 && s.texts >= 3))
  );
}

/**
 * A header row that names no unit column ("项目 | 日常考核 | 年终考核 | 总分"): text only, at least two
 * different cells, two of them header words. It ends the table above it.
 */
export function looksLikeNamelessHeaderRow(
  grid: Grid,
  row: number,
  width = gridWidth(grid)
): boolean {
  const line = grid[row];
  if (!line) return false;
  // Asked of every row under a table: a row holding a number is settled before any text work.
  for (let c = 0; c < Math.min(width, line.length); c++) {
    const v = line[c];
    if (typeof v === "number" && Number.isFinite(v)) return false;
  }
  const texts = new Set<string>();
  let words = 0;
  for (let c = 0; c < Math.min(width, line.length); c++) {
    const v = line[c];
    const t = cellText(v);
    if (t === "") continue;
    if (isScoreLike(v)) return false;
    if (!texts.has(t) && isHeaderWord(t)) words += 1;
    texts.add(t);
  }
  return texts.size >= 2 && words >= 2;
}

function nonBlankColumns(grid: Grid, row: number, width: number): number[] {
  const cols: number[] = [];
  for (let c = 0; c < width; c++) if (cellText(cellAt(grid, row, c)) !== "") cols.push(c);
  return cols;
}

function isTextOnlyRow(grid: Grid, row: number, width: number): boolean {
  const cols = nonBlankColumns(grid, row, width);
  if (cols.length === 0) return false;
  return cols.every((c) => !isScoreLike(cellAt(grid, row, c)));
}

function isTitleOrUnitsRow(
  grid: Grid,
  row: number,
  width: number,
  merges: readonly CellArea[] | undefined
): boolean {
  const cols = nonBlankColumns(grid, row, width);
  if (cols.length === 0) return true;
  const first = compactText(cellText(cellAt(grid, row, cols[0])));
  if (UNITS_ROW.test(first) || NOTE_ROW.test(first)) return true;
  if (cols.length !== 1) return false;
  const m = merges ? mergeAt(merges, row, cols[0]) : undefined;
  return cols[0] === 0 || (m !== undefined && m.left === 0) || first.length > 12;
}

/** Whether a row's only text reads as a section ("一类县（区）", "二、非贫困县"). */
function isSectionLike(grid: Grid, row: number, width: number): boolean {
  const cols = nonBlankColumns(grid, row, width);
  return cols.length === 1 && SECTION_ROW.test(compactText(cellText(cellAt(grid, row, cols[0]))));
}

/** Whether a row holds one text only, merged (or carried) across the unit column. */
function spansNameColumn(
  grid: Grid,
  merges: readonly CellArea[] | undefined,
  row: number,
  nameCol: number,
  width: number
): boolean {
  const here = mergedText(grid, merges, row, nameCol);
  if (here === "") return false;
  for (let c = 0; c < width; c++) {
    const t = mergedText(grid, merges, row, c);
    if (t !== "" && t !== here) return false;
  }
  return (
    merges?.some(
      (m) =>
        m.top <= row &&
        m.bottom >= row &&
        m.left <= nameCol &&
        m.right >= nameCol &&
        m.left < m.right
    ) ?? false
  );
}

/**
 * Whether column `col` of header row `row` lies under a group header spanning several columns: a
 * merge across, or (merges unknown) a text whose next cells to the right are blank, as a merged
 * header reads once its merge is lost.
 */
function underGroup(
  grid: Grid,
  merges: readonly CellArea[] | undefined,
  row: number,
  col: number
): boolean {
  if (merges && merges.length > 0)
    return merges.some(
      (m) => m.top <= row && m.bottom === row && m.left <= col && m.right >= col && m.right > m.left
    );
  let start = col;
  while (start > 0 && cellText(cellAt(grid, row, start)) === "") start -= 1;
  if (cellText(cellAt(grid, row, start)) === "") return false;
  // The group's text and at least one blank cell after it, this column among them.
  return start < col || cellText(cellAt(grid, row, col + 1)) === "";
}

/**
 * Finds the header block whose name-word row is `anchor`: a group row above it (merged group headers
 * over sub-headers) and sub-header rows below it ("得分", "其中：加分") are joined to it.
 */
export function headerBlockAt(
  grid: Grid,
  anchor: number,
  merges: readonly CellArea[] | undefined,
  width = gridWidth(grid)
): HeaderBlock {
  const nameCol = rowShape(grid, anchor, width).nameWord;
  let top = anchor;
  // A group row above: text only, not a title or units row, nothing in the name column's left part.
  while (anchor - top + 1 < MAX_HEADER_ROWS && top > 0) {
    const r = top - 1;
    if (!isTextOnlyRow(grid, r, width) || isTitleOrUnitsRow(grid, r, width, merges)) break;
    const cols = nonBlankColumns(grid, r, width);
    // A group header names what it groups (考核得分, 省扶贫办月通报); a line with no header word,
    // such as a date or 发布单位 above the last columns, is not part of the header.
    if (!cols.some((c) => isHeaderWord(cellText(cellAt(grid, r, c))))) break;
    const verticalMerge = merges?.some((m) => m.top <= r && m.bottom >= anchor);
    if (
      !verticalMerge &&
      cols.some((c) => c <= nameCol && cellText(cellAt(grid, anchor, c)) !== "")
    )
      break;
    top = r;
  }
  let bottom = anchor;
  while (bottom - top + 1 < MAX_HEADER_ROWS) {
    const r = bottom + 1;
    // A header that was unmerged and filled in repeats the name header in its second row.
    const repeatsName =
      nameCol >= 0 &&
      cellText(cellAt(grid, r, nameCol)) !== "" &&
      cellText(cellAt(grid, r, nameCol)) === cellText(cellAt(grid, anchor, nameCol));
    if (!isTextOnlyRow(grid, r, width) || (!repeatsName && looksLikeHeaderRow(grid, r, width)))
      break;
    // The sub-header row leaves the unit-name column blank (merged down from the row above).
    if (
      !repeatsName &&
      nameCol >= 0 &&
      cellText(cellAt(grid, r, nameCol)) !== "" &&
      !merges?.some(
        (m) => m.top <= bottom && m.bottom >= r && m.left <= nameCol && m.right >= nameCol
      )
    )
      break;
    // One text merged across the unit column, or reading as a section ("一、贫困县"), is a
    // section row, not a sub-header.
    if (nameCol >= 0 && spansNameColumn(grid, merges, r, nameCol, width)) break;
    if (isSectionLike(grid, r, width)) break;
    const cols = nonBlankColumns(grid, r, width);
    // Sub-headers name what they are (得分, 其中：加分), or stand under a group header that spans
    // them (考核得分 over 基础工作 | 重点任务 | 群众满意度), whatever their words.
    const named = cols.some((c) => isHeaderWord(cellText(cellAt(grid, r, c))));
    const grouped = cols.length >= 2 && cols.every((c) => underGroup(grid, merges, bottom, c));
    if (!named && !grouped) break;
    bottom = r;
  }
  return joinHeaders(grid, top, bottom, merges, width);
}

/**
 * Joins a block's rows into one header per column. A merged group header names every column it
 * spans; where merges are unknown (or the header has none, as pasted values), a group header is
 * carried right over the columns that have sub-headers beneath it, as a reader of the printed
 * sheet would.
 */
export function joinHeaders(
  grid: Grid,
  top: number,
  bottom: number,
  merges: readonly CellArea[] | undefined,
  width = gridWidth(grid)
): HeaderBlock {
  const rows: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: string[] = [];
    for (let c = 0; c < width; c++) line.push(tidyHeader(mergedText(grid, merges, r, c)));
    rows.push(line);
  }
  // Merges unknown, or none in the header at all (a sheet pasted as values): read it as printed.
  const headerMerged = merges?.some((m) => m.top <= bottom && m.bottom >= top) ?? false;
  if (!headerMerged) {
    for (let i = 0; i < rows.length - 1; i++) {
      const hasBelow = (c: number) => rows.slice(i + 1).some((line) => line[c] !== "");
      let carry = "";
      for (let c = 0; c < width; c++) {
        if (rows[i][c] !== "") carry = hasBelow(c) ? rows[i][c] : "";
        else if (carry !== "" && hasBelow(c)) rows[i][c] = carry;
        else carry = "";
      }
    }
  }
  const pieces: string[][] = [];
  for (let c = 0; c < width; c++) {
    const col: string[] = [];
    for (const line of rows)
      if (line[c] !== "" && col[col.length - 1] !== line[c]) col.push(line[c]);
    pieces.push(col);
  }
  return { top, bottom, pieces, headers: pieces.map((p) => p.join(" ")) };
}

/** Rows, from `start`, that could anchor a header (a unit-name word among header words). */
export function findHeaderAnchor(grid: Grid, start: number, width = gridWidth(grid)): number {
  for (let r = start; r < grid.length; r++) if (looksLikeHeaderRow(grid, r, width)) return r;
  return -1;
}
