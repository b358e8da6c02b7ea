import { cellAddress, columnLabel, parseCellAddress } from "./address";
import {
  CellArea,
  CellValue,
  EMPTY,
  Grid,
  SheetInput,
  cellAt,
  cellText,
  gridWidth,
  isBlank,
  withBlanks,
} from "./cells";
import { ColumnStats, assignRoles, columnStats, isFlagYes, isNameHeader } from "./column-roles";
import { findBlocks } from "./blocks";
import { GroupTestRow, groupRows } from "./group-rows";
import { detectTotal } from "./detect-total";
import { Frame, blocksFrame, sheetFrame, transposedFrame } from "./frame";
import {
  HeaderBlock,
  findHeaderAnchor,
  headerBlockAt,
  isHeaderWord,
  joinHeaders,
  looksLikeHeaderRow,
  looksLikeNamelessHeaderRow,
  mergedText,
} from "./header-detect";
import { distinctKey, matchKey, suffixKind } from "./names";
import { ParsedScore, isScoreLike, parseScore } from "./parse-score";
import { mergePeriods, parsePeriod } from "./period";
import { tablePrecision } from "./precision";
import { Problem } from "./problems";
import { Decimals } from "./round";
import { sectionLabel } from "./sections";
import { CellPos, ColumnRole, ScoreCell, ScoreTable, TableColumn, UnitRow } from "./table";
import { compactText, trimText } from "./text";
import {
  GROUP_NAME,
  NOTE_ROW,
  POINTS_TEXT,
  SUMMARY_ROW,
  UNITS_ROW,
  UNIT_NAME_END,
} from "./vocabulary";
import {
  DataRun,
  findDataRuns,
  guessNameColumn,
  namesAcross,
  namesShare,
  unitLikeColumns,
  unitRows,
} from "./unit-column";

/** A role the user sets for a column by hand; "breakdown" is a bonus that is not an addend. */
export type RoleOverride = ColumnRole | "breakdown";

export interface ReadOptions {
  /** Column-role overrides for this sheet, keyed by column letter ("E"). */
  readonly overrides?: Readonly<Record<string, RoleOverride>>;
  /** Areas the user marked as tables ("A3:H40"): each is read as one table, whatever else. */
  readonly ranges?: readonly string[];
}

/** What the reader found on one sheet. */
export interface SheetReading {
  readonly tables: readonly ScoreTable[];
  /** Problems about the sheet rather than a table read: where it could not decide. */
  readonly problems: readonly Problem[];
}

/** Rows sampled to decide column roles. */
const STATS_ROWS = 500;
/** A sheet larger than this is never tried on its side (tables printed across are small). */
const MAX_TRANSPOSE_CELLS = 200_000;

function isBlankRow(grid: Grid, row: number, width: number): boolean {
  for (let c = 0; c < width; c++) if (!isBlank(cellAt(grid, row, c))) return false;
  return true;
}

/** The row's first non-blank cell when it is text; "" when it is a number or the row is blank. */
function firstText(grid: Grid, row: number, width: number): string {
  for (let c = 0; c < width; c++) {
    const v = cellAt(grid, row, c);
    if (typeof v === "number") return "";
    const t = cellText(v);
    if (t !== "") return t;
  }
  return "";
}

/** The first text cell of a row when it reads as a summary label (平均分, 合计), else "". */
function summaryLabel(grid: Grid, row: number, width: number): string {
  const t = firstText(grid, row, width);
  return t !== "" && typeof cellAt(grid, row, 0) !== "number" && SUMMARY_ROW.test(compactText(t))
    ? t
    : "";
}

function hasScoreCell(grid: Grid, row: number, width: number): boolean {
  for (let c = 0; c < width; c++) if (isScoreLike(cellAt(grid, row, c))) return true;
  return false;
}

/** The compacted texts of a row, to recognise a header repeated further down (a page break). */
function rowSignature(grid: Grid, row: number, width: number): string {
  const parts: string[] = [];
  for (let c = 0; c < width; c++) parts.push(compactText(cellText(cellAt(grid, row, c))));
  return parts.join("\u0001");
}

/**
 * Where the table's rows stop at the latest: a note, the next table's header (with or without a
 * unit word), or the sheet's end. A repeat of the table's own header row right under a unit's row
 * (as printed on each page) does not end it.
 */
function regionEnd(grid: Grid, from: number, width: number, header: string): number {
  for (let r = from; r < grid.length; r++) {
    // A note is text; a row with a score is a unit's, even one whose name starts with a footnote
    // mark ("*白河县") in a table without 序号.
    if (NOTE_ROW.test(compactText(firstText(grid, r, width))) && !hasScoreCell(grid, r, width))
      return r;
    if (looksLikeHeaderRow(grid, r, width) || looksLikeNamelessHeaderRow(grid, r, width)) {
      // A repeat right under a data row is a page break; after a gap it starts another table.
      if (rowSignature(grid, r, width) !== header || isBlankRow(grid, r - 1, width)) return r;
    }
  }
  return grid.length;
}

function titleAbove(grid: Grid, from: number, to: number, width: number): string {
  let title = "";
  for (let r = Math.max(0, from); r < to; r++) {
    for (let c = 0; c < width; c++) {
      const t = cellText(cellAt(grid, r, c));
      // The table above may end in a note (注：…), often longer than the title below it.
      const skip = UNITS_ROW.test(compactText(t)) || NOTE_ROW.test(compactText(t));
      if (t.length > title.length && !skip) title = t;
    }
  }
  return title;
}

