import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { fill } from "../../core/i18n";
import type { PaneMessages } from "../../locales/pane.zh-CN";
import type { Failure } from "../useDuibiao";
import { ErrorDetails } from "./ErrorDetails";

export interface FailureBarsProps {
  readonly failures: readonly Failure[];
  readonly t: PaneMessages;
  readonly onDismiss: (id: number) => void;
  /** Offered beside a failed scan. */
  readonly onRescan: () => void;
}

/**
 * One error bar per failure. A host's message is already in the user's language; anything else
 * gets the generic text with its own message, so the user (and whoever they call) sees what failed.
 * A host's technical detail waits, closed, under "详细信息 / Details".
 */
export function FailureBars({ failures, t, onDismiss, onRescan }: FailureBarsProps) {
  if (failures.length === 0) return null;
  return (
    <div>
      {failures.map((f) => (
        <MessageBar key={f.id} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.errors[f.action]}</MessageBarTitle>
            {f.code !== null ? f.message : fill(t.errors.unexpected, { message: f.message })}
            {f.detail ? <ErrorDetails label={t.errors.details} detail={f.detail} /> : null}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t.errors.dismiss}
                icon={<DismissRegular />}
                onClick={() => onDismiss(f.id)}
              />
            }
          >
            {f.action === "scan" ? <Button onClick={onRescan}>{t.empty.rescan}</Button> : null}
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
