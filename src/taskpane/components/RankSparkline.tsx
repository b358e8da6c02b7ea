import { makeStyles, tokens } from "@fluentui/react-components";
import type { RankPoint } from "../../core/host";
import { fill } from "../../core/i18n";
import type { PaneMessages } from "../../locales/pane.zh-CN";

const WIDTH = 120;
const HEIGHT = 32;
const PAD = 4;

const useStyles = makeStyles({
  chart: { flexShrink: 0, overflow: "visible" },
  line: {
    fill: "none",
    stroke: tokens.colorBrandForeground1,
    strokeWidth: "1.5px",
    strokeLinejoin: "round",
  },
  point: { fill: tokens.colorBrandForeground1 },
  last: { fill: tokens.colorPaletteDarkOrangeForeground1 },
  axis: { stroke: tokens.colorNeutralStroke2, strokeWidth: "1px" },
});

/** What a screen reader says for the chart: every period and its rank. */
export function sparklineLabel(
  name: string,
  points: readonly RankPoint[],
  t: PaneMessages
): string {
  const r = t.result;
  const list = points.map((p) =>
    p.rank === null
      ? fill(r.historyMissing, { period: p.label })
      : fill(r.historyPoint, { period: p.label, rank: p.rank })
  );
  return fill(r.history, { name, points: list.join(r.historySeparator) });
}

export interface RankSparklineProps {
  readonly name: string;
  /** Ranks by period, earliest first; nothing is drawn for fewer than two. */
  readonly points: readonly RankPoint[];
  readonly t: PaneMessages;
}

/**
 * The own unit's rank over its level's periods as a small line, rank 1 at the top and the foot of
 * the axis at the largest field, so a fall reads as a fall; a period it was not ranked in breaks
 * the line. An SVG image with its full reading as its accessible name (no chart library: a few
 * points need none).
 */
export function RankSparkline({ name, points, t }: RankSparklineProps) {
  const styles = useStyles();
  if (points.length < 2) return null;
  const ranks = points.map((p) => p.rank).filter((r): r is number => r !== null);
  const foot = Math.max(2, ...points.map((p) => p.fieldSize), ...ranks);
  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / (points.length - 1);
  const y = (rank: number) => PAD + ((rank - 1) * (HEIGHT - 2 * PAD)) / (foot - 1);
  // Runs of consecutive ranked periods, each drawn as one line.
  const runs: { i: number; rank: number }[][] = [];
  points.forEach((p, i) => {
    if (p.rank === null) runs.push([]);
    else {
      if (!runs.length) runs.push([]);
      runs[runs.length - 1].push({ i, rank: p.rank });
    }
  });
  const last = points.length - 1;
  const label = sparklineLabel(name, points, t);
  return (
    <svg
      className={styles.chart}
      role="img"
      aria-label={label}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
    >
      <line className={styles.axis} x1={PAD} x2={WIDTH - PAD} y1={y(1)} y2={y(1)} />
      {runs
        .filter((run) => run.length > 1)
        .map((run) => (
          <polyline
            key={run[0].i}
            className={styles.line}
            points={run.map((p) => `${x(p.i)},${y(p.rank)}`).join(" ")}
          />
        ))}
      {runs.flat().map((p) => (
        <circle
          key={p.i}
          className={p.i === last ? styles.last : styles.point}
          cx={x(p.i)}
          cy={y(p.rank)}
          r={p.i === last ? 3 : 2}
        />
      ))}
    </svg>
  );
}
