import { Grid, cellAt, cellText } from "./cells";
import { isScoreLike } from "./parse-score";
import { compactText } from "./text";
import {
  FLAG_NO,
  FLAG_YES,
  GRADE_VALUE,
  HEADER,
  NOTE_ROW,
  SUMMARY_ROW,
  UNIT_NAME_END,
} from "./vocabulary";

/** Rows `top` to `bottom` (inclusive) of a frame that hold a table's data, found by content. */
export interface DataRun {
  readonly top: number;
  readonly bottom: number;
}

/** Text longer than this is a note or a title, not a unit's name. */
const MAX_NAME_LENGTH = 30;
/** Non-data rows (blank, section, average) a run may hold between two data rows. */
const MAX_GAP = 2;

interface RowCounts {
  readonly numbers: number;
  readonly texts: number;
}

function rowCounts(grid: Grid, row: number, width: number): RowCounts {
  let numbers = 0;
  let texts = 0;
  const line = grid[row];
  if (!line) return { numbers, texts };
  for (let c = 0; c < Math.min(width, line.length); c++) {
    const v = line[c];
    if (typeof v === "number") numbers += 1;
    else if (cellText(v) !== "") {
      if (isScoreLike(v)) numbers += 1;
      else texts += 1;
    }
  }
  return { numbers, texts };
}

/** A row that reads as a unit's: at least one number and one short text, or two numbers. */
function isDataRow(grid: Grid, row: number, width: number): boolean {
  const { numbers, texts } = rowCounts(grid, row, width);
  return numbers >= 1 && numbers + texts >= 2 && texts >= 1;
}

/**
 * Runs of data rows not claimed by a table already read, each of at least two rows: where a table
 * may stand that no header word announced.
 */
export function findDataRuns(
  grid: Grid,
  width: number,
  claimed: (row: number) => boolean
): DataRun[] {
  const runs: DataRun[] = [];
  let top = -1;
  let last = -1;
  const close = () => {
    if (top >= 0 && last > top) runs.push({ top, bottom: last });
    top = -1;
    last = -1;
  };
  for (let r = 0; r < grid.length; r++) {
    if (claimed(r)) {
      close();
      continue;
    }
    if (isDataRow(grid, r, width)) {
      if (top >= 0 && r - last - 1 > MAX_GAP) close();
      if (top < 0) top = r;
      last = r;
    } else if (NOTE_ROW.test(compactText(firstText(grid, r, width)))) close();
  }
  close();
  return runs;
}

function firstText(grid: Grid, row: number, width: number): string {
  for (let c = 0; c < width; c++) {
    const t = cellText(cellAt(grid, row, c));
    if (t !== "") return t;
  }
  return "";
}

export type NameColumnGuess =
  | { readonly kind: "found"; readonly col: number }
  | { readonly kind: "undecided"; readonly candidates: readonly number[] }
  | { readonly kind: "none" };

interface Candidate {
  readonly col: number;
  /** Share of its names that end like a place or an office. */
  readonly suffixed: number;
}

/**
 * Which column of `rows` holds the units' names, judged by its cells alone: distinct short texts
 * (not scores, marks, grades or header words), most of them ending like a place or an office,
 * beside numeric columns. When two columns qualify and neither stands out, it is undecided.
 * @example rows of [汉中市, 94.25, 91.78] … → { kind: "found", col: 0 }
 */
