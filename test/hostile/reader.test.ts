import { performance } from "perf_hooks";
import {
  EngineResult,
  Problem,
  SheetInput,
  cellAt,
  parseCellAddress,
  runEngine,
} from "../../src/core";
import { messagesFor } from "../../src/locales";
import {
  WorkbookFileError,
  WorkbookRead,
  describeReadError,
  readWorkbookBytes,
} from "../../src/xlsx";
import { CORPUS, HostileCase } from "./corpus";
import { expectPlainWords, zlibInflate } from "./plain-words";

function allProblems(result: EngineResult): Problem[] {
  return [
    ...result.book.problems,
    ...result.analyses.flatMap((a) => a.problems),
    ...result.problems,
  ];
}

/** "Sheet!A1" → the value the reader gave. */
function valueAt(sheets: readonly SheetInput[], ref: string): unknown {
  const bang = ref.lastIndexOf("!");
  const sheet = sheets.find((s) => s.name === ref.slice(0, bang));
  if (!sheet) throw new Error(`no sheet in ${ref}`);
  const { row, col } = parseCellAddress(ref.slice(bang + 1));
  return cellAt(sheet.values, row, col);
}

function read(c: HostileCase): { book?: WorkbookRead; error?: unknown; seconds: number } {
  const bytes = c.bytes();
  const started = performance.now();
  try {
    const inflate = c.large ? zlibInflate : undefined;
    const book = readWorkbookBytes(bytes, { fileName: c.file, inflate });
    return { book, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    return { error, seconds: (performance.now() - started) / 1000 };
  }
}

describe("the hostile corpus, read by readWorkbookBytes", () => {
  it("has at least 50 cases, each named once", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  for (const c of CORPUS) {
    const o = c.outcome;
    const expected =
      "refused" in o
        ? `refused as ${o.refused}${o.limit ? ` (${o.limit})` : ""}`
        : `read, ${o.tables} table(s)`;
    it(
      `${c.name}: ${expected}, within ${c.seconds} s`,
      () => {
        const { book, error, seconds } = read(c);
        expect(seconds).toBeLessThan(c.seconds);
        if ("refused" in o) {
          expect(error).toBeInstanceOf(WorkbookFileError);
          const e = error as WorkbookFileError;
          expect({ code: e.code, limit: e.context.limit }).toEqual({
            code: o.refused,
            limit: o.limit,
          });
          if (o.sheet !== undefined) expect(e.context.sheet).toBe(o.sheet);
          if (o.cell !== undefined) expect(e.context.cell).toBe(o.cell);
          for (const locale of ["zh-CN", "en-US"] as const) {
            const { message, detail } = describeReadError(e, c.file, messagesFor(locale));
            expect(message).toContain(c.file);
            if (o.sheet !== undefined) expect(message).toContain(o.sheet);
            if (o.cell) expect(message).toContain(o.cell);
            expectPlainWords(message);
            expect(detail).toContain(o.refused);
          }
          return;
        }
        if (error) throw error;
        const sheets = (book as WorkbookRead).sheets;
        if (o.sheets) expect(sheets.map((s) => s.name)).toEqual(o.sheets);
        for (const [ref, value] of Object.entries(o.cells ?? {}))
          expect(valueAt(sheets, ref)).toEqual(value);
        const result = runEngine(sheets);
        expect(result.analyses).toHaveLength(o.tables);
        const codes = new Set(allProblems(result).map((p) => p.code));
        for (const code of o.problems ?? []) expect(codes).toContain(code);
      },
      Math.max(60_000, c.seconds * 3000)
    );
  }
});
