import { SheetPlan } from "../../src/core";
import { lazyRowsPlan } from "../../src/core/sheet-plan";
import { MINIMAL_STYLES, StyleAppender } from "../../src/xlsx/styles-append";
import { areaRef, worksheetXml } from "../../src/xlsx/sheet-write";
import { SheetContext, readSheetXml } from "../../src/xlsx/sheet-read";
import { cellFormats } from "../../src/xlsx/styles-read";

const plan: SheetPlan = {
  name: "排名-三季度",
  kind: "ranking",
  rows: [
    [{ value: "排名", style: "title" }],
    [{ value: "〔Duibiao〕说明" }],
    [
      { value: "=SUM(1,2)" },
      { value: "+86", style: "body" },
      { value: 99.8, formula: "='三季度'!D3+1", format: "0.00", style: "body" },
      { value: 1, formula: "=RANK.EQ(C3,C$3:C$4)", format: "0" },
      { value: "", formula: '=IF(C3>=MAX(C$3:C$4),"",1)' },
      { value: null, formula: "=C3*0" },
      { value: " 前后空格 " },
    ],
  ],
  columnWidths: [12, 0, 8],
  freeze: { rows: 3, columns: 2 },
  merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
  print: { landscape: true, repeatRows: [3, 3] },
  conditionalFormats: [{ area: { top: 2, left: 3, bottom: 5, right: 3 }, kind: "signColors" }],
  rowHeights: [24, undefined, undefined, undefined, 30],
  charts: [],
};

function write(cachedResults: boolean): { xml: string; styles: StyleAppender } {
  const styles = new StyleAppender(MINIMAL_STYLES);
  let xml = "";
  const context = { styles, cachedResults, drawingRelId: "rId1" };
  // A small sheet is written without a pause.
  expect([...worksheetXml(plan, context, (s) => (xml += s))]).toEqual([]);
  return { xml, styles };
}

describe("worksheetXml", () => {
  const { xml, styles } = write(true);

  it("writes text that looks like a formula as inline text formatted as text", () => {
    expect(xml).toMatch(/<c r="A3" s="(\d+)" t="inlineStr"><is><t>=SUM\(1,2\)<\/t><\/is><\/c>/);
    const s = Number(/<c r="A3" s="(\d+)"/.exec(xml)?.[1]);
    expect(cellFormats(styles.xml()).codes[s]).toBe("@");
    expect(xml).toMatch(/<c r="B3" s="\d+" t="inlineStr"><is><t>\+86<\/t><\/is><\/c>/);
    expect(xml).toContain('<t xml:space="preserve"> 前后空格 </t>');
  });

  it("writes formulas in file syntax with the engine's values cached", () => {
    expect(xml).toMatch(/<c r="C3" s="\d+"><f>'三季度'!D3\+1<\/f><v>99.8<\/v><\/c>/);
    expect(xml).toMatch(/<c r="D3" s="\d+"><f>_xlfn.RANK.EQ\(C3,C\$3:C\$4\)<\/f><v>1<\/v><\/c>/);
    expect(xml).toContain('<c r="E3" t="str"><f>IF(C3&gt;=MAX(C$3:C$4),"",1)</f><v></v></c>');
    expect(xml).toContain('<c r="F3"><f>C3*0</f></c>');
  });

  it("omits cached values on request, so a spreadsheet program must compute them", () => {
    const bare = write(false).xml;
    expect(bare).not.toMatch(/<f>[^<]*<\/f><v>/);
    expect(bare).toContain("<f>_xlfn.RANK.EQ(C3,C$3:C$4)</f></c>");
  });

  it("lays out the sheet: widths, heights, panes, merges, page setup, colours, drawing", () => {
    expect(xml).toContain(
      '<col min="1" max="1" width="12" customWidth="1"/><col min="3" max="3" width="8" customWidth="1"/>'
    );
    expect(xml).toContain('<row r="1" ht="24" customHeight="1">');
    expect(xml).toContain('<row r="5" ht="30" customHeight="1"/>');
    expect(xml).toContain(
      '<pane xSplit="2" ySplit="3" topLeftCell="C4" activePane="bottomRight" state="frozen"/>'
    );
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>');
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    );
    expect(xml).toMatch(
      /<conditionalFormatting sqref="D3:D6"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan">/
    );
    expect(xml).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
  });

  it("reads back as the values planned", () => {
    const context: SheetContext = {
      strings: [],
      styles: cellFormats(styles.xml()),
      date1904: false,
      withFormats: false,
    };
    const { values, merges } = readSheetXml(xml, context);
    expect(values[2].slice(0, 4)).toEqual(["=SUM(1,2)", "+86", 99.8, 1]);
    expect(values[2][6]).toBe(" 前后空格 ");
    expect(values[1][0]).toBe("〔Duibiao〕说明");
    expect(merges).toEqual(plan.merges);
  });

  it("writes a plan whose rows are made as they are written as it writes the same rows held", () => {
    let made = 0;
    const lazy = lazyRowsPlan(plan, {
      count: plan.rows.length,
      width: Math.max(...plan.rows.map((r) => r.length)),
      *rows() {
        for (const line of plan.rows) {
          made += 1;
          yield line;
        }
      },
    });
    const styles = new StyleAppender(MINIMAL_STYLES);
    let out = "";
    const context = { styles, cachedResults: true, drawingRelId: "rId1" };
    expect([...worksheetXml(lazy, context, (s) => (out += s))]).toEqual([]);
    expect(out).toBe(xml);
    // Made once, by the writer, and not kept.
    expect(made).toBe(plan.rows.length);
    expect(lazy.rows).toEqual(plan.rows);
    expect(made).toBe(2 * plan.rows.length);
  });

  it("stops on a row source that makes more or fewer rows than it counts", () => {
    const write = (count: number) => {
      const lazy = lazyRowsPlan(plan, { count, width: 7, rows: () => plan.rows });
      const context = { styles: new StyleAppender(MINIMAL_STYLES), cachedResults: true };
      return () => [...worksheetXml(lazy, context, () => undefined)];
    };
    expect(write(plan.rows.length)).not.toThrow();
    expect(write(plan.rows.length + 1)).toThrow(/rows made of the 4/);
    expect(write(plan.rows.length - 1)).toThrow(/more rows made than the 2/);
  });

  it("areaRef names a cell or an area", () => {
    expect(areaRef({ top: 2, left: 3, bottom: 2, right: 3 })).toBe("D3");
    expect(areaRef({ top: 0, left: 0, bottom: 9, right: 27 })).toBe("A1:AB10");
  });
});
