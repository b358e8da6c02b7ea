import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { EngineResult, SheetPlan, runEngine } from "../../src/core";
import { WorkbookRead, readWorkbookBytes, writeWorkbookBytes } from "../../src/xlsx";
import { formulaMismatches } from "../support/formula-check";
import { exportPdf, removeRecalculated } from "../support/libreoffice";
import {
  Parts,
  partText,
  partsOf,
  realWorldWorkbook,
  relationshipGraph,
  zipParts,
} from "../support/packages";
import { fillColors } from "../support/pdf-colors";

jest.setTimeout(180_000);

/** The parts the writer must extend; every other part of IN is copied byte for byte. */
const EXTENDED = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
];
const TOOL_PART =
  /^xl\/(worksheets\/sheet\d+\.xml|worksheets\/_rels\/sheet\d+\.xml\.rels|drawings\/drawing\d+\.xml|drawings\/_rels\/drawing\d+\.xml\.rels|charts\/chart\d+\.xml)$/;
const OPTIONS = { ownUnit: "平利县", benchmarks: ["镇安县"] };

function run(bytes: Uint8Array): { book: WorkbookRead; result: EngineResult; out: Uint8Array } {
  const book = readWorkbookBytes(bytes);
  const result = runEngine(book.sheets, OPTIONS);
  const out = writeWorkbookBytes(book, { plans: result.plans, stale: result.staleOutputSheets });
  return { book, result, out };
}

const equalBytes = (a: Uint8Array | undefined, b: Uint8Array | undefined) =>
  a !== undefined && b !== undefined && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

/** Child elements of a styles collection, as written. */
function children(styles: string, section: string): string[] {
  const m = new RegExp(`<${section}[^>]*?>([\\s\\S]*?)</${section}>`).exec(styles);
  if (!m) return [];
  const item = section === "cellXfs" ? "xf" : section.slice(0, -1);
  return [...m[1].matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g"))].map(
    (x) => x[0]
  );
}

function countAttr(styles: string, section: string): number {
  return Number(new RegExp(`<${section} count="(\\d+)"`).exec(styles)?.[1]);
}

