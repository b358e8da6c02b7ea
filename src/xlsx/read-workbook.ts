/**
 * Reading a workbook file's bytes into engine inputs: every worksheet's values, merges and number
 * formats, whatever the file is (.xlsx, .xlsm, .xls, WPS .et), decided by its content.
 */
import { SheetInput } from "../core/cells";
import { READ_LIMITS, ReadLimits } from "../core/limits";
import { CellBudget } from "./cell-budget";
import { CONTENT_TYPE } from "./content-types";
import { WorkbookFileError, placed, tooLarge } from "./errors";
import { looksLikeText } from "./file-kind";
import { Package } from "./package";
import { isRelType } from "./relationships";
import { readSharedStrings } from "./shared-strings";
import { readSheetXml } from "./sheet-read";
import { cellFormats } from "./styles-read";
import { SheetState, parseWorkbookXml } from "./workbook-part";
import { looksLikeCompoundFile, readXls } from "./xls-read";
import { Inflater, looksLikeZip, readZip } from "./zip-read";

/**
 * What a file holds, by content: an Office Open XML workbook (`xlsx`), one with macros (`xlsm`),
 * an Excel 97–2003 workbook (`xls`), or the same binary format saved by WPS as `.et`.
 */
export type WorkbookFormat = "xlsx" | "xlsm" | "xls" | "et";

export interface ReadWorkbookOptions {
  /** The file's name, to tell a WPS .et from an .xls (their content is the same format). */
  readonly fileName?: string;
  /** Read each cell's number-format code into `SheetInput.formats` (default true). */
  readonly formats?: boolean;
  /**
   * A faster inflater than fflate's, where the platform has one (Node's zlib). It must stop at the
   * size it is given (see {@link Inflater}).
   */
  readonly inflate?: Inflater;
  /** The caps (src/core/limits.ts); tests pass smaller ones. */
  readonly limits?: ReadLimits;
}

/**
 * Where the writer starts from: the package itself, or (for .xls/.et) the values read from it,
 * dates as serial numbers with their formats so they stay dates in the new file.
 */
export type WorkbookSource =
  | { readonly kind: "package"; readonly pkg: Package }
  | {
      readonly kind: "values";
      readonly sheets: readonly SheetInput[];
      readonly states: readonly SheetState[];
    };

export interface WorkbookRead {
  readonly format: WorkbookFormat;
  /** Worksheets in tab order (chart sheets and dialog sheets are not read). */
  readonly sheets: SheetInput[];
  /** Each sheet's visibility, parallel to `sheets`. */
  readonly states: readonly SheetState[];
  /** For {@link writeWorkbookChunks}: the package opened once, not parsed again. */
  readonly source: WorkbookSource;
}

/**
 * Reads every worksheet of a workbook file. Throws {@link WorkbookFileError} for a file it cannot
 * take (not a workbook, encrypted, broken, an .xlsb, past a cap …), with the reason as its code
 * and, where known, the sheet and cell; {@link describeReadError} turns it into a message.
 * @example
 * const book = readWorkbookBytes(bytes, { fileName: "三季度.xlsx" });
 * book.format // => "xlsx"
 * book.sheets[0].name // => "三季度县区"
 */
export function readWorkbookBytes(
  bytes: Uint8Array,
  options: ReadWorkbookOptions = {}
): WorkbookRead {
  const limits = options.limits ?? READ_LIMITS;
  if (bytes.length === 0) throw new WorkbookFileError("empty", "0 bytes");
  if (bytes.length > limits.fileBytes) throw tooLarge("fileBytes", bytes.length, limits.fileBytes);
  if (looksLikeCompoundFile(bytes)) {
    const xls = readXls(bytes, new CellBudget(limits));
    checkSheetNames(xls.sheets.map((s) => s.name));
    const format: WorkbookFormat = /\.et$/i.test(options.fileName ?? "") ? "et" : "xls";
    const sheets = options.formats === false ? xls.sheets.map(withoutFormats) : xls.sheets;
    return {
      format,
      sheets,
      states: xls.states,
      source: { kind: "values", sheets: xls.raw, states: xls.states },
    };
  }
  if (!looksLikeZip(bytes)) {
    if (looksLikeText(bytes)) throw new WorkbookFileError("text", "text, not a zip package");
    throw new WorkbookFileError("not-a-workbook", "not a zip package");
  }
  const pkg = new Package(readZip(bytes, limits), options.inflate);
  const macro =
    pkg.workbookType === CONTENT_TYPE.workbookMacro ||
    pkg.workbookType === CONTENT_TYPE.templateMacro;
  const { sheets, states } = readPackageSheets(pkg, options.formats !== false, limits);
  return { format: macro ? "xlsm" : "xlsx", sheets, states, source: { kind: "package", pkg } };
}

