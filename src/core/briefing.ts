import { Messages } from "../locales";
import { columnRange, sheetRef } from "./address";
import { TableAnalysis, UnitResult } from "./analyze";
import { BenchmarkPlan } from "./benchmarks";
import { UnitRefs, unitRefs } from "./comparison-sheet";
import { GapAnalysis } from "./gaps";
import { fill, periodLabel } from "./i18n";
import { OUTPUT_MARKER } from "./output-sheets";
import { Period } from "./period";
import { RankingSheet } from "./ranking-sheet";
import { scaleOf, toScaled } from "./round";
import { joinPieces, ordinal, renderPieces, signedPhrase } from "./sentence";
import { ChartPlan, FORMAT, PlanCell, SheetPlan, scoreFormat } from "./sheet-plan";
import { memberTrends, ownStanding, ownTargets, ownTrend, peerTarget } from "./briefing-trends";
import { CumulativeSheet } from "./cumulative-sheet";
import { HistorySheet } from "./history-sheet";
import { hasBottomLine } from "./history";
import { Piece, fixed, percent, sentenceCell, sentenceText } from "./text-formula";

export interface BriefingInput {
  readonly plan: BenchmarkPlan;
  readonly analyses: readonly TableAnalysis[];
  readonly rankings: ReadonlyMap<string, RankingSheet>;
  /** Same-level comparisons, with the sheet each was written to and its key cells. */
  readonly peers: readonly {
    readonly gap: GapAnalysis;
    readonly sheet: string;
    readonly cells: PeerCells;
  }[];
  readonly models: readonly { readonly sheet: string }[];
  readonly bottomLine: number;
  readonly bonusRankLine: number;
  /** Rank histories and cumulative rankings, for the trend, year-to-date and target sentences. */
  readonly histories: readonly HistorySheet[];
  readonly cumulatives: readonly CumulativeSheet[];
  readonly otherSheets: readonly string[];
}

/** Where a peer comparison sheet keeps the values the briefing quotes. */
export interface PeerCells {
  readonly totalGap: string;
  readonly main: string;
  /** Weighted gap and share of each term, in term order. */
  readonly weighted: readonly string[];
  readonly shares: readonly string[];
  /** Each term's weight, and the points that term alone needs to close the gap. */
  readonly weights: readonly string[];
  readonly closing: readonly string[];
  /**
   * The what-if cells: where the analyst types expected scores, each term's scenario score, the
   * scenario total and rank. The briefing never refers to them.
   */
  readonly scenario: {
    readonly inputs: readonly string[];
    readonly terms: readonly string[];
    readonly total: string;
    readonly rank: string;
  };
}

export interface Briefing {
  readonly plan: SheetPlan;
  readonly sentences: readonly string[];
}

/** "八办两组得分" → "八办两组", "省扶贫办月通报 得分（含加分）" → "省扶贫办月通报": as a speaker says it. */
export function shortHeader(header: string): string {
  const short = header
    .replace(/[（(][^）)]*[）)]\s*$/, "")
    .replace(/\s*(得分|分数|分值|评分)$/, "")
    .trim();
  return short === "" ? header : short;
}

/** How the briefing names the own unit: 我市, 我县, 我区, 本单位. */
export function we(
  name: string,
  level: TableAnalysis["levelKind"],
  m: Messages["briefing"]
): string {
  if (level === "city" || /市$/.test(name)) return m.weCity;
  if (/区$/.test(name)) return m.weDistrict;
  if (level === "county" || /县$/.test(name)) return m.weCounty;
  return m.weOther;
}

function shortPeriod(p: Period | null, current: Period | null, messages: Messages): string {
  if (!p) return messages.briefing.previousPeriod;
  if (current && p.year === current.year && p.kind === "quarter") {
    return fill(messages.briefing.quarterShort, {
      n: messages.period.quarterNumerals[p.index - 1],
    });
  }
  return periodLabel(p, messages);
}

/** The live expression and value of a number on a sheet. */
const live = (expr: string, value: number, decimals: number): Piece => fixed(expr, value, decimals);

