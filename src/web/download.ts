/**
 * Saves a Blob as a file through a temporary link: works from an intranet server and from a
 * folder (file://) alike, with no request made (the Blob is already in the page).
 */
export function saveBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled; a minute is ample on any machine.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The result file's name: the input's stem with the locale's suffix and the content's extension.
 * @example resultFileName("三季度.xls", "{stem}-对标结果{ext}", ".xlsx") // => "三季度-对标结果.xlsx"
 */
export function resultFileName(input: string, pattern: string, ext: string): string {
  const stem = input.replace(/\.[^.]*$/, "") || "workbook";
  return pattern.replace("{stem}", stem).replace("{ext}", ext);
}
