import type { Tensor } from './datatypes';

/**
 * Whether two answers to the same rows differ: a missing output, another shape, or any element apart
 * by more than `tolerance` (absolute, or relative to the larger value) for floats, at all for others.
 */
export function outputsDisagree(a: readonly Tensor[], b: readonly Tensor[], tolerance = 1e-4): boolean {
  for (const left of a) {
    const right = b.find((t) => t.name === left.name);
    if (!right || right.shape.length !== left.shape.length || right.shape.some((dim, i) => dim !== left.shape[i])) return true;
    const float = left.datatype.startsWith('FP') && right.datatype.startsWith('FP');
    for (let i = 0; i < left.data.length; i++) {
      const x = left.data[i];
      const y = right.data[i];
      if (float) {
        const difference = Math.abs((x as number) - (y as number));
        if (difference > tolerance && difference > tolerance * Math.max(Math.abs(x as number), Math.abs(y as number))) return true;
      } else if (x !== y) {
        return true;
      }
    }
  }
  return false;
}
