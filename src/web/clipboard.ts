/**
 * Puts rich text and plain text on the clipboard together. The asynchronous Clipboard API with
 * ClipboardItem where the browser has both (Chromium 86 does; Firefox from 127); otherwise the
 * copy command, whose event lets the page set both formats (every browser has it, file:// too).
 */
export interface ClipboardContent {
  readonly html: string;
  readonly text: string;
}

interface ClipboardWindow {
  readonly navigator: Navigator;
  readonly document: Document;
  readonly ClipboardItem?: typeof ClipboardItem;
}

function copyByCommand(content: ClipboardContent, doc: Document): void {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData("text/html", content.html);
    event.clipboardData.setData("text/plain", content.text);
    event.preventDefault();
    written = true;
  };
  doc.addEventListener("copy", onCopy);
  try {
    doc.execCommand("copy");
  } finally {
    doc.removeEventListener("copy", onCopy);
  }
  if (!written) throw new Error("the browser refused the copy command");
}

/**
 * Copies `content`; rejects with the browser's reason when neither way is allowed.
 * @example await copyRichText({ html: "<h1>简报</h1>", text: "简报" })
 */
export async function copyRichText(
  content: ClipboardContent,
  win: ClipboardWindow = window
): Promise<void> {
  const Item = win.ClipboardItem;
  if (Item && win.navigator.clipboard && typeof win.navigator.clipboard.write === "function") {
    await win.navigator.clipboard.write([
      new Item({
        "text/html": new Blob([content.html], { type: "text/html" }),
        "text/plain": new Blob([content.text], { type: "text/plain" }),
      }),
    ]);
    return;
  }
  copyByCommand(content, win.document);
}
