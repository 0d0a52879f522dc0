import { randomUUID } from 'node:crypto';

/** The request id travels as this HTTP header and as this gRPC metadata key. */
export const REQUEST_ID_HEADER = 'x-request-id';

const VALID_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Keeps a caller's id when it is sane, otherwise makes one. */
export function requestIdFrom(header: unknown): string {
  return typeof header === 'string' && VALID_REQUEST_ID.test(header) ? header : randomUUID();
}

/** Who is making a change, for endpoint histories: the authenticated caller, carried as gRPC metadata from the gateway. */
export const ACTOR_HEADER = 'x-actor';
const VALID_ACTOR = /^[\w.@:+/() -]{1,128}$/;

export function actorFrom(header: unknown): string {
  return typeof header === 'string' && VALID_ACTOR.test(header) ? header : 'anonymous';
}
