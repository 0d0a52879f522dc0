import { unary, type RegistryClient } from '@modelserve/contracts';
import { fromGrpcError, metadataWithRequestId } from '@modelserve/service';

const REGISTRY_TIMEOUT_MS = 10_000;

/** One call from the batch service to the registry, its failure as the domain error the registry raised. */
export async function callRegistry<K extends keyof RegistryClient & string>(
  registry: RegistryClient,
  method: K,
  request: unknown,
): Promise<unknown> {
  try {
    return await unary(registry, method as never, request as never, metadataWithRequestId(`batch-${method}`), REGISTRY_TIMEOUT_MS, true);
  } catch (error) {
    throw fromGrpcError(error);
  }
}
