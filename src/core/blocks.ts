import { isNameHeader } from "./column-roles";
import { HeaderBlock } from "./header-detect";
import { compactText } from "./text";

/**
 * Where a bulletin printed in side-by-side blocks starts each block: the header names the unit
 * column more than once, and the headers that follow each name repeat the first block's
 * ("序号 县区 得分 名次 | 序号 县区 得分 名次"). Null for a plain table, and for a unit column
 * beside its parent (市州 | 县市区), whose headers do not repeat.
 * @example headers ["序号","县区","得分","","序号","县区","得分"] → [0, 4]
 */
export function findBlocks(block: HeaderBlock): number[] | null {
  const last = block.pieces.map((p) => compactText(p[p.length - 1] ?? ""));
  const names = last.map((t, c) => (t !== "" && isNameHeader(t) ? c : -1)).filter((c) => c >= 0);
  if (names.length < 2) return null;
  const first = last.findIndex((t) => t !== "");
  const lead = names[0] - first;
  const starts = names.map((n) => n - lead);
  if (starts.some((s, i) => s < 0 || (i > 0 && s <= starts[i - 1]))) return null;
  const span = starts[1] - starts[0];
  for (let b = 1; b < starts.length; b++) {
    let matched = 0;
    for (let j = 0; j < span; j++) {
      const a = last[starts[0] + j];
      const here = last[starts[b] + j] ?? "";
      // A spacer column between blocks may be blank in one and missing in the last.
      if (a === "") continue;
      if (a !== here) return null;
      matched += 1;
    }
    if (matched < 2) return null;
  }
  return starts;
}
