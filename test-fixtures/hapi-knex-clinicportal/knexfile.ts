import type { Knex } from 'knex';

const config: Record<string, Knex.Config> = {
  development: {
    client: 'pg',
    connection: process.env.DATABASE_URL ?? 'postgres://localhost:5432/clinicportal_dev',
    migrations: { directory: './migrations', extension: 'ts' },
  },
  production: {
    client: 'pg',
    connection: { connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: true } },
    pool: { min: 2, max: 20 },
    migrations: { directory: './migrations', extension: 'ts' },
  },
};

export default config;
