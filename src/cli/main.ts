import { existsSync, promises as fs } from "fs";
import path from "path";
import { parseArgs } from "util";
import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS, EngineResult, fill, problemMessage, runEngine } from "../core";
import { Locale, messagesFor, pickLocale } from "../locales";

const cliText = (locale: Locale) => messagesFor(locale).cli;
import { applyPlans } from "./xlsx-write";
import { workbookInputs } from "./xlsx-read";

/** A failure the user caused or can fix: one line on stderr, and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2
  ) {
    super(message);
  }
}

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

interface AnalyzeArgs {
  input: string;
  out: string;
  json?: string;
  ties: "competition" | "dense";
  locale: Locale;
  ownUnit: string | null;
  benchmarks: string[];
  bottomLine: number;
  bonusRankLine: number;
}

/** A whole number ≥ 1 from a flag, or a usage error naming the flag. */
function positive(
  value: string | undefined,
  flag: string,
  fallback: number,
  locale: Locale
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new CliError(
      `${cliText(locale).usageError}: ${flag} ${cliText(locale).badNumber} "${value}"`,
      2
    );
  }
  return n;
}

function parse(argv: readonly string[], locale: Locale): AnalyzeArgs | "help" | "version" {
  const t = cliText(locale);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: "string", short: "o" },
        json: { type: "string" },
        "rank-method": { type: "string" },
        own: { type: "string" },
        benchmarks: { type: "string" },
        "bottom-line": { type: "string" },
        "bonus-line": { type: "string" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    throw new CliError(`${t.usageError}: ${(e as Error).message}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  if (values.version) return "version";
  const [command, input, ...rest] = positionals;
  // Nothing to do is a usage error (exit 2), not a success: show the usage on stderr.
  if (command === undefined) throw new CliError(`${t.usageError}\n\n${t.help}`, 2);
  if (command !== "analyze")
    throw new CliError(`${t.usageError}: ${t.unknownCommand} "${command}"`, 2);
  if (!input) throw new CliError(`${t.usageError}: ${t.missingInput}`, 2);
  if (rest.length) throw new CliError(`${t.usageError}: ${t.extraArguments} ${rest.join(" ")}`, 2);
  if (!values.out) throw new CliError(`${t.usageError}: ${t.missingOut}`, 2);
  const method = values["rank-method"] ?? "competition";
  if (method !== "competition" && method !== "dense")
    throw new CliError(`${t.usageError}: ${t.badRankMethod} "${method}"`, 2);
  return {
    input,
    out: values.out,
    json: values.json,
    ties: method,
    locale: values.lang ? pickLocale(values.lang) : locale,
    ownUnit: values.own?.trim() || null,
    // Lists are typed with Chinese or Latin commas, or 、 as in prose.
    benchmarks: (values.benchmarks ?? "")
      .split(/[,，、;；]/)
      .map((b) => b.trim())
      .filter((b) => b !== ""),
    bottomLine: positive(
      values["bottom-line"],
      "--bottom-line",
      DEFAULT_SETTINGS.bottomLine,
      locale
    ),
    bonusRankLine: positive(
      values["bonus-line"],
      "--bonus-line",
      DEFAULT_SETTINGS.bonusRankLine,
      locale
    ),
  };
}

async function readWorkbookFile(file: string, locale: Locale): Promise<ExcelJS.Workbook> {
  const t = cliText(locale);
  if (!existsSync(file)) throw new CliError(`${file}: ${t.fileMissing}`, 1);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new CliError(`${file}: ${t.fileUnreadable} (${(e as Error).message.split("\n")[0]})`, 1);
  }
  return wb;
}

/** Writes through a temporary file so a failed write never leaves half a workbook behind. */
async function writeAtomically(
  file: string,
  data: Uint8Array | string,
  locale: Locale
): Promise<void> {
  const tmp = path.join(
    path.dirname(path.resolve(file)),
    `.${path.basename(file)}.${process.pid}.tmp`
  );
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`${file}: ${cliText(locale).cannotWrite} (${code})`, 1);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/** Runs `duibiao analyze`: read, compute everything, then write OUT (and the report) in one go. */
export async function analyzeFile(args: AnalyzeArgs, io: Io): Promise<EngineResult> {
  const t = cliText(args.locale);
  const wb = await readWorkbookFile(args.input, args.locale);
  const result = runEngine(workbookInputs(wb), {
    ties: args.ties,
    locale: args.locale,
    ownUnit: args.ownUnit,
    benchmarks: args.benchmarks,
    bottomLine: args.bottomLine,
    bonusRankLine: args.bonusRankLine,
  });
  if (result.analyses.length === 0) throw new CliError(`${args.input}: ${t.noTables}`, 1);
  applyPlans(wb, result.staleOutputSheets, result.plans);
  // Both files are made in memory first, so a failure leaves neither half-written.
  // Light compression: the file is about a quarter larger and written half a second sooner per
  // 100,000 formulas, which keeps the command line within its time budget on large workbooks.
  const workbook = new Uint8Array(
    await wb.xlsx.writeBuffer({
      zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
    } as Partial<ExcelJS.XlsxWriteOptions>)
  );
  const report = `${JSON.stringify(result.report, null, 2)}\n`;
  await writeAtomically(args.out, workbook, args.locale);
  if (args.json) await writeAtomically(args.json, report, args.locale);
  const messages = messagesFor(args.locale);
  result.analyses.forEach((a, i) => {
    const output = result.report.tables[i].outputSheet;
    io.out(fill(t.tableSummary, { sheet: a.table.sheet, units: a.units.length, output }));
    for (const p of a.problems) {
      if (p.severity === "info") continue;
      io.err(
        `${messages.severity[p.severity]} ${a.table.sheet}!${p.cell}: ${problemMessage(p, messages)}`
      );
    }
  });
  for (const p of result.problems)
    io.err(`${messages.severity[p.severity]}: ${problemMessage(p, messages)}`);
  io.out(fill(t.written, { file: args.out }));
  return result;
}

/** The command line's entry: returns the exit code instead of exiting, so tests can call it. */
export async function main(
  argv: readonly string[],
  io: Io = defaultIo,
  env = process.env
): Promise<number> {
  const locale = pickLocale(
    env.DUIBIAO_LANG ?? env.LANG?.replace(/[._].*$/, "").replace("_", "-") ?? "zh-CN"
  );
  const fallback = locale;
  try {
    const args = parse(argv, fallback);
    if (args === "help") {
      io.out(cliText(fallback).help);
      return 0;
    }
    if (args === "version") {
      io.out(cliText(fallback).version);
      return 0;
    }
    await analyzeFile(args, io);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    throw e;
  }
}
