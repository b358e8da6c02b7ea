import {
  IdMaker,
  REL,
  isRelType,
  parseRelationships,
  relsPartXml,
} from "../../src/xlsx/relationships";

describe("relationships", () => {
  const xml = relsPartXml([
    { id: "rId1", type: REL.worksheet, target: "worksheets/sheet1.xml" },
    { id: "rId3", type: REL.styles, target: "styles.xml" },
  ]).replace(
    "</Relationships>",
    '<Relationship Id="rId9" Type="http://x/hyperlink" Target="https://example.com/a" TargetMode="External"/></Relationships>'
  );

  it("parseRelationships resolves targets and knows external ones", () => {
    const rels = parseRelationships(xml, "xl/workbook.xml");
    expect(rels.map((r) => [r.id, r.part])).toEqual([
      ["rId1", "xl/worksheets/sheet1.xml"],
      ["rId3", "xl/styles.xml"],
      ["rId9", null],
    ]);
    expect(xml.slice(rels[1].start, rels[1].end)).toMatch(/^<Relationship Id="rId3".*\/>$/);
  });

  it("isRelType matches transitional and strict namespaces", () => {
    expect(isRelType(REL.worksheet, "worksheet")).toBe(true);
    expect(
      isRelType("http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet", "worksheet")
    ).toBe(true);
    expect(isRelType(`${REL.worksheet.replace("worksheet", "chartsheet")}`, "worksheet")).toBe(
      false
    );
  });

  it("IdMaker continues after the highest rIdN and skips taken ids", () => {
    const ids = new IdMaker(["rId1", "rId7", "custom", "rId9x"]);
    expect([ids.take(), ids.take()]).toEqual(["rId8", "rId9"]);
  });
});
