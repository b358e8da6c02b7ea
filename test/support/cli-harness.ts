/**
 * Running the command line in tests: `main(argv, io)` in process, or the real binary in a child
 * process, with a fresh temporary folder per test.
 */
import { execFile } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

export const ROOT = path.join(__dirname, "..", "..");
export const SAMPLE = path.join(ROOT, "assets", "sample-shaanxi-2017.xlsx");
export const BIN = path.join(ROOT, "bin", "duibiao.js");

export interface Run {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

/** `main(argv)` with stdout and stderr collected; the locale is fixed to Chinese. */
export async function runCli(argv: readonly string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    {
      DUIBIAO_LANG: "zh-CN",
    }
  );
  return { code, out, err };
}

/** The real binary, `node bin/duibiao.js …`, as a user runs it. */
export function runBinary(argv: readonly string[], cwd = ROOT): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...argv],
      { cwd, env: { ...process.env, DUIBIAO_LANG: "zh-CN", DUIBIAO_DEBUG: "" }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const lines = (s: string) => (s === "" ? [] : s.replace(/\n$/, "").split("\n"));
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, out: lines(stdout), err: lines(stderr) });
      }
    );
  });
}

const made: string[] = [];

/** A fresh folder, removed when the test file is done. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "duibiao-cli-"));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every non-empty cell of a sheet as written in the file: value, or formula with its result. */
export function cellsOf(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells.set(cell.address, JSON.parse(JSON.stringify(cell.value)));
    })
  );
  return cells;
}

/** A sheet's cells and merges, for comparing a sheet before and after a run. */
export function sheetContent(ws: ExcelJS.Worksheet): {
  cells: [string, unknown][];
  merges: string[];
} {
  return {
    cells: [...cellsOf(ws)],
    merges: [...(ws.model.merges ?? [])].sort(),
  };
}

/** What a cell holds: its value, and for a formula the formula and its cached result. */
export function cellAt(
  ws: ExcelJS.Worksheet,
  address: string
): { value: unknown; formula?: string; result?: unknown } {
  const value = ws.getCell(address).value as unknown;
  if (value !== null && typeof value === "object" && "formula" in value)
    return {
      value,
      formula: (value as { formula: string }).formula,
      result: ws.getCell(address).result,
    };
  return { value };
}

/** The texts of a row's cells, trimmed ("" for a blank). */
export function rowTexts(ws: ExcelJS.Worksheet, row: number): string[] {
  return (ws.getRow(row).values as unknown[]).map((v) => String(v ?? "").trim());
}
