/**
 * The package-preserving writer: OUT is IN's zip package with the tool's sheets added. Every part
 * of IN is copied byte for byte (as its compressed bytes, not even re-deflated) except the few the
 * writer must extend: the workbook part, its relationships, the content types and the styles
 * (appended to, never renumbered). The tool's earlier sheets, and every part only they reached
 * (drawings, charts, their relationships), are removed; so is calcChain, which would name them.
 */
import { quoteSheetName } from "../core/address";
import { PlanCell, SheetPlan } from "../core/sheet-plan";
import {
  ChartAnchor,
  ChartSheet,
  chartModel,
  chartRows,
  chartSpaceXml,
  drawingXml,
} from "./chart-write";
import { CONTENT_TYPE, CONTENT_TYPES_PART, editContentTypes } from "./content-types";
import { Package } from "./package";
import { WorkbookRead } from "./read-workbook";
import { concat, valuesPackage } from "./values-package";
import { folderOf, relativeTarget, relsPartOf } from "./part-names";
import {
  IdMaker,
  REL,
  Relationship,
  isRelType,
  relationshipXml,
  relsPartXml,
} from "./relationships";
import { CellLike, NS_REL, areaRef, worksheetXml } from "./sheet-write";
import { MINIMAL_STYLES, StyleAppender } from "./styles-append";
import { WorkbookXml, parseWorkbookXml } from "./workbook-part";
import { Edit, applyEdits, setAttr } from "./xml-edit";
import { escapeAttr, escapeText } from "./xml-text";
import { ZipEntry } from "./zip-read";
import { DeflaterFactory, ZipStream } from "./zip-write";

export interface WritePlansOptions {
  /** The sheets to write, in order, as the engine planned them (`EngineResult.plans`). */
  readonly plans: readonly SheetPlan[];
  /** Names of the tool's sheets from an earlier run to remove (`EngineResult.staleOutputSheets`). */
  readonly stale?: readonly string[];
  /**
   * Store each formula's engine value as its cached result (the default), so programs that do not
   * recalculate on open show the right numbers. Tests turn it off to make LibreOffice prove them.
   */
  readonly cachedResults?: boolean;
  /** Deflate level of the parts written anew, 1 (fast) to 9 (small); 6 by default. */
  readonly level?: number;
  /** A faster compressor than fflate's, where the platform has one (Node's zlib). */
  readonly deflater?: DeflaterFactory;
}

interface NewSheet {
  readonly plan: SheetPlan;
  readonly part: string;
  readonly relId: string;
  readonly sheetId: number;
  readonly drawing: { part: string; charts: { part: string; relId: string }[] } | null;
}

/**
 * Writes `plans` into the package, yielding the new archive in chunks as they are made.
 * @example
 * const chunks = [...writePackageChunks(pkg, { plans: result.plans, stale: result.staleOutputSheets })];
 */
