/** Reading and writing relationships parts (`*.rels`). */
import { WorkbookFileError } from "./errors";
import { resolveTarget } from "./part-names";
import { TagKind, TagScanner } from "./xml-scan";
import { escapeAttr } from "./xml-text";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as written. */
  readonly target: string;
  /** The target as a part name; `null` for an external target (a URL, another file). */
  readonly part: string | null;
  /** Offsets of the element in the rels text, for removing it. */
  readonly start: number;
  readonly end: number;
}

export const REL = {
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  theme: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme",
} as const;

/**
 * Whether a relationship type is `kind` in either the transitional or the strict namespace
 * ("…/officeDocument/2006/relationships/worksheet" or "http://purl.oclc.org/ooxml/…/worksheet").
 * @example isRelType(REL.worksheet, "worksheet") // => true
 */
export function isRelType(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

/**
 * The relationships in a rels part, targets resolved against `sourcePart`.
 * @example parseRelationships(xml, "xl/workbook.xml")[0].part // => "xl/worksheets/sheet1.xml"
 */
export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  const out: Relationship[] = [];
  const s = new TagScanner(xml);
  while (s.next()) {
    if (s.kind === TagKind.Close || s.local !== "Relationship") continue;
    const id = s.attr("Id");
    const type = s.attr("Type");
    const target = s.attr("Target");
    if (id === undefined || type === undefined || target === undefined)
      throw new WorkbookFileError("corrupt", `relationship without Id, Type or Target`);
    const external = s.attr("TargetMode") === "External";
    out.push({
      id,
      type,
      target,
      part: external ? null : resolveTarget(sourcePart, target),
      start: s.start,
      end: s.kind === TagKind.Open ? closeOf(s) : s.end,
    });
  }
  return out;
}

function closeOf(s: TagScanner): number {
  s.skipElement();
  return s.end;
}

/**
 * A `<Relationship>` element.
 * @example relationshipXml("rId1", REL.styles, "styles.xml") // => '<Relationship Id="rId1" Type="…/styles" Target="styles.xml"/>'
 */
export function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${escapeAttr(id)}" Type="${type}" Target="${escapeAttr(target)}"/>`;
}

/** A whole rels part. @example relsPartXml([{ id: "rId1", type: REL.chart, target: "../charts/chart1.xml" }]) */
export function relsPartXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map((r) => relationshipXml(r.id, r.type, r.target)).join("") +
    "</Relationships>"
  );
}

/**
 * Ids not yet used: "rId1", "rId2" …, continuing after the highest numbered one present.
 * @example new IdMaker(["rId1", "rId7"]).take() // => "rId8"
 */
export class IdMaker {
  private next: number;
  private readonly used: Set<string>;

  constructor(existing: Iterable<string>) {
    this.used = new Set(existing);
    let max = 0;
    for (const id of this.used) {
      const m = /^rId(\d+)$/.exec(id);
      if (m) max = Math.max(max, Number(m[1]));
    }
    this.next = max + 1;
  }

  take(): string {
    while (this.used.has(`rId${this.next}`)) this.next++;
    const id = `rId${this.next++}`;
    this.used.add(id);
    return id;
  }
}
