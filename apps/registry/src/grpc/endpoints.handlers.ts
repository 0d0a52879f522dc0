import { invalidRequest, type Logger } from '@modelserve/common';
import { deploymentRequestOf, endpointConfigRequestOf, variantUpdatesRequestOf, type RegistryHandlers } from '@modelserve/contracts';
import {
  CreateEndpointRequest,
  EndpointConfigRequest,
  parseRequest,
  RollbackEndpointRequest,
  UpdateEndpointRequest,
  UpdateVariantsRequest,
} from '@modelserve/schemas';
import { actorOf, unaryHandler } from '@modelserve/service';
import { Inject, Injectable } from '@nestjs/common';
import { REGISTRY_LOGGER } from '../config';
import { FiguresService, FIGURES_RETENTION_SECONDS } from '../figures/figures.service';
import { AlarmStates } from '../deployments/alarm-states';
import { DeploymentsService } from '../deployments/deployments.service';
import { EndpointConfigsService } from '../endpoints/endpoint-configs.service';
import { EndpointsService, type EndpointWithVariants } from '../endpoints/endpoints.service';
import { InstanceCounts } from '../placement/instance-counts';
import { configMessage, endpointFiguresMessage, endpointMessage } from './messages';

const DEFAULT_WINDOW_SECONDS = 900;

type EndpointHandlers = Pick<
  RegistryHandlers,
  | 'CreateEndpointConfig'
  | 'GetEndpointConfig'
  | 'ListEndpointConfigs'
  | 'DeleteEndpointConfig'
  | 'CreateEndpoint'
  | 'GetEndpoint'
  | 'ListEndpoints'
  | 'DeleteEndpoint'
  | 'ListEndpointEvents'
  | 'UpdateEndpoint'
  | 'RollbackEndpoint'
  | 'UpdateEndpointVariants'
  | 'GetEndpointFigures'
  | 'SetAlarmState'
>;

/** Endpoint configs, endpoints and their updates over gRPC; requests are checked against their schemas first. */
@Injectable()
export class EndpointsGrpc {
  constructor(
    private readonly configs: EndpointConfigsService,
    private readonly endpoints: EndpointsService,
    private readonly deployments: DeploymentsService,
    private readonly instances: InstanceCounts,
    private readonly figures: FiguresService,
    private readonly alarms: AlarmStates,
    @Inject(REGISTRY_LOGGER) private readonly logger: Logger,
  ) {}

  handlers(): EndpointHandlers {
    const { configs, endpoints, deployments, logger } = this;
    const view = async (endpoint: EndpointWithVariants) => endpointMessage(endpoint, await this.instances.ready());
    return {
      CreateEndpointConfig: unaryHandler(logger, 'CreateEndpointConfig', async (r) =>
        configMessage(await configs.create(parseRequest(EndpointConfigRequest, endpointConfigRequestOf(r)))),
      ),
      GetEndpointConfig: unaryHandler(logger, 'GetEndpointConfig', async (r) => configMessage(await configs.get(r.name))),
      ListEndpointConfigs: unaryHandler(logger, 'ListEndpointConfigs', async () => ({
        configs: (await configs.list()).map(configMessage),
      })),

      GetEndpointFigures: unaryHandler(logger, 'GetEndpointFigures', async (r) => {
        const windowSeconds = r.windowSeconds || DEFAULT_WINDOW_SECONDS;
        if (windowSeconds < 60 || windowSeconds > FIGURES_RETENTION_SECONDS) {
          throw invalidRequest(`the window is 60 seconds to ${FIGURES_RETENTION_SECONDS / 86_400} days`);
        }
        const endpoint = await view(await endpoints.get(r.name));
        return endpointFiguresMessage(endpoint, await this.figures.summarize(r.name, windowSeconds), windowSeconds);
      }),
      SetAlarmState: unaryHandler(logger, 'SetAlarmState', async (state) => {
        await this.alarms.set(state);
        return state;
      }),
      DeleteEndpointConfig: unaryHandler(logger, 'DeleteEndpointConfig', async (r) => configMessage(await configs.delete(r.name))),

      CreateEndpoint: unaryHandler(logger, 'CreateEndpoint', async (r, call) => {
        const { name, config } = parseRequest(CreateEndpointRequest, { name: r.name, config: r.config });
        return view(await endpoints.create(name, config, actorOf(call.metadata)));
      }),
      GetEndpoint: unaryHandler(logger, 'GetEndpoint', async (r) => view(await endpoints.get(r.name))),
      ListEndpoints: unaryHandler(logger, 'ListEndpoints', async () => {
        const ready = await this.instances.ready();
        return { endpoints: (await endpoints.list()).map((e) => endpointMessage(e, ready)) };
      }),
      DeleteEndpoint: unaryHandler(logger, 'DeleteEndpoint', async (r, call) =>
        view(await endpoints.delete(r.name, actorOf(call.metadata))),
      ),
      ListEndpointEvents: unaryHandler(logger, 'ListEndpointEvents', async (r) => ({
        events: (await endpoints.history(r.name)).map((e) => ({
          at: e.at.toISOString(),
          actor: e.actor,
          action: e.action,
          detail: JSON.stringify(e.detail),
        })),
      })),
      UpdateEndpointVariants: unaryHandler(logger, 'UpdateEndpointVariants', async (r, call) => {
        const request = parseRequest(UpdateVariantsRequest, variantUpdatesRequestOf(r));
        return view(await endpoints.updateVariants(r.name, request, actorOf(call.metadata)));
      }),

      UpdateEndpoint: unaryHandler(logger, 'UpdateEndpoint', async (r, call) => {
        const request = parseRequest(UpdateEndpointRequest, { config: r.config, deployment: deploymentRequestOf(r.deployment) });
        await deployments.update(r.name, request, actorOf(call.metadata));
        return view(await endpoints.get(r.name));
      }),
      RollbackEndpoint: unaryHandler(logger, 'RollbackEndpoint', async (r, call) => {
        const { config } = parseRequest(RollbackEndpointRequest, { config: r.config || undefined });
        await deployments.rollback(r.name, config, actorOf(call.metadata));
        return view(await endpoints.get(r.name));
      }),
    };
  }
}
