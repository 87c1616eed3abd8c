import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '$env/dynamic/private';
import * as schema from './schema';

// expect: hardcoded-secret
const client = postgres(env.DATABASE_URL ?? 'postgres://studiodesk:Stud10Desk-Prod-77@db.studiodesk.internal:5432/studiodesk');

export const db = drizzle(client, { schema });
