import { writeFileSync } from "fs";
import path from "path";
import { deflateSync } from "zlib";

/**
 * Draws the add-in's icon (three rising bars on a blue tile, the middle one highlighted) at every
 * size the manifest names, as PNG files. Run: `npm run build:node && node build/scripts/make-icons.js`.
 */
const SIZES = [16, 32, 64, 80, 128];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function iconPng(size: number): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  const radius = size * 0.18;
  const bars = [
    { x0: 0.2, x1: 0.36, top: 0.55, color: [255, 255, 255] },
    { x0: 0.42, x1: 0.58, top: 0.32, color: [255, 214, 102] },
    { x0: 0.64, x1: 0.8, top: 0.18, color: [255, 255, 255] },
  ];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
      const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
      const inside = dx * dx + dy * dy <= radius * radius;
      if (!inside) continue;
      let color = [31, 92, 168];
      const fx = (x + 0.5) / size;
      const fy = (y + 0.5) / size;
      for (const b of bars)
        if (fx >= b.x0 && fx <= b.x1 && fy >= b.top && fy <= 0.82) color = b.color;
      rgba.set([...color, 255], i);
    }
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const dir = path.join(__dirname, "..", "..", "assets");
  for (const size of SIZES) writeFileSync(path.join(dir, `icon-${size}.png`), iconPng(size));
  process.stdout.write(`wrote ${SIZES.length} icons to ${dir}\n`);
}
