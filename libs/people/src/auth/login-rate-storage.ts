import { AppConfig } from '@jixiao/config';
import { createRedisConnection, throttledErrorLog } from '@jixiao/redis';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import IORedis from 'ioredis';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Where the login rate limit counts (LOGIN_RATE_STORE). `redis`: in Redis, through
 * @nest-lab/throttler-storage-redis (one Lua script per attempt), so every API replica shares one count
 * per address and account. While Redis cannot be reached each process counts in memory rather than
 * failing or delaying logins: the limit then holds per process, and account lockout (in PostgreSQL)
 * still holds everywhere.
 */
@Injectable()
export class LoginRateStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger(LoginRateStorage.name);
  private readonly local = new ThrottlerStorageService();
  private readonly redis: IORedis | null;
  private readonly shared: ThrottlerStorageRedisService | null;
  private readonly prefix: string;
  private readonly warn = throttledErrorLog(
    this.logger,
    'Redis unavailable: login attempts counted per process',
  );

  constructor(config: AppConfig) {
    this.prefix = config.LOGIN_RATE_KEY_PREFIX;
    this.redis =
      config.LOGIN_RATE_STORE === 'redis'
        ? createRedisConnection(config.REDIS_URL, 'producer', this.warn)
        : null;
    this.shared = this.redis ? new ThrottlerStorageRedisService(this.redis) : null;
  }

  /** Where the next attempt is counted: `redis` once connected, `memory` before, while away, or by setting. */
  get counting(): 'redis' | 'memory' {
    return this.shared && this.redis?.status === 'ready' ? 'redis' : 'memory';
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    if (this.shared && this.counting === 'redis') {
      try {
        return await this.shared.increment(`${this.prefix}${key}`, ttl, limit, blockDuration, throttlerName);
      } catch (error) {
        this.warn(error instanceof Error ? error : new Error(String(error)));
      }
    }
    return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
    this.local.onApplicationShutdown();
  }
}