function overall(input: BriefingInput, messages: Messages): Piece[][] {
  const m = messages.briefing;
  const own = input.plan.own;
  if (!own || own.unit.rank === null) return [];
  const a = own.analysis;
  const ranking = input.rankings.get(a.id) as RankingSheet;
  const refs = unitRefs(ranking, a, own.unit);
  const style = m.ordinal;
  const out: Piece[][] = [];
  const rank = ordinal(style, refs.rank, own.unit.rank);
  const base = {
    period: periodLabel(a.table.period, messages),
    we: we(own.unit.unit.name, a.levelKind, m),
    rank,
  };
  const prevTable = input.analyses.find((x) => x.id === a.previousId);
  if (
    own.unit.previousRank !== null &&
    own.unit.rankChange !== null &&
    refs.previousRank &&
    refs.rankChange
  ) {
    out.push(
      render(m.overallWithPrevious, {
        ...base,
        previous: shortPeriod(prevTable?.table.period ?? null, a.table.period, messages),
        change: signedPhrase(refs.rankChange, own.unit.rankChange, m.rankChange, 0),
        previousRank: ordinal(style, refs.previousRank, own.unit.previousRank),
      })
    );
  } else out.push(render(m.overall, base));
  const parts = a.table.columns.filter((c) => c.role === "part");
  const items = parts
    .map((c, i) => ({ c, i, r: own.unit.partRanks[i] }))
    .filter((x) => x.r !== null)
    .map((x) =>
      render(m.partItem, {
        part: shortHeader(x.c.header),
        rank: ordinal(style, refs.partRank(x.c) as string, x.r as number),
      })
    );
  if (items.length > 1) out.push(render(m.parts, { list: joinPieces(items, m.separator) }));
  // How it got here over the year, where it stands year to date, and what it would take to move.
  const speaker = base.we;
  out.push(...ownTrend(input, speaker, messages));
  out.push(...ownStanding(input, speaker, messages));
  out.push(...ownTargets(input, speaker, messages));
  return out;
}

const render = renderPieces;

function benchmarks(input: BriefingInput, messages: Messages): Piece[][] {
  const m = messages.briefing;
  const out: Piece[][] = [];
  for (const { gap: g, cells } of input.peers) {
    if (g.totalGap === null) continue;
    if (g.totalGap === 0 || !g.main) {
      out.push(render(m.peerEqual, { benchmark: g.benchmark.unit.name }));
      continue;
    }
    const i = g.terms.indexOf(g.main);
    out.push(
      render(g.totalGap < 0 ? m.peerBehind : m.peerAhead, {
        benchmark: g.benchmark.unit.name,
        gap: signedPhrase(cells.totalGap, g.totalGap, m.pointsGap, g.decimals),
        main: { expr: cells.main, text: g.main.column.header },
        weighted: fixed(
          `ABS(${cells.weighted[i]})`,
          Math.abs(g.main.weighted as number),
          g.decimals
        ),
        share: g.main.share === null ? "" : percent(cells.shares[i], g.main.share),
      })
    );
    const target = peerTarget({ gap: g, cells }, shortHeader, messages);
    if (target) out.push(target);
  }
  const own = input.plan.own;
  if (own && own.unit.rank !== null && own.unit.rank > 1) {
    const first = own.analysis.units[0];
    const already = input.peers.some((p) => p.gap.benchmark.unit.key === first.unit.key);
    if (!already && own.unit.gapToFirst !== null) {
      const gapCell = gapToFirstRef(input, own.analysis, own.unit);
      out.push(
        render(m.first, {
          first: first.unit.name,
          gap: live(gapCell, own.unit.gapToFirst, own.analysis.table.precision),
        })
      );
    }
  }
  return out;
}

function gapToFirstRef(input: BriefingInput, a: TableAnalysis, u: UnitResult): string {
  const r = input.rankings.get(a.id) as RankingSheet;
  return unitRefs(r, a, u).column(r.layout.col.gapToFirst);
}

