import { AppConfig } from '@jixiao/config';
import { Module, RequestMethod } from '@nestjs/common';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';

/**
 * Structured JSON logs (pino), one line per request with its id, status and time; to stdout, or appended
 * to LOG_FILE (the demo's `.data/demo.log`, so its summary is what the screen shows).
 */
@Module({
  imports: [
    PinoLoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // Every route, in path-to-regexp v8 syntax (Express 5): the default `*` makes Nest warn and convert.
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: [
          {
            level: config.LOG_LEVEL,
            // Never log credentials or tokens.
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password'],
            autoLogging: { ignore: (req) => req.url === '/api/health' },
          },
          config.LOG_FILE ? appendTo(config.LOG_FILE) : process.stdout,
        ],
      }),
    }),
  ],
})
export class LoggerModule {}

function appendTo(file: string): NodeJS.WritableStream {
  mkdirSync(dirname(file), { recursive: true });
  return createWriteStream(file, { flags: 'a' });
}
