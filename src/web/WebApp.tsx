import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { LockClosedRegular, TranslateRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import { HostError } from "../core/host";
import { fill } from "../core/i18n";
import { Locale, messagesFor } from "../locales";
import { FileOpener, Notice } from "./FileOpener";
import { webMessages } from "./messages";
import { refusal } from "./refusal";
import { SettingsStore } from "./settings-store";
import { WorkbookClient, WorkerFactory } from "./workbook-client";
import { OpenWorkbook, Workspace } from "./Workspace";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    maxWidth: "1600px",
    margin: "0 auto",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalL,
  },
  titles: { flex: 1, minWidth: "280px", display: "flex", flexDirection: "column", gap: "4px" },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  tagline: { margin: 0, color: tokens.colorNeutralForeground2 },
  privacy: {
    margin: 0,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorPaletteGreenForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

export interface WebAppProps {
  readonly initialLocale: Locale;
  readonly settings: SettingsStore;
  readonly workerFactory: WorkerFactory;
  readonly printTarget: HTMLElement | null;
}

/**
 * The page: what it is and that the file stays here, a way to open a workbook, then the pane and
 * the preview for it. One workbook at a time; opening another replaces it only once it is read.
 */
export function WebApp({ initialLocale, settings, workerFactory, printTarget }: WebAppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState(initialLocale);
  const t = webMessages(locale);
  const [workbook, setWorkbook] = useState<OpenWorkbook | null>(null);
  const [opening, setOpening] = useState<{ file: string; client: WorkbookClient } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [storageProblem, setStorageProblem] = useState(settings.problem);
  const current = useRef<OpenWorkbook | null>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.title;
  }, [locale, t]);

  const open = async (file: File) => {
    setNotice(null);
    const bytes = await file.arrayBuffer();
    const client = new WorkbookClient(workerFactory, bytes, file.name, t.cancelled);
    setOpening({ file: file.name, client });
    try {
      const opened = await client.open();
      current.current?.client.dispose();
      current.current = { client, opened };
      setWorkbook(current.current);
      setNotice({
        intent: "success",
        text: fill(t.open.opened, { file: file.name, sheets: opened.sheets.length }),
      });
    } catch (error) {
      client.dispose();
      if (error instanceof HostError && error.code === "cancelled")
        setNotice({ intent: "info", text: t.open.cancelled });
      else setNotice({ intent: "error", ...refusal(error, file.name, t, messagesFor(locale)) });
    } finally {
      setOpening(null);
      setStorageProblem(settings.problem);
    }
  };

  const switchLocale = () => {
    const next: Locale = locale === "zh-CN" ? "en-US" : "zh-CN";
    setLocale(next);
    try {
      settings.saveLocale(next);
    } catch (error) {
      // The switch works for this visit; the page says why it will not be remembered.
      setStorageProblem(error instanceof Error ? error : new Error(String(error)));
    }
  };

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <h1 className={styles.title}>{t.title}</h1>
          <p className={styles.tagline}>{t.tagline}</p>
          <p className={styles.privacy}>
            <LockClosedRegular aria-hidden />
            {t.privacy}
          </p>
        </div>
        <Button
          icon={<TranslateRegular />}
          lang={locale === "zh-CN" ? "en-US" : "zh-CN"}
          title={t.switchLanguageLabel}
          onClick={switchLocale}
        >
          {t.switchLanguage}
        </Button>
      </header>
      <main className={styles.main}>
        {storageProblem ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t.storageUnavailable}</MessageBarBody>
          </MessageBar>
        ) : null}
        <FileOpener
          t={t}
          opening={opening?.file ?? null}
          hasWorkbook={workbook !== null}
          notice={notice}
          onOpen={(file) => void open(file)}
          onCancel={() => opening?.client.cancel()}
          onTooMany={(first) => {
            void open(first).then(() =>
              setNotice({ intent: "info", text: fill(t.open.onlyOne, { file: first.name }) })
            );
          }}
        />
        {workbook ? (
          <Workspace
            key={`${workbook.client.fileName}|${locale}`}
            workbook={workbook}
            locale={locale}
            t={t}
            settings={settings}
            printTarget={printTarget}
          />
        ) : null}
      </main>
    </div>
  );
}
