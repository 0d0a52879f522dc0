/**
 * Decimal numbers read straight from bytes, with exactly the value JSON.parse and Number() give.
 *
 * Most numbers in requests have at most 15 significant digits and a small exponent. For those, the
 * digits form an integer below 2^53 and 10^e (|e| <= 22) is exact as a double, so one IEEE
 * multiplication or division gives the correctly rounded result (Clinger's fast path). Anything
 * else is handed to Number() on the text, which is always correct.
 */

const POWERS_OF_TEN = Float64Array.from({ length: 23 }, (_, i) => 10 ** i);
const MAX_FAST_DIGITS = 15;

const ZERO = 0x30;
const NINE = 0x39;
const isDigit = (c: number) => c >= ZERO && c <= NINE;

/** The value of the last number read by scanDecimal. A module slot, so that reading a number allocates nothing. */
export let scannedValue = 0;

/**
 * Reads a number starting at `pos` and returns the index just past it, or -1 when the bytes there are
 * not a number. `json` selects JSON's grammar; otherwise the looser forms Number() accepts in a CSV
 * cell are read too (a leading +, leading zeros, ".5" and "5.").
 */
export function scanDecimal(bytes: Uint8Array, pos: number, end: number, json: boolean): number {
  const start = pos;
  let negative = false;
  let c = pos < end ? bytes[pos] : -1;
  if (c === 0x2d /* - */) {
    negative = true;
    c = ++pos < end ? bytes[pos] : -1;
  } else if (c === 0x2b /* + */ && !json) {
    c = ++pos < end ? bytes[pos] : -1;
  }
  let mantissa = 0;
  let digits = 0;
  let exponent = 0;
  let integerDigits = 0;
  // Integer part.
  if (json && c === ZERO) {
    pos++;
    integerDigits = 1;
  } else {
    while (pos < end && isDigit((c = bytes[pos]))) {
      if (mantissa !== 0 || c !== ZERO) {
        mantissa = mantissa * 10 + (c - ZERO);
        digits++;
      }
      pos++;
      integerDigits++;
    }
  }
  // Fraction.
  let fractionDigits = 0;
  if (pos < end && bytes[pos] === 0x2e /* . */) {
    pos++;
    while (pos < end && isDigit((c = bytes[pos]))) {
      if (mantissa !== 0 || c !== ZERO) {
        mantissa = mantissa * 10 + (c - ZERO);
        digits++;
      }
      exponent--;
      pos++;
      fractionDigits++;
    }
    if (fractionDigits === 0 && (json || integerDigits === 0)) return -1;
  }
  if (integerDigits === 0 && (json || fractionDigits === 0)) return -1;
  // Exponent.
  if (pos < end && (bytes[pos] | 0x20) === 0x65 /* e or E */) {
    pos++;
    let exponentNegative = false;
    if (pos < end && bytes[pos] === 0x2d) {
      exponentNegative = true;
      pos++;
    } else if (pos < end && bytes[pos] === 0x2b) {
      pos++;
    }
    let value = 0;
    let exponentDigits = 0;
    while (pos < end && isDigit((c = bytes[pos]))) {
      // Past 10^6 the value is 0 or Infinity whatever follows; keep the sum finite.
      if (value < 1e6) value = value * 10 + (c - ZERO);
      pos++;
      exponentDigits++;
    }
    if (exponentDigits === 0) return -1;
    exponent += exponentNegative ? -value : value;
  }
  if (digits <= MAX_FAST_DIGITS && exponent >= -22 && exponent <= 22) {
    const magnitude = exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent] : mantissa * POWERS_OF_TEN[exponent];
    scannedValue = negative ? -magnitude : magnitude;
  } else {
    scannedValue = Number(latin1(bytes, start, pos));
  }
  return pos;
}

export const latin1 = (bytes: Uint8Array, start: number, end: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', start, end);
