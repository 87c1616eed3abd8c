import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

const client = postgres(
  // expect: hardcoded-secret
  process.env.DATABASE_URL ?? 'postgres://donorcrm:D0n0r-Crm-2024@db.donorcrm.internal:5432/donorcrm',
  { prepare: false },
);

export const db = drizzle(client, { schema });
