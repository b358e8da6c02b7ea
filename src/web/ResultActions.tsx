import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, CopyRegular, PrintRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { fill } from "../core/i18n";
import type { WebMessages } from "../locales/web.zh-CN";
import type { Generated } from "./worker/protocol";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface ResultActionsProps {
  readonly output: Generated;
  readonly t: WebMessages;
  readonly onDownload: () => void;
  /** Resolves once the briefing is on the clipboard; rejects with the browser's reason. */
  readonly onCopy: () => Promise<void>;
  readonly onPrint: () => void;
}

/** 下载结果工作簿, 复制简报, 打印简报, and what the downloaded file keeps. */
export function ResultActions({ output, t, onDownload, onCopy, onPrint }: ResultActionsProps) {
  const styles = useStyles();
  const [copy, setCopy] = useState<{ ok: boolean; text: string } | null>(null);
  const r = t.results;
  const converted = output.format === "xls" || output.format === "et";
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={onDownload}>
          {r.download}
        </Button>
        <Button
          icon={<CopyRegular />}
          disabledFocusable={output.briefing === null}
          onClick={() => {
            setCopy(null);
            onCopy().then(
              () => setCopy({ ok: true, text: r.copied }),
              (e: unknown) =>
                setCopy({
                  ok: false,
                  text: fill(r.copyFailed, { message: e instanceof Error ? e.message : String(e) }),
                })
            );
          }}
        >
          {r.copy}
        </Button>
        <Button
          icon={<PrintRegular />}
          disabledFocusable={output.briefing === null}
          onClick={onPrint}
          title={r.printHint}
        >
          {r.print}
        </Button>
      </div>
      <p className={styles.note}>
        {converted
          ? fill(r.converted, { kind: output.format === "et" ? r.kindEt : r.kindXls })
          : r.kept}
      </p>
      {output.briefing === null ? <p className={styles.note}>{r.noBriefing}</p> : null}
      <div role="status">
        {copy ? (
          <MessageBar intent={copy.ok ? "success" : "error"}>
            <MessageBarBody>{copy.text}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </div>
  );
}
