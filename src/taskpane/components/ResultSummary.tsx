import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { RefreshResult } from "../../core/host";
import { fill } from "../../core/i18n";
import type { PaneMessages } from "../../locales/pane.zh-CN";
import { ownRankLine } from "../format";
import { useSharedStyles } from "../styles";
import { RankSparkline } from "./RankSparkline";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  link: { textAlign: "start", wordBreak: "break-all", fontWeight: tokens.fontWeightSemibold },
  own: { fontWeight: tokens.fontWeightSemibold },
  ownRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
  },
  sheets: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: "2px",
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface ResultSummaryProps {
  readonly result: RefreshResult;
  /** The own unit chosen, or null: then no table can say where it stands. */
  readonly ownUnit: string | null;
  readonly t: PaneMessages;
  readonly onOpenSheet: (sheet: string) => void;
}

/**
 * After a refresh: each ranking sheet with the own unit's place and, where its level has several
 * periods, a sparkline of its rank over them; then the other sheets written.
 */
export function ResultSummary({ result, ownUnit, t, onOpenSheet }: ResultSummaryProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const r = t.result;
  const others = [
    ...result.comparisonSheets.map((sheet) => ({ sheet, kind: r.comparisons })),
    ...result.historySheets.map((sheet) => ({ sheet, kind: r.historySheet })),
    ...result.cumulativeSheets.map((sheet) => ({ sheet, kind: r.cumulativeSheet })),
    ...(result.briefingSheet === null ? [] : [{ sheet: result.briefingSheet, kind: r.briefing }]),
  ];
  return (
    <>
      <ul className={shared.plainList}>
        {result.tables.map((table) => (
          <li key={table.id} className={styles.item}>
            <Link
              as="button"
              className={styles.link}
              onClick={() => onOpenSheet(table.outputSheet)}
            >
              {table.outputSheet}
            </Link>
            <span className={shared.muted}>
              {fill(r.source, { sheet: table.sheet })} · {fill(r.units, { n: table.unitCount })}
            </span>
            {table.own ? (
              <span className={styles.ownRow}>
                <span className={styles.own}>{ownRankLine(table.own, t)}</span>
                <RankSparkline name={table.own.name} points={table.own.history} t={t} />
              </span>
            ) : (
              <span className={shared.muted}>{ownUnit === null ? r.noOwnUnit : r.notInTable}</span>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 ? (
        <>
          <h3 className={styles.subheading}>{r.otherSheets}</h3>
          <ul className={shared.plainList}>
            {others.map(({ sheet, kind }) => (
              <li key={sheet}>
                <span className={shared.muted}>{fill(r.sheetKind, { kind })}</span>
                <Link as="button" onClick={() => onOpenSheet(sheet)}>
                  {sheet}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
