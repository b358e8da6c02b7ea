import { readSharedStrings, rootPrefix } from "../../src/xlsx/shared-strings";

describe("readSharedStrings", () => {
  it("reads plain, rich, empty, escaped and prefixed entries in order", () => {
    const xml =
      '<?xml version="1.0"?>\n<x:sst xmlns:x="urn:x" count="5"><x:si><x:t>汉中</x:t></x:si>' +
      "<x:si><x:r><x:t>安</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>康</x:t></x:r></x:si><x:si/>" +
      "<x:si><x:t>a &amp; b_x000D_</x:t></x:si><x:si><x:t/></x:si></x:sst>";
    expect(readSharedStrings(xml)).toEqual(["汉中", "安康", "", "a & b\r", ""]);
  });

  it("rootPrefix finds the document element's prefix past the prolog", () => {
    expect(rootPrefix('<?xml version="1.0"?><!-- <y:z> --><x:sst/>')).toBe("x:");
    expect(rootPrefix("<sst/>")).toBe("");
  });
});
