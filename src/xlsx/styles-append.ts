/**
 * Adds the tool's cell looks to a workbook's styles part without renumbering anything: new fonts,
 * fills, borders, number formats, cell formats (`cellXfs`) and differential formats (`dxfs`) go
 * after the existing ones, so every index the user's sheets hold keeps its meaning.
 */
import { CellStyle } from "../core/sheet-plan";
import { STYLES, StyleSpec } from "../core/styles";
import { builtInId } from "./number-formats";
import { Edit, applyEdits, setAttr } from "./xml-edit";
import { TagKind, TagScanner } from "./xml-scan";
import { escapeAttr } from "./xml-text";

/** Schema order of the style sheet's collections (CT_Stylesheet); new ones go in their place. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type Section = (typeof ORDER)[number];

interface Found {
  /** Offsets of the opening tag (or the whole empty element). */
  readonly start: number;
  readonly openEnd: number;
  /** Offset of the closing tag; equal to openEnd's element end for an empty element. */
  readonly closeStart: number;
  readonly empty: boolean;
  readonly openTag: string;
  readonly children: number;
}

/** The green and red of rises and falls, as the add-in paints them. */
export const SIGN_COLORS = { up: "107C10", down: "C50F1F" } as const;
const BORDER_COLOR = "BFBFBF";

/** A styles part for a package that has none (as Excel writes a new workbook's). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/**
 * @example
 * const styles = new StyleAppender(stylesXml);
 * const s = styles.cellFormat("header", "0.00"); // an index for <c s="…">
 * const edited = styles.xml(); // the styles part with the new entries appended
 */
export class StyleAppender {
  private readonly found = new Map<Section, Found>();
  private readonly added = new Map<Section, string[]>(ORDER.map((s) => [s, []]));
  private readonly keys = new Map<string, number>();
  private readonly xfs = new Map<CellStyle | undefined, Map<string | undefined, number>>();
  private readonly children = new Map<Section, Map<string, number>>();
  private readonly customCodes = new Map<string, number>();
  private nextNumFmt = 164;
  private closeAt = -1;
  private prefix = "";
  private baseFont = { size: "11", rest: "", color: "" };

  constructor(private readonly source: string) {
    this.parse();
  }

  /** Whether anything was added. */
  get changed(): boolean {
    return [...this.added.values()].some((a) => a.length > 0);
  }

  /**
   * The `cellXfs` index for a named look with a number format; 0 (the workbook's default) when a
   * cell has neither.
   */
  cellFormat(style: CellStyle | undefined, format: string | undefined): number {
    if (!style && !format) return 0;
    // Called once per cell written: a two-level map spares building a key string each time.
    let byFormat = this.xfs.get(style);
    if (!byFormat) this.xfs.set(style, (byFormat = new Map()));
    const known = byFormat.get(format);
    if (known !== undefined) return known;
    const index = this.newCellFormat(style, format);
    byFormat.set(format, index);
    return index;
  }

  private newCellFormat(style: CellStyle | undefined, format: string | undefined): number {
    return this.memo(`xf|${style ?? ""}|${format ?? ""}`, () => {
      const spec: StyleSpec = style ? STYLES[style] : {};
      const numFmtId = format ? this.numFmt(format) : 0;
      const fontId = spec.bold || spec.italic || spec.size || spec.color ? this.font(spec) : 0;
      const fillId = spec.fill ? this.fill(spec.fill) : 0;
      const borderId = spec.border ? this.border() : 0;
      const p = this.prefix;
      let attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"`;
      if (this.count("cellStyleXfs") > 0) attrs += ' xfId="0"';
      if (numFmtId) attrs += ' applyNumberFormat="1"';
      if (fontId) attrs += ' applyFont="1"';
      if (fillId) attrs += ' applyFill="1"';
      if (borderId) attrs += ' applyBorder="1"';
      let alignment = "";
      if (spec.wrap || spec.align) {
        attrs += ' applyAlignment="1"';
        alignment =
          `<${p}alignment` +
          (spec.align ? ` horizontal="${spec.align}"` : "") +
          ' vertical="center"' +
          (spec.wrap ? ' wrapText="1"' : "") +
          "/>";
      }
      return this.push(
        "cellXfs",
        alignment ? `<${p}xf ${attrs}>${alignment}</${p}xf>` : `<${p}xf ${attrs}/>`
      );
    });
  }

