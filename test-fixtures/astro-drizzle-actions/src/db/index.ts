import { drizzle } from 'drizzle-orm/libsql';
import { createClient } from '@libsql/client';
import * as schema from './schema';

const client = createClient({
  url: import.meta.env.TURSO_DATABASE_URL,
  // expect: public-env-secret
  authToken: import.meta.env.PUBLIC_TURSO_AUTH_TOKEN,
});

export const db = drizzle(client, { schema });
