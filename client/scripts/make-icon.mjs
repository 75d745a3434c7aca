// Draws the extension icon (client/images/icon.png, 128×128): a conductor's baton across a red
// tile. Run `node client/scripts/make-icon.mjs` to regenerate; no image library needed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // Supersampling per axis, for smooth edges.

const RED = [178, 34, 34];
const WHITE = [255, 250, 240];
const GOLD = [240, 190, 60];
const DARK = [90, 40, 20];

/** Distance from point p to segment a–b. */
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at a point, or undefined outside the tile. */
function colourAt(x, y) {
  const radius = 24;
  const cx = Math.min(Math.max(x, radius), SIZE - radius);
  const cy = Math.min(Math.max(y, radius), SIZE - radius);
  if (Math.hypot(x - cx, y - cy) > radius) return undefined;
  // The baton: a thin shaft from the handle (bottom left) to the tip (top right), tapering.
  const ax = 34, ay = 96, bx = 100, by = 28;
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  if (Math.hypot(x - 100, y - 28) < 7) return GOLD;
  if (segmentDistance(x, y, 22, 108, 38, 92) < 10) return DARK; // the handle
  if (segmentDistance(x, y, ax, ay, bx, by) < 5 - 2.5 * t) return WHITE;
  // Three short strokes: the beat.
  for (const [sx, sy] of [[70, 86], [84, 94], [98, 102]]) {
    if (segmentDistance(x, y, sx, sy, sx + 10, sy - 4) < 2.5) return GOLD;
  }
  return RED;
}

const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1);
  pixels[row] = 0; // Filter: none.
  for (let x = 0; x < SIZE; x++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
        if (colour === undefined) continue;
        sum[0] += colour[0];
        sum[1] += colour[1];
        sum[2] += colour[2];
        sum[3] += 1;
      }
    }
    const at = row + 1 + x * 4;
    const covered = sum[3];
    pixels[at] = covered === 0 ? 0 : Math.round(sum[0] / covered);
    pixels[at + 1] = covered === 0 ? 0 : Math.round(sum[1] / covered);
    pixels[at + 2] = covered === 0 ? 0 : Math.round(sum[2] / covered);
    pixels[at + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // Bit depth.
header[9] = 6; // Colour type: RGBA.
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(pixels, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
