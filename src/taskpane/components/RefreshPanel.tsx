import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular, DismissRegular } from "@fluentui/react-icons";
import type { RefreshStep } from "../../core/host";
import { fill } from "../../core/i18n";
import type { PaneMessages } from "../../locales/pane.zh-CN";

/** The steps a refresh reports, in order; "done" is reported last and needs no bar of its own. */
const STEPS: readonly RefreshStep[] = ["read", "analyse", "write"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { alignSelf: "stretch" },
  cancel: { alignSelf: "flex-start" },
});

export interface RefreshPanelProps {
  readonly refreshing: boolean;
  /** The step under way, or null before the host has reported one. */
  readonly step: RefreshStep | null;
  /** False while something else is under way. */
  readonly canRefresh: boolean;
  readonly t: PaneMessages;
  readonly onRefresh: () => void;
  /** Where the host can stop a refresh (the web page's worker): a 取消 button while it runs. */
  readonly onCancel?: () => void;
}

/** The step as the bar shows it: its place among the three, and its name. */
export function stepText(step: RefreshStep | null, t: PaneMessages): string {
  const current = step ?? "read";
  const index = STEPS.indexOf(current);
  if (index < 0) return t.refresh.steps[current];
  return fill(t.refresh.step, {
    n: index + 1,
    total: STEPS.length,
    step: t.refresh.steps[current],
  });
}

function stepProgress(step: RefreshStep | null): number {
  if (step === "done") return 1;
  return (STEPS.indexOf(step ?? "read") + 0.5) / STEPS.length;
}

/**
 * 一键刷新排名 and its progress. While refreshing, the button stays focusable but inert (so a
 * keyboard user keeps their place) and the bar names the step under way.
 */
export function RefreshPanel(props: RefreshPanelProps) {
  const { refreshing, step, canRefresh, t, onRefresh, onCancel } = props;
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        appearance="primary"
        size="large"
        icon={<ArrowSyncRegular />}
        disabledFocusable={!canRefresh}
        onClick={onRefresh}
      >
        {t.refresh.button}
      </Button>
      {refreshing ? (
        <Field
          label={t.refresh.running}
          validationMessage={stepText(step, t)}
          validationState="none"
        >
          <ProgressBar value={stepProgress(step)} />
        </Field>
      ) : null}
      {refreshing && onCancel ? (
        <Button className={styles.cancel} icon={<DismissRegular />} onClick={onCancel}>
          {t.refresh.cancel}
        </Button>
      ) : null}
    </div>
  );
}
