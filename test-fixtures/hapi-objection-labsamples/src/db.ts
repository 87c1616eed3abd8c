import Knex from 'knex';
import { Model } from 'objection';
import knexConfig from '../knexfile';

export const knex = Knex(knexConfig[process.env.NODE_ENV === 'production' ? 'production' : 'development']);
Model.knex(knex);
