/**
 * City rows inside a county table. Some bulletins list the counties city by city, each city on a
 * row of its own above its counties: with no score (a label), or with the city's own score, the
 * average (or sum) of its counties'. Such a row is not a county to rank: it names the group the
 * rows below it belong to, as a section row does.
 *
 * A row is taken for one only on evidence, in a table where two or more rows name counties (县, 区,
 * 旗):
 * - its name is a city's (市, 州, 盟, 地区) and the rows below it name it in their 所属市 column; or
 * - its score is the average or the sum, at the table's precision, of the two or more rows right
 *   below it, up to the next such name or the table's end, a county among them; or
 * - it has no score, a scored row follows it, and a county is among the rows up to the next such
 *   row or the table's end.
 * The last two are taken only when the table has at least two such rows, and only the more common
 * of the two (every city has a county; a bulletin writes its cities' rows one way): one
 * county-level city (临夏市, 韩城市) whose score happens to be the average of the rows below it, or
 * whose scores are missing, stays a unit, and so does a table of cities.
 */
import { Decimals, toScaled } from "./round";
import { MatchKey } from "./names";
import { COUNTY_NAME, GROUP_NAME } from "./vocabulary";

/** One data row of a table, as the group test needs it. */
export interface GroupTestRow {
  /** The row's name, compacted; "" for a row without one. */
  readonly name: string;
  /** Its total (or its parts summed, without a total column); null without any score. */
  readonly score: number | null;
  /** Its name as a match key. */
  readonly key: MatchKey;
  /** The match key of its 所属市 cell; null without that column or with the cell blank. */
  readonly parentKey: MatchKey | null;
}

/** A city rarely has more counties than this: a group is looked for no further. */
const MAX_GROUP = 60;

/**
 * The indexes of `rows` that are city rows of their counties, with whether each has a score.
 * @example groupRows([{ name: "汉中市", score: 85, … }, { name: "汉台区", score: 86, … }, { name: "南郑区", score: 84, … }, …])
 *   // => Map { 0 => "scored" }
 */
export function groupRows(
  rows: readonly GroupTestRow[],
  decimals: Decimals
): Map<number, "scored" | "label"> {
  const found = new Map<number, "scored" | "label">();
  const isCounty = rows.map((r) => COUNTY_NAME.test(r.name));
  if (isCounty.filter(Boolean).length < 2) return found;
  const isCity = rows.map((r, i) => GROUP_NAME.test(r.name) && !isCounty[i]);
  /** Whether a county (县, 区, 旗) is among rows `from` to `to`: every city has one. */
  const countyIn = (from: number, to: number) => isCounty.slice(from, to + 1).includes(true);
  // Rows taken on their name and score alone, kept only if the table has two or more in all.
  const weak = new Map<number, "scored" | "label">();
  // The rows up to here belong to the last city row taken on its average: a county-level city
  // among them is one of its counties, even if its own score happens to match the rows below it.
  let inGroup = -1;
  // The named row before this one: a city right below a city's row is one of its counties.
  let previous = -1;
  rows.forEach((row, i) => {
    const after = previous;
    if (row.name !== "") previous = i;
    if (!isCity[i] || i <= inGroup || found.has(after) || weak.has(after)) return;
    let n = i + 1;
    while (n < rows.length && rows[n].name === "") n++;
    const next = n < rows.length ? rows[n] : null;
    if (row.parentKey === null && next?.parentKey != null && next.parentKey === row.key) {
      found.set(i, row.score === null ? "label" : "scored");
      return;
    }
    if (row.score === null) {
      // Its counties run to the next city's label (a row with a city's name and no score).
      let end = n;
      while (end < rows.length && !(isCity[end] && rows[end].score === null)) end++;
      if (next && next.score !== null && countyIn(n, end - 1)) weak.set(i, "label");
      return;
    }
    const last = lastOfGroup(rows, isCity, i, decimals);
    if (last >= 0 && countyIn(i + 1, last)) {
      weak.set(i, "scored");
      inGroup = last;
    }
  });
  // A bulletin writes its cities' rows one way: with the cities' scores, or as labels. The other
  // kind, when there are fewer of it, is county-level cities after all.
  const count = (kind: "scored" | "label") => [...weak.values()].filter((k) => k === kind).length;
  const [scored, labels] = [count("scored"), count("label")];
  const kind = scored > labels ? "scored" : labels > scored ? "label" : null;
  const taken = [...weak].filter(([, k]) => k === kind);
  if (found.size + taken.length < 2) return found;
  return new Map([...found, ...taken].sort((a, b) => a[0] - b[0]));
}

/**
 * The last row of row `i`'s group when its score is the average or the sum of the scored rows
 * right below it, two or more, ending where a city's name or the table's end follows (the first
 * such end that fits); -1 when it is neither.
 */
function lastOfGroup(
  rows: readonly GroupTestRow[],
  isCity: readonly boolean[],
  i: number,
  decimals: Decimals
): number {
  const target = toScaled(rows[i].score as number, decimals);
  let sum = 0;
  let count = 0;
  for (let j = i + 1; j < rows.length && j <= i + MAX_GROUP; j++) {
    // A blank row inside a group is passed over; a row without a score ends the search.
    if (rows[j].name === "") continue;
    const score = rows[j].score;
    if (score === null) return -1;
    sum += toScaled(score, decimals);
    count += 1;
    let n = j + 1;
    while (n < rows.length && rows[n].name === "") n++;
    const boundary = n >= rows.length || isCity[n];
    if (count >= 2 && boundary) {
      const half = Math.floor((2 * Math.abs(sum) + count) / (2 * count));
      const mean = sum < 0 ? -half : half;
      if (mean === target || sum === target) return j;
    }
  }
  return -1;
}
