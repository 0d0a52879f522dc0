import { invalidRequest } from '@modelserve/common';
import type { EndpointRoute__Output, VariantRoute__Output } from '@modelserve/contracts';

/** A shadow variant receives copies of a share of the traffic, never requests of its own. */
export const isShadow = (variant: VariantRoute__Output) => variant.shadowSamplingPercent > 0;

/** The variant a request goes to: the one it names, or one drawn with probability weight / sum of weights. */
export function chooseVariant(endpoint: EndpointRoute__Output, target?: string): VariantRoute__Output {
  // Shadow variants only ever receive copies.
  const production = endpoint.variants.filter((v) => !isShadow(v));
  if (target !== undefined) {
    // During an update both generations may have a variant of that name: take the one with more traffic.
    const named = production.filter((v) => v.name === target).sort((a, b) => b.weight - a.weight)[0];
    if (!named) {
      throw invalidRequest(
        `endpoint ${endpoint.name} has no variant ${target}; it has ${[...new Set(production.map((v) => v.name))].join(', ')}`,
      );
    }
    return named;
  }
  const total = production.reduce((sum, v) => sum + v.weight, 0);
  let draw = Math.random() * total;
  for (const variant of production) {
    if (variant.weight <= 0) continue;
    draw -= variant.weight;
    if (draw < 0) return variant;
  }
  return production.filter((v) => v.weight > 0).at(-1) ?? production[0];
}
