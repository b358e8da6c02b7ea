/**
 * An Open Packaging Conventions package (an .xlsx or .xlsm) opened for reading: its parts by name,
 * their relationships, their content types, and where the workbook part is.
 */
import {
  CONTENT_TYPE,
  CONTENT_TYPES_PART,
  ContentTypes,
  contentTypeOf,
  parseContentTypes,
} from "./content-types";
import { WorkbookFileError, placed } from "./errors";
import { relsPartOf } from "./part-names";
import { Relationship, isRelType, parseRelationships } from "./relationships";
import { decodeXml } from "./xml-scan";
import { Inflater, ZipArchive, ZipEntry, entryBytes, readZip } from "./zip-read";

/**
 * @example
 * const pkg = openPackage(bytes);
 * pkg.workbookPart // => "xl/workbook.xml"
 * pkg.related(pkg.workbookPart, "styles") // => "xl/styles.xml"
 */
export class Package {
  readonly contentTypes: ContentTypes;
  /** The workbook part ("xl/workbook.xml"). */
  readonly workbookPart: string;
  readonly workbookType: string;
  private readonly relsCache = new Map<string, Relationship[]>();

  constructor(
    readonly zip: ZipArchive,
    private readonly inflate?: Inflater
  ) {
    const types = this.entry(CONTENT_TYPES_PART);
    if (!types) throw new WorkbookFileError("not-a-workbook", "no [Content_Types].xml");
    this.contentTypes = placed({ part: CONTENT_TYPES_PART }, () =>
      parseContentTypes(this.text(CONTENT_TYPES_PART))
    );
    const main = this.rels("").find((r) => isRelType(r.type, "officeDocument") && r.part);
    if (!main?.part || !this.entry(main.part))
      throw new WorkbookFileError("not-a-workbook", "no workbook part");
    this.workbookPart = this.entry(main.part)?.name as string;
    this.workbookType = contentTypeOf(this.contentTypes, this.workbookPart) ?? "";
    if (this.workbookType === CONTENT_TYPE.binaryWorkbook || this.workbookPart.endsWith(".bin"))
      throw new WorkbookFileError("xlsb", this.workbookPart);
    if (!/spreadsheetml|ms-excel/.test(this.workbookType))
      throw new WorkbookFileError("not-a-workbook", `main part is ${this.workbookType}`);
  }

  /** The zip entry of a part, found without regard to case. */
  entry(part: string): ZipEntry | undefined {
    return this.zip.byName.get(part.toLowerCase());
  }

  has(part: string): boolean {
    return this.entry(part) !== undefined;
  }

  bytes(part: string): Uint8Array {
    const entry = this.entry(part);
    if (!entry) throw new WorkbookFileError("corrupt", `missing part ${part}`, { part });
    return entryBytes(this.zip, entry, this.inflate);
  }

  text(part: string): string {
    return decodeXml(this.bytes(part));
  }

  /** The relationships of a part ("" for the package's own), empty when it has none. */
  rels(part: string): Relationship[] {
    const cached = this.relsCache.get(part);
    if (cached) return cached;
    const relsPart = part === "" ? "_rels/.rels" : relsPartOf(part);
    const rels = this.has(relsPart)
      ? placed({ part: relsPart }, () => parseRelationships(this.text(relsPart), part))
      : [];
    this.relsCache.set(part, rels);
    return rels;
  }

  /** The first target of a relationship type from a part, as an existing part name. */
  related(part: string, kind: string): string | null {
    const rel = this.rels(part).find((r) => isRelType(r.type, kind) && r.part && this.has(r.part));
    return rel ? (this.entry(rel.part as string) as ZipEntry).name : null;
  }
}

/** Opens a package from the bytes of a file. @example openPackage(bytes).workbookType */
export function openPackage(bytes: Uint8Array, inflate?: Inflater): Package {
  return new Package(readZip(bytes), inflate);
}
