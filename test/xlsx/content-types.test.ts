import {
  CONTENT_TYPE,
  contentTypeOf,
  editContentTypes,
  parseContentTypes,
} from "../../src/xlsx/content-types";

const XML =
  '<?xml version="1.0"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/><Default Extension="PNG" ContentType="image/png"/>' +
  `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/>` +
  `<Override PartName="/xl/calcChain.xml" ContentType="x-calc"/></Types>`;

describe("content types", () => {
  const types = parseContentTypes(XML);

  it("contentTypeOf prefers an override, then the extension's default, ignoring case", () => {
    expect(contentTypeOf(types, "xl/Workbook.xml")).toBe(CONTENT_TYPE.workbook);
    expect(contentTypeOf(types, "xl/media/a.png")).toBe("image/png");
    expect(contentTypeOf(types, "xl/x.bin")).toBeUndefined();
  });

  it("editContentTypes removes, adds and retypes overrides and leaves the rest as written", () => {
    const edited = editContentTypes(
      types,
      ["xl/calcChain.xml"],
      [{ part: "xl/worksheets/sheet3.xml", type: CONTENT_TYPE.worksheet }],
      [{ part: "xl/workbook.xml", type: CONTENT_TYPE.workbookMacro }]
    );
    expect(edited).toBe(
      XML.replace('<Override PartName="/xl/calcChain.xml" ContentType="x-calc"/>', "")
        .replace(CONTENT_TYPE.workbook, CONTENT_TYPE.workbookMacro)
        .replace(
          "</Types>",
          `<Override PartName="/xl/worksheets/sheet3.xml" ContentType="${CONTENT_TYPE.worksheet}"/></Types>`
        )
    );
  });
});