function applyOverrides(
  columns: TableColumn[],
  overrides: ReadOptions["overrides"]
): TableColumn[] {
  if (!overrides) return columns;
  const byIndex = new Map<number, RoleOverride>();
  for (const [letter, role] of Object.entries(overrides)) {
    const index = columns.findIndex((c) => columnLabel(c.index) === letter.toUpperCase());
    if (index >= 0) byIndex.set(index, role);
  }
  const newName = [...byIndex.values()].includes("name");
  return columns.map((c, i) => {
    const o = byIndex.get(i);
    if (o === undefined) return newName && c.role === "name" ? { ...c, role: "ignore" } : c;
    return o === "breakdown"
      ? { ...c, role: "bonus", addend: false }
      : { ...c, role: o, addend: o === "bonus" ? true : c.addend };
  });
}

/** The column the user named as the unit column, if any. */
function overriddenNameColumn(overrides: ReadOptions["overrides"]): number | null {
  for (const [letter, role] of Object.entries(overrides ?? {})) {
    if (role === "name" && /^[A-Z]{1,3}$/i.test(letter))
      return parseCellAddress(`${letter.toUpperCase()}1`).col;
  }
  return null;
}

/**
 * Different tables printed side by side (市州 on the left, 县市区 on the right), told by columns
 * blank from top to bottom between them and a header in each part whose unit-column words differ;
 * each part's area, or none. One table printed in blocks repeats its header: that is read
 * as one table (findBlocks), never split here.
 */
function sideBySideTables(base: Frame, width: number): CellArea[] {
  const grid = base.values;
  if (width < 5 || grid.length === 0) return [];
  const used = new Uint8Array(width);
  for (const line of grid)
    for (let c = 0; c < Math.min(width, line.length); c++)
      if (used[c] === 0 && cellText(line[c]) !== "") used[c] = 1;
  const parts: { left: number; right: number }[] = [];
  for (let c = 0; c < width; c++) {
    if (!used[c]) continue;
    const left = c;
    while (c + 1 < width && used[c + 1]) c += 1;
    parts.push({ left, right: c });
  }
  if (parts.length < 2) return [];
  const bottom = grid.length - 1;
  const headed: { area: CellArea; word: string }[] = [];
  for (const part of parts) {
    const area = { top: 0, bottom, left: part.left, right: part.right };
    const values = areaFrame(base, area).values;
    const anchor = findHeaderAnchor(values, 0, part.right + 1);
    if (anchor < 0) continue;
    let word = "";
    for (let c = part.left; c <= part.right && word === ""; c++) {
      const text = cellText(values[anchor][c]);
      if (isNameHeader(text)) word = compactText(text);
    }
    headed.push({ area, word });
  }
  // Blocks of one table repeat its unit word (县区 | 县区), however their other columns end.
  if (headed.length < 2 || headed.every((h) => h.word === headed[0].word)) return [];
  return headed.map((h) => h.area);
}

/** The sheet's rows `area.top`..`area.bottom`, columns outside the area blanked. */
function areaFrame(base: Frame, area: CellArea): Frame {
  const keep = (line: readonly CellValue[] | undefined) => {
    const out: CellValue[] = [];
    for (let c = 0; c <= area.right; c++) out.push(c < area.left ? EMPTY : (line?.[c] ?? EMPTY));
    return out;
  };
  const values: CellValue[][] = [];
  for (let r = area.top; r <= area.bottom; r++) values.push(keep(base.values[r]));
  return {
    values,
    merges: base.merges
      ?.filter((m) => m.bottom >= area.top && m.top <= area.bottom)
      .map((m) => ({ ...m, top: m.top - area.top, bottom: m.bottom - area.top })),
    formats: base.formats?.slice(area.top, area.bottom + 1),
    orientation: base.orientation,
    source: (row, col) => base.source(row + area.top, col),
  };
}

function parseArea(range: string): CellArea | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(range.trim());
  if (!m) return null;
  const a = parseCellAddress(`${m[1].toUpperCase()}${m[2]}`);
  const b = parseCellAddress(`${(m[3] ?? m[1]).toUpperCase()}${m[4] ?? m[2]}`);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** An A1 range of a frame's area, in the sheet's own cells. */
function sourceRange(
  frame: Frame,
  top: number,
  left: number,
  bottom: number,
  right: number
): string {
  const a = frame.source(top, left);
  const b = frame.source(bottom, right);
  const from = cellAddress(Math.min(a.row, b.row), Math.min(a.col, b.col));
  const to = cellAddress(Math.max(a.row, b.row), Math.max(a.col, b.col));
  return from === to ? from : `${from}:${to}`;
}

interface FrameReading {
  readonly tables: ScoreTable[];
  readonly problems: Problem[];
}

/**
 * Finds every score table on a sheet: header (title and units rows above it, one to three header
 * rows), column roles, unit rows, sections. Tables are found by their header words, then by their
 * cells where no header names the unit column, then, when the sheet holds none, printed across
 * (units in columns). Side-by-side blocks with a repeated header are one table. Blank rows, summary
 * rows (平均分, 最高分) and rows without a name or without scores are skipped; notes end the
 * table. Each repaired cell, skipped row and empty score is a {@link Problem} with its address; a
 * place where the reader cannot tell which column holds the units is a sheet problem.
 */
