import { columnLabel } from "./address";
import { CellValue, cellText } from "./cells";
import { isScoreLike, parseScore } from "./parse-score";
import { ColumnRole, TableColumn } from "./table";
import { compactText } from "./text";
import { FLAG_NO, FLAG_YES, GRADE_VALUE, HEADER, HEADER_WEIGHT } from "./vocabulary";

/** Numeric columns whose header says they are not scores (a contact list's phone numbers). */
const NOT_A_SCORE =
  /电话|手机|号码|邮编|人数|户数|人口|面积|年份|编码|代码|金额|万元|亿元|比例|占比|率$|身份证|日期|时间/;

/** Words that may stand beside 排名 in the total's rank header (全省排名, 综合名次). */
const RANK_NEUTRAL = /全省|全市|全区|全州|综合|总|考核|最终|结果|得分|\(.*\)/g;

/** What a column's data cells look like, over the table's candidate rows. */
export interface ColumnStats {
  readonly nonBlank: number;
  readonly numeric: number;
  readonly flagMarks: number;
  readonly flagYes: number;
  /** Cells holding a grade word (优秀, 良好, 一般, 较差, A …). */
  readonly grades: number;
  readonly medianAbs: number;
  /** Numbers that are whole, from 1 up to about the row count, mostly distinct: a 序号 or 名次. */
  readonly ordinal: boolean;
  /** Distinct texts among the non-numeric cells. */
  readonly distinctTexts: number;
}

export function columnStats(cells: readonly CellValue[]): ColumnStats {
  let nonBlank = 0;
  let numeric = 0;
  let flagMarks = 0;
  let flagYes = 0;
  let grades = 0;
  let whole = true;
  const magnitudes: number[] = [];
  const texts = new Set<string>();
  for (const cell of cells) {
    if (typeof cell === "number") {
      // The common case, without any text work.
      nonBlank += 1;
      numeric += 1;
      magnitudes.push(Math.abs(cell));
      if (!Number.isInteger(cell) || cell < 1) whole = false;
      if (cell === 1 || cell === 0) {
        flagMarks += 1;
        if (cell === 1) flagYes += 1;
      }
      continue;
    }
    const text = cellText(cell);
    if (text === "") continue;
    const p = parseScore(cell);
    if (p.kind === "empty") continue;
    nonBlank += 1;
    if (p.kind === "number" || p.kind === "repaired") {
      numeric += 1;
      magnitudes.push(Math.abs(p.value));
      if (!Number.isInteger(p.value) || p.value < 1) whole = false;
      continue;
    }
    // Flag marks and grades are a few characters at most (是, √, 优秀); longer text is a name.
    texts.add(text);
    if (text.length > 6) continue;
    const t = compactText(text);
    if (FLAG_YES.test(t)) {
      flagMarks += 1;
      flagYes += 1;
    } else if (FLAG_NO.test(t)) flagMarks += 1;
    else if (GRADE_VALUE.test(t)) grades += 1;
  }
  const sorted = Float64Array.from(magnitudes).sort();
  const medianAbs = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
  let distinctNumbers = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinctNumbers += 1;
  const ordinal =
    whole &&
    numeric >= 3 &&
    numeric === nonBlank &&
    sorted[sorted.length - 1] <= numeric + 5 &&
    distinctNumbers * 10 >= numeric * 7;
  return {
    nonBlank,
    numeric,
    flagMarks,
    flagYes,
    grades,
    medianAbs,
    ordinal,
    distinctTexts: texts.size,
  };
}

/** Whether a flag-cell value puts a unit in the group. */
export function isFlagYes(cell: CellValue): boolean {
  return FLAG_YES.test(compactText(cellText(cell)));
}

/**
 * The weight a header states for its column, as a fraction; null without one.
 * @example headerWeight("日常考核（40%）") // => 0.4
 * @example headerWeight("年终考核(权重0.6)") // => 0.6
 */
export function headerWeight(header: string): number | null {
  const m = HEADER_WEIGHT.exec(compactText(header));
  if (!m) return null;
  const w = m[1] !== undefined ? Number(m[1]) / 100 : Number(m[2]);
  return w > 0 && w <= 1 ? w : null;
}

/** Whether a header names the unit column (县（区）, 市州, 单位名称 …), not a parent (所属市). */
export function isNameHeader(text: string): boolean {
  const t = compactText(text);
  return HEADER.name.test(t) && !HEADER.parent.test(t);
}

/**
 * Gives each column a role from its header words and what its cells hold. `pieces` are the header
 * texts top to bottom, so a sub-header "其中：加分" is seen even under a group header. Another
 * unit-level column beside the unit column (市州 beside 县市区) is the parent when its names repeat.
 */
