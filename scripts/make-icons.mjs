// Draws the toolbar icon (a page with clause lines and a lock bar) as PNGs at the sizes the
// stores ask for. Run once after changing the design: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const BLUE = [9, 105, 218, 255], WHITE = [255, 255, 255, 255], RED = [207, 34, 46, 255], NONE = [0, 0, 0, 0];
function pixel(u, v) {
  const r = 0.18, inX = Math.min(u, 1 - u), inY = Math.min(v, 1 - v);
  if (inX < r && inY < r && Math.hypot(r - inX, r - inY) > r) return NONE;
  const line = (y0, x1) => v > y0 && v < y0 + 0.08 && u > 0.22 && u < x1;
  if (line(0.2, 0.78) || line(0.38, 0.7) || line(0.56, 0.78)) return WHITE;
  if (v > 0.72 && v < 0.84 && u > 0.22 && u < 0.62) return RED;
  return BLUE;
}
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size, pixel));
