import { cellFormats } from "../../src/xlsx/styles-read";

describe("cellFormats", () => {
  it("resolves each cell style's number format, custom or built-in", () => {
    const xml =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<numFmts count="2"><numFmt numFmtId="176" formatCode="0.000_ "/><numFmt numFmtId="177" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="4"/></cellStyleXfs>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="2" applyNumberFormat="1"/><xf numFmtId="176"/><xf numFmtId="177"><alignment/></xf><xf numFmtId="14"/></cellXfs>' +
      "</styleSheet>";
    const formats = cellFormats(xml);
    expect(formats.codes).toEqual(["General", "0.00", "0.000_ ", 'yyyy"年"m"月"', "m/d/yy"]);
    expect(formats.dates).toEqual([false, false, false, true, true]);
  });
});
