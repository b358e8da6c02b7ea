/**
 * Helpers shared by the objects that live on a sheet (tables, charts, conditional formats).
 */
import { fail } from "./errors";
import { normalizeColor } from "./formats";
import { ClientObject, TypeSpec } from "./request";
import { SheetState } from "./sheet-state";
import type { WorkbookState } from "./workbook-state";

export function wholeIndex(value: unknown, location: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
    fail("InvalidArgument", location, `Expected a whole number >= 0, got ${String(value)}.`);
  return value;
}

export function sheetOf(state: WorkbookState, id: string): SheetState {
  return state.sheetById(id) ?? fail("ItemNotFound", "Worksheet", "The sheet no longer exists.");
}

export const color = (v: unknown, location: string): string =>
  normalizeColor(v) ?? fail("InvalidArgument", location, `'${String(v)}' is not a colour.`);

/** Set by excel-sheet.ts (which imports the object modules) to break the import cycle. */
export const sheetLink: {
  spec: TypeSpec;
  make(parent: ClientObject, resolve: never): ClientObject;
} = {
  spec: undefined as unknown as TypeSpec,
  make: () => {
    throw new Error("emulator: Worksheet class not linked");
  },
};
export function linkWorksheetForObjects(
  spec: TypeSpec,
  make: (parent: ClientObject, resolve: never) => ClientObject
): void {
  sheetLink.spec = spec;
  sheetLink.make = make;
}