function withoutFormats(sheet: SheetInput): SheetInput {
  return { name: sheet.name, values: sheet.values, merges: sheet.merges };
}

/**
 * The worksheets of an opened package, in tab order. A sheet the workbook names but the package
 * does not hold (no relationship, or one pointing nowhere) is refused as corrupt, naming the sheet:
 * ranking without it would rank a different workbook. So is shared-string table that is named but
 * missing, which would turn every text cell blank.
 * @example readPackageSheets(openPackage(bytes), true).sheets[0].name // => "三季度县区"
 */
export function readPackageSheets(
  pkg: Package,
  withFormats: boolean,
  limits: ReadLimits = READ_LIMITS
): { sheets: SheetInput[]; states: SheetState[] } {
  const wbPart = pkg.workbookPart;
  const wb = placed({ part: wbPart }, () => parseWorkbookXml(pkg.text(wbPart)));
  if (wb.sheets.length > limits.sheets) throw tooLarge("sheets", wb.sheets.length, limits.sheets);
  checkSheetNames(wb.sheets.map((s) => s.name));
  const wbRels = pkg.rels(wbPart);
  const rels = new Map(wbRels.map((r) => [r.id, r]));
  const stringsRel = wbRels.find((r) => isRelType(r.type, "sharedStrings") && r.part);
  if (stringsRel?.part && !pkg.has(stringsRel.part))
    throw new WorkbookFileError("corrupt", `missing shared strings ${stringsRel.part}`, {
      part: stringsRel.part,
    });
  const stringsPart = stringsRel?.part ?? null;
  const strings = stringsPart
    ? placed({ part: stringsPart }, () =>
        readSharedStrings(pkg.text(stringsPart), limits.sharedStrings)
      )
    : [];
  const stylesPart = pkg.related(wbPart, "styles");
  const styles = stylesPart
    ? placed({ part: stylesPart }, () => cellFormats(pkg.text(stylesPart)))
    : null;
  const budget = new CellBudget(limits);
  const sheets: SheetInput[] = [];
  const states: SheetState[] = [];
  for (const entry of wb.sheets) {
    const rel = rels.get(entry.relId);
    if (!rel?.part)
      throw new WorkbookFileError("corrupt", `sheet without a relationship (${entry.relId})`, {
        sheet: entry.name,
      });
    // Chart sheets and old dialog or macro sheets hold no cells to rank.
    if (!isRelType(rel.type, "worksheet")) continue;
    const part = rel.part;
    if (!pkg.has(part))
      throw new WorkbookFileError("corrupt", `missing sheet ${part}`, { sheet: entry.name, part });
    const cells = placed({ sheet: entry.name, part }, () =>
      readSheetXml(pkg.text(part), {
        strings,
        styles,
        date1904: wb.date1904,
        withFormats,
        budget,
        sheet: entry.name,
      })
    );
    sheets.push({ name: entry.name, ...cells });
    states.push(entry.state);
  }
  return { sheets, states };
}

/**
 * Characters Excel never allows in a sheet's name (a "[" would also read as another workbook's),
 * and an apostrophe at either end, which would end the quoted name in a formula.
 */
const FORBIDDEN_IN_NAME = /[[\]:*?/\\]|^'|'$/;

/**
 * Refuses sheet names no spreadsheet program makes: empty, holding [ ] : * ? / \, starting or
 * ending with an apostrophe, or two names
 * that differ only in case. Formulas name sheets, and such a name would make them point elsewhere
 * (Excel repairs such a file on opening, renaming the sheets; so should the user).
 * @example checkSheetNames(["三季度县区", "It's 汉中 😀"]) // passes
 */
export function checkSheetNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (name === "" || FORBIDDEN_IN_NAME.test(name))
      throw new WorkbookFileError("corrupt", "a sheet name Excel does not allow", { sheet: name });
    const key = name.toLowerCase();
    if (seen.has(key))
      throw new WorkbookFileError("corrupt", "two sheets with one name", { sheet: name });
    seen.add(key);
  }
}
