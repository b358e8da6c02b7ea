import { Tab, TabList, makeStyles, tokens, useId } from "@fluentui/react-components";
import { DocumentTableRegular, TableRegular } from "@fluentui/react-icons";
import { useCallback, useSyncExternalStore } from "react";
import type { WebMessages } from "../../locales/web.zh-CN";
import { PreviewStore, visibleSources } from "../preview-store";
import type { WorkbookClient } from "../workbook-client";
import { BriefingView } from "./BriefingView";
import { ChartView } from "./ChartView";
import { SheetGrid } from "./SheetGrid";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tabs: { flexWrap: "wrap" },
  charts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** A tab's value: whose sheet it is, then its name (names are unique within each kind). */
const tabValue = (source: boolean, name: string) => `${source ? "s" : "r"}:${name}`;

export interface PreviewPanelProps {
  readonly store: PreviewStore;
  readonly client: WorkbookClient;
  readonly t: WebMessages;
  /** The result actions, shown once something was generated. */
  readonly actions: React.ReactNode;
}

/**
 * The workbook as it will be: the generated sheets (the briefing as a document with its charts,
 * every sheet as a grid of the engine's values) beside the file's own sheets.
 */
export function PreviewPanel({ store, client, t, actions }: PreviewPanelProps) {
  const styles = useStyles();
  const headingId = useId("preview");
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { active, output } = state;
  const results = output?.sheets ?? [];
  const sources = visibleSources(state);
  const meta = (active.source ? sources : results).find((s) => s.name === active.name);
  const loadPage = useCallback(
    (start: number, count: number) => client.page(active.name, active.source, start, count),
    // A new generation replaces the sheets behind the same names.
    [client, active.name, active.source, output] // Deliberately: output stands for the sheets' content.
  );
  const charts = !active.source ? (output?.charts[active.name] ?? []) : [];
  const isBriefing = !active.source && output?.briefing && meta?.kind === "briefing";

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {output ? t.results.heading : t.preview.heading}
      </h2>
      {output ? actions : null}
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t.preview.sheets}
        selectedValue={tabValue(active.source, active.name)}
        onTabSelect={(_, data) => {
          const value = String(data.value);
          store.activate(value.slice(2), value.startsWith("s:"));
        }}
      >
        {results.map((s) => (
          <Tab
            key={tabValue(false, s.name)}
            value={tabValue(false, s.name)}
            icon={<DocumentTableRegular />}
          >
            {s.name}
          </Tab>
        ))}
        {sources.map((s) => (
          <Tab key={tabValue(true, s.name)} value={tabValue(true, s.name)} icon={<TableRegular />}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      {isBriefing && output?.briefing ? (
        <BriefingView doc={output.briefing} level={3} t={t} />
      ) : charts.length ? (
        <div className={styles.charts}>
          {charts.map((c, i) => (
            <ChartView key={i} model={c} t={t} />
          ))}
        </div>
      ) : null}
      {meta ? (
        <SheetGrid
          key={tabValue(active.source, active.name)}
          sheet={active.name}
          source={active.source}
          totalRows={meta.rows}
          selection={state.selection}
          reveal={state.reveal}
          loadPage={loadPage}
          onSelect={(selection, reveal) => store.select(selection, reveal)}
          t={t}
        />
      ) : null}
    </section>
  );
}
