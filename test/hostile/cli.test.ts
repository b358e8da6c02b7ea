import { existsSync, readFileSync, readdirSync, writeFileSync } from "fs";
import path from "path";
import { performance } from "perf_hooks";
import { main } from "../../src/cli/main";
import { messagesFor } from "../../src/locales";
import { describeReadError, readWorkbookBytes } from "../../src/xlsx";
import { tempDir } from "../support/cli-harness";
import { CORPUS, HostileCase } from "./corpus";
import { expectPlainWords, zlibInflate } from "./plain-words";

interface Run {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
  readonly seconds: number;
}

async function analyze(argv: string[], lang: "zh-CN" | "en-US"): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const started = performance.now();
  const code = await main(
    argv,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    { DUIBIAO_LANG: lang }
  );
  return { code, out, err, seconds: (performance.now() - started) / 1000 };
}

/** What the reader says of these bytes: the refusal the command line must show. */
function readerRefusal(c: HostileCase, bytes: Uint8Array): unknown {
  try {
    readWorkbookBytes(bytes, { fileName: c.file, inflate: zlibInflate });
  } catch (error) {
    return error;
  }
  throw new Error(`${c.name}: the reader took the file`);
}

describe("the hostile corpus, through `duibiao analyze`", () => {
  for (const c of CORPUS) {
    const o = c.outcome;
    const refused = "refused" in o;
    const title = refused
      ? `${c.name}: exit 1, the reader's message, nothing written`
      : o.tables > 0
        ? `${c.name}: exit 0, OUT written, the source sheets unchanged`
        : `${c.name}: exit 1, no score table, nothing written`;
    it(
      title,
      async () => {
        const dir = tempDir();
        const file = path.join(dir, c.file);
        const bytes = c.bytes();
        writeFileSync(file, bytes);
        const out = path.join(dir, "结果.xlsx");
        const before = readdirSync(dir).sort();
        const run = await analyze(["analyze", file, "--out", out, "--verbose"], "zh-CN");
        expect(run.seconds).toBeLessThan(c.seconds * 2);
        if (refused) {
          const error = readerRefusal(c, bytes);
          const zh = describeReadError(error, file, messagesFor("zh-CN"));
          expect(run.code).toBe(1);
          expect(run.err[0]).toBe(zh.message);
          expectPlainWords(run.err[0]);
          // --verbose: the technical detail, labelled, on the next line; nothing else.
          expect(run.err[1]).toMatch(new RegExp(`^详细信息: ${o.refused}`));
          expect(run.err).toHaveLength(2);
          expect(run.out).toEqual([]);
          expect(existsSync(out)).toBe(false);
          expect(readdirSync(dir).sort()).toEqual(before);
          const english = await analyze(["analyze", file, "--out", out], "en-US");
          expect(english.code).toBe(1);
          expect(english.err).toEqual([
            describeReadError(error, file, messagesFor("en-US")).message,
          ]);
          return;
        }
        if (o.tables === 0) {
          expect(run.code).toBe(1);
          expect(run.err[run.err.length - 1]).toBe(`${file}: ${messagesFor("zh-CN").cli.noTables}`);
          expect(existsSync(out)).toBe(false);
          expect(readdirSync(dir).sort()).toEqual(before);
          return;
        }
        expect({ code: run.code, err: run.err.filter((l) => l.startsWith("错误")) }).toEqual({
          code: 0,
          err: [],
        });
        // The source sheets in OUT hold what IN held, cell for cell.
        const source = readWorkbookBytes(bytes, { inflate: zlibInflate }).sheets;
        const written = readWorkbookBytes(new Uint8Array(readFileSync(out)), {
          inflate: zlibInflate,
        }).sheets;
        for (const sheet of source) {
          const copy = written.find((s) => s.name === sheet.name);
          expect(copy?.values).toEqual(sheet.values);
        }
      },
      Math.max(60_000, c.seconds * 4000)
    );
  }
});
