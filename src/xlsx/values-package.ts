/**
 * A new .xlsx package holding sheets of plain values: what an .xls or .et becomes before the
 * tool's sheets are added, since its own binary records cannot be carried into an .xlsx.
 * Values, merged areas, number formats and sheet visibility are kept; formulas (as their cached
 * values), fonts, fills, column widths and everything else of the old file are not.
 */
import { EMPTY, SheetInput } from "../core/cells";
import { Package } from "./package";
import { REL, relsPartXml } from "./relationships";
import { CellLike, NS_MAIN, NS_REL, SheetLike, worksheetXml } from "./sheet-write";
import { MINIMAL_STYLES, StyleAppender } from "./styles-append";
import { SheetState } from "./workbook-part";
import { escapeAttr } from "./xml-text";
import { ZipStream } from "./zip-write";
import { readZip } from "./zip-read";
import { CONTENT_TYPE } from "./content-types";

/**
 * The sheets as a package in memory.
 * @example valuesPackage(xls.raw, xls.states).workbookPart // => "xl/workbook.xml"
 */
export function valuesPackage(
  sheets: readonly SheetInput[],
  states: readonly SheetState[]
): Package {
  const styles = new StyleAppender(MINIMAL_STYLES);
  const zip = new ZipStream({ level: 1 });
  const chunks: Uint8Array[] = [];
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CONTENT_TYPE.worksheet}"/>`
    )
    .join("");
  zip.addFile(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/>` +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/>` +
      overrides +
      "</Types>"
  );
  zip.addFile(
    "_rels/.rels",
    relsPartXml([{ id: "rId1", type: REL.officeDocument, target: "xl/workbook.xml" }])
  );
  const firstVisible = Math.max(0, states.indexOf("visible"));
  zip.addFile(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      `<bookViews><workbookView activeTab="${firstVisible}"/></bookViews><sheets>` +
      sheets
        .map(
          (s, i) =>
            `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"` +
            (states[i] && states[i] !== "visible" ? ` state="${states[i]}"` : "") +
            ` r:id="rId${i + 2}"/>`
        )
        .join("") +
      "</sheets></workbook>"
  );
  zip.addFile(
    "xl/_rels/workbook.xml.rels",
    relsPartXml([
      { id: "rId1", type: REL.styles, target: "styles.xml" },
      ...sheets.map((_, i) => ({
        id: `rId${i + 2}`,
        type: REL.worksheet,
        target: `worksheets/sheet${i + 1}.xml`,
      })),
    ])
  );
  sheets.forEach((sheet, i) => {
    const sink = zip.openFile(`xl/worksheets/sheet${i + 1}.xml`);
    const context = { styles, cachedResults: true, selected: i === firstVisible };
    const rows = worksheetXml(sheetLike(sheet), context, sink.write);
    while (!rows.next().done) chunks.push(...zip.take());
    sink.close();
    chunks.push(...zip.take());
  });
  zip.addFile("xl/styles.xml", styles.xml());
  zip.finish();
  chunks.push(...zip.take());
  return new Package(readZip(concat(chunks)));
}

function sheetLike(sheet: SheetInput): SheetLike {
  const rows: CellLike[][] = sheet.values.map((line, r) =>
    line.map((v, c) => {
      const format = sheet.formats?.[r]?.[c];
      return {
        value: v === EMPTY ? null : v,
        format: format && format !== "General" ? format : undefined,
      };
    })
  );
  return { rows, columnWidths: [], merges: sheet.merges ?? [] };
}

/** Joins chunks into one array. @example concat([Uint8Array.of(1), Uint8Array.of(2, 3)]) // => Uint8Array [1, 2, 3] */
export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
