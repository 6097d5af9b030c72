import { AppConfig } from '@jixiao/config';
import { buildDataSourceOptions, DatabaseConnection, openDatabaseConnection, sessionTimeouts } from '@jixiao/database';
import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENTITIES } from './schema';

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

/** Resolves DATABASE_URL, or starts the embedded PostgreSQL, before TypeORM connects; stops it last. */
@Global()
@Module({
  providers: [
    {
      provide: DATABASE_CONNECTION,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const logger = new Logger('EmbeddedPostgres');
        const connection = await openDatabaseConnection(config, (line) => logger.debug(line.trim()));
        if (connection.embedded) logger.log(`embedded PostgreSQL running, data in ${config.EMBEDDED_PG_DIR}`);
        return connection;
      },
    },
  ],
  exports: [DATABASE_CONNECTION],
})
export class DatabaseConnectionModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      imports: [DatabaseConnectionModule],
      inject: [AppConfig, DATABASE_CONNECTION],
      useFactory: (config: AppConfig, connection: DatabaseConnection) =>
        buildDataSourceOptions(
          connection.url,
          ENTITIES,
          { migrationsRun: config.MIGRATIONS_RUN },
          sessionTimeouts(config),
        ),
    }),
  ],
})
export class DatabaseModule {}
