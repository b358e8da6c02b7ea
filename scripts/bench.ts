import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, statSync } from "fs";
import os from "os";
import path from "path";
import {
  CellValue,
  EMPTY,
  SheetInput,
  analyzeWorkbook,
  readWorkbook,
  planRows,
  runEngine,
} from "../src/core";
import { MEMORY_BUDGET_BYTES } from "../src/core/limits";
import { HEADER, countyRows, writeLimitFiles } from "./bench-files";
import { SampleSheet, prng } from "./sample-data";
import { writeSampleWorkbook } from "./make-sample";

/**
 * `npm run bench`: engine time, whole command-line time and peak memory on generated workbooks of
 * 100, 3,000 and 30,000 units (two periods, four parts, a bonus column, parents and a flag), side
 * by side with the pandas + openpyxl route (scripts/bench-pandas.py: read the same file, rank,
 * write plain ranking tables), the two run alternately so a busy machine slows both alike.
 * Targets on a 2-core machine: 3,000 units through the engine in under 50 ms; the whole command
 * in at most half the pandas route's wall time and under 200 MB peak; 30,000 units under 1 GB.
 * Then the limits (src/core/limits.ts): the command's peak memory on the largest files the caps
 * accept and on the bombs they stop, each checked against MEMORY_BUDGET_BYTES.
 */
const SIZES = [100, 3_000, 30_000];
function period(units: number, quarter: number, seed: number): SampleSheet {
  const rows: SampleSheet["rows"] = [
    [`2017年第${"一二三四"[quarter - 1]}季度考核结果`],
    HEADER,
    ...countyRows(units, prng(seed)),
  ];
  return { name: `${"一二三四"[quarter - 1]}季度县区`, rows, merges: [], widths: [] };
}

function inputs(sheets: SampleSheet[]): SheetInput[] {
  return sheets.map((s) => ({
    name: s.name,
    values: s.rows.map((r) => r.map((v): CellValue => (v === null ? EMPTY : v))),
    merges: [],
  }));
}

function time<T>(f: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = f();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface RouteRun {
  readonly wall: number;
  readonly cpu: number;
  readonly rssMb: number;
}

/** One run of the command line in a fresh process: wall and CPU seconds, peak resident memory. */
function runCli(cliMain: string, file: string, out: string, exit = 0): RouteRun {
  // What bin/duibiao.js does: the engine's settings for a short run, then the command.
  const tuning = path.join(path.dirname(cliMain), "tuning.js");
  const probe =
    `require(${JSON.stringify(tuning)}).tuneForOneRun();require(${JSON.stringify(cliMain)}).main(["analyze",${JSON.stringify(file)},"--out",${JSON.stringify(out)}],{out(){},err(){}})` +
    `.then(c=>{const u=process.cpuUsage();process.stdout.write(JSON.stringify({code:c,cpu:(u.user+u.system)/1e6,rss:process.resourceUsage().maxRSS}))})`;
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["-e", probe], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const result = JSON.parse(child.stdout || "{}") as { code?: number; cpu?: number; rss?: number };
  if (result.code !== exit)
    throw new Error(`CLI gave ${result.code}, not ${exit}, on ${file}: ${child.stderr}`);
  return { wall, cpu: result.cpu ?? 0, rssMb: (result.rss ?? 0) / 1024 };
}

const PANDAS_SCRIPT = path.join(__dirname, "..", "..", "scripts", "bench-pandas.py");

/** Whether python3 with pandas and openpyxl is here; otherwise why not. */
function pandasMissing(): string | null {
  const check = spawnSync("python3", ["-c", "import pandas, openpyxl"], { encoding: "utf8" });
  if (check.error) return "python3 not found";
  if (check.status !== 0) return "pandas or openpyxl not installed (pip install pandas openpyxl)";
  return null;
}

/** One run of the pandas route, timed the same way. */
function runPandas(file: string, out: string): RouteRun {
  const started = process.hrtime.bigint();
  const child = spawnSync("python3", [PANDAS_SCRIPT, file, out], { encoding: "utf8" });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`pandas route failed on ${file}: ${child.stderr}`);
  const result = JSON.parse(child.stdout) as { cpu: number; rss_kb: number };
  return { wall, cpu: result.cpu, rssMb: result.rss_kb / 1024 };
}

function medianRun(runs: RouteRun[]): RouteRun {
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
  };
}