function members(input: BriefingInput, messages: Messages): Piece[][] {
  const m = messages.briefing;
  const group = input.plan.members;
  const own = input.plan.own;
  if (!group || !own) return [];
  const a = group.analysis;
  const ranking = input.rankings.get(a.id) as RankingSheet;
  const style = m.ordinal;
  const ranked = group.units.filter((u) => u.rank !== null);
  if (ranked.length === 0) return [];
  const refs = new Map<UnitResult, UnitRefs>(ranked.map((u) => [u, unitRefs(ranking, a, u)]));
  const ref = (u: UnitResult) => refs.get(u) as UnitRefs;
  const totalRange = sheetRef(
    ranking.layout.sheet,
    columnRange(ranking.layout.col.total, ranking.layout.firstRow, ranking.layout.lastRow, {
      row: true,
      col: true,
    })
  );
  const fieldSize = a.units.filter((u) => u.rank !== null).length;
  const out: Piece[][] = [];
  const best = ranked[0];
  const worst = ranked[ranked.length - 1];
  out.push(
    render(m.membersBestWorst, {
      total: { expr: `FIXED(COUNT(${totalRange}),0,TRUE)`, text: String(fieldSize) },
      parent: own.unit.unit.name,
      count: String(ranked.length),
      best: best.unit.name,
      bestRank: ordinal(style, ref(best).rank, best.rank as number),
      worst: worst.unit.name,
      worstRank: ordinal(style, ref(worst).rank, worst.rank as number),
    })
  );
  const moved = ranked.filter((u) => u.rankChange !== null);
  const rose = moved.reduce<UnitResult | null>(
    (acc, u) => ((u.rankChange as number) > (acc?.rankChange ?? 0) ? u : acc),
    null
  );
  const fell = moved.reduce<UnitResult | null>(
    (acc, u) => ((u.rankChange as number) < (acc?.rankChange ?? 0) ? u : acc),
    null
  );
  if (rose && fell) {
    out.push(
      render(m.membersMove, {
        rose: rose.unit.name,
        roseBy: signedPhrase(
          ref(rose).rankChange as string,
          rose.rankChange as number,
          m.rankChange,
          0
        ),
        fell: fell.unit.name,
        fellBy: signedPhrase(
          ref(fell).rankChange as string,
          fell.rankChange as number,
          m.rankChange,
          0
        ),
      })
    );
  } else if (rose || fell) {
    const u = (rose ?? fell) as UnitResult;
    out.push(
      render(m.membersMoveOne, {
        unit: u.unit.name,
        by: signedPhrase(ref(u).rankChange as string, u.rankChange as number, m.rankChange, 0),
      })
    );
  }
  // The bottom line: the last `bottomLine` places of the whole field.
  const line = input.bottomLine;
  const lineRank = fieldSize - line + 1;
  const d = a.table.precision;
  const sortedCents = a.units
    .filter((u) => u.total !== null)
    .map((u) => toScaled(u.total as number, d))
    .sort((x, y) => y - x);
  const lineCents = sortedCents[lineRank - 1];
  // A field smaller than twice the line has none (后十位 of 11 cities is nearly all of them).
  const hasLine = hasBottomLine(fieldSize, line);
  const inside = hasLine ? ranked.filter((u) => (u.rank as number) >= lineRank) : [];
  if (inside.length) {
    out.push(
      render(m.inBottom, {
        names: joinPieces(
          inside.map((u) =>
            render(m.unitAtRank, {
              name: u.unit.name,
              rank: ordinal(style, ref(u).rank, u.rank as number),
            })
          ),
          m.separator
        ),
        n: String(line),
      })
    );
    // What each would need to leave it (再提高0.44分即可退出后十位).
    const leave = inside.flatMap((u) => {
      const t = ranking.targets[a.units.indexOf(u)];
      if (t.bottomLine === null || t.bottomLine >= 0) return [];
      const cell = ref(u).column(ranking.layout.col.bottomLine);
      return [
        render(m.leaveItem, {
          name: u.unit.name,
          points: live(`ABS(${cell})`, -t.bottomLine, d),
          n: String(line),
        }),
      ];
    });
    if (leave.length) out.push(render(m.items, { items: joinPieces(leave, m.itemSeparator) }));
  }
  const near = ranked.filter(
    (u) => hasLine && (u.rank as number) < lineRank && (u.rank as number) >= lineRank - line
  );
  for (const u of near) {
    if (lineCents === undefined) break;
    const gap = (toScaled(u.total as number, d) - lineCents) / scaleOf(d);
    if (gap === 0) {
      // Tied with the unit at the line: not inside, but any point lost puts it there.
      out.push(
        render(m.onLine, {
          name: u.unit.name,
          rank: ordinal(style, ref(u).rank, u.rank as number),
          n: String(line),
        })
      );
      continue;
    }
    out.push(
      render(m.nearLine, {
        name: u.unit.name,
        rank: ordinal(style, ref(u).rank, u.rank as number),
        n: String(line),
        gap: live(
          `ROUND(${ref(u).total}-LARGE(${totalRange},COUNT(${totalRange})-${line}+1),${d})`,
          gap,
          d
        ),
      })
    );
  }
  // Rank without bonus: who would fall past the line, who would be last.
  const rankWithout = (u: UnitResult) =>
    ref(u).column(ranking.layout.col.rankWithoutBonus as number);
  if (ranking.layout.col.rankWithoutBonus !== null) {
    const fall = ranked.filter(
      (u) =>
        (u.rank as number) <= input.bonusRankLine &&
        u.rankWithoutBonus !== null &&
        u.rankWithoutBonus > input.bonusRankLine
    );
    if (fall.length) {
      out.push(
        render(m.bonusFall, {
          names: fall.map((u) => u.unit.name).join(m.separator),
          line: String(input.bonusRankLine),
          ranks: joinPieces(
            fall.map((u) => [live(rankWithout(u), u.rankWithoutBonus as number, 0)]),
            m.separator
          ),
        })
      );
    }
    const totals = a.units.map((u) => u.total);
    for (const u of ranked) {
      if (!u.bonus || u.total === null || u.rankWithoutBonus === null) continue;
      const reduced = toScaled(u.total, d) - toScaled(u.bonus, d);
      const others = totals
        .filter((t, i) => t !== null && a.units[i] !== u)
        .map((t) => toScaled(t as number, d));
      if (others.some((t) => t < reduced)) continue;
      const tied = others.some((t) => t === reduced);
      const bonusCells = ranking.layout.col.bonuses.map((c) => `N(${ref(u).column(c)})`);
      out.push(
        render(m.bonusLast, {
          name: u.unit.name,
          bonus: live(`SUM(${bonusCells.join(",")})`, u.bonus, d),
          tie: tied ? m.tied : "",
        })
      );
    }
  }
  // Standing within each flag group (深度贫困县).
  a.table.columns
    .filter((c) => c.role === "flag")
    .forEach((col, f) => {
      const mine = ranked.filter(
        (u) => u.unit.flags[f] && u.groupRanks.some((g) => g.kind === "flag" && g.flagIndex === f)
      );
      if (!mine.length) return;
      const gr = (u: UnitResult) =>
        u.groupRanks.find(
          (g) => g.kind === "flag" && g.flagIndex === f
        ) as UnitResult["groupRanks"][number];
      const size = gr(mine[0]).size;
      const ranks = mine.map((u) => gr(u).rank).sort((x, y) => x - y);
      const bottom = ranks.every((r, i) => r === size - ranks.length + 1 + i);
      const top = ranks.every((r, i) => r === i + 1);
      out.push(
        render(m.group, {
          size: String(size),
          group: col.header,
          parent: own.unit.unit.name,
          count: String(mine.length),
          ranks: joinPieces(
            mine
              .sort((x, y) => gr(x).rank - gr(y).rank)
              .map((u) => [live(ref(u).flagRanks[f], gr(u).rank, 0)]),
            m.separator
          ),
          tail:
            bottom && ranks.length < size
              ? fill(m.groupBottom, { k: ranks.length })
              : top && ranks.length < size
                ? fill(m.groupTop, { k: ranks.length })
                : "",
        })
      );
    });
  out.push(...memberTrends(input, messages));
  for (const model of input.models) out.push(render(m.modelSheet, { sheet: model.sheet }));
  return out;
}

