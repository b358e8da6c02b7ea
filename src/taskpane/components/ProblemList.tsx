import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import { useState } from "react";
import type { ProblemView } from "../../core/host";
import { fill } from "../../core/i18n";
import type { Severity } from "../../core/problems";
import type { PaneMessages } from "../../locales/pane.zh-CN";
import { useSharedStyles } from "../styles";

/** How many problems show before "显示全部": a messy county sheet can give hundreds. */
export const PROBLEM_CAP = 50;

const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  item: {
    width: "100%",
    height: "auto",
    justifyContent: "flex-start",
    alignItems: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalXS,
  },
  static: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalXS,
  },
  text: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0 },
  where: { wordBreak: "break-all" },
  error: { color: tokens.colorStatusDangerForeground1, flexShrink: 0, fontSize: "16px" },
  warning: { color: tokens.colorStatusWarningForeground1, flexShrink: 0, fontSize: "16px" },
  info: { color: tokens.colorBrandForeground1, flexShrink: 0, fontSize: "16px" },
});

export interface ProblemListProps {
  readonly problems: readonly ProblemView[];
  readonly t: PaneMessages;
  /** Go to the problem's cell (or its sheet, when it is not about one cell). */
  readonly onGo: (sheet: string, cell: string) => void;
}

function where(p: ProblemView): string {
  if (p.sheet === "") return "";
  return p.cell === "" ? p.sheet : `${p.sheet}!${p.cell}`;
}

/** Problems found in the data, errors first; each one with a place goes to it. */
export function ProblemList({ problems, t, onGo }: ProblemListProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [showAll, setShowAll] = useState(false);
  if (problems.length === 0) return <p className={shared.muted}>{t.problems.none}</p>;

  const sorted = [...problems].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)
  );
  const shown = showAll ? sorted : sorted.slice(0, PROBLEM_CAP);
  const icon = (severity: Severity) => {
    const Icon =
      severity === "error"
        ? ErrorCircleFilled
        : severity === "warning"
          ? WarningFilled
          : InfoFilled;
    return <Icon className={styles[severity]} />;
  };
  return (
    <>
      <ul className={shared.plainList}>
        {shown.map((p, i) => {
          const place = where(p);
          const content = (
            <span className={styles.text}>
              <span className={shared.visuallyHidden}>{t.severity[p.severity]}</span>
              {place !== "" ? (
                <span className={`${shared.muted} ${styles.where}`}>{place}</span>
              ) : null}
              <span>{p.message}</span>
            </span>
          );
          return (
            <li key={`${i}:${place}:${p.message}`}>
              {place !== "" ? (
                <Button
                  className={styles.item}
                  appearance="subtle"
                  icon={icon(p.severity)}
                  onClick={() => onGo(p.sheet, p.cell)}
                >
                  {content}
                </Button>
              ) : (
                <div className={styles.static}>
                  {icon(p.severity)}
                  {content}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {sorted.length > PROBLEM_CAP ? (
        <Button appearance="secondary" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? fill(t.problems.showFewer, { n: PROBLEM_CAP })
            : fill(t.problems.showAll, { n: sorted.length })}
        </Button>
      ) : null}
    </>
  );
}
