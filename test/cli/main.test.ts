import { existsSync, readFileSync, readdirSync, writeFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { OUTPUT_MARKER, fill } from "../../src/core";
import { messagesFor } from "../../src/locales";
import { SAMPLE, readBook, runCli, sheetContent, tempDir } from "../support/cli-harness";
import { memoSheet } from "../support/layouts";
import { prng } from "../support/sheet-builder";
import { addSheet } from "../support/workbook-builder";

jest.setTimeout(60_000);

const t = messagesFor("zh-CN").cli;
const r = messagesFor("zh-CN").readErrors;

/** No line of output looks like a stack trace. */
function expectNoStack(lines: readonly string[]): void {
  for (const line of lines) expect(line).not.toMatch(/^\s+at |Error:|\.ts:\d+|\.js:\d+/);
}

describe("duibiao analyze: files it cannot use", () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });

  /** Exit 1, one stderr line naming the file, no stack, and no OUT (nor any stray file) written. */
  async function expectRefused(input: string, reason: string): Promise<void> {
    const out = path.join(dir, "out.xlsx");
    const before = readdirSync(dir).sort();
    const run = await runCli(["analyze", input, "--out", out, "--json", path.join(dir, "r.json")]);
    expect(run.code).toBe(1);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toContain(input);
    expect(run.err[0]).toContain(reason);
    expectNoStack(run.err);
    expect(run.out).toEqual([]);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(before);
  }

  it("refuses a missing file", async () => {
    await expectRefused(path.join(dir, "没有这个文件.xlsx"), t.fileMissing);
  });

  it("refuses random bytes named .xlsx", async () => {
    const file = path.join(dir, "random.xlsx");
    const random = prng(7);
    writeFileSync(
      file,
      Buffer.from(Array.from({ length: 4096 }, () => Math.floor(random() * 256)))
    );
    await expectRefused(file, fill(r.notAWorkbook, { file }));
  });

  it("refuses a text file named .xlsx", async () => {
    const file = path.join(dir, "notes.xlsx");
    writeFileSync(file, "序号,单位,总分\n1,汉中,94.52\n2,安康,92.49\n", "utf8");
    await expectRefused(file, fill(r.text, { file }));
  });

  it("refuses an empty file", async () => {
    const file = path.join(dir, "empty.xlsx");
    writeFileSync(file, "");
    await expectRefused(file, fill(r.empty, { file }));
  });

  it("refuses an OUT it cannot write: exit 1, one line naming it, no stack, nothing left behind", async () => {
    const out = path.join(dir, "no-such-folder", "out.xlsx");
    const run = await runCli(["analyze", SAMPLE, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([expect.stringContaining(out)]);
    expect(run.err[0]).toContain(t.cannotWrite);
    expectNoStack(run.err);
    expect(existsSync(path.dirname(out))).toBe(false);
  });

  it("refuses a folder given as the workbook", async () => {
    await expectRefused(tempDir(), t.fileIsFolder);
  });

  it("refuses a workbook with no score table (a memo only)", async () => {
    const file = path.join(dir, "memo.xlsx");
    const wb = new ExcelJS.Workbook();
    addSheet(wb, memoSheet());
    await wb.xlsx.writeFile(file);
    await expectRefused(file, t.noTables);
  });
});

describe("duibiao: usage", () => {
  let dir: string;
  let input: string;
  let out: string;
  beforeAll(() => {
    dir = tempDir();
    input = SAMPLE;
    out = path.join(dir, "out.xlsx");
  });

  it.each([
    ["no command", []],
    ["an unknown command", ["frobnicate", "x.xlsx"]],
    ["no input", ["analyze", "--out", "o.xlsx"]],
    ["no --out", ["analyze", "IN"]],
    ["--out without a value", ["analyze", "IN", "--out"]],
    ["a bad --rank-method", ["analyze", "IN", "--out", "OUT", "--rank-method", "average"]],
    ["an unknown flag", ["analyze", "IN", "--out", "OUT", "--colour"]],
    ["an extra argument", ["analyze", "IN", "more.xlsx", "--out", "OUT"]],
  ])("exits 2 on %s, saying it is a usage error", async (_, argv) => {
    const args = argv.map((a) => (a === "IN" ? input : a === "OUT" ? out : a));
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.err.length).toBeGreaterThan(0);
    expect(run.err[0]).toContain(t.usageError);
    expectNoStack(run.err);
    expect(existsSync(out)).toBe(false);
  });

  it.each([["--help"], ["-h"], ["analyze", "--help"]])(
    "prints the usage for %s and exits 0",
    async (...argv) => {
      const run = await runCli(argv);
      expect(run.code).toBe(0);
      expect(run.err).toEqual([]);
      expect(run.out.join("\n")).toBe(t.help);
      expect(t.help).toContain("analyze");
      expect(t.help).toContain("--out");
      expect(t.help).toContain("--rank-method");
    }
  );
});

