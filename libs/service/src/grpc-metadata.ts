import { Metadata } from '@grpc/grpc-js';
import { ACTOR_HEADER, actorFrom, REQUEST_ID_HEADER } from '@modelserve/common';
import { randomUUID } from 'node:crypto';

/** The request id and the actor travel between services as gRPC metadata under their HTTP header names. */
export function metadataWithRequestId(requestId: string): Metadata {
  const metadata = new Metadata();
  metadata.set(REQUEST_ID_HEADER, requestId);
  return metadata;
}

export function requestIdOf(metadata: Metadata): string {
  const value = metadata.get(REQUEST_ID_HEADER)[0];
  return typeof value === 'string' ? value : randomUUID();
}

export function actorOf(metadata: Metadata): string {
  return actorFrom(metadata.get(ACTOR_HEADER)[0]);
}
