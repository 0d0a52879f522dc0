const { TestEnvironment } = require('jest-environment-node');

/**
 * Jest runs each test file in its own VM realm. onnxruntime-node creates output tensors from the main
 * realm's typed arrays and onnxruntime-common checks them with instanceof, so in a separate realm an
 * int64 output fails ("data must be type of BigInt64Array"). Sharing the constructors fixes that.
 */
const TYPED_ARRAYS = [
  'Float32Array',
  'Float64Array',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'BigInt64Array',
  'BigUint64Array',
];

class SharedTypedArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of TYPED_ARRAYS) this.global[name] = globalThis[name];
  }
}

module.exports = SharedTypedArraysEnvironment;