export function* writePackageChunks(
  pkg: Package,
  options: WritePlansOptions
): Generator<Uint8Array> {
  const plans = options.plans;
  const wbPart = pkg.workbookPart;
  const wb = parseWorkbookXml(pkg.text(wbPart));
  const wbRels = pkg.rels(wbPart);
  const relById = new Map(wbRels.map((r) => [r.id, r]));
  const staleNames = new Set(options.stale ?? []);
  const removed = wb.sheets.filter((s) => {
    const rel = relById.get(s.relId);
    return staleNames.has(s.name) && rel !== undefined && isRelType(rel.type, "worksheet");
  });
  const removedRelIds = new Set(removed.map((s) => s.relId));
  // calcChain lists formula cells by sheet; entries for removed sheets make Excel repair the file.
  const calcChain = removed.length ? wbRels.find((r) => isRelType(r.type, "calcChain")) : undefined;
  if (calcChain) removedRelIds.add(calcChain.id);
  const deleted = partsToDelete(pkg, wbPart, removedRelIds, calcChain);

  const kept = wb.sheets.filter((s) => !removed.includes(s));
  assertNewNames(
    kept.map((s) => s.name),
    plans
  );
  const taken = new Set(
    pkg.zip.entries.map((e) => e.name.toLowerCase()).filter((name) => !deleted.has(name))
  );
  // A content type declared for a part that is not there (an orphan override) still blocks its
  // name, as does an orphan relationships part: a duplicate of either breaks the file.
  for (const name of pkg.contentTypes.overrides.keys()) if (!deleted.has(name)) taken.add(name);
  const fresh = (folder: string, stem: string) => {
    for (let n = 1; ; n++) {
      const name = `${folder}${stem}${n}.xml`;
      if (!taken.has(name.toLowerCase()) && !taken.has(relsPartOf(name).toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
  const xl = folderOf(wbPart);
  // Ids of what is removed are free again: a second run gives the same ids as the first.
  const ids = new IdMaker(wbRels.filter((r) => !removedRelIds.has(r.id)).map((r) => r.id));
  let sheetId = Math.max(0, ...kept.map((s) => s.sheetId).filter(Number.isFinite)) + 1;
  const sheets: NewSheet[] = plans.map((plan) => ({
    plan,
    part: fresh(`${xl}worksheets/`, "sheet"),
    relId: ids.take(),
    sheetId: sheetId++,
    drawing: plan.charts.length
      ? {
          part: fresh(`${xl}drawings/`, "drawing"),
          charts: plan.charts.map((_, i) => ({
            part: fresh(`${xl}charts/`, "chart"),
            relId: `rId${i + 1}`,
          })),
        }
      : null,
  }));

  const stylesPart = pkg.related(wbPart, "styles");
  // Looks are added as the sheets are written; the styles part follows them in the archive.
  const styles = new StyleAppender(stylesPart ? pkg.text(stylesPart) : MINIMAL_STYLES);
  const newStylesPart = stylesPart
    ? null
    : taken.has(`${xl}styles.xml`.toLowerCase())
      ? fresh(xl, "styles")
      : `${xl}styles.xml`;
  const stylesRelId = newStylesPart ? ids.take() : null;

  const { xml: workbookXml, selectFirst } = editWorkbook(wb, removed, sheets, kept.length);
  const relsAdded: { id: string; type: string; target: string }[] = sheets.map((s) => ({
    id: s.relId,
    type: REL.worksheet,
    target: relativeTarget(wbPart, s.part),
  }));
  if (newStylesPart && stylesRelId)
    relsAdded.push({
      id: stylesRelId,
      type: REL.styles,
      target: relativeTarget(wbPart, newStylesPart),
    });
  const wbRelsPart = relsPartOf(wbPart);
  const relsXml = pkg.has(wbRelsPart)
    ? editRels(pkg.text(wbRelsPart), wbRels, removedRelIds, relsAdded)
    : relsPartXml(relsAdded);

  const retyped =
    pkg.workbookType === CONTENT_TYPE.template
      ? [{ part: wbPart, type: CONTENT_TYPE.workbook }]
      : pkg.workbookType === CONTENT_TYPE.templateMacro
        ? [{ part: wbPart, type: CONTENT_TYPE.workbookMacro }]
        : [];
  const added: { part: string; type: string }[] = sheets.flatMap((s) => [
    { part: s.part, type: CONTENT_TYPE.worksheet },
    ...(s.drawing
      ? [
          { part: s.drawing.part, type: CONTENT_TYPE.drawing },
          ...s.drawing.charts.map((c) => ({ part: c.part, type: CONTENT_TYPE.chart })),
        ]
      : []),
  ]);
  if (newStylesPart) added.push({ part: newStylesPart, type: CONTENT_TYPE.styles });
  const typesXml = editContentTypes(pkg.contentTypes, deleted, added, retyped);

  const replaced = new Map<string, string>([
    [CONTENT_TYPES_PART.toLowerCase(), typesXml],
    [wbPart.toLowerCase(), workbookXml],
    [wbRelsPart.toLowerCase(), relsXml],
  ]);
  const stylesEntry = stylesPart ? pkg.entry(stylesPart) : undefined;

  const zip = new ZipStream({ level: options.level ?? 6, deflater: options.deflater });
  const copy = (entry: ZipEntry) =>
    zip.copyRaw(
      entry,
      pkg.zip.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
    );
  for (const entry of pkg.zip.entries) {
    const key = entry.name.toLowerCase();
    if (deleted.has(key) || entry === stylesEntry) continue;
    const text = replaced.get(key);
    if (text !== undefined) {
      zip.addFile(entry.name, text);
      replaced.delete(key);
    } else copy(entry);
    yield* zip.take();
  }
  // A workbook without relationships gets them as a new part.
  if (replaced.has(wbRelsPart.toLowerCase())) zip.addFile(wbRelsPart, relsXml);
  const cachedResults = options.cachedResults !== false;
  for (const [i, sheet] of sheets.entries()) {
    const sink = zip.openFile(sheet.part);
    // A sheet whose rows are made as they are written keeps those its charts take values from.
    const wanted = sheet.plan.rowSource
      ? new Set(sheet.plan.charts.flatMap((c) => [...chartRows(c)]))
      : null;
    const kept: (readonly PlanCell[])[] = [];
    const context = {
      styles,
      cachedResults,
      drawingRelId: sheet.drawing ? "rId1" : undefined,
      selected: selectFirst && i === 0,
      onRow: wanted?.size
        ? (r: number, line: readonly CellLike[]) => {
            if (wanted.has(r)) kept[r] = line as readonly PlanCell[];
          }
        : undefined,
    };
    const chartSheet: ChartSheet = wanted ? { name: sheet.plan.name, rows: kept } : sheet.plan;
    const rows = worksheetXml(sheet.plan, context, sink.write);
    while (!rows.next().done) yield* zip.take();
    sink.close();
    if (sheet.drawing) {
      const drawing = sheet.drawing;
      zip.addFile(
        relsPartOf(sheet.part),
        relsPartXml([
          { id: "rId1", type: REL.drawing, target: relativeTarget(sheet.part, drawing.part) },
        ])
      );
      const anchors: ChartAnchor[] = sheet.plan.charts.map((c, k) => ({
        ...c.anchor,
        relId: drawing.charts[k].relId,
      }));
      zip.addFile(drawing.part, drawingXml(anchors));
      zip.addFile(
        relsPartOf(drawing.part),
        relsPartXml(
          drawing.charts.map((c) => ({
            id: c.relId,
            type: REL.chart,
            target: relativeTarget(drawing.part, c.part),
          }))
        )
      );
      sheet.plan.charts.forEach((chart, k) =>
        zip.addFile(drawing.charts[k].part, chartSpaceXml(chartModel(chart, chartSheet)))
      );
    }
    yield* zip.take();
  }
  if (newStylesPart) zip.addFile(newStylesPart, styles.xml());
  else if (stylesEntry) {
    if (styles.changed) zip.addFile(stylesEntry.name, styles.xml());
    else copy(stylesEntry);
  }
  zip.finish();
  yield* zip.take();
}

/**
 * Parts to drop with the removed sheets: what only they reach through relationships (their own
 * relationships parts included), never a part that anything kept still reaches.
 */
function partsToDelete(
  pkg: Package,
  wbPart: string,
  removedRelIds: ReadonlySet<string>,
  calcChain: Relationship | undefined
): Set<string> {
  const reach = (starts: readonly string[], skip: (from: string, rel: Relationship) => boolean) => {
    const seen = new Set<string>();
    const queue = [...starts];
    while (queue.length) {
      const part = queue.pop() as string;
      if (seen.has(part.toLowerCase())) continue;
      seen.add(part.toLowerCase());
      for (const rel of pkg.rels(part)) {
        if (rel.part === null || skip(part, rel)) continue;
        const entry = pkg.entry(rel.part);
        if (entry) queue.push(entry.name);
      }
    }
    return seen;
  };
  const starts = pkg
    .rels(wbPart)
    .filter((r) => removedRelIds.has(r.id) && r.part !== null && pkg.has(r.part))
    .map((r) => pkg.entry(r.part as string)?.name as string);
  if (!starts.length) return new Set();
  const keep = reach([""], (from, rel) => from === wbPart && removedRelIds.has(rel.id));
  const deleted = new Set<string>();
  for (const part of reach(starts, () => false)) {
    if (keep.has(part)) continue;
    deleted.add(part);
    const rels = relsPartOf(part).toLowerCase();
    if (pkg.zip.byName.has(rels)) deleted.add(rels);
  }
  if (calcChain?.part) deleted.add(calcChain.part.toLowerCase());
  return deleted;
}

function assertNewNames(kept: readonly string[], plans: readonly SheetPlan[]): void {
  const names = new Set(kept.map((n) => n.toLowerCase()));
  for (const plan of plans) {
    const key = plan.name.toLowerCase();
    if (names.has(key))
      throw new RangeError(`writePackageChunks requires new sheet names, "${plan.name}" is taken`);
    names.add(key);
  }
}

/**
 * The workbook part with the removed sheets' elements gone, the new ones added at the end, sheet
 * indexes of local defined names and views renumbered, and print titles and areas for the new
 * sheets as defined names.
 */
function editWorkbook(
  wb: WorkbookXml,
  removed: readonly WorkbookXml["sheets"][number][],
  sheets: readonly NewSheet[],
  keptCount: number
): { xml: string; selectFirst: boolean } {
  const p = wb.prefix;
  const edits: Edit[] = [];
  const newIndex = new Map<number, number>();
  let k = 0;
  wb.sheets.forEach((s, i) => {
    if (removed.includes(s)) edits.push({ start: s.start, end: s.end, text: "" });
    else newIndex.set(i, k++);
  });
  const relAttr = relationshipAttr(wb.xml);
  edits.push({
    start: wb.sheetsClose,
    end: wb.sheetsClose,
    text: sheets
      .map(
        (s) =>
          `<${p}sheet name="${escapeAttr(s.plan.name)}" sheetId="${s.sheetId}" ${relAttr.name}="${s.relId}"${relAttr.declare}/>`
      )
      .join(""),
  });
  for (const dn of wb.definedNames) {
    if (dn.localSheetId === null) continue;
    const to = newIndex.get(dn.localSheetId);
    // A name local to a removed sheet (its print titles) goes with it.
    if (to === undefined) {
      if (dn.localSheetId < wb.sheets.length)
        edits.push({ start: dn.start, end: dn.end, text: "" });
    } else if (to !== dn.localSheetId) {
      edits.push({
        start: dn.start,
        end: dn.openEnd,
        text: setAttr(dn.openTag, "localSheetId", String(to)),
      });
    }
  }
  const names = sheets
    .flatMap((s, i) => {
      const sheet = quoteSheetName(s.plan.name);
      const local = keptCount + i;
      const out: string[] = [];
      const rows = s.plan.print.repeatRows;
      if (rows)
        out.push(
          `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${local}">${escapeText(`${sheet}!$${rows[0]}:$${rows[1]}`)}</${p}definedName>`
        );
      const area = s.plan.print.area;
      if (area)
        out.push(
          `<${p}definedName name="_xlnm.Print_Area" localSheetId="${local}">${escapeText(`${sheet}!${absoluteArea(area)}`)}</${p}definedName>`
        );
      return out;
    })
    .join("");
  if (names) {
    if (wb.definedNamesClose !== null)
      edits.push({ start: wb.definedNamesClose, end: wb.definedNamesClose, text: names });
    else if (wb.emptyDefinedNames)
      edits.push({
        ...wb.emptyDefinedNames,
        text: `<${p}definedNames>${names}</${p}definedNames>`,
      });
    else
      edits.push({
        start: wb.definedNamesAt,
        end: wb.definedNamesAt,
        text: `<${p}definedNames>${names}</${p}definedNames>`,
      });
  }
  let selectFirst = false;
  const total = keptCount + sheets.length;
  for (const view of wb.views) {
    let tag = view.tag;
    const active = newIndex.get(view.activeTab);
    if (active === undefined) {
      // The selected sheet was one of the tool's: select the first new sheet instead.
      selectFirst = sheets.length > 0;
      tag = setAttr(tag, "activeTab", String(sheets.length ? keptCount : 0));
    } else if (active !== view.activeTab) tag = setAttr(tag, "activeTab", String(active));
    const first = newIndex.get(view.firstSheet);
    if (first === undefined || first >= total) tag = setAttr(tag, "firstSheet", "0");
    else if (first !== view.firstSheet) tag = setAttr(tag, "firstSheet", String(first));
    if (tag !== view.tag) edits.push({ start: view.start, end: view.end, text: tag });
  }
  return { xml: applyEdits(wb.xml, edits), selectFirst };
}

const REL_NS_ATTR = new RegExp(
  `xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${NS_REL.replace(/[./]/g, "\\$&")}["']`
);

/** How a new `<sheet>` names its relationship: with the root's prefix, or declaring its own. */
function relationshipAttr(xml: string): { name: string; declare: string } {
  const rootEnd = xml.indexOf(">", xml.search(/<(?:[A-Za-z_][\w.-]*:)?workbook[\s>]/));
  const m = REL_NS_ATTR.exec(xml.slice(0, rootEnd + 1));
  return m
    ? { name: `${m[1]}:id`, declare: "" }
    : { name: "r:id", declare: ` xmlns:r="${NS_REL}"` };
}

function absoluteArea(a: { top: number; left: number; bottom: number; right: number }): string {
  return areaRef(a)
    .split(":")
    .map((ref) => ref.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}

function editRels(
  xml: string,
  rels: readonly Relationship[],
  removedIds: ReadonlySet<string>,
  added: readonly { id: string; type: string; target: string }[]
): string {
  const edits: Edit[] = rels
    .filter((r) => removedIds.has(r.id))
    .map((r) => ({ start: r.start, end: r.end, text: "" }));
  const close = xml.search(/<\/(?:[A-Za-z_][\w.-]*:)?Relationships\s*>/);
  // "<Relationships/>": nothing to keep, so the part is written anew.
  if (close < 0) return relsPartXml(added);
  const prefix = /<([A-Za-z_][\w.-]*:)?Relationships[\s>]/.exec(xml)?.[1] ?? "";
  const text = added
    .map((a) =>
      relationshipXml(a.id, a.type, a.target).replace("<Relationship", `<${prefix}Relationship`)
    )
    .join("");
  edits.push({ start: close, end: close, text });
  return applyEdits(xml, edits);
}

/**
 * Writes the engine's plans into a workbook read by {@link readWorkbookBytes}, yielding the new
 * file in chunks as they are made (write each to a file, or gather them in a Blob): a large
 * output is never held whole. An .xlsx stays .xlsx and an .xlsm stays .xlsm with its macros; an
 * .xls or .et becomes an .xlsx with its sheets' values (see values-package.ts).
 * @example
 * const book = readWorkbookBytes(bytes);
 * const result = runEngine(book.sheets);
 * for (const chunk of writeWorkbookChunks(book, { plans: result.plans, stale: result.staleOutputSheets }))
 *   sink.write(chunk);
 */
export function* writeWorkbookChunks(
  book: WorkbookRead,
  options: WritePlansOptions
): Generator<Uint8Array> {
  const pkg =
    book.source.kind === "package"
      ? book.source.pkg
      : valuesPackage(book.source.sheets, book.source.states);
  yield* writePackageChunks(pkg, options);
}

/**
 * {@link writeWorkbookChunks} gathered into one array, for small files and tests.
 * @example const out = writeWorkbookBytes(readWorkbookBytes(bytes), { plans: result.plans });
 */
export function writeWorkbookBytes(book: WorkbookRead, options: WritePlansOptions): Uint8Array {
  return concat([...writeWorkbookChunks(book, options)]);
}
