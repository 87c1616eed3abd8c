import type { Knex } from 'knex';

const config: Record<string, Knex.Config> = {
  development: {
    client: 'pg',
    connection: { host: 'localhost', database: 'labtrack', user: 'postgres' },
    migrations: { directory: './migrations' },
  },
  production: {
    client: 'pg',
    connection: {
      host: process.env.PGHOST ?? 'db.labtrack.internal',
      database: 'labtrack',
      user: 'labtrack_app',
      // expect: hardcoded-secret
      password: 'L4bTr4ck-Pg-2024',
    },
    pool: { min: 2, max: 10 },
    migrations: { directory: './migrations' },
  },
};

export default config;
