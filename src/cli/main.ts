import { closeSync, openSync, promises as fs, writeSync } from "fs";
import path from "path";
import { parseArgs } from "util";
import zlib from "zlib";
import { DEFAULT_SETTINGS, EngineResult, fill, problemMessage, runEngine } from "../core";
import { Locale, messagesFor, pickLocale } from "../locales";
import {
  DeflaterFactory,
  READ_LIMITS,
  WorkbookFileError,
  WorkbookRead,
  describeReadError,
  outputExtension,
  readWorkbookBytes,
  tooLarge,
  writeWorkbookChunks,
} from "../xlsx";

const cliText = (locale: Locale) => messagesFor(locale).cli;

/**
 * A failure the user caused or can fix: one line on stderr, and an exit code; `detail`, the
 * technical note, is printed on a second line with `--verbose`.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    readonly detail = ""
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
  verbose: boolean;
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
        verbose: { type: "boolean" },
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
    verbose: values.verbose === true,
  };
}

/** A failure to read `file`, in the words every reader shares (src/xlsx describeReadError). */
function readRefusal(error: unknown, file: string, locale: Locale): CliError {
  const { message, detail } = describeReadError(error, file, messagesFor(locale));
  return new CliError(message, 1, `${cliText(locale).detailLabel}: ${detail}`);
}

