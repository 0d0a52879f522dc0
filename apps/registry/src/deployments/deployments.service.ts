import { AppError, type Logger } from '@modelserve/common';
import { DeploymentRequest, parseRequest, type UpdateEndpointRequest } from '@modelserve/schemas';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_LOGGER } from '../config';
import type { DeploymentState } from '../database/schema';
import type { EndpointConfig } from '../endpoints/configs.repository';
import { EndpointConfigsService } from '../endpoints/endpoint-configs.service';
import { EndpointsRepository } from '../endpoints/endpoints.repository';
import { EndpointsService } from '../endpoints/endpoints.service';
import { PLACEMENT_TRIGGER, type PlacementTrigger } from '../endpoints/placement-trigger';
import { DeploymentDriver } from './deployment-driver';

/** The plan an update follows, from its request; see DeploymentDriver for how it runs. */
function deploymentOf(request: DeploymentRequest, fromConfig: string, to: EndpointConfig): DeploymentState {
  const step = request.canary ?? (request.linear && { percent: request.linear.stepPercent, waitSeconds: request.linear.waitSeconds });
  return {
    fromConfig,
    toConfig: to.name,
    toConfigId: to.id,
    strategy: request.strategy,
    stepPercent: request.strategy === 'AllAtOnce' || !step ? 100 : step.percent,
    waitSeconds: step?.waitSeconds ?? request.waitSeconds ?? 0,
    rollback: {
      maxErrorRatePercent: request.rollback.maxErrorRatePercent ?? null,
      maxP99Ms: request.rollback.maxP99Ms ?? null,
      minRequests: request.rollback.minRequests,
      alarms: request.rollback.alarms,
    },
    phase: 'Loading',
    trafficPercent: 0,
    startedAt: new Date().toISOString(),
    stepStartedAt: null,
    drainUntil: null,
    reason: null,
  };
}

/** Blue/green updates of live endpoints to another config, and rollbacks, by hand or during an update. */
@Injectable()
export class DeploymentsService {
  constructor(
    private readonly endpoints: EndpointsService,
    private readonly repository: EndpointsRepository,
    private readonly configs: EndpointConfigsService,
    private readonly driver: DeploymentDriver,
    @Inject(PLACEMENT_TRIGGER) private readonly placement: PlacementTrigger,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  /** Starts moving an endpoint that is InService to another config. */
  async update(name: string, { config: configName, deployment: request }: UpdateEndpointRequest, actor: string): Promise<void> {
    const endpoint = await this.endpoints.find(name);
    if (endpoint.status !== 'InService')
      throw new AppError('FailedPrecondition', `endpoint ${name} is ${endpoint.status}; only an endpoint InService can be updated`);
    const config = await this.configs.get(configName);
    const deployment = deploymentOf(request, endpoint.configName, config);
    await this.repository.startUpdate(endpoint, config.id, deployment);
    await this.repository.addEvent(name, actor, 'UpdateStarted', {
      from: endpoint.configName,
      to: configName,
      strategy: deployment.strategy,
      stepPercent: deployment.stepPercent,
      waitSeconds: deployment.waitSeconds,
      rollback: deployment.rollback,
    });
    this.logger.info({ endpoint: name, from: endpoint.configName, to: configName, strategy: deployment.strategy }, 'update started');
    void this.placement.trigger();
  }

  /**
   * During an update: stops it, and traffic returns to the current config at once. Otherwise: an update
   * (AllAtOnce) back to an earlier config, the one named or the one before the current.
   */
  async rollback(name: string, configName: string | undefined, actor: string): Promise<void> {
    const endpoint = await this.endpoints.find(name);
    if (endpoint.status === 'Updating') {
      if (configName && configName !== endpoint.configName) {
        throw new AppError(
          'FailedPrecondition',
          `endpoint ${name} is Updating; it can only roll back to its current config ${endpoint.configName}`,
        );
      }
      await this.driver.abort(endpoint, `rolled back by ${actor}`);
      void this.placement.trigger();
      return;
    }
    let target = configName;
    if (!target) {
      const updated = (await this.repository.listEvents(name)).find((e) => e.action === 'Updated' && e.detail.to === endpoint.configName);
      if (!updated) throw new AppError('FailedPrecondition', `endpoint ${name} has no earlier config to roll back to`);
      target = String(updated.detail.from);
    }
    await this.update(name, { config: target, deployment: parseRequest(DeploymentRequest, {}) }, actor);
  }
}
