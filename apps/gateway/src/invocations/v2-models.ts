import { notFound } from '@modelserve/common';
import type { EndpointRoute__Output, TensorSpec__Output } from '@modelserve/contracts';

/**
 * Endpoints as the Open Inference Protocol sees them, for its REST and gRPC sides alike: an endpoint is
 * a V2 model, and the model versions its production variants serve are its versions.
 */

/** The variants that answer requests (shadows only get copies), those of one model version when given. */
export function servingVariants(endpoint: EndpointRoute__Output, version?: number) {
  const serving = endpoint.variants.filter((v) => !(v.shadowSamplingPercent > 0) && v.weight > 0 && v.model);
  const chosen = version === undefined ? serving : serving.filter((v) => v.model!.version === version);
  if (!chosen.length) throw notFound(`endpoint ${endpoint.name} serves no variant${version === undefined ? '' : ` of version ${version}`}`);
  return chosen;
}

const tensor = (t: TensorSpec__Output) => ({ name: t.name, datatype: t.datatype, shape: t.shape });

/** V2 model metadata of an endpoint (of one version when given). */
export function modelMetadata(endpoint: EndpointRoute__Output, version?: number) {
  const variants = servingVariants(endpoint, version);
  return {
    name: endpoint.name,
    versions: [...new Set(variants.map((v) => String(v.model!.version)))],
    platform: 'onnxruntime_onnx',
    inputs: variants[0].inputs.map(tensor),
    outputs: variants[0].outputs.map(tensor),
  };
}

/** Whether a variant (of the version) has an instance ready to answer. */
export function modelReady(endpoint: EndpointRoute__Output, version?: number): boolean {
  if (endpoint.status !== 'InService' && endpoint.status !== 'Updating') return false;
  return servingVariants(endpoint, version).some((v) => v.workerAddresses.length > 0);
}
