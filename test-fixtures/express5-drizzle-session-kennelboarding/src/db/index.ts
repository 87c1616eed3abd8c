import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.js';

const pool = new pg.Pool({
  // expect: hardcoded-secret
  connectionString: process.env.DATABASE_URL ?? 'postgres://kennel:K3nnel-Local-2025@db.kennel.internal:5432/kennel',
  max: 10,
});

export const db = drizzle(pool, { schema });
export * from './schema.js';