export function readSheet(input: SheetInput, options: ReadOptions = {}): SheetReading {
  const sheet = withBlanks(input);
  const width = gridWidth(sheet.values);
  const base = sheetFrame(sheet);
  const tables: ScoreTable[] = [];
  const problems: Problem[] = [];
  const claimed = new Uint8Array(sheet.values.length);
  const marked = (options.ranges ?? []).map(parseArea).filter((a): a is CellArea => a !== null);
  // Areas the user marked; else different tables printed side by side, each read on its own.
  const areas = marked.length ? marked : sideBySideTables(base, width);
  for (const area of areas) {
    const frame = areaFrame(base, area);
    const found = readFrame(sheet.name, frame, area.right + 1, options, tables.length, () => false);
    tables.push(...found.tables);
    problems.push(...found.problems);
    claimed.fill(1, area.top, Math.min(area.bottom + 1, claimed.length));
  }
  const found = readFrame(sheet.name, base, width, options, tables.length, (r) => claimed[r] === 1);
  const user = marked.length > 0 || overriddenNameColumn(options.overrides) !== null;
  if (
    tables.length === 0 &&
    (found.tables.length === 0 || (!user && readsAcross(found.tables))) &&
    width * sheet.values.length <= MAX_TRANSPOSE_CELLS
  ) {
    const across = readFrame(
      sheet.name,
      transposedFrame(sheet, width),
      sheet.values.length,
      options,
      0,
      () => false
    );
    if (across.tables.length > 0 && unitCount(across.tables) > unitCount(found.tables))
      return { tables: across.tables, problems: across.problems };
  }
  return {
    tables: [...tables, ...found.tables],
    problems: [...problems, ...found.problems],
  };
}

/**
 * Whether names read as units rather than header words (得分, 扣分, 总分 …), judged on at most 64
 * of them, evenly spaced: a long table is never a header read sideways.
 */
function namesAreUnits(units: readonly UnitRow[]): boolean {
  const step = Math.max(1, Math.floor(units.length / 64));
  let seen = 0;
  let words = 0;
  for (let i = 0; i < units.length; i += step) {
    seen += 1;
    if (isHeaderWord(units[i].name)) words += 1;
  }
  return words * 5 <= seen;
}

function unitCount(tables: readonly ScoreTable[]): number {
  return tables.reduce((n, t) => n + t.units.length, 0);
}

/** The share of texts that end like a place or an office (县 区 旗 …局), header words aside. */
function suffixedShare(texts: readonly string[]): number {
  if (texts.length === 0) return 0;
  let n = 0;
  for (const text of texts) {
    const t = compactText(text);
    if (UNIT_NAME_END.test(t) && !isHeaderWord(t)) n += 1;
  }
  return n / texts.length;
}

/**
 * Whether a sheet read by rows is a table printed across that happened to read: a single table
 * with fewer "units" than score columns, whose column headers end like places more often than
 * its row names do (成都市 | 自贡 | 泸州市 over rows 群众满意度 | 重点工作).
 */
function readsAcross(found: readonly ScoreTable[]): boolean {
  if (found.length !== 1) return false;
  const [table] = found;
  const scores = table.columns.filter(
    (c) => c.role === "part" || c.role === "total" || c.role === "bonus" || c.role === "deduction"
  );
  if (table.units.length >= scores.length) return false;
  return suffixedShare(scores.map((c) => c.header)) > suffixedShare(table.units.map((u) => u.name));
}

/** The tables of a sheet (see {@link readSheet}). */
export function readTables(sheet: SheetInput, options: ReadOptions = {}): ScoreTable[] {
  return [...readSheet(sheet, options).tables];
}

/** Reads one frame: tables announced by a header first, then tables found by their cells. */
function readFrame(
  sheetName: string,
  frame: Frame,
  width: number,
  options: ReadOptions,
  firstIndex: number,
  skip: (row: number) => boolean
): FrameReading {
  const grid = frame.values;
  const tables: (ReadTable & { top: number })[] = [];
  const problems: Problem[] = [];
  const forcedName = overriddenNameColumn(options.overrides);
  const claimed = new Uint8Array(grid.length);
  let start = 0;
  while (start < grid.length) {
    const anchor = findHeaderAnchor(grid, start, width);
    if (anchor < 0) break;
    if (skip(anchor)) {
      start = anchor + 1;
      continue;
    }
    const block = headerBlockAt(grid, anchor, frame.merges, width);
    const end = regionEnd(grid, block.bottom + 1, width, rowSignature(grid, anchor, width));
    const starts = findBlocks(block);
    const table = starts
      ? readOneTable(sheetName, blocksFrame(frame, block.bottom, end, starts), {
          block,
          end: block.bottom + 1 + starts.length * (end - block.bottom - 1),
          width: starts[1],
          options,
          nameCol: forcedName,
          anchor,
        })
      : readOneTable(sheetName, frame, {
          block,
          end,
          width,
          options,
          nameCol: forcedName,
          anchor,
        });
    if (table) tables.push({ ...table, top: block.top });
    // Rows under a header that names the unit column are that table's, read or not: reading them
    // again by their cells alone would only guess worse.
    claimed.fill(1, block.top, end);
    start = Math.max(end, block.bottom + 1);
  }
  for (const found of findDataRuns(grid, width, (r) => claimed[r] === 1 || skip(r))) {
    // Section rows right above the first unit belong to the table.
    let top = found.top;
    while (top > 0 && claimed[top - 1] !== 1 && sectionLabel(grid, frame.merges, top - 1, width))
      top -= 1;
    const run: DataRun = { top, bottom: found.bottom };
    const rows: number[] = [];
    for (let r = found.top; r <= found.bottom; r++) rows.push(r);
    const guess =
      forcedName !== null
        ? ({ kind: "found", col: forcedName } as const)
        : guessNameColumn(grid, rows, width);
    if (guess.kind === "none") continue;
    const block = headerAboveRun(grid, frame.merges, run, width);
    // Columns of unit names at a fixed step may be side-by-side blocks, the last one shorter.
    const nameColumns = forcedName === null ? unitLikeColumns(grid, rows, width) : [];
    const starts = blocksByContent(grid, rows, width, nameColumns, block);
    const matrix = forcedName === null && run.top > 0 && namesAcross(grid, run.top - 1, width);
    if ((guess.kind === "undecided" && !starts) || matrix) {
      problems.push({
        sheet: sheetName,
        // A matrix's range takes in the row of names across it.
        cell: sourceRange(frame, matrix ? run.top - 1 : run.top, 0, run.bottom, width - 1),
        severity: "warning",
        code: "tableUndecided",
        params: {
          columns: (guess.kind === "undecided" ? guess.candidates : [guess.col])
            .map((c) => columnLabel(frame.source(run.top, c).col))
            .join("、"),
        },
      });
      continue;
    }
    const spec = { options, anchor: null, block } as const;
    const table = starts
      ? readOneTable(sheetName, blocksFrame(frame, block.bottom, run.bottom + 1, starts), {
          ...spec,
          end: block.bottom + 1 + starts.length * (run.bottom - block.bottom),
          width: starts[1],
          nameCol: nameColumns[0],
        })
      : readOneTable(sheetName, frame, {
          ...spec,
          end: run.bottom + 1,
          width,
          nameCol: (guess as { col: number }).col,
        });
    if (table) tables.push({ ...table, top: block.top });
  }
  tables.sort((a, b) => a.top - b.top);
  // A table's title lies between the last unit of the table above and its own header.
  const out = tables.map(({ table, top }, i) => {
    const from = i > 0 ? tables[i - 1].lastRow + 1 : 0;
    const title = frame.orientation === "rows" ? titleAbove(grid, from, top, width) : table.title;
    return {
      ...table,
      index: firstIndex + i,
      title,
      period: mergePeriods(parsePeriod(title), parsePeriod(sheetName)),
    };
  });
  return { tables: out, problems };
}