const col = (text: string | number, width: number) => String(text).padStart(width);

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "duibiao-bench-"));
  const cliMain = path.join(__dirname, "..", "src", "cli", "main.js");
  const missing = pandasMissing();
  process.stdout.write(
    "units/period  analysis ms  engine+sheets ms  formulas |  CLI s  CLI cpu s  CLI MB | pandas s  pandas cpu s  pandas MB | CLI/pandas wall\n"
  );
  const verdicts: string[] = [];
  try {
    for (const n of SIZES) {
      const sheets = [period(n, 2, n), period(n, 3, n + 1)];
      const data = inputs(sheets);
      runEngine(data); // warm-up: JIT and the first allocation of everything
      const rounds = n >= 30_000 ? 3 : 7;
      // "Analysis": reading the tables, ranks, gaps, group ranks, rank without bonus, change.
      const analysis = median(
        Array.from({ length: rounds }, () => time(() => analyzeWorkbook(readWorkbook(data))).ms)
      );
      // The engine and every cell of every sheet: long sheets make their rows when asked, once.
      const runs = Array.from({ length: rounds }, () =>
        time(() => {
          const result = runEngine(data);
          let formulas = 0;
          for (const plan of result.plans)
            for (const row of planRows(plan)) for (const c of row) if (c.formula) formulas += 1;
          return formulas;
        })
      );
      const engine = median(runs.map((r) => r.ms));
      const formulas = runs[0].value;
      const file = path.join(dir, `bench-${n}.xlsx`);
      await writeSampleWorkbook(sheets, file);
      // The two routes alternate, so a machine busy with other work slows both alike.
      const routeRounds = n >= 30_000 ? 1 : 5;
      const cliRuns: RouteRun[] = [];
      const pandasRuns: RouteRun[] = [];
      for (let i = 0; i < routeRounds; i++) {
        cliRuns.push(runCli(cliMain, file, `${file}.out.xlsx`));
        if (!missing) pandasRuns.push(runPandas(file, `${file}.pandas.xlsx`));
      }
      const cli = medianRun(cliRuns);
      const pandas = missing ? null : medianRun(pandasRuns);
      process.stdout.write(
        `${col(n, 12)}  ${col(analysis.toFixed(1), 11)}  ${col(engine.toFixed(1), 16)}  ${col(formulas, 8)} | ` +
          `${col(cli.wall.toFixed(2), 6)}  ${col(cli.cpu.toFixed(2), 9)}  ${col(cli.rssMb.toFixed(0), 6)} | ` +
          (pandas
            ? `${col(pandas.wall.toFixed(2), 8)}  ${col(pandas.cpu.toFixed(2), 12)}  ${col(pandas.rssMb.toFixed(0), 9)} | ${col((cli.wall / pandas.wall).toFixed(2), 15)}`
            : `${col("-", 8)}  ${col("-", 12)}  ${col("-", 9)} | ${col("-", 15)}`) +
          "\n"
      );
      const met = (ok: boolean) => (ok ? "met" : "MISSED");
      if (n === 3_000) {
        verdicts.push(
          `3,000 units: analysis < 50 ms: ${met(analysis < 50)} (${analysis.toFixed(1)} ms); ` +
            `peak < 200 MB: ${met(cli.rssMb < 200)} (${cli.rssMb.toFixed(0)} MB)` +
            (pandas
              ? `; wall <= half the pandas route's: ${met(cli.wall <= pandas.wall / 2)} (${cli.wall.toFixed(2)} s against ${pandas.wall.toFixed(2)} s)`
              : "")
        );
      }
      if (n === 30_000)
        verdicts.push(
          `30,000 units: peak < 1 GB: ${met(cli.rssMb < 1024)} (${cli.rssMb.toFixed(0)} MB)`
        );
    }
    if (missing) verdicts.push(`pandas route skipped: ${missing}`);
    process.stdout.write(`${verdicts.join("\n")}\n`);
    limits(dir, cliMain);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The command on the largest files the caps accept and on the bombs they stop: exit code, wall
 * seconds and peak memory, each peak checked against the caps' budget.
 */
function limits(dir: string, cliMain: string): void {
  const budgetMb = MEMORY_BUDGET_BYTES / 1024 / 1024;
  process.stdout.write(`\nLimits (src/core/limits.ts): peak memory budget ${budgetMb} MB\n`);
  const files = writeLimitFiles(dir);
  const missed: string[] = [];
  for (const f of files) {
    const size = statSync(f.file).size / 1024 / 1024;
    const run = runCli(cliMain, f.file, `${f.file}.out.xlsx`, f.exit);
    const ok = run.rssMb * 1024 * 1024 < MEMORY_BUDGET_BYTES;
    if (!ok) missed.push(f.label);
    process.stdout.write(
      `  ${f.label}: ${size.toFixed(1)} MB file, exit ${f.exit}, ${run.wall.toFixed(1)} s, ` +
        `peak ${run.rssMb.toFixed(0)} MB: ${ok ? "under budget" : "OVER BUDGET"}\n`
    );
    rmSync(f.file, { force: true });
    rmSync(`${f.file}.out.xlsx`, { force: true });
  }
  process.stdout.write(
    missed.length === 0
      ? `every peak under the ${budgetMb} MB budget: met\n`
      : `over the ${budgetMb} MB budget: ${missed.join("; ")}: MISSED\n`
  );
  if (missed.length > 0) process.exitCode = 1;
}

main().catch((e: Error) => {
  process.stderr.write(`${e.stack ?? e.message}\n`);
  process.exit(1);
});
