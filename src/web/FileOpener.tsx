import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ErrorDetails } from "../taskpane/components/ErrorDetails";
import { DismissRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { DragEvent, useRef, useState } from "react";
import { fill } from "../core/i18n";
import type { WebMessages } from "../locales/web.zh-CN";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  dragging: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  input: { display: "none" },
  status: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  busy: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

export interface Notice {
  readonly intent: "success" | "error" | "info";
  readonly text: string;
  /** The technical note, under a closed "详细信息 / Details". */
  readonly detail?: string;
}

export interface FileOpenerProps {
  readonly t: WebMessages;
  /** The file being read, while it is read. */
  readonly opening: string | null;
  readonly hasWorkbook: boolean;
  readonly notice: Notice | null;
  readonly onOpen: (file: File) => void;
  readonly onCancel: () => void;
  readonly onTooMany: (first: File) => void;
}

/** Open a workbook with the file dialog or by dropping it: the file is read here, not sent anywhere. */
export function FileOpener(props: FileOpenerProps) {
  const { t, opening, hasWorkbook, notice, onOpen, onCancel, onTooMany } = props;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const take = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    if (files.length > 1) onTooMany(files[0]);
    else onOpen(files[0]);
  };
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    take(e.dataTransfer.files);
  };

  return (
    <div className={styles.status}>
      <section
        className={mergeClasses(styles.zone, dragging && styles.dragging)}
        aria-label={t.open.dropRegion}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          ref={input}
          id="open-file"
          type="file"
          className={styles.input}
          accept=".xlsx,.xlsm,.xls,.et"
          onChange={(e) => {
            take(e.target.files);
            // The same file chosen again is a new choice (after it was fixed and saved).
            e.target.value = "";
          }}
        />
        <Button
          appearance={hasWorkbook ? "secondary" : "primary"}
          size="large"
          icon={<FolderOpenRegular />}
          disabledFocusable={opening !== null}
          onClick={() => input.current?.click()}
        >
          {hasWorkbook ? t.open.another : t.open.button}
        </Button>
        <p className={styles.hint}>{dragging ? t.open.dropNow : t.open.hint}</p>
      </section>
      <div role="status" aria-live="polite">
        {opening !== null ? (
          <div className={styles.busy}>
            <Spinner size="tiny" label={fill(t.open.opening, { file: opening })} />
            <Button icon={<DismissRegular />} onClick={onCancel}>
              {t.open.cancel}
            </Button>
          </div>
        ) : notice ? (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>
              {notice.text}
              {notice.detail ? (
                <ErrorDetails label={t.pane.errors.details} detail={notice.detail} />
              ) : null}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </div>
  );
}
