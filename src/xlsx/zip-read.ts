/**
 * The directory of a zip archive, read from its central directory, and each entry's bytes on
 * demand. Entries are never all inflated at once: the writer copies unchanged entries as their
 * compressed bytes, and the reader inflates only the parts it reads.
 */
import { Inflate } from "fflate";
import { READ_LIMITS, ReadLimits } from "../core/limits";
import { WorkbookFileError, tooLarge } from "./errors";
import { utf8Decoder } from "./text-codec";

export interface ZipEntry {
  /** The entry's name as stored ("xl/worksheets/sheet1.xml"). */
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Offset of the compressed data in the archive. */
  readonly dataStart: number;
  /** Last-modified time and date, DOS format, kept when the entry is copied. */
  readonly dosTime: number;
  readonly dosDate: number;
}

export interface ZipArchive {
  readonly bytes: Uint8Array;
  /** Entries in the archive's order, directories left out. */
  readonly entries: readonly ZipEntry[];
  /** Entries by lower-cased name: package part names compare without case (OPC). */
  readonly byName: ReadonlyMap<string, ZipEntry>;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Whether the bytes start like a zip archive ("PK\x03\x04", or an empty archive). @example looksLikeZip(xlsxBytes) // => true */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  );
}

/**
 * Reads the central directory of a zip archive, checking its declared sizes against the caps
 * before anything is inflated: the number of entries, each entry's size and their sum.
 * @example
 * const zip = readZip(bytes);
 * zip.byName.get("xl/workbook.xml")?.size // => 1234
 */
export function readZip(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const at = u64(view, eocd - 12);
    if (at + 56 > bytes.length || view.getUint32(at, true) !== ZIP64_EOCD)
      throw new WorkbookFileError("corrupt", "bad zip64 end of central directory");
    count = u64(view, at + 32);
    size = u64(view, at + 40);
    offset = u64(view, at + 48);
  }
  // The count is checked before the directory is walked: a many-part bomb stops here.
  if (count > limits.parts) throw tooLarge("parts", count, limits.parts);
  if (offset + size > bytes.length) throw new WorkbookFileError("corrupt", "truncated zip");
  let total = 0;
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL)
      throw new WorkbookFileError("corrupt", "bad central directory");
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const dosTime = view.getUint16(p + 12, true);
    const dosDate = view.getUint16(p + 14, true);
    const crc = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let entrySize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let local = view.getUint32(p + 42, true);
    // Every length is the file's word: one that reaches past the end is damage, not a read error.
    if (p + 46 + nameLength + extraLength + commentLength > bytes.length)
      throw new WorkbookFileError("corrupt", "central directory entry past the end");
    const name = utf8Decoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // Zip64 sizes and offset sit in extra field 1, each only where its 32-bit field is full.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const length = view.getUint16(e + 2, true);
      if (e + 4 + length > extraEnd)
        throw new WorkbookFileError("corrupt", `extra field of ${name} past its end`, {
          part: name,
        });
      if (id === 1) {
        let f = e + 4;
        const field = (value: number) => {
          if (value !== 0xffffffff) return value;
          if (f + 8 > e + 4 + length)
            throw new WorkbookFileError("corrupt", `short zip64 field of ${name}`, { part: name });
          const wide = u64(view, f);
          f += 8;
          return wide;
        };
        entrySize = field(entrySize);
        compressedSize = field(compressedSize);
        local = field(local);
      }
      e += 4 + length;
    }
    p = extraEnd + commentLength;
    if (name.endsWith("/")) continue;
    if (flags & 1) throw new WorkbookFileError("encrypted", `zip entry ${name} is encrypted`);
    if (method !== 0 && method !== 8)
      throw new WorkbookFileError("corrupt", `zip entry ${name} uses compression ${method}`);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL)
      throw new WorkbookFileError("corrupt", `bad local header for ${name}`);
    const dataStart =
      local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length)
      throw new WorkbookFileError("corrupt", `truncated entry ${name}`, { part: name });
    if (method === 0 && compressedSize !== entrySize)
      throw new WorkbookFileError("corrupt", `stored entry ${name} with two sizes`, { part: name });
    if (entrySize > limits.partBytes)
      throw tooLarge("partBytes", entrySize, limits.partBytes, { part: name });
    total += entrySize;
    if (total > limits.packageBytes) throw tooLarge("packageBytes", total, limits.packageBytes);
    const entry: ZipEntry = {
      name,
      method,
      crc,
      compressedSize,
      size: entrySize,
      dataStart,
      dosTime,
      dosDate,
    };
    // Two entries of one name would let two readers see two different workbooks.
    if (byName.has(name.toLowerCase()))
      throw new WorkbookFileError("corrupt", `two entries named ${name}`, { part: name });
    entries.push(entry);
    byName.set(name.toLowerCase(), entry);
  }
  return { bytes, entries, byName };
}

