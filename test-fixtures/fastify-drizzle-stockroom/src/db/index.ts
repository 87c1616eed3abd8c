import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.js';

const pool = new pg.Pool({
  // expect: hardcoded-secret
  connectionString: process.env.DATABASE_URL ?? 'postgres://stockroom:Wh4rf-Cr4ne-91x@db.stockroom-prod.internal:5432/stockroom',
  max: 10,
});

export const db = drizzle(pool, { schema });
