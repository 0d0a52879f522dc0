import { tensorBytes, tensorFromBytes, type OutputTensor, type Tensor } from '@modelserve/codecs';
import type { ModelInferRequest, ModelInferResponse__Output, VariantRoute__Output } from '@modelserve/contracts';

/** The V2 request for a variant's model: tensor headers plus their raw bytes, no copy of the data. */
export function inferRequestFor(variant: VariantRoute__Output, inputs: Tensor[], requestId: string): ModelInferRequest {
  return {
    modelName: variant.model!.model,
    modelVersion: String(variant.model!.version),
    id: requestId,
    inputs: inputs.map(({ name, datatype, shape }) => ({ name, datatype, shape })),
    rawInputContents: inputs.map((tensor) => tensorBytes(tensor.data)),
  };
}

/** The worker's outputs as tensors, with the class labels the variant's signature gives them. */
export function outputsOf(variant: VariantRoute__Output, response: ModelInferResponse__Output): OutputTensor[] {
  return response.outputs.map((output, index) => ({
    ...tensorFromBytes(output.name, output.datatype, output.shape, response.rawOutputContents[index]),
    classLabels: variant.outputs.find((spec) => spec.name === output.name)?.classLabels,
  }));
}
