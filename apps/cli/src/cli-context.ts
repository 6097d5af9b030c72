import { INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../api/src/app.module';

/** Diagnostics to stderr only: stdout carries the command's result (JSON with --json). */
const stderrLogger: LoggerService = {
  log: () => undefined,
  warn: (message: unknown) => process.stderr.write(`warn: ${String(message)}\n`),
  error: (message: unknown) => process.stderr.write(`error: ${String(message)}\n`),
};

/** Runs `work` inside the application's modules (no HTTP server), then closes them, database included. */
export async function withCliContext<T>(work: (context: INestApplicationContext) => Promise<T>): Promise<T> {
  const context = await NestFactory.createApplicationContext(AppModule, { logger: stderrLogger });
  try {
    return await work(context);
  } finally {
    await context.close();
  }
}
