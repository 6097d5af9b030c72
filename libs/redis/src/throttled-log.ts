import { Logger } from '@nestjs/common';

/** Logs a repeating error (a reconnecting client fails every few seconds) at most once a minute. */
export function throttledErrorLog(logger: Logger, what: string): (error: Error) => void {
  let last = 0;
  return (error) => {
    const now = Date.now();
    if (now - last < 60_000) return;
    last = now;
    logger.warn(`${what}: ${error.message}`);
  };
}
