/** The package's `[Content_Types].xml`: reading it, and extending it for the parts the writer adds. */
import { WorkbookFileError } from "./errors";
import { Edit, applyEdits } from "./xml-edit";
import { TagKind, TagScanner } from "./xml-scan";
import { escapeAttr } from "./xml-text";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  workbookMacro: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  template: "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
  templateMacro: "application/vnd.ms-excel.template.macroEnabled.main+xml",
  binaryWorkbook: "application/vnd.ms-excel.sheet.binary.macroEnabled.main",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

export interface ContentTypes {
  readonly xml: string;
  /** Extension (lower case) → content type. */
  readonly defaults: ReadonlyMap<string, string>;
  /** Part name without leading "/" (lower case) → content type and the element's offsets. */
  readonly overrides: ReadonlyMap<string, { type: string; start: number; end: number }>;
  /** Where new elements go: before `</Types>`, with the root's prefix. */
  readonly closeAt: number;
  readonly prefix: string;
}

/**
 * Parses `[Content_Types].xml`.
 * @example parseContentTypes(xml).overrides.get("xl/workbook.xml")?.type // => "application/vnd…sheet.main+xml"
 */
export function parseContentTypes(xml: string): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, { type: string; start: number; end: number }>();
  let closeAt = -1;
  let prefix = "";
  const s = new TagScanner(xml);
  while (s.next()) {
    if (s.local === "Types") {
      if (s.kind === TagKind.Close) closeAt = s.start;
      else prefix = s.prefix;
    } else if (s.kind !== TagKind.Close && s.local === "Default") {
      defaults.set((s.attr("Extension") ?? "").toLowerCase(), s.attr("ContentType") ?? "");
    } else if (s.kind !== TagKind.Close && s.local === "Override") {
      const start = s.start;
      const name = (s.attr("PartName") ?? "").replace(/^\//, "").toLowerCase();
      const type = s.attr("ContentType") ?? "";
      const end = s.kind === TagKind.Open ? (s.skipElement(), s.end) : s.end;
      overrides.set(name, { type, start, end });
    }
  }
  if (closeAt < 0) throw new WorkbookFileError("corrupt", "[Content_Types].xml has no </Types>");
  return { xml, defaults, overrides, closeAt, prefix };
}

/**
 * A part's content type: its override, or the default for its extension.
 * @example contentTypeOf(types, "xl/workbook.xml") // => "application/vnd…sheet.main+xml"
 */
export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  const override = types.overrides.get(part.toLowerCase());
  if (override) return override.type;
  const dot = part.lastIndexOf(".");
  return dot < 0 ? undefined : types.defaults.get(part.slice(dot + 1).toLowerCase());
}

/**
 * The content types text with overrides removed for `removed` parts and added for `added` ones;
 * every other byte as it was.
 * @example editContentTypes(types, ["xl/calcChain.xml"], [{ part: "xl/worksheets/sheet9.xml", type: CONTENT_TYPE.worksheet }])
 */
export function editContentTypes(
  types: ContentTypes,
  removed: Iterable<string>,
  added: readonly { part: string; type: string }[],
  retyped: readonly { part: string; type: string }[] = []
): string {
  const edits: Edit[] = [];
  for (const part of removed) {
    const o = types.overrides.get(part.toLowerCase());
    if (o) edits.push({ start: o.start, end: o.end, text: "" });
  }
  for (const { part, type } of retyped) {
    const o = types.overrides.get(part.toLowerCase());
    if (o) edits.push({ start: o.start, end: o.end, text: override(types.prefix, part, type) });
  }
  const text = added.map((a) => override(types.prefix, a.part, a.type)).join("");
  if (text) edits.push({ start: types.closeAt, end: types.closeAt, text });
  return applyEdits(types.xml, edits);
}

function override(prefix: string, part: string, type: string): string {
  return `<${prefix}Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>`;
}
