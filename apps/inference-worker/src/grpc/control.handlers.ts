import { invalidRequest, type Logger } from '@modelserve/common';
import { unaryHandler } from '@modelserve/service';
import type { WorkerControlHandlers } from '@modelserve/contracts';
import type { ModelStore } from '../models/model-store';

/** Load and unload calls from the registry. */
export function controlHandlers(store: ModelStore, logger: Logger): WorkerControlHandlers {
  return {
    LoadModel: unaryHandler(logger, 'LoadModel', async (request) => {
      const ref = request.ref;
      if (!ref?.model || ref.version < 1) throw invalidRequest('LoadModel needs a model name and a version');
      const model = await store.load(ref, request.artifactUri, request.sha256, request.runtime ?? {});
      return { ref, inputs: model.inputs, outputs: model.outputs, loadMillis: model.loadMillis };
    }),
    UnloadModel: unaryHandler(logger, 'UnloadModel', async (request) => {
      if (!request.ref) throw invalidRequest('UnloadModel needs a model reference');
      return { unloaded: await store.unload(request.ref) };
    }),
    ListLoadedModels: unaryHandler(logger, 'ListLoadedModels', () => ({
      models: store.list().map((m) => m.ref),
    })),
  };
}