export function assignRoles(
  headers: readonly string[],
  pieces: readonly (readonly string[])[],
  stats: readonly ColumnStats[],
  nameCol: number
): TableColumn[] {
  const roles: ColumnRole[] = headers.map(() => "ignore");
  const addend: boolean[] = headers.map(() => true);
  const weights: (number | null)[] = headers.map(() => null);
  let rankSeen = false;
  for (let c = 0; c < headers.length; c++) {
    const h = compactText(headers[c]);
    const last = compactText(pieces[c][pieces[c].length - 1] ?? "");
    const s = stats[c];
    const mostlyNumeric = s.nonBlank > 0 && s.numeric * 2 >= s.nonBlank;
    if (c === nameCol) roles[c] = "name";
    else if (h === "" && s.nonBlank === 0) roles[c] = "ignore";
    else if (HEADER.seq.test(h) || HEADER.seq.test(last)) roles[c] = "seq";
    else if (HEADER.parent.test(h) || HEADER.parent.test(last)) roles[c] = "parent";
    else if (pieces[c].some(isNameHeader) && !mostlyNumeric)
      roles[c] = s.distinctTexts * 10 < s.nonBlank * 8 ? "parent" : "ignore";
    else if (HEADER.rank.test(last)) {
      // The printed rank of the total; a part's rank (交叉检查排名) or last period's is not it.
      const rest = h.replace(HEADER.rank, "").replace(RANK_NEUTRAL, "");
      const main = !rankSeen && rest === "" && !HEADER.previousRank.test(h);
      roles[c] = main ? "rank" : "ignore";
      if (main) rankSeen = true;
    } else if (
      s.flagYes > 0 &&
      s.flagMarks === s.nonBlank &&
      (HEADER.flag.test(h) || s.numeric < s.nonBlank)
    ) {
      roles[c] = "flag";
    } else if (
      s.grades > 0 &&
      s.numeric * 2 < s.nonBlank &&
      (HEADER.grade.test(h) || s.grades * 10 >= s.nonBlank * 8)
    ) {
      roles[c] = "grade";
    } else if (h === "" && s.ordinal) {
      // No header: a run of whole numbers left of the names is a 序号, right of them a 名次.
      roles[c] = c < nameCol ? "seq" : rankSeen ? "ignore" : "rank";
      if (roles[c] === "rank") rankSeen = true;
    } else if (
      mostlyNumeric &&
      !NOT_A_SCORE.test(h) &&
      !HEADER.change.test(h) &&
      s.medianAbs < 100000
    ) {
      if (HEADER.total.test(last) || (HEADER.total.test(h) && !HEADER.bonus.test(last)))
        roles[c] = "total";
      else if (HEADER.deduction.test(last)) roles[c] = "deduction";
      else if (HEADER.bonus.test(last) && !HEADER.includesBonus.test(last)) {
        roles[c] = "bonus";
        const prev = c > 0 ? compactText(headers[c - 1]) : "";
        addend[c] = !(HEADER.breakdown.test(last) || HEADER.includesBonus.test(prev));
      } else {
        roles[c] = "part";
        weights[c] = headerWeight(headers[c]);
      }
    }
  }
  // A part's raw score beside its converted figure under one group header that states its weight
  // ("日常考核（40%）" over 得分 | 折合分): the figure is what the total adds, already weighted; the
  // raw score is shown, not added.
  for (let c = 0; c < headers.length; c++) {
    const group = pieces[c].slice(0, -1).join(" ");
    const last = compactText(pieces[c][pieces[c].length - 1] ?? "");
    if (roles[c] !== "part" || group === "" || !HEADER.converted.test(last)) continue;
    if (headerWeight(group) === null) continue;
    weights[c] = null;
    for (let d = 0; d < headers.length; d++)
      if (d !== c && roles[d] === "part" && pieces[d].slice(0, -1).join(" ") === group) {
        roles[d] = "ignore";
        weights[d] = null;
      }
  }
  // Only the first printed total is the total; a second is a part (e.g. a sub-total) no longer.
  let totalSeen = false;
  roles.forEach((r, c) => {
    if (r !== "total") return;
    if (totalSeen) roles[c] = "ignore";
    totalSeen = true;
  });
  return headers.map((header, index) => ({
    index,
    header: header === "" ? `${columnLabel(index)}列` : header,
    role: roles[index],
    addend: addend[index],
    weight: weights[index],
  }));
}

/** Whether a cell reads as a score (for telling data rows from the rest). */
export { isScoreLike };
