import { readFileSync } from "fs";
import path from "path";
import { TextDecoder as NodeTextDecoder } from "util";
import { Emulator, EmulatorOptions, createEmulator } from "../../dev/office-emulator";
import { SheetInput } from "../../src/core";
import { cellAddress } from "../../src/core";
import { readWorkbookBytes } from "../../src/xlsx";

export const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample-shaanxi-2017.xlsx");

/** The sample workbook's sheets, as the command line reads them. */
export async function sampleInputs(): Promise<SheetInput[]> {
  // Some callers run under jsdom, which lacks the TextDecoder every browser and Node have.
  if (typeof globalThis.TextDecoder === "undefined")
    globalThis.TextDecoder = NodeTextDecoder as unknown as typeof TextDecoder;
  return readWorkbookBytes(readFileSync(SAMPLE)).sheets;
}

/** An emulated Excel holding these sheets (values, merges), its globals installed. */
export function emulate(
  sheets: readonly SheetInput[],
  options: Partial<EmulatorOptions> = {},
  /** Number formats of the first sheet, when a test needs text-formatted source cells. */
  firstSheetFormats?: string[][]
): Emulator {
  return createEmulator({
    ...options,
    sheets: sheets.map((s, i) => ({
      name: s.name,
      numberFormats: i === 0 ? firstSheetFormats : undefined,
      values: s.values.map((row) => row.map((v) => (typeof v === "symbol" ? null : v))),
      merges: (s.merges ?? []).map(
        (m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`
      ),
    })),
  }).install();
}
