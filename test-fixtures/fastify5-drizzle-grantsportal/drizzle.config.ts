import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  schema: './src/db/schema.ts',
  out: './drizzle',
  dialect: 'postgresql',
  dbCredentials: {
    // ok: hardcoded-secret
    url: process.env.DATABASE_URL ?? 'postgres://postgres:postgres@localhost:5432/grants',
  },
});
