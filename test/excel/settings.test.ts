/**
 * @jest-environment jsdom
 */
import { DEFAULT_SETTINGS, DuibiaoSettings } from "../../src/core";
import { createOfficeHost } from "../../src/excel";
import { emulate, sampleInputs } from "../support/emulated-workbook";

jest.setTimeout(60_000);

const CHOSEN: DuibiaoSettings = {
  ...DEFAULT_SETTINGS,
  ownUnit: "安康",
  benchmarks: ["汉中", "平利"],
  ties: "dense",
  bottomLine: 12,
  overrides: { 三季度县区: { F: "bonus" } },
};

describe("settings kept in the workbook", () => {
  beforeEach(() => localStorage.clear());

  it("are saved in the document and restored when the workbook is opened again", async () => {
    const emu = emulate(await sampleInputs());
    expect(await createOfficeHost({ locale: "zh-CN" }).loadSettings()).toBeNull();
    await createOfficeHost({ locale: "zh-CN" }).saveSettings(CHOSEN);
    emu.uninstall();
    localStorage.clear();
    const reopened = emu.reopen().install();
    expect(await createOfficeHost({ locale: "zh-CN" }).loadSettings()).toEqual(CHOSEN);
    reopened.uninstall();
  });

  it("offer the user's last choices on a workbook that has none, without its column overrides", async () => {
    const inputs = await sampleInputs();
    const first = emulate(inputs);
    await createOfficeHost({ locale: "zh-CN" }).saveSettings(CHOSEN);
    first.uninstall();
    const second = emulate(inputs);
    expect(await createOfficeHost({ locale: "zh-CN" }).loadSettings()).toEqual({
      ...CHOSEN,
      overrides: {},
    });
    second.uninstall();
  });

  it("report a failed save as an error, in the user's language", async () => {
    const emu = emulate(await sampleInputs());
    emu.failSettingsSave("disk full");
    await expect(createOfficeHost({ locale: "zh-CN" }).saveSettings(CHOSEN)).rejects.toMatchObject({
      name: "HostError",
      code: "unknown",
    });
    emu.uninstall();
  });
});