/** A copy of the sample with a source sheet full of formulas, and a user sheet named like ours. */
async function sampleWithExtras(file: string, userSheetName: string | null): Promise<void> {
  const wb = await readBook(SAMPLE);
  const ws = wb.addWorksheet("计算");
  ws.getCell("A1").value = "交叉检查";
  ws.getCell("B1").value = "月通报";
  ws.getCell("C1").value = "合计";
  for (let r = 2; r <= 5; r++) {
    ws.getCell(`A${r}`).value = 90 + r;
    ws.getCell(`B${r}`).value = r / 10;
    ws.getCell(`C${r}`).value = { formula: `A${r}+B${r}`, result: 90 + r + r / 10 };
  }
  ws.getCell("D2").value = { formula: "'三季度县区'!G5*2", result: 0 };
  ws.getCell("E2").value = { formula: "SUM(C2:C5)", result: 376.4 };
  ws.getCell("F2").value = "=不是公式，是文字";
  // Formulas as Excel saves a filled-down column (shared) and an array formula.
  // (ExcelJS reads and writes shareType and ref, though its types leave them out.)
  const formula = (value: object) => value as ExcelJS.CellValue;
  ws.getCell("G2").value = formula({
    formula: "A2*2",
    result: 184,
    shareType: "shared",
    ref: "G2:G5",
  });
  for (let r = 3; r <= 5; r++)
    ws.getCell(`G${r}`).value = { sharedFormula: "G2", result: 180 + 2 * r };
  ws.getCell("H2").value = formula({
    formula: "SUM(A2:A5*2)",
    result: 748,
    shareType: "array",
    ref: "H2",
  });
  ws.mergeCells("A7:C7");
  ws.getCell("A7").value = "合并的说明";
  if (userSheetName) {
    const user = wb.addWorksheet(userSheetName);
    user.getCell("A1").value = "我自己的排名表";
    user.getCell("A2").value = "手工整理，请勿覆盖";
    user.getCell("B3").value = { formula: "1+1", result: 2 };
  }
  await wb.xlsx.writeFile(file);
}

