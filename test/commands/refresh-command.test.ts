/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://localhost:3000/commands.html"}
 */
import { DEFAULT_SETTINGS, OUTPUT_MARKER } from "../../src/core";
import { emulate, sampleInputs } from "../support/emulated-workbook";

jest.setTimeout(60_000);

/** Loads the ribbon's function file as Excel would: it registers its function on Office.onReady. */
async function loadCommands(): Promise<void> {
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits for the command to open its dialog, then closes it as the user would with its button. */
async function acknowledge(emu: ReturnType<typeof emulate>): Promise<string> {
  for (let i = 0; i < 400 && !emu.dialogs.some((d) => !d.closed); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const dialog = emu.dialogs[emu.dialogs.length - 1];
  emu.sendDialogMessage("close");
  return dialog.url;
}

describe("the ribbon's 刷新排名 with the pane closed", () => {
  beforeEach(() => localStorage.clear());

  it("refreshes with the settings saved in the workbook and reports the outcome in a dialog", async () => {
    const settings = { ...DEFAULT_SETTINGS, ownUnit: "安康", benchmarks: ["汉中"] };
    const emu = emulate(await sampleInputs(), {
      settings: { "duibiao.settings": JSON.stringify(settings) },
    });
    await loadCommands();
    const done = emu.invokeAction("refreshRankings", 30_000);
    const url = new URL(await acknowledge(emu));
    const event = await done;
    expect(event.completed).toBe(true);
    const names = emu.snapshot().sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["简报", "对标-汉中", "排名-三季度县区"]));
    expect(url.pathname).toMatch(/notify\.html$/);
    expect(url.searchParams.get("ok")).toBe("1");
    // Every sheet the refresh wrote besides the ranking sheets is counted: comparisons, the
    // briefing, rank histories and year-to-date rankings.
    const extra = names.filter((n) => /^(简报|对标-|排名走势-|累计-)/.test(n));
    expect(extra.length).toBeGreaterThanOrEqual(4);
    expect(url.searchParams.get("text")).toBe(
      `已刷新：4 张排名表，另有 ${extra.length} 张对标、简报、走势和累计表。`
    );
    expect(emu.dialogs.every((d) => d.closed)).toBe(true);
    emu.uninstall();
  });

  it("reports a refusal in the dialog, completes, and changes nothing", async () => {
    const emu = emulate(await sampleInputs());
    emu.setCellEditMode(true);
    const before = emu.snapshot();
    await loadCommands();
    const done = emu.invokeAction("refreshRankings", 30_000);
    const url = new URL(await acknowledge(emu));
    expect((await done).completed).toBe(true);
    expect(url.searchParams.get("ok")).toBe("0");
    expect(url.searchParams.get("text")).toContain("正在编辑单元格");
    expect(emu.snapshot().sheets).toEqual(before.sheets);
    expect(
      emu.sheetInputs().some((s) => String(s.values[1]?.[0] ?? "").startsWith(OUTPUT_MARKER))
    ).toBe(false);
    emu.uninstall();
  });
});