/** A table as read, and the frame row of its last unit (where the next table's title may start). */
interface ReadTable {
  readonly table: ScoreTable;
  readonly lastRow: number;
}

/**
 * The header over a run of data rows found by their cells: the text-only rows right above it (up
 * to three, stopping at a title or units row); none when the data starts the sheet.
 */
function headerAboveRun(
  grid: Grid,
  merges: readonly CellArea[] | undefined,
  run: DataRun,
  width: number
): HeaderBlock {
  let top = run.top;
  while (top > 0 && run.top - top < 3) {
    if (isHeaderLine(grid, top - 1, width)) top -= 1;
    // A group line with one text ("分项得分" over the parts) counts when a full header line lies
    // above it too; alone on top it may as well be the table's title.
    else if (
      top > 1 &&
      run.top - top === 1 &&
      isGroupLine(grid, top - 1, width) &&
      isHeaderLine(grid, top - 2, width)
    )
      top -= 2;
    else break;
  }
  if (top === run.top) {
    const empty: string[][] = Array.from({ length: width }, () => []);
    return { top: run.top, bottom: run.top - 1, pieces: empty, headers: empty.map(() => "") };
  }
  return joinHeaders(grid, top, run.top - 1, merges, width);
}

/**
 * A header line over data found by its cells: text only, in at least two cells (a title or a
 * units row has one), whatever its words; a note among them does not count.
 */
function isHeaderLine(grid: Grid, row: number, width: number): boolean {
  let texts = 0;
  for (let c = 0; c < width; c++) {
    const v = cellAt(grid, row, c);
    const t = cellText(v);
    if (t === "") continue;
    if (isScoreLike(v)) return false;
    // A note merged into the header's last line (注：…) is not one of its headers.
    if (!NOTE_ROW.test(compactText(t))) texts += 1;
  }
  return texts >= 2;
}

/** A line with one short text, away from the unit column's edge, as a group header prints. */
function isGroupLine(grid: Grid, row: number, width: number): boolean {
  let found = "";
  for (let c = 0; c < width; c++) {
    const v = cellAt(grid, row, c);
    const t = cellText(v);
    if (t === "") continue;
    if (found !== "" || c === 0 || isScoreLike(v)) return false;
    found = compactText(t);
  }
  return found !== "" && found.length <= 12 && !NOTE_ROW.test(found) && !UNITS_ROW.test(found);
}

/**
 * Side-by-side blocks told by their cells: columns of unit names at a fixed step, and every
 * column of the first block like the matching one of each further block (numbers under numbers,
 * the same header). Each block's first column, or null.
 */
