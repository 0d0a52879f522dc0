import type { Logger } from '@modelserve/common';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_CONFIG, REGISTRY_LOGGER, type RegistryConfig } from '../config';
import type { DeploymentState } from '../database/schema';
import { EndpointsRepository, type Endpoint } from '../endpoints/endpoints.repository';
import type { ResolvedVariant } from '../endpoints/variants.query';
import { AlarmStates } from './alarm-states';
import { TrafficStats } from './traffic-stats';

/** What the driver needs to know of an instance of a variant: which generation, which variant, whether it loaded. */
export interface InstanceState {
  generation: number;
  variant: string;
  state: 'Loading' | 'Ready' | 'Failed';
  error: string | null;
}

const firstStep = (d: DeploymentState) => (d.strategy === 'AllAtOnce' ? 100 : d.stepPercent);
const nextStep = (d: DeploymentState) => (d.strategy === 'Linear' ? Math.min(100, d.trafficPercent + d.stepPercent) : 100);

/**
 * Moves an endpoint from its current generation to the next one, blue/green:
 *   Loading     the next generation is placed and loaded; no traffic moves until every variant is ready;
 *   Shifting    traffic moves in steps (AllAtOnce: 100%; Canary: a first share, then 100%; Linear: equal
 *               steps), each held for waitSeconds while the new generation's error rate and p99 latency
 *               are checked against the rollback thresholds and the alert rules the update names;
 *   Draining    all traffic is on the new generation; after the drain period the old one is unloaded;
 *   RollingBack traffic is back on the old generation (a load failed or a threshold was crossed); after
 *               the drain period the new one is unloaded and the endpoint records why.
 * The old generation keeps serving until the very end, so a failed update never leaves the endpoint
 * without capacity.
 */
@Injectable()
export class DeploymentDriver {
  constructor(
    private readonly endpoints: EndpointsRepository,
    private readonly traffic: TrafficStats,
    private readonly alarms: AlarmStates,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * One step of the deployment; returns the generations that must stay loaded. `release` unloads the
   * placements of a generation that is being dropped.
   */
  async advance<P extends InstanceState>(
    endpoint: Endpoint,
    variants: ResolvedVariant[],
    placements: P[],
    release: (dropped: P[]) => Promise<void>,
  ): Promise<number[]> {
    const deployment = { ...endpoint.deployment! };
    const current = endpoint.generation;
    const next = current + 1;
    const now = Date.now();
    const stepDone = (since: string | null) => since !== null && now >= Date.parse(since);

    switch (deployment.phase) {
      case 'Loading': {
        const failed = placements.find((p) => p.generation === next && p.state === 'Failed');
        if (failed) {
          await this.startRollback(
            endpoint,
            deployment,
            `variant ${failed.variant} of ${deployment.toConfig} failed to load: ${failed.error ?? 'unknown error'}`,
          );
          return [current];
        }
        const nextVariants = variants.filter((v) => v.generation === next);
        const ready =
          nextVariants.length > 0 &&
          nextVariants.every(
            (v) => placements.filter((p) => p.generation === next && p.variant === v.name && p.state === 'Ready').length >= v.instanceCount,
          );
        if (ready) await this.shift(endpoint, deployment, firstStep(deployment));
        return [current, next];
      }
      case 'Shifting': {
        this.traffic.track(endpoint.name, next);
        const alarm = await this.alarms.firing(endpoint.name, deployment.rollback.alarms ?? []);
        const breach = alarm
          ? `alert rule ${alarm.name} is firing (${alarm.reason})`
          : this.traffic.breach(endpoint.name, next, deployment.rollback);
        if (breach) {
          await this.startRollback(endpoint, deployment, `${deployment.toConfig}: ${breach}`);
          return [current, next];
        }
        if (!stepDone(new Date(Date.parse(deployment.stepStartedAt!) + deployment.waitSeconds * 1000).toISOString()))
          return [current, next];
        if (deployment.trafficPercent < 100) {
          await this.shift(endpoint, deployment, nextStep(deployment));
        } else {
          deployment.phase = 'Draining';
          deployment.drainUntil = new Date(now + this.config.DEPLOYMENT_DRAIN_MS).toISOString();
          await this.endpoints.saveDeployment(endpoint.id, deployment);
        }
        return [current, next];
      }
      case 'Draining': {
        if (!stepDone(deployment.drainUntil)) return [current, next];
        await release(placements.filter((p) => p.generation !== next));
        await this.endpoints.finishUpdate(endpoint, next, deployment.toConfigId, null);
        this.traffic.forget(endpoint.name, next);
        await this.endpoints.addEvent(endpoint.name, 'system', 'Updated', {
          from: deployment.fromConfig,
          to: deployment.toConfig,
          strategy: deployment.strategy,
        });
        this.logger.info({ endpoint: endpoint.name, config: deployment.toConfig }, 'update complete');
        return [next];
      }
      case 'RollingBack': {
        if (!stepDone(deployment.drainUntil)) return [current];
        await release(placements.filter((p) => p.generation !== current));
        await this.endpoints.finishUpdate(endpoint, current, endpoint.configId, deployment.reason);
        this.traffic.forget(endpoint.name, next);
        await this.endpoints.addEvent(endpoint.name, 'system', 'RolledBack', {
          from: deployment.toConfig,
          to: deployment.fromConfig,
          reason: deployment.reason,
        });
        return [current];
      }
    }
  }

  /** Stops an update in progress by hand: traffic returns to the current generation at once. */
  async abort(endpoint: Endpoint, reason: string): Promise<void> {
    if (!endpoint.deployment || endpoint.deployment.phase === 'RollingBack' || endpoint.deployment.phase === 'Draining') return;
    await this.startRollback(endpoint, { ...endpoint.deployment }, reason);
  }

  private async shift(endpoint: Endpoint, deployment: DeploymentState, trafficPercent: number) {
    deployment.phase = 'Shifting';
    deployment.trafficPercent = trafficPercent;
    deployment.stepStartedAt = new Date().toISOString();
    this.traffic.reset(endpoint.name, endpoint.generation + 1);
    await this.endpoints.saveDeployment(endpoint.id, deployment);
    await this.endpoints.addEvent(endpoint.name, 'system', 'TrafficShifted', { to: deployment.toConfig, trafficPercent });
    this.logger.info({ endpoint: endpoint.name, trafficPercent }, 'traffic shifted');
  }

  private async startRollback(endpoint: Endpoint, deployment: DeploymentState, reason: string) {
    deployment.phase = 'RollingBack';
    deployment.trafficPercent = 0;
    deployment.reason = reason;
    deployment.drainUntil = new Date(Date.now() + this.config.DEPLOYMENT_DRAIN_MS).toISOString();
    await this.endpoints.saveDeployment(endpoint.id, deployment);
    await this.endpoints.addEvent(endpoint.name, 'system', 'RollbackStarted', { reason });
    this.logger.warn({ endpoint: endpoint.name, reason }, 'update rolling back');
  }
}
