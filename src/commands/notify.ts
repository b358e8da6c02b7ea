import { messagesFor, pickLocale } from "../locales";

/** The dialog that reports a ribbon refresh: the text comes in the URL, a button closes it. */
Office.onReady(() => {
  const params = new URLSearchParams(window.location.search);
  const text = params.get("text") ?? "";
  const message = document.getElementById("message") as HTMLElement;
  message.textContent = text;
  if (params.get("ok") === "0") message.className = "error";
  const close = document.getElementById("close") as HTMLButtonElement;
  close.textContent = messagesFor(pickLocale(Office.context.displayLanguage)).host.close;
  close.addEventListener("click", () => Office.context.ui.messageParent("close"));
  close.focus();
});