function blocksByContent(
  grid: Grid,
  rows: readonly number[],
  width: number,
  names: readonly number[],
  header: HeaderBlock
): number[] | null {
  const units = unitRows(grid, rows, width);
  const columns = [...names];
  // A last block may name fewer units than the others, even one: its column of names is found by
  // its names alone, at the others' step (or, beside a single full block, as the next such column).
  if (columns.length === 1)
    for (let c = columns[0] + 2; c < width; c++)
      if (namesShare(grid, units, c) > 0) {
        columns.push(c);
        break;
      }
  if (columns.length < 2) return null;
  const step = columns[1] - columns[0];
  if (columns.some((c, i) => i > 0 && c - columns[i - 1] !== step)) return null;
  for (let c = columns[columns.length - 1] + step; c < width; c += step)
    if (namesShare(grid, units, c) > 0) columns.push(c);
    else break;
  let left = width;
  for (const r of rows)
    for (let c = 0; c < width; c++)
      if (cellText(cellAt(grid, r, c)) !== "") {
        left = Math.min(left, c);
        break;
      }
  const starts = columns.map((c) => c - (columns[0] - left));
  if (starts[0] < 0 || step < 2) return null;
  // A block's columns are compared over the rows where it names a unit (a last block is shorter).
  const named = (nameCol: number) => rows.filter((r) => cellText(cellAt(grid, r, nameCol)) !== "");
  const numeric = (c: number, among: readonly number[]) =>
    among.filter((r) => isScoreLike(cellAt(grid, r, c))).length * 2 >= among.length;
  const anyScore = (c: number, among: readonly number[]) =>
    among.some((r) => isScoreLike(cellAt(grid, r, c)));
  const first = named(columns[0]);
  // Each block has its scores: two columns of names side by side are a pairing, not blocks.
  let scores = 0;
  for (let j = 0; j < step; j++) if (numeric(starts[0] + j, first)) scores += 1;
  if (scores === 0) return null;
  const head = (c: number) => compactText(header.headers[c] ?? "");
  for (let b = 1; b < starts.length; b++) {
    const own = named(columns[b]);
    if (own.length === 0) return null;
    for (let j = 0; j < step; j++) {
      const a = starts[0] + j;
      const o = starts[b] + j;
      // A column past the sheet's last one is blank: a further block may lack a trailing text
      // column (备注) there, never a column where the first block has any score at all (one
      // score among blanks still makes a score column, whose cells there would be off the sheet).
      if (o >= width ? anyScore(a, first) : numeric(a, first) !== numeric(o, own)) return null;
      if (head(a) !== "" && head(a) !== head(o)) return null;
    }
  }
  return starts;
}

interface TableSpec {
  readonly block: HeaderBlock;
  /** The row after the table's last possible row. */
  readonly end: number;
  readonly width: number;
  readonly options: ReadOptions;
  /** The unit column when known already (by the user, or by content); else from the header. */
  readonly nameCol: number | null;
  /** The header row naming the unit column, whose repeats (page breaks) are skipped; or null. */
  readonly anchor: number | null;
}

/** The unit column among header columns naming one: the one whose names differ most. */
function nameColumnOf(frame: Frame, spec: TableSpec, rows: readonly number[]): number {
  const named = spec.block.pieces
    .map((ps, c) => (ps.some(isNameHeader) ? c : -1))
    .filter((c) => c >= 0);
  if (named.length <= 1) return named[0] ?? -1;
  let best = named[0];
  let bestDistinct = -1;
  for (const c of named) {
    const distinct = new Set(rows.map((r) => compactText(cellText(cellAt(frame.values, r, c)))))
      .size;
    if (distinct >= bestDistinct) {
      best = c;
      bestDistinct = distinct;
    }
  }
  return best;
}

function readOneTable(sheetName: string, frame: Frame, spec: TableSpec): ReadTable | null {
  const grid = frame.values;
  const { block, end, width, options } = spec;
  const dataRows: number[] = [];
  for (let r = block.bottom + 1; r < end; r++) dataRows.push(r);
  const nameCol = spec.nameCol ?? nameColumnOf(frame, spec, dataRows.slice(0, STATS_ROWS));
  if (nameCol < 0) return null;
  const candidateRows: number[] = [];
  for (const r of dataRows) {
    const name = compactText(cellText(cellAt(grid, r, nameCol)));
    if (name !== "" && !SUMMARY_ROW.test(name)) candidateRows.push(r);
  }
  // A column's role shows in any few hundred of its rows; beyond that, evenly spaced rows stand
  // for the rest, so reading 30,000 units costs no more here than reading 500.
  const step = Math.ceil(candidateRows.length / STATS_ROWS);
  const sampled = step > 1 ? candidateRows.filter((_, i) => i % step === 0) : candidateRows;
  const stats: ColumnStats[] = [];
  for (let c = 0; c < width; c++) stats.push(columnStats(sampled.map((r) => cellAt(grid, r, c))));
  const headers = block.headers.slice(0, width);
  const pieces = block.pieces.slice(0, width);
  while (headers.length < width) headers.push("");
  while (pieces.length < width) pieces.push([]);
  let columns = applyOverrides(assignRoles(headers, pieces, stats, nameCol), options.overrides);
  if (!columns.some((c) => c.role === "name")) return null;
  if (!columns.some((c) => c.role === "part" || c.role === "total")) return null;

  const scoreRoles = new Set<ColumnRole>(["part", "total", "bonus", "deduction"]);
  const precision = tablePrecision(
    columns
      .filter((c) => scoreRoles.has(c.role))
      .map((c) => ({
        cells: candidateRows.map((r) => cellAt(grid, r, c.index)),
        formats: frame.formats
          ? candidateRows.map((r) => frame.formats?.[r]?.[c.index] ?? null)
          : undefined,
      }))
  );
  const sheetProblems: Problem[] = [];
  const at = (row: number, col: number) => {
    const p = frame.source(row, col);
    return cellAddress(p.row, p.col);
  };
  const headerRow = Math.max(block.top, block.bottom);
  if (!columns.some((c) => c.role === "total")) {
    columns = findTotalByContent(columns, grid, sampled, precision, (col, code) =>
      sheetProblems.push({
        sheet: sheetName,
        cell: block.bottom >= block.top ? at(headerRow, col.index) : "",
        severity: "info",
        code,
        params: { column: col.header },
      })
    );
  }
  const named = columns.find((c) => c.role === "name") as TableColumn;
  const terms = columns.filter(
    (c) => c.role === "part" || c.role === "bonus" || c.role === "deduction"
  );
  // One score column is the total itself; several are added, and the user is told so.
  if (!columns.some((c) => c.role === "total") && terms.length > 1) {
    sheetProblems.push({
      sheet: sheetName,
      cell:
        block.bottom >= block.top ? at(headerRow, named.index) : at(block.bottom + 1, named.index),
      severity: "info",
      code: "totalFromParts",
      params: {},
    });
  }
  const weighted = columns.filter((c) => c.role === "part" && c.weight !== null);
  if (weighted.length > 0) {
    sheetProblems.push({
      sheet: sheetName,
      cell: at(headerRow, weighted[0].index),
      severity: "info",
      code: "weightsFromHeader",
      params: {
        weights: weighted
          .map((c) => `${c.header} ${Math.round((c.weight as number) * 1000) / 10}%`)
          .join("，"),
      },
    });
  }

  const units = readUnits(sheetName, frame, spec, columns, named.index, precision);
  // Names that are mostly header words (分值, 排序, 总分) are a table read the wrong way round.
  if (units.units.length < 2 || !namesAreUnits(units.units)) return null;
  const first = units.units[0];
  const table: ScoreTable = {
    sheet: sheetName,
    index: 0,
    title: frame.orientation === "columns" ? acrossTitle(frame, first) : "",
    period: null,
    headerTop: block.top,
    headerBottom: block.bottom,
    orientation: frame.orientation,
    precision,
    columns,
    units: units.units,
    problems: [...sheetProblems, ...units.problems],
  };
  return { table, lastRow: units.lastRow };
}

