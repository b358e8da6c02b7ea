import { performance } from "perf_hooks";
import { createEmulator } from "../../dev/office-emulator";
import { CellValue, DEFAULT_SETTINGS, HostError, SheetInput, cellAddress } from "../../src/core";
import { createOfficeHost } from "../../src/excel";
import { readWorkbookBytes } from "../../src/xlsx";
import { CORPUS } from "./corpus";
import { zlibInflate } from "./plain-words";

/**
 * Text that typing would turn into something else ("=SUM(…)" a formula, "12" a number, "TRUE" a
 * boolean, "#N/A" an error) is held in a text-formatted cell, as a workbook that shows it as text
 * holds it.
 */
function typedAsText(value: CellValue): boolean {
  return (
    typeof value === "string" &&
    (/^[=+\-'@#]/.test(value) || /^\s*[\d.]/.test(value) || /^(true|false)$/i.test(value))
  );
}

/** An emulated Excel with these sheets open, as a user would have them. */
function openInExcel(sheets: readonly SheetInput[]) {
  return createEmulator({
    sheets: sheets.map((s) => ({
      name: s.name,
      values: s.values.map((row) => row.map((v) => (typeof v === "symbol" ? null : v))),
      numberFormats: s.values.map((row) => row.map((v) => (typedAsText(v) ? "@" : "General"))),
      merges: (s.merges ?? []).map(
        (m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`
      ),
    })),
  }).install();
}

const readable = CORPUS.filter((c) => !("refused" in c.outcome) && c.outcome.addin !== false);

describe("the hostile corpus's readable workbooks, refreshed by the add-in in the emulated Excel", () => {
  it("covers every readable case the emulator can hold", () => {
    expect(readable.length).toBeGreaterThanOrEqual(15);
  });

  for (const c of readable) {
    const o = c.outcome as { tables: number };
    const title =
      o.tables > 0
        ? `${c.name}: ${o.tables} ranking sheet(s) written, no source cell changed`
        : `${c.name}: refused as noTables, nothing changed`;
    it(
      title,
      async () => {
        const sheets = readWorkbookBytes(c.bytes(), { inflate: zlibInflate }).sheets;
        const emu = openInExcel(sheets);
        const names = sheets.map((s) => s.name);
        const before = emu.sheetInputs().filter((s) => names.includes(s.name));
        const started = performance.now();
        const refresh = createOfficeHost({ locale: "zh-CN" }).refresh(DEFAULT_SETTINGS);
        if (o.tables > 0) {
          const result = await refresh;
          expect(result.tables).toHaveLength(o.tables);
          expect(emu.snapshot().sheets.length).toBeGreaterThan(names.length);
        } else {
          const error = await refresh.then(
            () => null,
            (e: unknown) => e
          );
          expect(error).toBeInstanceOf(HostError);
          expect((error as HostError).code).toBe("noTables");
          expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(names);
        }
        expect((performance.now() - started) / 1000).toBeLessThan(c.seconds * 2);
        expect(emu.sheetInputs().filter((s) => names.includes(s.name))).toEqual(before);
        emu.uninstall();
      },
      Math.max(60_000, c.seconds * 4000)
    );
  }
});
