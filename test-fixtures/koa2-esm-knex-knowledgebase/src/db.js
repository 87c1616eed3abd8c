import knex from 'knex';
import { config } from './config.js';

export const db = knex({
  client: 'pg',
  connection: config.databaseUrl,
  pool: { min: 1, max: 10 },
});
