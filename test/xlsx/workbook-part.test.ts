import { WorkbookFileError } from "../../src/xlsx";
import { parseWorkbookXml } from "../../src/xlsx/workbook-part";

const XML =
  '<?xml version="1.0"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<workbookPr date1904="1"/><bookViews><workbookView activeTab="1" firstSheet="1"/></bookViews>' +
  '<sheets><sheet name="甲 &amp; 乙" sheetId="3" r:id="rId5"/><sheet name="隐" sheetId="4" state="hidden" r:id="rId6"/></sheets>' +
  '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">\'隐\'!$A$1:$B$2</definedName><definedName name="全局">1</definedName></definedNames>' +
  '<calcPr calcId="1"/></workbook>';

describe("parseWorkbookXml", () => {
  const wb = parseWorkbookXml(XML);

  it("reads sheets with names, ids, relationship ids and visibility", () => {
    expect(wb.sheets.map((s) => [s.name, s.sheetId, s.relId, s.state])).toEqual([
      ["甲 & 乙", 3, "rId5", "visible"],
      ["隐", 4, "rId6", "hidden"],
    ]);
    expect(XML.slice(wb.sheets[1].start, wb.sheets[1].end)).toBe(
      '<sheet name="隐" sheetId="4" state="hidden" r:id="rId6"/>'
    );
    expect(XML.slice(wb.sheetsClose).startsWith("</sheets>")).toBe(true);
  });

  it("reads defined names with their sheet indexes, views and the date system", () => {
    expect(wb.definedNames.map((d) => [d.name, d.localSheetId])).toEqual([
      ["_xlnm.Print_Area", 1],
      ["全局", null],
    ]);
    expect(XML.slice(wb.definedNames[1].start, wb.definedNames[1].end)).toBe(
      '<definedName name="全局">1</definedName>'
    );
    expect(wb.views.map((v) => [v.activeTab, v.firstSheet])).toEqual([[1, 1]]);
    expect(wb.date1904).toBe(true);
  });

  it("knows where a new definedNames goes when there is none", () => {
    const bare = XML.replace(/<definedNames>.*<\/definedNames>/, "");
    const parsed = parseWorkbookXml(bare);
    expect(parsed.definedNamesClose).toBeNull();
    expect(bare.slice(parsed.definedNamesAt).startsWith("<calcPr")).toBe(true);
  });

  it("knows an empty definedNames element, which new names replace", () => {
    const empty = XML.replace(/<definedNames>.*<\/definedNames>/, "<definedNames/>");
    const parsed = parseWorkbookXml(empty);
    expect(parsed.definedNamesClose).toBeNull();
    expect(empty.slice(parsed.emptyDefinedNames?.start, parsed.emptyDefinedNames?.end)).toBe(
      "<definedNames/>"
    );
  });

  it("refuses a Strict Open XML workbook", () => {
    const strict = XML.replace(
      'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
      'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"'
    );
    expect(() => parseWorkbookXml(strict)).toThrow(WorkbookFileError);
  });
});