describe("duibiao analyze on the sample", () => {
  let dir: string;
  let input: string;
  let out: string;
  let json: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  let inBook: ExcelJS.Workbook;
  let outBook: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = tempDir();
    input = path.join(dir, "in.xlsx");
    out = path.join(dir, "out.xlsx");
    json = path.join(dir, "report.json");
    await sampleWithExtras(input, "排名-三季度县区");
    run = await runCli(["analyze", input, "--out", out, "--json", json]);
    inBook = await readBook(input);
    outBook = await readBook(out);
  });

  it("exits 0 and says what it wrote", () => {
    expect(run.code).toBe(0);
    expect(run.out[run.out.length - 1]).toContain(out);
    // Problems are warnings on stderr, each naming its sheet and cell.
    for (const line of run.err) expect(line).toMatch(/^(警告|错误|提示).*(!|：)/);
    expectNoStack(run.err);
  });

  it("keeps every source sheet's values, formulas and merges, in the same place", () => {
    const names = inBook.worksheets.map((w) => w.name);
    expect(outBook.worksheets.map((w) => w.name).slice(0, names.length)).toEqual(names);
    for (const name of names) {
      const before = inBook.getWorksheet(name) as ExcelJS.Worksheet;
      const after = outBook.getWorksheet(name) as ExcelJS.Worksheet;
      expect({ name, ...sheetContent(after) }).toEqual({ name, ...sheetContent(before) });
    }
    // The check did look at formulas.
    const calc = sheetContent(inBook.getWorksheet("计算") as ExcelJS.Worksheet);
    expect(calc.cells.filter(([, v]) => typeof v === "object" && v !== null).length).toBe(11);
  });

  it("leaves the user's sheet named like an output sheet alone, and names its own otherwise", () => {
    const report = JSON.parse(readFileSync(json, "utf8"));
    const county = report.tables.find((x: { sheet: string }) => x.sheet === "三季度县区");
    expect(county.outputSheet).not.toBe("排名-三季度县区");
    expect(county.outputSheet.startsWith("排名-三季度县区")).toBe(true);
    expect(outBook.getWorksheet(county.outputSheet)).toBeDefined();
    const user = outBook.getWorksheet("排名-三季度县区") as ExcelJS.Worksheet;
    expect(user.getCell("A2").value).toBe("手工整理，请勿覆盖");
  });

  it("marks every sheet it added, and only those", () => {
    const names = new Set(inBook.worksheets.map((w) => w.name));
    const added = outBook.worksheets.filter((w) => !names.has(w.name));
    expect(added.length).toBeGreaterThanOrEqual(4);
    for (const ws of added) expect(String(ws.getCell("A2").value)).toContain(OUTPUT_MARKER);
    for (const ws of inBook.worksheets)
      expect(String(ws.getCell("A2").value ?? "")).not.toContain(OUTPUT_MARKER);
  });

  it("replaces its own sheets when run again on its output, never duplicating them", async () => {
    const again = path.join(dir, "again.xlsx");
    const rerun = await runCli(["analyze", out, "--out", again]);
    expect(rerun.code).toBe(0);
    const againBook = await readBook(again);
    expect(againBook.worksheets.map((w) => w.name)).toEqual(outBook.worksheets.map((w) => w.name));
    for (const ws of outBook.worksheets) {
      const twice = againBook.getWorksheet(ws.name) as ExcelJS.Worksheet;
      expect({ name: ws.name, ...sheetContent(twice) }).toEqual({
        name: ws.name,
        ...sheetContent(ws),
      });
    }
    // And a third time, in place.
    const third = await runCli(["analyze", again, "--out", again]);
    expect(third.code).toBe(0);
    const thirdBook = await readBook(again);
    expect(thirdBook.worksheets.map((w) => w.name)).toEqual(outBook.worksheets.map((w) => w.name));
  });

  it("speaks English with --lang en-US", async () => {
    const enJson = path.join(dir, "en.json");
    const en = await runCli([
      "analyze",
      input,
      "--out",
      path.join(dir, "en.xlsx"),
      "--json",
      enJson,
      "--lang",
      "en-US",
    ]);
    expect(en.code).toBe(0);
    const report = JSON.parse(readFileSync(enJson, "utf8"));
    const prefix = messagesFor("en-US").sheets.rankingPrefix;
    expect(report.tables.map((x: { outputSheet: string }) => x.outputSheet)).toEqual([
      `${prefix}二季度市级`,
      `${prefix}二季度县区`,
      `${prefix}三季度市级`,
      `${prefix}三季度县区`,
    ]);
  });

  it("ranks ties densely with --rank-method dense", async () => {
    const denseJson = path.join(dir, "dense.json");
    const dense = await runCli([
      "analyze",
      input,
      "--out",
      path.join(dir, "dense.xlsx"),
      "--json",
      denseJson,
      "--rank-method",
      "dense",
    ]);
    expect(dense.code).toBe(0);
    const report = JSON.parse(readFileSync(denseJson, "utf8"));
    for (const table of report.tables) {
      const totals = table.units.map((u: { total: number }) => u.total);
      const distinct = new Set(totals).size;
      const ranks = new Set(table.units.map((u: { rank: number }) => u.rank));
      // Dense ranks run 1..(number of distinct totals) with no gap.
      expect([...ranks].sort((a, b) => (a as number) - (b as number))).toEqual(
        Array.from({ length: distinct }, (_, i) => i + 1)
      );
    }
  });
});
