import { EMPTY } from "../../src/core";
import { WorkbookFileError } from "../../src/xlsx";
import { SheetContext, readSheetXml, serialToIso } from "../../src/xlsx/sheet-read";

const context: SheetContext = {
  strings: ["县（区）", "平利县", ""],
  styles: {
    codes: ["General", "0.00", "yyyy-mm-dd", "0.000_ "],
    dates: [false, false, true, false],
  },
  date1904: false,
  withFormats: true,
};

const sheet = (data: string, tail = "") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData>${data}</sheetData>${tail}</worksheet>`;

describe("readSheetXml", () => {
  it("reads each kind of cell: shared, inline and rich text, numbers, booleans, errors, formulas", () => {
    const xml = sheet(
      '<row r="1" spans="1:9"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>汉</t></r><r><t>滨</t></r></is></c>' +
        '<c r="C1" s="1"><v>98.2</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c>' +
        '<c r="F1" s="1"><f>C1+1</f><v>99.2</v></c><c r="G1" t="str"><f>B1&amp;"县"</f><v>汉滨&lt;县</v></c>' +
        '<c r="H1" s="2"><v>43041</v></c><c r="I1" t="s"><v>2</v></c></row>'
    );
    const { values, formats } = readSheetXml(xml, context);
    expect(values).toEqual([
      ["县（区）", "汉滨", 98.2, true, "#N/A", 99.2, "汉滨<县", "2017-11-02T00:00:00.000Z"],
    ]);
    expect(formats).toEqual([[null, null, "0.00", null, null, "0.00", null, "yyyy-mm-dd"]]);
  });

  it("leaves gaps blank, counts rows and cells without references, and skips empty styled cells", () => {
    const xml = sheet(
      '<row r="2"><c r="C2"><v>1</v></c></row><row><c><v>2</v></c><c><v>3</v></c><c s="3"/></row>' +
        '<row r="1048576"><c r="A1048576" s="1"/></row>'
    );
    const { values } = readSheetXml(xml, context);
    expect(values).toEqual([[], [EMPTY, EMPTY, 1], [2, 3]]);
  });

  it("reads merged areas after the cells", () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="s"><v>1</v></c></row>',
      '<mergeCells count="2"><mergeCell ref="A1:F1"/><mergeCell ref="C3:B2"/></mergeCells>'
    );
    expect(readSheetXml(xml, context).merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 1, left: 1, bottom: 2, right: 2 },
    ]);
  });

  it("reads a sheet written with a namespace prefix, and one with no rows", () => {
    const prefixed =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(readSheetXml(prefixed, context).values).toEqual([[EMPTY, "平利县"]]);
    expect(
      readSheetXml(sheet("").replace("<sheetData></sheetData>", "<sheetData/>"), context).values
    ).toEqual([]);
  });

  it("refuses a sheet that declares a DOCTYPE", () => {
    expect(() => readSheetXml(`<!DOCTYPE x [<!ENTITY a "b">]>${sheet("")}`, context)).toThrow(
      WorkbookFileError
    );
  });

  it("serialToIso counts from 1900 or 1904 as the workbook says", () => {
    expect(serialToIso(43041, false)).toBe("2017-11-02T00:00:00.000Z");
    expect(serialToIso(43041 - 1462, true)).toBe("2017-11-02T00:00:00.000Z");
  });
});