  /** Differential formats for rises (green font) and falls (red font). */
  signFormats(): { up: number; down: number } {
    const dxf = (rgb: string) =>
      this.memo(`dxf|${rgb}`, () => {
        const p = this.prefix;
        return this.push(
          "dxfs",
          `<${p}dxf><${p}font><${p}color rgb="FF${rgb}"/></${p}font></${p}dxf>`
        );
      });
    return { up: dxf(SIGN_COLORS.up), down: dxf(SIGN_COLORS.down) };
  }

  /** The styles part with every addition; the source itself when nothing was added. */
  xml(): string {
    if (!this.changed) return this.source;
    const edits: Edit[] = [];
    for (const section of ORDER) {
      const items = this.added.get(section) as string[];
      if (!items.length) continue;
      const total = this.count(section);
      const body = items.join("");
      const found = this.found.get(section);
      const p = this.prefix;
      if (!found) {
        const later = ORDER.slice(ORDER.indexOf(section) + 1)
          .map((s) => this.found.get(s))
          .find((f) => f !== undefined);
        const at = later ? later.start : this.closeAt;
        edits.push({
          start: at,
          end: at,
          text: `<${p}${section} count="${total}">${body}</${p}${section}>`,
        });
      } else if (found.empty) {
        const open = setAttr(found.openTag, "count", String(total)).replace(/\s*\/>$/, ">");
        edits.push({
          start: found.start,
          end: found.openEnd,
          text: `${open}${body}</${p}${section}>`,
        });
      } else {
        edits.push({
          start: found.start,
          end: found.openEnd,
          text: setAttr(found.openTag, "count", String(total)),
        });
        edits.push({ start: found.closeStart, end: found.closeStart, text: body });
      }
    }
    return applyEdits(this.source, edits);
  }

  private count(section: Section): number {
    return (this.found.get(section)?.children ?? 0) + (this.added.get(section) as string[]).length;
  }

  private push(section: Section, xml: string): number {
    // The same entry from an earlier run is reused, so running again does not grow the styles.
    const existing = this.existing(section).get(xml);
    if (existing !== undefined) return existing;
    const index = this.count(section);
    (this.added.get(section) as string[]).push(xml);
    return index;
  }

  /** Each child element's text in a section → its index (the first, where repeated). */
  private existing(section: Section): Map<string, number> {
    const known = this.children.get(section);
    if (known) return known;
    const map = new Map<string, number>();
    const found = this.found.get(section);
    if (found && !found.empty) {
      const s = new TagScanner(this.source, found.openEnd);
      let index = 0;
      while (s.next() && s.start < found.closeStart) {
        if (s.kind === TagKind.Close) continue;
        const start = s.start;
        if (s.kind === TagKind.Open) s.skipElement();
        const text = this.source.slice(start, s.end);
        if (!map.has(text)) map.set(text, index);
        index++;
      }
    }
    this.children.set(section, map);
    return map;
  }

  private memo(key: string, make: () => number): number {
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    const value = make();
    this.keys.set(key, value);
    return value;
  }

  private numFmt(code: string): number {
    const builtIn = builtInId(code);
    if (builtIn !== undefined) return builtIn;
    const existing = this.customCodes.get(code);
    if (existing !== undefined) return existing;
    const id = this.nextNumFmt++;
    this.customCodes.set(code, id);
    this.push(
      "numFmts",
      `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`
    );
    return id;
  }

