/**
 * The briefing as clipboard content: HTML whose <h1>/<h2> become headings in WPS 文字 and Word
 * (with the fonts official documents use, inline, since a paste keeps no stylesheet), and the
 * same text plain, for editors that take only text.
 */
import type { BriefingDoc } from "./worker/protocol";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface BriefingFonts {
  readonly heading: string;
  readonly body: string;
}

/**
 * @example briefingHtml({ title: "简报", sections: [{ heading: "一、总体情况", paragraphs: ["…"] }], charts: [] }, fonts)
 * // => '<html><body><h1 …>简报</h1><h2 …>一、总体情况</h2><p …>…</p></body></html>'
 */
export function briefingHtml(doc: BriefingDoc, fonts: BriefingFonts): string {
  const h = (level: 1 | 2, text: string, size: string) =>
    `<h${level} style="font-family:${escape(fonts.heading)};font-size:${size};font-weight:bold">${escape(text)}</h${level}>`;
  const p = (text: string) =>
    `<p style="font-family:${escape(fonts.body)};font-size:16pt;line-height:1.6;text-indent:2em;margin:0 0 6pt">${escape(text)}</p>`;
  const body = [
    h(1, doc.title, "22pt"),
    ...doc.sections.flatMap((s) => [h(2, s.heading, "16pt"), ...s.paragraphs.map(p)]),
  ].join("");
  return `<html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
}

/**
 * @example briefingPlainText(doc) // => "简报\n\n一、总体情况\n…\n"
 */
export function briefingPlainText(doc: BriefingDoc): string {
  const blocks = [doc.title, ...doc.sections.map((s) => [s.heading, ...s.paragraphs].join("\n"))];
  return `${blocks.join("\n\n")}\n`;
}
