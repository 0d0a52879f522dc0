'use strict';
// The web app's function: turns the strokes a person drew into the digits model's input, calls the
// endpoint and answers the digit with its probabilities. It runs on the platform as a function behind
// the public API's POST /predict route (API Gateway's proxy event in, an HTTP response out).

const ENDPOINT = process.env.DIGITS_ENDPOINT || 'digits';

/**
 * Draws strokes (lists of [x, y] points, 0 to 1 across the canvas) into a 32x32 bitmap the way the
 * digits data set was made: the drawing scaled to fit a 20x20 box and centred, drawn with a pen about
 * five pixels wide (its digits were written with a bold pen).
 */
function rasterize(strokes) {
  const points = strokes.flat();
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = 20 / Math.max(maxX - minX, maxY - minY, 1e-6);
  const offsetX = 16 - ((minX + maxX) / 2) * scale;
  const offsetY = 16 - ((minY + maxY) / 2) * scale;
  const bitmap = new Uint8Array(32 * 32);
  const radius = 2.8;
  const stamp = (x, y) => {
    for (let py = Math.floor(y - radius); py <= Math.ceil(y + radius); py++) {
      for (let px = Math.floor(x - radius); px <= Math.ceil(x + radius); px++) {
        if (px < 0 || py < 0 || px >= 32 || py >= 32) continue;
        if ((px + 0.5 - x) ** 2 + (py + 0.5 - y) ** 2 <= radius * radius) bitmap[py * 32 + px] = 1;
      }
    }
  };
  for (const stroke of strokes) {
    const mapped = stroke.map(([x, y]) => [x * scale + offsetX, y * scale + offsetY]);
    if (mapped.length === 1) stamp(mapped[0][0], mapped[0][1]);
    for (let i = 1; i < mapped.length; i++) {
      const [x0, y0] = mapped[i - 1];
      const [x1, y1] = mapped[i];
      const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 4));
      for (let s = 0; s <= steps; s++) stamp(x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps);
    }
  }
  return bitmap;
}

/** The 8x8 image of scikit-learn's digits: the pixels set in each 4x4 block, 0 to 16. */
function toEightByEight(bitmap) {
  const image = [];
  for (let by = 0; by < 8; by++) {
    const row = [];
    for (let bx = 0; bx < 8; bx++) {
      let count = 0;
      for (let y = 0; y < 4; y++) for (let x = 0; x < 4; x++) count += bitmap[(by * 4 + y) * 32 + bx * 4 + x];
      row.push(count);
    }
    image.push(row);
  }
  return image;
}

/** The model's input: the 8x8 image over 16, scaled up to 32x32 bilinearly (PyTorch's, align_corners=False), to 3 decimals. */
function modelInput(image) {
  const source = (i) => Math.max(0, (i + 0.5) * (8 / 32) - 0.5);
  const out = [];
  for (let y = 0; y < 32; y++) {
    const sy = source(y);
    const y0 = Math.floor(sy);
    const y1 = Math.min(y0 + 1, 7);
    const wy = sy - y0;
    const row = [];
    for (let x = 0; x < 32; x++) {
      const sx = source(x);
      const x0 = Math.floor(sx);
      const x1 = Math.min(x0 + 1, 7);
      const wx = sx - x0;
      const value =
        (image[y0][x0] * (1 - wx) * (1 - wy) + image[y0][x1] * wx * (1 - wy) + image[y1][x0] * (1 - wx) * wy + image[y1][x1] * wx * wy) / 16;
      row.push(Math.round(value * 1000) / 1000);
    }
    out.push(row);
  }
  return [out];
}

const answer = (statusCode, body) => ({ statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

exports.handler = async (event, context) => {
  let strokes;
  try {
    strokes = JSON.parse(event.body || '{}').strokes;
  } catch {
    return answer(400, { message: 'the body is not JSON' });
  }
  const valid =
    Array.isArray(strokes) &&
    strokes.length > 0 &&
    strokes.length <= 100 &&
    strokes.every((s) => Array.isArray(s) && s.length > 0 && s.length <= 5000 && s.every((p) => Array.isArray(p) && p.length === 2 && p.every((v) => typeof v === 'number' && v >= 0 && v <= 1)));
  if (!valid) return answer(400, { message: 'send {"strokes": [[[x, y], ...], ...]} with x and y from 0 to 1' });
  const image = toEightByEight(rasterize(strokes));
  const result = await context.platform.invokeEndpoint({
    EndpointName: ENDPOINT,
    Body: { instances: [modelInput(image)] },
    Accept: 'application/json',
  });
  const probabilities = JSON.parse(Buffer.from(result.Body).toString('utf8')).predictions[0];
  const digit = probabilities.indexOf(Math.max(...probabilities));
  console.log(`predicted ${digit} with p=${probabilities[digit].toFixed(3)}`);
  return answer(200, { digit, probabilities, image });
};

exports.rasterize = rasterize;
exports.toEightByEight = toEightByEight;
exports.modelInput = modelInput;
