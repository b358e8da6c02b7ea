import { DEFAULT_SETTINGS, HostError, OUTPUT_MARKER, SheetInput } from "../../src/core";
import { createOfficeHost } from "../../src/excel";
import { messagesFor } from "../../src/locales";
import { emulate, sampleInputs } from "../support/emulated-workbook";

jest.setTimeout(60_000);
const m = messagesFor("zh-CN").host;

async function refusal(run: () => Promise<unknown>): Promise<HostError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e
  );
  if (!(error instanceof HostError)) throw error;
  return error as HostError;
}

let inputs: SheetInput[];
beforeAll(async () => {
  inputs = await sampleInputs();
});

describe("refresh refuses, writes nothing and says why", () => {
  it("while a cell is being edited", async () => {
    const emu = emulate(inputs);
    const before = emu.snapshot();
    emu.setCellEditMode(true);
    const error = await refusal(() =>
      createOfficeHost({ locale: "zh-CN" }).refresh(DEFAULT_SETTINGS)
    );
    expect(error.code).toBe("cellEditMode");
    expect(error.runtimeCode).toBe("InvalidOperationInCellEditMode");
    expect(error.message).toBe(m.cellEditMode);
    expect(emu.snapshot()).toEqual(before);
    emu.uninstall();
  });

  it("when one of its earlier result sheets is protected", async () => {
    const emu = emulate(inputs);
    await createOfficeHost({ locale: "zh-CN" }).refresh(DEFAULT_SETTINGS);
    emu.setSheetProtected("排名-三季度县区", true);
    const before = emu.snapshot();
    emu.resetStats();
    const error = await refusal(() =>
      createOfficeHost({ locale: "zh-CN" }).refresh(DEFAULT_SETTINGS)
    );
    expect(error.code).toBe("protected");
    expect(error.message).toContain("排名-三季度县区");
    expect(emu.snapshot()).toEqual(before);
    // Only the three reads went out; not one write.
    expect(emu.stats.requests).toHaveLength(3);
    emu.uninstall();
  });

  it("when the workbook's structure is protected", async () => {
    const emu = emulate(inputs, { structureProtected: true });
    const before = emu.snapshot();
    const error = await refusal(() =>
      createOfficeHost({ locale: "zh-CN" }).refresh(DEFAULT_SETTINGS)
    );
    expect(error.code).toBe("protected");
    expect(error.message).toBe(m.protectedWorkbook);
    expect(emu.snapshot()).toEqual(before);
    emu.uninstall();
  });

  it("when the workbook holds no score table", async () => {
    const emu = emulate([{ name: "通知", values: [["关于报送材料的通知"], ["各县区："]] }]);
    const error = await refusal(() =>
      createOfficeHost({ locale: "zh-CN" }).refresh(DEFAULT_SETTINGS)
    );
    expect(error.code).toBe("noTables");
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(["通知"]);
    emu.uninstall();
  });

  it("in English when the locale is English", async () => {
    const emu = emulate(inputs);
    emu.setCellEditMode(true);
    const error = await refusal(() =>
      createOfficeHost({ locale: "en-US" }).refresh(DEFAULT_SETTINGS)
    );
    expect(error.message).toBe(messagesFor("en-US").host.cellEditMode);
    emu.uninstall();
  });
});

describe("sheets the tool did not write", () => {
  it("are never overwritten: a user's sheet with a wanted name keeps it, the new one is renamed", async () => {
    const mine: SheetInput = { name: "排名-三季度县区", values: [["我的笔记"], ["不要覆盖"]] };
    const emu = emulate([...inputs, mine]);
    await createOfficeHost({ locale: "zh-CN" }).refresh(DEFAULT_SETTINGS);
    const sheets = emu.sheetInputs();
    const user = sheets.find((s) => s.name === "排名-三季度县区");
    expect(user?.values).toEqual([["我的笔记"], ["不要覆盖"]]);
    const renamed = sheets.find((s) => s.name === "排名-三季度县区 (2)");
    expect(String(renamed?.values[1][0])).toContain(OUTPUT_MARKER);
    emu.uninstall();
  });
});
