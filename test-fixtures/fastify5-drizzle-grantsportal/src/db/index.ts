import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

const pool = new pg.Pool({
  // expect: hardcoded-secret
  connectionString: process.env.DATABASE_URL ?? 'postgres://grants_app:Gr4nts-Pg-2024x@db.grantsportal.internal:5432/grants',
  max: 10,
});

export const db = drizzle(pool, { schema });
export * from './schema';
