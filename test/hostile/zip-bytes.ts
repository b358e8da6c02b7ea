/**
 * Zip archives written byte by byte, so a test can make one lie: sizes that do not match the
 * data, flags, methods, counts, duplicate names, a zip64 directory. Honest entries are deflated by
 * Node's zlib (fast enough to make a 1 GB bomb in a second).
 */
import zlib from "zlib";
import { crc32 } from "../../src/xlsx/crc32";

export interface RawEntry {
  readonly name: string;
  /** The bytes stored in the archive: deflated for method 8, as they are for method 0. */
  readonly data: Uint8Array;
  readonly method: number;
  /** The uncompressed size the directory declares (true or not). */
  readonly size: number;
  readonly crc: number;
  /** General-purpose flags (bit 0: encrypted). */
  readonly flags?: number;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** An entry as a zip tool writes it: deflated, with its true size and CRC. */
export function deflated(name: string, content: Uint8Array | string): RawEntry {
  const bytes = typeof content === "string" ? utf8(content) : content;
  return {
    name,
    data: zlib.deflateRawSync(bytes, { level: 6 }),
    method: 8,
    size: bytes.length,
    crc: crc32(bytes),
  };
}

const MB = 1 << 20;

/** Bytes deflated and flushed to a byte boundary, not final: pieces like this join into one stream. */
export function deflatePiece(bytes: Uint8Array): Uint8Array {
  return zlib.deflateRawSync(bytes, { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
}

/**
 * `unit` repeated to `length` bytes as deflate pieces: one megabyte compressed once and its piece
 * repeated, so no test holds the gigabyte it describes.
 */
export function repeatedPieces(unit: string, length: number): Uint8Array[] {
  const slice = utf8(unit.repeat(Math.ceil(MB / unit.length))).subarray(0, MB);
  const whole = deflatePiece(slice);
  const pieces: Uint8Array[] = Array.from({ length: Math.floor(length / MB) }, () => whole);
  if (length % MB) pieces.push(deflatePiece(slice.subarray(0, length % MB)));
  return pieces;
}

/** The empty final block that ends a stream of pieces. */
export const FINAL_BLOCK = Uint8Array.of(3, 0);

/**
 * An entry whose content is `unit` repeated to `length` bytes, declaring `declared` bytes: the
 * classic deflate bomb (1 GB of blanks is about 1 MB compressed).
 */
export function bomb(name: string, unit: string, length: number, declared = length): RawEntry {
  const data = concat([...repeatedPieces(unit, length), FINAL_BLOCK]);
  return { name, data, method: 8, size: declared, crc: 0 };
}

/** A zip archive of the entries, in order; `count` overrides the directory's entry count. */
export function rawZip(entries: readonly RawEntry[], options: { count?: number } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = utf8(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, (e.flags ?? 0) | 0x800, true);
    local.setUint16(8, e.method, true);
    local.setUint32(14, e.crc, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.size, true);
    local.setUint16(26, name.length, true);
    chunks.push(new Uint8Array(local.buffer), name, e.data);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(8, (e.flags ?? 0) | 0x800, true);
    dir.setUint16(10, e.method, true);
    dir.setUint32(16, e.crc, true);
    dir.setUint32(20, e.data.length, true);
    dir.setUint32(24, e.size, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const dirSize = central.reduce((a, c) => a + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  const count = options.count ?? entries.length;
  end.setUint16(8, Math.min(count, 0xffff), true);
  end.setUint16(10, Math.min(count, 0xffff), true);
  end.setUint32(12, dirSize, true);
  end.setUint32(16, offset, true);
  return concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

/**
 * The same archive with a zip64 end of central directory claiming `count` entries (a count no
 * 16-bit field can hold, as a many-part bomb would state it).
 */
export function zip64Claiming(zip: Uint8Array, count: number): Uint8Array {
  const eocdAt = zip.length - 22;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dirSize = view.getUint32(eocdAt + 12, true);
  const dirOffset = view.getUint32(eocdAt + 16, true);
  const z64 = new DataView(new ArrayBuffer(56 + 20));
  z64.setUint32(0, 0x06064b50, true);
  z64.setBigUint64(4, 44n, true);
  z64.setUint16(12, 45, true);
  z64.setUint16(14, 45, true);
  z64.setBigUint64(24, BigInt(count), true);
  z64.setBigUint64(32, BigInt(count), true);
  z64.setBigUint64(40, BigInt(dirSize), true);
  z64.setBigUint64(48, BigInt(dirOffset), true);
  z64.setUint32(56, 0x07064b50, true);
  z64.setBigUint64(64, BigInt(eocdAt), true);
  z64.setUint32(72, 1, true);
  const end = zip.slice(eocdAt);
  new DataView(end.buffer).setUint16(8, 0xffff, true);
  new DataView(end.buffer).setUint16(10, 0xffff, true);
  return concat([zip.subarray(0, eocdAt), new Uint8Array(z64.buffer), end]);
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