async function readWorkbookFile(file: string, locale: Locale): Promise<WorkbookRead> {
  const t = cliText(locale);
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new CliError(`${file}: ${t.fileIsFolder}`, 1);
    size = stat.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${file}: ${t.fileMissing}`, 1);
    throw new CliError(`${file}: ${fill(t.fileUnreadable, { code: code ?? "?" })}`, 1);
  }
  // Before reading it into memory: the file's own size is the first cap.
  if (size > READ_LIMITS.fileBytes)
    throw readRefusal(tooLarge("fileBytes", size, READ_LIMITS.fileBytes), file, locale);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "?";
    throw new CliError(`${file}: ${fill(t.fileUnreadable, { code })}`, 1);
  }
  try {
    return readWorkbookBytes(bytes, {
      fileName: path.basename(file),
      inflate: nodeInflater,
    });
  } catch (e) {
    // Whatever reading threw, the user gets words for it, never a stack.
    throw readRefusal(e, file, locale);
  }
}

/**
 * Node's native zlib, several times faster than fflate, held to the size the zip declares: zlib
 * stops as soon as the output would pass `maxOutputLength`, so a part that lies about its size
 * costs no more than its declared size (the reader's Inflater contract).
 */
function nodeInflater(raw: Uint8Array, size: number): Uint8Array {
  return zlib.inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
}

/**
 * Where OUT goes for this content. An .xlsm must stay .xlsm and an .xlsx must not become one (Excel
 * refuses a file whose name and content disagree): any other extension is a usage error naming the
 * right one. An .xls or .et becomes an .xlsx: an OUT named .xls or .et is written beside it as .xlsx.
 */
function outputPath(args: AnalyzeArgs, book: WorkbookRead): { file: string; note: string | null } {
  const t = cliText(args.locale);
  const want = outputExtension(book.format);
  const ext = path.extname(args.out).toLowerCase();
  const converted = book.format === "xls" || book.format === "et";
  let file = args.out;
  if (ext !== want) {
    if (converted && (ext === ".xls" || ext === ".et"))
      file = args.out.slice(0, -ext.length) + want;
    else {
      const stem = ext ? args.out.slice(0, -ext.length) : args.out;
      const kind = book.format === "xlsm" ? t.kindXlsm : t.kindXlsx;
      throw new CliError(
        `${t.usageError}: ${fill(t.wrongExtension, { file: args.out, kind, ext: want, suggestion: stem + want })}`,
        2
      );
    }
  }
  const note = converted
    ? fill(t.converted, {
        input: args.input,
        kind: book.format === "et" ? t.kindEt : t.kindXls,
        file,
      })
    : null;
  return { file, note };
}

/** A temporary name beside `file`, so the final rename stays on one file system. */
function tempBeside(file: string): string {
  return path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
}

/**
 * Writes chunks to a temporary file beside `file` and returns its name; the caller renames it into
 * place once everything is written, so a failure never leaves half a workbook behind.
 */
async function writeTemp(
  file: string,
  chunks: Iterable<Uint8Array | string>,
  locale: Locale
): Promise<string> {
  const tmp = tempBeside(file);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, "w");
    // Written as made, synchronously: awaiting each of the writer's many small chunks left the
    // command waiting on the file system for a twentieth of its time, with nothing else to do.
    for (const chunk of chunks) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      for (let done = 0; done < bytes.length;)
        done += writeSync(fd, bytes, done, bytes.length - done);
    }
    closeSync(fd);
    fd = null;
    return tmp;
  } catch (error) {
    if (fd !== null) closeSync(fd);
    await fs.rm(tmp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new CliError(`${file}: ${cliText(locale).cannotWrite} (${code})`, 1);
  }
}

async function moveInto(tmp: string, file: string, locale: Locale): Promise<void> {
  try {
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`${file}: ${cliText(locale).cannotWrite} (${code})`, 1);
  }
}

/**
 * Node's zlib as the writer's compressor: native, about four times faster than fflate. Each piece
 * is compressed on its own and flushed to a byte boundary, so the pieces join into one stream;
 * an empty final block ends it.
 */
const nodeDeflater: DeflaterFactory = (level) => ({
  // zlib.crc32 came in Node 20.15; before it the writer's own is used.
  crc32:
    typeof zlib.crc32 === "function" ? (data, previous) => zlib.crc32(data, previous) : undefined,
  push: (data, final) => {
    const out: Uint8Array[] = [];
    if (data.length)
      out.push(zlib.deflateRawSync(data, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    if (final) out.push(Uint8Array.of(3, 0));
    return out;
  },
});

/** Runs `duibiao analyze`: read, compute everything, then write OUT (and the report) in one go. */
export async function analyzeFile(args: AnalyzeArgs, io: Io): Promise<EngineResult> {
  const t = cliText(args.locale);
  const book = await readWorkbookFile(args.input, args.locale);
  // Where OUT goes depends on the content, but is settled before any work is done.
  const out = outputPath(args, book);
  const result = runEngine(book.sheets, {
    ties: args.ties,
    locale: args.locale,
    ownUnit: args.ownUnit,
    benchmarks: args.benchmarks,
    bottomLine: args.bottomLine,
    bonusRankLine: args.bonusRankLine,
  });
  if (result.analyses.length === 0) {
    // Why no table was found, when the reader knows (a sheet too large to search), comes first.
    printSheetProblems(result, io, args.locale);
    throw new CliError(`${args.input}: ${t.noTables}`, 1);
  }
  // The workbook streams into a temporary file as it is made (never held whole); the report
  // follows; only when both are complete are they renamed into place.
  const chunks = writeWorkbookChunks(book, {
    plans: result.plans,
    stale: result.staleOutputSheets,
    // Light compression: the file is a little larger and written much sooner.
    level: 1,
    deflater: nodeDeflater,
  });
  let workbookTmp: string;
  try {
    workbookTmp = await writeTemp(out.file, chunks, args.locale);
  } catch (e) {
    // The writer reads parts of IN too (relationships, drawings): a broken one is IN's fault.
    if (e instanceof WorkbookFileError) throw readRefusal(e, args.input, args.locale);
    throw e;
  }
  let reportTmp: string | null = null;
  try {
    if (args.json)
      reportTmp = await writeTemp(
        args.json,
        [`${JSON.stringify(result.report, null, 2)}\n`],
        args.locale
      );
    await moveInto(workbookTmp, out.file, args.locale);
    if (args.json && reportTmp) await moveInto(reportTmp, args.json, args.locale);
  } finally {
    await fs.rm(workbookTmp, { force: true });
    if (reportTmp) await fs.rm(reportTmp, { force: true });
  }
  const messages = messagesFor(args.locale);
  result.analyses.forEach((a, i) => {
    const output = result.rankingSheets[i].plan.name;
    io.out(fill(t.tableSummary, { sheet: a.table.sheet, units: a.units.length, output }));
    for (const p of a.problems) {
      if (p.severity === "info") continue;
      io.err(
        `${messages.severity[p.severity]} ${a.table.sheet}!${p.cell}: ${problemMessage(p, messages)}`
      );
    }
  });
  printSheetProblems(result, io, args.locale);
  for (const p of result.problems)
    io.err(`${messages.severity[p.severity]}: ${problemMessage(p, messages)}`);
  if (out.note) io.out(out.note);
  io.out(fill(t.written, { file: out.file }));
  return result;
}

/** Problems about whole sheets (a table the reader could not tell, a sheet too large to search). */
function printSheetProblems(result: EngineResult, io: Io, locale: Locale): void {
  const messages = messagesFor(locale);
  for (const p of result.book.problems) {
    if (p.severity === "info") continue;
    const where = p.cell ? `${p.sheet}!${p.cell}` : p.sheet;
    io.err(`${messages.severity[p.severity]} ${where}: ${problemMessage(p, messages)}`);
  }
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
  // Known before parsing, so a usage error's detail (none today) would follow the same rule.
  const verbose = argv.includes("--verbose");
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
      if (verbose && e.detail) io.err(e.detail);
      return e.exitCode;
    }
    throw e;
  }
}
