import { knex } from 'knex';

const connection = process.env.DATABASE_URL;
if (!connection) {
  throw new Error('DATABASE_URL is not set');
}

export const db = knex({
  client: 'pg',
  connection,
  pool: { min: 0, max: 10 },
});
