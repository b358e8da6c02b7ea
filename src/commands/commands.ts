import { createOfficeHost, officeCapabilities } from "../excel";
import { messagesFor, pickLocale } from "../locales";
import { runRefreshCommand } from "./refresh-command";

/**
 * Shows the outcome in a small dialog (DialogApi 1.1); the dialog page reads the text from its URL.
 * Where dialogs are unavailable the outcome is still in the workbook for the user to see.
 */
function notify(message: string, ok: boolean): Promise<void> {
  return new Promise((resolve) => {
    if (!officeCapabilities().dialog) {
      resolve();
      return;
    }
    const url = new URL("notify.html", window.location.href);
    url.searchParams.set("text", message);
    url.searchParams.set("ok", ok ? "1" : "0");
    Office.context.ui.displayDialogAsync(
      url.toString(),
      { height: 25, width: 30, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = result.value;
        // The dialog's button sends a message; closing it from here ends the command.
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      }
    );
  });
}

/** The ribbon's 刷新排名 button (ExecuteFunction). */
export async function refreshRankings(event: Office.AddinCommands.Event): Promise<void> {
  const locale = pickLocale(Office.context.displayLanguage);
  const outcome = await runRefreshCommand(createOfficeHost({ locale }), messagesFor(locale));
  await notify(outcome.message, outcome.ok);
  event.completed();
}

Office.onReady(() => {
  Office.actions.associate("refreshRankings", refreshRankings);
});