describe("writeWorkbookBytes on a real-world package (chart, picture, pivot table, comments, links)", () => {
  const input = realWorldWorkbook();
  const first = run(input);
  const inParts = partsOf(input);
  const outParts = partsOf(first.out);

  const planned = first.result.plans.map((p) => p.name);

  it("plans a briefing with charts, a comparison and a ranking sheet", () => {
    // Whether the engine also ranks the pivot table's output is the reader's business, not this test's.
    expect(planned.slice(0, 3)).toEqual(["简报", "对标-镇安县", "排名-三季度县区"]);
    expect(first.result.plans[0].charts.length).toBeGreaterThan(0);
  });

  it("copies every part it need not extend byte for byte, source worksheets included", () => {
    const changed = [...inParts]
      .filter(([name]) => !EXTENDED.includes(name))
      .filter(([name, data]) => !equalBytes(outParts.get(name), data))
      .map(([name]) => name);
    expect(changed).toEqual([]);
    // The check covered the parts a round trip through a spreadsheet model loses.
    for (const name of [
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/sharedStrings.xml",
      "xl/charts/chart1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/pivotCache/pivotCacheRecords1.xml",
      "xl/threadedComments/threadedComment1.xml",
      "xl/cellimages.xml",
      "docProps/custom.xml",
      "xl/printerSettings/printerSettings1.bin",
      "xl/externalLinks/externalLink1.xml",
      "xl/media/image1.png",
      "xl/calcChain.xml",
    ])
      expect({ name, kept: equalBytes(outParts.get(name), inParts.get(name)) }).toEqual({
        name,
        kept: true,
      });
  });

  it("adds only the tool's sheets, drawing and charts", () => {
    const added = [...outParts.keys()].filter((n) => !inParts.has(n)).sort();
    expect(added.filter((n) => !TOOL_PART.test(n))).toEqual([]);
    expect(added.filter((n) => /worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(planned.length);
    expect(added.filter((n) => /charts\/chart\d+\.xml$/.test(n))).toHaveLength(
      first.result.plans[0].charts.length
    );
  });

  it("appends to the styles without renumbering anything", () => {
    const before = partText(input, "xl/styles.xml");
    const after = partText(first.out, "xl/styles.xml");
    for (const section of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"]) {
      const old = children(before, section);
      const now = children(after, section);
      expect({ section, kept: now.slice(0, old.length) }).toEqual({ section, kept: old });
      expect({ section, count: countAttr(after, section) }).toEqual({ section, count: now.length });
    }
    expect(children(after, "cellXfs").length).toBeGreaterThan(children(before, "cellXfs").length);
    // New number formats take ids above the workbook's own (176).
    for (const m of after.matchAll(/numFmtId="(\d+)" formatCode/g))
      expect(Number(m[1]) === 176 || Number(m[1]) > 176).toBe(true);
  });

  it("registers the new sheets after the source sheets, keeping names, links and local names", () => {
    const wb = partText(first.out, "xl/workbook.xml");
    const names = [...wb.matchAll(/<sheet name="([^"]+)"|<sheet [^>]*?name="([^"]+)"/g)].map(
      (m) => m[1] ?? m[2]
    );
    expect(names).toEqual(["三季度县区", "透视", ...planned]);
    expect(wb).toContain("<definedName name=\"总分区域\">'三季度县区'!$F$3:$F$10</definedName>");
    expect(wb).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="1">\'透视\'!$A$3:$B$6</definedName>'
    );
    expect(wb).toContain('<definedName name="上期总分">[1]二季度县区!$F$3</definedName>');
    expect(wb).toContain('<pivotCaches><pivotCache cacheId="1" r:id="rId8"/></pivotCaches>');
    // Print titles of the new sheets, local to each by its index.
    expect(wb).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="4">\'排名-三季度县区\'!$3:$3</definedName>'
    );
  });

  it("leaves no broken relationship and no part outside the relationship graph", () => {
    const { reachable, broken } = relationshipGraph(first.out);
    expect(broken).toEqual([]);
    const unreachable = [...outParts.keys()].filter(
      (n) => n !== "[Content_Types].xml" && !reachable.has(n)
    );
    expect(unreachable).toEqual([]);
  });

  it("gives every part a content type", () => {
    const types = partText(first.out, "[Content_Types].xml");
    const defaults = new Set([...types.matchAll(/Extension="([^"]+)"/g)].map((m) => m[1]));
    const overrides = new Set([...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]));
    for (const name of outParts.keys()) {
      if (name === "[Content_Types].xml") continue;
      const typed = overrides.has(name) || defaults.has(name.slice(name.lastIndexOf(".") + 1));
      expect({ name, typed }).toEqual({ name, typed: true });
    }
    for (const name of overrides)
      expect({ name, exists: outParts.has(name) }).toEqual({ name, exists: true });
  });

  it("writes charts whose series read the briefing's cells, with cached values", () => {
    const charts = [...outParts.keys()].filter(
      (n) => n.startsWith("xl/charts/") && !inParts.has(n)
    );
    for (const name of charts) {
      const xml = partText(first.out, name);
      const refs = [...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]);
      expect(refs.length).toBeGreaterThan(1);
      for (const ref of refs) expect(ref).toMatch(/^'简报'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
      expect(xml).toMatch(/<c:strCache><c:ptCount val="\d+"\/><c:pt idx="0"><c:v>[^<]+<\/c:v>/);
      expect(xml).toMatch(/<c:numCache>.*<c:pt idx="0"><c:v>-?[\d.]+<\/c:v>/);
    }
    // The briefing's sheet part links its drawing, and the drawing links the charts.
    const graph = relationshipGraph(first.out).reachable;
    for (const name of charts) expect(graph.has(name)).toBe(true);
  });

  it("re-run on its output replaces the tool's parts and leaves exactly one set", () => {
    const second = run(first.out);
    expect(second.result.staleOutputSheets).toEqual(first.result.plans.map((p) => p.name));
    const again = partsOf(second.out);
    // calcChain names cells by sheet; it is dropped once the tool's sheets are replaced.
    expect([...again.keys()].sort()).toEqual(
      [...outParts.keys()].filter((n) => n !== "xl/calcChain.xml").sort()
    );
    for (const [name, data] of outParts) {
      if (name === "xl/calcChain.xml" || EXTENDED.includes(name)) continue;
      expect({ name, same: equalBytes(again.get(name), data) }).toEqual({ name, same: true });
    }
    // Styles do not grow from one run to the next.
    expect(partText(second.out, "xl/styles.xml")).toBe(partText(first.out, "xl/styles.xml"));
    expect(relationshipGraph(second.out).broken).toEqual([]);
    const third = run(second.out);
    expect(equalBytes(third.out, second.out)).toBe(true);
  });

  it("opens in LibreOffice, whose recalculation of every formula equals the engine", async () => {
    const { mismatches, checked } = await formulaMismatches(first.book, first.result);
    expect(checked).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
  });
});

