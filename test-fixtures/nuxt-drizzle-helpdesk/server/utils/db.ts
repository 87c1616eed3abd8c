import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as tables from '../database/schema';

// expect: hardcoded-secret
const client = postgres(process.env.DATABASE_URL ?? 'postgres://helpdesk:Hd-Pr0d-2025x@db.supportly.internal:5432/helpdesk');

export const db = drizzle(client, { schema: tables });
export { tables };
