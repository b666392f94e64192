import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AppConfig, ConfigError, loadConfig } from './config';
import { configureHttp } from './core/http';
import {
  configFor,
  openDatabase,
  OpenDatabase,
  runMigrations,
  withDataSource,
} from './core/database/database';
import { DataDirLockedError } from './core/database/data-dir-lock';
import { isEmpty, NonDemoDataError, seedDemoData } from './seed/demo-seed';

const USAGE = 'Usage: main.js [serve | seed [--force] | migrate]';

async function prepare(config: AppConfig, database: OpenDatabase, log: (line: string) => void) {
  await withDataSource(database.url, async (dataSource) => {
    const applied = await runMigrations(dataSource);
    if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);
    const seed = config.seedDemo === 'true' || (config.seedDemo === 'auto' && database.embedded);
    if (seed && (await isEmpty(dataSource))) {
      const result = await seedDemoData(dataSource);
      log(
        `Seeded demo data: ${result.organisations} organisations, ${result.accounts} accounts, ` +
          `${result.internshipNeeds} internship needs, ${result.cohorts} cohorts, ${result.minors} minors, ` +
          `${result.challenges} challenges, ${result.partnerships} partnerships`,
      );
    }
  });
}

async function serve(config: AppConfig): Promise<void> {
  const database = await openDatabase(config);
  await prepare(config, database, (line) => console.log(JSON.stringify({ level: 30, msg: line })));
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(configFor(config, database.embedded), database.url),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  configureHttp(app, config);
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen(config.port, config.host);
  const where = database.embedded ? `embedded database in ${config.dataDir}` : 'PostgreSQL server';
  app.get(Logger).log(`Knooppunt listens on http://localhost:${config.port} (${where})`);
}

async function seed(config: AppConfig, force: boolean): Promise<void> {
  const database = await openDatabase(config);
  try {
    await withDataSource(database.url, async (dataSource) => {
      await runMigrations(dataSource);
      const result = await seedDemoData(dataSource, { force });
      console.log(
        `Seeded demo data: ${result.organisations} organisations, ${result.accounts} accounts.`,
      );
    });
  } finally {
    await database.close();
  }
}

async function migrate(config: AppConfig): Promise<void> {
  const database = await openDatabase(config);
  try {
    const applied = await withDataSource(database.url, runMigrations);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const config = loadConfig();
  const [command = 'serve', ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve(config);
    case 'seed':
      await seed(config, rest.includes('--force'));
      return process.exit(0);
    case 'migrate':
      await migrate(config);
      return process.exit(0);
    default:
      throw new ConfigError(USAGE);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // Expected failures get one clear line; anything else keeps its stack for the operator.
  const known =
    error instanceof ConfigError ||
    error instanceof DataDirLockedError ||
    error instanceof NonDemoDataError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
