import { CellArea, Grid, cellAt, cellText } from "./cells";
import { mergedText } from "./header-detect";
import { isScoreLike } from "./parse-score";
import { compactText, trimText } from "./text";
import { NOTE_ROW, SECTION_ROW, SUMMARY_ROW } from "./vocabulary";

/**
 * The label of a section row inside a table ("一类县（区）", "二、非贫困县", "（一）城区"): a row with
 * no number and one text, written once or merged across, that reads as a section. Null for any
 * other row. Units below it, up to the next section row, form a group.
 */
export function sectionLabel(
  grid: Grid,
  merges: readonly CellArea[] | undefined,
  row: number,
  width: number
): string | null {
  let label = "";
  let cells = 0;
  for (let c = 0; c < width; c++) {
    const v = cellAt(grid, row, c);
    if (isScoreLike(v)) return null;
    const t = mergedText(grid, merges, row, c);
    if (t === "") continue;
    if (label !== "" && t !== label) return null;
    label = t;
    cells += 1;
  }
  if (label === "") return null;
  const compact = compactText(label);
  if (NOTE_ROW.test(compact) || SUMMARY_ROW.test(compact)) return null;
  const spread =
    cells > 1 ||
    (merges ?? []).some((m) => m.top <= row && m.bottom >= row && m.right > m.left) ||
    cellText(cellAt(grid, row, 0)) !== "";
  return SECTION_ROW.test(compact) || (spread && compact.length <= 20 && /[类组档片]/.test(compact))
    ? trimText(label)
    : null;
}
