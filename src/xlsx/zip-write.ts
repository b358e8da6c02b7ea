/**
 * A zip archive written as a stream of chunks (fflate's streaming `Zip`): unchanged entries are
 * copied as their compressed bytes, new ones are deflated as they are produced, and the caller
 * takes the chunks as they come, so a large output is never held whole unless the caller wants it.
 */
import { Zip, ZipDeflate, ZipInputFile } from "fflate";
import { crc32 } from "./crc32";
import { utf8Encoder } from "./text-codec";
import { ZipEntry } from "./zip-read";

/**
 * A raw-deflate compressor a caller may supply instead of fflate's: `push` takes the next piece of
 * an entry (valid only during the call: the buffer is reused) and returns compressed bytes so far; after the piece marked `final` the pieces together
 * must form one complete raw deflate stream. The command line passes Node's zlib, native and about
 * four times faster; a browser uses fflate.
 * @example
 * // Node: each piece flushed to a byte boundary, then an empty final block.
 * const deflater: DeflaterFactory = (level) => ({
 *   push: (data, final) => [
 *     zlib.deflateRawSync(data, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH }),
 *     ...(final ? [Uint8Array.of(3, 0)] : []),
 *   ],
 * });
 */
export interface Deflater {
  push(data: Uint8Array, final: boolean): Uint8Array[];
  /** A faster CRC-32 than this module's, if the platform has one (`zlib.crc32` in Node ≥ 20.15). */
  crc32?(data: Uint8Array, previous: number): number;
}
export type DeflaterFactory = (level: number) => Deflater;

/**
 * Every entry gets this time: output that depends only on input (a test can compare two runs),
 * and the earliest date a zip header can hold.
 */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** A text or binary entry being written piece by piece. */
export interface EntrySink {
  /** Adds text (encoded as UTF-8) or bytes to the entry. */
  write(data: string | Uint8Array): void;
  /** Finishes the entry; nothing may be written to it afterwards. */
  close(): void;
}

/** Encoded text is gathered to about this many bytes before it is deflated. */
const BUFFER_SIZE = 1 << 18;
const FLUSH_AT = BUFFER_SIZE - (1 << 14);
/**
 * Text pieces are joined and encoded this many at a time. Pieces are small (a cell is written as
 * several), and the encoder's buffer takes a batch even of long ones (see the loop that splits).
 */
const TEXT_BATCH = 2048;

/**
 * @example
 * const zip = new ZipStream({ level: 1 });
 * zip.addFile("a.txt", "hello");
 * zip.finish();
 * const chunks = zip.take(); // the archive, in pieces
 */
export class ZipStream {
  private readonly zip: Zip;
  private queue: Uint8Array[] = [];
  private open = false;

  constructor(
    private readonly options: { readonly level: number; readonly deflater?: DeflaterFactory }
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) throw error;
      this.queue.push(chunk);
    });
  }

  /** Copies an entry of another archive without inflating it: same name, bytes and CRC. */
  copyRaw(entry: ZipEntry, compressed: Uint8Array, name = entry.name): void {
    this.assertIdle();
    const file: ZipInputFile = {
      filename: name,
      size: entry.size,
      crc: entry.crc,
      compression: entry.method,
      mtime: FIXED_TIME,
      ondata: undefined,
    };
    this.zip.add(file);
    // fflate's handler type asks for an ArrayBuffer-backed array; the bytes are only read.
    (file.ondata as NonNullable<ZipInputFile["ondata"]>)(
      null,
      compressed as Uint8Array<ArrayBuffer>,
      true
    );
  }

  /** Adds a whole entry at once. */
  addFile(name: string, data: string | Uint8Array): void {
    const sink = this.openFile(name);
    sink.write(data);
    sink.close();
  }

  /** Starts an entry written in pieces; close it before starting the next. */
  openFile(name: string): EntrySink {
    this.assertIdle();
    this.open = true;
    const custom = this.options.deflater !== undefined;
    const file = this.options.deflater
      ? new CustomDeflate(name, this.options.deflater(this.options.level))
      : new ZipDeflate(name, { level: this.options.level as 1 });
    file.mtime = FIXED_TIME;
    this.zip.add(file);
    // Text is gathered as the pieces it comes in and joined about every TEXT_BATCH characters, then
    // encoded in one call: encoding is a native call whose fixed cost, paid per piece, outweighed
    // the encoding itself, and joining copies each piece once (no string is built by `+`).
    const buffer = new Uint8Array(BUFFER_SIZE);
    const encoder = utf8Encoder();
    let used = 0;
    // A full batch of pieces is joined whole, so the array is filled again in place rather than
    // grown from empty for every batch.
    const pieces: string[] = new Array<string>(TEXT_BATCH).fill("");
    let count = 0;
    const flush = (final: boolean) => {
      if (used === 0 && !final) return;
      // A caller's deflater reads the bytes during the call; fflate may keep them, so it gets a copy.
      const bytes = custom ? buffer.subarray(0, used) : buffer.slice(0, used);
      file.push(bytes, final);
      used = 0;
    };
    const encodePieces = () => {
      if (count === 0) return;
      let text = count === TEXT_BATCH ? pieces.join("") : pieces.slice(0, count).join("");
      count = 0;
      for (;;) {
        const { read, written } = encoder.encodeInto(text, buffer.subarray(used));
        used += written;
        if (read === text.length) break;
        flush(false);
        text = text.slice(read);
      }
      if (used >= FLUSH_AT) flush(false);
    };
    return {
      write: (data) => {
        if (typeof data !== "string") {
          encodePieces();
          flush(false);
          file.push(custom ? data : data.slice(), false);
          return;
        }
        pieces[count++] = data;
        if (count === TEXT_BATCH) encodePieces();
      },
      close: () => {
        encodePieces();
        flush(true);
        this.open = false;
      },
    };
  }

  /** Writes the central directory; the archive is complete once its chunks are taken. */
  finish(): void {
    this.assertIdle();
    this.zip.end();
  }

  /** The chunks written since the last call, in order. */
  take(): Uint8Array[] {
    const out = this.queue;
    this.queue = [];
    return out;
  }

  private assertIdle(): void {
    if (this.open) throw new Error("ZipStream: close the open entry first");
  }
}

/** A zip entry compressed by a caller's deflater; the CRC and size are counted here. */
class CustomDeflate implements ZipInputFile {
  crc = 0;
  size = 0;
  readonly compression = 8;
  mtime?: Date;
  ondata: ZipInputFile["ondata"];

  constructor(
    readonly filename: string,
    private readonly deflater: Deflater
  ) {}

  push(data: Uint8Array, final: boolean): void {
    this.crc = this.deflater.crc32 ? this.deflater.crc32(data, this.crc) : crc32(data, this.crc);
    this.size += data.length;
    const out = this.deflater.push(data, final);
    const send = this.ondata as NonNullable<ZipInputFile["ondata"]>;
    // fflate's handler type asks for ArrayBuffer-backed arrays; the bytes are only read.
    out.forEach((chunk, i) =>
      send(null, chunk as Uint8Array<ArrayBuffer>, final && i === out.length - 1)
    );
    if (final && out.length === 0) send(null, new Uint8Array(0), true);
  }
}
