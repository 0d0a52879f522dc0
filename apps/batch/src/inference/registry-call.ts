import type * as grpc from '@grpc/grpc-js';
import { unary } from '@modelserve/contracts';
import { fromGrpcError, metadataWithRequestId } from '@modelserve/service';

const REGISTRY_TIMEOUT_MS = 10_000;

/**
 * One call from the batch service to one of the registry's services (Registry, Access), its failure as
 * the domain error the registry raised.
 */
export async function callRegistry<C extends grpc.Client, K extends keyof C & string>(
  client: C,
  method: K,
  request: unknown,
): Promise<unknown> {
  try {
    return await unary(client, method, request as never, metadataWithRequestId(`batch-${method}`), REGISTRY_TIMEOUT_MS, true);
  } catch (error) {
    throw fromGrpcError(error);
  }
}
