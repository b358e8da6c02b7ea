import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import path from "path";
import { messagesFor } from "../../src/locales";
import { ROOT, SAMPLE, readBook, runBinary, tempDir } from "../support/cli-harness";

jest.setTimeout(180_000);

const t = messagesFor("zh-CN").cli;

/** The real binary, `node bin/duibiao.js`, on the engine compiled from the current sources. */
describe("bin/duibiao.js", () => {
  let dir: string;

  beforeAll(() => {
    // The binary runs build/; compile it from src as the README's install does.
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.node.json"],
      {
        cwd: ROOT,
        stdio: "pipe",
      }
    );
    dir = tempDir();
  });

  it("analyses the sample: exit 0, OUT and the report written", async () => {
    const out = path.join(dir, "out.xlsx");
    const json = path.join(dir, "report.json");
    const run = await runBinary(["analyze", SAMPLE, "--out", out, "--json", json]);
    expect(run.code).toBe(0);
    expect(run.out[run.out.length - 1]).toContain(out);
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(report.tables.map((x: { period: string }) => x.period)).toEqual([
      "2017Q2",
      "2017Q2",
      "2017Q3",
      "2017Q3",
    ]);
    const wb = await readBook(out);
    expect(wb.getWorksheet("排名-三季度县区")).toBeDefined();
  });

  it("exits 1 on a missing file with one line naming it, and no stack trace", async () => {
    const missing = path.join(dir, "缺失.xlsx");
    const out = path.join(dir, "never.xlsx");
    const run = await runBinary(["analyze", missing, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([`${missing}: ${t.fileMissing}`]);
    expect(run.out).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });

  it("exits 1 on a corrupt file (the README, named .xlsx)", async () => {
    const out = path.join(dir, "never.xlsx");
    const run = await runBinary(["analyze", path.join(ROOT, "package.json"), "--out", out]);
    expect(run.code).toBe(1);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toContain("package.json");
    expect(run.err[0]).not.toMatch(/^\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it("exits 2 on bad usage and 0 on --help", async () => {
    const bad = await runBinary([
      "analyze",
      SAMPLE,
      "--out",
      path.join(dir, "x.xlsx"),
      "--rank-method",
      "x",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toContain(t.usageError);
    const none = await runBinary([]);
    expect(none.code).toBe(2);
    const help = await runBinary(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out.join("\n")).toBe(t.help);
  });
});