describe("re-running after the user worked on the output", () => {
  /** OUT with a user's sheet added after the tool's (local print area, selected) and a picture pasted on the briefing. */
  function decorated(out: Uint8Array): Uint8Array {
    const parts = partsOf(out);
    const text = (name: string) => new TextDecoder().decode(parts.get(name));
    const wb = text("xl/workbook.xml");
    const count = [...wb.matchAll(/<sheet /g)].length;
    // The briefing's drawing: the one the source workbook did not have.
    const drawing = [...parts.keys()].find(
      (n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n) && n !== "xl/drawings/drawing1.xml"
    ) as string;
    const drawingRels = drawing.replace("drawings/", "drawings/_rels/") + ".rels";
    const edited: Parts = [];
    for (const [name, data] of parts) {
      if (name === "xl/workbook.xml") {
        edited.push([
          name,
          wb
            .replace("</sheets>", '<sheet name="备注" sheetId="99" r:id="rId99"/></sheets>')
            .replace(
              "</definedNames>",
              `<definedName name="_xlnm.Print_Area" localSheetId="${count}">'备注'!$A$1:$B$2</definedName></definedNames>`
            )
            .replace('activeTab="0"', `activeTab="${count}"`),
        ]);
      } else if (name === "xl/_rels/workbook.xml.rels") {
        edited.push([
          name,
          text(name).replace(
            "</Relationships>",
            '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>'
          ),
        ]);
      } else if (name === "[Content_Types].xml") {
        edited.push([
          name,
          text(name).replace(
            "</Types>",
            '<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/media/image99.png" ContentType="image/png"/></Types>'
          ),
        ]);
      } else if (name === drawingRels) {
        edited.push([
          name,
          text(name).replace(
            "</Relationships>",
            '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image99.png"/></Relationships>'
          ),
        ]);
      } else edited.push([name, data]);
    }
    edited.push([
      "xl/worksheets/sheet99.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>我的备注</t></is></c></row></sheetData></worksheet>',
    ]);
    edited.push(["xl/media/image99.png", Uint8Array.of(137, 80, 78, 71)]);
    return zipParts(edited);
  }

  const first = run(realWorldWorkbook());
  const input = decorated(first.out);
  const second = run(input);
  const parts = partsOf(second.out);
  const wb = partText(second.out, "xl/workbook.xml");

  it("drops the picture pasted on its own sheet with the sheet, and keeps the user's sheet", () => {
    expect(parts.has("xl/media/image99.png")).toBe(false);
    expect(partText(second.out, "[Content_Types].xml")).not.toContain("image99");
    expect(
      equalBytes(
        parts.get("xl/worksheets/sheet99.xml"),
        partsOf(input).get("xl/worksheets/sheet99.xml")
      )
    ).toBe(true);
    expect(relationshipGraph(second.out).broken).toEqual([]);
  });

  it("moves the user's sheet before the new ones and renumbers its local name and the active tab", () => {
    const names = [...wb.matchAll(/<sheet [^>]*?name="([^"]+)"|<sheet name="([^"]+)"/g)].map(
      (m) => m[1] ?? m[2]
    );
    expect(names).toEqual([
      "三季度县区",
      "透视",
      "备注",
      ...second.result.plans.map((p) => p.name),
    ]);
    expect(second.result.plans.map((p) => p.name)).toEqual(first.result.plans.map((p) => p.name));
    expect(wb).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="2">\'备注\'!$A$1:$B$2</definedName>'
    );
    expect(wb).toContain('activeTab="2"');
    // Exactly one print-titles name per new sheet that repeats rows, none left for the removed ones.
    const titled = second.result.plans.filter((p) => p.print.repeatRows).length;
    expect(titled).toBeGreaterThan(1);
    expect([...wb.matchAll(/_xlnm\.Print_Titles/g)]).toHaveLength(titled);
  });
});

