/**
 * Small workbook packages made part by part, as Excel lays them out, so each hostile case can
 * change exactly one thing: a part's text, a relationship, a missing part, a DOCTYPE.
 */
import { RawEntry, deflated, rawZip } from "./zip-bytes";

export type Cell =
  | string
  | number
  | boolean
  | null
  | { readonly error: string; readonly formula?: string }
  | { readonly inline: string }
  | { readonly date: number };

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly merges?: readonly string[];
}

/** Parts by name, in the order they go into the zip. */
export type Parts = Map<string, string | Uint8Array>;

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** "A", "B" … "AA" for a 0-based column. */
export function letters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function rel(id: string, type: string, target: string, external = false): string {
  const full = type.startsWith("http") ? type : `${R}/${type}`;
  return `<Relationship Id="${id}" Type="${full}" Target="${esc(target)}"${external ? ' TargetMode="External"' : ""}/>`;
}

export function relsXml(...items: string[]): string {
  return `${XML}<Relationships xmlns="${PKG}">${items.join("")}</Relationships>`;
}

/** A worksheet part's XML for the rows, strings through the shared table `strings`. */
export function sheetXml(spec: SheetSpec, strings: string[], extra = ""): string {
  const index = new Map(strings.map((s, i) => [s, i]));
  const sst = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const rows = spec.rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          const ref = `${letters(c)}${r + 1}`;
          if (cell === null) return "";
          if (typeof cell === "number") return `<c r="${ref}" s="1"><v>${cell}</v></c>`;
          if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
          if (typeof cell === "string") return `<c r="${ref}" t="s"><v>${sst(cell)}</v></c>`;
          if ("inline" in cell)
            return `<c r="${ref}" t="inlineStr"><is><t>${esc(cell.inline)}</t></is></c>`;
          if ("date" in cell) return `<c r="${ref}" s="2"><v>${cell.date}</v></c>`;
          const f = cell.formula ? `<f>${esc(cell.formula)}</f>` : "";
          return `<c r="${ref}" t="e">${f}<v>${esc(cell.error)}</v></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  const width = Math.max(1, ...spec.rows.map((r) => r.length));
  const merges = spec.merges?.length
    ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  return (
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:${letters(width - 1)}${Math.max(1, spec.rows.length)}"/>` +
    `<sheetData>${rows}</sheetData>${merges}${extra}</worksheet>`
  );
}

const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="176" formatCode="0.00_ "/></numFmts>` +
  '<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * The parts of a workbook holding these sheets: content types, package and workbook
 * relationships, workbook, styles, shared strings, one part per sheet, core properties.
 */
export function bookParts(sheets: readonly SheetSpec[]): Parts {
  const strings: string[] = [];
  const sheetParts = sheets.map((s, i) => [
    `xl/worksheets/sheet${i + 1}.xml`,
    sheetXml(s, strings),
  ]);
  const parts: Parts = new Map();
  parts.set(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${SML}.sheet.main+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SML}.worksheet+xml"/>`
        )
        .join("") +
      `<Override PartName="/xl/styles.xml" ContentType="${SML}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${SML}.sharedStrings+xml"/>` +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      "</Types>"
  );
  parts.set(
    "_rels/.rels",
    relsXml(
      rel("rId1", "officeDocument", "xl/workbook.xml"),
      rel("rId2", `${PKG}/metadata/core-properties`, "docProps/core.xml")
    )
  );
  parts.set(
    "xl/workbook.xml",
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
      sheets
        .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("") +
      '</sheets><calcPr calcId="191029"/></workbook>'
  );
  const n = sheets.length;
  parts.set(
    "xl/_rels/workbook.xml.rels",
    relsXml(
      ...sheets.map((_, i) => rel(`rId${i + 1}`, "worksheet", `worksheets/sheet${i + 1}.xml`)),
      rel(`rId${n + 1}`, "styles", "styles.xml"),
      rel(`rId${n + 2}`, "sharedStrings", "sharedStrings.xml")
    )
  );
  parts.set("xl/styles.xml", STYLES);
  for (const [name, xml] of sheetParts) parts.set(name, xml);
  parts.set(
    "xl/sharedStrings.xml",
    `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
      strings.map((s) => `<si><t>${esc(s)}</t></si>`).join("") +
      "</sst>"
  );
  parts.set(
    "docProps/core.xml",
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>省考核办</dc:creator></cp:coreProperties>`
  );
  return parts;
}

/** The parts zipped, each deflated honestly; `extra` entries (bombs, liars) are appended as given. */
export function zipOf(parts: Parts, extra: readonly RawEntry[] = []): Uint8Array {
  return rawZip([...[...parts].map(([name, data]) => deflated(name, data)), ...extra]);
}

/** A copy of the parts with one part's text changed. */
export function edited(parts: Parts, name: string, edit: (text: string) => string): Parts {
  const text = parts.get(name);
  if (typeof text !== "string") throw new Error(`no text part ${name}`);
  const copy = new Map(parts);
  copy.set(name, edit(text));
  return copy;
}

/** A copy of the parts without some. */
export function without(parts: Parts, ...names: string[]): Parts {
  const copy = new Map(parts);
  for (const name of names) if (!copy.delete(name)) throw new Error(`no part ${name}`);
  return copy;
}

/** A DOCTYPE with an internal entity, put before a part's root element. */
export function withDoctype(text: string, doctype: string): string {
  const root = text.indexOf("<", text.indexOf("?>") + 2);
  return `${text.slice(0, root)}${doctype}${text.slice(root)}`;
}
