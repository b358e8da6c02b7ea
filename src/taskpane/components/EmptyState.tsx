import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import { TableSearchRegular } from "@fluentui/react-icons";
import type { PaneMessages } from "../../locales/pane.zh-CN";
import { useSharedStyles } from "../styles";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  icon: { fontSize: "32px", color: tokens.colorNeutralForeground3 },
  body: { margin: 0 },
});

export interface EmptyStateProps {
  readonly t: PaneMessages;
  readonly busy: boolean;
  readonly onRescan: () => void;
}

/** No score table in the workbook: what one looks like, and a way to look again. */
export function EmptyState({ t, busy, onRescan }: EmptyStateProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const titleId = useId("empty-title");
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <TableSearchRegular className={styles.icon} />
      <h2 id={titleId} className={shared.heading}>
        {t.empty.title}
      </h2>
      <p className={styles.body}>{t.empty.body}</p>
      <p className={styles.body}>{t.empty.xls}</p>
      <Button appearance="primary" disabledFocusable={busy} onClick={onRescan}>
        {t.empty.rescan}
      </Button>
    </section>
  );
}
