import type {
  CreateNotebookInstanceRequest,
  CreateNotebookInstanceRequest__Output,
} from './generated/modelserve/notebooks/v1/CreateNotebookInstanceRequest';
import type {
  UpdateNotebookInstanceRequest,
  UpdateNotebookInstanceRequest__Output,
} from './generated/modelserve/notebooks/v1/UpdateNotebookInstanceRequest';

/**
 * Notebook instances between their REST shape (what libs/schemas validates) and their gRPC messages,
 * both ways: the gateway sends what it validated, and the batch service validates what it receives
 * with the same schemas. Unset numbers travel as 0 and unset names as "".
 */

export interface NotebookSettingsShape {
  volumeSizeGB?: number;
  lifecycleConfig?: string | null;
  idleShutdownMinutes?: number | null;
  environment?: Record<string, string>;
}

const MASK_NAMES = {
  volumeSizeGB: 'volume_size_gb',
  lifecycleConfig: 'lifecycle_config',
  idleShutdownMinutes: 'idle_shutdown_minutes',
  environment: 'environment',
} as const;

export function createNotebookMessage(
  request: NotebookSettingsShape & { name: string },
  creatorKeyId: string,
): CreateNotebookInstanceRequest {
  return {
    name: request.name,
    volumeSizeGb: request.volumeSizeGB,
    lifecycleConfig: request.lifecycleConfig ?? '',
    idleShutdownMinutes: request.idleShutdownMinutes ?? 0,
    environment: request.environment,
    creatorKeyId,
  };
}

export function createNotebookRequestOf(message: CreateNotebookInstanceRequest__Output): NotebookSettingsShape & { name: string } {
  return {
    name: message.name,
    volumeSizeGB: message.volumeSizeGb || undefined,
    lifecycleConfig: message.lifecycleConfig || undefined,
    idleShutdownMinutes: message.idleShutdownMinutes || undefined,
    environment: message.environment,
  };
}

/** An update names the settings it changes; `null` (sent as empty) removes a lifecycle config or idle shutdown. */
export function updateNotebookMessage(name: string, update: NotebookSettingsShape): UpdateNotebookInstanceRequest {
  return {
    name,
    updateMask: (Object.keys(MASK_NAMES) as (keyof NotebookSettingsShape)[])
      .filter((k) => update[k] !== undefined)
      .map((k) => MASK_NAMES[k]),
    volumeSizeGb: update.volumeSizeGB,
    lifecycleConfig: update.lifecycleConfig ?? '',
    idleShutdownMinutes: update.idleShutdownMinutes ?? 0,
    environment: update.environment,
  };
}

export function updateNotebookRequestOf(message: UpdateNotebookInstanceRequest__Output): NotebookSettingsShape {
  const all: NotebookSettingsShape = {
    volumeSizeGB: message.volumeSizeGb,
    lifecycleConfig: message.lifecycleConfig || null,
    idleShutdownMinutes: message.idleShutdownMinutes || null,
    environment: message.environment,
  };
  return Object.fromEntries(
    (Object.keys(MASK_NAMES) as (keyof NotebookSettingsShape)[])
      .filter((k) => message.updateMask.includes(MASK_NAMES[k]))
      .map((k) => [k, all[k]]),
  );
}
