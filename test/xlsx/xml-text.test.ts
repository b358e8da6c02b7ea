import {
  decodeEntities,
  decodeOoxmlEscapes,
  escapeAttr,
  escapeCellText,
  escapeText,
} from "../../src/xlsx/xml-text";

describe("xml-text", () => {
  it("escapeText escapes &, < and > and leaves the rest", () => {
    expect(escapeText("a < b & c > d \"'")).toBe("a &lt; b &amp; c &gt; d \"'");
    expect(escapeText("安康")).toBe("安康");
  });

  it("escapeAttr also escapes quotes and keeps line breaks as references", () => {
    expect(escapeAttr('say "hi"\n\tok')).toBe("say &quot;hi&quot;&#10;&#9;ok");
  });

  it("escapeCellText writes control characters as _xHHHH_ and guards literal escapes", () => {
    expect(escapeCellText("a\u0001b")).toBe("a_x0001_b");
    expect(escapeCellText("_x0041_")).toBe("_x005F_x0041_");
    expect(escapeCellText("=SUM(1,2)<")).toBe("=SUM(1,2)&lt;");
    expect(escapeCellText("line\nbreak\ttab")).toBe("line\nbreak\ttab");
  });

  it("decodeOoxmlEscapes undoes escapeCellText", () => {
    for (const text of ["a\u0001b", "_x0041_", "平利县\r\n", "x_x"])
      expect(decodeOoxmlEscapes(decodeEntities(escapeCellText(text)))).toBe(text);
  });

  it("decodeEntities reads the predefined entities and character references only", () => {
    expect(decodeEntities("&lt;&gt;&amp;&quot;&apos;&#x5B89;&#24247;")).toBe("<>&\"'安康");
    expect(decodeEntities("&nbsp;")).toBe("&nbsp;");
  });
});