export function guessNameColumn(
  grid: Grid,
  runRows: readonly number[],
  width: number
): NameColumnGuess {
  const rows = unitRows(grid, runRows, width);
  const candidates: Candidate[] = [];
  let numericColumns = 0;
  for (let c = 0; c < width; c++) {
    let texts = 0;
    let numbers = 0;
    let suffixed = 0;
    let disqualified = 0;
    const seen = new Set<string>();
    for (const r of rows) {
      const v = cellAt(grid, r, c);
      const t = cellText(v);
      if (t === "") continue;
      if (isScoreLike(v)) {
        numbers += 1;
        continue;
      }
      const ct = compactText(t);
      texts += 1;
      seen.add(ct);
      if (
        ct.length > MAX_NAME_LENGTH ||
        FLAG_YES.test(ct) ||
        FLAG_NO.test(ct) ||
        GRADE_VALUE.test(ct) ||
        HEADER.score.test(ct) ||
        HEADER.total.test(ct) ||
        HEADER.rank.test(ct)
      )
        disqualified += 1;
      else if (UNIT_NAME_END.test(ct)) suffixed += 1;
    }
    if (numbers * 2 >= rows.length) numericColumns += 1;
    const enough = texts * 10 >= rows.length * 7;
    const distinct = seen.size * 10 >= texts * 9;
    if (enough && distinct && disqualified * 10 <= texts * 3)
      candidates.push({ col: c, suffixed: suffixed / texts });
  }
  if (candidates.length === 0 || numericColumns === 0) return { kind: "none" };
  if (candidates.length === 1) return { kind: "found", col: candidates[0].col };
  const sorted = [...candidates].sort((a, b) => b.suffixed - a.suffixed);
  const [best, second] = sorted;
  if (best.suffixed >= 0.6 && second.suffixed <= best.suffixed - 0.3)
    return { kind: "found", col: best.col };
  return { kind: "undecided", candidates: candidates.map((c) => c.col) };
}

/**
 * Whether a row names units across (成都市 | 自贡市 | 攀枝花市 …): at least three texts, most of
 * them ending like a place or an office. Over a column of unit names it makes a matrix (a
 * cross-inspection of cities by cities) whose ranked axis cannot be told.
 */
export function namesAcross(grid: Grid, row: number, width: number): boolean {
  let texts = 0;
  let names = 0;
  for (let c = 0; c < width; c++) {
    const v = cellAt(grid, row, c);
    const t = compactText(cellText(v));
    if (t === "" || isScoreLike(v)) continue;
    texts += 1;
    if (UNIT_NAME_END.test(t) && !HEADER.score.test(t) && !HEADER.total.test(t)) names += 1;
  }
  return names >= 3 && names * 10 >= texts * 6;
}

/**
 * The rows of a run that may be units' rows: data rows (a number and a text) without a summary
 * label or a note (全省平均, 最低分, 注：…), which a run takes in but which name no unit.
 */
export function unitRows(grid: Grid, rows: readonly number[], width: number): number[] {
  return rows.filter((r) => {
    if (!isDataRow(grid, r, width)) return false;
    for (let c = 0; c < width; c++) {
      const t = compactText(cellText(cellAt(grid, r, c)));
      if (t !== "" && (SUMMARY_ROW.test(t) || NOTE_ROW.test(t))) return false;
    }
    return true;
  });
}

/**
 * Columns whose cells are mostly distinct names of places or offices (at least two in five rows
 * named, most of them with a unit suffix): the unit columns of side-by-side blocks, a shorter last
 * block included.
 */
export function unitLikeColumns(grid: Grid, runRows: readonly number[], width: number): number[] {
  const rows = unitRows(grid, runRows, width);
  const out: number[] = [];
  for (let c = 0; c < width; c++) if (namesShare(grid, rows, c) * 5 >= 2) out.push(c);
  return out;
}

/**
 * The share of a run's unit rows whose cell in column `c` names a unit (0 when the column's texts
 * repeat, are mostly not names of places or offices, or hold numbers among them). A side-by-side
 * bulletin's last block may name a single unit: its column still names units, in fewer rows.
 */
export function namesShare(grid: Grid, unitRowsOfRun: readonly number[], c: number): number {
  const seen = new Set<string>();
  let texts = 0;
  let suffixed = 0;
  for (const r of unitRowsOfRun) {
    const v = cellAt(grid, r, c);
    const t = compactText(cellText(v));
    if (t === "" || isScoreLike(v)) continue;
    texts += 1;
    seen.add(t);
    if (UNIT_NAME_END.test(t) && !HEADER.score.test(t) && !HEADER.total.test(t)) suffixed += 1;
  }
  if (texts === 0 || seen.size !== texts || suffixed * 10 < texts * 6) return 0;
  return texts / unitRowsOfRun.length;
}