describe("the briefing's charts in LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "duibiao-charts-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function painted(
    plans: readonly SheetPlan[],
    book: WorkbookRead
  ): Promise<Map<string, number>> {
    const file = path.join(dir, `charts-${plans[0].charts.length}.xlsx`);
    writeFileSync(file, writeWorkbookBytes(book, { plans }));
    const pdf = await exportPdf(file);
    const colors = fillColors(new Uint8Array(readFileSync(pdf)));
    removeRecalculated(pdf);
    return colors;
  }

  it("draws the bars in the series colour and the own units in the highlight colour", async () => {
    const { book, result } = run(realWorldWorkbook());
    const colors = await painted(result.plans, book);
    expect(colors.get("4472C4") ?? 0).toBeGreaterThan(0);
    expect(colors.get("C55A11") ?? 0).toBeGreaterThan(0);
    // The same sheets without their charts paint neither colour: the check can fail.
    const bare = result.plans.map((p) => ({ ...p, charts: [] }));
    const without = await painted(bare, book);
    expect(without.get("4472C4") ?? 0).toBe(0);
    expect(without.get("C55A11") ?? 0).toBe(0);
  });
});

describe("an .xlsm keeps its macros", () => {
  const input = realWorldWorkbook({ macro: true });
  const { out } = run(input);

  it("copies xl/vbaProject.bin and keeps the macro-enabled content type", () => {
    expect(
      equalBytes(partsOf(out).get("xl/vbaProject.bin"), partsOf(input).get("xl/vbaProject.bin"))
    ).toBe(true);
    expect(partText(out, "[Content_Types].xml")).toContain(
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>'
    );
    expect(readWorkbookBytes(out).format).toBe("xlsm");
    expect(readWorkbookBytes(input).format).toBe("xlsm");
  });
});

describe("a bare package written by another program (prefixed XML, no styles, empty names)", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const rows = [
    ["县（区）", "总分"],
    ["平利县", 99.8],
    ["汉滨区", 89.4],
    ["白河县", 87.5],
  ]
    .map(
      (row, r) =>
        `<x:row r="${r + 1}">${row
          .map((v, c) =>
            typeof v === "number"
              ? `<x:c r="${"AB"[c]}${r + 1}"><x:v>${v}</x:v></x:c>`
              : `<x:c r="${"AB"[c]}${r + 1}" t="inlineStr"><x:is><x:t>${v}</x:t></x:is></x:c>`
          )
          .join("")}</x:row>`
    )
    .join("");
  const input = zipParts([
    [
      "[Content_Types].xml",
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ],
    [
      "_rels/.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="${R}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:sheets><x:sheet name="本季度" sheetId="7" rel:id="R1"/></x:sheets><x:definedNames/></x:workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="R1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ],
    [
      "xl/worksheets/sheet1.xml",
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${rows}</x:sheetData></x:worksheet>`,
    ],
  ]);
  const first = run(input);

  it("adds a styles part, and writes its elements in the document's own prefixes", () => {
    expect(partText(first.out, "xl/styles.xml")).toContain("<cellXfs count=");
    expect(partText(first.out, "xl/_rels/workbook.xml.rels")).toContain('Target="styles.xml"');
    const wb = partText(first.out, "xl/workbook.xml");
    expect(wb).toMatch(/<x:sheet name="简报" sheetId="8" rel:id="rId\d+"\/>/);
    expect(wb).toMatch(/<x:sheet name="排名-本季度" sheetId="9" rel:id="rId\d+"\/>/);
    expect(wb).toContain(
      '<x:definedName name="_xlnm.Print_Titles" localSheetId="2">\'排名-本季度\'!$3:$3</x:definedName>'
    );
    expect(wb).not.toContain("<x:definedNames/>");
    expect(relationshipGraph(first.out).broken).toEqual([]);
  });

  it("never reuses a name an orphan content type or relationships part holds", () => {
    const parts = [...partsOf(input)].map(([name, data]): [string, string | Uint8Array] => [
      name,
      name === "[Content_Types].xml"
        ? new TextDecoder()
            .decode(data)
            .replace(
              "</Types>",
              '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
            )
        : data,
    ]);
    parts.push([
      "xl/worksheets/_rels/sheet3.xml.rels",
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    ]);
    const out = partsOf(run(zipParts(parts)).out);
    const added = [...out.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort();
    expect(added).toEqual([
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet4.xml",
      "xl/worksheets/sheet5.xml",
    ]);
  });

  it("reads back with the tool's sheets, and a re-run leaves the same parts", () => {
    const again = run(first.out);
    expect(again.result.staleOutputSheets).toEqual(first.result.plans.map((p) => p.name));
    expect([...partsOf(again.out).keys()].sort()).toEqual([...partsOf(first.out).keys()].sort());
    expect(relationshipGraph(again.out).broken).toEqual([]);
    expect(partText(again.out, "xl/styles.xml")).toBe(partText(first.out, "xl/styles.xml"));
  });
});
