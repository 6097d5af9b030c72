import IORedis, { RedisOptions } from 'ioredis';

/**
 * ioredis clients (BullMQ queues and workers, the login rate limit). Neither kind blocks start-up: the
 * client connects in the background and reconnects for ever (every 0.2–5 s), so the API boots and
 * serves without Redis and the worker resumes when Redis is back.
 * - producer (API side): `enableOfflineQueue: false`, one try per command: an enqueue (or a rate-limit
 *   count) fails at once instead of hanging the request while Redis is away.
 * - worker: `maxRetriesPerRequest: null`, as BullMQ requires for its blocking commands: commands wait
 *   for the reconnection.
 */
export function createRedisConnection(
  url: string,
  kind: 'producer' | 'worker',
  onError: (error: Error) => void,
): IORedis {
  const common: RedisOptions = {
    retryStrategy: (times) => Math.min(200 * times, 5000),
    connectionName: `jixiao-${kind}`,
  };
  const options: RedisOptions =
    kind === 'producer'
      ? { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 }
      : { ...common, maxRetriesPerRequest: null, enableReadyCheck: true };
  const client = new IORedis(url, options);
  // Without a listener ioredis would print every failed reconnection; the owner logs them, throttled.
  client.on('error', onError);
  return client;
}
