import { Messages } from "../locales";
import { TableAnalysis } from "./analyze";
import { BenchmarkPlan } from "./benchmarks";
import { unitRefs } from "./comparison-sheet";
import { CumulativeSheet, cumulativeRef } from "./cumulative-sheet";
import { GapAnalysis } from "./gaps";
import { HistorySheet, historyPeriodLabel, historyRefs } from "./history-sheet";
import { fill } from "./i18n";
import { MatchKey } from "./names";
import { Period } from "./period";
import { RankingSheet } from "./ranking-sheet";
import { roundTo } from "./round";
import { joinPieces, ordinal, renderPieces, signedPhrase } from "./sentence";
import { TOP_PLACES } from "./history";
import { closingPoints } from "./targets";
import { Piece, fixed } from "./text-formula";
import type { PeerCells } from "./briefing";

/** What the trend, standing and target sentences read: the sheets they quote. */
export interface TrendInput {
  readonly plan: BenchmarkPlan;
  readonly rankings: ReadonlyMap<string, RankingSheet>;
  readonly histories: readonly HistorySheet[];
  readonly cumulatives: readonly CumulativeSheet[];
  readonly peers: readonly { readonly gap: GapAnalysis; readonly cells: PeerCells }[];
  readonly bottomLine: number;
}

/** A streak needs two periods to be one (连续两期). */
const STREAK = 2;

/**
 * A count as the speech says it (连续两期: words up to ten where the locale has them), live.
 * @example countWord(["一", "两", "三"], "B5", 2) // => { expr: 'IF(AND(B5>=1,B5<=3),CHOOSE(B5,"一","两","三"),FIXED(B5,0,TRUE))', text: "两" }
 */
export function countWord(words: readonly string[], expr: string, value: number): Piece {
  if (!words.length) return fixed(expr, value, 0);
  const list = words.map((w) => `"${w}"`).join(",");
  return {
    expr: `IF(AND(${expr}>=1,${expr}<=${words.length}),CHOOSE(${expr},${list}),FIXED(${expr},0,TRUE))`,
    text: value >= 1 && value <= words.length ? words[value - 1] : String(value),
  };
}

/** Decimals a weight needs to be shown exactly (0.5 → 1, 0.25 → 2, 1 → 0). */
function weightDecimals(w: number): number {
  return String(roundTo(w, 4)).split(".")[1]?.length ?? 0;
}

/**
 * The history whose latest period is the unit's table, and the unit's row in it, or null: a
 * trend is only told of the period the briefing speaks of.
 */
function historyOf(
  input: TrendInput,
  analysis: TableAnalysis,
  key: MatchKey
): { sheet: HistorySheet; index: number } | null {
  const sheet = input.histories.find(
    (h) => h.history.periods[h.history.periods.length - 1] === analysis
  );
  if (!sheet) return null;
  const index = sheet.history.units.findIndex((u) => u.key === key);
  return index < 0 ? null : { sheet, index };
}

/**
 * The own unit's course through the year: its rank against the year's first period (较年初上升N位)
 * and its streaks of two or more periods (连续两期下降, 连续N期前三, 连续N期后十).
 * @example ownTrend(input, "我市", zhCN).map(sentenceText)
 *   // => ["我市排名较年初（1月第三）下降1位。", "我市已连续三期排名下降。"]
 */
