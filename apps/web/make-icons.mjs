// Writes apps/web/public/icons/icon-{192,512}.png: a blue tile with a white storefront-like mark.
// Minimal PNG encoder (RGBA, no filter) over node:zlib; no packages. Run: node apps/web/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
const crc32 = (buf) => {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function icon(size) {
  const px = (x, y) => {
    const u = x / size,
      v = y / size;
    const white = [255, 255, 255, 255],
      blue = [0, 92, 187, 255];
    // awning (scalloped band), shop body, door
    if (v > 0.22 && v < 0.36 && u > 0.18 && u < 0.82) return white;
    if (v >= 0.36 && v < 0.42 && u > 0.18 && u < 0.82 && Math.floor((u - 0.18) / 0.08) % 2 === 0) return white;
    if (v > 0.46 && v < 0.78 && u > 0.24 && u < 0.76) {
      if (u > 0.42 && u < 0.58 && v > 0.56) return blue;
      return white;
    }
    return blue;
  };
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) Buffer.from(px(x, y)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) writeFileSync(new URL(`./public/icons/icon-${size}.png`, import.meta.url), icon(size));
