/**
 * Helpers for the emulator's own tests: install a fresh emulator per test and read error codes.
 */
import { Emulator, EmulatorOptions, createEmulator } from "../../dev/office-emulator";

/** Installs a fresh emulator for each test of the file and removes it afterwards. */
export function useEmulator(options: () => EmulatorOptions = () => ({})): () => Emulator {
  let current: Emulator | undefined;
  beforeEach(() => {
    current = createEmulator(options()).install();
  });
  afterEach(() => {
    current?.uninstall();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error("no emulator installed");
    return current;
  };
}

/** The `code` of the error a promise rejects with; fails the test when it resolves. */
export async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as { code?: string }).code ?? `(no code: ${String(e)})`;
  }
  throw new Error("expected the promise to reject");
}

/** The `code` of the error a function throws synchronously. */
export function thrownCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code ?? `(no code: ${String(e)})`;
  }
  throw new Error("expected the function to throw");
}

/** Values of `address` on `sheet`, loaded in their own Excel.run. */
export async function readValues(sheet: string, address: string): Promise<unknown[][]> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.load("values");
    await context.sync();
    return range.values;
  });
}

/** Writes formulas (or values) to `address` and returns the computed values. */
export async function evaluate(
  sheet: string,
  address: string,
  formulas: unknown[][]
): Promise<unknown[][]> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.formulas = formulas;
    range.load("values");
    await context.sync();
    return range.values;
  });
}
