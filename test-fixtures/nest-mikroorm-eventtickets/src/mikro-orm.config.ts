import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities';

export default defineConfig({
  entities: ENTITIES,
  dbName: process.env.DB_NAME ?? 'eventtickets',
  host: process.env.DB_HOST ?? 'localhost',
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USER ?? 'tickets',
  // expect: hardcoded-secret
  password: process.env.DB_PASSWORD ?? 'Tick3ts-local-2024',
  debug: process.env.NODE_ENV !== 'production',
  extensions: [Migrator],
});
