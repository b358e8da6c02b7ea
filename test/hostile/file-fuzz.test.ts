/**
 * Fuzzing the file reader with damaged copies of good files: bytes flipped, cut, inserted; XML
 * parts cut or salted with markup characters. Whatever the damage, reading must end, soon, either
 * with the sheets or with a WorkbookFileError the user can be told about, never another error.
 */
import fc from "fast-check";
import { performance } from "perf_hooks";
import { runEngine } from "../../src/core";
import { WorkbookFileError, readWorkbookBytes } from "../../src/xlsx";
import { bookParts, zipOf } from "./books";
import { citySheet } from "./corpus";
import { compoundFile, workbookStream, xlsFile } from "./xls-bytes";

/** Reads the bytes; returns what went wrong when it was not a refusal. */
function outcome(bytes: Uint8Array): string | null {
  const started = performance.now();
  try {
    const book = readWorkbookBytes(bytes, { fileName: "损坏.xlsx" });
    // What was read must be usable by the engine too.
    runEngine(book.sheets);
  } catch (error) {
    if (!(error instanceof WorkbookFileError)) return `${String(error)}`;
  }
  const ms = performance.now() - started;
  return ms < 3000 ? null : `took ${Math.round(ms)} ms`;
}

type Damage =
  | { readonly kind: "flip"; readonly at: number; readonly value: number }
  | { readonly kind: "cut"; readonly at: number }
  | { readonly kind: "insert"; readonly at: number; readonly bytes: Uint8Array };

const damageArb: fc.Arbitrary<Damage[]> = fc.array(
  fc.oneof(
    fc.record({
      kind: fc.constant("flip" as const),
      at: fc.nat(),
      value: fc.integer({ min: 0, max: 255 }),
    }),
    fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant("insert" as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
    })
  ),
  { minLength: 1, maxLength: 6 }
);

function damaged(source: Uint8Array, damage: readonly Damage[]): Uint8Array {
  let bytes = Uint8Array.from(source);
  for (const d of damage) {
    const at = bytes.length ? d.at % bytes.length : 0;
    if (d.kind === "flip") bytes[at] = d.value;
    else if (d.kind === "cut") bytes = bytes.slice(0, at);
    else {
      const inserted = d.bytes;
      const next = new Uint8Array(bytes.length + inserted.length);
      next.set(bytes.subarray(0, at));
      next.set(inserted, at);
      next.set(bytes.subarray(at), at + inserted.length);
      bytes = next;
    }
  }
  return bytes;
}

describe("readWorkbookBytes on damaged copies of good files", () => {
  const xlsx = zipOf(bookParts([citySheet()]));
  const xls = xlsFile([citySheet()]);

  it.each([
    ["an .xlsx", xlsx],
    ["an .xls", xls],
  ])("%s with bytes flipped, cut or inserted: read, or refused with a reason", (_, source) => {
    fc.assert(
      fc.property(damageArb, (damage) => {
        expect(outcome(damaged(source, damage))).toBeNull();
      }),
      { numRuns: 250 }
    );
  });

  it("an .xls whose Workbook stream (its BIFF records) is damaged: read, or refused with a reason", () => {
    const stream = workbookStream([citySheet()]);
    fc.assert(
      fc.property(damageArb, (damage) => {
        expect(outcome(compoundFile({ Workbook: damaged(stream, damage) }))).toBeNull();
      }),
      { numRuns: 250 }
    );
  });

  it("an .xlsx whose XML parts are cut or salted with markup: read, or refused with a reason", () => {
    const parts = bookParts([citySheet()]);
    const names = [...parts.keys()].filter((n) => n.endsWith(".xml") || n.endsWith(".rels"));
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.nat(),
        fc.constantFrom(
          "<",
          ">",
          "&",
          '"',
          "'",
          "</",
          "<!--",
          "<![CDATA[",
          "&#0;",
          "&#x110000;",
          "\u0000",
          ""
        ),
        fc.boolean(),
        (name, at, salt, cut) => {
          const text = String(parts.get(name));
          const i = at % (text.length + 1);
          const copy = new Map(parts);
          copy.set(name, cut ? text.slice(0, i) : text.slice(0, i) + salt + text.slice(i));
          expect(outcome(zipOf(copy))).toBeNull();
        }
      ),
      { numRuns: 400 }
    );
  });
});
