import type { TrainingJobSpec__Output } from '@modelserve/contracts';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The contract of SageMaker's training containers, which training code written for SageMaker expects:
 * where the channels, the configuration, the model and the outputs are under a root directory
 * (/opt/ml in a container, a directory per job and host otherwise), and the training toolkit's SM_*
 * environment variables that point at them.
 */

export const hostNames = (instanceCount: number) => Array.from({ length: instanceCount }, (_, i) => `algo-${i + 1}`);

export interface HostLayout {
  root: string;
  inputData: string;
  inputConfig: string;
  model: string;
  output: string;
  outputData: string;
  /** Written by the code when it fails: the job's failure reason. */
  failureFile: string;
  checkpoints: string;
}

export function hostLayout(root: string): HostLayout {
  return {
    root,
    inputData: join(root, 'input', 'data'),
    inputConfig: join(root, 'input', 'config'),
    model: join(root, 'model'),
    output: join(root, 'output'),
    outputData: join(root, 'output', 'data'),
    failureFile: join(root, 'output', 'failure'),
    checkpoints: join(root, 'checkpoints'),
  };
}

export interface HostIdentity {
  current: string;
  hosts: string[];
}

/** input/config: hyperparameters.json (string values, as SageMaker writes them), inputdataconfig.json, resourceconfig.json. */
export async function writeInputConfig(layout: HostLayout, spec: TrainingJobSpec__Output, host: HostIdentity) {
  await mkdir(layout.inputConfig, { recursive: true });
  const channels = Object.fromEntries(
    spec.inputDataConfig.map((c) => [
      c.channelName,
      {
        ...(c.contentType ? { ContentType: c.contentType } : {}),
        TrainingInputMode: c.inputMode || 'File',
        S3DistributionType: 'FullyReplicated',
        RecordWrapperType: 'None',
      },
    ]),
  );
  const resources = { current_host: host.current, current_instance_type: 'local', hosts: host.hosts, network_interface_name: 'lo' };
  await Promise.all([
    writeFile(join(layout.inputConfig, 'hyperparameters.json'), JSON.stringify(spec.hyperParameters)),
    writeFile(join(layout.inputConfig, 'inputdataconfig.json'), JSON.stringify(channels)),
    writeFile(join(layout.inputConfig, 'resourceconfig.json'), JSON.stringify(resources)),
  ]);
}

/** A hyperparameter as the training toolkit hands it over: JSON where it parses as JSON, the string otherwise. */
function decoded(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export interface ProcessGroup {
  /** The address and port rank 0 listens on for distributed training (torch.distributed's env:// init). */
  masterPort: number;
  numCpus: number;
}

/**
 * The variables the SageMaker training toolkit sets, plus torch.distributed's (MASTER_ADDR, MASTER_PORT,
 * WORLD_SIZE, RANK) so that a DDP script runs across the hosts as they are. The job's own environment
 * comes last and may override them.
 */
export function trainingEnvironment(
  spec: TrainingJobSpec__Output,
  layout: HostLayout,
  host: HostIdentity,
  group: ProcessGroup,
): Record<string, string> {
  const hyperParameters = Object.fromEntries(Object.entries(spec.hyperParameters).map(([k, v]) => [k, decoded(v)]));
  const channels = spec.inputDataConfig.map((c) => c.channelName);
  const variables: Record<string, string> = {
    TRAINING_JOB_NAME: spec.name,
    SM_MODEL_DIR: layout.model,
    SM_INPUT_DIR: join(layout.root, 'input'),
    SM_INPUT_CONFIG_DIR: layout.inputConfig,
    SM_OUTPUT_DIR: layout.output,
    SM_OUTPUT_DATA_DIR: layout.outputData,
    SM_OUTPUT_INTERMEDIATE_DIR: join(layout.output, 'intermediate'),
    SM_CHECKPOINT_DIR: layout.checkpoints,
    SM_CHANNELS: JSON.stringify(channels),
    SM_HPS: JSON.stringify(hyperParameters),
    SM_CURRENT_HOST: host.current,
    SM_HOSTS: JSON.stringify(host.hosts),
    SM_NUM_CPUS: String(group.numCpus),
    SM_NUM_GPUS: '0',
    SM_USER_ARGS: JSON.stringify(Object.entries(spec.hyperParameters).flatMap(([k, v]) => [`--${k}`, v])),
    MASTER_ADDR: '127.0.0.1',
    MASTER_PORT: String(group.masterPort),
    WORLD_SIZE: String(host.hosts.length),
    RANK: String(host.hosts.indexOf(host.current)),
  };
  for (const channel of channels) variables[`SM_CHANNEL_${channel.toUpperCase()}`] = join(layout.inputData, channel);
  for (const [name, value] of Object.entries(hyperParameters)) {
    variables[`SM_HP_${name.toUpperCase()}`] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return { ...variables, ...spec.environment };
}
