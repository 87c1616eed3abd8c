import type { Knex } from 'knex';

const base: Knex.Config = {
  client: 'pg',
  pool: { min: 2, max: 10 },
  migrations: {
    directory: './migrations',
    extension: 'ts',
    tableName: 'knex_migrations',
  },
};

const config: Record<string, Knex.Config> = {
  development: {
    ...base,
    connection: process.env.DATABASE_URL ?? 'postgres://localhost:5432/invoicing_dev',
  },
  test: {
    ...base,
    connection: process.env.TEST_DATABASE_URL ?? 'postgres://localhost:5432/invoicing_test',
    pool: { min: 1, max: 2 },
  },
  production: {
    ...base,
    connection: {
      connectionString: process.env.DATABASE_URL,
      ssl: { rejectUnauthorized: true },
    },
  },
};

export default config;
