import { invalidInput } from '@modelserve/common';
import type { InputSignature } from './request-decoder';

const describe = (shape: readonly number[]) => `[${shape.join(', ')}]`;

/** Checks a tensor sent by a client (name, datatype, shape) against the model input it is for. */
export function checkAgainstSignature(spec: InputSignature, datatype: string, shape: readonly number[]): void {
  if (datatype !== spec.datatype) {
    throw invalidInput(`input "${spec.name}" takes ${spec.datatype}, got ${datatype}`);
  }
  const fits =
    shape.length === spec.shape.length &&
    shape.every((dim, i) => Number.isInteger(dim) && dim >= 0 && (spec.shape[i] < 0 || spec.shape[i] === dim));
  if (!fits) {
    throw invalidInput(`input "${spec.name}" expects shape ${describe(spec.shape)}, got ${describe(shape)}`);
  }
}
