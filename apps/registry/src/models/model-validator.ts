import { AppError } from '@modelserve/common';
import { InvalidOnnxModelError, prepareOnnxModel, type PreparedModel } from '@modelserve/onnx';
import * as ort from 'onnxruntime-node';

/**
 * Proves at upload that a file is a model the workers can serve: it parses as ONNX, its inputs and
 * outputs are tensors (ZipMap endings rewritten), and onnxruntime opens it. A broken file never
 * becomes a version, so it cannot fail later at deploy time.
 */
export async function validateModelFile(bytes: Uint8Array): Promise<PreparedModel> {
  let prepared: PreparedModel;
  try {
    prepared = prepareOnnxModel(bytes);
  } catch (error) {
    if (error instanceof InvalidOnnxModelError) throw new AppError('InvalidModel', error.message);
    throw error;
  }
  try {
    const session = await ort.InferenceSession.create(prepared.bytes, { graphOptimizationLevel: 'disabled' });
    await session.release();
  } catch (error) {
    throw new AppError('InvalidModel', `onnxruntime cannot load the model: ${(error as Error).message.split('\n')[0]}`);
  }
  return prepared;
}