  private font(spec: StyleSpec): number {
    const key = `font|${spec.bold ?? ""}|${spec.italic ?? ""}|${spec.size ?? ""}|${spec.color ?? ""}`;
    return this.memo(key, () => {
      const p = this.prefix;
      const base = this.baseFont;
      // The workbook's default font (name, family, scheme) in the spec's weight, size and colour.
      const xml =
        `<${p}font>` +
        (spec.bold ? `<${p}b/>` : "") +
        (spec.italic ? `<${p}i/>` : "") +
        `<${p}sz val="${spec.size ?? base.size}"/>` +
        (spec.color ? `<${p}color rgb="FF${spec.color}"/>` : base.color) +
        base.rest +
        `</${p}font>`;
      return this.push("fonts", xml);
    });
  }

  private fill(rgb: string): number {
    return this.memo(`fill|${rgb}`, () => {
      const p = this.prefix;
      return this.push(
        "fills",
        `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
      );
    });
  }

  private border(): number {
    return this.memo("border", () => {
      const p = this.prefix;
      const side = (name: string) =>
        `<${p}${name} style="thin"><${p}color rgb="FF${BORDER_COLOR}"/></${p}${name}>`;
      return this.push(
        "borders",
        `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`
      );
    });
  }

  private parse(): void {
    const s = new TagScanner(this.source);
    let depth = 0;
    let open: { section: Section; start: number; openEnd: number; tag: string } | null = null;
    let children = 0;
    let fontDepth = -1;
    let fontsSeen = 0;
    let maxNumFmt = 163;
    while (s.next()) {
      if (s.kind === TagKind.Close) {
        depth--;
        if (depth === 0 && s.local === "styleSheet") this.closeAt = s.start;
        if (depth === 1 && open) {
          this.found.set(open.section, {
            start: open.start,
            openEnd: open.openEnd,
            closeStart: s.start,
            empty: false,
            openTag: open.tag,
            children,
          });
          open = null;
        }
        if (depth < fontDepth) fontDepth = -1;
        continue;
      }
      if (depth === 0) this.prefix = s.prefix;
      if (depth === 1 && (ORDER as readonly string[]).includes(s.local)) {
        const section = s.local as Section;
        const tag = this.source.slice(s.start, s.end);
        if (s.kind === TagKind.Empty) {
          this.found.set(section, {
            start: s.start,
            openEnd: s.end,
            closeStart: s.end,
            empty: true,
            openTag: tag,
            children: 0,
          });
        } else {
          open = { section, start: s.start, openEnd: s.end, tag };
          children = 0;
        }
      } else if (depth === 2 && open) {
        children++;
        if (open.section === "numFmts" && s.local === "numFmt") {
          const id = Number(s.attr("numFmtId"));
          const code = s.attr("formatCode");
          if (code !== undefined && !this.customCodes.has(code)) this.customCodes.set(code, id);
          if (Number.isFinite(id)) maxNumFmt = Math.max(maxNumFmt, id);
        }
        if (open.section === "fonts" && s.local === "font" && fontsSeen++ === 0)
          fontDepth = s.kind === TagKind.Open ? depth + 1 : -1;
      } else if (depth === fontDepth) {
        // A child of the default font: keep its text whole (an element may have children).
        const { local, start } = s;
        const val = s.attr("val");
        if (s.kind === TagKind.Open) s.skipElement();
        const full = this.source.slice(start, s.end);
        if (local === "sz") this.baseFont.size = val ?? "11";
        else if (local === "color") this.baseFont.color = full;
        else if (["name", "family", "charset", "scheme"].includes(local))
          this.baseFont.rest += full;
        continue;
      }
      if (s.kind === TagKind.Open) depth++;
    }
    this.nextNumFmt = maxNumFmt + 1;
    if (!this.baseFont.rest) this.baseFont.rest = `<${this.prefix}name val="Calibri"/>`;
  }
}