function wrapHeight(text: string, width: number): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return Math.max(1, Math.ceil(units / (width * 1.1))) * 15 + 6;
}

const TEXT_WIDTH = 90;

/**
 * The briefing (简报): short paragraphs in the order the speech follows — overall standing, the
 * benchmarks, the counties, the appendix — each a live formula whose numbers come from the ranking
 * and comparison sheets; then a chart of the totals with the own units highlighted and a chart of
 * the term gaps against each benchmark, their data below.
 */
export function planBriefing(name: string, input: BriefingInput, messages: Messages): Briefing {
  const m = messages.briefing;
  const own = input.plan.own;
  const current = own?.analysis ?? input.analyses[input.analyses.length - 1];
  const title = fill(m.title, {
    period: periodLabel(current?.table.period ?? null, messages),
  }).trim();
  const rows: PlanCell[][] = [
    [{ value: title, style: "title" }],
    [
      {
        value: `${OUTPUT_MARKER}${fill(messages.sheets.marker, { source: m.sources })}`,
        style: "subtitle",
      },
    ],
  ];
  const heights: (number | undefined)[] = [28, undefined];
  const sentences: string[] = [];
  const section = (heading: string, paragraphs: Piece[][]) => {
    if (!paragraphs.length) return;
    rows.push([{ value: heading, style: "section" }]);
    heights.push(22);
    for (const p of paragraphs) {
      const cell = sentenceCell(p);
      rows.push([cell]);
      heights.push(wrapHeight(String(cell.value), TEXT_WIDTH));
      sentences.push(sentenceText(p));
    }
  };
  if (!own) {
    section(m.sections.overall, [[m.noOwnUnit]]);
  }
  section(m.sections.overall, overall(input, messages));
  section(m.sections.benchmark, benchmarks(input, messages));
  section(m.sections.members, members(input, messages));
  const appendix = [
    ...input.peers.map((p) => p.sheet),
    ...input.models.map((x) => x.sheet),
    ...input.otherSheets,
  ];
  if (appendix.length)
    section(m.sections.appendix, [[fill(m.appendix, { sheets: appendix.join(m.separator) })]]);

  // Charts sit below the text, their data below them: the totals of the own unit's level and of
  // its members' level (own units highlighted), then the term gaps against each benchmark.
  const charts: ChartPlan[] = [];
  const totalsCharts: { analysis: TableAnalysis; keys: Set<string>; rows: number }[] = [];
  if (own)
    totalsCharts.push({ analysis: own.analysis, keys: new Set([own.unit.unit.key]), rows: 18 });
  const group = input.plan.members;
  if (own && group) {
    const keys = new Set(group.units.map((u) => u.unit.key));
    totalsCharts.push({
      analysis: group.analysis,
      keys,
      rows: Math.max(18, Math.ceil(group.analysis.units.length / 3)),
    });
  }
  const gapRows = 18;
  rows.push([]);
  heights.push(undefined);
  const chartTop = rows.length;
  const chartSpan =
    totalsCharts.reduce((a, c) => a + c.rows, 0) + (input.peers.length ? gapRows : 0);
  while (rows.length < chartTop + chartSpan + 1) {
    rows.push([]);
    heights.push(undefined);
  }
  let anchorRow = chartTop;
  for (const chart of totalsCharts) {
    const a = chart.analysis;
    const ranking = input.rankings.get(a.id) as RankingSheet;
    const ranked = a.units.filter((u) => u.total !== null);
    // The label sits on its own row: a chart's source keeps its top-left cell blank, which is how
    // Excel knows the first column holds category names and the first row series names.
    rows.push([{ value: m.chartData, style: "section" }]);
    rows.push([{ value: null }, { value: messages.sheets.columns.total, style: "header" }]);
    heights.push(undefined, undefined);
    const first = rows.length;
    const highlight: number[] = [];
    ranked.forEach((u, i) => {
      const refs = unitRefs(ranking, a, u);
      if (chart.keys.has(u.unit.key)) highlight.push(i);
      rows.push([
        { value: u.unit.name, formula: `=${refs.name}`, style: "body" },
        {
          value: u.total as number,
          formula: `=${refs.total}`,
          format: scoreFormat(a.table.precision),
          style: "body",
        },
      ]);
      heights.push(undefined);
    });
    const last = rows.length - 1;
    const level = messages.level[a.levelKind];
    charts.push({
      kind: "bar",
      title: fill(m.chartTotals, { period: periodLabel(a.table.period, messages), level })
        .replace(/\s+/g, " ")
        .trim(),
      categories: `A${first + 1}:A${last + 1}`,
      values: [{ name: messages.sheets.columns.total, range: `B${first + 1}:B${last + 1}` }],
      highlight,
      anchor: { row: anchorRow, col: 0, rows: chart.rows, cols: 1 },
    });
    anchorRow += chart.rows;
    rows.push([]);
    heights.push(undefined);
  }
  if (input.peers.length) {
    const terms = input.peers[0].gap.terms;
    rows.push([{ value: m.chartGapsData, style: "section" }]);
    rows.push([
      { value: null },
      ...input.peers.map((p) => ({ value: p.gap.benchmark.unit.name, style: "header" as const })),
    ]);
    heights.push(undefined, undefined);
    const first = rows.length;
    terms.forEach((t, i) => {
      rows.push([
        { value: shortHeader(t.column.header), style: "body" },
        ...input.peers.map((p) => ({
          value: p.gap.terms[i]?.weighted ?? "",
          formula: `=${p.cells.weighted[i]}`,
          format: FORMAT.weight,
          style: "body" as const,
        })),
      ]);
      heights.push(undefined);
    });
    const last = rows.length - 1;
    const letter = (i: number) => String.fromCharCode(66 + i);
    charts.push({
      kind: "bar",
      title: m.chartGaps,
      categories: `A${first + 1}:A${last + 1}`,
      values: input.peers.map((p, i) => ({
        name: p.gap.benchmark.unit.name,
        range: `${letter(i)}${first + 1}:${letter(i)}${last + 1}`,
      })),
      highlight: [],
      anchor: { row: anchorRow, col: 0, rows: gapRows, cols: 1 },
    });
  }
  const plan: SheetPlan = {
    name,
    kind: "briefing",
    rows,
    columnWidths: [TEXT_WIDTH, 12, 12, 12, 12],
    merges: [],
    print: {
      landscape: false,
      area: {
        top: 0,
        left: 0,
        bottom: chartTop + chartSpan - 1,
        right: 0,
      },
    },
    rowHeights: heights,
    charts,
  };
  return { plan, sentences };
}
