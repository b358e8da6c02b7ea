import { makeStyles, tokens } from "@fluentui/react-components";
import { fill } from "../../core/i18n";
import type { WebMessages } from "../../locales/web.zh-CN";
import type { ChartModel } from "../../xlsx/chart-write";
import { formatNumber } from "../worker/display";
import { categoryBand, labelledCategories, valueScale } from "./chart-geometry";

const useStyles = makeStyles({
  figure: { margin: 0, breakInside: "avoid", maxWidth: "720px" },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  svg: { width: "100%", height: "auto", display: "block" },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const WIDTH = 720;
const LABEL = 120;
const PAD = 16;
/** Above this many categories the bars get thinner instead of the chart taller. */
const MAX_HEIGHT = 900;

export interface ChartViewProps {
  readonly model: ChartModel;
  readonly t: WebMessages;
}

/**
 * A chart model drawn as SVG: bars (horizontal, as the engine plans them, or columns) or lines,
 * each axis as the model declares it (a reversed value axis puts rank 1 on top), the own units'
 * points in their highlight colour, a legend when there are several series.
 */
export function ChartView({ model, t }: ChartViewProps) {
  const styles = useStyles();
  const count = model.categories.labels.length;
  const seriesCount = Math.max(1, model.series.length);
  const horizontal = model.kind === "bar" && model.horizontal === true;
  const scale = valueScale(model);
  const format = (v: number) => formatNumber(v, model.valueAxis?.format ?? model.valueFormat);
  const legend = model.legend ? 24 : 0;

  // Horizontal bars: categories down the left; otherwise along the bottom.
  const band = horizontal ? Math.min(18 * seriesCount + 6, MAX_HEIGHT / Math.max(1, count)) : 0;
  const plotH = horizontal ? Math.max(60, band * count) : 280;
  const plotW = WIDTH - LABEL - PAD * 2;
  const height = plotH + 40 + legend;
  const plotX = horizontal ? LABEL : PAD + 40;
  const plotWidth = horizontal ? plotW : WIDTH - plotX - PAD;
  const plotY = legend + 8;
  const reversedCategories = model.categoryAxis?.reversed === true;
  const highlighted = [...(model.series[0]?.pointColors?.keys() ?? [])];
  const labelled = labelledCategories(count, horizontal ? plotH / 14 : plotWidth / 40, highlighted);

  const valuePos = (v: number) =>
    horizontal ? plotX + scale.at(v) * plotWidth : plotY + (1 - scale.at(v)) * plotH;
  const catBand = (i: number) => {
    const b = categoryBand(i, count, reversedCategories);
    // Horizontal: the first category at the bottom (the origin), as Excel draws it.
    return horizontal
      ? { start: plotY + (1 - b.end) * plotH, end: plotY + (1 - b.start) * plotH }
      : { start: plotX + b.start * plotWidth, end: plotX + b.end * plotWidth };
  };
  const zero = valuePos(Math.max(scale.min, Math.min(0, scale.max)));

  const marks = model.series.map((s, si) => {
    if (model.kind === "line") {
      const points = s.values
        .map((v, i) => {
          if (v === null) return null;
          const b = catBand(i);
          return `${(b.start + b.end) / 2},${valuePos(v)}`;
        })
        .filter((p): p is string => p !== null);
      return (
        <polyline
          key={si}
          points={points.join(" ")}
          fill="none"
          stroke={`#${s.color}`}
          strokeWidth={s.emphasis ? 3.5 : 1.5}
        />
      );
    }
    // Bars of one colour drawn as one path: a county chart of thousands stays one element.
    const paths = new Map<string, string>();
    s.values.forEach((v, i) => {
      if (v === null) return;
      const b = catBand(i);
      const thick = (b.end - b.start) * 0.8;
      const offset = b.start + (b.end - b.start) * 0.1 + (thick / seriesCount) * si;
      const size = Math.max(0.5, thick / seriesCount);
      const colour = s.pointColors?.get(i) ?? s.color;
      const p = valuePos(v);
      const d = horizontal
        ? `M${Math.min(zero, p)},${offset}h${Math.abs(p - zero)}v${size}h${-Math.abs(p - zero)}z`
        : `M${offset},${Math.min(zero, p)}h${size}v${Math.abs(p - zero)}h${-size}z`;
      paths.set(colour, (paths.get(colour) ?? "") + d);
    });
    return [...paths].map(([colour, d]) => (
      <path key={`${si}-${colour}`} d={d} fill={`#${colour}`} />
    ));
  });

  const label = fill(t.chart.label, { title: model.title });
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{model.title}</figcaption>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={label}
        fontSize={12}
        fontFamily="inherit"
      >
        {model.legend
          ? model.series.map((s, i) => (
              <g key={i} transform={`translate(${plotX + i * 140},4)`}>
                <rect width={12} height={12} fill={`#${s.color}`} />
                <text x={16} y={11}>
                  {s.name}
                </text>
              </g>
            ))
          : null}
        {scale.ticks.map((tick) => {
          const p = valuePos(tick);
          return horizontal ? (
            <g key={tick}>
              <line x1={p} x2={p} y1={plotY} y2={plotY + plotH} stroke="#d0d0d0" />
              <text x={p} y={plotY + plotH + 16} textAnchor="middle">
                {format(tick)}
              </text>
            </g>
          ) : (
            <g key={tick}>
              <line x1={plotX} x2={plotX + plotWidth} y1={p} y2={p} stroke="#d0d0d0" />
              <text x={plotX - 6} y={p + 4} textAnchor="end">
                {format(tick)}
              </text>
            </g>
          );
        })}
        {marks}
        {model.categories.labels.map((name, i) => {
          if (!labelled.has(i)) return null;
          const b = catBand(i);
          const mid = (b.start + b.end) / 2;
          const colour = model.series[0]?.pointColors?.has(i) ? "#8a3a08" : "#242424";
          return horizontal ? (
            <text key={i} x={plotX - 6} y={mid + 4} textAnchor="end" fill={colour}>
              {name}
            </text>
          ) : (
            <text key={i} x={mid} y={plotY + plotH + 16} textAnchor="middle" fill={colour}>
              {name}
            </text>
          );
        })}
      </svg>
      {labelled.size < count ? (
        <p className={styles.note}>{fill(t.chart.more, { n: count })}</p>
      ) : null}
    </figure>
  );
}
