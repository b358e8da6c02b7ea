/**
 * Workbook packages made by code, part by part, the way Excel, WPS and LibreOffice save them: a
 * score sheet with a chart, a picture, comments and a threaded comment, a pivot table with its
 * cache, an external link, defined names, custom properties, printer settings, WPS cell images,
 * calcChain, and (for .xlsm) a VBA project. Tests check the writer keeps every one of these parts.
 */
import * as CFB from "cfb";
import { strToU8, unzipSync, zipSync } from "fflate";

export type Parts = [name: string, data: string | Uint8Array][];

/** A zip of the parts, in the order given. */
export function zipParts(parts: Parts): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) files[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(files, { level: 6 });
}

/** Every part of a package by name. */
export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith("/")));
}

/** A part's text. */
export function partText(bytes: Uint8Array, name: string): string {
  const part = partsOf(bytes).get(name);
  if (!part) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(part);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const rel = (id: string, type: string, target: string, external = false) =>
  `<Relationship Id="${id}" Type="${type.startsWith("http") ? type : `${R}/${type}`}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`;
const rels = (...items: string[]) =>
  `${XML}<Relationships xmlns="${PKG_RELS}">${items.join("")}</Relationships>`;

/** The counties of the score sheet: name, parent city, cross-inspection, bulletin. */
export const COUNTIES: readonly [string, string, number, number][] = [
  ["平利县", "安康市", 98.2, 1.6],
  ["汉滨区", "安康市", 88.5, 0.9],
  ["白河县", "安康市", 87.4, 0.1],
  ["镇安县", "商洛市", 93.15, 1.2],
  ["洛南县", "商洛市", 90.05, 0.8],
  ["甘泉县", "延安市", 87.3, 0.1],
  ["宜川县", "延安市", 91.6, 1],
  ["石泉县", "安康市", 89.9, 0.4],
];

/** A 1×1 PNG (a grey pixel), valid enough for any viewer. */
export function pngBytes(): Uint8Array {
  return Uint8Array.from(
    Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==",
      "base64"
    )
  );
}

/** A compound file holding a VBA project's streams, as Excel stores xl/vbaProject.bin. */
export function vbaProjectBytes(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, "/VBA/dir", Uint8Array.from([1, 0x1b, 0x00, 0x01]));
  CFB.utils.cfb_add(cfb, "/PROJECT", strToU8('ID="{00000000-0000-0000-0000-000000000000}"\r\n'));
  return Uint8Array.from(CFB.write(cfb, { type: "array" }) as number[]);
}

function sharedStrings(strings: readonly string[]): string {
  return (
    `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t>${s}</t></si>`).join("") +
    "</sst>"
  );
}

