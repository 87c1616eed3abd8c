import Knex from 'knex';
import { Model } from 'objection';

export const knex = Knex({
  client: 'pg',
  // expect: hardcoded-secret
  connection: process.env.DATABASE_URL || 'postgres://freightdesk:Fr8ght-Desk-2291@pg.freightdesk.internal:5432/freightdesk',
  pool: { min: 2, max: 10 },
});

Model.knex(knex);
