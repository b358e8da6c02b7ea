import { MINIMAL_STYLES, StyleAppender } from "../../src/xlsx/styles-append";

const SOURCE =
  '<?xml version="1.0"?>\n<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="0.0"/></x:numFmts>' +
  '<x:fonts count="1"><x:font><x:sz val="12"/><x:color theme="1"/><x:name val="等线"/><x:charset val="134"/><x:scheme val="minor"/></x:font></x:fonts>' +
  '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
  '<x:borders count="1"><x:border/></x:borders>' +
  '<x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs>' +
  '<x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs>' +
  '<x:dxfs count="0"/><x:extLst><x:ext uri="{1}"/></x:extLst></x:styleSheet>';

describe("StyleAppender", () => {
  it("adds new entries after the existing ones, in the document's prefix", () => {
    const styles = new StyleAppender(SOURCE);
    expect(styles.cellFormat(undefined, undefined)).toBe(0);
    const header = styles.cellFormat("header", "0.00");
    const change = styles.cellFormat("body", "+0;-0;0");
    expect([header, change]).toEqual([1, 2]);
    expect(styles.cellFormat("header", "0.00")).toBe(1);
    expect(styles.signFormats()).toEqual({ up: 0, down: 1 });
    const xml = styles.xml();
    // The original entries stay first and unchanged.
    expect(xml).toContain('<x:numFmts count="2"><x:numFmt numFmtId="170" formatCode="0.0"/>');
    expect(xml).toContain('<x:numFmt numFmtId="171" formatCode="+0;-0;0"/>');
    expect(xml).toContain(
      '<x:cellXfs count="3"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    );
    // New fonts copy the default font's name, charset and scheme.
    expect(xml).toContain(
      '<x:font><x:b/><x:sz val="12"/><x:color theme="1"/><x:name val="等线"/><x:charset val="134"/><x:scheme val="minor"/></x:font>'
    );
    expect(xml).toContain('<x:dxfs count="2"><x:dxf><x:font><x:color rgb="FF107C10"/>');
    expect(xml).toContain('<x:fgColor rgb="FFD9E1F2"/>');
    expect(xml.endsWith('<x:extLst><x:ext uri="{1}"/></x:extLst></x:styleSheet>')).toBe(true);
  });

  it("reuses what an earlier run added, so styles do not grow run after run", () => {
    const once = new StyleAppender(SOURCE);
    once.cellFormat("header", "0.00");
    once.cellFormat("own", "0");
    once.signFormats();
    const first = once.xml();
    const twice = new StyleAppender(first);
    expect(twice.cellFormat("header", "0.00")).toBe(1);
    expect(twice.cellFormat("own", "0")).toBe(2);
    twice.signFormats();
    expect(twice.changed).toBe(false);
    expect(twice.xml()).toBe(first);
  });

  it("creates a collection a style sheet lacks, in schema order", () => {
    const xml = SOURCE.replace(/<x:numFmts.*?<\/x:numFmts>/, "").replace('<x:dxfs count="0"/>', "");
    const styles = new StyleAppender(xml);
    styles.cellFormat(undefined, "0.####");
    styles.signFormats();
    const out = styles.xml();
    expect(out.indexOf('<x:numFmts count="1">')).toBeLessThan(out.indexOf("<x:fonts"));
    expect(out.indexOf('<x:dxfs count="2">')).toBeLessThan(out.indexOf("<x:extLst>"));
  });

  it("works from the minimal style sheet of a package without one", () => {
    const styles = new StyleAppender(MINIMAL_STYLES);
    expect(styles.cellFormat("title", undefined)).toBe(1);
    expect(styles.xml()).toContain('<cellXfs count="2">');
  });
});
