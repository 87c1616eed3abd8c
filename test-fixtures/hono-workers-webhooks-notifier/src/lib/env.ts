import { drizzle } from 'drizzle-orm/d1';
import * as schema from '../db/schema';

export type Bindings = {
  DB: D1Database;
  APP_ORIGIN: string;
  DISCORD_PUBLIC_KEY: string;
  LINEAR_WEBHOOK_SECRET: string;
  SENTRY_CLIENT_SECRET: string;
  GITHUB_WEBHOOK_SECRET: string;
  STRIPE_SECRET_KEY: string;
  STRIPE_WEBHOOK_SECRET: string;
  JWT_SECRET: string;
};

export type Variables = { teamId: string };

export type AppEnv = { Bindings: Bindings; Variables: Variables };

export const db = (d1: D1Database) => drizzle(d1, { schema });
