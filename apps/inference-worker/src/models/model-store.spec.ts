import { createLogger } from '@modelserve/common';
import { EXAMPLES } from '@modelserve/testing';
import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import type { ArtifactCache } from './artifact-cache';
import { WorkerMetrics } from '../observability/metrics';
import { ModelStore } from './model-store';

/** A session whose runs end when the test says so. */
function heldSession() {
  const finishes: (() => void)[] = [];
  const events: string[] = [];
  const session = {
    run: () =>
      new Promise((resolve) => {
        events.push('run started');
        finishes.push(() => {
          events.push('run finished');
          resolve({});
        });
      }),
    release: jest.fn(async () => void events.push('released')),
  };
  return { session, finishes, events };
}

describe('ModelStore', () => {
  afterEach(() => jest.restoreAllMocks());

  it('waits for runs in flight before an unload releases the session, and takes no new runs meanwhile', async () => {
    const held = heldSession();
    jest.spyOn(ort.InferenceSession, 'create').mockResolvedValue(held.session as unknown as ort.InferenceSession);
    const artifacts = { bytesOf: async () => readFileSync(EXAMPLES.wine.model) } as unknown as ArtifactCache;
    const store = new ModelStore(artifacts, {}, createLogger('test', 'silent'), new WorkerMetrics());
    const ref = { model: 'wine', version: 1 };
    const model = await store.load(ref, 's3://bucket/wine.onnx', 'a'.repeat(64));
    const input = { name: 'features', datatype: 'FP32', shape: [1, 13], data: new Float32Array(13) };

    const runs = [store.run(model, [input], []), store.run(model, [input], [])];
    let unloaded = false;
    const unload = store.unload(ref).then((result) => (unloaded = result));
    await new Promise((resolve) => setImmediate(resolve));
    // Unloading: the version is no longer found for new requests, but the session stays until the runs end.
    expect(store.find('wine', '1')).toBeUndefined();
    expect(unloaded).toBe(false);
    expect(held.session.release).not.toHaveBeenCalled();

    held.finishes[0]();
    await runs[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(held.session.release).not.toHaveBeenCalled();

    held.finishes[1]();
    await runs[1];
    await unload;
    expect(unloaded).toBe(true);
    expect(held.events).toEqual(['run started', 'run started', 'run finished', 'run finished', 'released']);
  });
});
