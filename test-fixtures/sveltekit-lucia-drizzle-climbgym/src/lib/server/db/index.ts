import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '$env/dynamic/private';
import * as schema from './schema';

// expect: hardcoded-secret
const client = postgres(env.DATABASE_URL ?? 'postgres://cragline:Cr4gl1ne-Db-2025@db.cragline.internal:5432/cragline');

export const db = drizzle(client, { schema });