/** The title of a table printed across: the longest text above its row of names. */
function acrossTitle(frame: Frame, first: UnitRow): string {
  // Frame row r is sheet column r: the sheet's rows above the names are frame columns left of it.
  let title = "";
  for (let col = 0; col < first.row; col++) {
    for (const line of frame.values) {
      const t = cellText(line[col] ?? EMPTY);
      if (
        t.length > title.length &&
        !UNITS_ROW.test(compactText(t)) &&
        !NOTE_ROW.test(compactText(t))
      )
        title = t;
    }
  }
  return title;
}

/**
 * Without a total column by its header, a column that is row by row the (weighted) sum of the
 * others is the total; one that sums only some of them is a subtotal and is left out, so that
 * nothing is counted twice.
 */
function findTotalByContent(
  columns: TableColumn[],
  grid: Grid,
  rows: readonly number[],
  decimals: Decimals,
  report: (column: TableColumn, code: "totalDetected" | "subtotalIgnored") => void
): TableColumn[] {
  const terms = columns.filter(
    (c) => c.role === "part" || c.role === "deduction" || (c.role === "bonus" && c.addend)
  );
  const found = detectTotal(
    terms.map((c) => ({
      index: c.index,
      deduction: c.role === "deduction",
      weight: c.role === "part" ? c.weight : null,
      values: rows.map((r) => {
        const p = parseScore(cellAt(grid, r, c.index));
        if (p.kind !== "number" && p.kind !== "repaired") return null;
        return c.role === "deduction" ? -Math.abs(p.value) : p.value;
      }),
    })),
    decimals
  );
  return columns.map((c) => {
    if (c.index === found.total) {
      report(c, "totalDetected");
      return { ...c, role: "total", weight: null };
    }
    if (found.subtotals.includes(c.index)) {
      report(c, "subtotalIgnored");
      return { ...c, role: "ignore", weight: null };
    }
    return c;
  });
}