export function ownTrend(input: TrendInput, we: string, messages: Messages): Piece[][] {
  const m = messages.briefing;
  const own = input.plan.own;
  if (!own) return [];
  const found = historyOf(input, own.analysis, own.unit.unit.key);
  if (!found) return [];
  const { sheet, index } = found;
  const h = sheet.history;
  const unit = h.units[index];
  const refs = historyRefs(sheet, unit.key);
  const n = h.periods.length;
  const periods = h.periods.map((a) => a.table.period as Period);
  const out: Piece[][] = [];
  const start = periods.findIndex((p) => p.year === periods[n - 1].year);
  const startRank = unit.ranks[start];
  const now = unit.ranks[n - 1];
  // When the year began with the previous period, the overall sentence has already said it.
  const saidAlready =
    own.unit.previousRank !== null && own.analysis.previousId === h.periods[start]?.id;
  if (start < n - 1 && startRank !== null && now !== null && !saidAlready) {
    out.push(
      renderPieces(m.yearTrend, {
        we,
        start: historyPeriodLabel(periods[start], true, messages),
        startRank: ordinal(m.ordinal, refs.rank(start), startRank),
        change: signedPhrase(
          `${refs.rank(start)}-${refs.rank(n - 1)}`,
          startRank - now,
          m.rankChange,
          0
        ),
      })
    );
  }
  const words = m.countWords;
  const s = unit.streaks;
  if (s.falling >= STREAK)
    out.push(
      renderPieces(m.fallingStreak, {
        we,
        n: countWord(words, refs.field("fallingStreak"), s.falling),
      })
    );
  if (s.topThree >= STREAK)
    out.push(
      renderPieces(m.topStreak, { we, n: countWord(words, refs.field("topStreak"), s.topThree) })
    );
  if (s.bottom >= STREAK)
    out.push(
      renderPieces(m.bottomStreak, {
        we,
        n: countWord(words, refs.field("bottomStreak"), s.bottom),
        line: String(h.bottomLine),
      })
    );
  return out;
}

/**
 * The own unit's year to date: its cumulative rank and score, and how that rank moved.
 * @example ownStanding(sampleInput, "我市", zhCN).map(sentenceText)
 *   // => ["2017年2期累计（按平均分），我市位列第二，平均分93.62分，较上期累计下降1位。"]
 */
export function ownStanding(input: TrendInput, we: string, messages: Messages): Piece[][] {
  const m = messages.briefing;
  const own = input.plan.own;
  if (!own) return [];
  const year = own.analysis.table.period?.year;
  const sheet = input.cumulatives.find(
    (c) => c.standing.level === own.analysis.level && c.standing.year === year
  );
  const unit = sheet?.standing.units.find((u) => u.key === own.unit.unit.key);
  if (!sheet || !unit) return [];
  const st = sheet.standing;
  const method = messages.cumulative.methods[st.method];
  const base = {
    year: st.year === null ? "" : fill(m.standingYear, { year: st.year }),
    n: String(st.periods.length),
    method,
    we,
  };
  if (unit.score === null || unit.rank === null)
    return [
      renderPieces(m.standingMissing, {
        ...base,
        missing: String(st.periods.length - unit.counted),
      }),
    ];
  const ref = (f: Parameters<typeof cumulativeRef>[2]) => cumulativeRef(sheet, unit.key, f);
  const params = {
    ...base,
    rank: ordinal(m.ordinal, ref("rank"), unit.rank),
    score: fixed(ref("score"), unit.score, st.decimals),
  };
  if (unit.rankChange === null) return [renderPieces(m.standing, params)];
  return [
    renderPieces(m.standingWithChange, {
      ...params,
      change: signedPhrase(ref("rankChange"), unit.rankChange, m.rankChange, 0),
    }),
  ];
}

/**
 * What it would take the own unit to move, the most pressing first: to leave the bottom-N line; a
 * tie right on it; its margin when near it; otherwise the points to the top three and to first.
 * @example ownTargets(sampleInput, "我市", zhCN).map(sentenceText)
 *   // => ["我市再提高1.09分可进入前三，提高2.03分可升至第一。"]
 */
