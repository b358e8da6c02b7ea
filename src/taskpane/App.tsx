import {
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { WorkbookHost } from "../core/host";
import { fill } from "../core/i18n";
import type { Locale } from "../locales";
import type { PaneMessages } from "../locales/pane.zh-CN";
import { EmptyState } from "./components/EmptyState";
import { FailureBars } from "./components/FailureBars";
import { MarkTables, sheetMarks } from "./components/MarkTables";
import { ProblemList } from "./components/ProblemList";
import { RefreshPanel, stepText } from "./components/RefreshPanel";
import { ResultSummary } from "./components/ResultSummary";
import { SettingsForm } from "./components/SettingsForm";
import { TableList } from "./components/TableList";
import { paneMessages } from "./messages";
import { useSharedStyles } from "./styles";
import { DuibiaoState, useDuibiao } from "./useDuibiao";

export interface AppProps {
  /** The workbook: office-js in Excel, a fake in tests. */
  readonly host: WorkbookHost;
  readonly locale: Locale;
  /** The texts, when a front end words them its own way (the web page "generates"). */
  readonly messages?: PaneMessages;
  /** Stops a refresh under way, where the host can (the web page's worker). */
  readonly onCancel?: () => void;
  /** The pane's root element: the page's <main> in Office, a <div> inside a larger page. */
  readonly as?: "main" | "div";
  /** The pane's own title and tagline; a page that has its own heading leaves them out. */
  readonly header?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    maxWidth: "560px",
    boxSizing: "border-box",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
  failures: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** What the live region says, so a screen reader follows loading and refreshing. */
function statusText(state: DuibiaoState, t: ReturnType<typeof paneMessages>): string {
  switch (state.phase) {
    case "loading":
      return t.loading;
    case "scanning":
      return t.scanning;
    case "refreshing":
      return stepText(state.step, t);
    case "ready":
      return state.result ? fill(t.refresh.doneStatus, { n: state.result.tables.length }) : "";
  }
}

/**
 * The task pane. Everything it does to the workbook goes through `host`; it never calls Excel.
 * Wrap it in a FluentProvider with the Office theme.
 */
export function App(props: AppProps) {
  const { host, locale, messages, onCancel, as: Root = "main", header = true } = props;
  const [state, actions] = useDuibiao(host);
  const t = messages ?? paneMessages(locale);
  const styles = useStyles();
  const shared = useSharedStyles();
  const { phase, scan, settings, result } = state;
  const busy = phase !== "ready";
  const tables = scan?.tables ?? [];
  const sheetProblems = scan?.problems ?? [];
  const problems = result
    ? result.problems
    : [...sheetProblems, ...tables.flatMap((table) => table.problems)];
  const marks = (
    <MarkTables
      marks={sheetMarks(settings.tableRanges, settings.overrides)}
      busy={busy}
      t={t}
      onMark={(as) => void actions.markSelection(as)}
      onClear={(sheet) => void actions.clearMarks(sheet)}
    />
  );
  const resultErrors = result ? result.problems.filter((p) => p.severity === "error").length : 0;

  return (
    <Root className={styles.root} lang={locale}>
      {header ? (
        <header>
          <h1 className={styles.title}>{t.appName}</h1>
          <p className={styles.tagline}>{t.tagline}</p>
        </header>
      ) : null}

      <div role="status" aria-live="polite" className={shared.visuallyHidden}>
        {statusText(state, t)}
      </div>

      {state.failures.length > 0 ? (
        <div className={styles.failures}>
          <FailureBars
            failures={state.failures}
            t={t}
            onDismiss={actions.dismiss}
            onRescan={() => void actions.rescan()}
          />
        </div>
      ) : null}

      {phase === "loading" ? <Spinner size="small" label={t.loading} /> : null}

      {scan !== null && phase !== "loading" && tables.length === 0 ? (
        <>
          <EmptyState t={t} busy={busy} onRescan={() => void actions.rescan()} />
          {sheetProblems.length > 0 ? (
            <Section
              title={fill(t.counted, { title: t.problems.heading, n: sheetProblems.length })}
            >
              <ProblemList
                problems={sheetProblems}
                t={t}
                onGo={(sheet, cell) => void actions.selectCell(sheet, cell)}
              />
            </Section>
          ) : null}
          <Section title={t.marks.heading}>{marks}</Section>
        </>
      ) : null}

      {scan !== null && tables.length > 0 ? (
        <>
          <Section title={fill(t.counted, { title: t.tables.heading, n: tables.length })}>
            {phase === "scanning" ? <Spinner size="tiny" label={t.scanning} /> : null}
            <TableList
              tables={tables}
              overrides={settings.overrides}
              t={t}
              onOverride={(sheet, letter, role) => void actions.setOverride(sheet, letter, role)}
            />
          </Section>

          <Section title={t.settings.heading}>
            <SettingsForm
              settings={settings}
              units={scan.units}
              t={t}
              onChange={(change) => void actions.updateSettings(change)}
            />
          </Section>

          <RefreshPanel
            refreshing={phase === "refreshing"}
            step={state.step}
            canRefresh={!busy}
            t={t}
            onRefresh={() => void actions.refresh()}
            onCancel={onCancel}
          />
        </>
      ) : null}

      {result ? (
        <Section title={t.result.heading}>
          {resultErrors > 0 ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{fill(t.result.errorsFound, { n: resultErrors })}</MessageBarBody>
            </MessageBar>
          ) : null}
          <ResultSummary
            result={result}
            ownUnit={settings.ownUnit}
            t={t}
            onOpenSheet={(sheet) => void actions.activateSheet(sheet)}
          />
        </Section>
      ) : null}

      {scan !== null && tables.length > 0 ? (
        <Section title={fill(t.counted, { title: t.problems.heading, n: problems.length })}>
          <ProblemList
            problems={problems}
            t={t}
            onGo={(sheet, cell) => void actions.selectCell(sheet, cell)}
          />
        </Section>
      ) : null}

      {scan !== null && tables.length > 0 ? (
        <Section title={t.marks.heading}>{marks}</Section>
      ) : null}
    </Root>
  );
}

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const shared = useSharedStyles();
  const id = useId("section");
  return (
    <section className={shared.section} aria-labelledby={id}>
      <h2 id={id} className={shared.heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}