/** The score sheet: a merged title, a header, one row per county with a total formula. */
function scoreSheet(strings: string[]): string {
  const si = (text: string) => {
    let i = strings.indexOf(text);
    if (i < 0) i = strings.push(text) - 1;
    return i;
  };
  const header = ["序号", "县（区）", "所属市", "交叉检查得分", "月通报得分", "总分"];
  let rows =
    `<row r="1"><c r="A1" t="s"><v>${si("2017年第三季度考核结果（县区）")}</v></c></row>` +
    `<row r="2">${header.map((h, c) => `<c r="${"ABCDEF"[c]}2" t="s"><v>${si(h)}</v></c>`).join("")}</row>`;
  COUNTIES.forEach(([name, city, cross, bulletin], i) => {
    const r = i + 3;
    const total = Math.round((cross + bulletin) * 100) / 100;
    rows +=
      `<row r="${r}"><c r="A${r}"><v>${i + 1}</v></c><c r="B${r}" t="s"><v>${si(name)}</v></c>` +
      `<c r="C${r}" t="s"><v>${si(city)}</v></c><c r="D${r}" s="1"><v>${cross}</v></c>` +
      `<c r="E${r}" s="1"><v>${bulletin}</v></c><c r="F${r}" s="1"><f>D${r}+E${r}</f><v>${total}</v></c></row>`;
  });
  return (
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:F${COUNTIES.length + 2}"/>` +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/><cols><col min="2" max="2" width="12" customWidth="1"/></cols>' +
    `<sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="portrait" r:id="rId2"/>' +
    '<drawing r:id="rId1"/><legacyDrawing r:id="rId4"/></worksheet>'
  );
}

/** The pivot table's rows: each parent city's summed totals, as the pivot computes them. */
function pivotRows(): [string, number][] {
  const sums = new Map<string, number>();
  for (const [, city, cross, bulletin] of COUNTIES) {
    sums.set(city, (sums.get(city) ?? 0) + Math.round((cross + bulletin) * 100) / 100);
  }
  return [...sums];
}

/**
 * A pivot table over the score sheet (所属市 by 求和项:总分, no grand total), its output cells
 * matching its source, as Excel saves them: LibreOffice rebuilds the output on load.
 */
function pivotSheet(): string {
  const rows = pivotRows();
  const last = rows.length + 3;
  return (
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A3:B${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    '<sheetData><row r="3"><c r="A3" t="inlineStr"><is><t>所属市</t></is></c><c r="B3" t="inlineStr"><is><t>求和项:总分</t></is></c></row>' +
    rows
      .map(
        ([city, sum], i) =>
          `<row r="${i + 4}"><c r="A${i + 4}" t="inlineStr"><is><t>${city}</t></is></c><c r="B${i + 4}"><v>${sum}</v></c></row>`
      )
      .join("") +
    "</sheetData>" +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

function pivotTable(): string {
  const rows = pivotRows();
  const fields = [
    'axis="axisRow" showAll="0"',
    'showAll="0"',
    'showAll="0"',
    'dataField="1" showAll="0"',
  ];
  const items = rows.map((_, i) => `<item x="${i}"/>`).join("");
  return (
    `${XML}<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1" rowGrandTotals="0" colGrandTotals="0">` +
    `<location ref="A3:B${rows.length + 3}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
    `<pivotFields count="4">${fields
      .map((f, i) =>
        i === 0
          ? `<pivotField ${f}><items count="${rows.length + 1}">${items}<item t="default"/></items></pivotField>`
          : `<pivotField ${f}/>`
      )
      .join("")}</pivotFields>` +
    `<rowFields count="1"><field x="0"/></rowFields><rowItems count="${rows.length}">${rows
      .map((_, i) => (i === 0 ? "<i><x/></i>" : `<i><x v="${i}"/></i>`))
      .join("")}</rowItems>` +
    '<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="求和项:总分" fld="3" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>'
  );
}

function pivotCache(): string {
  const cities = pivotRows().map(([city]) => city);
  const number = (name: string) =>
    `<cacheField name="${name}" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1"/></cacheField>`;
  return (
    `${XML}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshedVersion="6" minRefreshableVersion="3" createdVersion="6" recordCount="${COUNTIES.length}">` +
    `<cacheSource type="worksheet"><worksheetSource ref="C2:F${COUNTIES.length + 2}" sheet="三季度县区"/></cacheSource>` +
    `<cacheFields count="4"><cacheField name="所属市" numFmtId="0"><sharedItems count="${cities.length}">${cities
      .map((c) => `<s v="${c}"/>`)
      .join("")}</sharedItems></cacheField>` +
    number("交叉检查得分") +
    number("月通报得分") +
    number("总分") +
    "</cacheFields></pivotCacheDefinition>"
  );
}

function pivotRecords(): string {
  const cities = pivotRows().map(([city]) => city);
  return (
    `${XML}<pivotCacheRecords xmlns="${MAIN}" count="${COUNTIES.length}">` +
    COUNTIES.map(
      ([, city, cross, bulletin]) =>
        `<r><x v="${cities.indexOf(city)}"/><n v="${cross}"/><n v="${bulletin}"/><n v="${Math.round((cross + bulletin) * 100) / 100}"/></r>`
    ).join("") +
    "</pivotCacheRecords>"
  );
}

const CHART =
  `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/>` +
  '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>' +
  `<c:cat><c:strRef><c:f>'三季度县区'!$B$3:$B$10</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'三季度县区'!$F$3:$F$10</c:f></c:numRef></c:val></c:ser>` +
  '<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
  '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>';

const anchor = (from: [number, number], to: [number, number], body: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>${from[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>${to[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;

const DRAWING =
  `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">` +
  anchor(
    [7, 1],
    [14, 16],
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`
  ) +
  anchor(
    [15, 1],
    [17, 4],
    '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 2"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
      '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="190500" cy="190500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>'
  ) +
  "</xdr:wsDr>";

const COMMENTS = `${XML}<comments xmlns="${MAIN}"><authors><author>tc={6B1E6E8A-0000-4000-8000-000000000001}</author></authors><commentList><comment ref="F5" authorId="0"><text><t>[线程批注] 核实白河县加分</t></text></comment></commentList></comments>`;

const VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1"><v:textbox/><x:ClientData ObjectType="Note"><x:Row>4</x:Row><x:Column>5</x:Column></x:ClientData></v:shape></xml>';

const THREADED = `${XML}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><threadedComment ref="F5" dT="2017-11-02T09:00:00.00" personId="{6B1E6E8A-0000-4000-8000-0000000000AA}" id="{6B1E6E8A-0000-4000-8000-000000000001}"><text>核实白河县加分</text></threadedComment></ThreadedComments>`;

const PERSONS = `${XML}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><person displayName="市扶贫办" id="{6B1E6E8A-0000-4000-8000-0000000000AA}" userId="市扶贫办" providerId="None"/></personList>`;

const EXTERNAL_LINK = `${XML}<externalLink xmlns="${MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="二季度县区"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="3"><cell r="F3"><v>97.5</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`;

const CELL_IMAGES = `${XML}<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="${R}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="ID_0001"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/></xdr:blipFill><xdr:spPr/></xdr:pic></etc:cellImage></etc:cellImages>`;

const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="176" formatCode="0.00_ "/></numFmts>` +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

export interface RealWorldOptions {
  /** An .xlsm: a VBA project and the macro-enabled workbook content type. */
  readonly macro?: boolean;
}

/**
 * A workbook as real programs leave them: every kind of part the tool must carry over untouched.
 * Sheets: 三季度县区 (the score table, with a chart, a picture, a comment and a threaded comment),
 * 透视 (a pivot table over it).
 */
export function realWorldWorkbook(options: RealWorldOptions = {}): Uint8Array {
  const strings: string[] = [];
  const sheet1 = scoreSheet(strings);
  const ct = (part: string, type: string) =>
    `<Override PartName="/${part}" ContentType="${type}"/>`;
  const sml = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const main = options.macro
    ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    : `${sml}.sheet.main+xml`;
  const types =
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
    `<Default Extension="bin" ContentType="${sml}.printerSettings"/>` +
    ct("xl/workbook.xml", main) +
    ct("xl/worksheets/sheet1.xml", `${sml}.worksheet+xml`) +
    ct("xl/worksheets/sheet2.xml", `${sml}.worksheet+xml`) +
    ct("xl/styles.xml", `${sml}.styles+xml`) +
    ct("xl/sharedStrings.xml", `${sml}.sharedStrings+xml`) +
    ct("xl/calcChain.xml", `${sml}.calcChain+xml`) +
    ct("xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml") +
    ct(
      "xl/charts/chart1.xml",
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
    ) +
    ct("xl/comments1.xml", `${sml}.comments+xml`) +
    ct(
      "xl/threadedComments/threadedComment1.xml",
      "application/vnd.ms-excel.threadedcomments+xml"
    ) +
    ct("xl/persons/person.xml", "application/vnd.ms-excel.person+xml") +
    ct("xl/pivotTables/pivotTable1.xml", `${sml}.pivotTable+xml`) +
    ct("xl/pivotCache/pivotCacheDefinition1.xml", `${sml}.pivotCacheDefinition+xml`) +
    ct("xl/pivotCache/pivotCacheRecords1.xml", `${sml}.pivotCacheRecords+xml`) +
    ct("xl/externalLinks/externalLink1.xml", `${sml}.externalLink+xml`) +
    ct("xl/cellimages.xml", "application/vnd.wps-officedocument.cellimage+xml") +
    (options.macro ? ct("xl/vbaProject.bin", "application/vnd.ms-office.vbaProject") : "") +
    ct("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    ct(
      "docProps/app.xml",
      "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    ) +
    ct(
      "docProps/custom.xml",
      "application/vnd.openxmlformats-officedocument.custom-properties+xml"
    ) +
    "</Types>";
  const workbook =
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>` +
    (options.macro ? '<workbookPr codeName="ThisWorkbook"/>' : "<workbookPr/>") +
    '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></bookViews>' +
    '<sheets><sheet name="三季度县区" sheetId="1" r:id="rId1"/><sheet name="透视" sheetId="2" r:id="rId2"/></sheets>' +
    '<externalReferences><externalReference r:id="rId7"/></externalReferences>' +
    "<definedNames><definedName name=\"总分区域\">'三季度县区'!$F$3:$F$10</definedName>" +
    '<definedName name="_xlnm.Print_Area" localSheetId="1">\'透视\'!$A$3:$B$6</definedName>' +
    '<definedName name="上期总分">[1]二季度县区!$F$3</definedName></definedNames>' +
    '<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId8"/></pivotCaches></workbook>';
  const workbookRels = rels(
    rel("rId1", "worksheet", "worksheets/sheet1.xml"),
    rel("rId2", "worksheet", "worksheets/sheet2.xml"),
    rel("rId3", "styles", "styles.xml"),
    rel("rId4", "sharedStrings", "sharedStrings.xml"),
    rel("rId6", "calcChain", "calcChain.xml"),
    rel("rId7", "externalLink", "externalLinks/externalLink1.xml"),
    rel("rId8", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"),
    rel(
      "rId9",
      "http://schemas.microsoft.com/office/2017/10/relationships/person",
      "persons/person.xml"
    ),
    rel("rId10", "http://www.wps.cn/officeDocument/2020/cellImage", "cellimages.xml"),
    ...(options.macro
      ? [
          rel(
            "rId11",
            "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
            "vbaProject.bin"
          ),
        ]
      : [])
  );
  const parts: Parts = [
    ["[Content_Types].xml", types],
    [
      "_rels/.rels",
      rels(
        rel("rId1", "officeDocument", "xl/workbook.xml"),
        rel("rId2", `${PKG_RELS}/metadata/core-properties`, "docProps/core.xml"),
        rel("rId3", "extended-properties", "docProps/app.xml"),
        rel("rId4", "custom-properties", "docProps/custom.xml")
      ),
    ],
    [
      "docProps/core.xml",
      `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>省扶贫办</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2017-11-01T08:00:00Z</dcterms:created></cp:coreProperties>`,
    ],
    [
      "docProps/app.xml",
      `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
    ],
    [
      "docProps/custom.xml",
      `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-11.1.0.12302</vt:lpwstr></property></Properties>`,
    ],
    ["xl/workbook.xml", workbook],
    ["xl/_rels/workbook.xml.rels", workbookRels],
    ["xl/worksheets/sheet1.xml", sheet1],
    [
      "xl/worksheets/_rels/sheet1.xml.rels",
      rels(
        rel("rId1", "drawing", "../drawings/drawing1.xml"),
        rel("rId2", "printerSettings", "../printerSettings/printerSettings1.bin"),
        rel("rId3", "comments", "../comments1.xml"),
        rel("rId4", "vmlDrawing", "../drawings/vmlDrawing1.vml"),
        rel(
          "rId5",
          "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
          "../threadedComments/threadedComment1.xml"
        )
      ),
    ],
    ["xl/worksheets/sheet2.xml", pivotSheet()],
    [
      "xl/worksheets/_rels/sheet2.xml.rels",
      rels(rel("rId1", "pivotTable", "../pivotTables/pivotTable1.xml")),
    ],
    ["xl/sharedStrings.xml", sharedStrings(strings)],
    ["xl/styles.xml", STYLES],
    [
      "xl/calcChain.xml",
      `${XML}<calcChain xmlns="${MAIN}">${COUNTIES.map((_, i) => `<c r="F${i + 3}" i="1"/>`).join("")}</calcChain>`,
    ],
    ["xl/drawings/drawing1.xml", DRAWING],
    [
      "xl/drawings/_rels/drawing1.xml.rels",
      rels(
        rel("rId1", "chart", "../charts/chart1.xml"),
        rel("rId2", "image", "../media/image1.png")
      ),
    ],
    ["xl/charts/chart1.xml", CHART],
    ["xl/media/image1.png", pngBytes()],
    ["xl/media/image2.png", pngBytes()],
    [
      "xl/printerSettings/printerSettings1.bin",
      Uint8Array.from({ length: 64 }, (_, i) => (i * 37) % 256),
    ],
    ["xl/comments1.xml", COMMENTS],
    ["xl/drawings/vmlDrawing1.vml", VML],
    ["xl/threadedComments/threadedComment1.xml", THREADED],
    ["xl/persons/person.xml", PERSONS],
    ["xl/pivotTables/pivotTable1.xml", pivotTable()],
    [
      "xl/pivotTables/_rels/pivotTable1.xml.rels",
      rels(rel("rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml")),
    ],
    ["xl/pivotCache/pivotCacheDefinition1.xml", pivotCache()],
    [
      "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
      rels(rel("rId1", "pivotCacheRecords", "pivotCacheRecords1.xml")),
    ],
    ["xl/pivotCache/pivotCacheRecords1.xml", pivotRecords()],
    ["xl/externalLinks/externalLink1.xml", EXTERNAL_LINK],
    [
      "xl/externalLinks/_rels/externalLink1.xml.rels",
      rels(rel("rId1", "externalLinkPath", "%E4%B8%8A%E6%9C%9F.xlsx", true)),
    ],
    ["xl/cellimages.xml", CELL_IMAGES],
    ["xl/_rels/cellimages.xml.rels", rels(rel("rId1", "image", "media/image2.png"))],
  ];
  if (options.macro) parts.push(["xl/vbaProject.bin", vbaProjectBytes()]);
  return zipParts(parts);
}

/** Every part reachable through relationships from the package root, and the broken links. */
export function relationshipGraph(bytes: Uint8Array): { reachable: Set<string>; broken: string[] } {
  const parts = partsOf(bytes);
  const lower = new Map([...parts.keys()].map((n) => [n.toLowerCase(), n]));
  const reachable = new Set<string>();
  const broken: string[] = [];
  const queue = [""];
  while (queue.length) {
    const part = queue.pop() as string;
    if (reachable.has(part)) continue;
    reachable.add(part);
    const slash = part.lastIndexOf("/");
    const relsName = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
    const relsPart = parts.get(relsName);
    if (!relsPart) continue;
    reachable.add(relsName);
    const text = new TextDecoder().decode(relsPart);
    for (const m of text.matchAll(/<Relationship [^>]*?Target="([^"]+)"([^>]*)>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = decodeURIComponent(m[1]);
      const full = target.startsWith("/")
        ? target.slice(1)
        : path(part.slice(0, slash + 1) + target);
      const found = lower.get(full.toLowerCase());
      if (found) queue.push(found);
      else broken.push(`${part || "(package)"} → ${target}`);
    }
  }
  reachable.delete("");
  return { reachable, broken };
}

function path(p: string): string {
  const out: string[] = [];
  for (const step of p.split("/")) {
    if (step === "..") out.pop();
    else if (step && step !== ".") out.push(step);
  }
  return out.join("/");
}
