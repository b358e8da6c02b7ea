import { ChartPlan, SheetPlan } from "../../src/core";
import { HIGHLIGHT_COLOR, chartModel, chartSpaceXml, drawingXml } from "../../src/xlsx/chart-write";

const chart: ChartPlan = {
  kind: "bar",
  title: "2017年第三季度市级总分 <比较>",
  categories: "A3:A5",
  values: [{ name: "总分", range: "B3:B5" }],
  highlight: [1],
  anchor: { row: 7, col: 0, rows: 18, cols: 1 },
};
const plan: SheetPlan = {
  name: "简报",
  kind: "briefing",
  rows: [
    [],
    [{ value: null }, { value: "总分" }],
    [
      { value: "汉中", formula: "='排名'!B4" },
      { value: 94.52, formula: "='排名'!C4", format: "0.00" },
    ],
    [
      { value: "安康", formula: "='排名'!B5" },
      { value: 92.49, formula: "='排名'!C5", format: "0.00" },
    ],
    [
      { value: "商洛", formula: "='排名'!B6" },
      { value: "", formula: "='排名'!C6" },
    ],
  ],
  columnWidths: [60],
  merges: [],
  print: { landscape: false },
  charts: [chart],
};

describe("charts", () => {
  const model = chartModel(chart, plan);

  it("chartModel reads the categories and values the plan's cells hold", () => {
    expect(model.categories).toEqual({ ref: "'简报'!$A$3:$A$5", labels: ["汉中", "安康", "商洛"] });
    expect(model.series).toHaveLength(1);
    expect(model.series[0].ref).toBe("'简报'!$B$3:$B$5");
    expect(model.series[0].values).toEqual([94.52, 92.49, null]);
    expect([...(model.series[0].pointColors ?? [])]).toEqual([[1, HIGHLIGHT_COLOR]]);
    expect(model.legend).toBe(false);
    expect(model.valueFormat).toBe("0.00");
  });

  it("chartSpaceXml writes a horizontal clustered bar chart with cached values", () => {
    const xml = chartSpaceXml(model);
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(xml).toContain("<a:t>2017年第三季度市级总分 &lt;比较&gt;</a:t>");
    expect(xml).toContain(
      '<c:cat><c:strRef><c:f>\'简报\'!$A$3:$A$5</c:f><c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>汉中</c:v></c:pt>'
    );
    expect(xml).toContain(
      '<c:numCache><c:formatCode>0.00</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>94.52</c:v></c:pt><c:pt idx="1"><c:v>92.49</c:v></c:pt></c:numCache>'
    );
    expect(xml).toContain(
      `<c:dPt><c:idx val="1"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${HIGHLIGHT_COLOR}"/>`
    );
    expect(xml).not.toContain("<c:legend>");
  });

  it("takes a line chart with the value axis reversed (rank 1 on top), categories kept at the bottom", () => {
    const xml = chartSpaceXml({
      ...model,
      kind: "line",
      horizontal: false,
      legend: true,
      valueAxis: { reversed: true, min: 1, format: "0" },
    });
    expect(xml).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(xml).toMatch(
      /<c:valAx><c:axId val="\d+"\/><c:scaling><c:orientation val="maxMin"\/><c:min val="1"\/><\/c:scaling>/
    );
    expect(xml).toMatch(/<c:catAx>.*<c:crosses val="max"\/>.*<\/c:catAx>/);
    expect(xml).toContain("<c:legend>");
  });

  it("chartModel maps a line plan: the own unit's series highlighted and heavier, the rank axis as planned", () => {
    const line: ChartPlan = {
      kind: "line",
      title: "名次走势",
      categories: "A3:A5",
      values: [
        { name: "安康", range: "B3:B5" },
        { name: "汉中", range: "B3:B5" },
      ],
      highlight: [0],
      valueAxis: { reversed: true, min: 1, max: 11, majorUnit: 1, format: "0" },
      anchor: chart.anchor,
    };
    const m = chartModel(line, plan);
    expect(m.kind).toBe("line");
    expect(m.series.map((s) => [s.color, s.emphasis ?? false])).toEqual([
      [HIGHLIGHT_COLOR, true],
      ["ED7D31", false],
    ]);
    expect(m.valueAxis).toEqual({ reversed: true, min: 1, max: 11, majorUnit: 1, format: "0" });
    const xml = chartSpaceXml(m);
    expect(xml).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(xml).toContain(
      `<a:ln w="44450" cap="rnd"><a:solidFill><a:srgbClr val="${HIGHLIGHT_COLOR}"/>`
    );
    expect(xml).toMatch(
      /<c:valAx>.*<c:max val="11"\/><c:min val="1"\/>.*<c:majorUnit val="1"\/><\/c:valAx>/
    );
    expect(xml).not.toContain("<c:barChart>");
  });

  it("drawingXml anchors each chart to its cells and links it by id", () => {
    const xml = drawingXml([{ ...chart.anchor, relId: "rId1" }]);
    expect(xml).toContain(
      "<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>7</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
    );
    expect(xml).toContain(
      "<xdr:to><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>25</xdr:row>"
    );
    expect(xml).toContain('r:id="rId1"/>');
  });
});
