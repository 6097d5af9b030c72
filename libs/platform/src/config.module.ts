import { AppConfig, loadConfig } from '@jixiao/config';
import { Global, Module } from '@nestjs/common';

/** Validates the environment once at boot and provides the typed AppConfig everywhere. */
@Global()
@Module({
  providers: [{ provide: AppConfig, useFactory: () => loadConfig() }],
  exports: [AppConfig],
})
export class ConfigModule {}
