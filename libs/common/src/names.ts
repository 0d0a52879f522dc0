import { invalidRequest } from './errors';

/** Names of models, endpoint configs, endpoints and variants, as SageMaker allows them. */
export const RESOURCE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9])*$/;
export const RESOURCE_NAME_MAX = 63;

export const isResourceName = (name: unknown): name is string =>
  typeof name === 'string' && name.length <= RESOURCE_NAME_MAX && RESOURCE_NAME.test(name);

export const RESOURCE_NAME_RULE = `1-${RESOURCE_NAME_MAX} letters, digits and hyphens, starting and ending with a letter or digit`;

export function checkResourceName(kind: string, name: unknown): string {
  if (!isResourceName(name)) throw invalidRequest(`${kind} name ${JSON.stringify(name)} is invalid: ${RESOURCE_NAME_RULE}`);
  return name;
}
