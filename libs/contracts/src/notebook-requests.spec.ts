import { createNotebookMessage, createNotebookRequestOf, updateNotebookMessage, updateNotebookRequestOf } from './notebook-requests';
import type { CreateNotebookInstanceRequest__Output } from './generated/modelserve/notebooks/v1/CreateNotebookInstanceRequest';
import type { UpdateNotebookInstanceRequest__Output } from './generated/modelserve/notebooks/v1/UpdateNotebookInstanceRequest';

/** A message as proto-loader delivers it: every field present, unset ones at their defaults. */
const delivered = <T>(message: object, defaults: T): T => ({ ...defaults, ...JSON.parse(JSON.stringify(message)) });

describe('notebook instance requests between REST and gRPC', () => {
  it('carries a creation both ways, unset settings staying unset', () => {
    const sent = createNotebookMessage({ name: 'nb', volumeSizeGB: 5, environment: { A: 'b' } }, 'key-1');
    const received = delivered<CreateNotebookInstanceRequest__Output>(sent, {
      name: '',
      volumeSizeGb: 0,
      lifecycleConfig: '',
      idleShutdownMinutes: 0,
      environment: {},
      creatorKeyId: '',
    });
    expect(createNotebookRequestOf(received)).toEqual({
      name: 'nb',
      volumeSizeGB: 5,
      lifecycleConfig: undefined,
      idleShutdownMinutes: undefined,
      environment: { A: 'b' },
    });
    expect(received.creatorKeyId).toBe('key-1');
  });

  it('carries only the settings an update names, null removing a lifecycle config or idle shutdown', () => {
    const defaults: UpdateNotebookInstanceRequest__Output = {
      name: '',
      updateMask: [],
      volumeSizeGb: 0,
      lifecycleConfig: '',
      idleShutdownMinutes: 0,
      environment: {},
    };
    const removal = delivered(updateNotebookMessage('nb', { lifecycleConfig: null, idleShutdownMinutes: null }), defaults);
    expect(removal.updateMask).toEqual(['lifecycle_config', 'idle_shutdown_minutes']);
    expect(updateNotebookRequestOf(removal)).toEqual({ lifecycleConfig: null, idleShutdownMinutes: null });
    const change = delivered(updateNotebookMessage('nb', { volumeSizeGB: 20, lifecycleConfig: 'setup' }), defaults);
    expect(updateNotebookRequestOf(change)).toEqual({ volumeSizeGB: 20, lifecycleConfig: 'setup' });
  });
});
