import { deflateSync, strToU8, zipSync } from "fflate";
import { WorkbookFileError } from "../../src/xlsx";
import { concat } from "../../src/xlsx/values-package";
import zlib from "zlib";
import {
  boundedInflate,
  entryBytes,
  looksLikeZip,
  rawBytes,
  readZip,
} from "../../src/xlsx/zip-read";
import { ZipStream } from "../../src/xlsx/zip-write";
import { partsOf } from "../support/packages";

describe("readZip and ZipStream", () => {
  const source = zipSync(
    {
      "a.xml": strToU8("<a>安康</a>".repeat(100)),
      "b.bin": Uint8Array.from({ length: 300 }, (_, i) => i % 256),
      "empty.txt": new Uint8Array(0),
      "dir/": new Uint8Array(0),
    },
    { level: 6 }
  );

  it("reads the central directory, leaving folders out, and inflates entries", () => {
    const zip = readZip(source);
    expect(zip.entries.map((e) => e.name)).toEqual(["a.xml", "b.bin", "empty.txt"]);
    expect(new TextDecoder().decode(entryBytes(zip, zip.byName.get("a.xml") as never))).toBe(
      "<a>安康</a>".repeat(100)
    );
    expect(zip.byName.get("A.XML".toLowerCase())?.size).toBe(
      strToU8("<a>安康</a>".repeat(100)).length
    );
    expect(looksLikeZip(source)).toBe(true);
  });

  it("copies entries as their compressed bytes and writes new ones in pieces", () => {
    const zip = readZip(source);
    const out = new ZipStream({ level: 1 });
    const chunks: Uint8Array[] = [];
    for (const entry of zip.entries) {
      out.copyRaw(entry, rawBytes(zip, entry));
      chunks.push(...out.take());
    }
    const sink = out.openFile("new.xml");
    sink.write("<x>");
    sink.write(strToU8("中"));
    sink.write("</x>");
    sink.close();
    out.finish();
    chunks.push(...out.take());
    const written = concat(chunks);
    const parts = partsOf(written);
    expect(new TextDecoder().decode(parts.get("new.xml"))).toBe("<x>中</x>");
    expect([...(parts.get("b.bin") ?? [])]).toEqual(Array.from({ length: 300 }, (_, i) => i % 256));
    const again = readZip(written);
    expect(rawBytes(again, again.byName.get("a.xml") as never)).toEqual(
      rawBytes(zip, zip.byName.get("a.xml") as never)
    );
  });

  it("compresses with a caller's deflater when given one", () => {
    let calls = 0;
    const out = new ZipStream({
      level: 1,
      deflater: () => ({
        push: (data, final) => {
          calls++;
          // A whole stream in one piece: only right when the entry is pushed at once.
          return final ? [deflateSync(data)] : [];
        },
      }),
    });
    out.addFile("x.txt", "平利县".repeat(50));
    out.finish();
    expect(new TextDecoder().decode(partsOf(concat(out.take())).get("x.txt"))).toBe(
      "平利县".repeat(50)
    );
    expect(calls).toBe(1);
  });

  it("refuses a truncated archive and an encrypted entry", () => {
    expect(() => readZip(source.subarray(0, source.length - 30))).toThrow(WorkbookFileError);
    const encrypted = Uint8Array.from(source);
    // Set bit 0 (encrypted) of the first central directory entry's flags.
    const view = new DataView(encrypted.buffer);
    for (let i = encrypted.length - 22; i >= 0; i--)
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true);
      }
    let code = "";
    try {
      readZip(encrypted);
    } catch (e) {
      code = (e as WorkbookFileError).code;
    }
    expect(code).toBe("encrypted");
  });
});

describe("boundedInflate(raw, size), the default inflater", () => {
  const text = strToU8(
    Array.from(
      { length: 60_000 },
      (_, i) => `<row r="${i}"><c><v>${(i * 7919) % 1000}</v></c></row>`
    ).join("")
  );

  it("inflates what fflate's one-shot inflater does, byte for byte", () => {
    const raw = deflateSync(text, { level: 6 });
    expect(boundedInflate(raw, text.length)).toEqual(text);
  });

  it("stops a stream that holds more than it declares within 4 MB of the size, not at its end", () => {
    // 1 GB of blanks in about 1 MB: one megabyte compressed once, its piece repeated.
    const piece = zlib.deflateRawSync(new Uint8Array(1 << 20).fill(32), {
      level: 9,
      finishFlush: zlib.constants.Z_SYNC_FLUSH,
    });
    const raw = concat([...Array.from({ length: 1024 }, () => piece), Uint8Array.of(3, 0)]);
    const started = Date.now();
    expect(() => boundedInflate(raw, 1000)).toThrow(RangeError);
    // Inflating all of it takes seconds; stopping early, a few milliseconds on any machine.
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("gives what a short stream holds, and entryBytes calls that corrupt, naming the part", () => {
    const raw = deflateSync(strToU8("<a/>"));
    expect(boundedInflate(raw, 100)).toHaveLength(4);
    const zip = readZip(zipSync({ "a.xml": strToU8("<a>安康</a>".repeat(50)) }));
    const entry = { ...zip.entries[0], size: zip.entries[0].size + 10 };
    let error: unknown = null;
    try {
      entryBytes(zip, entry);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as WorkbookFileError).code).toBe("corrupt");
    expect((error as WorkbookFileError).context.part).toBe("a.xml");
  });
});

describe("readZip(bytes) on a directory whose lengths reach past the end", () => {
  it("calls it corrupt rather than reading outside the file", () => {
    const source = zipSync({ "a.xml": strToU8("<a/>") });
    const bytes = Uint8Array.from(source);
    const view = new DataView(bytes.buffer);
    let at = bytes.length - 22;
    while (view.getUint32(at, true) !== 0x02014b50) at--;
    view.setUint16(at + 30, 0xffff, true); // the extra field's length
    let error: unknown = null;
    try {
      readZip(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as WorkbookFileError).code).toBe("corrupt");
  });
});
