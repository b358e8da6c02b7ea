import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import {
  CellValue,
  EMPTY,
  SheetInput,
  analyzeWorkbook,
  readWorkbook,
  runEngine,
} from "../src/core";
import { SampleSheet, prng } from "./sample-data";
import { writeSampleWorkbook } from "./make-sample";

/**
 * `npm run bench`: engine time, whole command-line time and peak memory on generated workbooks of
 * 100, 3,000 and 30,000 units (two periods, four parts, a bonus column, parents and a flag).
 * Targets on a 2-core machine: 3,000 units through the engine in under 50 ms, through the CLI in
 * under 5 s.
 */
const SIZES = [100, 3_000, 30_000];
const PARTS = ["交叉检查得分", "八办两组得分", "月通报得分", "专项评估得分"];

function period(units: number, quarter: number, seed: number): SampleSheet {
  const random = prng(seed);
  const header = ["序号", "县（区）", "所属市", ...PARTS, "其中：加分", "总分", "深度贫困县"];
  const rows: SampleSheet["rows"] = [[`2017年第${"一二三四"[quarter - 1]}季度考核结果`], header];
  for (let i = 0; i < units; i++) {
    const parts = PARTS.map(() => Math.round((60 + random() * 40) * 100) / 100);
    const bonus = random() < 0.3 ? Math.round(random() * 100) / 100 : null;
    const total = Math.round(parts.reduce((a, p) => a + p * 100, 0)) / 100;
    rows.push([
      i + 1,
      `单位${i + 1}县`,
      `城市${i % 50}市`,
      ...parts,
      bonus,
      total,
      random() < 0.1 ? "是" : null,
    ]);
  }
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

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "duibiao-bench-"));
  const cliMain = path.join(__dirname, "..", "src", "cli", "main.js");
  process.stdout.write(
    "units/period  analysis ms  engine+sheets ms  CLI s (wall)  CLI peak MB  formulas written\n"
  );
  let verdict = "";
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
      const runs = Array.from({ length: rounds }, () => time(() => runEngine(data)));
      const engine = median(runs.map((r) => r.ms));
      const formulas = runs[0].value.plans.reduce(
        (a, p) => a + p.rows.reduce((b, r) => b + r.filter((c) => c.formula).length, 0),
        0
      );
      const file = path.join(dir, `bench-${n}.xlsx`);
      await writeSampleWorkbook(sheets, file);
      const probe = `require(${JSON.stringify(cliMain)}).main(["analyze",${JSON.stringify(file)},"--out",${JSON.stringify(`${file}.out.xlsx`)}],{out(){},err(){}}).then(c=>{process.stdout.write(JSON.stringify({code:c,rss:process.resourceUsage().maxRSS}))})`;
      const started = Date.now();
      const child = spawnSync(process.execPath, ["-e", probe], {
        encoding: "utf8",
        maxBuffer: 1 << 24,
      });
      const wall = (Date.now() - started) / 1000;
      const cli = JSON.parse(child.stdout || "{}") as { code?: number; rss?: number };
      if (cli.code !== 0) throw new Error(`CLI failed on ${n} units: ${child.stderr}`);
      process.stdout.write(
        `${String(n).padStart(12)}  ${analysis.toFixed(1).padStart(11)}  ${engine.toFixed(1).padStart(16)}  ${wall.toFixed(2).padStart(12)}  ${((cli.rss ?? 0) / 1024).toFixed(0).padStart(11)}  ${String(formulas).padStart(16)}\n`
      );
      if (n === 3_000) {
        verdict =
          `targets at 3,000 units (two periods of 3,000): analysis < 50 ms: ${analysis < 50 ? "met" : "MISSED"}` +
          ` (${analysis.toFixed(1)} ms); whole CLI < 5 s: ${wall < 5 ? "met" : "MISSED"} (${wall.toFixed(2)} s)\n`;
      }
    }
    process.stdout.write(verdict);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  process.stderr.write(`${e.stack ?? e.message}\n`);
  process.exit(1);
});
