import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useMemo, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import type { Locale } from "../locales";
import type { WebMessages } from "../locales/web.zh-CN";
import { App } from "../taskpane/App";
import { briefingHtml, briefingPlainText } from "./briefing-text";
import { copyRichText } from "./clipboard";
import { resultFileName, saveBlob } from "./download";
import { createFileHost } from "./file-host";
import { BriefingView } from "./preview/BriefingView";
import { PreviewPanel } from "./preview/PreviewPanel";
import { PreviewStore } from "./preview-store";
import { ResultActions } from "./ResultActions";
import { SettingsStore } from "./settings-store";
import type { WorkbookClient } from "./workbook-client";
import type { Opened } from "./worker/protocol";

const useStyles = makeStyles({
  columns: {
    display: "grid",
    gridTemplateColumns: "minmax(300px, 420px) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalXXL,
    alignItems: "start",
    "@media (max-width: 900px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  pane: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
});

export interface OpenWorkbook {
  readonly client: WorkbookClient;
  readonly opened: Opened;
}

export interface WorkspaceProps {
  readonly workbook: OpenWorkbook;
  readonly locale: Locale;
  readonly t: WebMessages;
  readonly settings: SettingsStore;
  /** Where the printable briefing goes: outside the page's content, which print hides. */
  readonly printTarget: HTMLElement | null;
}

/** One open file: the pane on the left (the add-in's own), the preview and results on the right. */
export function Workspace({ workbook, locale, t, settings, printTarget }: WorkspaceProps) {
  const styles = useStyles();
  const { client, opened } = workbook;
  const store = useMemo(() => new PreviewStore(opened, t), [opened, t]);
  const host = useMemo(
    () => createFileHost({ client, preview: store, settings, locale, t }),
    [client, store, settings, locale, t]
  );
  const actions = <ResultActionsFor store={store} fileName={client.fileName} t={t} />;
  return (
    <div className={styles.columns}>
      <section className={styles.pane} aria-label={t.paneLabel}>
        <App
          host={host}
          locale={locale}
          messages={t.pane}
          onCancel={() => client.cancel()}
          as="div"
          header={false}
        />
      </section>
      <PreviewPanel store={store} client={client} t={t} actions={actions} />
      {printTarget ? createPortal(<PrintBriefing store={store} t={t} />, printTarget) : null}
    </div>
  );
}

/** The briefing as printed (A4, see the print stylesheet in index.html); hidden on screen. */
function PrintBriefing({ store, t }: { readonly store: PreviewStore; readonly t: WebMessages }) {
  const { output } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  if (!output?.briefing) return null;
  return (
    <FluentProvider theme={webLightTheme}>
      <BriefingView doc={output.briefing} level={1} t={t} fonts={t.fonts} />
    </FluentProvider>
  );
}

function ResultActionsFor({
  store,
  fileName,
  t,
}: {
  readonly store: PreviewStore;
  readonly fileName: string;
  readonly t: WebMessages;
}) {
  const { output } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  if (!output) return null;
  return (
    <ResultActions
      output={output}
      t={t}
      onDownload={() =>
        saveBlob(output.file, resultFileName(fileName, t.results.downloadName, output.extension))
      }
      onCopy={async () => {
        if (!output.briefing) return;
        await copyRichText({
          html: briefingHtml(output.briefing, t.fonts),
          text: briefingPlainText(output.briefing),
        });
      }}
      onPrint={() => window.print()}
    />
  );
}
