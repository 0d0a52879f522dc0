import { type Logger } from '@modelserve/common';
import { createNotebookRequestOf, updateNotebookRequestOf, type NotebooksHandlers } from '@modelserve/contracts';
import {
  LifecycleConfigRequest,
  LifecycleConfigUpdateRequest,
  NotebookInstanceRequest,
  NotebookInstanceUpdateRequest,
  parseRequest,
  PresignedUrlRequest,
} from '@modelserve/schemas';
import { unaryHandler } from '@modelserve/service';
import { Inject, Injectable } from '@nestjs/common';
import { BATCH_LOGGER } from '../config';
import { NotebooksService } from '../notebooks/notebooks.service';

/** The Notebooks gRPC service: notebook instances, lifecycle configurations and sign-in sessions. */
@Injectable()
export class NotebooksGrpc {
  constructor(
    private readonly notebooks: NotebooksService,
    @Inject(BATCH_LOGGER) private readonly logger: Logger,
  ) {}

  handlers(): NotebooksHandlers {
    const { notebooks, logger } = this;
    const script = (base64: string) => base64 || undefined;
    return {
      CreateNotebookInstance: unaryHandler(logger, 'CreateNotebookInstance', (r) =>
        notebooks.create(parseRequest(NotebookInstanceRequest, createNotebookRequestOf(r)), r.creatorKeyId),
      ),
      GetNotebookInstance: unaryHandler(logger, 'GetNotebookInstance', ({ name }) => notebooks.get(name)),
      ListNotebookInstances: unaryHandler(logger, 'ListNotebookInstances', async () => ({ instances: await notebooks.list() })),
      UpdateNotebookInstance: unaryHandler(logger, 'UpdateNotebookInstance', (r) =>
        notebooks.update(r.name, parseRequest(NotebookInstanceUpdateRequest, updateNotebookRequestOf(r))),
      ),
      StartNotebookInstance: unaryHandler(logger, 'StartNotebookInstance', ({ name }) => notebooks.start(name)),
      StopNotebookInstance: unaryHandler(logger, 'StopNotebookInstance', ({ name }) => notebooks.stop(name)),
      DeleteNotebookInstance: unaryHandler(logger, 'DeleteNotebookInstance', ({ name }) => notebooks.delete(name)),

      CreateLifecycleConfig: unaryHandler(logger, 'CreateLifecycleConfig', (r) =>
        notebooks.createLifecycleConfig(
          parseRequest(LifecycleConfigRequest, { name: r.name, onCreate: script(r.onCreate), onStart: script(r.onStart) }),
        ),
      ),
      UpdateLifecycleConfig: unaryHandler(logger, 'UpdateLifecycleConfig', (r) =>
        notebooks.updateLifecycleConfig(
          r.name,
          parseRequest(LifecycleConfigUpdateRequest, { onCreate: script(r.onCreate), onStart: script(r.onStart) }),
        ),
      ),
      GetLifecycleConfig: unaryHandler(logger, 'GetLifecycleConfig', ({ name }) => notebooks.lifecycleConfig(name)),
      ListLifecycleConfigs: unaryHandler(logger, 'ListLifecycleConfigs', async () => ({ configs: await notebooks.lifecycleConfigs() })),
      DeleteLifecycleConfig: unaryHandler(logger, 'DeleteLifecycleConfig', ({ name }) => notebooks.deleteLifecycleConfig(name)),

      CreateSignInToken: unaryHandler(logger, 'CreateSignInToken', ({ name, sessionSeconds }) =>
        notebooks.createSignInToken(
          name,
          parseRequest(PresignedUrlRequest, { sessionExpirationDurationInSeconds: sessionSeconds || undefined })
            .sessionExpirationDurationInSeconds,
        ),
      ),
      OpenSession: unaryHandler(logger, 'OpenSession', ({ name, signInToken }) => notebooks.openSession(name, signInToken)),
      ResolveSession: unaryHandler(logger, 'ResolveSession', ({ name, sessionToken }) => notebooks.resolveSession(name, sessionToken)),
    };
  }
}
