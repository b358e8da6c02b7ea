import { WorkbookFileError } from "../../src/xlsx";
import {
  TagKind,
  TagScanner,
  assertNoDoctype,
  decodeXml,
  plainTextOf,
} from "../../src/xlsx/xml-scan";

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof WorkbookFileError) return e.code;
    throw e;
  }
  return "none";
}

describe("TagScanner", () => {
  it("walks tags with their kinds, prefixes and decoded attributes", () => {
    const s = new TagScanner(
      '<?xml version="1.0"?><!-- note --><x:a b="1 &amp; 2" r:id=\'rId3\'><x:c/><![CDATA[<d/>]]></x:a>'
    );
    const seen: string[] = [];
    while (s.next()) seen.push(`${s.kind}:${s.name}:${s.local}:${s.prefix}`);
    expect(seen).toEqual(["0:x:a:a:x:", "2:x:c:c:x:", "1:x:a:a:x:"]);
  });

  it("reads attributes by name and by local name, and a '>' inside a value", () => {
    const s = new TagScanner('<sheet name="a>b" ns1:id="rId7" xmlns:ns1="urn:x"/>');
    expect(s.next()).toBe(true);
    expect(s.kind).toBe(TagKind.Empty);
    expect(s.attr("name")).toBe("a>b");
    expect(s.attrLocal("id")).toBe("rId7");
  });

  it("skips an element with its children", () => {
    const s = new TagScanner("<a><b><b/><c/></b><d/></a>");
    s.next();
    s.next();
    s.skipElement();
    s.next();
    expect(s.name).toBe("d");
  });

  it("refuses a DOCTYPE and entity declarations", () => {
    expect(code(() => new TagScanner('<!DOCTYPE a [<!ENTITY x "y">]><a/>'))).toBe("unsafe-xml");
    expect(code(() => assertNoDoctype('<?xml version="1.0"?>\n<!-- c --><!DOCTYPE a><a/>'))).toBe(
      "unsafe-xml"
    );
    expect(code(() => assertNoDoctype('<?xml version="1.0"?><a><!-- <!DOCTYPE --></a>'))).toBe(
      "none"
    );
  });

  it("reports an unterminated tag as a broken file", () => {
    const s = new TagScanner('<a b="1');
    expect(code(() => s.next())).toBe("corrupt");
  });
});

describe("decodeXml", () => {
  it("reads UTF-8 with or without a byte-order mark, and UTF-16 by its mark", () => {
    expect(decodeXml(Uint8Array.of(0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e))).toBe("<a/>");
    expect(decodeXml(Uint8Array.of(0xff, 0xfe, 0x3c, 0, 0x61, 0, 0x2f, 0, 0x3e, 0))).toBe("<a/>");
    expect(decodeXml(Uint8Array.of(0xfe, 0xff, 0, 0x3c, 0, 0x61, 0, 0x2f, 0, 0x3e))).toBe("<a/>");
  });
});

describe("plainTextOf", () => {
  it("joins rich-text runs and leaves out phonetic runs", () => {
    const xml =
      '<si><r><t>安</t></r><r><rPr/><t xml:space="preserve">康 </t></r><rPh sb="0" eb="1"><t>アン</t></rPh></si>';
    expect(plainTextOf(xml, 0, xml.length)).toBe("安康 ");
  });
});
