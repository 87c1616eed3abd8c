import pino from 'pino';

export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });

export function connectCache(enablePipelining?: boolean) {
  const password = process.env.REDIS_PASSWORD;
  const options = {
    enableAutoPipelining: enablePipelining ?? false,
    maxRetriesPerRequest: 3,
    redisOptions: { ...(password && { password }) },
  };
  // ok: token-logging
  logger.info(`connecting to the cache, auto-pipelining ${options.enableAutoPipelining}, retries ${options.maxRetriesPerRequest}`);
  // expect: token-logging
  logger.debug(`cache options ${JSON.stringify(options)}`);
  return options;
}
