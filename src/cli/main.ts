import { existsSync, promises as fs } from "fs";
import path from "path";
import { parseArgs } from "util";
import zlib from "zlib";
import { DEFAULT_SETTINGS, EngineResult, fill, problemMessage, runEngine } from "../core";
import { Locale, messagesFor, pickLocale } from "../locales";
import {
  DeflaterFactory,
  WorkbookFileError,
  WorkbookRead,
  outputExtension,
  readWorkbookBytes,
  writeWorkbookChunks,
} from "../xlsx";

const cliText = (locale: Locale) => messagesFor(locale).cli;

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

/** The message for a file the reader refused, by the reason it gave. */
function refusal(error: WorkbookFileError, locale: Locale): string {
  const t = cliText(locale);
  switch (error.code) {
    case "encrypted":
      return t.fileEncrypted;
    case "unsafe-xml":
      return t.fileUnsafe;
    case "xlsb":
      return t.fileXlsb;
    case "strict":
      return t.fileStrict;
    case "old-xls":
      return t.fileOldXls;
    case "corrupt":
      return `${t.fileCorrupt} (${error.detail})`;
    case "not-a-workbook":
      return t.fileUnreadable;
  }
}

async function readWorkbookFile(file: string, locale: Locale): Promise<WorkbookRead> {
  const t = cliText(locale);
  if (!existsSync(file)) throw new CliError(`${file}: ${t.fileMissing}`, 1);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new CliError(`${file}: ${t.fileUnreadable} (${code})`, 1);
  }
  try {
    return readWorkbookBytes(bytes, {
      fileName: path.basename(file),
      // Node's native zlib inflates several times faster than fflate.
      inflate: (raw, size) => zlib.inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) }),
    });
  } catch (e) {
    if (e instanceof WorkbookFileError) throw new CliError(`${file}: ${refusal(e, locale)}`, 1);
    throw e;
  }
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
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(tmp, "w");
    for (const chunk of chunks)
      await handle.write(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
    await handle.close();
    handle = null;
    return tmp;
  } catch (error) {
    await handle?.close();
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
  if (result.analyses.length === 0) throw new CliError(`${args.input}: ${t.noTables}`, 1);
  // The workbook streams into a temporary file as it is made (never held whole); the report
  // follows; only when both are complete are they renamed into place.
  const chunks = writeWorkbookChunks(book, {
    plans: result.plans,
    stale: result.staleOutputSheets,
    // Light compression: the file is a little larger and written much sooner.
    level: 1,
    deflater: nodeDeflater,
  });
  const workbookTmp = await writeTemp(out.file, chunks, args.locale);
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
  if (out.note) io.out(out.note);
  io.out(fill(t.written, { file: out.file }));
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
