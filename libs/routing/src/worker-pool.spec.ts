import * as grpc from '@grpc/grpc-js';
import { bindServer, channelOptions, inferenceServiceDefinition, type ModelInferRequest__Output } from '@modelserve/contracts';
import { freePort } from '@modelserve/testing';
import type { RoutingTable } from './routing-table';
import { WorkerPool } from './worker-pool';

/** A stand-in worker on loopback that answers each request on its ModelStreamInfer stream after `delayMs`, or fails it with `failWith`. */
async function fakeWorker(delayMs: number, failWith?: string) {
  let served = 0;
  const server = new grpc.Server(channelOptions(1024 * 1024));
  const handlers = {
    ModelStreamInfer: (call: grpc.ServerDuplexStream<ModelInferRequest__Output, unknown>) => {
      call.on('data', (request: ModelInferRequest__Output) => {
        served++;
        setTimeout(() => {
          if (failWith !== undefined) call.write({ id: request.id, message: 'not here', code: failWith });
          else call.write({ modelName: request.modelName, modelVersion: request.modelVersion, id: request.id, outputs: [], raw: [] });
        }, delayMs);
      });
      call.on('end', () => call.end());
    },
  };
  server.addService(inferenceServiceDefinition(), handlers as grpc.UntypedServiceImplementation);
  const port = await bindServer(server, '127.0.0.1', 0);
  return { address: `127.0.0.1:${port}`, served: () => served, stop: () => server.forceShutdown() };
}

describe('WorkerPool', () => {
  const routing = { onChange: () => undefined } as unknown as RoutingTable;
  const pool = new WorkerPool({ maxMessageBytes: 1024 * 1024, timeoutMs: 60_000 }, routing);
  const request = { modelName: 'm', modelVersion: '1', inputs: [], raw: [] };
  const workers: { stop(): void }[] = [];

  afterAll(() => {
    pool.onApplicationShutdown();
    workers.forEach((w) => w.stop());
  });

  it('sends each request to the instance with the fewest outstanding, not round robin', async () => {
    const slow = await fakeWorker(100);
    const fast = await fakeWorker(1);
    workers.push(slow, fast);
    const addresses = [slow.address, fast.address];
    const deadline = Date.now() + 1500;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (Date.now() < deadline) await pool.infer(addresses, request, 'r');
      }),
    );
    const total = slow.served() + fast.served();
    // Round robin would give the slow instance half; it never holds more than a few of the four callers.
    expect(total).toBeGreaterThan(200);
    expect(slow.served() / total).toBeLessThan(0.1);
  });

  it('retries once on another instance when one cannot be reached or lacks the model', async () => {
    const healthy = await fakeWorker(1);
    const missingModel = await fakeWorker(1, 'NotFound');
    workers.push(healthy, missingModel);
    const unreachable = `127.0.0.1:${await freePort()}`;
    for (let i = 0; i < 20; i++) {
      await expect(pool.infer([unreachable, healthy.address], request, 'r')).resolves.toMatchObject({ modelName: 'm' });
      await expect(pool.infer([missingModel.address, healthy.address], request, 'r')).resolves.toMatchObject({ modelName: 'm' });
    }
    await expect(pool.infer([unreachable], request, 'r')).rejects.toMatchObject({ code: 'Unavailable' });
  });
});
