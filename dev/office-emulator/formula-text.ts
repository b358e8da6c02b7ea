/**
 * Rewrites of formula text that Excel does and HyperFormula does not: quoting unquoted CJK sheet
 * names, dropping the `_xlfn.` prefix, renaming or deleting a sheet referred to, and shifting
 * relative references when one formula is written to a whole range.
 * Text inside string literals and quoted sheet names is never touched.
 */
import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLabel, quoteSheet } from "./a1";

type Token =
  | { kind: "string"; text: string }
  /** A sheet prefix including its "!", with the sheet name unquoted. */
  | { kind: "sheet"; text: string; name: string }
  | { kind: "word"; text: string }
  | { kind: "refError"; text: string }
  | { kind: "other"; text: string };

const WORD_CHAR = /[\p{L}\p{N}_.$\\]/u;

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j += 1;
      }
      tokens.push({ kind: "string", text: formula.slice(i, j + 1) });
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      const end = formula[j + 1] === "!" ? j + 2 : j + 1;
      tokens.push({ kind: "sheet", text: formula.slice(i, end), name });
      i = end;
    } else if (formula.startsWith("#REF!", i)) {
      tokens.push({ kind: "refError", text: "#REF!" });
      i += 5;
    } else if (WORD_CHAR.test(ch)) {
      let j = i;
      while (j < formula.length && WORD_CHAR.test(formula[j])) j += 1;
      const text = formula.slice(i, j);
      if (formula[j] === "!") {
        tokens.push({ kind: "sheet", text: formula.slice(i, j + 1), name: text });
        i = j + 1;
      } else {
        tokens.push({ kind: "word", text });
        i = j;
      }
    } else {
      tokens.push({ kind: "other", text: ch });
      i += 1;
    }
  }
  return tokens;
}

const CELL_REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COLUMN_REF = /^(\$?)([A-Za-z]{1,3})$/;
const ROW_REF = /^(\$?)(\d+)$/;

function isReferenceContinuation(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next?.kind === "other" && next.text === ":";
}

/** Indexes of word tokens that are references (cells, or both ends of "A:C" / "3:5" ranges). */
function referenceWords(tokens: Token[]): Set<number> {
  const refs = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word") continue;
    const next = tokens[i + 1];
    if (next?.kind === "other" && next.text === "(") continue; // a function such as LOG10(
    if (CELL_REF.test(t.text)) {
      const m = CELL_REF.exec(t.text);
      if (m && columnIndex(m[2]) < MAX_COLUMNS) refs.add(i);
      continue;
    }
    const end = tokens[i + 2];
    if (isReferenceContinuation(tokens, i) && end?.kind === "word") {
      const cols = COLUMN_REF.test(t.text) && COLUMN_REF.test(end.text);
      const rows = ROW_REF.test(t.text) && ROW_REF.test(end.text);
      if (cols || rows) {
        refs.add(i);
        refs.add(i + 2);
        i += 2;
      }
    }
  }
  return refs;
}

/**
 * The formula as HyperFormula must read it: every sheet prefix quoted (it cannot read unquoted
 * CJK names), `_xlfn.`/`_xlws.` prefixes dropped, and `#REF!A1` (what Excel leaves after a sheet
 * is deleted) reduced to `#REF!`.
 */
export function toEngineFormula(formula: string): string {
  const tokens = tokenize(formula);
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "sheet") out += `'${t.name.replace(/'/g, "''")}'!`;
    else if (t.kind === "word") {
      const next = tokens[i + 1];
      const isCall = next?.kind === "other" && next.text === "(";
      out += isCall ? t.text.replace(/^_xl(fn|ws)\./i, "") : engineName(t.text);
    } else if (t.kind === "refError") {
      out += "#REF!";
      const next = tokens[i + 1];
      if (next?.kind === "word" && (CELL_REF.test(next.text) || COLUMN_REF.test(next.text))) {
        i += 1;
        if (isReferenceContinuation(tokens, i) && tokens[i + 2]?.kind === "word") i += 2;
      }
    } else out += t.text;
  }
  return out;
}

/**
 * The name HyperFormula knows a defined name by: HyperFormula accepts only ASCII names, Excel
 * also CJK ones ("得分"), so those get a stable alias made of their code points.
 * @example engineName("得分") // => "_U5F97_5206"; engineName("Scores") // => "Scores"
 */
export function engineName(name: string): string {
  if (/^[A-Za-z0-9_.$\\]*$/.test(name)) return name;
  return `_U${[...name.toLowerCase()].map((ch) => (ch.codePointAt(0) as number).toString(16).toUpperCase()).join("_")}`;
}

function sameSheet(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

/** Rewrites references to sheet `from` to name sheet `to`, quoted only where Excel would. */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  return tokenize(formula)
    .map((t) => (t.kind === "sheet" && sameSheet(t.name, from) ? `${quoteSheet(to)}!` : t.text))
    .join("");
}

/** What Excel leaves in formulas that referred to a deleted sheet: `=SUM(#REF!A1:A3)`. */
export function removeSheetFromFormula(formula: string, sheet: string): string {
  return tokenize(formula)
    .map((t) => (t.kind === "sheet" && sameSheet(t.name, sheet) ? "#REF!" : t.text))
    .join("");
}

/** The sheet names a formula mentions, unquoted, in order of appearance. */
export function sheetsInFormula(formula: string): string[] {
  const names: string[] = [];
  for (const t of tokenize(formula))
    if (t.kind === "sheet" && !names.includes(t.name)) names.push(t.name);
  return names;
}

/** Whether the formula names `sheet` (quoted or not). */
export function formulaMentionsSheet(formula: string, sheet: string): boolean {
  return tokenize(formula).some((t) => t.kind === "sheet" && sameSheet(t.name, sheet));
}

/**
 * The formula as it reads `rows` down and `cols` right of where it was written: relative row and
 * column parts move, `$`-anchored parts stay. A reference pushed off the sheet becomes #REF!.
 * This is what Excel does when one formula is assigned to a multi-cell range.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  const tokens = tokenize(formula);
  const refs = referenceWords(tokens);
  return tokens
    .map((t, i) => {
      if (!refs.has(i)) return t.text;
      const cell = CELL_REF.exec(t.text);
      if (cell) {
        const col = cell[1] ? columnIndex(cell[2]) : columnIndex(cell[2]) + cols;
        const row = cell[3] ? Number(cell[4]) - 1 : Number(cell[4]) - 1 + rows;
        if (col < 0 || col >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return "#REF!";
        return `${cell[1]}${columnLabel(col)}${cell[3]}${row + 1}`;
      }
      const column = COLUMN_REF.exec(t.text);
      if (column) {
        const col = column[1] ? columnIndex(column[2]) : columnIndex(column[2]) + cols;
        return col < 0 || col >= MAX_COLUMNS ? "#REF!" : `${column[1]}${columnLabel(col)}`;
      }
      const row = ROW_REF.exec(t.text);
      if (row) {
        const r = row[1] ? Number(row[2]) - 1 : Number(row[2]) - 1 + rows;
        return r < 0 || r >= MAX_ROWS ? "#REF!" : `${row[1]}${r + 1}`;
      }
      return t.text;
    })
    .join("");
}