function readUnits(
  sheetName: string,
  frame: Frame,
  spec: TableSpec,
  columns: readonly TableColumn[],
  nameIndex: number,
  decimals: Decimals
): { units: UnitRow[]; problems: Problem[]; lastRow: number } {
  const grid = frame.values;
  const header = spec.anchor === null ? null : rowSignature(grid, spec.anchor, spec.width);
  const headerName = spec.anchor === null ? "" : cellText(cellAt(grid, spec.anchor, nameIndex));
  let lastRow = -1;
  const { block, end, width } = spec;
  const problems: Problem[] = [];
  const pending: Problem[] = [];
  const units: UnitRow[] = [];
  const problem = (
    row: number,
    col: number,
    severity: Problem["severity"],
    code: Problem["code"],
    params: Problem["params"] = {}
  ): Problem => {
    const p = frame.source(row, col);
    return { sheet: sheetName, cell: cellAddress(p.row, p.col), severity, code, params };
  };
  const byRole = (role: ColumnRole) => columns.filter((c) => c.role === role);
  const parentCol = byRole("parent")[0];
  const flagCols = byRole("flag");
  const gradeCol = byRole("grade")[0];
  const scoreColumns = columns.filter((c) => c.role === "part" || c.role === "total");
  let lastParent: string | null = null;
  // A 所属市 column pasted without its merges keeps the name in a block's first row only: fill it
  // down. Only when no merge is known in that column; under known merges a blank is a blank.
  const fillDownParent =
    parentCol !== undefined &&
    !frame.merges?.some(
      (m) =>
        m.left <= parentCol.index &&
        m.right >= parentCol.index &&
        m.bottom > block.bottom &&
        m.top < end
    );
  const partCols = byRole("part");
  const bonusCols = byRole("bonus");
  const deductionCols = byRole("deduction");
  const totalCol = byRole("total")[0];
  const rankCol = byRole("rank")[0];
  // One reader for every score cell of a unit row, made once, not per row (thousands of rows).
  const cellOf = (
    r: number,
    name: string,
    col: TableColumn,
    kind: "score" | "total" | "extra"
  ): ScoreCell => {
    const cell = cellAt(grid, r, col.index);
    const at = frame.identity ? null : frame.source(r, col.index);
    const row = at ? at.row : r;
    const column = at ? at.col : col.index;
    // Most score cells are plain numbers: read without an intermediate reading object.
    if (typeof cell === "number" && Number.isFinite(cell))
      return { row, col: column, kind: "number", value: cell };
    const parsed = parseScore(cell);
    const raw = parsed.kind === "number" ? "" : cellText(cell);
    if (parsed.kind === "repaired") {
      problems.push(
        problem(r, col.index, "warning", "textNumber", {
          text: raw,
          value: parsed.value,
          column: col.header,
        })
      );
    } else if (parsed.kind === "invalid") {
      problems.push(
        problem(r, col.index, "warning", "notANumber", { text: raw, column: col.header })
      );
    } else if (parsed.kind === "empty" && kind !== "extra") {
      problems.push(
        problem(r, col.index, "warning", kind === "total" ? "emptyTotal" : "emptyScore", {
          column: col.header,
          name,
        })
      );
    }
    return scoreCellOf(row, column, parsed);
  };
  const scoreCells = (
    r: number,
    name: string,
    cols: readonly TableColumn[],
    kind: "score" | "extra"
  ): readonly ScoreCell[] => {
    if (cols.length === 0) return NO_CELLS;
    const cells: ScoreCell[] = new Array<ScoreCell>(cols.length);
    for (let i = 0; i < cols.length; i++) cells[i] = cellOf(r, name, cols[i], kind);
    return cells;
  };
  const groups = cityRows(
    frame,
    block.bottom + 1,
    end,
    nameIndex,
    scoreColumns,
    parentCol,
    decimals
  );
  const points = pointsRow(grid, block.bottom + 1, end, width, nameIndex, scoreColumns);
  let section: string | null = null;
  for (let r = block.bottom + 1; r < end; r++) {
    if (isBlankRow(grid, r, width)) {
      pending.push(
        problem(r, nameIndex, "info", "blankRowInside", { row: frame.source(r, nameIndex).row + 1 })
      );
      continue;
    }
    // Only a row naming the unit column as the header does can repeat it (a cheap test first).
    if (
      header !== null &&
      cellText(cellAt(grid, r, nameIndex)) === headerName &&
      rowSignature(grid, r, width) === header
    ) {
      pending.push(problem(r, nameIndex, "info", "repeatedHeaderSkipped", {}));
      continue;
    }
    // The parent is read before a row may be skipped: a pasted 所属市 column names the city in its
    // block's first row only, and that row may itself be one without scores.
    let parent: string | null = null;
    if (parentCol) {
      parent = trimText(mergedText(grid, frame.merges, r, parentCol.index)) || null;
      if (parent === null && fillDownParent) parent = lastParent;
      lastParent = parent;
    }
    const name = trimText(cellText(cellAt(grid, r, nameIndex)));
    let hasScore = false;
    for (let c = 0; c < scoreColumns.length && !hasScore; c++) {
      const v = cellAt(grid, r, scoreColumns[c].index);
      hasScore = typeof v === "number" || isScoreLike(v);
    }
    // A summary label usually sits in the name column, but some sheets put it under 序号.
    const summary =
      name !== ""
        ? SUMMARY_ROW.test(compactText(name))
          ? name
          : ""
        : summaryLabel(grid, r, width);
    if (summary !== "") {
      problems.push(
        ...pending.splice(0),
        problem(r, nameIndex, "info", "summaryRowSkipped", { name: summary })
      );
      continue;
    }
    if (r === points) {
      problems.push(
        problem(r, nameIndex, "info", "pointsRowSkipped", {
          row: frame.source(r, nameIndex).row + 1,
        })
      );
      continue;
    }
    // A city's row above its counties names their group, as a section row does.
    const group = groups.get(r);
    if (group) {
      section = name;
      pending.splice(0);
      if (group === "scored")
        problems.push(problem(r, nameIndex, "info", "cityRowSkipped", { name }));
      continue;
    }
    if (!hasScore) {
      const label = sectionLabel(grid, frame.merges, r, width);
      if (label !== null) {
        section = label;
        pending.splice(0);
        continue;
      }
    }
    if (name === "" || !hasScore) {
      const code =
        name === "" ? (hasScore ? "rowWithoutName" : "rowWithoutScores") : "rowWithoutScores";
      pending.push(
        problem(r, nameIndex, "warning", code, { name, row: frame.source(r, nameIndex).row + 1 })
      );
      continue;
    }
    if (pending.length > 0) problems.push(...pending.splice(0));
    lastRow = r;
    const grade = gradeCol ? trimText(mergedText(grid, frame.merges, r, gradeCol.index)) : "";
    const here: CellPos | null = frame.identity ? null : frame.source(r, nameIndex);
    units.push({
      name,
      key: matchKey(name),
      row: here ? here.row : r,
      col: here ? here.col : nameIndex,
      index: units.length,
      parent,
      section,
      grade: gradeCol ? grade || null : null,
      gradeCell: gradeCol ? frame.source(r, gradeCol.index) : null,
      flags:
        flagCols.length === 0
          ? NO_FLAGS
          : flagCols.map((c) => isFlagYes(mergedText(grid, frame.merges, r, c.index))),
      parts: scoreCells(r, name, partCols, "score"),
      bonuses: scoreCells(r, name, bonusCols, "extra"),
      deductions: scoreCells(r, name, deductionCols, "extra"),
      printedTotal: totalCol ? cellOf(r, name, totalCol, "total") : null,
      printedRank: rankCol ? rankCell(frame, r, rankCol.index) : null,
    });
  }
  // Rows that follow the last unit without a blank row between, name a unit and hold no score are
  // units whose scores are missing: said so, as the same row would be anywhere else in the table.
  for (const p of pending) {
    if (p.code !== "rowWithoutScores" || p.params.name === "") break;
    problems.push(p);
  }
  // Units that share a match key while naming different kinds of unit (临夏市 and 临夏县, in one
  // county table) are two units, each keyed with its kind; the same name twice is a duplicate.
  const keys = new Set<string>();
  let shared: Set<string> | null = null;
  for (const u of units)
    if (keys.has(u.key)) (shared ??= new Set()).add(u.key);
    else keys.add(u.key);
  if (shared) keyByKind(units, shared);
  const seen = new Map<string, UnitRow>();
  for (const u of shared ? units : []) {
    const first = seen.get(u.key);
    if (first)
      problems.push({
        sheet: sheetName,
        cell: cellAddress(u.row, u.col),
        severity: "warning",
        code: "duplicateUnit",
        params: { name: u.name, row: first.row + 1 },
      });
    else seen.set(u.key, u);
  }
  return { units, problems, lastRow };
}

