import type { Logger } from '@modelserve/common';
import { Kafka, logLevel, type logCreator } from 'kafkajs';

/** kafkajs logs go to the service's logger; its info chatter (joins, rebalances) at debug. */
const toPino =
  (logger: Logger): logCreator =>
  () =>
  ({ level, log }) => {
    const { message, ...extra } = log;
    if (level === logLevel.ERROR) logger.error(extra, `kafka: ${message}`);
    else if (level === logLevel.WARN) logger.warn(extra, `kafka: ${message}`);
    else logger.debug(extra, `kafka: ${message}`);
  };

export function kafkaClient(brokers: string, clientId: string, logger: Logger): Kafka {
  return new Kafka({
    clientId,
    brokers: brokers
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
    logLevel: logLevel.WARN,
    logCreator: toPino(logger),
    retry: { retries: 8, initialRetryTime: 200, maxRetryTime: 5000 },
  });
}

/** Headers that tie an output or dead-letter message to the input it came from. */
export const HEADERS = {
  inputTopic: 'modelserve-input-topic',
  inputPartition: 'modelserve-input-partition',
  inputOffset: 'modelserve-input-offset',
  requestId: 'modelserve-request-id',
  endpoint: 'modelserve-endpoint',
  error: 'modelserve-error',
} as const;