/** An entry's stored (compressed) bytes, a view into the archive. @example rawBytes(zip, zip.entries[0]).length // => entries[0].compressedSize */
export function rawBytes(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  return zip.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
}

/**
 * Inflates raw deflate data of a known size. A caller may supply a faster one than fflate's (the
 * command line passes Node's native zlib). Contract: it must stop, by throwing, as soon as the
 * data inflates past `size` bytes, not after inflating all of it: the size comes from the zip's
 * directory, which a hostile file fills in as it likes (zlib's `maxOutputLength` does this).
 */
export type Inflater = (raw: Uint8Array, size: number) => Uint8Array;

/** Compressed bytes fed to fflate at a time, at least: 4 KB inflate to at most 4 MB. */
const MIN_STEP = 4096;

/**
 * fflate's inflater, bounded. Its one-shot `inflateSync` keeps decoding a stream past the end of
 * a given buffer (dropping the bytes, spending the time), so a bomb that claims 1 KB and holds
 * 10 GB would run for minutes. The stream is fed in steps no larger than could fill what is left
 * of `size` (deflate expands at most 1032 to 1), so it stops within 4 MB of the declared size.
 * @example boundedInflate(deflateRawBytes, 1234).length // => 1234
 */
export const boundedInflate: Inflater = (raw, size) => {
  const out = new Uint8Array(size);
  let length = 0;
  let over = false;
  const stream = new Inflate((chunk) => {
    if (length + chunk.length > size) over = true;
    else out.set(chunk, length);
    length += chunk.length;
  });
  for (let at = 0; at < raw.length && !over;) {
    const step = Math.max(MIN_STEP, Math.ceil((size - length) / 1032) + 1);
    const end = Math.min(raw.length, at + step);
    stream.push(raw.subarray(at, end), end === raw.length);
    at = end;
  }
  if (over) throw new RangeError(`inflates past its declared ${size} bytes`);
  return length === size ? out : out.subarray(0, length);
};

/**
 * An entry's content, inflated, and exactly as long as the directory says: a part that inflates
 * to more (a bomb that lies) or less (a truncated stream) is corrupt.
 * @example new TextDecoder().decode(entryBytes(zip, zip.byName.get("xl/workbook.xml")!))
 */
export function entryBytes(
  zip: ZipArchive,
  entry: ZipEntry,
  inflate: Inflater = boundedInflate
): Uint8Array {
  const raw = rawBytes(zip, entry);
  if (entry.method === 0) return raw;
  let out: Uint8Array;
  try {
    out = inflate(raw, entry.size);
  } catch (error) {
    // The library's own words go to the detail only, for whoever reports it.
    throw new WorkbookFileError("corrupt", `${entry.name}: ${String(error)}`, { part: entry.name });
  }
  if (out.length !== entry.size)
    throw new WorkbookFileError(
      "corrupt",
      `${entry.name} inflates to ${out.length} bytes, not the ${entry.size} it declares`,
      { part: entry.name }
    );
  return out;
}

function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  throw new WorkbookFileError("corrupt", "no zip end of central directory");
}

function u64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
}
