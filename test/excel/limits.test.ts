import { DEFAULT_SETTINGS, HostError, READ_LIMITS, SheetInput, withLimits } from "../../src/core";
import { createOfficeHost } from "../../src/excel";
import { checkExtents } from "../../src/excel/read";
import { messagesFor } from "../../src/locales";
import { emulate, sampleInputs } from "../support/emulated-workbook";

jest.setTimeout(60_000);
const zh = messagesFor("zh-CN");
const en = messagesFor("en-US");

async function refusal(run: () => Promise<unknown>): Promise<HostError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e
  );
  if (!(error instanceof HostError)) throw new Error(`expected a HostError, got ${String(error)}`);
  return error;
}

/**
 * The sheets' names and, for each source sheet, its values over the area the test put there and
 * the far cell: what "no source cell changed" means when the used range is too large to snapshot.
 */
async function sourceCells(sheets: readonly SheetInput[], far: string): Promise<unknown> {
  return Excel.run(async (context) => {
    const all = context.workbook.worksheets;
    all.load("items/name");
    const ranges = sheets.map((s) => {
      const ws = all.getItem(s.name);
      const width = Math.max(1, ...s.values.map((r) => r.length));
      const area = ws.getRangeByIndexes(0, 0, Math.max(1, s.values.length), width);
      const stray = ws.getRange(far);
      area.load("values");
      stray.load("values");
      return { area, stray };
    });
    await context.sync();
    return {
      names: all.items.map((w) => w.name),
      cells: ranges.map((r) => [r.area.values, r.stray.values]),
    };
  });
}

/** Types a value into one far cell, as a user's stray keystroke would. */
async function strayValue(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [["x"]];
    await context.sync();
  });
}

let inputs: SheetInput[];
beforeAll(async () => {
  inputs = await sampleInputs();
});

describe("the add-in's read refuses a used range past the caps before loading a value", () => {
  it.each(["scan", "refresh"] as const)(
    "%s: a stray value at XFD1048576 is named, nothing is loaded or written",
    async (call) => {
      const emu = emulate(inputs);
      const sheet = inputs[0].name;
      await strayValue(sheet, "XFD1048576");
      const before = await sourceCells(inputs, "XFD1048576");
      emu.resetStats();
      const host = createOfficeHost({ locale: "zh-CN" });
      const error = await refusal(() =>
        call === "scan" ? host.scan(DEFAULT_SETTINGS) : host.refresh(DEFAULT_SETTINGS)
      );
      expect(error.code).toBe("tooLarge");
      expect(error.message).toContain(`「${sheet}」`);
      expect(error.message).toContain("A1:XFD1048576");
      expect(error.message).toContain("16,777,216");
      expect(error.detail).toContain("sheetCells 17179869184 > 16777216");
      // Two round trips (the sheets, then their extents); the values were never asked for.
      expect(emu.stats.requests).toHaveLength(2);
      expect(emu.stats.requests.every((r) => r.ok)).toBe(true);
      expect(await sourceCells(inputs, "XFD1048576")).toEqual(before);
      emu.uninstall();
    }
  );

  it("says it in English where Office speaks English", async () => {
    const emu = emulate(inputs);
    await strayValue(inputs[1].name, "Q1048576");
    const error = await refusal(() =>
      createOfficeHost({ locale: "en-US" }).refresh(DEFAULT_SETTINGS)
    );
    expect(error.message).toContain(`"${inputs[1].name}"`);
    expect(error.message).toContain("1,048,576 rows × 17 columns");
    expect(error.message).toContain("Nothing was changed.");
    emu.uninstall();
  });

  it("reads a used range exactly at the cap, and refuses one row more", async () => {
    const county = inputs.filter((s) => s.name === "三季度县区");
    const emu = emulate(county);
    await strayValue("三季度县区", "P200");
    // 200 rows × 16 columns from A1 is exactly the cap here.
    const limits = withLimits({ sheetCells: 3200, cells: 3200 });
    const scan = await createOfficeHost({ locale: "zh-CN", limits }).scan(DEFAULT_SETTINGS);
    expect(scan.tables.map((t) => [t.sheet, t.unitCount])).toEqual([["三季度县区", 96]]);
    await strayValue("三季度县区", "P201");
    const error = await refusal(() =>
      createOfficeHost({ locale: "zh-CN", limits }).scan(DEFAULT_SETTINGS)
    );
    expect(error.detail).toContain("sheetCells 3216 > 3200");
    emu.uninstall();
  });

  it("maps Excel on the web's response limit to a message, the runtime's words to the detail", async () => {
    const emu = emulate(inputs, { responseLimitBytes: 10_000 });
    const error = await refusal(() => createOfficeHost({ locale: "zh-CN" }).scan(DEFAULT_SETTINGS));
    expect(error.code).toBe("tooLarge");
    expect(error.message).toBe(zh.host.responseTooLarge);
    expect(error.detail).toMatch(/^ResponsePayloadSizeLimitExceeded: /);
    emu.uninstall();
  });
});

describe("checkExtents(extents, messages, limits)", () => {
  const small = withLimits({ sheets: 2, sheetCells: 100, cells: 150 });

  it("passes extents at every cap", () => {
    expect(() =>
      checkExtents(
        [
          { sheet: "a", rows: 10, columns: 10 },
          { sheet: "b", rows: 50, columns: 1 },
        ],
        zh,
        small
      )
    ).not.toThrow();
  });

  it.each([
    [[{ sheet: "a", rows: 101, columns: 1 }], "sheetCells 101 > 100"],
    [
      [
        { sheet: "a", rows: 10, columns: 10 },
        { sheet: "b", rows: 51, columns: 1 },
      ],
      "cells 151 > 150",
    ],
    [
      [
        { sheet: "a", rows: 1, columns: 1 },
        { sheet: "b", rows: 1, columns: 1 },
        { sheet: "c", rows: 1, columns: 1 },
      ],
      "sheets 3 > 2",
    ],
    [[{ sheet: "a", rows: READ_LIMITS.rows + 1, columns: 1 }], "rows 1048577 > 1048576"],
  ])("refuses %j: %s", (extents, detail) => {
    let error: unknown = null;
    try {
      checkExtents(extents, en, small);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe("tooLarge");
    expect((error as HostError).detail).toContain(detail);
  });
});
