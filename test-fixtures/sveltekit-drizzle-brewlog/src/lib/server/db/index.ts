import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '$env/dynamic/private';
import * as schema from './schema';

const client = postgres(
  // expect: hardcoded-secret
  env.DATABASE_URL ?? 'postgres://brewlog_app:Hops4Malt-2026x@db.brewlog.internal:5432/brewlog',
);

export const db = drizzle(client, { schema });
export * from './schema';