/**
 * The row of each part's full marks, when the table's first row is one: no name, and in the part
 * and total columns only the points as text (（40分）) or numbers no unit's exceeds in its part
 * (a total may, with a bonus). -1 when the first row is anything else: a unit whose name is missing
 * but whose scores some unit beats is still reported as one.
 */
function pointsRow(
  grid: Grid,
  first: number,
  end: number,
  width: number,
  nameIndex: number,
  scoreColumns: readonly TableColumn[]
): number {
  let r = first;
  while (r < end && isBlankRow(grid, r, width)) r++;
  if (r + 2 >= end || !isBlank(cellAt(grid, r, nameIndex))) return -1;
  let stated = 0;
  for (const column of scoreColumns) {
    const v = cellAt(grid, r, column.index);
    if (isBlank(v)) continue;
    if (typeof v !== "number") {
      if (!POINTS_TEXT.test(compactText(cellText(v)))) return -1;
      stated += 1;
      continue;
    }
    if (column.role !== "part") continue;
    let most = -Infinity;
    for (let k = r + 1; k < end; k++) {
      const x = cellAt(grid, k, column.index);
      if (typeof x === "number" && x > most) most = x;
    }
    if (most === -Infinity || v < most) return -1;
    stated += 1;
  }
  return stated > 0 ? r : -1;
}

/**
 * The rows from `first` to before `end` that are a city's row above its counties (see
 * {@link groupRows}), by row. Only tables that hold a city's name are looked at row by row.
 */
function cityRows(
  frame: Frame,
  first: number,
  end: number,
  nameIndex: number,
  scoreColumns: readonly TableColumn[],
  parentCol: TableColumn | undefined,
  decimals: Decimals
): Map<number, "scored" | "label"> {
  const grid = frame.values;
  const found = new Map<number, "scored" | "label">();
  // Most tables name no city: found by the names' endings alone, before any name is compacted.
  let city = false;
  for (let r = first; r < end && !city; r++)
    city = GROUP_NAME.test(trimText(cellText(cellAt(grid, r, nameIndex))));
  if (!city) return found;
  const names: string[] = [];
  for (let r = first; r < end; r++) names.push(compactText(cellText(cellAt(grid, r, nameIndex))));
  const total = scoreColumns.find((c) => c.role === "total");
  const scoreOf = (r: number): number | null => {
    let sum: number | null = null;
    for (const c of total ? [total] : scoreColumns) {
      const parsed = parseScore(cellAt(grid, r, c.index));
      if (parsed.kind === "number" || parsed.kind === "repaired") sum = (sum ?? 0) + parsed.value;
    }
    return sum;
  };
  const rows: GroupTestRow[] = names.map((name, i) => {
    const parent = parentCol ? trimText(cellText(cellAt(grid, first + i, parentCol.index))) : "";
    return {
      name,
      score: name === "" ? null : scoreOf(first + i),
      key: matchKey(name),
      parentKey: parent === "" ? null : matchKey(parent),
    };
  });
  for (const [i, kind] of groupRows(rows, decimals)) found.set(first + i, kind);
  return found;
}

/** Gives units whose shared key stands for different kinds of unit their distinct keys, in place. */
function keyByKind(units: UnitRow[], shared: ReadonlySet<string>): void {
  const kinds = new Map<string, Set<string>>();
  for (const u of units) {
    if (!shared.has(u.key)) continue;
    const kind = suffixKind(u.name);
    if (kind === "") continue;
    let set = kinds.get(u.key);
    if (!set) kinds.set(u.key, (set = new Set()));
    set.add(kind);
  }
  units.forEach((u, i) => {
    if ((kinds.get(u.key)?.size ?? 0) >= 2 && suffixKind(u.name) !== "")
      units[i] = { ...u, key: distinctKey(u.name) };
  });
}

/** Shared by every unit of a table without such columns (most have no flag or deduction). */
const NO_FLAGS: readonly boolean[] = Object.freeze([]);
const NO_CELLS: readonly ScoreCell[] = Object.freeze([]);

function rankCell(frame: Frame, row: number, col: number): ScoreCell {
  const at = frame.source(row, col);
  return scoreCellOf(at.row, at.col, parseScore(cellAt(frame.values, row, col)));
}

/** A score cell at a sheet position, from its reading (fields always in one order, one shape). */
function scoreCellOf(row: number, col: number, p: ParsedScore): ScoreCell {
  switch (p.kind) {
    case "number":
      return { row, col, kind: "number", value: p.value };
    case "repaired":
      return { row, col, kind: "repaired", value: p.value, repairs: p.repairs };
    case "empty":
      return { row, col, kind: "empty", value: null };
    case "invalid":
      return { row, col, kind: "invalid", value: null, text: p.text };
  }
}
