import { MAX_TENSOR_ELEMENTS } from '@modelserve/codecs';
import { AppError } from '@modelserve/common';
import { InvalidOnnxModelError, ortErrorText, prepareOnnxModel, type PreparedModel } from '@modelserve/onnx';
import * as ort from 'onnxruntime-node';
import { findBatchSupport, type BatchSupportFinding } from './batch-support';

export interface ValidatedModel extends PreparedModel {
  batchSupport: BatchSupportFinding;
}

/**
 * Proves at upload that a file is a model the workers can serve: it parses as ONNX, its inputs and
 * outputs are tensors (ZipMap endings rewritten), and onnxruntime opens it with the options workers
 * use. A broken file never becomes a version, so it cannot fail later at deploy time. The same session
 * then finds whether concurrent requests can be batched without changing any answer.
 */
export async function validateModelFile(bytes: Uint8Array): Promise<ValidatedModel> {
  let prepared: PreparedModel;
  try {
    prepared = prepareOnnxModel(bytes);
  } catch (error) {
    if (error instanceof InvalidOnnxModelError) throw new AppError('InvalidModel', error.message);
    throw error;
  }
  refuseUnservableShapes(prepared);
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(prepared.bytes, {
      graphOptimizationLevel: 'all',
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
    });
  } catch (error) {
    throw new AppError('InvalidModel', `onnxruntime cannot load the model: ${ortErrorText(error)}`);
  }
  try {
    return { ...prepared, batchSupport: await findBatchSupport(session, prepared.inputs) };
  } finally {
    await session.release();
  }
}

/** A declared row larger than any request can carry would fail every invocation: refuse it at upload instead. */
function refuseUnservableShapes(model: PreparedModel) {
  for (const input of model.inputs) {
    const values = input.shape.filter((dim) => dim > 0).reduce((product, dim) => product * dim, 1);
    if (values > MAX_TENSOR_ELEMENTS) {
      throw new AppError(
        'InvalidModel',
        `input "${input.name}" declares shape [${input.shape.join(', ')}]: ${values} values per request, more than the ${MAX_TENSOR_ELEMENTS} a request can carry`,
      );
    }
  }
}

/** What a validation in a child process reports: the signature and batch support, or the error. */
export type ValidationReport =
  | {
      ok: true;
      inputs: ValidatedModel['inputs'];
      outputs: ValidatedModel['outputs'];
      rewritten: boolean;
      batchSupport: BatchSupportFinding;
    }
  | { ok: false; code: string; message: string };
