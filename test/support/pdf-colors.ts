/**
 * What a PDF paints, without a PDF library: each content stream is inflated (LibreOffice writes
 * them with FlateDecode) and its fill-colour operators counted. A chart drawn in the series colour
 * leaves "r g b rg" operators in that colour; a blank chart area leaves none.
 */
import { unzlibSync } from "fflate";

/** The fill colours set in the PDF's content streams, as RRGGBB hex, with how often each is set. */
export function fillColors(pdf: Uint8Array): Map<string, number> {
  const text = Buffer.from(pdf).toString("latin1");
  const colors = new Map<string, number>();
  const start = /stream\r?\n/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const from = m.index + m[0].length;
    const to = text.indexOf("endstream", from);
    if (to < 0) break;
    start.lastIndex = to + "endstream".length;
    // Only deflated streams are read (an image in another filter holds no operators).
    const dict = text.slice(text.lastIndexOf(" obj", m.index), m.index);
    if (!dict.includes("/FlateDecode")) continue;
    const end = /\r?\n$/.exec(text.slice(to - 2, to))?.[0].length ?? 0;
    const content = Buffer.from(unzlibSync(pdf.subarray(from, to - end))).toString("latin1");
    for (const c of content.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) rg\b/g)) {
      const hex = [c[1], c[2], c[3]]
        .map((x) =>
          Math.round(Number(x) * 255)
            .toString(16)
            .padStart(2, "0")
        )
        .join("")
        .toUpperCase();
      colors.set(hex, (colors.get(hex) ?? 0) + 1);
    }
  }
  return colors;
}
