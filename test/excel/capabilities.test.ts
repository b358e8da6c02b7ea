import { DEFAULT_SETTINGS } from "../../src/core";
import { createOfficeHost, detectCapabilities } from "../../src/excel";
import { emulate, sampleInputs } from "../support/emulated-workbook";

jest.setTimeout(60_000);

describe("detectCapabilities(isSetSupported)", () => {
  it("asks for each feature's requirement set", () => {
    const asked: string[] = [];
    const caps = detectCapabilities((name, v) => {
      asked.push(`${name} ${v}`);
      return name === "ExcelApi" && Number(v.split(".")[1]) <= 7;
    });
    expect(caps).toEqual({
      tableOptions: true,
      conditionalFormats: true,
      freezePanes: true,
      workbookProtection: true,
      pageLayout: false,
      chartAxisOrder: true,
      chartAxisLayout: false,
      mergedAreas: false,
      dialog: false,
    });
    expect(asked).toContain("ExcelApi 1.13");
  });
});

describe("on an Excel with only ExcelApi 1.4", () => {
  it("still refreshes, without the features it lacks, and reads merged headers without merge data", async () => {
    const emu = emulate(await sampleInputs(), { requirementSets: { ExcelApi: "1.4" } });
    const result = await createOfficeHost({ locale: "zh-CN" }).refresh(DEFAULT_SETTINGS);
    expect(result.tables.map((t) => t.outputSheet)).toContain("排名-三季度县区");
    const ranking = emu.snapshot().sheets.find((s) => s.name === "排名-三季度县区");
    expect(ranking?.conditionalFormats).toEqual([]);
    expect(ranking?.frozen).toEqual({ rows: 0, columns: 0 });
    // The two-row header, read without merge information, still names the bulletin column.
    expect(ranking?.values[2]).toContain("省扶贫办月通报 得分（含加分）");
    emu.uninstall();
  });

  it("freezes headers, formats rises and falls and sets A4 where the API has them", async () => {
    const emu = emulate(await sampleInputs());
    await createOfficeHost({ locale: "zh-CN" }).refresh(DEFAULT_SETTINGS);
    const ranking = emu.snapshot().sheets.find((s) => s.name === "排名-三季度县区");
    expect(ranking?.frozen).toEqual({ rows: 3, columns: 2 });
    // Rises and falls, and the bottom-line target: each green above 0 and red below.
    expect(ranking?.conditionalFormats).toHaveLength(4);
    expect(ranking?.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Landscape" });
    // The header and unit rows are an Excel table, so the user can sort and filter them.
    expect(ranking?.tables).toEqual([
      expect.objectContaining({ address: "A3:U99", hasHeaders: true, showBandedRows: false }),
    ]);
    emu.uninstall();
  });
});
