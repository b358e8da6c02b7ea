/** The workbook part (`xl/workbook.xml`): its sheets, defined names and views, with offsets to edit. */
import { WorkbookFileError } from "./errors";
import { TagKind, TagScanner } from "./xml-scan";
import { decodeEntities } from "./xml-text";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: SheetState;
  readonly start: number;
  readonly end: number;
}

export interface DefinedNameEntry {
  readonly name: string;
  readonly localSheetId: number | null;
  /** The whole element, and its opening tag's text and end. */
  readonly start: number;
  readonly end: number;
  readonly openTag: string;
  readonly openEnd: number;
}

export interface WorkbookView {
  readonly start: number;
  readonly end: number;
  readonly tag: string;
  readonly activeTab: number;
  readonly firstSheet: number;
}

export interface WorkbookXml {
  readonly xml: string;
  /** Prefix of the spreadsheetml namespace in this part ("" or "x:"). */
  readonly prefix: string;
  readonly sheets: readonly SheetEntry[];
  /** Offset of `</sheets>`. */
  readonly sheetsClose: number;
  readonly definedNames: readonly DefinedNameEntry[];
  /** Offset of `</definedNames>`, or null when the part has none. */
  readonly definedNamesClose: number | null;
  /** Where a new `<definedNames>` goes when there is none. */
  readonly definedNamesAt: number;
  /** An empty `<definedNames/>`, which a new element replaces. */
  readonly emptyDefinedNames: { readonly start: number; readonly end: number } | null;
  readonly views: readonly WorkbookView[];
  readonly date1904: boolean;
}

/** Elements that follow `definedNames` in CT_Workbook: a new one goes before the first of them. */
const AFTER_DEFINED_NAMES = new Set([
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
]);

const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/**
 * Parses the workbook part.
 * @example parseWorkbookXml(xml).sheets.map((s) => s.name) // => ["三季度县区", "透视"]
 */
export function parseWorkbookXml(xml: string): WorkbookXml {
  const s = new TagScanner(xml);
  const sheets: SheetEntry[] = [];
  const definedNames: DefinedNameEntry[] = [];
  const views: WorkbookView[] = [];
  let prefix = "";
  let sheetsClose = -1;
  let definedNamesClose: number | null = null;
  let definedNamesAt = -1;
  let date1904 = false;
  let emptyDefinedNames: { start: number; end: number } | null = null;
  let depth = 0;
  while (s.next()) {
    if (s.kind === TagKind.Close) {
      depth--;
      if (depth === 1 && s.local === "sheets") sheetsClose = s.start;
      if (depth === 1 && s.local === "definedNames") definedNamesClose = s.start;
      if (depth === 0 && definedNamesAt < 0) definedNamesAt = s.start;
      continue;
    }
    if (depth === 0) {
      prefix = s.prefix;
      const ns = s.attr(prefix ? `xmlns:${prefix.slice(0, -1)}` : "xmlns");
      if (ns === STRICT) throw new WorkbookFileError("strict", ns);
    } else if (depth === 1) {
      if (AFTER_DEFINED_NAMES.has(s.local) && definedNamesAt < 0) definedNamesAt = s.start;
      if (s.local === "workbookPr") date1904 = ["1", "true"].includes(s.attr("date1904") ?? "");
      // "<definedNames/>": new names replace it with a whole element.
      if (s.local === "definedNames" && s.kind === TagKind.Empty)
        emptyDefinedNames = { start: s.start, end: s.end };
    } else if (depth === 2 && s.local === "sheet") {
      const state = s.attr("state");
      sheets.push({
        name: s.attr("name") ?? "",
        sheetId: Number(s.attr("sheetId")),
        relId: s.attrLocal("id") ?? "",
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
        start: s.start,
        end: s.kind === TagKind.Open ? (s.skipElement(), s.end) : s.end,
      });
      continue;
    } else if (depth === 2 && s.local === "definedName") {
      const local = s.attr("localSheetId");
      const start = s.start;
      const openTag = xml.slice(s.start, s.end);
      const openEnd = s.end;
      if (s.kind === TagKind.Open) s.skipElement();
      definedNames.push({
        name: nameOf(openTag),
        localSheetId: local === undefined ? null : Number(local),
        start,
        end: s.end,
        openTag,
        openEnd,
      });
      continue;
    } else if (depth === 2 && s.local === "workbookView") {
      views.push({
        start: s.start,
        end: s.end,
        tag: xml.slice(s.start, s.end),
        activeTab: Number(s.attr("activeTab") ?? 0),
        firstSheet: Number(s.attr("firstSheet") ?? 0),
      });
    }
    if (s.kind === TagKind.Open) depth++;
  }
  if (sheetsClose < 0) throw new WorkbookFileError("corrupt", "workbook part has no <sheets>");
  return {
    xml,
    prefix,
    sheets,
    sheetsClose,
    definedNames,
    definedNamesClose,
    definedNamesAt,
    emptyDefinedNames,
    views,
    date1904,
  };
}

function nameOf(openTag: string): string {
  const m = /\sname\s*=\s*("([^"]*)"|'([^']*)')/.exec(openTag);
  return m ? decodeEntities(m[2] ?? m[3] ?? "") : "";
}
