import { folderOf, relativeTarget, relsPartOf, resolveTarget } from "../../src/xlsx/part-names";

describe("part names", () => {
  it("relsPartOf names a part's relationships", () => {
    expect(relsPartOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPartOf("xl/worksheets/sheet1.xml")).toBe("xl/worksheets/_rels/sheet1.xml.rels");
  });

  it("folderOf keeps the trailing slash", () => {
    expect(folderOf("xl/charts/chart1.xml")).toBe("xl/charts/");
    expect(folderOf("a.xml")).toBe("");
  });

  it("resolveTarget resolves relative, absolute and percent-escaped targets", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe(
      "xl/worksheets/sheet1.xml"
    );
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/./drawing1.xml")).toBe(
      "xl/drawings/drawing1.xml"
    );
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(resolveTarget("", "xl/%E5%9B%BE.xml")).toBe("xl/图.xml");
    expect(resolveTarget("", "xl/%ZZ.xml")).toBe("xl/%ZZ.xml");
  });

  it("relativeTarget is the inverse of resolveTarget", () => {
    for (const [from, to] of [
      ["xl/workbook.xml", "xl/worksheets/sheet9.xml"],
      ["xl/worksheets/sheet9.xml", "xl/drawings/drawing2.xml"],
      ["xl/drawings/drawing2.xml", "xl/charts/chart3.xml"],
      ["xl/workbook.xml", "xl/styles.xml"],
    ]) {
      expect(resolveTarget(from, relativeTarget(from, to))).toBe(to);
    }
    expect(relativeTarget("xl/worksheets/sheet9.xml", "xl/drawings/drawing2.xml")).toBe(
      "../drawings/drawing2.xml"
    );
  });
});
