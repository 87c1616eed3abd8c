import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

const connectionString =
  process.env.DATABASE_URL ??
  // expect: hardcoded-secret
  'postgres://teamboard:FAKEpassw0rd9x@db.internal.teamboard.dev:5432/teamboard';

const client = postgres(connectionString, { max: 10 });

export const db = drizzle(client, { schema });
export * from './schema';