export function ownTargets(input: TrendInput, we: string, messages: Messages): Piece[][] {
  const m = messages.briefing;
  const own = input.plan.own;
  if (!own || own.unit.rank === null) return [];
  const a = own.analysis;
  const ranking = input.rankings.get(a.id) as RankingSheet;
  const refs = unitRefs(ranking, a, own.unit);
  const c = ranking.layout.col;
  const t = ranking.targets[a.units.indexOf(own.unit)];
  const d = a.table.precision;
  const line = ranking.bottomLine;
  const field = a.units.filter((u) => u.rank !== null).length;
  const rank = own.unit.rank;
  const cell = refs.column(c.bottomLine);
  if (t.bottomLine !== null && t.bottomLine < 0)
    return [
      renderPieces(m.targetLeaveBottom, {
        we,
        points: fixed(`ABS(${cell})`, -t.bottomLine, d),
        n: String(line),
      }),
    ];
  if (t.bottomLine === 0)
    return [
      renderPieces(m.targetOnLine, {
        we,
        rank: ordinal(m.ordinal, refs.rank, rank),
        n: String(line),
      }),
    ];
  if (t.bottomLine !== null && rank > field - 2 * line)
    return [
      renderPieces(m.targetNearLine, {
        we,
        points: fixed(cell, t.bottomLine, d),
        n: String(line),
      }),
    ];
  const first = fixed(refs.column(c.gapToFirst), t.first ?? 0, d);
  if (rank > TOP_PLACES && t.topThree !== null)
    return [
      renderPieces(m.targetTopThree, {
        we,
        top: fixed(refs.column(c.topThree), t.topThree, d),
        first,
      }),
    ];
  if (rank > 1) return [renderPieces(m.targetFirst, { we, first })];
  return [];
}

/**
 * For a benchmark the own unit trails, what its main part is worth and what that part alone would
 * need (八办两组每提高1分，总分提高0.5分；仅靠八办两组追平汉中，需提高4.06分), or null. The weight is
 * the comparison sheet's weight cell; the points are its closing cell.
 */
export function peerTarget(
  peer: { readonly gap: GapAnalysis; readonly cells: PeerCells },
  short: (header: string) => string,
  messages: Messages
): Piece[] | null {
  const m = messages.briefing;
  const { gap: g, cells } = peer;
  if (g.totalGap === null || g.totalGap >= 0 || !g.main) return null;
  const i = g.terms.indexOf(g.main);
  const t = g.main;
  const points = closingPoints(g)[i];
  if (t.column.role === "deduction" || t.weight <= 0 || points === null) return null;
  const part = short(t.column.header);
  return renderPieces(m.partTarget, {
    part,
    weight: fixed(cells.weights[i], t.weight, weightDecimals(t.weight)),
    benchmark: g.benchmark.unit.name,
    points: fixed(cells.closing[i], points, g.decimals),
  });
}

/**
 * The own unit's members on a streak of two or more: falling, or inside the bottom-N line.
 * @example memberTrends(monthsInput, zhCN).map(sentenceText)
 *   // => ["汉滨区已连续三期排名下降；…。", "石泉县已连续四期处于全省后10位；…。"]
 */
export function memberTrends(input: TrendInput, messages: Messages): Piece[][] {
  const m = messages.briefing;
  const group = input.plan.members;
  if (!group) return [];
  const sheet = input.histories.find(
    (h) => h.history.periods[h.history.periods.length - 1] === group.analysis
  );
  if (!sheet) return [];
  const byKey = new Map(sheet.history.units.map((u) => [u.key, u]));
  const words = m.countWords;
  const falling: Piece[][] = [];
  const bottom: Piece[][] = [];
  for (const u of group.units) {
    const h = byKey.get(u.unit.key);
    if (!h) continue;
    const refs = historyRefs(sheet, h.key);
    if (h.streaks.falling >= STREAK)
      falling.push(
        renderPieces(m.fallingItem, {
          name: u.unit.name,
          n: countWord(words, refs.field("fallingStreak"), h.streaks.falling),
        })
      );
    if (h.streaks.bottom >= STREAK)
      bottom.push(
        renderPieces(m.bottomItem, {
          name: u.unit.name,
          n: countWord(words, refs.field("bottomStreak"), h.streaks.bottom),
          line: String(sheet.history.bottomLine),
        })
      );
  }
  return [falling, bottom]
    .filter((items) => items.length)
    .map((items) => renderPieces(m.items, { items: joinPieces(items, m.itemSeparator) }));
}
