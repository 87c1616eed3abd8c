import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.js';

const pool = new pg.Pool({
  // expect: hardcoded-secret
  connectionString: process.env.DATABASE_URL ?? 'postgres://cowork_app:Sp4ceDesk2024x@db.coworkhq.internal:5432/cowork',
  max: 10,
});

export const db = drizzle(pool, { schema });
export * from './schema.js';
