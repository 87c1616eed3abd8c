import createKnex from 'knex';
import config from '../knexfile';

const environment = process.env.NODE_ENV ?? 'development';
const knexConfig = config[environment];

if (!knexConfig) {
  throw new Error(`No knex configuration for environment "${environment}"`);
}

export const knex = createKnex(knexConfig);
